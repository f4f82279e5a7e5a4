import { Conversation, ConversationPage, MessagePage } from '@parley/contract';
import type { Scenario } from '../runner/Scenario';
import { allMessages, startConversation } from './support/conversations';

/** Conversations: create, list, read, and who may see them. @internal */
export const conversationScenarios: readonly Scenario[] = [
  {
    id: 'conversations.create',
    area: 'conversations',
    title: 'A conversation starts with its first message and context, open',
    requires: 'conversations',
    covers: ['POST /v1/conversations', 'GET /v1/conversations/{}/messages'],
    async run(ctx) {
      const session = await ctx.session();
      const { conversation, clientMessageId } = await startConversation(
        ctx,
        session.token,
        'My export is stuck.',
      );
      ctx.check(conversation.status === 'open', 'A new conversation must be open.', {
        actual: conversation.status,
      });
      ctx.check(conversation.context.pageUrl === 'https://example.com/billing', 'The context was not kept.', {
        expected: 'context.pageUrl https://example.com/billing',
        actual: JSON.stringify(conversation.context),
      });
      const messages = await allMessages(ctx, session.token, conversation.id);
      const first = messages.find((message) => message.clientMessageId === clientMessageId);
      if (first === undefined) {
        return ctx.fail('The first message is not in the conversation.', {
          expected: `a message with clientMessageId ${clientMessageId}`,
          actual: `${messages.length} messages`,
        });
      }
      ctx.check(
        first.text === 'My export is stuck.' && first.author.kind === 'visitor',
        'The first message is wrong.',
        {
          actual: `${first.author.kind}: ${first.text}`,
        },
      );
      ctx.check(first.conversationId === conversation.id, 'The message names another conversation.');
      const empty = await ctx.request('POST', '/v1/conversations', { token: session.token, body: {} });
      ctx.expectJson(empty, 201, Conversation);
    },
  },
  {
    id: 'conversations.listAndGet',
    area: 'conversations',
    title: 'The session lists its conversations and reads one by id',
    requires: 'conversations',
    covers: ['POST /v1/conversations', 'GET /v1/conversations', 'GET /v1/conversations/{}'],
    async run(ctx) {
      const session = await ctx.session();
      const older = await startConversation(ctx, session.token, 'First question');
      const newer = await startConversation(ctx, session.token, 'Second question');
      const list = ctx.expectJson(
        await ctx.request('GET', '/v1/conversations', { token: session.token }),
        200,
        ConversationPage,
      );
      const ids = list.data.map((item) => item.id);
      ctx.check(
        ids.includes(older.conversation.id) && ids.includes(newer.conversation.id),
        'The list lacks a conversation of the session.',
        { expected: `${older.conversation.id} and ${newer.conversation.id}`, actual: ids.join(', ') },
      );
      ctx.check(ids.length === 2, 'The list holds conversations of someone else.', {
        actual: ids.join(', '),
      });
      const read = await ctx.request('GET', `/v1/conversations/${older.conversation.id}`, {
        token: session.token,
      });
      const conversation = ctx.expectJson(read, 200, Conversation);
      ctx.check(conversation.id === older.conversation.id, 'Reading by id gave another conversation.');
      // The last message is the visitor's, or a later one (a bot may answer at once).
      const last = conversation.lastMessage;
      ctx.check(
        last !== null &&
          last.conversationId === conversation.id &&
          Date.parse(last.createdAt) >= Date.parse(conversation.createdAt),
        'lastMessage is missing or not a message of this conversation.',
        { actual: JSON.stringify(last)?.slice(0, 200) },
      );
    },
  },
  {
    id: 'conversations.visibility',
    area: 'conversations',
    title: "Another visitor's conversation is 404 conversation_not_found everywhere, like an unknown id",
    requires: 'conversations',
    covers: [
      'POST /v1/conversations',
      'GET /v1/conversations',
      'GET /v1/conversations/{}',
      'GET /v1/conversations/{}/messages',
      'POST /v1/conversations/{}/messages',
    ],
    async run(ctx) {
      const owner = await ctx.session();
      const { conversation } = await startConversation(ctx, owner.token);
      const stranger = await ctx.session();
      const path = `/v1/conversations/${conversation.id}`;
      ctx.expectProblem(
        await ctx.request('GET', path, { token: stranger.token }),
        404,
        'conversation_not_found',
      );
      ctx.expectProblem(
        await ctx.request('GET', `${path}/messages`, { token: stranger.token }),
        404,
        'conversation_not_found',
      );
      const write = await ctx.request('POST', `${path}/messages`, {
        token: stranger.token,
        body: { clientMessageId: ctx.unique('cm'), text: 'Let me in' },
      });
      ctx.expectProblem(write, 404, 'conversation_not_found');
      const unknown = await ctx.request('GET', `/v1/conversations/cnv_${ctx.unique('missing')}`, {
        token: stranger.token,
      });
      ctx.expectProblem(unknown, 404, 'conversation_not_found');
      const list = ctx.expectJson(
        await ctx.request('GET', '/v1/conversations', { token: stranger.token }),
        200,
        ConversationPage,
      );
      ctx.check(list.data.length === 0, "Another visitor's conversation shows in the list.");
      const messages = ctx.expectJson(
        await ctx.request('GET', `${path}/messages`, { token: owner.token }),
        200,
        MessagePage,
      );
      ctx.check(
        !messages.data.some((message) => message.text === 'Let me in'),
        "A stranger's message was added to the conversation.",
      );
    },
  },
  {
    id: 'conversations.needsSession',
    area: 'conversations',
    title: 'Conversations need a session: 401 unauthorized without a bearer token',
    requires: 'conversations',
    covers: ['GET /v1/conversations', 'POST /v1/conversations'],
    async run(ctx) {
      ctx.expectProblem(await ctx.request('GET', '/v1/conversations'), 401, 'unauthorized');
      const create = await ctx.request('POST', '/v1/conversations', { body: {} });
      ctx.expectProblem(create, 401, 'unauthorized');
    },
  },
];
