// @vitest-environment happy-dom
// The connection of a realtime feed, in a tab that holds it alone (no BroadcastChannel): streams, backoff,
// polling, the network, and stopping.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ConnectionStatus } from '../connection/ConnectionStatus';
import { ParleyError } from '../errors/ParleyError';
import { createRealtimeFeed, type RealtimeFeedOptions } from './createRealtimeFeed';
import { createFakeRealtimeBackend, presenceEvent, resetEvent } from './testing/createFakeRealtimeBackend';

const closers: (() => void)[] = [];
let offline = false;

beforeEach(() => {
  vi.useFakeTimers();
  offline = false;
  // The connection reads navigator.onLine and Math.random at call time.
  vi.spyOn(navigator, 'onLine', 'get').mockImplementation(() => !offline);
  vi.spyOn(Math, 'random').mockReturnValue(0.5);
  vi.stubGlobal('BroadcastChannel', undefined);
});
afterEach(() => {
  for (const close of closers.splice(0)) close();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

/** Lets pending promises and zero-delay work run, without moving the clock. */
const settle = () => vi.advanceTimersByTimeAsync(0);

/** The browser comes back online. */
const backOnline = () => {
  offline = false;
  window.dispatchEvent(new Event('online'));
};

function setVisibility(state: DocumentVisibilityState): void {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  document.dispatchEvent(new Event('visibilitychange'));
}

/** A feed with one listener (which starts its connection), and what it delivered and showed. */
function setup(
  overrides: Partial<RealtimeFeedOptions> = {},
  members: { stream?: boolean; poll?: boolean } = {},
) {
  const fake = createFakeRealtimeBackend(members);
  const delivered: string[] = [];
  const onResync = vi.fn();
  let tokenCount = 0;
  const getToken = vi.fn(async (_rejected?: string) => `token-${++tokenCount}`);
  const lifetime = new AbortController();
  const feed = createRealtimeFeed({
    backend: fake.backend,
    baseUrl: 'http://parley.test',
    widgetKey: 'wk_demo',
    identityKey: () => 'anonymous',
    getToken,
    signal: lifetime.signal,
    ...overrides,
  });
  const statuses: ConnectionStatus[] = [feed.connection.getSnapshot()];
  feed.connection.subscribe(() => statuses.push(feed.connection.getSnapshot()));
  const close = feed.subscribe({ onEvent: (event) => delivered.push(event.id), onResync });
  closers.push(close, () => lifetime.abort());
  return {
    ...fake,
    close,
    /** The client is destroyed. */
    destroy: () => lifetime.abort(),
    status: () => statuses.at(-1),
    statuses,
    delivered,
    onResync,
    getToken,
  };
}

/** A stream that opened and delivered `id`, then dropped: the next one resumes after `id`. */
async function resumingAfter(t: ReturnType<typeof setup>, id: string): Promise<void> {
  await settle();
  t.lastStream().open();
  t.lastStream().send(presenceEvent(id));
  t.lastStream().fail(new ParleyError('network', 'dropped'));
  await vi.advanceTimersByTimeAsync(500);
  expect(t.lastStream().request.lastEventId).toBe(id);
}

describe('the realtime connection over Server-Sent Events', () => {
  it('opens a stream with the session token and delivers events in order once online', async () => {
    const t = setup();
    expect(t.statuses).toEqual(['connecting']);
    await settle();
    expect(t.streams).toHaveLength(1);
    expect(t.lastStream().request).toMatchObject({ token: 'token-1', lastEventId: undefined });
    t.lastStream().open();
    expect(t.status()).toBe('online');
    t.lastStream().send(presenceEvent('1'), presenceEvent('2'));
    expect(t.delivered).toEqual(['1', '2']);
    expect(t.statuses).toEqual(['connecting', 'online']);
  });

  it('resumes a stream dropped mid-stream with Last-Event-ID: no gap, no duplicate', async () => {
    const t = setup();
    await settle();
    t.lastStream().open();
    t.lastStream().send(presenceEvent('1'), presenceEvent('2'), presenceEvent('3'));
    t.lastStream().fail(new ParleyError('network', 'connection reset'));
    await settle();
    expect(t.status()).toBe('reconnecting');
    expect(t.streams).toHaveLength(1);

    // Full jitter with random() = 0.5 and no failure since the last open: half of the 1 s base.
    await vi.advanceTimersByTimeAsync(499);
    expect(t.streams).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(t.streams).toHaveLength(2);
    expect(t.lastStream().request.lastEventId).toBe('3');

    // A backend that replays from a little too early: what was delivered is not delivered again.
    t.lastStream().open();
    t.lastStream().send(presenceEvent('2'), presenceEvent('3'), presenceEvent('4'), presenceEvent('5'));
    expect(t.delivered).toEqual(['1', '2', '3', '4', '5']);
    expect(t.status()).toBe('online');
    expect(t.onResync).toHaveBeenCalledTimes(1); // when it first connected
  });

  it('reconnects after the backend closes the stream, from the last id', async () => {
    const t = setup();
    await settle();
    t.lastStream().open();
    t.lastStream().send(presenceEvent('7'));
    t.lastStream().end();
    await vi.advanceTimersByTimeAsync(500);
    expect(t.streams).toHaveLength(2);
    expect(t.lastStream().request.lastEventId).toBe('7');
  });

  it('compares ids as numbers and never delivers an id at or before the last one', async () => {
    const t = setup();
    await resumingAfter(t, '8');
    t.lastStream().open();
    t.lastStream().send(
      presenceEvent('7'),
      presenceEvent('8'),
      presenceEvent('9'),
      presenceEvent('10'),
      presenceEvent('9'),
      presenceEvent('100'),
      presenceEvent('99'),
    );
    expect(t.delivered).toEqual(['8', '9', '10', '100']);
  });

  it('drops a stream that goes silent past the heartbeat timeout and resumes it', async () => {
    const t = setup();
    await settle();
    const first = t.lastStream();
    first.open();
    first.send(presenceEvent('1'));
    // Heartbeats keep it alive...
    await vi.advanceTimersByTimeAsync(40_000);
    first.beat();
    await vi.advanceTimersByTimeAsync(40_000);
    expect(first.aborted()).toBe(false);
    expect(t.status()).toBe('online');
    // ...silence does not.
    await vi.advanceTimersByTimeAsync(5000);
    expect(first.aborted()).toBe(true);
    expect(t.status()).toBe('reconnecting');
    await vi.advanceTimersByTimeAsync(500);
    expect(t.streams).toHaveLength(2);
    expect(t.lastStream().request.lastEventId).toBe('1');
  });

  it('takes the heartbeat window a backend asks for when it opens, but not below 1 s', async () => {
    const t = setup();
    await settle();
    // A websocket pinged every 3 s: 10 s of silence is a dead connection.
    t.lastStream().open(10_000);
    await vi.advanceTimersByTimeAsync(9_000);
    t.lastStream().beat();
    await vi.advanceTimersByTimeAsync(9_000);
    expect(t.lastStream().aborted()).toBe(false);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(t.lastStream().aborted()).toBe(true);
    expect(t.status()).toBe('reconnecting');
    await vi.advanceTimersByTimeAsync(500);
    expect(t.streams).toHaveLength(2);
    // A window below 1 s (or not a number) is a mistake: the default 45 s applies.
    t.lastStream().open(10);
    await vi.advanceTimersByTimeAsync(40_000);
    expect(t.lastStream().aborted()).toBe(false);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(t.lastStream().aborted()).toBe(true);
    await vi.advanceTimersByTimeAsync(1_000);
    t.lastStream().open(Number.NaN);
    await vi.advanceTimersByTimeAsync(40_000);
    expect(t.lastStream().aborted()).toBe(false);
  });

  it('on a reset, calls onResync and carries on from the reset’s id, even a lower one', async () => {
    const t = setup();
    await resumingAfter(t, '500');
    t.lastStream().open();
    // The backend lost its log: its newest id is now 40.
    t.lastStream().send(resetEvent('40'));
    expect(t.onResync).toHaveBeenCalledTimes(2); // and when it first connected
    t.lastStream().send(presenceEvent('41'));
    expect(t.delivered).toEqual(['500', '41']);
    t.lastStream().fail(new ParleyError('network', 'reset by peer'));
    await vi.advanceTimersByTimeAsync(500);
    expect(t.lastStream().request.lastEventId).toBe('41');
  });

  it('resumes after the id of an id-only block when the backend passes it with the heartbeat', async () => {
    const t = setup();
    await settle();
    t.lastStream().open();
    t.lastStream().beat('1200');
    t.lastStream().fail(new ParleyError('network', 'dropped'));
    await vi.advanceTimersByTimeAsync(500);
    expect(t.lastStream().request.lastEventId).toBe('1200');
    t.lastStream().open();
    expect(t.onResync).toHaveBeenCalledTimes(1); // when it first connected
  });

  it('asks for a resync after reconnecting with no id to resume from', async () => {
    const t = setup();
    await settle();
    t.lastStream().open();
    t.lastStream().fail(new ParleyError('network', 'dropped'));
    await vi.advanceTimersByTimeAsync(500);
    expect(t.onResync).toHaveBeenCalledTimes(1); // when it first connected
    t.lastStream().open();
    expect(t.onResync).toHaveBeenCalledTimes(2);
    expect(t.lastStream().request.lastEventId).toBeUndefined();
  });
});

describe('the realtime connection retries', () => {
  it('backs off with full jitter: the cap doubles with each failure up to the maximum', async () => {
    const randoms = [0.5, 0.25, 0.9, 0.5, 0.5, 0.5, 0.5];
    vi.mocked(Math.random).mockImplementation(() => randoms.shift() ?? 0.5);
    const onError = vi.fn();
    const t = setup({ onError });
    // Caps of 1, 2, 4, 8, 16 s, then 30 s (not 32, nor 64).
    const expectedWaits = [500, 500, 3600, 4000, 8000, 15_000, 15_000];
    await settle();
    for (const [index, waitMs] of expectedWaits.entries()) {
      expect(t.streams).toHaveLength(index + 1);
      t.lastStream().fail(new ParleyError('server', 'Bad gateway', { status: 502 }));
      await vi.advanceTimersByTimeAsync(waitMs - 1);
      expect(t.streams).toHaveLength(index + 1);
      await vi.advanceTimersByTimeAsync(1);
    }
    expect(t.streams).toHaveLength(expectedWaits.length + 1);
    expect(t.status()).toBe('connecting');
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'server' }));
  });

  it('starts the backoff over once a stream opens', async () => {
    const t = setup();
    await settle();
    for (const waitMs of [500, 1000]) {
      t.lastStream().fail(new ParleyError('network', 'down'));
      await vi.advanceTimersByTimeAsync(waitMs);
    }
    expect(t.streams).toHaveLength(3);
    t.lastStream().open();
    t.lastStream().fail(new ParleyError('network', 'down'));
    await vi.advanceTimersByTimeAsync(500);
    expect(t.streams).toHaveLength(4);
  });

  it('waits at least as long as Retry-After says', async () => {
    const t = setup();
    await settle();
    t.lastStream().fail(new ParleyError('rate_limited', 'Slow down', { status: 429, retryAfterMs: 10_000 }));
    await vi.advanceTimersByTimeAsync(9999);
    expect(t.streams).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(t.streams).toHaveLength(2);
  });

  it('on unauthorized asks for a fresh token at once, then backs off if that fails too', async () => {
    const t = setup();
    await settle();
    t.lastStream().fail(new ParleyError('unauthorized', 'Session expired', { status: 401 }));
    await settle();
    expect(t.streams).toHaveLength(2);
    expect(t.getToken).toHaveBeenLastCalledWith('token-1');
    expect(t.lastStream().request.token).toBe('token-2');

    t.lastStream().fail(new ParleyError('unauthorized', 'Still expired', { status: 401 }));
    await settle();
    expect(t.streams).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(500);
    expect(t.streams).toHaveLength(3);
    expect(t.getToken).toHaveBeenLastCalledWith('token-2');
    t.lastStream().open();
    expect(t.status()).toBe('online');
  });

  it('backs off when the token itself cannot be had', async () => {
    const t = setup({
      getToken: vi.fn().mockRejectedValueOnce(new ParleyError('network', 'offline')).mockResolvedValue('t'),
    });
    await settle();
    expect(t.streams).toHaveLength(0);
    expect(t.status()).toBe('connecting');
    await vi.advanceTimersByTimeAsync(500);
    expect(t.streams).toHaveLength(1);
  });
});

