import type { WidgetConfig } from '@parley/contract';
import mitt from 'mitt';
import type { ArticlesApi } from './articles/ArticlesApi';
import { createArticles } from './articles/createArticles';
import type { Backend } from './backend/Backend';
import { createHttpBackend } from './backend/createHttpBackend';
import { guardBackend } from './backend/guardBackend';
import type { ClientRuntime } from './client/ClientRuntime';
import { loadOnFirstUse } from './client/loadOnFirstUse';
import type { ConnectionStatus } from './connection/ConnectionStatus';
import { createRecentActivity } from './context/createRecentActivity';
import type { ConversationsApi } from './conversations/ConversationsApi';
import { deferConversations } from './conversations/deferConversations';
import { isOffline } from './environment/isOffline';
import { onWake } from './environment/onWake';
import { ParleyError } from './errors/ParleyError';
import type { ClientEventName, ClientEvents } from './events/ClientEvents';
import { forgetStoredOutbox } from './outbox/forgetStoredOutbox';
import { createRealtimeFeed } from './realtime/createRealtimeFeed';
import { createSessionManager } from './session/createSessionManager';
import type { SessionApi } from './session/SessionApi';
import { type ConsentState, createConsentStorage } from './storage/createConsentStorage';
import { createIndexedDbStorage } from './storage/createIndexedDbStorage';
import type { KeyValueStorage } from './storage/KeyValueStorage';
import type { Store } from './store/Store';
import { deferTickets } from './tickets/deferTickets';
import type { TicketsApi } from './tickets/TicketsApi';
import { isRetryable } from './transport/isRetryable';
import { linkedController } from './transport/linkedController';
import { retryWithBackoff } from './transport/retryWithBackoff';
import { toTransportOptions } from './transport/toTransportOptions';

/** Options for {@link createClient}. */
export interface ClientOptions {
  /**
   * Where the backend lives. The client adds `/v1/...` to it.
   * @example 'https://support.example.com'
   */
  baseUrl: string;
  /** The public key that identifies this widget to the backend. */
  widgetKey: string;
  /**
   * The customer's language (BCP 47). The backend answers in it when it can.
   * @default the backend's default locale
   */
  locale?: string;
  /**
   * Where the session and unsent messages are kept across reloads.
   * @default IndexedDB (one database per widget key), in memory where IndexedDB is unavailable
   */
  storage?: KeyValueStorage;
  /**
   * Whether the client may write to `storage`. With `'pending'`, everything is kept in memory until
   * `client.setConsent('granted')`; with `'denied'` nothing is ever stored.
   * @default 'granted'
   */
  consent?: ConsentState;
  /**
   * The `fetch` to use. Looked up on `globalThis` at each call when omitted, never captured at import.
   * @default globalThis.fetch
   */
  fetch?: typeof fetch;
  /**
   * How long one request may take before it fails with `code: 'timeout'`.
   * @default 15000
   */
  timeoutMs?: number;
  /**
   * The backend to talk to. Pass an adapter to use a helpdesk that does not speak the Parley contract.
   * @default `createHttpBackend({ baseUrl, fetch, timeoutMs })`, the Parley contract over HTTP
   */
  backend?: Backend;
}

/** Options for {@link ParleyClient.config}. */
export interface ConfigRequestOptions {
  /** Cancels the request; the promise then rejects with `code: 'aborted'`. */
  signal?: AbortSignal;
}

/** The options a client was created with, trimmed and with defaults filled in. */
export interface ResolvedClientOptions {
  /** {@link ClientOptions.baseUrl}, trimmed. */
  readonly baseUrl: string;
  /** {@link ClientOptions.widgetKey}, trimmed. */
  readonly widgetKey: string;
  /** {@link ClientOptions.locale}. */
  readonly locale: string | undefined;
  /** {@link ClientOptions.timeoutMs}, with its default. */
  readonly timeoutMs: number;
}

/** A Parley client: one per widget instance. */
export interface ParleyClient {
  /** The options this client was created with, normalised. */
  readonly options: ResolvedClientOptions;
  /**
   * The widget's public configuration (brand, greeting, capabilities). Fetched once and shared by
   * every caller; a failure is not remembered, so the next call tries again.
   * @throws {ParleyError} `network`, `timeout`, `not_found` (unknown widget key), `invalid_response`...
   */
  config(options?: ConfigRequestOptions): Promise<WidgetConfig>;
  /** Who the customer is: identify, update, logout. */
  readonly session: SessionApi;
  /** Live chat with the team. */
  readonly conversations: ConversationsApi;
  /** Requests by email: the offline form, lookup by reference, replies. */
  readonly tickets: TicketsApi;
  /** The knowledge base: search, suggestions, articles, feedback. */
  readonly articles: ArticlesApi;
  /** The realtime connection's state. */
  readonly connection: Store<ConnectionStatus>;
  /**
   * The client's storage, for a UI's own small state (a dismissed nudge, a draft). It obeys the same
   * consent as the client: with `'pending'` writes are held in memory until consent is granted, with
   * `'denied'` nothing is written. Keys of your own should carry a prefix of your own (`ui:`).
   */
  readonly storage: KeyValueStorage;
  /**
   * Listens to a client event.
   * @returns a function that stops listening.
   * @example
   * ```ts
   * const stop = client.on('message', ({ message }) => notify(message.author.name));
   * ```
   */
  on<K extends ClientEventName>(event: K, handler: (payload: ClientEvents[K]) => void): () => void;
  /** Grants or refuses storage (see {@link ClientOptions.consent}). Granting writes what was held in memory. */
  setConsent(consent: 'granted' | 'denied'): Promise<void>;
  /** Stops every timer, stream and listener of this client. Its stores keep their last value. */
  destroy(): void;
}

