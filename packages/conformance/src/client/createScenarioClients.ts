import {
  type Backend,
  createClient,
  createHttpBackend,
  createMemoryStorage,
  type ParleyClient,
  ParleyError,
} from '@parley/core';
import type { RequestLine } from '../http/HttpResult';
import type { PreparedRun } from '../runner/PreparedRun';
import type { ScenarioClientOptions } from './ScenarioClientOptions';

/** The clients of one scenario: made by `ctx.client()`, destroyed when the scenario ends. @internal */
export interface ScenarioClients {
  create(options?: ScenarioClientOptions): ParleyClient;
  destroyAll(): void;
}

/**
 * The backend with the first `sendMessage` answer spoiled: the backend has the message, the client gets an
 * answer it cannot read. Every other member is the backend's own, called on it (a class keeps its `this`).
 */
function losingFirstSendAnswer(backend: Backend): Backend {
  let spoil = true;
  // An empty target: no invariant of a frozen backend object can be broken by answering with wrappers.
  return new Proxy({} as Backend, {
    has: (_target, property) => property in backend,
    get(_target, property) {
      const member: unknown = Reflect.get(backend, property);
      if (typeof member !== 'function') return member;
      if (property !== 'sendMessage') return member.bind(backend);
      return async (...args: unknown[]) => {
        const message: unknown = await member.apply(backend, args);
        if (!spoil) return message;
        spoil = false;
        throw new ParleyError('invalid_response', 'The conformance suite spoiled this answer on purpose.');
      };
    },
  });
}

/** Long-lived requests of the realtime connection: not worth naming in a failure report. */
const EVENT_PATHS = /\/v1\/events(\/poll)?$/;

/**
 * The run's fetch for a client's HTTP backend: bounded by the scenario (aborted when it ends), and
 * reporting each request line (the failure report names the last one).
 */
function scenarioFetch(
  run: PreparedRun,
  signal: AbortSignal,
  onRequest: (line: RequestLine) => void,
): typeof globalThis.fetch {
  return (input, init) => {
    const request = input instanceof Request ? input : undefined;
    const url = new URL(request?.url ?? String(input));
    const method = (init?.method ?? request?.method ?? 'GET').toUpperCase();
    if (!EVENT_PATHS.test(url.pathname)) onRequest({ method, path: url.pathname + url.search });
    const own = init?.signal ?? request?.signal;
    return run.fetch(input, { ...init, signal: own ? AbortSignal.any([own, signal]) : signal });
  };
}

/**
 * Makes the clients of one scenario: each a fresh `createClient` of the run's widget with its own memory
 * storage (unless one is shared), talking to the run's `backend`, or by default to the contract over HTTP
 * at `baseUrl` with the run's fetch, bounded by the scenario.
 * @internal
 */
export function createScenarioClients(
  run: PreparedRun,
  signal: AbortSignal,
  onRequest: (line: RequestLine) => void,
): ScenarioClients {
  const clients = new Set<ParleyClient>();
  return {
    create(options = {}) {
      const backend =
        run.backend?.() ??
        createHttpBackend({
          baseUrl: run.target.baseUrl,
          fetch: scenarioFetch(run, signal, onRequest),
          timeoutMs: run.timeoutMs,
        });
      const client = createClient({
        baseUrl: run.target.baseUrl,
        widgetKey: run.target.widgetKey,
        storage: options.storage ?? createMemoryStorage(),
        timeoutMs: run.timeoutMs,
        backend: options.loseFirstSendAnswer === true ? losingFirstSendAnswer(backend) : backend,
        ...(options.locale === undefined ? {} : { locale: options.locale }),
      });
      clients.add(client);
      if (signal.aborted) client.destroy();
      return client;
    },
    destroyAll() {
      for (const client of clients) client.destroy();
      clients.clear();
    },
  };
}
