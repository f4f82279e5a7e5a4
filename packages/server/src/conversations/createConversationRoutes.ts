import {
  type ConversationPage,
  CreateConversationRequest,
  RatingRequest,
  ReadRequest,
  SendMessageRequest,
  TypingRequest,
} from '@parley/contract';
import { type Context, Hono } from 'hono';
import type { Engine, EngineEnv } from '../app/Engine';
import { invalidCursor } from '../http/badRequest';
import { methodNotAllowed } from '../http/methodNotAllowed';
import { decodeCursor, encodeCursor, isPosition } from '../http/pageCursor';
import { problem } from '../http/problem';
import { readJsonBody } from '../http/readJsonBody';
import { readPageLimit } from '../http/readPageLimit';
import { withIdempotency } from '../idempotency/withIdempotency';
import { newId } from '../security/newId';
import { requireSession } from '../sessions/requireSession';
import { addConversationMessage } from './addConversationMessage';
import type { ConversationRecord } from './ConversationRecords';
import { conversationBody, messageBody } from './conversationBody';
import { conversationNotFound } from './conversationNotFound';
import { systemParticipant, visitorParticipant } from './participants';
import { publishConversationUpdate } from './publishConversationUpdate';
import { readMessagePage } from './readMessagePage';
import { checkVisitorMessage, sendVisitorMessage } from './sendVisitorMessage';
import { updateReadState } from './updateReadState';

type VisitorContext = Context<EngineEnv>;

/**
 * Conversations and messages of the session's contact, mounted under `/v1` by {@link createApp}. Every
 * route needs a session; conversations of other contacts answer 404 `conversation_not_found`, exactly
 * like unknown ids. Every change is published as realtime events to the visitor and to the team.
 * @internal
 */
