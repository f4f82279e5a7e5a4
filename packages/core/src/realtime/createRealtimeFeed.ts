import type { RealtimeEvent } from '@parley/contract';
import type { Backend } from '../backend/Backend';
import type { RealtimeFeed } from '../client/ClientRuntime';
import type { ConnectionStatus } from '../connection/ConnectionStatus';
import { isOffline } from '../environment/isOffline';
import { onWake } from '../environment/onWake';
import { ParleyError } from '../errors/ParleyError';
import { createStore } from '../store/createStore';
import type { Store } from '../store/Store';
import { linkedController } from '../transport/linkedController';
import { isNewerEventId } from './isNewerEventId';

/**
 * A message for the other tabs of the same widget (never delivered to the tab that sends it):
 * - `logout`: the visitor logged out; clear local state;
 * - `changed`: the session changed (identified as another person): read the stored session again.
 * @internal
 */
export type TabSignal = 'changed' | 'logout';

/** Options of {@link createRealtimeFeed}. @internal */
export interface RealtimeFeedOptions {
  /** Where events come from: Server-Sent Events (`openEvents`), else long polling (`pollEvents`). */
  backend: Pick<Backend, 'openEvents' | 'pollEvents'>;
  /** With `widgetKey`, what the tabs share a connection for (with the identity). */
  baseUrl: string;
  widgetKey: string;
  /**
   * The session's bearer token, asked before every attempt. After the backend answered `unauthorized`, it
   * is called with the token that was refused: return a fresh one (start or resume a session).
   */
  getToken(rejectedToken?: string): Promise<string>;
  /**
   * Whose events the connection carries (the contact id, or `anonymous`): one connection per identity is
   * shared by the tabs. Read at each start and restart.
   */
  identityKey(): string;
  /**
   * Whether the backend offers realtime (the widget config's `capabilities.realtime`), asked before this
   * tab first connects: without it nothing is opened and the connection counts as `online` (there is none
   * to lose). Unknown (a config that cannot be read) counts as offered.
   * @default offered
   */
  offersRealtime?: (() => Promise<boolean>) | undefined;
  /** Stops everything for good when aborted (the client's `destroy()`). */
  signal?: AbortSignal | undefined;
  /** Every failure of the connection held by this tab (it retries on its own). */
  onError?: ((error: ParleyError) => void) | undefined;
}

/** The client's realtime feed, with its status and the channel to the other tabs. @internal */
export interface RealtimeFeedHandle extends RealtimeFeed {
  /**
   * The connection's status, from this tab's connection or the leader tab's; `connecting` while no listener
   * needs a connection (after `signal` aborts, the last status stays). Subscribing to it starts nothing.
   */
  readonly connection: Store<ConnectionStatus>;
  /** Session changes for the other tabs of this widget (whatever their identity), and from them. */
  readonly tabs: {
    post(signal: TabSignal): void;
    subscribe(listener: (signal: TabSignal) => void): () => void;
  };
  /**
   * Call when the session changed. When `identityKey` now names another identity, leaves the connection (or
   * the wait for it), forgets the last event id, and starts again for the new identity if there are
   * listeners. Otherwise does nothing.
   */
  restart(): void;
}

/**
 * What tabs say to each other on the channel, kept short: `x` a {@link TabSignal} for every tab of the
 * widget; else `i` the identity the message is about, and:
 * - `s`: from the leader, its status and `l` its last delivered id; with the key `e`, what it delivered: an
 *   event, a `reset`, or (`undefined`) a resync with no id to resume from;
 * - `h`: a tab that follows asks the leader for its status.
 * Any script of the origin may post on the channel: what is read is checked.
 * @internal
 */
export type TabMessage =
  | { i: string; s: ConnectionStatus; l: string | undefined; e?: RealtimeEvent | undefined }
  | { i: string; h: 1 }
  | { x: TabSignal };

/** A message as read from the channel: anything. */
type Received = {
  i?: unknown;
  e?: Partial<RealtimeEvent> | null;
  s?: unknown;
  l?: unknown;
  h?: unknown;
  x?: unknown;
} | null;

const STATUSES: unknown[] = ['online', 'connecting', 'reconnecting', 'offline'];

