import type { Handler } from 'hono';
import { problem } from './problem';

/**
 * A handler for the methods a route does not support: 405 with an `Allow` header. Register it with
 * `.all(path, ...)` after the route's real handlers.
 *
 * @param allowed - The methods the route does support, such as `['GET', 'HEAD']`.
 * @example
 * ```ts
 * routes.get('/widget/config', getConfig).all('/widget/config', methodNotAllowed(['GET', 'HEAD']));
 * ```
 * @internal
 */
export function methodNotAllowed(allowed: readonly string[]): Handler {
  const allow = allowed.join(', ');
  return (c) =>
    problem(
      {
        status: 405,
        code: 'method_not_allowed',
        title: 'Method not allowed',
        detail: `${c.req.method} is not supported here; use ${allow}.`,
      },
      { Allow: allow },
    );
}
