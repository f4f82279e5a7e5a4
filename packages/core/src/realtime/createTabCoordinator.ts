import type { RealtimeEvent } from '@parley/contract';
import type { RealtimeFeed, RealtimeListener } from '../client/ClientRuntime';
import type { ConnectionStatus } from '../connection/ConnectionStatus';
import { createStore } from '../store/createStore';
import type { Store } from '../store/Store';
import type { RealtimeConnection } from './createRealtimeConnection';
import { isNewerEventId } from './isNewerEventId';

/**
 * A message for the other tabs of the same scope (never delivered to the tab that sends it):
 * - `logout`: the visitor logged out; clear local state;
 * - `changed`: the session changed (identified as another person): read the stored session again.
 * @internal
 */
export type TabSignal = 'changed' | 'logout';

/** What {@link TabCoordinatorOptions.connect} receives to open the tab's connection. @internal */
export interface RealtimeConnectionStart {
  /** Resume after this id: the last one this tab delivered. */
  lastEventId: string | undefined;
  onEvent(event: RealtimeEvent): void;
  onResync(): void;
}

/** Options of {@link createTabCoordinator}. @internal */
export interface TabCoordinatorOptions {
  /**
   * What the tabs share, apart from the identity: one connection per scope and identity. The origin is
   * implied (locks and channels never cross origins).
   * @example `${baseUrl} ${widgetKey}`
   */
  scope: string;
  /** Whose events the connection carries (the contact id, or `anonymous`); read at each start and restart. */
  identityKey: () => string;
  /** Opens the connection when this tab leads (usually {@link createRealtimeConnection}). */
  connect(start: RealtimeConnectionStart): RealtimeConnection;
  /** Stops everything for good when aborted (the client's `destroy()`). */
  signal?: AbortSignal | undefined;
  /** @default navigator.locks, looked up at each start */
  locks?: Pick<LockManager, 'request'> | undefined;
  /** @default globalThis.BroadcastChannel, looked up when a channel is opened */
  BroadcastChannel?: typeof BroadcastChannel | undefined;
}

/** The realtime feed of one tab, shared with the other tabs. @internal */
export interface TabCoordinator extends RealtimeFeed {
  /**
   * The connection's status, from this tab's connection or the leader tab's; `connecting` while no listener
   * needs a connection (after `signal` aborts, the last status stays). Subscribing to it starts nothing.
   */
  readonly status: Store<ConnectionStatus>;
  /** Whether this tab holds the connection now (alone, or for every tab). */
  isLeader(): boolean;
  /** Sends `signal` to every other tab of the scope (whatever their identity). */
  broadcast(signal: TabSignal): void;
  /** Calls `listener` with every signal from another tab. @returns a function that stops listening. */
  onSignal(listener: (signal: TabSignal) => void): () => void;
  /**
   * Call when the session changed. When {@link TabCoordinatorOptions.identityKey} is now another identity,
   * leaves the connection (or the wait for it), forgets the last event id, and starts again for the new
   * identity if there are listeners. Otherwise does nothing.
   */
  restart(): void;
}

/** What tabs say to each other over the channel. Every field is checked on receipt. */
type Relay =
  | { kind: 'event'; identity: string; event: RealtimeEvent }
  | { kind: 'resync'; identity: string; lastEventId: string | undefined }
  | { kind: 'status'; identity: string; status: ConnectionStatus; lastEventId: string | undefined }
  | { kind: 'hello'; identity: string }
  | { kind: 'signal'; signal: TabSignal };

const STATUSES: readonly string[] = ['online', 'connecting', 'reconnecting', 'offline'];

/**
 * Shares one realtime connection among the tabs of a scope and identity. With Web Locks and
 * BroadcastChannel, the tab holding the lock (`navigator.locks`, exclusive) opens the connection and relays
 * its events, resyncs and status to the others; when it closes, the lock passes to another tab, which
 * connects and resumes after the last event id it delivered. Where either API is missing (or the lock is
 * refused), every tab connects on its own.
 *
 * The first listener starts it (waiting for the lock, or leading); when the last leaves, it leaves the
 * connection or stops waiting. Every tab delivers each event once, by increasing id.
 *
 * @example
 * ```ts
 * const feed = createTabCoordinator({
 *   scope: `${baseUrl} ${widgetKey}`,
 *   identityKey: () => session.identityKey(),
 *   connect: (start) => createRealtimeConnection({ backend, getToken, signal, ...start }),
 *   signal,
 * });
 * const unsubscribe = feed.subscribe({ onEvent: (event) => apply(event), onResync: reload });
 * ```
 * @internal
 */
