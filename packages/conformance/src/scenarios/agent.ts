import {
  AgentConversation,
  AgentConversationPage,
  AgentTicket,
  Conversation,
  Message,
  MessagePage,
  OutboxEmailPage,
  RedeemedLink,
  Ticket,
  TicketComment,
  TicketCommentPage,
} from '@parley/contract';
import Type from 'typebox';
import type { Scenario } from '../runner/Scenario';
import type { ScenarioContext } from '../runner/ScenarioContext';
import type { SseFrame } from '../sse/SseFrame';
import { allMessages, sendMessage, startConversation } from './support/conversations';
import { checkFrame, isMessageCreated } from './support/events';
import { createTicket } from './support/tickets';

const AgentTicketPage = Type.Object({
  data: Type.Array(AgentTicket),
  nextCursor: Type.Union([Type.String(), Type.Null()]),
});

async function agentReply(ctx: ScenarioContext, conversationId: string, text: string): Promise<Message> {
  const result = await ctx.agent.request('POST', `/v1/agent/conversations/${conversationId}/messages`, {
    body: { text, author: { name: 'Conformance Agent' } },
  });
  return ctx.expectJson(result, 201, Message);
}

async function setTicketStatus(ctx: ScenarioContext, ticketId: string, status: string) {
  return ctx.agent.request('PUT', `/v1/agent/tickets/${ticketId}/status`, { body: { status } });
}

