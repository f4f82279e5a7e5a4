import type { RealtimeEvent, Session, WidgetConfig } from '@parley/contract';
import type { Backend } from '../backend/Backend';
import type { ClientEventName, ClientEvents } from '../events/ClientEvents';
import type { KeyValueStorage } from '../storage/KeyValueStorage';

/** What a realtime listener is told. @internal */
export interface RealtimeListener {
  /** One event, in order, exactly once per tab (already deduplicated by id). */
  onEvent?(event: RealtimeEvent): void;
  /**
   * Events may have been missed (a `reset`, or a reconnect to a backend that cannot replay): reload what
   * you show from the backend (by cursor) to catch up.
   */
  onResync?(): void;
}

/** The realtime events of the session, shared by every domain. @internal */
export interface RealtimeFeed {
  /** The first listener opens the connection (or joins the tab that holds it); the last closes it. */
  subscribe(listener: RealtimeListener): () => void;
}

/** Access to the customer's session. @internal */
export interface SessionAccess {
  /**
   * Runs `run` with a valid bearer token, starting or resuming a session first when there is none. When the
   * backend answers `unauthorized` (an expired session), it starts a new session once and runs again.
   */
  withToken<T>(run: (token: string) => Promise<T>): Promise<T>;
  /** The current session, when one exists. */
  current(): Session | undefined;
  /** Reads the stored session without any request (so unsent messages can be found while offline). */
  restore(): Promise<Session | undefined>;
  /**
   * The key under which this person's local data (the outbox) is kept: the contact id, or `anonymous`
   * before any session exists.
   */
  identityKey(): string;
  /** Called when the session's person changes: started, identified as another person, or logged out. */
  onChange(listener: (session: Session | undefined) => void): () => void;
}

/** Searches and articles seen recently: sent as context with a new conversation or ticket. @internal */
export interface RecentActivity {
  recordSearch(query: string): void;
  recordArticleView(articleId: string): void;
  /** Newest last, at most 20 each. */
  snapshot(): { recentSearches: string[]; viewedArticleIds: string[] };
  clear(): void;
}

/** Retries an action with full-jitter exponential backoff. @internal */
export interface RetryOptions {
  signal?: AbortSignal | undefined;
  /** @default 5 */
  maxAttempts?: number;
}

/**
 * What every domain of a client is built from. One per client; nothing in it is global.
 * @internal
 */
export interface ClientRuntime {
  readonly widgetKey: string;
  readonly locale: string | undefined;
  readonly backend: Backend;
  /** The widget config (fetched once, shared). */
  config(): Promise<WidgetConfig>;
  readonly session: SessionAccess;
  /** Consent-aware storage: writes are held in memory until consent is granted. */
  readonly storage: KeyValueStorage;
  readonly realtime: RealtimeFeed;
  readonly activity: RecentActivity;
  emit<K extends ClientEventName>(name: K, payload: ClientEvents[K]): void;
  /** Retries `action` on retryable failures (network, timeout, 408, 409, 429, 5xx), honouring Retry-After. */
  retry<T>(action: (signal: AbortSignal) => Promise<T>, options?: RetryOptions): Promise<T>;
  /**
   * Calls `listener` when it is worth catching up: the browser came back online, or the page became
   * visible again.
   */
  onWake(listener: () => void): () => void;
  /** Aborted by `client.destroy()`: every timer, stream and listener stops with it. */
  readonly signal: AbortSignal;
}
