import type { RealtimeEvent, Session } from '@parley/contract';
import type { Backend } from '../backend/Backend';
import { createHttpBackend } from '../backend/createHttpBackend';
import type { ClientRuntime, RealtimeListener } from '../client/ClientRuntime';
import { createRecentActivity } from '../context/createRecentActivity';
import { isParleyError } from '../errors/ParleyError';
import type { ClientEventName, ClientEvents } from '../events/ClientEvents';
import { createMemoryStorage } from '../storage/createMemoryStorage';
import { retryWithBackoff } from '../transport/retryWithBackoff';

/** Options of {@link createTestRuntime}. @internal */
export interface TestRuntimeOptions {
  /** @default createHttpBackend({ baseUrl, fetch }) */
  backend?: Backend;
  /** @default 'http://parley.test' */
  baseUrl?: string;
  /** The fetch of the default backend (wrap it to watch requests). @default globalThis.fetch */
  fetch?: typeof fetch;
  /** @default 'wk_demo' */
  widgetKey?: string;
  locale?: string;
  /**
   * Where realtime events come from: `manual` only from {@link TestRealtime.push}; `stream` also from the
   * backend's event stream (`openEvents`), opened with the first listener and closed with the last.
   * @default 'manual'
   */
  realtime?: 'manual' | 'stream';
}

/** The realtime feed of a test runtime, driven by the test. @internal */
export interface TestRealtime {
  /** Delivers an event to every listener (once per id, like the real feed). */
  push(event: RealtimeEvent): void;
  /** Tells every listener that events may have been missed. */
  resync(): void;
  /** How many listeners are subscribed. */
  listenerCount(): number;
  /** With `realtime: 'stream'`: resolves once the stream is connected. */
  connected(): Promise<void>;
}

/** A {@link ClientRuntime} for tests, with handles to drive and watch it. @internal */
export interface TestRuntime extends ClientRuntime {
  readonly feed: TestRealtime;
  /** Every `emit`, in order. */
  readonly emitted: Array<{ [K in ClientEventName]: { name: K; payload: ClientEvents[K] } }[ClientEventName]>;
  /** How many times `retry` tried again after a failure. */
  retries(): number;
  /** Replaces the session (identify as someone else, or `undefined` to log out). */
  setSession(session: Session | undefined): void;
  /** Calls the `onWake` listeners. */
  wake(): void;
  /** Aborts `signal`, as `client.destroy()` does. */
  destroy(): void;
}

/**
 * A client runtime for domain tests: the real HTTP backend (over MSW and the reference engine in tests),
 * a session started with `createSession` on first use, retries without waiting, and a realtime feed the
 * test drives (or the backend's real event stream).
 * @internal
 */
export function createTestRuntime(options: TestRuntimeOptions = {}): TestRuntime {
  const widgetKey = options.widgetKey ?? 'wk_demo';
  const backend =
    options.backend ??
    createHttpBackend({ baseUrl: options.baseUrl ?? 'http://parley.test', fetch: options.fetch });
  const lifetime = new AbortController();
  const emitted: TestRuntime['emitted'] = [];
  let retried = 0;

  // Session.
  let current: Session | undefined;
  let starting: Promise<Session> | undefined;
  const sessionListeners = new Set<(session: Session | undefined) => void>();
  const setSession = (session: Session | undefined) => {
    current = session;
    for (const listener of [...sessionListeners]) listener(session);
  };
  const start = (): Promise<Session> => {
    starting ??= backend.createSession({ widgetKey, locale: options.locale }).then(
      (session) => {
        starting = undefined;
        setSession(session);
        return session;
      },
      (error: unknown) => {
        starting = undefined;
        throw error;
      },
    );
    return starting;
  };

  // Realtime.
  const listeners = new Set<RealtimeListener>();
  const seen = new Set<string>();
  let stream: AbortController | undefined;
  let markConnected: () => void = () => {};
  let connected = new Promise<void>((resolve) => {
    markConnected = resolve;
  });
  const deliver = (event: RealtimeEvent) => {
    if (seen.has(event.id)) return;
    seen.add(event.id);
    for (const listener of [...listeners]) listener.onEvent?.(event);
  };
  const openStream = async (signal: AbortSignal) => {
    const token = await runtime.session.withToken(async (token) => token);
    await backend.openEvents?.(
      { token, signal },
      { onOpen: () => markConnected(), onEvent: deliver, onActivity: () => {} },
    );
  };

  const wakeListeners = new Set<() => void>();

  const runtime: TestRuntime = {
    widgetKey,
    locale: options.locale,
    backend,
    config: () => backend.getConfig({ widgetKey, locale: options.locale }),
    session: {
      async withToken(run) {
        const session = current ?? (await start());
        try {
          return await run(session.token);
        } catch (error) {
          if (!isParleyError(error) || error.code !== 'unauthorized') throw error;
          if (current === session) current = undefined;
          return run((current ?? (await start())).token);
        }
      },
      current: () => current,
      restore: async () => current,
      identityKey: () => current?.contact.id ?? 'anonymous',
      onChange(listener) {
        sessionListeners.add(listener);
        return () => sessionListeners.delete(listener);
      },
    },
    storage: createMemoryStorage(),
    realtime: {
      subscribe(listener) {
        const entry: RealtimeListener = {
          onEvent: (event) => listener.onEvent?.(event),
          onResync: () => listener.onResync?.(),
        };
        listeners.add(entry);
        if (options.realtime === 'stream' && !stream) {
          stream = new AbortController();
          openStream(stream.signal).catch(() => {});
        }
        return () => {
          if (!listeners.delete(entry) || listeners.size > 0) return;
          stream?.abort();
          stream = undefined;
          connected = new Promise<void>((resolve) => {
            markConnected = resolve;
          });
        };
      },
    },
    activity: createRecentActivity(),
    emit(name, payload) {
      emitted.push({ name, payload } as TestRuntime['emitted'][number]);
    },
    retry: (action, retryOptions = {}) =>
      retryWithBackoff(action, {
        signal: retryOptions.signal ?? lifetime.signal,
        maxAttempts: retryOptions.maxAttempts,
        // No wall clock in tests: retry at once.
        sleep: async () => {},
        onRetry: () => {
          retried++;
        },
      }),
    onWake(listener) {
      wakeListeners.add(listener);
      return () => wakeListeners.delete(listener);
    },
    signal: lifetime.signal,

    feed: {
      push: deliver,
      resync() {
        for (const listener of [...listeners]) listener.onResync?.();
      },
      listenerCount: () => listeners.size,
      connected: () => connected,
    },
    emitted,
    retries: () => retried,
    setSession,
    wake() {
      for (const listener of [...wakeListeners]) listener();
    },
    destroy() {
      lifetime.abort();
      stream?.abort();
    },
  };
  return runtime;
}