/** The team side, used to play the agent. @internal */
export const agentScenarios: readonly Scenario[] = [
  {
    id: 'agent.auth',
    area: 'agent',
    title: 'The agent API refuses a missing or wrong agent token with 401 unauthorized',
    requires: 'agent',
    covers: ['GET /v1/agent/conversations', 'GET /v1/agent/tickets'],
    async run(ctx) {
      ctx.expectProblem(await ctx.request('GET', '/v1/agent/conversations'), 401, 'unauthorized');
      ctx.expectProblem(
        await ctx.request('GET', '/v1/agent/tickets', { token: 'wrong-token' }),
        401,
        'unauthorized',
      );
      const session = await ctx.session();
      const visitor = await ctx.request('GET', '/v1/agent/conversations', { token: session.token });
      ctx.expectProblem(visitor, 401, 'unauthorized');
    },
  },
  {
    id: 'agent.inbox',
    area: 'agent',
    title: "The team's inbox lists a visitor's new conversation with its contact and messages",
    requires: ['agent', 'conversations'],
    covers: [
      'GET /v1/agent/conversations',
      'GET /v1/agent/conversations/{}',
      'GET /v1/agent/conversations/{}/messages',
    ],
    async run(ctx) {
      const session = await ctx.session();
      const { conversation, clientMessageId } = await startConversation(ctx, session.token);
      const list = ctx.expectJson(
        await ctx.agent.request('GET', '/v1/agent/conversations', {
          query: { widgetKey: ctx.target.widgetKey, limit: 100 },
        }),
        200,
        AgentConversationPage,
      );
      ctx.check(
        list.data.some((item) => item.conversation.id === conversation.id),
        'The new conversation is not in the first page of the inbox (most recently updated first).',
      );
      const one = ctx.expectJson(
        await ctx.agent.request('GET', `/v1/agent/conversations/${conversation.id}`),
        200,
        AgentConversation,
      );
      ctx.check(one.contact.id === session.contact.id, 'The inbox names another contact.', {
        expected: session.contact.id,
        actual: one.contact.id,
      });
      const messages = ctx.expectJson(
        await ctx.agent.request('GET', `/v1/agent/conversations/${conversation.id}/messages`),
        200,
        MessagePage,
      );
      ctx.check(
        messages.data.some((message) => message.clientMessageId === clientMessageId),
        "The team does not see the visitor's message.",
      );
      const unknown = await ctx.agent.request('GET', `/v1/agent/conversations/cnv_${ctx.unique('missing')}`);
      ctx.expectProblem(unknown, 404, 'conversation_not_found');
    },
  },
  {
    id: 'agent.reply',
    area: 'agent',
    title: 'A team reply reaches the visitor as an agent message, assigned and unread',
    requires: ['agent', 'conversations'],
    covers: [
      'POST /v1/agent/conversations/{}/messages',
      'GET /v1/conversations/{}',
      'GET /v1/conversations/{}/messages',
    ],
    async run(ctx) {
      const session = await ctx.session();
      const { conversation } = await startConversation(ctx, session.token);
      const reply = await agentReply(ctx, conversation.id, 'Hi! Let me look into it.');
      ctx.check(reply.author.kind === 'agent', 'The reply is not authored by an agent.', {
        actual: reply.author.kind,
      });
      const messages = await allMessages(ctx, session.token, conversation.id);
      ctx.check(
        messages.some((message) => message.id === reply.id),
        'The visitor does not see the reply.',
      );
      const seen = ctx.expectJson(
        await ctx.request('GET', `/v1/conversations/${conversation.id}`, { token: session.token }),
        200,
        Conversation,
      );
      ctx.check(
        seen.assignee?.kind === 'agent',
        'The conversation is not assigned to the agent who replied.',
        {
          actual: JSON.stringify(seen.assignee),
        },
      );
      ctx.check(seen.unreadCount >= 1, 'The reply is not counted unread.', { actual: `${seen.unreadCount}` });
    },
  },
  {
    id: 'agent.readAndTyping',
    area: 'agent',
    title: 'The team marks a visitor message read (lastReadByTeam) and types (204)',
    requires: ['agent', 'conversations'],
    covers: ['POST /v1/agent/conversations/{}/read', 'POST /v1/agent/conversations/{}/typing'],
    async run(ctx) {
      const session = await ctx.session();
      const { conversation } = await startConversation(ctx, session.token);
      const message = await sendMessage(ctx, session.token, conversation.id, 'Anyone there?');
      const read = await ctx.agent.request('POST', `/v1/agent/conversations/${conversation.id}/read`, {
        body: { messageId: message.id },
      });
      ctx.expectStatus(read, 204);
      const seen = ctx.expectJson(
        await ctx.request('GET', `/v1/conversations/${conversation.id}`, { token: session.token }),
        200,
        Conversation,
      );
      ctx.check(seen.lastReadByTeam === message.id, 'lastReadByTeam is not the message the team read.', {
        expected: message.id,
        actual: String(seen.lastReadByTeam),
      });
      const typing = await ctx.agent.request('POST', `/v1/agent/conversations/${conversation.id}/typing`, {
        body: { typing: true },
      });
      ctx.expectStatus(typing, 204);
    },
  },
  {
    id: 'agent.liveReply',
    area: 'agent',
    title:
      "The visitor's event stream delivers the team's reply and typing; the team's stream the visitor's message",
    requires: ['agent', 'conversations', 'realtime'],
    covers: [
      'GET /v1/events',
      'GET /v1/agent/events',
      'POST /v1/agent/conversations/{}/messages',
      'POST /v1/agent/conversations/{}/typing',
    ],
    async run(ctx) {
      const session = await ctx.session();
      const { conversation } = await startConversation(ctx, session.token);
      const visitor = await ctx.events({ token: session.token });
      const team = await ctx.events({ agent: true, path: '/v1/agent/events' });
      const reply = await agentReply(ctx, conversation.id, 'Live reply from the team');
      const frame = await visitor.waitFor('message.created for the reply', (item) => {
        const data = (item.json as { data?: { message?: { id?: unknown } } } | undefined)?.data;
        return item.event === 'message.created' && data?.message?.id === reply.id;
      });
      checkFrame(ctx, frame);
      ctx.expectStatus(
        await ctx.agent.request('POST', `/v1/agent/conversations/${conversation.id}/typing`, {
          body: { typing: true },
        }),
        204,
      );
      checkFrame(ctx, await visitor.waitFor('a typing event', (item) => item.event === 'typing'));
      const clientMessageId = ctx.unique('cm');
      await sendMessage(ctx, session.token, conversation.id, 'Thanks!', clientMessageId);
      checkFrame(
        ctx,
        await team.waitFor(`message.created for ${clientMessageId} on the team stream`, (item) =>
          isMessageCreated(item, clientMessageId),
        ),
      );
    },
  },
  {
    id: 'agent.emailLink',
    area: 'agent',
    title:
      'A reply to an away visitor with an email is recorded in the outbox; its link opens the conversation once',
    requires: ['agent', 'conversations'],
    covers: ['PATCH /v1/session/contact', 'GET /v1/agent/outbox', 'POST /v1/session/link'],
    async run(ctx) {
      const session = await ctx.session();
      const email = `${ctx.unique('away').toLowerCase()}@example.com`;
      ctx.expectStatus(
        await ctx.request('PATCH', '/v1/session/contact', { token: session.token, body: { email } }),
        200,
      );
      const { conversation } = await startConversation(ctx, session.token);
      await agentReply(ctx, conversation.id, 'We fixed it, have a look.');
      const outbox = ctx.expectJson(
        await ctx.agent.request('GET', '/v1/agent/outbox', { query: { limit: 100 } }),
        200,
        OutboxEmailPage,
      );
      const sent = outbox.data.find((item) => item.to === email && item.conversationId === conversation.id);
      if (sent === undefined) {
        return ctx.fail('No email was recorded for the away visitor.', {
          expected: `an outbox email to ${email}`,
          actual: `${outbox.data.length} emails, none to ${email}`,
        });
      }
      let linkToken: string | null = null;
      try {
        linkToken = new URL(sent.link).searchParams.get('parley_link');
      } catch {
        linkToken = null;
      }
      if (linkToken === null)
        return ctx.fail('The email link has no parley_link parameter.', { actual: sent.link });
      const body = { widgetKey: ctx.target.widgetKey, linkToken };
      const redeemed = ctx.expectJson(
        await ctx.request('POST', '/v1/session/link', { body }),
        201,
        RedeemedLink,
      );
      ctx.check(redeemed.conversationId === conversation.id, 'The link opens another conversation.', {
        expected: conversation.id,
        actual: redeemed.conversationId,
      });
      ctx.check(redeemed.session.contact.id === session.contact.id, 'The link gave another contact.');
      ctx.expectProblem(await ctx.request('POST', '/v1/session/link', { body }), 410, 'link_expired');
      const unknown = await ctx.request('POST', '/v1/session/link', {
        body: { widgetKey: ctx.target.widgetKey, linkToken: `${linkToken}x` },
      });
      ctx.expectProblem(unknown, 404, 'not_found');
    },
  },
  {
    id: 'agent.tickets',
    area: 'agent',
    title:
      'The team answers a ticket; statuses move as the contract says, and a closed ticket takes no reply',
    requires: ['agent', 'tickets'],
    covers: [
      'GET /v1/agent/tickets',
      'GET /v1/agent/tickets/{}',
      'GET /v1/agent/tickets/{}/comments',
      'POST /v1/agent/tickets/{}/comments',
      'PUT /v1/agent/tickets/{}/status',
      'POST /v1/tickets/{}/comments',
      'GET /v1/tickets/{}',
    ],
    async run(ctx) {
      const session = await ctx.session();
      const { ticket } = await createTicket(ctx, session.token);
      const list = ctx.expectJson(
        await ctx.agent.request('GET', '/v1/agent/tickets', {
          query: { widgetKey: ctx.target.widgetKey, limit: 100 },
        }),
        200,
        AgentTicketPage,
      );
      ctx.check(
        list.data.some((item) => item.ticket.id === ticket.id),
        'The new ticket is not in the team list.',
      );
      ctx.expectJson(await ctx.agent.request('GET', `/v1/agent/tickets/${ticket.id}`), 200, AgentTicket);
      const comment = ctx.expectJson(
        await ctx.agent.request('POST', `/v1/agent/tickets/${ticket.id}/comments`, {
          body: { text: 'Which notebook is it?' },
        }),
        201,
        TicketComment,
      );
      const thread = ctx.expectJson(
        await ctx.agent.request('GET', `/v1/agent/tickets/${ticket.id}/comments`),
        200,
        TicketCommentPage,
      );
      ctx.check(thread.data.at(-1)?.id === comment.id, 'The team comment is not last in the thread.');
      const waiting = ctx.expectJson(
        await ctx.request('GET', `/v1/tickets/${ticket.id}`, { token: session.token }),
        200,
        Ticket,
      );
      ctx.check(
        waiting.status === 'waiting_on_customer',
        'A team reply must move a received ticket to waiting.',
        {
          actual: waiting.status,
        },
      );
      const reply = await ctx.request('POST', `/v1/tickets/${ticket.id}/comments`, {
        token: session.token,
        body: { text: 'The one called Travel.' },
      });
      ctx.expectJson(reply, 201, TicketComment);
      const reopened = ctx.expectJson(
        await ctx.request('GET', `/v1/tickets/${ticket.id}`, { token: session.token }),
        200,
        Ticket,
      );
      ctx.check(reopened.status === 'open', 'A customer reply must move a waiting ticket back to open.', {
        actual: reopened.status,
      });
      const solved = ctx.expectJson(await setTicketStatus(ctx, ticket.id, 'solved'), 200, AgentTicket);
      ctx.check(solved.ticket.statusHistory.at(-1)?.status === 'solved', 'The status history lacks solved.');
      ctx.expectProblem(await setTicketStatus(ctx, ticket.id, 'received'), 409, 'conflict');
      ctx.expectJson(await setTicketStatus(ctx, ticket.id, 'closed'), 200, AgentTicket);
      const closedReply = await ctx.request('POST', `/v1/tickets/${ticket.id}/comments`, {
        token: session.token,
        body: { text: 'One more thing.' },
      });
      ctx.expectProblem(closedReply, 409, 'conflict');
      ctx.expectProblem(await setTicketStatus(ctx, ticket.id, 'open'), 409, 'conflict');
    },
  },
  {
    id: 'agent.ticketEvents',
    area: 'agent',
    title: "The requester's event stream delivers ticket.comment.created and ticket.updated for a team reply",
    requires: ['agent', 'tickets', 'realtime'],
    covers: ['GET /v1/events', 'POST /v1/agent/tickets/{}/comments'],
    async run(ctx) {
      const session = await ctx.session();
      const { ticket } = await createTicket(ctx, session.token);
      const stream = await ctx.events({ token: session.token });
      const comment = ctx.expectJson(
        await ctx.agent.request('POST', `/v1/agent/tickets/${ticket.id}/comments`, {
          body: { text: 'On it.' },
        }),
        201,
        TicketComment,
      );
      const isComment = (frame: SseFrame) =>
        frame.event === 'ticket.comment.created' &&
        (frame.json as { data?: { comment?: { id?: unknown } } } | undefined)?.data?.comment?.id ===
          comment.id;
      const isUpdate = (frame: SseFrame) =>
        frame.event === 'ticket.updated' &&
        (frame.json as { data?: { ticket?: { id?: unknown } } } | undefined)?.data?.ticket?.id === ticket.id;
      // The two events may come in either order.
      await stream.waitFor(
        'ticket.comment.created and ticket.updated for the team reply',
        () => stream.received.some(isComment) && stream.received.some(isUpdate),
      );
      for (const frame of stream.received.filter((item) => isComment(item) || isUpdate(item)))
        checkFrame(ctx, frame);
    },
  },
];
