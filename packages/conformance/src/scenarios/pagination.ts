import { ConversationPage, type Message, MessagePage } from '@parley/contract';
import type { Scenario } from '../runner/Scenario';
import { sendMessage, startConversation } from './support/conversations';

/** Cursor pagination of conversations and messages. @internal */
export const paginationScenarios: readonly Scenario[] = [
  {
    id: 'pagination.messagesBackward',
    area: 'pagination',
    title: 'Messages page back from the latest with limit and before, chronological, each once',
    requires: 'conversations',
    covers: [
      'POST /v1/conversations',
      'POST /v1/conversations/{}/messages',
      'GET /v1/conversations/{}/messages',
    ],
    timeoutMs: 20_000,
    async run(ctx) {
      const session = await ctx.session();
      const { conversation } = await startConversation(ctx, session.token, 'Message 0');
      const sent: Message[] = [];
      for (let index = 1; index <= 6; index += 1) {
        sent.push(await sendMessage(ctx, session.token, conversation.id, `Message ${index}`));
      }
      const path = `/v1/conversations/${conversation.id}/messages`;
      const pages: Message[][] = [];
      let before: string | undefined;
      for (let page = 0; page < 50; page += 1) {
        const result = await ctx.request('GET', path, { token: session.token, query: { limit: 2, before } });
        const body = ctx.expectJson(result, 200, MessagePage);
        ctx.check(body.data.length <= 2, 'limit=2 returned more than 2 messages.', {
          request: result.request,
          actual: `${body.data.length} messages`,
        });
        ctx.check(
          page > 0 || body.data.length === 2,
          'The latest page is not full though more messages exist.',
          {
            request: result.request,
            actual: `${body.data.length} messages`,
          },
        );
        const times = body.data.map((message) => Date.parse(message.createdAt));
        ctx.check(
          times.every((time, index) => index === 0 || time >= (times[index - 1] ?? 0)),
          'A page is not in chronological order.',
          { request: result.request, actual: body.data.map((message) => message.createdAt).join(', ') },
        );
        pages.unshift(body.data);
        if (body.nextCursor === null) break;
        before = body.nextCursor;
      }
      const all = pages.flat();
      const ids = all.map((message) => message.id);
      ctx.check(new Set(ids).size === ids.length, 'Paging returned a message twice.', {
        actual: ids.join(', '),
      });
      const order = all
        .filter((message) => sent.some((item) => item.id === message.id))
        .map((message) => message.id);
      ctx.check(
        order.join() === sent.map((message) => message.id).join(),
        'Paging back did not return every message once, in the order sent.',
        {
          expected: sent.map((message) => message.text).join(', '),
          actual: all.map((message) => message.text).join(', '),
        },
      );
      ctx.check(all[0]?.text === 'Message 0', 'The first page back does not reach the first message.', {
        actual: all[0]?.text ?? 'nothing',
      });
    },
  },
  {
    id: 'pagination.messagesForward',
    area: 'pagination',
    title: 'Any page cursor also pages forward with after, back to the latest page and then null',
    requires: 'conversations',
    covers: [
      'POST /v1/conversations',
      'POST /v1/conversations/{}/messages',
      'GET /v1/conversations/{}/messages',
    ],
    timeoutMs: 20_000,
    async run(ctx) {
      const session = await ctx.session();
      const { conversation } = await startConversation(ctx, session.token, 'Message 0');
      for (let index = 1; index <= 6; index += 1)
        await sendMessage(ctx, session.token, conversation.id, `Message ${index}`);
      const path = `/v1/conversations/${conversation.id}/messages`;
      const page = async (query: Record<string, string | number | undefined>) =>
        ctx.expectJson(
          await ctx.request('GET', path, { token: session.token, query: { limit: 2, ...query } }),
          200,
          MessagePage,
        );
      // Back from the latest page, keeping each page and the cursor it gave.
      const back: { data: Message[]; cursor: string | null }[] = [];
      let before: string | undefined;
      for (let index = 0; index < 50; index += 1) {
        const body = await page({ before });
        back.push({ data: body.data, cursor: body.nextCursor });
        if (body.nextCursor === null) break;
        before = body.nextCursor;
      }
      let deepest = back.length - 1;
      while (deepest >= 0 && back[deepest]?.cursor === null) deepest -= 1;
      const from = back[deepest];
      if (from === undefined || from.cursor === null || deepest < 1) {
        return ctx.fail('Paging back gave too few pages to page forward again.', {
          actual: `${back.length} pages`,
        });
      }
      // Forward from that page must give every newer message once, in order, ending with a null cursor.
      const expected = back
        .slice(0, deepest)
        .reverse()
        .flatMap((item) => item.data.map((message) => message.id));
      const forward: string[] = [];
      let after: string | null = from.cursor;
      for (let index = 0; index < 50 && after !== null; index += 1) {
        const body = await page({ after });
        forward.push(...body.data.map((message) => message.id));
        after = body.nextCursor;
      }
      ctx.check(after === null, 'Paging forward never reached the end (nextCursor null).');
      ctx.check(
        forward.join() === expected.join(),
        'Paging forward did not return the newer messages once, in order.',
        {
          expected: expected.join(', '),
          actual: forward.join(', '),
        },
      );
      const latest = back[0];
      if (latest?.cursor !== null && latest !== undefined) {
        const caughtUp = await page({ after: latest.cursor });
        ctx.check(
          caughtUp.data.length === 0 && caughtUp.nextCursor === null,
          'After the latest page there is more.',
          {
            expected: 'no messages, nextCursor null',
            actual: `${caughtUp.data.length} messages, nextCursor ${caughtUp.nextCursor}`,
          },
        );
      }
    },
  },
  {
    id: 'pagination.invalidCursor',
    area: 'pagination',
    title:
      'A forged or foreign cursor is 400 invalid_cursor; before with after, or a bad limit, 400 invalid_request',
    requires: 'conversations',
    covers: ['POST /v1/conversations', 'GET /v1/conversations/{}/messages', 'GET /v1/conversations'],
    async run(ctx) {
      const session = await ctx.session();
      const { conversation } = await startConversation(ctx, session.token);
      for (let index = 1; index <= 2; index += 1)
        await sendMessage(ctx, session.token, conversation.id, `Message ${index}`);
      const path = `/v1/conversations/${conversation.id}/messages`;
      const request = (query: Record<string, string | number>) =>
        ctx.request('GET', path, { token: session.token, query });
      ctx.expectProblem(await request({ before: 'bm90LWEtY3Vyc29y' }), 400, 'invalid_cursor');
      ctx.expectProblem(await request({ after: '!!!' }), 400, 'invalid_cursor');
      ctx.expectProblem(
        await ctx.request('GET', '/v1/conversations', { token: session.token, query: { cursor: 'forged' } }),
        400,
        'invalid_cursor',
      );
      ctx.expectProblem(await request({ limit: 0 }), 400, 'invalid_request');
      ctx.expectProblem(await request({ limit: 101 }), 400, 'invalid_request');
      ctx.expectProblem(await request({ limit: 'many' }), 400, 'invalid_request');
      const latest = ctx.expectJson(await request({ limit: 1 }), 200, MessagePage);
      if (latest.nextCursor === null) return ctx.fail('Three messages with limit=1 gave no nextCursor.');
      ctx.expectProblem(
        await request({ before: latest.nextCursor, after: latest.nextCursor }),
        400,
        'invalid_request',
      );
      const other = await startConversation(ctx, session.token);
      const foreign = await ctx.request('GET', `/v1/conversations/${other.conversation.id}/messages`, {
        token: session.token,
        query: { before: latest.nextCursor },
      });
      ctx.expectProblem(foreign, 400, 'invalid_cursor');
    },
  },
  {
    id: 'pagination.conversations',
    area: 'pagination',
    title: 'Conversations page with limit and cursor, most recently updated first, each once',
    requires: 'conversations',
    covers: ['POST /v1/conversations', 'GET /v1/conversations'],
    async run(ctx) {
      const session = await ctx.session();
      const created = [];
      for (let index = 0; index < 3; index += 1) {
        created.push((await startConversation(ctx, session.token, `Question ${index}`)).conversation.id);
      }
      const seen: string[] = [];
      let cursor: string | undefined;
      for (let page = 0; page < 10; page += 1) {
        const result = await ctx.request('GET', '/v1/conversations', {
          token: session.token,
          query: { limit: 2, cursor },
        });
        const body = ctx.expectJson(result, 200, ConversationPage);
        ctx.check(body.data.length <= 2, 'limit=2 returned more than 2 conversations.', {
          request: result.request,
        });
        seen.push(...body.data.map((conversation) => conversation.id));
        if (body.nextCursor === null) break;
        cursor = body.nextCursor;
      }
      ctx.check(
        seen.length === 3 && new Set(seen).size === 3,
        'Paging did not list each conversation once.',
        {
          expected: created.join(', '),
          actual: seen.join(', '),
        },
      );
      ctx.check(
        seen.join() === [...created].reverse().join(),
        'Conversations are not most recently updated first.',
        {
          expected: [...created].reverse().join(', '),
          actual: seen.join(', '),
        },
      );
    },
  },
];
