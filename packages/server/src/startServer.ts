import type { ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createAdaptorServer, type Http2Bindings, type HttpBindings } from '@hono/node-server';
import { createApp } from './app/createApp';
import type { EngineBindings, EngineSettings } from './app/Engine';
import { consoleLogger } from './logging/consoleLogger';
import type { Logger } from './logging/Logger';
import { createStaticFiles, type StaticRoute } from './static/createStaticFiles';
import { openSqliteStore } from './storage/openSqliteStore';
import type { Store } from './storage/Store';

/** What {@link startServer} takes whichever storage it is given. */
export interface CommonServerOptions {
  /**
   * TCP port; `0` picks a free one (read it back from {@link RunningServer.port}).
   * @default 8787
   */
  port?: number;
  /**
   * Interface to listen on. The default keeps the server private to this machine; use `0.0.0.0` to expose it.
   * @default '127.0.0.1'
   */
  host?: string;
  /**
   * Folders to serve next to the API, such as the demo page at `/` and the widget bundles at `/cdn/`.
   * Requests under `/v1/` always go to the API.
   * @default []
   */
  staticRoutes?: readonly StaticRoute[];
  /**
   * Where errors are reported.
   * @default consoleLogger
   */
  log?: Logger;
  /** Engine settings: the agent token, limits, timings. */
  settings?: Partial<EngineSettings>;
}

/** Keep the data in a folder: the database `<dataDir>/parley.sqlite`, uploads in `<dataDir>/attachments`. */
export interface DataDirServerOptions extends CommonServerOptions {
  /**
   * Folder for the server's data, created if missing; relative paths start at the working directory.
   * @default '.parley'
   */
  dataDir?: string;
  /** Give either `dataDir` or `database`. */
  database?: never;
  store?: never;
}

/** Name the database file directly, or use `':memory:'` for a throwaway database (tests). */
export interface DatabaseServerOptions extends CommonServerOptions {
  /** SQLite file, or `':memory:'`. */
  database: string;
  /** Give either `dataDir` or `database`. */
  dataDir?: never;
  store?: never;
}

/** Serve a store you created, such as {@link createMemoryStore} (tests); the server closes it on close. */
export interface StoreServerOptions extends CommonServerOptions {
  store: Store;
  /** Give one of `store`, `dataDir` or `database`. */
  dataDir?: never;
  /** Give one of `store`, `dataDir` or `database`. */
  database?: never;
}

/**
 * Options of {@link startServer}: one of `dataDir`, `database` or `store`.
 */
export type StartServerOptions = DataDirServerOptions | DatabaseServerOptions | StoreServerOptions;

/**
 * A listening server, as returned by {@link startServer}.
 */
export interface RunningServer {
  /** Base URL to give the SDK, such as `http://127.0.0.1:8787` (no trailing slash). */
  url: string;
  /** The port actually listened on (useful with `port: 0`). */
  port: number;
  /**
   * Stops accepting connections, ends open event streams and long polls, waits for the other open requests,
   * then closes the database. Safe to call twice.
   */
  close(): Promise<void>;
}

/** The long-lived requests: Server-Sent Events and the long poll. */
const REALTIME_PATHS: ReadonlySet<string> = new Set(['/v1/events', '/v1/events/poll', '/v1/agent/events']);

/** The request with a signal that also aborts on shutdown (these are GETs: there is no body to carry). */
function endingOnShutdown(request: Request, shutdown: AbortSignal): Request {
  if (request.method !== 'GET') return request;
  return new Request(request.url, {
    method: 'GET',
    headers: request.headers,
    signal: AbortSignal.any([request.signal, shutdown]),
  });
}

function urlHost(host: string): string {
  // Listening on every interface says nothing about where to connect; the local machine always works.
  if (host === '0.0.0.0' || host === '::') return 'localhost';
  return host.includes(':') ? `[${host}]` : host;
}

/**
 * Starts the reference server in Node: the engine ({@link createApp}) on SQLite, plus optional static
 * folders, over HTTP.
 *
 * @throws the listen error when the port cannot be used; its `code` is `EADDRINUSE` when it is taken.
 * @example
 * ```ts
 * const server = await startServer({ port: 0, database: ':memory:' });
 * const response = await fetch(`${server.url}/v1/widget/config?widgetKey=wk_demo`);
 * await server.close();
 * ```
 */
export async function startServer(options: StartServerOptions = {}): Promise<RunningServer> {
  const { port = 8787, host = '127.0.0.1', staticRoutes = [], log = consoleLogger, settings = {} } = options;
  const store =
    options.store ??
    openSqliteStore({
      filename: options.database ?? join(resolve(options.dataDir ?? '.parley'), 'parley.sqlite'),
      ...(options.database === undefined
        ? { attachmentsDir: join(resolve(options.dataDir ?? '.parley'), 'attachments') }
        : {}),
    });
  const app = createApp({ store, log, settings });
  // The agent inbox page ships with the package, next to src/ and dist/.
  const inbox: StaticRoute = {
    urlPrefix: '/agent/',
    dir: fileURLToPath(new URL('../inbox/', import.meta.url)),
  };
  const serveStatic = createStaticFiles([inbox, ...staticRoutes]);

  // Event streams and long polls only end when their client goes away, so close() would wait for them
  // forever: they also end when this signal aborts.
  const shutdown = new AbortController();
  const server = createAdaptorServer({
    async fetch(request: Request, connection: HttpBindings | Http2Bindings) {
      // The peer's address, for rate limits: known here from the socket, so no header can forge it.
      const env: EngineBindings = { clientAddress: connection.incoming.socket.remoteAddress };
      const { pathname } = new URL(request.url);
      if (REALTIME_PATHS.has(pathname)) return app.fetch(endingOnShutdown(request, shutdown.signal), env);
      if (pathname === '/v1' || pathname.startsWith('/v1/')) return app.fetch(request, env);
      if (pathname === '/agent') return Response.redirect(new URL('/agent/', request.url), 308);
      return (await serveStatic(request)) ?? app.fetch(request, env);
    },
  });

  try {
    await new Promise<void>((resolveListen, rejectListen) => {
      server.once('error', rejectListen);
      server.listen(port, host, () => {
        server.off('error', rejectListen);
        resolveListen();
      });
    });
  } catch (error) {
    await store.close();
    throw error;
  }

  const actualPort = (server.address() as AddressInfo).port;
  let closing: Promise<void> | undefined;
  // A keep-alive socket whose stream just ended on shutdown is idle now: let it go instead of waiting
  // for its keep-alive timeout.
  server.on('request', (_request: unknown, response: ServerResponse) => {
    response.once('close', () => {
      if (closing === undefined || !('closeIdleConnections' in server)) return;
      setImmediate(() => server.closeIdleConnections());
    });
  });
  return {
    url: `http://${urlHost(host)}:${actualPort}`,
    port: actualPort,
    close() {
      closing ??= new Promise<void>((resolveClose) => {
        server.close(() => resolveClose());
        shutdown.abort();
        // Keep-alive sockets with no request in flight would otherwise hold close() open for seconds.
        if ('closeIdleConnections' in server) server.closeIdleConnections();
      }).then(() => store.close());
      return closing;
    },
  };
}
