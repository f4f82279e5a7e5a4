import { CreateSessionRequest } from '@parley/contract';
import { Hono } from 'hono';
import type { Engine, EngineEnv } from '../app/Engine';
import { methodNotAllowed } from '../http/methodNotAllowed';
import { problem } from '../http/problem';
import { readJsonBody } from '../http/readJsonBody';
import { sha256Hex } from '../security/sha256Hex';
import { sessionBody } from './sessionBody';
import { createVisitor, startSession } from './startSession';

/**
 * Sessions and identity, mounted under `/v1` by {@link createApp}:
 * `POST /session` starts an anonymous session or resumes one with a resume token.
 * @internal
 */
export function createSessionRoutes(engine: Engine): Hono<EngineEnv> {
  const routes = new Hono<EngineEnv>();

  routes.post('/session', async (c) => {
    const body = await readJsonBody(c, CreateSessionRequest);
    if (!body.ok) return body.response;
    const { widgetKey, resumeToken } = body.value;
    const widget = await engine.store.getWidget(widgetKey);
    if (widget === undefined) {
      return problem({
        status: 404,
        code: 'widget_not_found',
        title: 'Unknown widget key',
        detail: `No widget has the key "${widgetKey}".`,
      });
    }
    c.set('widget', widget);
    if (resumeToken !== undefined) {
      const record = await engine.store.sessions.findResumeToken(await sha256Hex(resumeToken));
      const contact =
        record !== undefined && record.widgetKey === widgetKey && record.expiresAt > engine.now()
          ? await engine.store.sessions.getContact(record.contactId)
          : undefined;
      // A stale or foreign resume token is not an error the visitor can fix: they get a new anonymous
      // session, and the client sees from the contact id that it is not the old one.
      if (contact !== undefined) {
        const started = await startSession(engine, contact, resumeToken);
        return c.json(sessionBody(started.session, started.token, started.resumeToken, contact), 201);
      }
    }
    const started = await startSession(engine, await createVisitor(engine, widgetKey));
    return c.json(sessionBody(started.session, started.token, started.resumeToken, started.contact), 201);
  });
  routes.all('/session', methodNotAllowed(['POST', 'DELETE']));

  return routes;
}