/** A stream with no event and no heartbeat this long is dead: over twice the server's 15 s heartbeat. */
const HEARTBEAT_MS = 45_000;

/**
 * The realtime feed of a client: one connection to the backend shared by every tab of the same widget and
 * identity.
 *
 * The connection: Server-Sent Events (`backend.openEvents`) resumed with the last event id after every
 * reconnect; a heartbeat timeout (45 s, or the backend's `onOpen(heartbeatMs)`); full-jitter exponential backoff (a random wait below
 * `min(30 s, 1 s × 2^failures)`, at least the `Retry-After`; an `unauthorized` first asks `getToken` for a
 * fresh token at once); long polling (`backend.pollEvents`) when streams are unavailable (the backend has
 * none, answers them with 404/405/406/501 or something that is not a stream, or lets nothing through for 20 s
 * twice in a row). A `reset` event, or a reconnect with no id to resume from, makes the listeners resync;
 * after a reset it carries on from the reset's id. It reports `offline` and waits while `navigator.onLine`
 * is false, and tries again at once when the browser comes back online or the page becomes visible.
 *
 * The tabs: with Web Locks and BroadcastChannel, the tab holding the lock (`navigator.locks`) connects and
 * relays its events and status to the others; when it closes, the lock passes to another tab, which resumes
 * after the last event id it delivered (or, with none, makes every tab resync). Where either API is missing
 * (or the lock is refused), every tab connects on its own.
 *
 * The first listener starts it; when the last leaves, it leaves the connection or stops waiting for it.
 * Every tab delivers each event once, by increasing id.
 *
 * @example
 * ```ts
 * const realtime = createRealtimeFeed({ backend, baseUrl, widgetKey, getToken, identityKey, signal });
 * const stop = realtime.subscribe({ onEvent: apply, onResync: reload });
 * ```
 * @internal
 */
