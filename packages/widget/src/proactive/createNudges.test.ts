import { createMemoryStorage, type KeyValueStorage, type Trigger } from '@parley/core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createNudges, type NudgesOptions } from './createNudges';

const trigger = (
  id: string,
  pagePattern: string,
  secondsOnPage: number,
  oncePerVisitor: boolean,
): Trigger => ({
  id,
  pagePattern,
  secondsOnPage,
  oncePerVisitor,
  message: `Message of ${id}`,
  articles: [{ id: 'art_compare_plans', title: 'Compare plans' }],
});
const pricing = trigger('trg_pricing', '/pricing*', 20, true);
const docs = trigger('trg_docs', '/docs/*', 5, false);

describe('createNudges', () => {
  let page: string;
  let loadedAt: number;
  let storage: KeyValueStorage;
  /** A page load: the nudges of one page, subscribed, with what they showed. */
  const load = (options: Partial<NudgesOptions> = {}) => {
    const nudges = createNudges({
      triggers: [pricing, docs],
      storage,
      path: () => page,
      now: () => Date.now() - loadedAt,
      ...options,
    });
    const shown: (string | null)[] = [];
    const stop = nudges.subscribe(() => shown.push(nudges.getSnapshot()?.id ?? null));
    return { nudges, shown, stop };
  };
  const wait = (seconds: number) => vi.advanceTimersByTimeAsync(seconds * 1000);

  beforeEach(() => {
    vi.useFakeTimers();
    loadedAt = Date.now();
    page = '/pricing/teams';
    storage = createMemoryStorage();
  });
  afterEach(() => vi.useRealTimers());

  it('shows the nudge of a matching page once the visitor has spent its time there', async () => {
    const { nudges, shown } = load();
    await wait(19.9);
    expect(nudges.getSnapshot()).toBeNull();
    await wait(0.1);
    expect(nudges.getSnapshot()).toBe(pricing);
    expect(shown).toEqual(['trg_pricing']);
  });

  it('shows nothing on a page no trigger matches', async () => {
    page = '/about';
    const { shown } = load();
    await wait(60);
    expect(shown).toEqual([]);
  });

  it('counts the time on the page from its start, not from when the widget loaded', async () => {
    await wait(15);
    const { shown } = load();
    await wait(5);
    expect(shown).toEqual(['trg_pricing']);
  });

  it('shows a once-per-visitor nudge on one page load only', async () => {
    load();
    await wait(20);
    expect(await storage.get('nudge:trg_pricing')).toBe('shown');
    loadedAt = Date.now();
    const { shown } = load();
    await wait(60);
    expect(shown).toEqual([]);
  });

  it('shows another nudge again on later pages, until it is dismissed', async () => {
    page = '/docs/export';
    const first = load();
    await wait(5);
    expect(first.shown).toEqual(['trg_docs']);

    loadedAt = Date.now();
    const second = load();
    await wait(5);
    expect(second.shown).toEqual(['trg_docs']);
    second.nudges.dismiss();
    expect(second.nudges.getSnapshot()).toBeNull();
    await vi.waitFor(async () => expect(await storage.get('nudge:trg_docs')).toBe('dismissed'));

    loadedAt = Date.now();
    const third = load();
    await wait(60);
    expect(third.shown).toEqual([]);
  });

  it('never shows while the panel is open, nor on this page after it opened', async () => {
    const { nudges, shown } = load();
    nudges.setPanelOpen(true);
    await wait(20);
    nudges.setPanelOpen(false);
    await wait(60);
    expect(shown).toEqual([]);
    // Not used up: the next page load may show it.
    expect(await storage.get('nudge:trg_pricing')).toBeUndefined();
  });

  it('hides a nudge when the panel opens, and does not bring it back when it closes', async () => {
    const { nudges, shown } = load();
    await wait(20);
    nudges.setPanelOpen(true);
    nudges.setPanelOpen(false);
    await wait(60);
    expect(shown).toEqual(['trg_pricing', null]);
  });

  it('shows one nudge per page, the first one due', async () => {
    const early = trigger('trg_early', '/pricing*', 5, false);
    const { nudges, shown } = load({ triggers: [pricing, early] });
    await wait(5);
    nudges.dismiss();
    await wait(60);
    expect(shown).toEqual(['trg_early', null]);
  });

  it('starts over on a new page of a single-page app', async () => {
    const { nudges, shown } = load();
    await wait(20);
    page = '/docs/export';
    await wait(30);
    nudges.navigate();
    expect(nudges.getSnapshot()).toBeNull();
    // Five seconds on the new page, not on the app.
    await wait(4.9);
    expect(shown).toEqual(['trg_pricing', null]);
    await wait(0.1);
    expect(shown).toEqual(['trg_pricing', null, 'trg_docs']);
  });

  it('stops its timers when the last subscriber leaves', async () => {
    const { nudges, stop } = load();
    await wait(1);
    expect(vi.getTimerCount()).toBe(1);
    stop();
    expect(vi.getTimerCount()).toBe(0);
    // Gone before the storage answered: no timer starts afterwards either.
    load().stop();
    await wait(60);
    expect(vi.getTimerCount()).toBe(0);
    expect(nudges.getSnapshot()).toBeNull();
  });

  it('still shows nudges when the storage fails', async () => {
    const broken: KeyValueStorage = {
      get: () => Promise.reject(new Error('blocked')),
      set: () => Promise.reject(new Error('blocked')),
      delete: () => Promise.reject(new Error('blocked')),
      keys: () => Promise.reject(new Error('blocked')),
    };
    const { nudges, shown } = load({ storage: broken });
    await wait(20);
    nudges.dismiss();
    expect(shown).toEqual(['trg_pricing', null]);
  });
});
