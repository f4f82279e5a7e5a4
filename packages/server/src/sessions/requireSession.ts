import type { MiddlewareHandler } from 'hono';
import type { Engine, EngineEnv } from '../app/Engine';
import { bearerToken } from '../http/bearerToken';
import { problem } from '../http/problem';
import { sha256Hex } from '../security/sha256Hex';
import type { Widget } from '../widgetConfig/Widget';
import type { ContactRecord, SessionRecord } from './SessionRecords';

/** A session that may be used now, with its contact and widget. @internal */
export type Authentication =
  | { ok: true; session: SessionRecord; contact: ContactRecord; widget: Widget }
  | { ok: false; response: Response };

function unauthorized(code: 'unauthorized' | 'session_expired', detail: string): Response {
  return problem(
    { status: 401, code, title: code === 'unauthorized' ? 'Unauthorized' : 'Session expired', detail },
    { 'WWW-Authenticate': `Bearer error="invalid_token"` },
  );
}

/**
 * Checks a session token: 401 `unauthorized` when it is missing or unknown, 401 `session_expired` when it
 * has expired or the session was ended by logout.
 * @internal
 */
export async function authenticateSession(
  engine: Engine,
  token: string | undefined,
): Promise<Authentication> {
  if (token === undefined) {
    return {
      ok: false,
      response: unauthorized('unauthorized', 'Send Authorization: Bearer <session token>.'),
    };
  }
  const session = await engine.store.sessions.findSessionByTokenHash(await sha256Hex(token));
  if (session === undefined) {
    return { ok: false, response: unauthorized('unauthorized', 'This session token is not known.') };
  }
  if (session.endedAt !== null || session.expiresAt <= engine.now()) {
    return {
      ok: false,
      response: unauthorized('session_expired', 'This session has ended; resume it or start a new one.'),
    };
  }
  const [contact, widget] = await Promise.all([
    engine.store.sessions.getContact(session.contactId),
    engine.store.getWidget(session.widgetKey),
  ]);
  if (contact === undefined || widget === undefined) {
    return { ok: false, response: unauthorized('unauthorized', 'This session no longer exists.') };
  }
  return { ok: true, session, contact, widget };
}

/**
 * Middleware that requires a valid session bearer token and puts `session`, `contact` and `widget` on
 * the context.
 * @internal
 */
export function requireSession(engine: Engine): MiddlewareHandler<EngineEnv> {
  return async (c, next) => {
    const result = await authenticateSession(engine, bearerToken(c.req.raw));
    if (!result.ok) return result.response;
    c.set('session', result.session);
    c.set('contact', result.contact);
    c.set('widget', result.widget);
    await next();
  };
}