export function createTabCoordinator(options: TabCoordinatorOptions): TabCoordinator {
  const { scope, signal } = options;
  const channelName = `parley ${scope}`;
  const listeners = new Set<RealtimeListener>();
  const signalListeners = new Set<(signal: TabSignal) => void>();
  const status = createStore<ConnectionStatus>('connecting');
  let channel: BroadcastChannel | undefined;
  let lastId: string | undefined;
  let identity = '';
  let leading = false;
  // Ends what the current start began (the wait for the lock, the lead); undefined while stopped.
  let stopRole: (() => void) | undefined;
  // This tab heard from a leader since it started: events may be missed between that leader and us.
  let followed = false;

  const each = <T>(set: Set<T>, call: (item: T) => void): void => {
    for (const item of [...set]) {
      try {
        call(item);
      } catch (error) {
        queueMicrotask(() => {
          throw error;
        });
      }
    }
  };

  const deliver = (event: RealtimeEvent): void => {
    if (lastId !== undefined && !isNewerEventId(event.id, lastId)) return;
    lastId = event.id;
    each(listeners, (listener) => listener.onEvent?.(event));
  };

  const resync = (nextId: string | undefined): void => {
    lastId = nextId;
    each(listeners, (listener) => listener.onResync?.());
  };

  const post = (relay: Relay): void => {
    try {
      channel?.postMessage(relay);
    } catch {
      // A closed channel or a value the channel cannot clone: the other tabs miss one message, and resume.
    }
  };

  const onMessage = (message: MessageEvent): void => {
    const relay = readRelay(message.data);
    if (!relay) return;
    if (relay.kind === 'signal') {
      each(signalListeners, (listener) => listener(relay.signal));
      return;
    }
    if (relay.identity !== identity || stopRole === undefined) return;
    if (leading) {
      if (relay.kind === 'hello')
        post({ kind: 'status', identity, status: status.getSnapshot(), lastEventId: lastId });
      return;
    }
    if (relay.kind === 'event') deliver(relay.event);
    else if (relay.kind === 'resync') resync(relay.lastEventId);
    else if (relay.kind === 'status') {
      followed = true;
      status.set(relay.status);
      const id = relay.lastEventId;
      if (id !== undefined && (lastId === undefined || isNewerEventId(id, lastId))) lastId = id;
    }
  };

  /** Opens the channel when something needs it, closes it when nothing does. */
  const updateChannel = (): void => {
    const needed = !signal?.aborted && (listeners.size > 0 || signalListeners.size > 0);
    if (needed && !channel) {
      const Channel = options.BroadcastChannel ?? globalThis.BroadcastChannel;
      if (typeof Channel !== 'function') return;
      try {
        channel = new Channel(channelName);
        channel.onmessage = onMessage;
      } catch {
        channel = undefined;
      }
    } else if (!needed && channel) {
      channel.close();
      channel = undefined;
    }
  };

  /** Opens this tab's connection; with `relay`, shares it with the other tabs. Returns how to leave. */
  const lead = (relay: boolean): (() => void) => {
    leading = true;
    const takeover = followed && lastId === undefined;
    const connection = options.connect({
      lastEventId: lastId,
      onEvent(event) {
        deliver(event);
        if (relay) post({ kind: 'event', identity, event });
      },
      onResync() {
        const nextId = connection.lastEventId();
        resync(nextId);
        if (relay) post({ kind: 'resync', identity, lastEventId: nextId });
      },
    });
    const publish = (): void => {
      status.set(connection.status.getSnapshot());
      if (relay) post({ kind: 'status', identity, status: status.getSnapshot(), lastEventId: lastId });
    };
    const unsubscribe = connection.status.subscribe(publish);
    publish();
    if (takeover) {
      // The previous leader's last events never reached this tab, and there is no id to resume after.
      resync(undefined);
      if (relay) post({ kind: 'resync', identity, lastEventId: undefined });
    }
    return () => {
      leading = false;
      unsubscribe();
      connection.close();
    };
  };

  const start = (): void => {
    identity = options.identityKey();
    followed = false;
    updateChannel();
    const locks =
      options.locks ??
      (typeof navigator === 'undefined' ? undefined : (navigator.locks as LockManager | undefined));
    if (!locks || !channel) {
      stopRole = lead(false);
      return;
    }
    const waiting = new AbortController();
    let leave: (() => void) | undefined;
    let release: (() => void) | undefined;
    const end = (): void => {
      waiting.abort();
      leave?.();
      release?.();
    };
    const current = (): boolean => stopRole === end;
    stopRole = end;
    post({ kind: 'hello', identity });
    locks
      .request(`parley ${scope} ${identity}`, { mode: 'exclusive', signal: waiting.signal }, () => {
        if (!current()) return undefined;
        leave = lead(true);
        // Held until this tab stops leading; the browser releases it when the tab closes.
        return new Promise<void>((resolve) => {
          release = resolve;
        });
      })
      .catch(() => {
        // Aborted because we stopped waiting; or the lock was refused (a sandboxed frame): go alone.
        if (current() && !waiting.signal.aborted && !leave) leave = lead(false);
      });
  };

  /** Leaves the connection or the wait for it; `connecting` again unless the client is destroyed. */
  const stop = (): void => {
    const stopping = stopRole;
    stopRole = undefined;
    stopping?.();
    if (!signal?.aborted) status.set('connecting');
    updateChannel();
  };

  const subscribe = (listener: RealtimeListener): (() => void) => {
    if (signal?.aborted) return () => {};
    // Wrapped so that one listener object subscribed twice counts twice.
    const entry: RealtimeListener = {
      onEvent: (event) => listener.onEvent?.(event),
      onResync: () => listener.onResync?.(),
    };
    listeners.add(entry);
    if (listeners.size === 1) start();
    let subscribed = true;
    return () => {
      if (!subscribed) return;
      subscribed = false;
      listeners.delete(entry);
      if (listeners.size === 0) stop();
    };
  };

  signal?.addEventListener('abort', () => {
    listeners.clear();
    signalListeners.clear();
    stop();
  });

  return {
    subscribe,
    status,
    isLeader: () => leading,
    broadcast(tabSignal) {
      const relay: Relay = { kind: 'signal', signal: tabSignal };
      if (channel) {
        post(relay);
        return;
      }
      const Channel = options.BroadcastChannel ?? globalThis.BroadcastChannel;
      if (typeof Channel !== 'function') return;
      try {
        const once = new Channel(channelName);
        once.postMessage(relay);
        once.close();
      } catch {
        // No channel, no other tab to tell.
      }
    },
    onSignal(listener) {
      if (signal?.aborted) return () => {};
      const entry = (tabSignal: TabSignal): void => listener(tabSignal);
      signalListeners.add(entry);
      updateChannel();
      return () => {
        signalListeners.delete(entry);
        updateChannel();
      };
    },
    restart() {
      if (options.identityKey() === identity) return;
      // Another person's events: nothing of the previous stream applies (its ids included).
      lastId = undefined;
      identity = options.identityKey();
      if (stopRole === undefined) return;
      const role = stopRole;
      stopRole = undefined;
      role();
      status.set('connecting');
      start();
    },
  };
}

/** The relay in `data`, when it is one this version understands; anything else is ignored. */
function readRelay(data: unknown): Relay | undefined {
  if (!isRecord(data)) return undefined;
  const { kind, identity } = data;
  if (kind === 'signal') {
    const tabSignal = data.signal;
    return tabSignal === 'changed' || tabSignal === 'logout' ? { kind, signal: tabSignal } : undefined;
  }
  if (typeof identity !== 'string') return undefined;
  const lastEventId = typeof data.lastEventId === 'string' ? data.lastEventId : undefined;
  switch (kind) {
    case 'hello':
      return { kind, identity };
    case 'resync':
      return { kind, identity, lastEventId };
    case 'status':
      return typeof data.status === 'string' && STATUSES.includes(data.status)
        ? { kind, identity, status: data.status as ConnectionStatus, lastEventId }
        : undefined;
    case 'event': {
      // The leader validated the event against the contract; a tab only checks what dedup needs.
      const { event } = data;
      return isRecord(event) && typeof event.id === 'string' && typeof event.type === 'string'
        ? { kind, identity, event: event as RealtimeEvent }
        : undefined;
    }
    default:
      return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
