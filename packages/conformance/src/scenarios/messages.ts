import { AgentConversation, Conversation, Message, MessagePage } from '@parley/contract';
import type { Scenario } from '../runner/Scenario';
import { uploadPng } from './attachments';
import { allMessages, sendMessage, startConversation } from './support/conversations';

/** Messages, exactly-once sending, typing, read state and rating. @internal */
export const messageScenarios: readonly Scenario[] = [
  {
    id: 'messages.send',
    area: 'messages',
    title: 'A visitor message is 201 with its text, author and clientMessageId echoed',
    requires: 'conversations',
    covers: ['POST /v1/conversations', 'POST /v1/conversations/{}/messages', 'GET /v1/conversations/{}'],
    async run(ctx) {
      const session = await ctx.session();
      const { conversation } = await startConversation(ctx, session.token);
      const clientMessageId = ctx.unique('cm');
      const message = await sendMessage(
        ctx,
        session.token,
        conversation.id,
        'It says **error 42**.',
        clientMessageId,
      );
      ctx.check(message.clientMessageId === clientMessageId, 'clientMessageId is not echoed.', {
        expected: clientMessageId,
        actual: String(message.clientMessageId),
      });
      ctx.check(message.text === 'It says **error 42**.', 'The text is not kept as sent.', {
        actual: message.text,
      });
      ctx.check(message.author.kind === 'visitor', 'The author is not the visitor.', {
        actual: message.author.kind,
      });
      ctx.check(message.conversationId === conversation.id, 'The message names another conversation.');
      const after = ctx.expectJson(
        await ctx.request('GET', `/v1/conversations/${conversation.id}`, { token: session.token }),
        200,
        Conversation,
      );
      ctx.check(
        Date.parse(after.updatedAt) >= Date.parse(conversation.updatedAt),
        'updatedAt went backwards.',
      );
    },
  },
  {
    id: 'messages.exactlyOnce',
    area: 'messages',
    title: 'Resending a clientMessageId returns the same message; with other text it is 422',
    requires: 'conversations',
    covers: [
      'POST /v1/conversations',
      'POST /v1/conversations/{}/messages',
      'GET /v1/conversations/{}/messages',
    ],
    async run(ctx) {
      const session = await ctx.session();
      const { conversation } = await startConversation(ctx, session.token);
      const clientMessageId = ctx.unique('cm');
      const path = `/v1/conversations/${conversation.id}/messages`;
      const body = { clientMessageId, text: 'Sent twice by a flaky network' };
      const first = ctx.expectJson(
        await ctx.request('POST', path, { token: session.token, body }),
        201,
        Message,
      );
      const retry = ctx.expectJson(
        await ctx.request('POST', path, { token: session.token, body }),
        [200, 201],
        Message,
      );
      ctx.check(retry.id === first.id, 'The retry created a second message.', {
        expected: first.id,
        actual: retry.id,
      });
      const messages = await allMessages(ctx, session.token, conversation.id);
      const copies = messages.filter((message) => message.clientMessageId === clientMessageId);
      ctx.check(copies.length === 1, 'The conversation holds the message more than once.', {
        expected: '1 copy',
        actual: `${copies.length} copies`,
      });
      const changed = await ctx.request('POST', path, {
        token: session.token,
        body: { clientMessageId, text: 'Another text' },
      });
      ctx.expectProblem(changed, 422, 'idempotency_key_reused');
    },
  },
  {
    id: 'messages.limits',
    area: 'messages',
    title: 'A message too long, blank, or without a clientMessageId is 422 validation_failed',
    requires: 'conversations',
    covers: ['POST /v1/conversations', 'POST /v1/conversations/{}/messages'],
    async run(ctx) {
      const session = await ctx.session();
      const { conversation } = await startConversation(ctx, session.token);
      const path = `/v1/conversations/${conversation.id}/messages`;
      const max = Math.min(ctx.config?.limits.messageMaxLength ?? 10_000, 10_000);
      const long = await ctx.request('POST', path, {
        token: session.token,
        body: { clientMessageId: ctx.unique('cm'), text: 'a'.repeat(max + 1) },
      });
      ctx.expectProblem(long, 422, 'validation_failed');
      const noId = await ctx.request('POST', path, { token: session.token, body: { text: 'Hello' } });
      ctx.expectProblem(noId, 422, 'validation_failed');
      const blank = await ctx.request('POST', path, {
        token: session.token,
        body: { clientMessageId: ctx.unique('cm'), text: '   ' },
      });
      const problem = ctx.expectProblem(blank, 422, 'validation_failed');
      ctx.check(
        problem.errors?.some((error) => error.pointer === '/text') === true,
        'The error does not point at /text.',
        {
          request: blank.request,
          actual: JSON.stringify(problem.errors),
        },
      );
    },
  },
  {
    id: 'messages.typingAndRead',
    area: 'messages',
    title: 'Typing and read state are 204; reading an unknown message is 422',
    requires: 'conversations',
    covers: ['POST /v1/conversations', 'POST /v1/conversations/{}/typing', 'POST /v1/conversations/{}/read'],
    async run(ctx) {
      const session = await ctx.session();
      const { conversation } = await startConversation(ctx, session.token);
      const path = `/v1/conversations/${conversation.id}`;
      ctx.expectStatus(
        await ctx.request('POST', `${path}/typing`, { token: session.token, body: { typing: true } }),
        204,
      );
      ctx.expectStatus(
        await ctx.request('POST', `${path}/typing`, { token: session.token, body: { typing: false } }),
        204,
      );
      const invalid = await ctx.request('POST', `${path}/typing`, {
        token: session.token,
        body: { typing: 'yes' },
      });
      ctx.expectProblem(invalid, 422, 'validation_failed');
      const [latest] = (await allMessages(ctx, session.token, conversation.id)).slice(-1);
      if (latest === undefined) return ctx.fail('The conversation has no message to mark read.');
      const read = await ctx.request('POST', `${path}/read`, {
        token: session.token,
        body: { messageId: latest.id },
      });
      ctx.expectStatus(read, 204);
      const after = ctx.expectJson(
        await ctx.request('GET', path, { token: session.token }),
        200,
        Conversation,
      );
      // A bot may have answered meanwhile; only when nothing came after the read message must it be 0.
      if (after.lastMessage?.id === latest.id) {
        ctx.check(after.unreadCount === 0, 'Everything was marked read, yet unreadCount is not 0.', {
          actual: `unreadCount ${after.unreadCount}`,
        });
      }
      const unknown = await ctx.request('POST', `${path}/read`, {
        token: session.token,
        body: { messageId: `msg_${ctx.unique('missing')}` },
      });
      ctx.expectProblem(unknown, 422, 'validation_failed');
    },
  },
  {
    id: 'messages.withAttachment',
    area: 'messages',
    title: 'A message carries an uploaded attachment',
    requires: ['conversations', 'attachments'],
    covers: ['POST /v1/attachments', 'POST /v1/conversations', 'POST /v1/conversations/{}/messages'],
    async run(ctx) {
      const session = await ctx.session();
      const { conversation } = await startConversation(ctx, session.token);
      const attachment = await uploadPng(ctx, session.token, 'screenshot.png');
      const result = await ctx.request('POST', `/v1/conversations/${conversation.id}/messages`, {
        token: session.token,
        body: {
          clientMessageId: ctx.unique('cm'),
          text: 'Here is a screenshot',
          attachmentIds: [attachment.id],
        },
      });
      const message = ctx.expectJson(result, 201, Message);
      ctx.check(message.attachments[0]?.id === attachment.id, 'The message does not carry the attachment.', {
        expected: attachment.id,
        actual: message.attachments.map((item) => item.id).join(', ') || 'no attachments',
      });
      const stranger = await ctx.session();
      const foreign = await uploadPng(ctx, stranger.token);
      const stolen = await ctx.request('POST', `/v1/conversations/${conversation.id}/messages`, {
        token: session.token,
        body: { clientMessageId: ctx.unique('cm'), text: 'Not mine', attachmentIds: [foreign.id] },
      });
      ctx.expectProblem(stolen, 422, 'validation_failed');
    },
  },
  {
    id: 'messages.ratingBeforeResolve',
    area: 'messages',
    title: 'Rating an open conversation is 409 conversation_not_resolved',
    requires: ['conversations', 'rating'],
    covers: ['POST /v1/conversations', 'PUT /v1/conversations/{}/rating'],
    async run(ctx) {
      const session = await ctx.session();
      const { conversation } = await startConversation(ctx, session.token);
      const result = await ctx.request('PUT', `/v1/conversations/${conversation.id}/rating`, {
        token: session.token,
        body: { score: 5 },
      });
      ctx.expectProblem(result, 409, 'conversation_not_resolved');
    },
  },
  {
    id: 'messages.ratingAfterResolve',
    area: 'messages',
    title: 'Once the team resolves it, the visitor rates the conversation (and may rate again)',
    requires: ['conversations', 'rating', 'agent'],
    covers: [
      'POST /v1/conversations',
      'PUT /v1/agent/conversations/{}/status',
      'PUT /v1/conversations/{}/rating',
    ],
    async run(ctx) {
      const session = await ctx.session();
      const { conversation } = await startConversation(ctx, session.token);
      const resolved = await ctx.agent.request('PUT', `/v1/agent/conversations/${conversation.id}/status`, {
        body: { status: 'resolved' },
      });
      ctx.expectJson(resolved, 200, AgentConversation);
      const path = `/v1/conversations/${conversation.id}/rating`;
      const rated = ctx.expectJson(
        await ctx.request('PUT', path, {
          token: session.token,
          body: { score: 4, comment: 'Quick and kind.' },
        }),
        200,
        Conversation,
      );
      ctx.check(
        rated.rating?.score === 4 && rated.rating.comment === 'Quick and kind.',
        'The rating was not kept.',
        {
          actual: JSON.stringify(rated.rating),
        },
      );
      const again = ctx.expectJson(
        await ctx.request('PUT', path, { token: session.token, body: { score: 5 } }),
        200,
        Conversation,
      );
      ctx.check(again.rating?.score === 5, 'Rating again did not replace the rating.', {
        actual: JSON.stringify(again.rating),
      });
      const invalid = await ctx.request('PUT', path, { token: session.token, body: { score: 6 } });
      ctx.expectProblem(invalid, 422, 'validation_failed');
    },
  },
  {
    id: 'messages.reopenOnReply',
    area: 'messages',
    title: 'A visitor message on a resolved conversation reopens it',
    requires: ['conversations', 'agent'],
    covers: [
      'PUT /v1/agent/conversations/{}/status',
      'POST /v1/conversations/{}/messages',
      'GET /v1/conversations/{}',
    ],
    async run(ctx) {
      const session = await ctx.session();
      const { conversation } = await startConversation(ctx, session.token);
      ctx.expectStatus(
        await ctx.agent.request('PUT', `/v1/agent/conversations/${conversation.id}/status`, {
          body: { status: 'resolved' },
        }),
        200,
      );
      await sendMessage(ctx, session.token, conversation.id, 'Actually, one more thing.');
      const after = ctx.expectJson(
        await ctx.request('GET', `/v1/conversations/${conversation.id}`, { token: session.token }),
        200,
        Conversation,
      );
      ctx.check(after.status === 'open', 'The conversation stayed resolved after the visitor wrote.', {
        actual: after.status,
      });
      const page = ctx.expectJson(
        await ctx.request('GET', `/v1/conversations/${conversation.id}/messages`, { token: session.token }),
        200,
        MessagePage,
      );
      ctx.check(page.data.length > 0, 'The conversation has no messages.');
    },
  },
];
