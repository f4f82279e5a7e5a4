import type { RealtimeEvent } from '@parley/contract';
import type { Backend } from '../backend/Backend';
import type { ConnectionStatus } from '../connection/ConnectionStatus';
import { isOffline } from '../environment/isOffline';
import { onWake } from '../environment/onWake';
import { isParleyError, ParleyError } from '../errors/ParleyError';
import { createStore } from '../store/createStore';
import type { Store } from '../store/Store';
import { backoffDelay } from './backoffDelay';
import { isNewerEventId } from './isNewerEventId';

/** Options of {@link createRealtimeConnection}. @internal */
export interface RealtimeConnectionOptions {
  /** Where events come from: Server-Sent Events through `openEvents`, else long polling through `pollEvents`. */
  backend: Pick<Backend, 'openEvents' | 'pollEvents'>;
  /**
   * The session's bearer token, asked before every attempt. After the backend answered `unauthorized`,
   * it is called with the token that was refused: return a fresh one (start or resume a session).
   */
  getToken(rejectedToken?: string): Promise<string>;
  /** Every new event, in order, once: an id at or before the last one delivered is dropped. */
  onEvent(event: RealtimeEvent): void;
  /**
   * Events may have been missed (a `reset` from the backend, or a reconnect with no id to resume from):
   * reload by cursor. After a `reset`, {@link RealtimeConnection.lastEventId} is already the reset's id.
   */
  onResync(): void;
  /** Resume after this id on the first connection (the last id another tab delivered, for example). */
  lastEventId?: string | undefined;
  /** Closes the connection when aborted (the client's `destroy()`). */
  signal?: AbortSignal | undefined;
  /**
   * A stream with no event and no heartbeat for this long is considered dead: it is dropped and reopened.
   * Keep it above twice the server's heartbeat interval (15 s for the reference server).
   * @default 45000
   */
  heartbeatTimeoutMs?: number;
  /**
   * How long a stream may take to open. A stream that twice in a row neither opens nor shows any activity
   * in time (a proxy that buffers the response) makes the connection fall back to long polling.
   * @default 20000
   */
  openTimeoutMs?: number;
  /**
   * The first backoff cap after a failure; it doubles with each failure in a row, up to `backoffMaxMs`.
   * @default 1000
   */
  backoffBaseMs?: number;
  /** @default 30000 */
  backoffMaxMs?: number;
  /**
   * Longest wait of one long poll, in seconds (the reference server allows 0 to 25).
   * @default 25
   */
  pollTimeoutSeconds?: number;
  /**
   * Pause after a long poll that brought no event, so that a backend answering at once cannot make the
   * client poll in a tight loop.
   * @default 1000
   */
  pollIntervalMs?: number;
  /** Source of randomness for the backoff jitter, in [0, 1). @default Math.random */
  random?: () => number;
  /**
   * Calls its listener when it is worth trying at once (back online, page visible again).
   * @default environment/onWake (the `online` and `visibilitychange` events)
   */
  onWake?: (listener: () => void) => () => void;
  /** Whether the device is offline; no attempt is made while it is. @default `navigator.onLine === false` */
  isOffline?: () => boolean;
  /** Every failure of an attempt, for reporting (the connection retries on its own). */
  onError?: (error: ParleyError) => void;
}

/** One realtime connection, open from creation until {@link RealtimeConnection.close}. @internal */
export interface RealtimeConnection {
  /** `connecting`, then `online`; `reconnecting` while it retries; `offline` while the device is. */
  readonly status: Store<ConnectionStatus>;
  /** The id of the last event delivered (or to resume after); `undefined` before any is known. */
  lastEventId(): string | undefined;
  /** Stops the connection and all its timers and listeners at once. */
  close(): void;
}

/** What one attempt ended with. */
interface AttemptOutcome {
  /** The stream opened (or the poll answered). */
  opened: boolean;
  error?: ParleyError | undefined;
}

// Statuses of a stream that say the backend does not serve event streams here.
const NO_STREAM_STATUSES = new Set([404, 405, 406, 501]);

/**
 * Keeps one realtime connection to the backend: Server-Sent Events (`backend.openEvents`) resumed with the
 * last event id after every reconnect, a heartbeat timeout, full-jitter exponential backoff, and long
 * polling (`backend.pollEvents`) when streams are unavailable. Events are delivered once each, in id order.
 * A `reset` event calls `onResync` and the connection carries on from its id.
 *
 * It reports `offline` and waits while `navigator.onLine` is false, and tries again at once when the
 * browser comes back online or the page becomes visible during a backoff wait.
 *
 * @example
 * ```ts
 * const connection = createRealtimeConnection({
 *   backend,
 *   getToken: () => session.token(),
 *   onEvent: (event) => apply(event),
 *   onResync: () => reload(),
 *   signal,
 * });
 * connection.status.subscribe(() => console.log(connection.status.getSnapshot()));
 * ```
 * @internal
 */