export function createConversationRoutes(engine: Engine): Hono<EngineEnv> {
  const routes = new Hono<EngineEnv>();
  const repository = engine.store.conversations;
  const session = requireSession(engine);
  routes.use('/conversations', session);
  routes.use('/conversations/*', session);

  /** The conversation of the path, when it belongs to the session's contact. */
  const ownConversation = async (c: VisitorContext): Promise<ConversationRecord | undefined> => {
    const conversation = await repository.getConversation(c.req.param('id') ?? '');
    return conversation !== undefined && conversation.contactId === c.get('contact').id
      ? conversation
      : undefined;
  };

  routes.get('/conversations', async (c) => {
    const limit = readPageLimit(c);
    if (!limit.ok) return limit.response;
    const cursorText = c.req.query('cursor');
    let after: number | undefined;
    if (cursorText !== undefined) {
      const cursor = decodeCursor(cursorText);
      if (cursor === undefined || !isPosition(cursor.t)) return invalidCursor();
      after = cursor.t;
    }
    const page = await repository.listConversations({
      contactId: c.get('contact').id,
      widgetKey: c.get('widget').key,
      limit: limit.limit,
      ...(after === undefined ? {} : { after }),
    });
    const body: ConversationPage = {
      data: await Promise.all(
        page.conversations.map((conversation) => conversationBody(engine, conversation)),
      ),
      nextCursor: page.next === null ? null : encodeCursor({ t: page.next }),
    };
    return c.json(body);
  });

  routes.post('/conversations', async (c) => {
    const body = await readJsonBody(c, CreateConversationRequest);
    if (!body.ok) return body.response;
    const contact = c.get('contact');
    const widget = c.get('widget');
    return withIdempotency(
      engine,
      { scope: contact.id, request: c.req.raw, bodyText: body.text },
      async () => {
        const { message, context = {} } = body.value;
        const checked =
          message === undefined ? undefined : await checkVisitorMessage(engine, contact, message, '/message');
        if (checked !== undefined && !checked.ok) return checked.response;
        const now = engine.now();
        let conversation: ConversationRecord = {
          id: newId('cnv'),
          widgetKey: widget.key,
          contactId: contact.id,
          status: 'open',
          assignee: null,
          context,
          rating: null,
          visitorReadMessageId: null,
          teamReadMessageId: null,
          createdAt: now,
          updatedAt: now,
        };
        await repository.createConversation(conversation);
        if (message !== undefined && checked !== undefined) {
          const sent = await sendVisitorMessage(engine, {
            widget,
            contact,
            conversation,
            request: message,
            attachmentIds: checked.attachmentIds,
          });
          // A new conversation has no message that could clash with this one.
          if (!sent.ok) return sent.response;
          conversation = sent.conversation;
          return c.json(await conversationBody(engine, conversation), 201);
        }
        return c.json(await publishConversationUpdate(engine, conversation), 201);
      },
    );
  });
  routes.all('/conversations', methodNotAllowed(['GET', 'POST']));

  routes.get('/conversations/:id', async (c) => {
    const conversation = await ownConversation(c);
    if (conversation === undefined) return conversationNotFound();
    return c.json(await conversationBody(engine, conversation));
  });
  routes.all('/conversations/:id', methodNotAllowed(['GET']));

  routes.get('/conversations/:id/messages', async (c) => {
    const conversation = await ownConversation(c);
    if (conversation === undefined) return conversationNotFound();
    const result = await readMessagePage(engine, c, conversation.id);
    return result.ok ? c.json(result.page) : result.response;
  });

  routes.post('/conversations/:id/messages', async (c) => {
    const conversation = await ownConversation(c);
    if (conversation === undefined) return conversationNotFound();
    const body = await readJsonBody(c, SendMessageRequest);
    if (!body.ok) return body.response;
    const contact = c.get('contact');
    return withIdempotency(
      engine,
      { scope: contact.id, request: c.req.raw, bodyText: body.text },
      async () => {
        const checked = await checkVisitorMessage(engine, contact, body.value);
        if (!checked.ok) return checked.response;
        const latest = (await repository.getConversation(conversation.id)) ?? conversation;
        const sent = await sendVisitorMessage(engine, {
          widget: c.get('widget'),
          contact,
          conversation: latest,
          request: body.value,
          attachmentIds: checked.attachmentIds,
        });
        if (!sent.ok) return sent.response;
        return c.json(await messageBody(engine, sent.message), sent.created ? 201 : 200);
      },
    );
  });
  routes.all('/conversations/:id/messages', methodNotAllowed(['GET', 'POST']));

  routes.post('/conversations/:id/typing', async (c) => {
    const conversation = await ownConversation(c);
    if (conversation === undefined) return conversationNotFound();
    const body = await readJsonBody(c, TypingRequest);
    if (!body.ok) return body.response;
    await engine.events.publish(conversation.widgetKey, 'team', {
      type: 'typing',
      data: {
        conversationId: conversation.id,
        participant: visitorParticipant(c.get('contact')),
        typing: body.value.typing,
      },
    });
    return c.body(null, 204);
  });
  routes.all('/conversations/:id/typing', methodNotAllowed(['POST']));

  routes.post('/conversations/:id/read', async (c) => {
    const conversation = await ownConversation(c);
    if (conversation === undefined) return conversationNotFound();
    const body = await readJsonBody(c, ReadRequest);
    if (!body.ok) return body.response;
    const result = await updateReadState(engine, conversation, 'visitor', body.value.messageId);
    return result ?? c.body(null, 204);
  });
  routes.all('/conversations/:id/read', methodNotAllowed(['POST']));

  routes.put('/conversations/:id/rating', async (c) => {
    const conversation = await ownConversation(c);
    if (conversation === undefined) return conversationNotFound();
    const body = await readJsonBody(c, RatingRequest);
    if (!body.ok) return body.response;
    if (conversation.status !== 'resolved') {
      return problem({
        status: 409,
        code: 'conversation_not_resolved',
        title: 'Conversation not resolved',
        detail: 'Only a resolved conversation can be rated.',
      });
    }
    const { score, comment } = body.value;
    const isFirstRating = conversation.rating === null;
    const now = engine.now();
    let updated =
      (await repository.updateConversation(
        conversation.id,
        { rating: { score, comment: comment ?? null, ratedAt: now }, updatedAt: now },
        true,
      )) ?? conversation;
    if (isFirstRating) {
      await addConversationMessage(engine, updated, {
        author: systemParticipant,
        text: '',
        parts: [{ type: 'event', event: 'rated', score }],
      });
      updated = (await repository.getConversation(conversation.id)) ?? updated;
    }
    return c.json(await publishConversationUpdate(engine, updated));
  });
  routes.all('/conversations/:id/rating', methodNotAllowed(['PUT']));

  return routes;
}
