import {
  CreateSessionRequest,
  IdentifyRequest,
  type RedeemedLink,
  RedeemLinkRequest,
  UpdateContactRequest,
} from '@parley/contract';
import { Hono } from 'hono';
import type { Engine, EngineEnv } from '../app/Engine';
import { bearerToken } from '../http/bearerToken';
import { methodNotAllowed } from '../http/methodNotAllowed';
import { problem } from '../http/problem';
import { readJsonBody } from '../http/readJsonBody';
import { validationFailed } from '../http/validationFailed';
import { sha256Hex } from '../security/sha256Hex';
import { contactDetailsChanges, MAX_CONTACT_ATTRIBUTES } from './contactDetailsChanges';
import { identifySession } from './identifySession';
import { requireSession } from './requireSession';
import { contactBody, sessionBody } from './sessionBody';
import { createVisitor, issueResumeToken, startSession } from './startSession';

function widgetNotFound(widgetKey: string): Response {
  return problem({
    status: 404,
    code: 'widget_not_found',
    title: 'Unknown widget key',
    detail: `No widget has the key "${widgetKey}".`,
  });
}

function linkNotFound(): Response {
  return problem({
    status: 404,
    code: 'not_found',
    title: 'Unknown link',
    detail: 'This conversation link is not known.',
  });
}

/**
 * Sessions and identity, mounted under `/v1` by {@link createApp}:
 * - `POST /session` starts an anonymous session or resumes one with a resume token;
 * - `POST /session/identify` tells who the person is (see {@link identifySession});
 * - `DELETE /session` logs out: the session ends and the contact's resume tokens are forgotten;
 * - `PATCH /session/contact` updates the contact's name, email and attributes;
 * - `POST /session/link` trades a one-time conversation link from an email for a session.
 * @internal
 */
export function createSessionRoutes(engine: Engine): Hono<EngineEnv> {
  const routes = new Hono<EngineEnv>();

  routes.post('/session', async (c) => {
    const body = await readJsonBody(c, CreateSessionRequest);
    if (!body.ok) return body.response;
    const { widgetKey, resumeToken } = body.value;
    const widget = await engine.store.getWidget(widgetKey);
    if (widget === undefined) return widgetNotFound(widgetKey);
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

  routes.delete('/session', requireSession(engine), async (c) => {
    const session = c.get('session');
    await engine.store.sessions.endSession(session.id, engine.now());
    await engine.store.sessions.deleteResumeTokens(session.contactId);
    return c.body(null, 204);
  });
  routes.all('/session', methodNotAllowed(['POST', 'DELETE']));

  routes.post('/session/identify', requireSession(engine), async (c) => {
    const body = await readJsonBody(c, IdentifyRequest);
    if (!body.ok) return body.response;
    const session = c.get('session');
    const outcome = await identifySession(
      engine,
      { session, contact: c.get('contact'), widget: c.get('widget') },
      body.value,
    );
    if (!outcome.ok) return outcome.response;
    const { contact } = outcome;
    const resumeToken = await issueResumeToken(engine, contact);
    // requireSession has checked the header, so the token is there.
    const token = bearerToken(c.req.raw) ?? '';
    return c.json(sessionBody({ ...session, contactId: contact.id }, token, resumeToken, contact), 200);
  });
  routes.all('/session/identify', methodNotAllowed(['POST']));

  routes.patch('/session/contact', requireSession(engine), async (c) => {
    const body = await readJsonBody(c, UpdateContactRequest);
    if (!body.ok) return body.response;
    const contact = c.get('contact');
    const changes = contactDetailsChanges(contact, body.value);
    if (changes === undefined) {
      return validationFailed(
        [{ pointer: '/attributes', detail: `must leave at most ${MAX_CONTACT_ATTRIBUTES} attributes` }],
        `A contact keeps at most ${MAX_CONTACT_ATTRIBUTES} attributes.`,
      );
    }
    const updated = await engine.store.sessions.updateContact(contact.id, changes);
    return c.json(contactBody(updated ?? contact), 200);
  });
  routes.all('/session/contact', methodNotAllowed(['PATCH']));

  routes.post('/session/link', async (c) => {
    const body = await readJsonBody(c, RedeemLinkRequest);
    if (!body.ok) return body.response;
    const { widgetKey, linkToken } = body.value;
    const widget = await engine.store.getWidget(widgetKey);
    if (widget === undefined) return widgetNotFound(widgetKey);
    c.set('widget', widget);
    const link = await engine.store.outbox.redeemLink(await sha256Hex(linkToken), engine.now());
    if (link === 'used' || link === 'expired') {
      return problem({
        status: 410,
        code: 'link_expired',
        title: 'Link expired',
        detail:
          link === 'used'
            ? 'This conversation link was already used. Open the conversation from the widget instead.'
            : 'This conversation link has expired. Open the conversation from the widget instead.',
      });
    }
    // A link of another widget is treated as unknown: it says nothing about this widget's links.
    if (link === undefined || link.widgetKey !== widgetKey) return linkNotFound();
    const contact = await engine.store.sessions.getContact(link.contactId);
    if (contact === undefined) return linkNotFound();
    const started = await startSession(engine, contact);
    const answer: RedeemedLink = {
      session: sessionBody(started.session, started.token, started.resumeToken, contact),
      conversationId: link.conversationId,
    };
    return c.json(answer, 201);
  });
  routes.all('/session/link', methodNotAllowed(['POST']));

  return routes;
}
