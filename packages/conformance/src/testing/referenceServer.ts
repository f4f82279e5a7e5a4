import {
  createApp,
  createMemoryStore,
  type Logger,
  openSqliteStore,
  type Store,
  startServer,
} from '@parley/server';

/** The agent token the reference server is started with in these tests. @internal */
export const AGENT_TOKEN = 'conformance-agent-token';

/** The identity secret of the demo widget `wk_demo` (public demo content). @internal */
export const DEMO_IDENTITY_SECRET = 'demo-secret-change-me';

/** The identity secret of `wk_verified`, which accepts verified identities only (public demo content). @internal */
export const VERIFIED_IDENTITY_SECRET = 'verified-secret-change-me';

/** The two stores the reference server runs on. @internal */
export type ReferenceStoreKind = 'sqlite' | 'memory';

/** A reference server for the suite: its base URL, the errors it logged, and how to stop it. @internal */
export interface ReferenceServer {
  baseUrl: string;
  /** Errors the server logged (a 500 logs one): shown when a run fails. */
  errors: string[];
  close(): Promise<void>;
}

function createStore(kind: ReferenceStoreKind): Store {
  return kind === 'memory' ? createMemoryStore() : openSqliteStore({ filename: ':memory:' });
}

function collectingLogger(errors: string[]): Logger {
  return {
    info: () => {},
    error: (message, error) => {
      errors.push(`${message}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    },
  };
}

const settings = { agentToken: AGENT_TOKEN };

/**
 * Starts the reference server over HTTP on a free port, with the demo content on a fresh SQLite
 * (`:memory:`) or memory store and the test agent token.
 * @internal
 */
export async function startReferenceServer(kind: ReferenceStoreKind): Promise<ReferenceServer> {
  const errors: string[] = [];
  const server = await startServer({
    port: 0,
    store: createStore(kind),
    settings,
    log: collectingLogger(errors),
  });
  return { baseUrl: server.url, errors, close: () => server.close() };
}

/** The reference engine answered in-process, for wrapping its `fetch` in a test. @internal */
export interface InProcessReference {
  baseUrl: string;
  /** The engine's own fetch: a `Request` in, a `Response` out. */
  handle(request: Request): Promise<Response>;
  errors: string[];
  close(): Promise<void>;
}

/** Creates the reference engine on a memory store, answered in-process (no port). @internal */
export function createInProcessReference(): InProcessReference {
  const errors: string[] = [];
  const store = createStore('memory');
  const app = createApp({ store, settings, log: collectingLogger(errors) });
  return {
    baseUrl: 'http://parley.test',
    handle: async (request) => app.fetch(request),
    errors,
    close: () => store.close(),
  };
}