describe('the realtime connection falls back to long polling', () => {
  it('polls when the backend has no streams, from the cursor it gets first', async () => {
    const t = setup({}, { stream: false, poll: true });
    await settle();
    expect(t.lastPoll().request).toMatchObject({ token: 'token-1', after: undefined, timeoutSeconds: 0 });
    t.lastPoll().answer({ data: [], nextCursor: '300' });
    await settle();
    expect(t.status()).toBe('online');
    // Nothing came: a pause before the next poll, so a backend that answers at once is not hammered.
    expect(t.polls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1000);
    expect(t.lastPoll().request).toMatchObject({ after: '300', timeoutSeconds: 25 });
    t.lastPoll().answer({ data: [presenceEvent('301'), presenceEvent('302')], nextCursor: '302' });
    await settle();
    // Events came: the next poll goes at once.
    expect(t.polls).toHaveLength(3);
    expect(t.lastPoll().request.after).toBe('302');
    t.lastPoll().answer({ data: [presenceEvent('302'), presenceEvent('303')], nextCursor: '303' });
    await settle();
    expect(t.delivered).toEqual(['301', '302', '303']);
    t.lastPoll().answer({ data: [resetEvent('12')], nextCursor: '12' });
    await settle();
    expect(t.onResync).toHaveBeenCalledTimes(2); // and when it first connected
    expect(t.lastPoll().request.after).toBe('12');
    // It carries on from the reset's id.
    t.lastPoll().answer({ data: [presenceEvent('13')], nextCursor: '13' });
    await settle();
    expect(t.delivered).toEqual(['301', '302', '303', '13']);
  });

  it('gives up on a poll that never answers and polls again', async () => {
    const t = setup({}, { stream: false, poll: true });
    await settle();
    t.lastPoll().answer({ data: [], nextCursor: '1' });
    await vi.advanceTimersByTimeAsync(1000);
    expect(t.polls).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(70_000);
    expect(t.status()).toBe('reconnecting');
    await vi.advanceTimersByTimeAsync(500);
    expect(t.polls).toHaveLength(3);
    expect(t.lastPoll().request.after).toBe('1');
  });

  it.each([
    [
      'an answer that is not an event stream',
      new ParleyError('invalid_response', 'text/html', { status: 200 }),
    ],
    ['404', new ParleyError('not_found', 'Not found', { status: 404 })],
    ['405', new ParleyError('invalid_request', 'Method not allowed', { status: 405 })],
  ])('switches to polling at once after %s, resuming from the last id', async (_case, error) => {
    const t = setup({}, { poll: true });
    await resumingAfter(t, '41');
    t.lastStream().fail(error);
    await settle();
    expect(t.polls).toHaveLength(1);
    expect(t.lastPoll().request.after).toBe('41');
    // It stays on polling.
    t.lastPoll().answer({ data: [presenceEvent('42')], nextCursor: '42' });
    await settle();
    expect(t.streams).toHaveLength(2);
    expect(t.delivered).toEqual(['41', '42']);
  });

  it('switches to polling after two streams in a row let nothing through (a buffering proxy)', async () => {
    const t = setup({}, { poll: true });
    await settle();
    await vi.advanceTimersByTimeAsync(20_000);
    expect(t.streams[0]?.aborted()).toBe(true);
    await vi.advanceTimersByTimeAsync(500);
    expect(t.streams).toHaveLength(2);
    // Headers came through this time, but no byte of the body.
    t.lastStream().open();
    await vi.advanceTimersByTimeAsync(45_000);
    expect(t.polls).toHaveLength(1);
    expect(t.streams).toHaveLength(2);
  });

  it('keeps streaming when only one stream stayed silent', async () => {
    const t = setup({}, { poll: true });
    await settle();
    await vi.advanceTimersByTimeAsync(20_000 + 500);
    t.lastStream().open();
    t.lastStream().beat();
    t.lastStream().fail(new ParleyError('network', 'dropped'));
    await vi.advanceTimersByTimeAsync(500);
    await vi.advanceTimersByTimeAsync(20_000 + 1000);
    expect(t.polls).toHaveLength(0);
    expect(t.streams).toHaveLength(4);
  });

  it('keeps retrying the stream when there is no poll to fall back to', async () => {
    const t = setup();
    await settle();
    t.lastStream().fail(new ParleyError('not_found', 'Not found', { status: 404 }));
    await vi.advanceTimersByTimeAsync(500);
    expect(t.streams).toHaveLength(2);
  });
});