/**
 * Creates a Parley client. Nothing happens until a method is called or a store is subscribed: no request,
 * no timer, no global.
 *
 * @example
 * ```ts
 * import { createClient } from '@parley/core';
 *
 * const client = createClient({ baseUrl: 'https://support.example.com', widgetKey: 'wk_live_123' });
 * const { greeting } = await client.config();
 * const results = await client.articles.search('reset password');
 * ```
 */
export function createClient(options: ClientOptions): ParleyClient {
  const transport = toTransportOptions(options);
  const { baseUrl, timeoutMs } = transport;
  // A string from the types; a script that leaves it out gets a clear error rather than a crash.
  const widgetKey = options.widgetKey?.trim();
  if (!widgetKey) throw new ParleyError('invalid_request', '`widgetKey` is required.');
  const { locale } = options;

  const backend = options.backend ? guardBackend(options.backend) : createHttpBackend(transport);
  const lifetime = new AbortController();
  const { signal } = lifetime;
  // mitt wants an index-signature-compatible type: a mapped copy of the interface is one.
  const emitter = mitt<{ [K in ClientEventName]: ClientEvents[K] }>();
  const emit: ClientRuntime['emit'] = emitter.emit;
  const consent = createConsentStorage(options.storage ?? createIndexedDbStorage(widgetKey), options.consent);
  const { storage } = consent;

  let shared: Promise<WidgetConfig> | undefined;
  const getConfig = (call?: ConfigRequestOptions) => backend.getConfig({ widgetKey, locale }, call);
  // A failure is not kept: the next call tries again.
  const config = (call?: ConfigRequestOptions) => {
    if (call?.signal) return getConfig(call);
    shared ??= getConfig().catch((error) => {
      shared = undefined;
      throw error;
    });
    return shared;
  };

  const realtime = createRealtimeFeed({
    backend,
    widgetKey,
    baseUrl,
    identityKey: () => session.identityKey(),
    offersRealtime: () =>
      config().then(
        ({ capabilities }) => capabilities.realtime,
        () => true,
      ),
    // After the stream refused a token, a fresh session is needed rather than the same token again.
    getToken: (rejected) =>
      session.withToken(async (token) => {
        if (token === rejected) throw new ParleyError('unauthorized', 'Session refused.');
        return token;
      }),
    signal,
    onError: (error) => emit('error', { error }),
  });
  const session = createSessionManager({
    backend,
    widgetKey,
    locale,
    storage,
    // Once loaded, the conversations domain forgets its outbox too (on the change of person).
    forgetLocalData: (identity) => forgetStoredOutbox(storage, identity),
    tabs: realtime.tabs,
  });

  const runtime: ClientRuntime = {
    widgetKey,
    locale,
    backend,
    config,
    session,
    storage,
    realtime,
    activity: createRecentActivity(),
    emit,
    retry(action, retryOptions = {}) {
      // Both the caller's signal and destroy() stop the retries; the link is undone once they end.
      const linked = linkedController(retryOptions.signal, signal);
      return retryWithBackoff(action, {
        ...retryOptions,
        signal: linked.signal,
        // Offline, another attempt cannot succeed: the caller waits for the network instead (onWake).
        isRetryable: (error) => !isOffline() && isRetryable(error),
      }).finally(() => linked.abort());
    },
    onWake(listener) {
      const stop = onWake(listener);
      signal.addEventListener('abort', stop);
      return stop;
    },
    signal,
  };

  // Each person has their own stream (and, across tabs, their own leader). (Destroyed, the feed stays stopped.)
  session.onChange(() => realtime.restart());

  /** A domain's code loads on first use (a chunk of its own for bundlers); a destroyed client loads none. */
  const alive = () => {
    if (signal.aborted) throw new ParleyError('aborted', 'Client destroyed.');
  };
  const loadConversations = loadOnFirstUse(async () => {
    const [{ createConversations }, { collectConversationContext }] = await Promise.all([
      import('./conversations/createConversations'),
      import('./context/collectConversationContext'),
    ]);
    alive();
    return createConversations(runtime, { collectContext: () => collectConversationContext(runtime) });
  });
  const conversations = deferConversations(loadConversations);
  const tickets = deferTickets(
    loadOnFirstUse(async () => {
      const { createTickets } = await import('./tickets/createTickets');
      alive();
      return createTickets(runtime);
    }),
  );
  // A person's unsent messages (kept from an earlier page) go out once they have a session, used or not.
  session.onChange((next) => {
    if (next) loadConversations().catch(() => {});
  });

  // `ready` once the config is known and a session exists (again after a config that failed).
  let ready = false;
  session.visitor.subscribe(() => {
    if (ready || session.visitor.getSnapshot().status !== 'ready') return;
    ready = true;
    config().then(
      (loaded) => emit('ready', { config: loaded }),
      () => {
        ready = false;
      },
    );
  });
  realtime.connection.subscribe(() => emit('connection', { status: realtime.connection.getSnapshot() }));

  return {
    options: { baseUrl, widgetKey, timeoutMs, locale },
    config,
    session,
    conversations,
    tickets,
    articles: createArticles(runtime),
    connection: realtime.connection,
    storage,
    on(event, handler) {
      emitter.on(event, handler);
      return () => emitter.off(event, handler);
    },
    setConsent: consent.setConsent,
    // What still listens to the stores after this only reaches the emptied emitter.
    destroy() {
      if (signal.aborted) return;
      lifetime.abort();
      conversations.destroy();
      session.destroy();
      emitter.all.clear();
    },
  };
}
