import type { WidgetConfig } from '@parley/contract';
import { fetchWidgetConfig } from './config/fetchWidgetConfig';
import { ParleyError } from './errors/ParleyError';
import type { TransportOptions } from './transport/requestJson';

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
   * The `fetch` to use. Looked up on `globalThis` at each call when omitted, never captured at import.
   * @default globalThis.fetch
   */
  fetch?: typeof fetch;
  /**
   * How long one request may take before it fails with `code: 'timeout'`.
   * @default 15000
   */
  timeoutMs?: number;
}

/** Options for {@link ParleyClient.config}. */
export interface ConfigRequestOptions {
  /** Cancels the request; the promise then rejects with `code: 'aborted'`. */
  signal?: AbortSignal;
}

/** The options a client was created with, trimmed and with defaults filled in. */
export interface ResolvedClientOptions {
  readonly baseUrl: string;
  readonly widgetKey: string;
  readonly locale: string | undefined;
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
}

const DEFAULT_TIMEOUT_MS = 15_000;

/**
 * Creates a Parley client. Nothing happens until a method is called: no request, no timer, no global.
 *
 * @example
 * ```ts
 * import { createClient } from '@parley/core';
 *
 * const client = createClient({ baseUrl: 'https://support.example.com', widgetKey: 'wk_live_123' });
 * const { greeting } = await client.config();
 * ```
 */
export function createClient(options: ClientOptions): ParleyClient {
  const baseUrl = typeof options?.baseUrl === 'string' ? options.baseUrl.trim() : '';
  const widgetKey = typeof options?.widgetKey === 'string' ? options.widgetKey.trim() : '';
  if (!/^https?:\/\//i.test(baseUrl)) {
    throw new ParleyError(
      'invalid_request',
      '`baseUrl` must be an absolute http(s) URL, such as "https://support.example.com".',
    );
  }
  if (!widgetKey) throw new ParleyError('invalid_request', '`widgetKey` is required.');
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  if (!(timeoutMs > 0)) throw new ParleyError('invalid_request', '`timeoutMs` must be a positive number.');

  const transport: TransportOptions = { baseUrl, fetch: options.fetch, timeoutMs };
  let configPromise: Promise<WidgetConfig> | undefined;

  return {
    options: { baseUrl, widgetKey, timeoutMs, locale: options.locale },
    config({ signal } = {}) {
      if (signal) return fetchWidgetConfig(transport, { widgetKey, locale: options.locale, signal });
      if (!configPromise) {
        configPromise = fetchWidgetConfig(transport, { widgetKey, locale: options.locale });
        configPromise.catch(() => {
          configPromise = undefined;
        });
      }
      return configPromise;
    },
  };
}