export function createRealtimeFeed({
  backend: { openEvents, pollEvents },
  baseUrl,
  widgetKey,
  getToken,
  identityKey,
  offersRealtime,
  signal,
  onError,
}: RealtimeFeedOptions): RealtimeFeedHandle {
  // The origin is implied: locks and channels never cross origins. `/3` is the version of TabMessage: a tab
  // still running an older bundle neither follows nor leads this one.
  const name = `parley-tabs/3 ${baseUrl.replace(/\/+$/, '')} ${widgetKey}`;
  // A store used as a channel to the listeners (called safely, each subscription counted): the snapshot is
  // the news, a new array each time, an event or none for a resync. Its first listener starts the feed.
  const events = createStore<[RealtimeEvent?]>([], {
    onStart() {
      start();
      return stop;
    },
  });
  const signals = createStore<[TabSignal?]>([]);
  const connection = createStore<ConnectionStatus>('connecting');
  let channel: BroadcastChannel | undefined;
  let lastId: string | undefined;
  let identity = '';
  // Aborted to leave the current role (waiting for the lock, following, leading); undefined while stopped.
  let role: AbortController | undefined;
  let leading = false;
  // This tab heard from a leader since it started: events may be missed between that leader and us.
  let followed = false;

  const post = (message: TabMessage): void => channel?.postMessage(message);
  const share = (event?: { e: RealtimeEvent | undefined }): void =>
    post({ i: identity, s: connection.getSnapshot(), l: lastId, ...event });
  /** Resumes after `id` from now on, unless it is older than what was delivered. */
  const advance = (id: unknown): void => {
    if (id && typeof id === 'string' && isNewerEventId(id, lastId)) lastId = id;
  };
  /** An event once, in order; a `reset`, or nothing (missed events and no id), makes the listeners resync. */
  const deliver = (event?: RealtimeEvent): void => {
    const news = event && event.type !== 'reset';
    if (news && !isNewerEventId(event.id, lastId)) return;
    // A reset's id may be lower than ours (the backend lost its log): carry on from it regardless.
    lastId = event?.id;
    if (leading) share({ e: event });
    events.set(news ? [event] : []);
  };

  try {
    channel = new BroadcastChannel(name);
    channel.onmessage = ({ data }: MessageEvent<Received>) => {
      const x = data?.x;
      const event = data?.e;
      if (x === 'changed' || x === 'logout') signals.set([x]);
      else if (data?.i === identity && role) {
        if (leading) {
          if (data.h) share();
        } else if (STATUSES.includes(data.s)) {
          followed = true;
          connection.set(data.s as ConnectionStatus);
          if (!('e' in data)) advance(data.l);
          // The leader validated the event; only what dedup needs is checked here.
          else if (!event || typeof event.id === 'string') deliver(event as RealtimeEvent | undefined);
        }
        // Else another person's connection, or nothing to follow.
      }
    };
  } catch {
    // No BroadcastChannel here (or not allowed): no other tab to share with.
  }

  /**
   * Holds this tab's connection until `stopped` aborts, relaying it on the channel; resolves once it is closed
   * (the lock is held until then). (A tab that leads because there are no locks has no follower; one that was
   * refused the lock is in an opaque origin, where its channel reaches no other tab.)
   */
  const lead = async (stopped: AbortSignal): Promise<void> => {
    // The one pending timer (an attempt's time limit, or a wait), and what ends the current wait early.
    let timer: ReturnType<typeof setTimeout> | undefined;
    let wakeUp: (() => void) | undefined;
    let status: ConnectionStatus | undefined;
    const after = (ms: number, run: () => void): void => {
      clearTimeout(timer);
      timer = setTimeout(run, ms);
    };
    /** Waits `ms` (or, when undefined, until woken), ending early on a wake or a stop. */
    const wait = (ms?: number): Promise<void> =>
      new Promise((resolve) => {
        wakeUp = resolve;
        if (ms !== undefined) after(ms, resolve);
      });
    const setStatus = (next: ConnectionStatus): void => {
      status = next;
      connection.set(next);
      share();
    };
    const stopWaking = onWake(() => wakeUp?.());
    stopped.onabort = () => {
      leading = false;
      clearTimeout(timer);
      wakeUp?.();
      stopWaking();
    };
    leading = true;
    // The previous leader's last events never reached this tab, and there is no id to resume after.
    if (followed && !lastId) deliver();
    if (!openEvents && !pollEvents) {
      // Nothing to connect to: requests still work, and there is no connection to lose.
      return setStatus('online');
    }
    let failures = 0;
    // Streams in a row that timed out with no activity at all.
    let strikes = 0;
    let rejected: string | undefined;
    let connected = false;
    let polling = !openEvents;
    // Whether `offersRealtime` was asked (by this tab's leadership).
    let asked = false;
    const retrying = (): void => setStatus(connected ? 'reconnecting' : 'connecting');
    const online = (): void => {
      // Open with no id to resume from (the first time, or again after a loss): what happened before, even
      // while the stores were loading, is unknown to them, so they load again.
      if (!lastId && status !== 'online') deliver();
      failures = 0;
      rejected = undefined;
      connected = true;
      setStatus('online');
    };

    while (!stopped.aborted) {
      if (isOffline()) {
        setStatus('offline');
        await wait();
        continue;
      }
      if (offersRealtime && !asked) {
        // Once, online (offline, the config could not be read anyway).
        asked = true;
        const offered = await offersRealtime();
        if (stopped.aborted) return;
        // A backend that says it has no realtime (a contract server without `/v1/events`): nothing to open.
        if (!offered) return setStatus('online');
      }
      if (status !== 'online') retrying();
      // Aborted by a stop too, and at the end of the attempt.
      const attempt = linkedController(stopped);
      const { signal } = attempt;
      let timedOut = false;
      let active = false;
      let opened = false;
      let token: string | undefined;
      let error: ParleyError | undefined;
      /** (Re)starts the attempt's time limit. */
      const arm = (ms: number): void =>
        after(ms, () => {
          timedOut = true;
          attempt.abort();
        });
      // Whether the attempt still runs: a backend may call a handler late.
      let heartbeatMs = HEARTBEAT_MS;
      const alive = (): boolean => {
        if (signal.aborted) return false;
        arm(heartbeatMs);
        return true;
      };
      try {
        token = await getToken(rejected);
        if (stopped.aborted) return;
        if (polling) {
          // The first poll has no cursor: it answers at once with where to start. Later ones wait up to 25 s
          // (the reference server allows 0 to 25).
          const timeoutSeconds = lastId ? 25 : 0;
          arm(timeoutSeconds * 1000 + HEARTBEAT_MS);
          const page = await pollEvents!({ token, after: lastId, timeoutSeconds, signal });
          // An answer that comes as this tab stops is another identity's, perhaps.
          if (stopped.aborted) return;
          online();
          page.data.forEach(deliver);
          advance(page.nextCursor);
          // After an empty answer, a pause: a backend that answers at once is not polled in a loop.
          if (!page.data.length) await wait(1000);
          // The connection is still up.
          continue;
        }
        // How long a stream may take to show it is open.
        arm(20_000);
        await openEvents!(
          { token, lastEventId: lastId, signal },
          {
            onOpen(promised) {
              // Not below 1 s (nor NaN): a mistaken value must not make a reconnection loop.
              if ((promised ?? 0) >= 1000) heartbeatMs = promised as number;
              if (alive()) {
                opened = true;
                online();
              }
            },
            // Even late: an event is new, or dropped by its id. (The backend calls onActivity for it too.)
            onEvent: (event) => stopped.aborted || deliver(event),
            // A backend may pass the id of an id-only block (the start of a live stream): resume after it.
            onActivity(id) {
              if (alive()) {
                active = true;
                advance(id);
              }
            },
          },
        );
      } catch (caught) {
        // The backend and getToken reject with ParleyErrors only.
        error = caught as ParleyError;
      } finally {
        attempt.abort();
      }
      if (stopped.aborted) return;
      if (timedOut) error = new ParleyError('timeout', 'Timed out.');
      if (active) strikes = 0;
      else if (timedOut) strikes++;
      // The stream ended or the attempt failed: the connection is lost until the next one opens.
      retrying();
      if (token && error?.code === 'unauthorized') {
        // An expired session: one immediate try with a fresh token before any backoff.
        const first = !rejected;
        rejected = token;
        if (first) continue;
      }
      if (
        !polling &&
        pollEvents &&
        error &&
        (strikes > 1 ||
          (!opened && (error.code === 'invalid_response' || [404, 405, 406, 501].includes(error.status!))))
      ) {
        // This backend (or a proxy in front of it) cannot stream events.
        polling = true;
        continue;
      }
      if (error) onError?.(error);
      await wait(
        Math.max(Math.random() * Math.min(30_000, 1000 * 2 ** failures++), error?.retryAfterMs ?? 0),
      );
    }
  };

  const start = (): void => {
    if (signal?.aborted) return;
    identity = identityKey();
    followed = false;
    role = new AbortController();
    const stopped = role.signal;
    const locks = globalThis.navigator?.locks;
    if (!locks || !channel) {
      lead(stopped);
      return;
    }
    post({ i: identity, h: 1 });
    // When granted, held until this tab stops leading (the browser releases it when the tab closes); not
    // used when granted just as this tab stopped. Refused (a sandboxed frame): this tab goes alone.
    const leadUnlessStopped = () => (stopped.aborted ? undefined : lead(stopped));
    locks.request(`${name} ${identity}`, { signal: stopped }, leadUnlessStopped).catch(leadUnlessStopped);
  };

  /** Leaves the connection or the wait for it; `connecting` again unless the client is destroyed. */
  const stop = (): void => {
    role?.abort();
    role = undefined;
    if (!signal?.aborted) connection.set('connecting');
  };

  signal?.addEventListener('abort', () => {
    stop();
    channel?.close();
    channel = undefined;
  });

  return {
    subscribe: (listener) =>
      events.subscribe(() => {
        const [event] = events.getSnapshot();
        if (event) listener.onEvent?.(event);
        else listener.onResync?.();
      }),
    connection,
    tabs: {
      post: (x) => post({ x }),
      subscribe: (listener) => signals.subscribe(() => listener(signals.getSnapshot()[0]!)),
    },
    restart() {
      if (identityKey() === identity) return;
      // Another person's events: nothing of the previous stream applies (its ids included). (Stopped, the
      // tab reads the identity when it starts.)
      lastId = undefined;
      if (role) {
        stop();
        start();
      }
    },
  };
}
