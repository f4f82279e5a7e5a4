import { EventPollResponse, type RealtimeEvent } from '@parley/contract';
import type { Scenario } from '../runner/Scenario';
import type { SseFrame } from '../sse/SseFrame';
import { sendMessage, startConversation } from './support/conversations';
import { checkFrame, isMessageCreated } from './support/events';

/** Server-Sent Events, resume, reset and the polling fallback. @internal */
export const realtimeScenarios: readonly Scenario[] = [
  {
    id: 'realtime.ownMessage',
    area: 'realtime',
    title: 'The event stream delivers message.created for the visitor’s own message, framed by the contract',
    requires: ['realtime', 'conversations'],
    covers: ['GET /v1/events', 'POST /v1/conversations', 'POST /v1/conversations/{}/messages'],
    async run(ctx) {
      const session = await ctx.session();
      const { conversation } = await startConversation(ctx, session.token);
      const stream = await ctx.events({ token: session.token });
      const clientMessageId = ctx.unique('cm');
      const message = await sendMessage(ctx, session.token, conversation.id, 'Live?', clientMessageId);
      const frame = await stream.waitFor(`message.created for ${clientMessageId}`, (item) =>
        isMessageCreated(item, clientMessageId),
      );
      const event = checkFrame(ctx, frame);
      ctx.check(
        event?.type === 'message.created' && event.data.message.id === message.id,
        'The event carries another message.',
        { expected: message.id, actual: JSON.stringify(event?.data).slice(0, 200) },
      );
    },
  },
  {
    id: 'realtime.queryToken',
    area: 'realtime',
    title: 'The event stream accepts the session token as ?token= (for EventSource) and needs one',
    requires: 'realtime',
    covers: ['GET /v1/events'],
    async run(ctx) {
      const session = await ctx.session();
      const stream = await ctx.events({ path: `/v1/events?token=${encodeURIComponent(session.token)}` });
      stream.close();
      ctx.expectProblem(await ctx.request('GET', '/v1/events'), 401, 'unauthorized');
      ctx.expectProblem(
        await ctx.request('GET', '/v1/events', { token: 'not-a-token' }),
        401,
        'unauthorized',
      );
    },
  },
  {
    id: 'realtime.resume',
    area: 'realtime',
    title:
      'Resuming with Last-Event-ID replays every missed event exactly once, in order, then continues live',
    requires: ['realtime', 'conversations'],
    covers: ['GET /v1/events', 'POST /v1/conversations/{}/messages'],
    timeoutMs: 20_000,
    async run(ctx) {
      const session = await ctx.session();
      const { conversation } = await startConversation(ctx, session.token);
      const send = (clientMessageId: string) =>
        sendMessage(ctx, session.token, conversation.id, `Resume check ${clientMessageId}`, clientMessageId);
      const [seen, missedA, missedB, live] = [
        ctx.unique('cm'),
        ctx.unique('cm'),
        ctx.unique('cm'),
        ctx.unique('cm'),
      ];

      const first = await ctx.events({ token: session.token });
      await send(seen);
      const last = await first.waitFor(`message.created for ${seen}`, (frame) =>
        isMessageCreated(frame, seen),
      );
      first.close();
      await send(missedA);
      await send(missedB);

      if (last.id === undefined)
        return ctx.fail('The event has no id to resume from.', { actual: 'no id: line' });
      const second = await ctx.events({ token: session.token, lastEventId: last.id });
      await send(live);
      await second.waitFor(`message.created for ${live} after the replay`, (frame) =>
        isMessageCreated(frame, live),
      );
      const frames: readonly SseFrame[] = second.received;
      for (const frame of frames) checkFrame(ctx, frame);
      const count = (id: string) => frames.filter((frame) => isMessageCreated(frame, id)).length;
      ctx.check(count(seen) === 0, 'The replay repeated an event from before Last-Event-ID.', {
        expected: `no event for ${seen}`,
        actual: `${count(seen)}`,
      });
      for (const missed of [missedA, missedB]) {
        ctx.check(count(missed) === 1, 'A missed event was not replayed exactly once.', {
          expected: `1 message.created for ${missed}`,
          actual: `${count(missed)}`,
        });
      }
      const order = [missedA, missedB, live].map((id) =>
        frames.findIndex((frame) => isMessageCreated(frame, id)),
      );
      ctx.check(
        order.every((index, at) => at === 0 || index > (order[at - 1] ?? -1)),
        'Replayed events are out of order.',
        {
          actual: order.join(', '),
        },
      );
      ctx.check(!frames.some((frame) => frame.event === 'reset'), 'A fresh Last-Event-ID got a reset.');
      const ids = frames.map((frame) => frame.id ?? '');
      ctx.check(
        ids.every(
          (id, index) => /^\d+$/.test(id) && (index === 0 || BigInt(id) > BigInt(ids[index - 1] ?? '0')),
        ),
        'Event ids are not increasing decimal integers.',
        { actual: ids.join(', ') },
      );
      // A first connection may give the id as ?lastEventId= (EventSource cannot send the header).
      const byQuery = await ctx.events({
        path: `/v1/events?lastEventId=${encodeURIComponent(last.id)}`,
        token: session.token,
      });
      await byQuery.waitFor(`the replay of ${missedA} after ?lastEventId=`, (frame) =>
        isMessageCreated(frame, missedA),
      );
    },
  },
  {
    id: 'realtime.reset',
    area: 'realtime',
    title: 'An unknown Last-Event-ID (999999999999) gets a reset event, then live events',
    requires: ['realtime', 'conversations'],
    covers: ['GET /v1/events', 'POST /v1/conversations/{}/messages'],
    async run(ctx) {
      const session = await ctx.session();
      const { conversation } = await startConversation(ctx, session.token);
      const stream = await ctx.events({ token: session.token, lastEventId: '999999999999' });
      const first = await stream.next();
      if (first === undefined)
        return ctx.fail('No event came after an unknown Last-Event-ID.', { expected: 'a reset event' });
      ctx.check(first.event === 'reset', 'The first event after an unknown Last-Event-ID is not a reset.', {
        expected: 'event: reset',
        actual: `event: ${first.event}`,
      });
      const reset = checkFrame(ctx, first) as Extract<RealtimeEvent, { type: 'reset' }> | undefined;
      ctx.check(reset !== undefined, 'The reset event is not a contract ResetEvent.');
      const clientMessageId = ctx.unique('cm');
      await sendMessage(ctx, session.token, conversation.id, 'After the reset', clientMessageId);
      await stream.waitFor(`message.created for ${clientMessageId} after the reset`, (frame) =>
        isMessageCreated(frame, clientMessageId),
      );
    },
  },
  {
    id: 'realtime.poll',
    area: 'realtime',
    title: 'The polling fallback gives the current position, then the events after it',
    requires: ['realtime', 'conversations'],
    covers: ['GET /v1/events/poll', 'POST /v1/conversations/{}/messages'],
    async run(ctx) {
      const session = await ctx.session();
      const { conversation } = await startConversation(ctx, session.token);
      const start = ctx.expectJson(
        await ctx.request('GET', '/v1/events/poll', { token: session.token, query: { timeout: 0 } }),
        200,
        EventPollResponse,
      );
      if (start.nextCursor === null)
        return ctx.fail('The poll without `after` gave no position to continue from.');
      ctx.check(start.data.length === 0, 'The poll without `after` returned events.', {
        actual: start.data.map((event) => event.type).join(', '),
      });
      const clientMessageId = ctx.unique('cm');
      await sendMessage(ctx, session.token, conversation.id, 'Polled', clientMessageId);
      const events: RealtimeEvent[] = [];
      const found = () =>
        events.some(
          (event) =>
            event.type === 'message.created' && event.data.message.clientMessageId === clientMessageId,
        );
      let after = start.nextCursor;
      for (let round = 0; round < 5 && !found(); round += 1) {
        const page = ctx.expectJson(
          await ctx.request('GET', '/v1/events/poll', { token: session.token, query: { after, timeout: 1 } }),
          200,
          EventPollResponse,
        );
        events.push(...page.data);
        after = page.nextCursor ?? after;
      }
      ctx.check(found(), 'Polling after the position did not return the new message.', {
        expected: `message.created for ${clientMessageId}`,
        actual: events.map((event) => event.type).join(', ') || 'no events',
      });
      const reset = ctx.expectJson(
        await ctx.request('GET', '/v1/events/poll', {
          token: session.token,
          query: { after: '999999999999', timeout: 0 },
        }),
        200,
        EventPollResponse,
      );
      ctx.check(reset.data[0]?.type === 'reset', 'Polling after an unknown id did not give a reset.', {
        actual: reset.data.map((event) => event.type).join(', ') || 'no events',
      });
      ctx.expectProblem(await ctx.request('GET', '/v1/events/poll'), 401, 'unauthorized');
    },
  },
];
