import type { RealtimeEvent } from '@parley/contract';
import type { Backend } from '../backend/Backend';
import type { ConnectionStatus } from '../connection/ConnectionStatus';
import { isOffline } from '../environment/isOffline';
import { onWake } from '../environment/onWake';
import { ParleyError } from '../errors/ParleyError';
import { isNewerEventId } from './isNewerEventId';

/** Options of {@link openRealtimeConnection}. @internal */
export interface RealtimeConnectionOptions {
  /** Where events come from: Server-Sent Events (`openEvents`), else long polling (`pollEvents`). */
  backend: Pick<Backend, 'openEvents' | 'pollEvents'>;
  /**
   * The session's bearer token, asked before every attempt. After the backend answered `unauthorized`,
   * it is called with the token that was refused: return a fresh one (start or resume a session).
   */
  getToken(rejectedToken?: string): Promise<string>;
  /** Every new event, in order, once (an id at or before the last one is dropped). Must not throw. */
  onEvent(event: RealtimeEvent): void;
  /**
   * Events may have been missed (a `reset` from the backend, or a reconnect with no id to resume from):
   * reload by cursor. `lastEventId` is where the connection carries on from: the reset's id, or none.
   * Must not throw.
   */
  onResync(lastEventId: string | undefined): void;
  /**
   * Every change of status, the first one (`connecting`, or `offline`) during the call to
   * {@link openRealtimeConnection}: `online` once connected, `reconnecting` while it retries after that,
   * `offline` while the device is.
   */
  onStatus(status: ConnectionStatus): void;
  /** Resume after this id on the first connection (the last id another tab delivered, for example). */
  lastEventId?: string | undefined;
  /** Every failure of an attempt, for reporting (the connection retries on its own). */
  onError?: ((error: ParleyError) => void) | undefined;
}

/** A stream with no event and no heartbeat this long is dead: over twice the server's 15 s heartbeat. */
const HEARTBEAT_MS = 45_000;
/**
 * How long a stream may take to open. Two streams in a row that show no activity at all in time (a proxy
 * that buffers the response) make the connection fall back to long polling.
 */
const OPEN_MS = 20_000;
/** Longest wait of one long poll (the reference server allows 0 to 25). */
const POLL_SECONDS = 25;
/** Pause after a long poll that brought nothing: a backend that answers at once is not polled in a loop. */
const POLL_PAUSE_MS = 1000;

/**
 * Opens one realtime connection to the backend, and keeps it until the function it returns is called:
 * Server-Sent Events (`backend.openEvents`) resumed with the last event id after every reconnect, a
 * heartbeat timeout, full-jitter exponential backoff (a random wait below `min(30 s, 1 s × 2^failures)`, at
 * least the `Retry-After`), and long polling (`backend.pollEvents`) when streams are unavailable (the
 * backend has none, answers them with 404/405/406/501 or something that is not a stream, or lets nothing
 * through twice in a row). Events are delivered once each, in id order. A `reset` event calls `onResync`
 * and the connection carries on from its id.
 *
 * It reports `offline` and waits while `navigator.onLine` is false, and tries again at once when the
 * browser comes back online or the page becomes visible during a wait.
 *
 * @example
 * ```ts
 * const close = openRealtimeConnection({
 *   backend,
 *   getToken: () => session.token(),
 *   onEvent: (event) => apply(event),
 *   onResync: () => reload(),
 *   onStatus: (status) => console.log(status),
 * });
 * ```
 * @returns a function that closes the connection, and stops all its timers and listeners at once.
 * @internal
 */
