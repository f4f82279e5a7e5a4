import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createChime } from './createChime';
import { installFakeAudio } from './testing/installFakeAudio';

describe('createChime', () => {
  let contexts: ReturnType<typeof installFakeAudio>;
  beforeEach(() => {
    contexts = installFakeAudio();
  });
  afterEach(() => vi.unstubAllGlobals());

  it('stays silent, without an audio context, until the visitor clicks or types', () => {
    const chime = createChime();
    chime.play();
    expect(contexts).toHaveLength(0);
    document.body.dispatchEvent(new Event('pointerdown', { bubbles: true }));
    expect(contexts).toHaveLength(1);
    chime.play();
    expect(contexts[0]!.tones).toEqual([880, 1320]);
    chime.destroy();
  });

  it('creates one context, even after more gestures, and closes it when destroyed', () => {
    const chime = createChime();
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }));
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'b' }));
    expect(contexts).toHaveLength(1);
    chime.destroy();
    expect(contexts[0]!.state).toBe('closed');
    chime.play();
    expect(contexts[0]!.tones).toEqual([]);
  });

  it('stops listening for gestures when destroyed', () => {
    createChime().destroy();
    document.dispatchEvent(new Event('pointerdown'));
    expect(contexts).toHaveLength(0);
  });

  it('does nothing where the browser has no Web Audio', () => {
    vi.stubGlobal('AudioContext', undefined);
    const chime = createChime();
    document.dispatchEvent(new Event('pointerdown'));
    expect(() => chime.play()).not.toThrow();
    chime.destroy();
  });
});
