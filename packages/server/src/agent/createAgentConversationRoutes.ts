import {
  type AgentConversation,
  type AgentConversationPage,
  AgentMessageRequest,
  ConversationStatusRequest,
  type OutboxEmailPage,
  ReadRequest,
  TypingRequest,
} from '@parley/contract';
import { type Context, Hono } from 'hono';
import type { Engine, EngineEnv } from '../app/Engine';
import { addConversationMessage } from '../conversations/addConversationMessage';
import type { ConversationRecord, MessageRecord } from '../conversations/ConversationRecords';
import { changeConversationStatus } from '../conversations/changeConversationStatus';
import { conversationBody, messageBody } from '../conversations/conversationBody';
import { conversationNotFound } from '../conversations/conversationNotFound';
import { agentParticipant, systemParticipant } from '../conversations/participants';
import { publishConversationUpdate } from '../conversations/publishConversationUpdate';
import { readMessagePage } from '../conversations/readMessagePage';
import { updateReadState } from '../conversations/updateReadState';
import { invalidCursor, invalidRequest } from '../http/badRequest';
import { methodNotAllowed } from '../http/methodNotAllowed';
import { decodeCursor, encodeCursor, isPosition } from '../http/pageCursor';
import { problem } from '../http/problem';
import { readJsonBody } from '../http/readJsonBody';
import { readPageLimit } from '../http/readPageLimit';
import { invalidField } from '../http/validationFailed';
import { withIdempotency } from '../idempotency/withIdempotency';
import { outboxEmailBody } from '../outbox/outboxEmailBody';
import { recordReplyEmail } from '../outbox/recordReplyEmail';
import { contactBody } from '../sessions/sessionBody';

/** Idempotency keys of the agent API share one scope: there is one team. */
const AGENT_SCOPE = 'agent';

/** A conversation as the team sees it: with its contact and whether they are connected. */
async function agentConversationBody(
  engine: Engine,
  conversation: ConversationRecord,
): Promise<AgentConversation> {
  const [body, contact] = await Promise.all([
    conversationBody(engine, conversation),
    engine.store.sessions.getContact(conversation.contactId),
  ]);
  return {
    widgetKey: conversation.widgetKey,
    conversation: body,
    contact:
      contact === undefined
        ? {
            id: conversation.contactId,
            kind: 'visitor',
            userId: null,
            name: null,
            email: null,
            attributes: {},
          }
        : contactBody(contact),
    visitorOnline: engine.presence.isContactOnline(conversation.contactId),
  };
}

function sameAgentMessage(stored: MessageRecord, request: AgentMessageRequest): boolean {
  return stored.text === request.text && JSON.stringify(stored.parts) === JSON.stringify(request.parts ?? []);
}

/**
 * The team side of conversations and the email outbox, mounted under `/v1/agent` behind the agent token:
 * the inbox (every contact's conversations), replies, status, read state, typing, and the emails the
 * server recorded for visitors who were away.
 * @internal
 */
