export type { Capabilities, WidgetConfig } from './config/WidgetConfig';
export type {
  ClientOptions,
  ConfigRequestOptions,
  ParleyClient,
  ResolvedClientOptions,
} from './createClient';
export { createClient } from './createClient';
export type { ParleyErrorCode, ParleyErrorOptions } from './errors/ParleyError';
export { isParleyError, ParleyError } from './errors/ParleyError';