describe('the realtime connection and the network', () => {
  it('opens nothing for a backend that says it has no realtime, and reports online', async () => {
    const offersRealtime = vi.fn(async () => false);
    const t = setup({ offersRealtime });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(offersRealtime).toHaveBeenCalledOnce();
    expect(t.streams).toHaveLength(0);
    expect(t.getToken).not.toHaveBeenCalled();
    expect(t.status()).toBe('online');
  });

  it('connects when the backend offers realtime, or when that cannot be known', async () => {
    const offered = setup({ offersRealtime: async () => true });
    await settle();
    expect(offered.streams).toHaveLength(1);
    // (The client answers `true` when its config cannot be read.)
  });

  it('reports offline without trying, and connects at once when back online', async () => {
    offline = true;
    const t = setup();
    expect(t.status()).toBe('offline');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(t.getToken).not.toHaveBeenCalled();
    expect(t.streams).toHaveLength(0);
    backOnline();
    await settle();
    expect(t.status()).toBe('connecting');
    expect(t.streams).toHaveLength(1);
  });

  it('goes offline after losing the stream while the device is offline', async () => {
    const t = setup();
    await settle();
    t.lastStream().open();
    t.lastStream().send(presenceEvent('5'));
    offline = true;
    t.lastStream().fail(new ParleyError('network', 'Failed to fetch'));
    await vi.advanceTimersByTimeAsync(500);
    expect(t.status()).toBe('offline');
    expect(t.streams).toHaveLength(1);
    backOnline();
    await settle();
    expect(t.status()).toBe('reconnecting');
    expect(t.lastStream().request.lastEventId).toBe('5');
  });

  it('cuts a backoff wait short when the page becomes visible or the network returns', async () => {
    vi.mocked(Math.random).mockReturnValue(0.999);
    const t = setup();
    await settle();
    t.lastStream().fail(new ParleyError('network', 'down'));
    await vi.advanceTimersByTimeAsync(900);
    expect(t.streams).toHaveLength(1);
    setVisibility('hidden');
    await settle();
    expect(t.streams).toHaveLength(1);
    setVisibility('visible');
    await settle();
    expect(t.streams).toHaveLength(2);

    t.lastStream().fail(new ParleyError('network', 'down'));
    await vi.advanceTimersByTimeAsync(1900);
    expect(t.streams).toHaveLength(2);
    backOnline();
    await settle();
    expect(t.streams).toHaveLength(3);
  });

  it('ignores a wake while connected', async () => {
    const t = setup();
    await settle();
    t.lastStream().open();
    backOnline();
    setVisibility('visible');
    await settle();
    expect(t.streams).toHaveLength(1);
    expect(t.lastStream().aborted()).toBe(false);
  });
});

