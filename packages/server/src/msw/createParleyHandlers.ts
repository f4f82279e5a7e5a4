import { http, type RequestHandler } from 'msw';
import { createApp } from '../app/createApp';
import type { EngineSettings } from '../app/Engine';
import type { Logger } from '../logging/Logger';
import { createMemoryStore } from '../storage/createMemoryStore';
import type { Store } from '../storage/Store';

/**
 * Options of {@link createParleyHandlers}.
 */
export interface ParleyHandlersOptions {
  /**
   * The data the handlers answer from. Pass your own to seed other widgets or to share one store between
   * handler sets.
   * @default createMemoryStore() (the demo content)
   */
  store?: Store;
  /**
   * Answer only requests under this base URL (the `baseUrl` given to the SDK), which may have a path,
   * such as `https://support.example.com/parley`. Without it, any origin's `/v1/*` is answered.
   * @example 'http://localhost:8787'
   */
  baseUrl?: string;
  /**
   * Where engine errors are reported.
   * @default consoleLogger
   */
  log?: Logger;
  /** Engine settings, such as `{ demoBot: false }` or an `agentToken` for stories that play the team. */
  settings?: Partial<EngineSettings>;
}

/**
 * MSW request handlers that answer the Parley contract with the real engine ({@link createApp}) on an
 * in-memory store, so Storybook and tests get the same answers as the Node server. Browser-safe.
 *
 * @example
 * ```ts
 * import { setupWorker } from 'msw/browser';
 * import { createParleyHandlers } from '@parley/server/msw';
 *
 * await setupWorker(...createParleyHandlers({ baseUrl: 'https://support.example.com' })).start();
 * ```
 */
export function createParleyHandlers(options: ParleyHandlersOptions = {}): RequestHandler[] {
  const app = createApp({
    store: options.store ?? createMemoryStore(),
    ...(options.log === undefined ? {} : { log: options.log }),
    ...(options.settings === undefined ? {} : { settings: options.settings }),
  });
  const base = options.baseUrl?.replace(/\/+$/, '') ?? '*';
  // The engine routes on `/v1/...`; a base URL with a path (`/parley`) must be taken off first.
  const basePath =
    options.baseUrl === undefined ? '' : new URL(base, 'http://localhost').pathname.replace(/\/+$/, '');

  return [
    http.all(`${base}/v1/*`, async ({ request }) => {
      if (basePath === '') return app.fetch(request);
      const url = new URL(request.url);
      url.pathname = url.pathname.slice(basePath.length);
      const body = request.method === 'GET' || request.method === 'HEAD' ? null : await request.arrayBuffer();
      return app.fetch(new Request(url, { method: request.method, headers: request.headers, body }));
    }),
  ];
}
