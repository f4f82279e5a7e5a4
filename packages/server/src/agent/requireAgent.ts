import type { MiddlewareHandler } from 'hono';
import type { Engine, EngineEnv } from '../app/Engine';
import { bearerToken } from '../http/bearerToken';
import { problem } from '../http/problem';
import { timingSafeEqual } from '../security/timingSafeEqual';

/**
 * Middleware of the agent API: requires `Authorization: Bearer <agent token>` (`settings.agentToken`).
 * Without a configured token the agent API is closed: every request is 401.
 * @internal
 */
export function requireAgent(engine: Engine): MiddlewareHandler<EngineEnv> {
  return async (c, next) => {
    const expected = engine.settings.agentToken;
    const token = bearerToken(c.req.raw) ?? c.req.query('token');
    if (
      expected === undefined ||
      expected === '' ||
      token === undefined ||
      !timingSafeEqual(token, expected)
    ) {
      return problem(
        {
          status: 401,
          code: 'unauthorized',
          title: 'Unauthorized',
          detail: 'The agent API needs Authorization: Bearer <agent token>.',
        },
        { 'WWW-Authenticate': 'Bearer' },
      );
    }
    await next();
  };
}
