import { openApiDocument } from '@parley/contract';
import { Hono } from 'hono';
import { createAgentRoutes } from '../agent/createAgentRoutes';
import { createAttachmentLinks } from '../attachments/createAttachmentLinks';
import { createAttachmentRoutes } from '../attachments/createAttachmentRoutes';
import { createConversationRoutes } from '../conversations/createConversationRoutes';
import { createHealthRoutes } from '../health/createHealthRoutes';
import { createCorsMiddleware } from '../http/createCorsMiddleware';
import { problem } from '../http/problem';
import { createKnowledgeBaseRoutes } from '../knowledgeBase/createKnowledgeBaseRoutes';
import { consoleLogger } from '../logging/consoleLogger';
import type { Logger } from '../logging/Logger';
import { createRateLimiter } from '../rateLimit/createRateLimiter';
import { createAgentEventRoutes } from '../realtime/createAgentEventRoutes';
import { createEventHub } from '../realtime/createEventHub';
import { createEventRoutes } from '../realtime/createEventRoutes';
import { randomToken } from '../security/randomToken';
import { createSessionRoutes } from '../sessions/createSessionRoutes';
import type { Store } from '../storage/Store';
import { createTicketRoutes } from '../tickets/createTicketRoutes';
import { createWidgetConfigRoutes } from '../widgetConfig/createWidgetConfigRoutes';
import { createWidgetLookup } from '../widgetConfig/createWidgetLookup';
import type { Widget } from '../widgetConfig/Widget';
import { defaultEngineSettings, type Engine, type EngineEnv, type EngineSettings } from './Engine';

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
  /** Overrides of the engine's settings (agent token, limits, timings). */
  settings?: Partial<EngineSettings>;
  /**
   * The clock, in epoch milliseconds; tests pass a controllable one.
   * @default Date.now
   */
  now?: () => number;
}

/** Shortest `attachmentLinkSecret` accepted: 32 characters leave a guess no chance. */
const MIN_LINK_SECRET_LENGTH = 32;

/** Name of the store's own key of attachment download links. */
const ATTACHMENT_LINK_SECRET = 'attachment-links';

// Answers that are not about a known widget (health, a missing or unknown key, an unknown route) hold
// nothing private, and the SDK must be able to read their problem `code` from any page.
const ANY_ORIGIN: readonly string[] = ['*'];

/**
 * Creates the Parley engine: the contract under `/v1` as a Hono app, whose `fetch(request)` answers a
 * standard `Request` with a `Response`. The same app runs in the Node server ({@link startServer}) and
 * inside MSW handlers, so mocks and the real server cannot disagree.
 *
 * Errors are RFC 9457 `application/problem+json` with a stable `code` (see `problemCodes` in
 * `@parley/contract`); an unexpected failure is a 500 `internal` without details.
 *
 * CORS: a request naming a widget (`?widgetKey=`, or the session of its bearer token) may be read by the
 * origins in that widget's `allowedOrigins` (`'*'` meaning any origin); other answers by any origin.
 *
 * @throws TypeError when `settings.attachmentLinkSecret` is shorter than 32 characters.
 * @example
 * ```ts
 * const app = createApp({ store: createMemoryStore() });
 * const response = await app.fetch(new Request('http://localhost/v1/widget/config?widgetKey=wk_demo'));
 * ```
 */
export function createApp({
  store,
  log = consoleLogger,
  settings = {},
  now = Date.now,
}: CreateAppOptions): Hono {
  const resolved: EngineSettings = { ...defaultEngineSettings, ...settings };
  const linkSecret = resolved.attachmentLinkSecret;
  if (linkSecret !== undefined && linkSecret.length < MIN_LINK_SECRET_LENGTH) {
    throw new TypeError(
      `[parley] attachmentLinkSecret must have at least ${MIN_LINK_SECRET_LENGTH} characters.`,
    );
  }
  const hub = createEventHub(store.events, now, { eventLogSize: resolved.eventLogSize });
  const engine: Engine = {
    store,
    now,
    events: hub,
    presence: hub,
    settings: resolved,
    log,
    rateLimiter: (_name, limit, windowMs) => createRateLimiter(limit, windowMs, now),
    attachmentLinks: createAttachmentLinks({
      secret: async () =>
        linkSecret ?? store.secrets.getOrCreate(ATTACHMENT_LINK_SECRET, () => randomToken(32)),
      now,
      ttlMs: resolved.attachmentLinkTtlMs,
    }),
  };
  const app = new Hono<EngineEnv>();
  const findWidget = createWidgetLookup(store);
  app.use(
    '/v1/*',
    createCorsMiddleware({
      allowedOriginsFor: async (c) =>
        (c.get('widget') as Widget | undefined)?.allowedOrigins ??
        (await findWidget(c.req.raw))?.allowedOrigins ??
        ANY_ORIGIN,
    }),
  );
  app.route('/v1', createHealthRoutes());
  app.get('/v1/openapi.json', (c) => c.json(openApiDocument));
  app.route('/v1', createWidgetConfigRoutes({ findWidget, engine }));
  app.route('/v1', createSessionRoutes(engine));
  app.route('/v1', createConversationRoutes(engine));
  app.route('/v1', createAttachmentRoutes(engine));
  app.route('/v1', createEventRoutes(engine));
  app.route('/v1', createTicketRoutes(engine));
  app.route('/v1', createKnowledgeBaseRoutes(engine));
  app.route('/v1', createAgentEventRoutes(engine));
  app.route('/v1', createAgentRoutes(engine));
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
  return app as unknown as Hono;
}
