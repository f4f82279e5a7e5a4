import { Conversation, ConversationPage, CreatedTicket } from '@parley/contract';
import type { Scenario } from '../runner/Scenario';
import type { ScenarioContext } from '../runner/ScenarioContext';

function createConversation(ctx: ScenarioContext, token: string, key: string, pageTitle: string) {
  return ctx.request('POST', '/v1/conversations', {
    token,
    headers: { 'Idempotency-Key': key },
    body: { context: { pageTitle } },
  });
}

async function conversationIds(ctx: ScenarioContext, token: string): Promise<string[]> {
  const list = ctx.expectJson(
    await ctx.request('GET', '/v1/conversations', { token }),
    200,
    ConversationPage,
  );
  return list.data.map((conversation) => conversation.id);
}

/** The Idempotency-Key rules. @internal */
export const idempotencyScenarios: readonly Scenario[] = [
  {
    id: 'idempotency.replay',
    area: 'idempotency',
    title: 'The same Idempotency-Key and body replays the first answer and creates nothing more',
    requires: 'conversations',
    covers: ['POST /v1/conversations', 'GET /v1/conversations'],
    async run(ctx) {
      const session = await ctx.session();
      const key = ctx.unique('key');
      const first = await createConversation(ctx, session.token, key, 'Pricing');
      const created = ctx.expectJson(first, 201, Conversation);
      const second = await createConversation(ctx, session.token, key, 'Pricing');
      ctx.expectStatus(second, 201);
      const replayed = second.headers.get('Idempotent-Replayed') === 'true' || second.text === first.text;
      ctx.check(replayed, 'The retry is neither marked Idempotent-Replayed: true nor the same body.', {
        request: second.request,
        expected: 'Idempotent-Replayed: true, or the first body',
        actual: second.text.slice(0, 200),
      });
      const again = ctx.expectSchema(Conversation, second.json);
      ctx.check(again.id === created.id, 'The retry created a second conversation.', {
        expected: created.id,
        actual: again.id,
      });
      const ids = await conversationIds(ctx, session.token);
      ctx.check(ids.length === 1, 'The session has more than one conversation after a retry.', {
        actual: ids.join(', '),
      });
    },
  },
  {
    id: 'idempotency.reused',
    area: 'idempotency',
    title: 'The same Idempotency-Key with another body is 422 idempotency_key_reused',
    requires: 'conversations',
    covers: ['POST /v1/conversations'],
    async run(ctx) {
      const session = await ctx.session();
      const key = ctx.unique('key');
      ctx.expectStatus(await createConversation(ctx, session.token, key, 'Pricing'), 201);
      const other = await createConversation(ctx, session.token, key, 'Billing');
      ctx.expectProblem(other, 422, 'idempotency_key_reused');
    },
  },
  {
    id: 'idempotency.concurrent',
    area: 'idempotency',
    title: 'Two concurrent requests with one key create one conversation (a replay or 409 in flight)',
    requires: 'conversations',
    covers: ['POST /v1/conversations', 'GET /v1/conversations'],
    async run(ctx) {
      const session = await ctx.session();
      const key = ctx.unique('key');
      const answers = await Promise.all([
        createConversation(ctx, session.token, key, 'Concurrent'),
        createConversation(ctx, session.token, key, 'Concurrent'),
      ]);
      const ids = new Set<string>();
      for (const answer of answers) {
        if (answer.status === 409) {
          ctx.expectProblem(answer, 409, 'idempotency_key_in_flight');
        } else {
          ids.add(ctx.expectJson(answer, 201, Conversation).id);
        }
      }
      ctx.check(ids.size === 1, 'Concurrent requests with one key did not give exactly one conversation.', {
        expected: 'one conversation id',
        actual: `${answers.map((answer) => answer.status).join(' and ')}; ids ${[...ids].join(', ') || 'none'}`,
      });
      const listed = await conversationIds(ctx, session.token);
      ctx.check(listed.length === 1, 'Concurrent requests with one key created two conversations.', {
        actual: listed.join(', '),
      });
    },
  },
  {
    id: 'idempotency.scopedAndValidated',
    area: 'idempotency',
    title: "Keys are the caller's own, and a key over 255 characters is 400 invalid_idempotency_key",
    requires: 'conversations',
    covers: ['POST /v1/conversations'],
    async run(ctx) {
      const key = ctx.unique('key');
      const alice = await ctx.session();
      const bob = await ctx.session();
      const first = ctx.expectJson(
        await createConversation(ctx, alice.token, key, 'Shared key'),
        201,
        Conversation,
      );
      const second = ctx.expectJson(
        await createConversation(ctx, bob.token, key, 'Shared key'),
        201,
        Conversation,
      );
      ctx.check(first.id !== second.id, "Another visitor's key replayed their conversation.", {
        expected: 'two conversations',
        actual: `${first.id} twice`,
      });
      const tooLong = await createConversation(ctx, alice.token, 'k'.repeat(256), 'Long key');
      ctx.expectProblem(tooLong, 400, 'invalid_idempotency_key');
    },
  },
  {
    id: 'idempotency.tickets',
    area: 'idempotency',
    title: 'A replayed ticket creation returns the same ticket and access key',
    requires: 'tickets',
    covers: ['POST /v1/tickets'],
    async run(ctx) {
      const session = await ctx.session();
      const key = ctx.unique('key');
      const body = {
        email: 'retry@example.com',
        subject: `Offline form ${key}`,
        message: 'Sent twice because the network dropped.',
      };
      const headers = { 'Idempotency-Key': key };
      const first = ctx.expectJson(
        await ctx.request('POST', '/v1/tickets', { token: session.token, headers, body }),
        201,
        CreatedTicket,
      );
      const second = ctx.expectJson(
        await ctx.request('POST', '/v1/tickets', { token: session.token, headers, body }),
        201,
        CreatedTicket,
      );
      ctx.check(
        second.ticket.id === first.ticket.id && second.accessKey === first.accessKey,
        'The retry made another ticket.',
        {
          expected: `${first.ticket.reference}`,
          actual: `${second.ticket.reference}`,
        },
      );
    },
  },
];
