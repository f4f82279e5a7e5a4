import type { RealtimeEvent } from '@parley/contract';
import type { Backend } from '../backend/Backend';
import type { RealtimeFeed } from '../client/ClientRuntime';
import type { ConnectionStatus } from '../connection/ConnectionStatus';
import type { ParleyError } from '../errors/ParleyError';
import { createStore } from '../store/createStore';
import type { Store } from '../store/Store';
import { isNewerEventId } from './isNewerEventId';
import { openRealtimeConnection } from './openRealtimeConnection';

/**
 * A message for the other tabs of the same widget (never delivered to the tab that sends it):
 * - `logout`: the visitor logged out; clear local state;
 * - `changed`: the session changed (identified as another person): read the stored session again.
 * @internal
 */
export type TabSignal = 'changed' | 'logout';

/** Options of {@link createRealtimeFeed}. @internal */
export interface RealtimeFeedOptions {
  backend: Pick<Backend, 'openEvents' | 'pollEvents'>;
  /** With `widgetKey`, what the tabs share a connection for (with the identity). */
  baseUrl: string;
  widgetKey: string;
  /** The session's token; called with the refused token after an `unauthorized` (return a fresh one). */
  getToken(rejectedToken?: string): Promise<string>;
  /**
   * Whose events the connection carries (the contact id, or `anonymous`): one connection per identity is
   * shared by the tabs. Read at each start and restart.
   */
  identityKey(): string;
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
 * widget; else `t` the kind, `i` the identity it is about:
 * - `e`: an event (`v`), from the leader;
 * - `s`: the leader's status (`v`) and last delivered id (`l`); with `r`, a resync after which followers
 *   carry on from `l`;
 * - `h`: a tab that follows asks the leader for its status.
 * Any script of the origin may post on the channel: what is read is checked.
 * @internal
 */
export type TabMessage =
  | { t: 'e'; i: string; v: RealtimeEvent }
  | { t: 's'; i: string; v: ConnectionStatus; l: string | undefined; r?: true | undefined }
  | { t: 'h'; i: string }
  | { x: TabSignal };

const STATUSES: unknown[] = ['online', 'connecting', 'reconnecting', 'offline'];

/**
 * The realtime feed of a client: one {@link openRealtimeConnection} shared by every tab of the same widget
 * and identity. With Web Locks and BroadcastChannel, the tab holding the lock (`navigator.locks`) opens the
 * connection and relays its events, resyncs and status to the others; when it closes, the lock passes to
 * another tab, which connects and resumes after the last event id it delivered (or, with none, makes every
 * tab resync). Where either API is missing (or the lock is refused), every tab connects on its own.
 *
 * The first listener starts it (waiting for the lock, or leading); when the last leaves, it leaves the
 * connection or stops waiting. Every tab delivers each event once, by increasing id.
 *
 * @example
 * ```ts
 * const realtime = createRealtimeFeed({ backend, baseUrl, widgetKey, getToken, identityKey, signal });
 * const stop = realtime.subscribe({ onEvent: apply, onResync: reload });
 * ```
 * @internal
 */
export function createRealtimeFeed(options: RealtimeFeedOptions): RealtimeFeedHandle {
  const { signal, identityKey } = options;
  // The origin is implied: locks and channels never cross origins. `tabs/2` is the version of TabMessage: a tab
  // still running an older bundle neither follows nor leads this one.
  const name = `parley-tabs/2 ${options.baseUrl.replace(/\/+$/, '')} ${options.widgetKey}`;
  // Stores used as channels to their listeners (which they call safely, each subscription counted): the
  // snapshot is the news, a new array each time. `events` holds an event, or none for a resync; its first
  // listener starts the feed, and its last stops it.
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
  // Ends what the current start began (the wait for the lock, the lead); undefined while stopped.
  let stopRole: (() => void) | undefined;
  // Defined while this tab leads: tells the other tabs the status (with `true`, a resync).
  let publish: ((resync?: true) => void) | undefined;
  // This tab heard from a leader since it started: events may be missed between that leader and us.
  let followed = false;

  const deliver = (event: RealtimeEvent): void => {
    if (!isNewerEventId(event.id, lastId)) return;
    lastId = event.id;
    events.set([event]);
  };
  const resync = (nextId: string | undefined): void => {
    lastId = nextId;
    events.set([]);
  };
  const post = (message: TabMessage): void => channel?.postMessage(message);

  /** Opens the channel once something needs it; it stays open until `signal` aborts. */
  const open = (): void => {
    if (channel || signal?.aborted) return;
    try {
      channel = new BroadcastChannel(name);
    } catch {
      // No BroadcastChannel here (or not allowed): no other tab to share with.
      return;
    }
    channel.onmessage = ({ data }: MessageEvent<Partial<Record<string, unknown>> | null>) => {
      const value = data?.v;
      const id = typeof data?.l === 'string' ? data.l : undefined;
      const tabSignal = data?.x;
      if (tabSignal === 'changed' || tabSignal === 'logout') signals.set([tabSignal]);
      else if (data?.i !== identity || !stopRole) {
        // Another person's connection, or nothing to follow.
      } else if (publish) {
        if (data.t === 'h') publish();
      } else if (data.t === 'e') {
        // The leader validated the event; only what dedup needs is checked here.
        if (typeof (value as Partial<RealtimeEvent> | undefined)?.id === 'string')
          deliver(value as RealtimeEvent);
      } else if (data.t === 's' && STATUSES.includes(value)) {
        followed = true;
        connection.set(value as ConnectionStatus);
        if (data.r) resync(id);
        else if (id && isNewerEventId(id, lastId)) lastId = id;
      }
    };
  };

  /**
   * Opens this tab's connection, and relays it on the channel. (A tab that leads because there are no locks
   * has no follower; one that was refused the lock is in an opaque origin, where its channel reaches no
   * other tab.) Returns how to leave.
   */
  const lead = (): (() => void) => {
    const takeover = followed && lastId === undefined;
    const share = (resync?: true): void =>
      post({ t: 's', i: identity, v: connection.getSnapshot(), l: lastId, r: resync });
    publish = share;
    if (takeover) {
      // The previous leader's last events never reached this tab, and there is no id to resume after.
      resync(undefined);
      share(true);
    }
    const close = openRealtimeConnection({
      ...options,
      lastEventId: lastId,
      onEvent(event) {
        deliver(event);
        post({ t: 'e', i: identity, v: event });
      },
      onResync(nextId) {
        resync(nextId);
        share(true);
      },
      onStatus(status) {
        connection.set(status);
        share();
      },
    });
    return () => {
      publish = undefined;
      close();
    };
  };

  const start = (): void => {
    if (signal?.aborted) return;
    identity = identityKey();
    followed = false;
    open();
    const locks = globalThis.navigator?.locks;
    if (!locks || !channel) {
      stopRole = lead();
      return;
    }
    const waiting = new AbortController();
    let leave: (() => void) | undefined;
    const end = (): void => {
      waiting.abort();
      leave?.();
    };
    stopRole = end;
    post({ t: 'h', i: identity });
    locks
      .request(
        `${name} ${identity}`,
        { signal: waiting.signal },
        // Not used when granted just as this tab stopped (or restarted for another identity). Else held
        // until this tab stops leading; the browser releases it when the tab closes.
        () =>
          stopRole === end &&
          new Promise<void>((release) => {
            const stopLead = lead();
            leave = () => {
              stopLead();
              release();
            };
          }),
      )
      .catch(() => {
        // Aborted because we stopped waiting; or the lock was refused (a sandboxed frame): go alone.
        if (stopRole === end) leave = lead();
      });
  };

  /** Leaves the connection or the wait for it; `connecting` again unless the client is destroyed. */
  const stop = (): void => {
    const role = stopRole;
    stopRole = undefined;
    role?.();
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
      post(tabSignal) {
        open();
        post({ x: tabSignal });
      },
      subscribe(listener) {
        open();
        return signals.subscribe(() => listener(signals.getSnapshot()[0] as TabSignal));
      },
    },
    restart() {
      if (identityKey() === identity) return;
      // Another person's events: nothing of the previous stream applies (its ids included). (Stopped, the
      // tab reads the identity when it starts.)
      lastId = undefined;
      if (stopRole) {
        stop();
        start();
      }
    },
  };
}
