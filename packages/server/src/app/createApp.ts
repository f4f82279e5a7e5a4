import { Hono } from 'hono';
import { createHealthRoutes } from '../health/createHealthRoutes';
import { createCorsMiddleware } from '../http/createCorsMiddleware';
import { problem } from '../http/problem';
import { consoleLogger } from '../logging/consoleLogger';
import type { Logger } from '../logging/Logger';
import type { Store } from '../storage/Store';
import { createWidgetConfigRoutes } from '../widgetConfig/createWidgetConfigRoutes';
import { createWidgetLookup } from '../widgetConfig/createWidgetLookup';

/**
 * Options of {@link createApp}.
 */
export interface CreateAppOptions {
  /** Where the engine reads and writes: {@link openSqliteStore} in Node, {@link createMemoryStore} anywhere. */
  store: Store;
  /**
   * Where unexpected errors are reported (with their stack; the client only gets a 500 problem).
   * @default consoleLogger (`console.error`)
   */
  log?: Logger;
}

// Answers that are not about a known widget (health, a missing or unknown key, an unknown route) hold
// nothing private, and the SDK must be able to read their problem `code` from any page.
const ANY_ORIGIN: readonly string[] = ['*'];

/**
 * Creates the Parley engine: the contract under `/v1` as a Hono app, whose `fetch(request)` answers a
 * standard `Request` with a `Response`. The same app runs in the Node server ({@link startServer}) and
 * inside MSW handlers, so mocks and the real server cannot disagree.
 *
 * Errors are RFC 9457 `application/problem+json` with a stable `code`: `invalid_request` (400),
 * `widget_not_found` and `not_found` (404), `method_not_allowed` (405) and `internal` (500).
 *
 * CORS: a request naming a widget (`?widgetKey=`) may be read by the origins in that widget's
 * `allowedOrigins` (`'*'` meaning any origin); other answers may be read by any origin.
 *
 * @example
 * ```ts
 * const app = createApp({ store: createMemoryStore() });
 * const response = await app.fetch(new Request('http://localhost/v1/widget/config?widgetKey=wk_demo'));
 * ```
 */
export function createApp({ store, log = consoleLogger }: CreateAppOptions): Hono {
  const app = new Hono();
  const findWidget = createWidgetLookup(store);
  app.use(
    '/v1/*',
    createCorsMiddleware({
      allowedOriginsFor: async (c) => (await findWidget(c.req.raw))?.allowedOrigins ?? ANY_ORIGIN,
    }),
  );
  app.route('/v1', createHealthRoutes());
  app.route('/v1', createWidgetConfigRoutes({ findWidget }));
  app.notFound((c) =>
    problem({
      status: 404,
      code: 'not_found',
      title: 'Not found',
      detail: `Nothing is served at ${c.req.path}.`,
    }),
  );
  app.onError((error, c) => {
    log.error(`${c.req.method} ${c.req.path} failed`, error);
    return problem({
      status: 500,
      code: 'internal',
      title: 'Internal server error',
      detail: 'The server could not answer this request. Try again later.',
    });
  });
  return app;
}
