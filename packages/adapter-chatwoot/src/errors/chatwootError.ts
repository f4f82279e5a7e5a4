import { ParleyError, type ParleyErrorCode, type ParleyErrorOptions } from '@parley/core';

/**
 * The adapter's {@link ParleyError}s: one short message, `Chatwoot: <problemCode or code>`, as callers
 * branch on the codes, never on messages.
 * @internal
 */
export const chatwootError = (
  code: ParleyErrorCode,
  problemCode?: string,
  options?: ParleyErrorOptions,
): ParleyError => new ParleyError(code, `Chatwoot: ${problemCode ?? code}`, { problemCode, ...options });
