import type { WidgetConfig } from '@parley/contract';
import type { TransportOptions } from '../transport/HttpRequest';
import { request } from '../transport/request';
import { widgetConfigSchema } from './widgetConfigSchema';

/** @internal */
export interface FetchWidgetConfigOptions {
  widgetKey: string;
  locale?: string | undefined;
  signal?: AbortSignal | undefined;
}

/**
 * Loads and validates the public widget configuration (`GET /v1/widget/config`).
 * @internal
 */
export function fetchWidgetConfig(
  transport: TransportOptions,
  { widgetKey, locale, signal }: FetchWidgetConfigOptions,
): Promise<WidgetConfig> {
  return request(
    transport,
    { path: '/widget/config', query: { widgetKey, locale }, signal },
    widgetConfigSchema,
  );
}