describe('the realtime connection stops', () => {
  it('on close, with no timer or wake listener left, while streaming', async () => {
    const removed = vi.spyOn(window, 'removeEventListener');
    const t = setup();
    await settle();
    t.lastStream().open();
    expect(vi.getTimerCount()).toBe(1);
    t.close();
    expect(vi.getTimerCount()).toBe(0);
    expect(t.lastStream().aborted()).toBe(true);
    expect(removed).toHaveBeenCalledWith('online', expect.any(Function), true);
    await vi.advanceTimersByTimeAsync(120_000);
    expect(t.streams).toHaveLength(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('on close during a backoff wait, and nothing is delivered after', async () => {
    const t = setup();
    await settle();
    const stream = t.lastStream();
    stream.fail(new ParleyError('network', 'down'));
    await settle();
    expect(vi.getTimerCount()).toBe(1);
    t.close();
    expect(vi.getTimerCount()).toBe(0);
    stream.send(presenceEvent('1'));
    await vi.advanceTimersByTimeAsync(120_000);
    expect(t.streams).toHaveLength(1);
    expect(t.delivered).toEqual([]);
  });

  it('while waiting for a token, and opens nothing with it', async () => {
    let giveToken: (token: string) => void = () => {};
    const t = setup({
      getToken: () =>
        new Promise<string>((resolve) => {
          giveToken = resolve;
        }),
    });
    await settle();
    t.close();
    giveToken('late');
    await vi.advanceTimersByTimeAsync(120_000);
    expect(t.streams).toHaveLength(0);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('when polling, with the poll aborted', async () => {
    const t = setup({}, { stream: false, poll: true });
    await settle();
    t.lastPoll().answer({ data: [], nextCursor: '1' });
    await vi.advanceTimersByTimeAsync(1000);
    const poll = t.lastPoll();
    t.close();
    expect(poll.request.signal?.aborted).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('when polling, and delivers nothing of a poll answered just as it stops', async () => {
    const t = setup({}, { stream: false, poll: true });
    await settle();
    t.lastPoll().answer({ data: [], nextCursor: '1' });
    await vi.advanceTimersByTimeAsync(1000);
    t.lastPoll().answer({ data: [presenceEvent('2')], nextCursor: '2' });
    t.close();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(t.delivered).toEqual([]);
    expect(t.status()).toBe('connecting');
    expect(t.polls).toHaveLength(2);
  });

  it('reports online and does nothing for a backend without realtime', async () => {
    const t = setup({}, { stream: false, poll: false });
    await settle();
    expect(t.status()).toBe('online');
    expect(t.getToken).not.toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(0);
  });
});
