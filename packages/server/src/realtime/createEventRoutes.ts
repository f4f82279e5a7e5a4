import type { EventPollResponse, RealtimeEvent } from '@parley/contract';
import { Hono } from 'hono';
import type { Engine, EngineEnv } from '../app/Engine';
import { invalidRequest } from '../http/badRequest';
import { bearerToken } from '../http/bearerToken';
import { methodNotAllowed } from '../http/methodNotAllowed';
import { authenticateSession, requireSession } from '../sessions/requireSession';
import { eventHubOf } from './eventHubOf';
import { eventStreamHeaders, openEventStream } from './openEventStream';
import { isEventIdText, readBacklog } from './readBacklog';

const POLL_PAGE = 100;
const MAX_POLL_SECONDS = 25;

/**
 * Realtime for visitors, mounted under `/v1` by {@link createApp}:
 * - `GET /events`: Server-Sent Events of the session's contact (see {@link openEventStream}). Takes the
 *   session token as a bearer header or as `?token=`, since `EventSource` cannot send headers; resumes after
 *   `Last-Event-ID` (or `?lastEventId=` for a first connection). The stream belongs to the contact the
 *   session had when it opened: after identify moves the session to another contact, the stream ends at the
 *   next heartbeat and the reconnect follows the new contact. It also ends when the session ends or expires.
 * - `GET /events/poll?after&timeout`: the long-poll fallback, with the same replay and `reset` rules.
 * @internal
 */
export function createEventRoutes(engine: Engine): Hono<EngineEnv> {
  const routes = new Hono<EngineEnv>();

  routes.get('/events', async (c) => {
    const auth = await authenticateSession(engine, bearerToken(c.req.raw) ?? c.req.query('token'));
    if (!auth.ok) return auth.response;
    const { session, contact, widget } = auth;
    c.set('session', session);
    c.set('contact', contact);
    c.set('widget', widget);
    // Hono answers HEAD with the GET handler and drops the body unread: never open a stream for it.
    if (c.req.method === 'HEAD') return new Response(null, { headers: eventStreamHeaders });
    return openEventStream(engine, {
      audience: { contactId: contact.id },
      lastEventId: c.req.header('Last-Event-ID') || c.req.query('lastEventId'),
      signal: c.req.raw.signal,
      isStillAuthorized: async () => {
        const current = await engine.store.sessions.findSessionByTokenHash(session.tokenHash);
        return (
          current !== undefined &&
          current.endedAt === null &&
          current.expiresAt > engine.now() &&
          current.contactId === contact.id
        );
      },
    });
  });

  routes.get('/events/poll', requireSession(engine), async (c) => {
    const after = c.req.query('after');
    const timeoutText = c.req.query('timeout');
    if (after !== undefined && !isEventIdText(after)) {
      return invalidRequest('`after` must be an event id (a decimal integer).');
    }
    if (
      timeoutText !== undefined &&
      (!/^\d{1,2}$/.test(timeoutText) || Number(timeoutText) > MAX_POLL_SECONDS)
    ) {
      return invalidRequest(`\`timeout\` must be a whole number of seconds from 0 to ${MAX_POLL_SECONDS}.`);
    }
    const log = engine.store.events;
    const headers = { 'Cache-Control': 'no-store' };
    // Hono answers HEAD with this handler and drops the body: never wait for it.
    if (c.req.method === 'HEAD') return c.body(null, 200, headers);
    if (after === undefined) {
      const start: EventPollResponse = { data: [], nextCursor: String(await log.latestId()) };
      return c.json(start, 200, headers);
    }
    const waitMs = Math.min(
      timeoutText === undefined ? MAX_POLL_SECONDS * 1000 : Number(timeoutText) * 1000,
      engine.settings.pollTimeoutMs,
    );
    const contactId = c.get('contact').id;
    const hub = eventHubOf(engine);
    const signal = c.req.raw.signal;

    let wake = (): void => {};
    const woken = new Promise<void>((resolve) => {
      wake = resolve;
    });
    // Subscribed (and counted present) before the first read, so an event published meanwhile wakes it.
    const unsubscribe = hub.subscribe({ contactId }, () => wake());
    const disconnect = hub.connect({ contactId });
    signal.addEventListener('abort', wake);
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      let backlog = await readBacklog(log, contactId, after, POLL_PAGE);
      if (backlog.kind === 'events' && backlog.events.length === 0 && waitMs > 0 && !signal.aborted) {
        timer = setTimeout(wake, waitMs);
        await woken;
        backlog = await readBacklog(log, contactId, after, POLL_PAGE);
      }
      const data: RealtimeEvent[] = backlog.kind === 'reset' ? [backlog.event] : backlog.events;
      const page: EventPollResponse = { data, nextCursor: data.at(-1)?.id ?? after };
      return c.json(page, 200, headers);
    } finally {
      clearTimeout(timer);
      signal.removeEventListener('abort', wake);
      unsubscribe();
      disconnect();
    }
  });

  routes.all('/events', methodNotAllowed(['GET', 'HEAD']));
  routes.all('/events/poll', methodNotAllowed(['GET', 'HEAD']));
  return routes;
}