export function createRealtimeConnection(options: RealtimeConnectionOptions): RealtimeConnection {
  const {
    backend,
    heartbeatTimeoutMs = 45_000,
    openTimeoutMs = 20_000,
    backoffBaseMs = 1000,
    backoffMaxMs = 30_000,
    pollTimeoutSeconds = 25,
    pollIntervalMs = 1000,
    random = Math.random,
    onError,
  } = options;
  const offline = options.isOffline ?? isOffline;
  const status = createStore<ConnectionStatus>('connecting');
  const stopper = new AbortController();
  const stopped = stopper.signal;
  let lastId = options.lastEventId;
  // The one pending timer (an attempt's timeout or a wait), so that close() clears it synchronously.
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Ends the current wait early; set only while waiting.
  let wakeUp: (() => void) | undefined;

  const close = (): void => {
    if (stopped.aborted) return;
    stopper.abort();
    clearTimeout(timer);
    wakeUp?.();
    stopWakeListener();
    options.signal?.removeEventListener('abort', close);
  };
  const stopWakeListener = (options.onWake ?? onWake)(() => wakeUp?.());
  options.signal?.addEventListener('abort', close);

  /** Calls a listener without letting its error stop the connection (rethrown for the host's reporting). */
  const safely = (call: () => void): void => {
    try {
      call();
    } catch (error) {
      queueMicrotask(() => {
        throw error;
      });
    }
  };

  const deliver = (event: RealtimeEvent): void => {
    if (stopped.aborted) return;
    if (event.type === 'reset') {
      // The reset's id may be lower than ours (the backend lost its log): carry on from it regardless.
      lastId = event.id;
      safely(options.onResync);
      return;
    }
    if (lastId !== undefined && !isNewerEventId(event.id, lastId)) return;
    lastId = event.id;
    safely(() => options.onEvent(event));
  };

  /** Waits `ms` (or, when undefined, until woken), ending early on a wake or close. */
  const wait = (ms: number | undefined): Promise<void> =>
    new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        wakeUp = undefined;
        resolve();
      };
      wakeUp = done;
      if (stopped.aborted) done();
      else if (ms !== undefined) timer = setTimeout(done, ms);
    });

  /**
   * Runs one attempt under its own signal, which a close, or `timeoutMs` without {@link alive} calls,
   * aborts. Resolves when `start` settles or the signal aborts, whichever is first (a backend that ignores
   * its signal cannot hold the connection).
   */
  const attempt = async <T>(
    firstTimeoutMs: number,
    start: (signal: AbortSignal, alive: (timeoutMs: number) => void) => Promise<T>,
  ): Promise<{ value?: T; timedOut: boolean }> => {
    const controller = new AbortController();
    const abort = (): void => controller.abort();
    let timedOut = false;
    const alive = (timeoutMs: number): void => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        timedOut = true;
        controller.abort();
      }, timeoutMs);
    };
    stopped.addEventListener('abort', abort);
    alive(firstTimeoutMs);
    try {
      const aborted = new Promise<void>((resolve) =>
        controller.signal.addEventListener('abort', () => resolve()),
      );
      const settled = start(controller.signal, alive);
      settled.catch(() => {});
      const value = await Promise.race([settled, aborted]);
      return controller.signal.aborted ? { timedOut } : { value: value as T, timedOut };
    } catch (error) {
      if (controller.signal.aborted) return { timedOut };
      throw error;
    } finally {
      clearTimeout(timer);
      stopped.removeEventListener('abort', abort);
      controller.abort();
    }
  };

  // State of the loop below, shared with the attempt handlers.
  let failures = 0;
  let strikes = 0;
  let rejectedToken: string | undefined;
  let refreshedToken = false;
  let connectedOnce = false;
  let resyncOnOpen = false;

  const markOnline = (): void => {
    failures = 0;
    refreshedToken = false;
    rejectedToken = undefined;
    connectedOnce = true;
    status.set('online');
    if (resyncOnOpen) {
      resyncOnOpen = false;
      safely(options.onResync);
    }
  };

  const stream = async (
    openEvents: NonNullable<Backend['openEvents']>,
    token: string,
  ): Promise<AttemptOutcome> => {
    let opened = false;
    let active = false;
    const { timedOut } = await attempt(openTimeoutMs, (signal, alive) => {
      const live = (): boolean => {
        if (signal.aborted) return false;
        active = true;
        strikes = 0;
        alive(heartbeatTimeoutMs);
        return true;
      };
      return openEvents(
        { token, lastEventId: lastId, signal },
        {
          onOpen() {
            if (signal.aborted || opened) return;
            opened = true;
            alive(heartbeatTimeoutMs);
            markOnline();
          },
          onEvent(event) {
            if (live()) deliver(event);
          },
          // A backend may pass the id of an id-only block (the start of a live stream): resume after it.
          onActivity(id?: unknown) {
            if (!live() || typeof id !== 'string' || id === '') return;
            if (lastId === undefined || isNewerEventId(id, lastId)) lastId = id;
          },
        },
      );
    });
    if (!timedOut) return { opened };
    // Nothing at all came through in time: maybe a proxy that buffers the stream.
    if (!active) strikes += 1;
    return {
      opened,
      error: new ParleyError(
        'timeout',
        opened ? 'The event stream went silent.' : 'The event stream did not open.',
      ),
    };
  };

  /** One long poll; resolves whether it brought events. */
  const poll = async (pollEvents: NonNullable<Backend['pollEvents']>, token: string): Promise<boolean> => {
    // The first poll has no cursor: it answers at once with where to start.
    const timeoutSeconds = lastId === undefined ? 0 : pollTimeoutSeconds;
    const { value, timedOut } = await attempt(timeoutSeconds * 1000 + heartbeatTimeoutMs, (signal) =>
      pollEvents({ token, after: lastId, timeoutSeconds, signal }),
    );
    if (timedOut) throw new ParleyError('timeout', 'The long poll did not answer in time.');
    if (!value) return false;
    markOnline();
    for (const event of value.data) deliver(event);
    const next = value.nextCursor;
    if (next !== null && (lastId === undefined || isNewerEventId(next, lastId))) lastId = next;
    return value.data.length > 0;
  };

  const run = async (): Promise<void> => {
    const { openEvents, pollEvents } = backend;
    if (!openEvents && !pollEvents) {
      // Nothing to connect to: requests still work, and there is no connection to lose.
      status.set('online');
      return;
    }
    let polling = !openEvents;
    while (!stopped.aborted) {
      if (offline()) {
        status.set('offline');
        await wait(undefined);
        continue;
      }
      if (status.getSnapshot() !== 'online') status.set(connectedOnce ? 'reconnecting' : 'connecting');
      let token: string | undefined;
      let outcome: AttemptOutcome = { opened: false };
      // Set when the connection is still up: how long to pause before the next poll.
      let pauseMs: number | undefined;
      try {
        token = await options.getToken(rejectedToken);
        if (stopped.aborted) break;
        if (polling && pollEvents) pauseMs = (await poll(pollEvents, token)) ? 0 : pollIntervalMs;
        else if (openEvents) outcome = await stream(openEvents, token);
      } catch (error) {
        outcome = {
          opened: false,
          error: isParleyError(error)
            ? error
            : new ParleyError('network', 'The realtime connection failed.', { cause: error }),
        };
      }
      if (stopped.aborted) break;
      if (pauseMs === undefined) {
        // The stream ended or the attempt failed: the connection is lost until the next one opens.
        const { error, opened } = outcome;
        if (status.getSnapshot() === 'online') status.set('reconnecting');
        // With no id to resume from, whatever happens until the next connection is unknown.
        if (connectedOnce && lastId === undefined) resyncOnOpen = true;
        if (error?.code === 'unauthorized' && token !== undefined) {
          rejectedToken = token;
          if (!refreshedToken) {
            // An expired session: one immediate try with a fresh token before any backoff.
            refreshedToken = true;
            continue;
          }
        }
        if (!polling && pollEvents && error && cannotStream(error, opened, strikes)) {
          polling = true;
          continue;
        }
        if (error) onError?.(error);
        pauseMs = Math.max(
          backoffDelay(failures, backoffBaseMs, backoffMaxMs, random),
          error?.retryAfterMs ?? 0,
        );
        failures += 1;
      }
      if (pauseMs > 0) await wait(pauseMs);
    }
  };

  run().catch((error: unknown) => {
    // run() handles every failure it knows; anything else is a bug worth seeing, not a silent stop.
    queueMicrotask(() => {
      throw error;
    });
  });

  return { status, lastEventId: () => lastId, close };
}

/**
 * Whether a failed stream says that this backend (or a proxy in front of it) cannot stream events: it
 * answered something other than a stream, or twice in a row let nothing through in time.
 */
function cannotStream(error: ParleyError, opened: boolean, strikes: number): boolean {
  return (
    strikes >= 2 ||
    (!opened &&
      (error.code === 'invalid_response' ||
        (error.status !== undefined && NO_STREAM_STATUSES.has(error.status))))
  );
}