export function openRealtimeConnection(options: RealtimeConnectionOptions): () => void {
  const { openEvents, pollEvents } = options.backend;
  let lastId = options.lastEventId;
  let status: ConnectionStatus | undefined;
  let closed = false;
  // The one pending timer (an attempt's time limit or a wait): close() clears it synchronously.
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Ends the current wait early (calling it after the wait is harmless).
  let wakeUp: (() => void) | undefined;
  // The current attempt: close() aborts it.
  let attempt: AbortController | undefined;

  const setStatus = (next: ConnectionStatus): void => {
    if (next === status) return;
    status = next;
    options.onStatus(next);
  };
  const after = (ms: number, run: () => void): void => {
    clearTimeout(timer);
    timer = setTimeout(run, ms);
  };
  /** Waits `ms` (or, when undefined, until woken), ending early on a wake or close. */
  const wait = (ms?: number): Promise<void> =>
    new Promise((resolve) => {
      wakeUp = resolve;
      if (ms) after(ms, resolve);
    });
  /** Resumes after `id` from now on, unless it is older than what was delivered. */
  const advance = (id: string | null | undefined): void => {
    if (id && isNewerEventId(id, lastId)) lastId = id;
  };
  const deliver = (event: RealtimeEvent): void => {
    if (closed) return;
    if (event.type === 'reset') {
      // The reset's id may be lower than ours (the backend lost its log): carry on from it regardless.
      lastId = event.id;
      options.onResync(lastId);
    } else if (isNewerEventId(event.id, lastId)) {
      lastId = event.id;
      options.onEvent(event);
    }
  };
  const stopWaking = onWake(() => wakeUp?.());

  const run = async (): Promise<void> => {
    if (!openEvents && !pollEvents) {
      // Nothing to connect to: requests still work, and there is no connection to lose.
      setStatus('online');
      return;
    }
    let failures = 0;
    // Streams in a row that timed out with no activity at all.
    let strikes = 0;
    let rejected: string | undefined;
    let connected = false;
    let resyncOnOpen = false;
    let polling = !openEvents;
    const retrying = (): void => setStatus(connected ? 'reconnecting' : 'connecting');
    const online = (): void => {
      failures = 0;
      rejected = undefined;
      connected = true;
      setStatus('online');
      if (resyncOnOpen) {
        resyncOnOpen = false;
        options.onResync(lastId);
      }
    };

    while (!closed) {
      if (isOffline()) {
        setStatus('offline');
        await wait();
        continue;
      }
      if (status !== 'online') retrying();
      const controller = new AbortController();
      const { signal } = controller;
      attempt = controller;
      let timedOut = false;
      let active = false;
      let opened = false;
      let token: string | undefined;
      let error: ParleyError | undefined;
      // Set when the connection is still up: how long to pause before the next poll.
      let pause: number | undefined;
      /** (Re)starts the attempt's time limit. */
      const arm = (ms: number): void =>
        after(ms, () => {
          timedOut = true;
          controller.abort();
        });
      // Whether the attempt still runs: a backend may call a handler late.
      const alive = (): boolean => {
        if (signal.aborted) return false;
        arm(HEARTBEAT_MS);
        return true;
      };
      try {
        token = await options.getToken(rejected);
        if (closed) return;
        if (polling) {
          // The first poll has no cursor: it answers at once with where to start.
          const timeoutSeconds = lastId === undefined ? 0 : POLL_SECONDS;
          arm(timeoutSeconds * 1000 + HEARTBEAT_MS);
          const page = await pollEvents!({ token, after: lastId, timeoutSeconds, signal });
          online();
          for (const event of page.data) deliver(event);
          advance(page.nextCursor);
          pause = page.data.length ? 0 : POLL_PAUSE_MS;
        } else {
          arm(OPEN_MS);
          await openEvents!(
            { token, lastEventId: lastId, signal },
            {
              onOpen() {
                if (alive()) {
                  opened = true;
                  online();
                }
              },
              // Even late: an event is new, or dropped by its id. (The backend calls onActivity for it too.)
              onEvent: deliver,
              // A backend may pass the id of an id-only block (the start of a live stream): resume after it.
              onActivity(id?: string) {
                if (!alive()) return;
                active = true;
                advance(id);
              },
            },
          );
        }
      } catch (caught) {
        // The backend and getToken reject with ParleyErrors only.
        error = caught as ParleyError;
      } finally {
        controller.abort();
      }
      if (closed) return;
      if (timedOut) error = new ParleyError('timeout', 'Realtime timed out.');
      if (active) strikes = 0;
      else if (timedOut) strikes++;
      if (pause === undefined) {
        // The stream ended or the attempt failed: the connection is lost until the next one opens.
        retrying();
        // With no id to resume from, whatever happens until the next connection is unknown.
        if (connected && lastId === undefined) resyncOnOpen = true;
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
            (!opened &&
              (error.code === 'invalid_response' || [404, 405, 406, 501].includes(error.status as number))))
        ) {
          // This backend (or a proxy in front of it) cannot stream events.
          polling = true;
          continue;
        }
        if (error) options.onError?.(error);
        pause = Math.max(Math.random() * Math.min(30_000, 1000 * 2 ** failures++), error?.retryAfterMs ?? 0);
      }
      if (pause) await wait(pause);
    }
  };
  run();

  return () => {
    closed = true;
    clearTimeout(timer);
    attempt?.abort();
    wakeUp?.();
    stopWaking();
  };
}
