import { vi } from 'vitest';

/**
 * Replaces `AudioContext` (happy-dom has none) with a fake that records the tones started, until the
 * returned function restores it. A context starts `running`, as one created in a user gesture does.
 * @internal
 */
export function installFakeAudio() {
  const contexts: FakeAudioContext[] = [];
  class FakeAudioContext {
    state: AudioContextState = 'running';
    currentTime = 0;
    destination = {};
    tones: number[] = [];
    constructor() {
      contexts.push(this);
    }
    createGain() {
      const gain = { setValueAtTime: vi.fn(), exponentialRampToValueAtTime: vi.fn() };
      return { gain, connect: vi.fn() };
    }
    createOscillator() {
      const oscillator = {
        frequency: { value: 0 },
        connect: vi.fn(),
        start: () => this.tones.push(oscillator.frequency.value),
        stop: vi.fn(),
      };
      return oscillator;
    }
    close() {
      this.state = 'closed';
      return Promise.resolve();
    }
  }
  vi.stubGlobal('AudioContext', FakeAudioContext);
  return contexts;
}
