// The configuration's types are the contract's own (type-only: nothing of @parley/contract is bundled).
export type {
  ArticleLink,
  Availability,
  BotProfile,
  Capabilities,
  FormField,
  Limits,
  OpeningHours,
  ProblemCode,
  Trigger,
  WidgetConfig,
} from '@parley/contract';
export type {
  ClientOptions,
  ConfigRequestOptions,
  ParleyClient,
  ResolvedClientOptions,
} from './createClient';
export { createClient } from './createClient';
export type { ParleyErrorCode, ParleyErrorOptions, ParleyProblemCode } from './errors/ParleyError';
export { isParleyError, ParleyError } from './errors/ParleyError';
