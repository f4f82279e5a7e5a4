import type { WidgetConfig } from '@parley/contract';
import { requestJson, type TransportOptions } from '../transport/requestJson';
import { widgetConfigSchema } from './widgetConfigSchema';

/** @internal */
export interface FetchWidgetConfigOptions {
  widgetKey: string;
  locale?: string | undefined;
  signal?: AbortSignal | undefined;
}

/**
 * Loads and validates the public widget configuration.
 * @internal
 */
export function fetchWidgetConfig(
  transport: TransportOptions,
  { widgetKey, locale, signal }: FetchWidgetConfigOptions,
): Promise<WidgetConfig> {
  return requestJson(transport, {
    path: '/widget/config',
    query: { widgetKey, locale },
    schema: widgetConfigSchema,
    signal,
  });
}
