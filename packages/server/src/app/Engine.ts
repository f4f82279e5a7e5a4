import type { AttachmentLinks } from '../attachments/createAttachmentLinks';
import type { Logger } from '../logging/Logger';
import type { RateLimiter } from '../rateLimit/createRateLimiter';
import type { EventPublisher, PresenceTracker } from '../realtime/EventPublisher';
import type { ContactRecord, SessionRecord } from '../sessions/SessionRecords';
import type { Store } from '../storage/Store';
import type { Widget } from '../widgetConfig/Widget';

/** Tunable behaviour of the engine; every value has a production default. */
export interface EngineSettings {
  /**
   * Bearer token of the agent API (`/v1/agent/...`); the agent API answers 401 to everything when unset.
   * @default undefined
   */
  agentToken: string | undefined;
  /**
   * Base URL of the site for links in outbox emails (`<publicUrl>?parley_link=<token>`); when unset the
   * request's own origin is used.
   * @default undefined
   */
  publicUrl: string | undefined;
  /** @default 12 hours */
  sessionTtlMs: number;
  /** How long a conversation link in an email works. @default 7 days */
  linkTtlMs: number;
  /** Interval of SSE heartbeat comments. @default 15 seconds */
  heartbeatMs: number;
  /** Longest wait of `GET /v1/events/poll`. @default 25 seconds */
  pollTimeoutMs: number;
  /** How many of the newest events the log keeps; older `Last-Event-ID`s get a `reset`. @default 10,000 */
  eventLogSize: number;
  /** Largest attachment, in bytes. @default 10 MiB */
  attachmentMaxBytes: number;
  /** Accepted attachment media types; `type/*` wildcards allowed. */
  attachmentTypes: readonly string[];
  /**
   * How long the signed download link in `Attachment.url` works at least; its expiry is rounded up to the
   * next 5 minutes, so a link works up to 5 minutes longer. @default 15 minutes
   */
  attachmentLinkTtlMs: number;
  /**
   * Key that signs attachment download links (at least 32 characters). When unset, the store makes a
   * random one on first use and keeps it with the data (`server_secrets` in SQLite), so links survive a
   * restart. Set it to keep the key out of the database, or change it to make every link stop working.
   * @default undefined
   */
  attachmentLinkSecret: string | undefined;
  /** Ticket lookups allowed per minute for one contact, and for one client address. @default 10 */
  lookupsPerClientPerMinute: number;
  /** Failed lookups allowed per ticket reference per 15 minutes. @default 5 */
  failedLookupsPerReference: number;
  /** Whether the built-in demo bot answers new conversations of widgets that have a bot. @default true */
  demoBot: boolean;
  /**
   * Whether a reverse proxy in front of the server sets `CF-Connecting-IP` or `X-Forwarded-For`. Only then
   * are those headers used as the client's address for rate limits; otherwise any client could send them,
   * and the socket's address is used.
   * @default false
   */
  trustProxy: boolean;
}

/** The defaults of {@link EngineSettings}. @internal */
export const defaultEngineSettings: EngineSettings = {
  agentToken: undefined,
  publicUrl: undefined,
  sessionTtlMs: 12 * 60 * 60 * 1000,
  linkTtlMs: 7 * 24 * 60 * 60 * 1000,
  heartbeatMs: 15_000,
  pollTimeoutMs: 25_000,
  eventLogSize: 10_000,
  attachmentMaxBytes: 10 * 1024 * 1024,
  attachmentTypes: ['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'application/pdf', 'text/plain'],
  attachmentLinkTtlMs: 15 * 60 * 1000,
  attachmentLinkSecret: undefined,
  lookupsPerClientPerMinute: 10,
  failedLookupsPerReference: 5,
  demoBot: true,
  trustProxy: false,
};

/**
 * Everything a route needs, created once per app by {@link createApp} and passed to each domain's
 * routes: the store, the clock, realtime publishing, presence, rate limits and settings.
 * @internal
 */
export interface Engine {
  store: Store;
  /** Epoch milliseconds; injected so tests can move time. */
  now(): number;
  events: EventPublisher;
  presence: PresenceTracker;
  settings: EngineSettings;
  log: Logger;
  /** Signs and checks the download links of attachments (`Attachment.url`). */
  attachmentLinks: AttachmentLinks;
  /** Creates a named rate limiter owned by this engine (state lives in memory). */
  rateLimiter(name: string, limit: number, windowMs: number): RateLimiter;
}

/**
 * What the host passes with each request (`app.fetch(request, bindings)`): facts about the connection that
 * a `Request` does not carry. {@link startServer} passes the socket's address; MSW passes nothing.
 */
export interface EngineBindings {
  /** The peer's IP address. */
  clientAddress?: string | undefined;
}

/** Hono environment of the engine's routes: what middleware puts on the context. @internal */
export interface EngineEnv {
  Bindings: EngineBindings;
  Variables: {
    /** Set by `requireSession`. */
    session: SessionRecord;
    /** Set by `requireSession`. */
    contact: ContactRecord;
    /** The widget of the request, set by `requireSession` or by public routes that name a widget. */
    widget: Widget;
  };
}