export function createAgentConversationRoutes(engine: Engine): Hono<EngineEnv> {
  const routes = new Hono<EngineEnv>();
  const repository = engine.store.conversations;
  const find = (c: Context<EngineEnv>) => repository.getConversation(c.req.param('id') ?? '');

  routes.get('/conversations', async (c) => {
    const limit = readPageLimit(c);
    if (!limit.ok) return limit.response;
    const status = c.req.query('status');
    if (status !== undefined && status !== 'open' && status !== 'resolved') {
      return invalidRequest('status must be open or resolved.');
    }
    const widgetKey = c.req.query('widgetKey');
    const cursorText = c.req.query('cursor');
    let after: number | undefined;
    if (cursorText !== undefined) {
      const cursor = decodeCursor(cursorText);
      if (cursor === undefined || !isPosition(cursor.t)) return invalidCursor();
      after = cursor.t;
    }
    const page = await repository.listConversations({
      limit: limit.limit,
      ...(status === undefined ? {} : { status }),
      ...(widgetKey === undefined ? {} : { widgetKey }),
      ...(after === undefined ? {} : { after }),
    });
    const body: AgentConversationPage = {
      data: await Promise.all(
        page.conversations.map((conversation) => agentConversationBody(engine, conversation)),
      ),
      nextCursor: page.next === null ? null : encodeCursor({ t: page.next }),
    };
    return c.json(body);
  });
  routes.all('/conversations', methodNotAllowed(['GET']));

  routes.get('/conversations/:id', async (c) => {
    const conversation = await find(c);
    if (conversation === undefined) return conversationNotFound();
    return c.json(await agentConversationBody(engine, conversation));
  });
  routes.all('/conversations/:id', methodNotAllowed(['GET']));

  routes.get('/conversations/:id/messages', async (c) => {
    const conversation = await find(c);
    if (conversation === undefined) return conversationNotFound();
    const result = await readMessagePage(engine, c, conversation.id);
    return result.ok ? c.json(result.page) : result.response;
  });

  routes.post('/conversations/:id/messages', async (c) => {
    const found = await find(c);
    if (found === undefined) return conversationNotFound();
    const body = await readJsonBody(c, AgentMessageRequest);
    if (!body.ok) return body.response;
    return withIdempotency(
      engine,
      { scope: AGENT_SCOPE, request: c.req.raw, bodyText: body.text },
      async () => {
        const request = body.value;
        if (request.text.trim() === '' && (request.parts ?? []).length === 0) {
          return invalidField('/text', 'A message needs text or parts.');
        }
        const reused = () =>
          problem({
            status: 422,
            code: 'idempotency_key_reused',
            title: 'clientMessageId reused',
            detail: 'This conversation already has a different message with this clientMessageId.',
          });
        if (request.clientMessageId !== undefined) {
          const existing = await repository.findMessageByClientId(found.id, request.clientMessageId);
          if (existing !== undefined) {
            return sameAgentMessage(existing, request)
              ? c.json(await messageBody(engine, existing), 200)
              : reused();
          }
        }
        let conversation = (await repository.getConversation(found.id)) ?? found;
        const widget = await engine.store.getWidget(conversation.widgetKey);
        const author = agentParticipant(widget, request.author);
        // The first person to answer takes the conversation over from the bot (or from the waiting queue).
        if (conversation.assignee?.kind !== 'agent') {
          await addConversationMessage(engine, conversation, {
            author: systemParticipant,
            text: '',
            parts: [{ type: 'event', event: 'assigned', assignee: author }],
          });
          conversation =
            (await repository.updateConversation(
              conversation.id,
              { assignee: author, updatedAt: engine.now() },
              true,
            )) ?? conversation;
        }
        const added = await addConversationMessage(engine, conversation, {
          author,
          text: request.text,
          parts: request.parts ?? [],
          clientMessageId: request.clientMessageId ?? null,
        });
        if (!added.created) {
          return sameAgentMessage(added.message, request)
            ? c.json(await messageBody(engine, added.message), 200)
            : reused();
        }
        conversation = (await repository.getConversation(conversation.id)) ?? conversation;
        await recordReplyEmail(engine, {
          widget,
          conversation,
          message: added.message,
          origin: new URL(c.req.url).origin,
        });
        await publishConversationUpdate(engine, conversation);
        return c.json(await messageBody(engine, added.message), 201);
      },
    );
  });
  routes.all('/conversations/:id/messages', methodNotAllowed(['GET', 'POST']));

  routes.put('/conversations/:id/status', async (c) => {
    const conversation = await find(c);
    if (conversation === undefined) return conversationNotFound();
    const body = await readJsonBody(c, ConversationStatusRequest);
    if (!body.ok) return body.response;
    const updated = await changeConversationStatus(engine, conversation, body.value.status);
    if (updated !== conversation) await publishConversationUpdate(engine, updated);
    return c.json(await agentConversationBody(engine, updated));
  });
  routes.all('/conversations/:id/status', methodNotAllowed(['PUT']));

  routes.post('/conversations/:id/read', async (c) => {
    const conversation = await find(c);
    if (conversation === undefined) return conversationNotFound();
    const body = await readJsonBody(c, ReadRequest);
    if (!body.ok) return body.response;
    const result = await updateReadState(engine, conversation, 'team', body.value.messageId);
    return result ?? c.body(null, 204);
  });
  routes.all('/conversations/:id/read', methodNotAllowed(['POST']));

  routes.post('/conversations/:id/typing', async (c) => {
    const conversation = await find(c);
    if (conversation === undefined) return conversationNotFound();
    const body = await readJsonBody(c, TypingRequest);
    if (!body.ok) return body.response;
    const participant =
      conversation.assignee?.kind === 'agent'
        ? conversation.assignee
        : agentParticipant(await engine.store.getWidget(conversation.widgetKey));
    await engine.events.publish(
      conversation.widgetKey,
      { contactId: conversation.contactId },
      { type: 'typing', data: { conversationId: conversation.id, participant, typing: body.value.typing } },
    );
    return c.body(null, 204);
  });
  routes.all('/conversations/:id/typing', methodNotAllowed(['POST']));

  routes.get('/outbox', async (c) => {
    const limit = readPageLimit(c);
    if (!limit.ok) return limit.response;
    const cursorText = c.req.query('cursor');
    let after: number | undefined;
    if (cursorText !== undefined) {
      const cursor = decodeCursor(cursorText);
      if (cursor === undefined || !isPosition(cursor.o)) return invalidCursor();
      after = cursor.o;
    }
    const page = await engine.store.outbox.listEmails({
      limit: limit.limit,
      ...(after === undefined ? {} : { after }),
    });
    const body: OutboxEmailPage = {
      data: page.emails.map(outboxEmailBody),
      nextCursor: page.next === null ? null : encodeCursor({ o: page.next }),
    };
    return c.json(body);
  });
  routes.all('/outbox', methodNotAllowed(['GET']));

  return routes;
}
