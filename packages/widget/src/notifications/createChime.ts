/** What {@link createChime} returns. */
export interface Chime {
  /** Plays a short two-note tone, once the visitor has interacted with the page; otherwise nothing. */
  play(): void;
  /** Stops listening for a gesture and closes the audio context. */
  destroy(): void;
}

const GESTURES = ['pointerdown', 'keydown'] as const;

/**
 * A short notification tone generated with Web Audio (no sound file to download). Browsers let a page play
 * sound only after a user gesture: the audio context is created at the visitor's first click or key press
 * on the page (the widget's or the host's), and the tone stays silent until then.
 *
 * @example
 * ```ts
 * const chime = createChime();
 * client.on('message', () => chime.play());
 * ```
 */
export function createChime(): Chime {
  let context: AudioContext | undefined;
  const listen = (on: boolean) => {
    for (const type of GESTURES)
      document[on ? 'addEventListener' : 'removeEventListener'](type, unlock, true);
  };
  const unlock = () => {
    const Context = globalThis.AudioContext;
    if (!Context) return listen(false);
    try {
      context = new Context();
      listen(false);
    } catch {
      // Too many contexts on the page, or audio blocked: try again at the next gesture.
    }
  };
  listen(true);

  return {
    play() {
      if (context?.state !== 'running') return;
      const start = context.currentTime;
      const volume = context.createGain();
      volume.gain.setValueAtTime(0.2, start);
      volume.gain.exponentialRampToValueAtTime(0.001, start + 0.45);
      volume.connect(context.destination);
      [880, 1320].forEach((hertz, index) => {
        const tone = context!.createOscillator();
        tone.frequency.value = hertz;
        tone.connect(volume);
        tone.start(start + index * 0.12);
        tone.stop(start + 0.45);
      });
    },
    destroy() {
      listen(false);
      context?.close().catch(() => {});
      context = undefined;
    },
  };
}
