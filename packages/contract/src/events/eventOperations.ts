import Type from 'typebox';
import type { OperationSpec, ParameterSpec } from '../openApi/OperationSpec';
import { EventPollResponse, RealtimeEvent } from './eventSchemas';

const EventId = Type.String({ minLength: 1, maxLength: 20, pattern: '^[0-9]+$' });

const exampleMessageEvent = {
  id: '1042',
  type: 'message.created',
  data: {
    conversationId: 'cnv_7hQ2xK9d',
    message: {
      id: 'msg_4RtY81aa',
      conversationId: 'cnv_7hQ2xK9d',
      clientMessageId: null,
      author: { kind: 'agent', id: 'agt_ada', name: 'Ada', avatarUrl: null },
      text: 'Hi! I have reset the link; could you try again?',
      parts: [],
      attachments: [],
      createdAt: '2026-11-22T09:30:00.000Z',
    },
  },
};

const framing =
  '**Framing.** The answer (`text/event-stream`) starts with `retry: 3000`. Each event is one block: ' +
  '`id: <event id>`, `event: <type>` and `data: <the whole event object as JSON, on one line>`, then an ' +
  "empty line. Event ids are increasing decimal integers, and each is the event object's `id` too. Every " +
  'heartbeat interval (15 s by default) the server sends a comment line, `: heartbeat`, which ' +
  'keeps proxies from closing an idle connection. Clients ignore event types they do not know.\n\n' +
  '**Resuming.** Send the last id seen as `Last-Event-ID` (what `EventSource` does on its own when it ' +
  'reconnects) or, on a first connection, as `?lastEventId=`; the header wins when both are sent. The ' +
  'server first replays every event after that id, then continues live, with no gap and no event twice. ' +
  'Without an id the stream starts live, with a block holding only `id: <newest id>` (no data, so ' +
  '`EventSource` dispatches nothing but remembers it): a reconnect then resumes from where the stream ' +
  'began.\n\n' +
  '**Reset.** When the server cannot replay (the id is older than the oldest event it keeps: `too_old`; ' +
  'or it is not a number or newer than any id it issued: `unknown_id`), it sends one `reset` event whose ' +
  'id is the newest id, then continues live. The client reloads what it shows (by cursor) and carries on ' +
  "from the reset's id.";

const lastEventIdParameters: readonly ParameterSpec[] = [
  {
    name: 'Last-Event-ID',
    in: 'header',
    description: 'Resume after this event id (sent by `EventSource` when it reconnects).',
    schema: Type.String({ maxLength: 64 }),
    example: '1041',
  },
  {
    name: 'lastEventId',
    in: 'query',
    description: 'Resume after this event id on a first connection; `Last-Event-ID` wins when both are sent.',
    schema: Type.String({ maxLength: 64 }),
    example: '1041',
  },
];

/** Operations of realtime: Server-Sent Events and the long-poll fallback. @internal */
export const eventOperations: readonly OperationSpec[] = [
  {
    method: 'get',
    path: '/v1/events',
    operationId: 'streamEvents',
    tag: 'realtime',
    auth: 'session',
    summary: "The session's realtime events, as Server-Sent Events",
    description:
      `${framing}\n\n` +
      "**Scope.** A visitor receives only its own contact's events. The stream belongs to the contact the " +
      'session had when it opened: when the session ends, expires, or moves to another contact (identify), ' +
      'the server ends the stream, and the reconnect gets the new answer (401, or the new contact). ' +
      '`EventSource` cannot send headers, so the session token may also be given as `?token=`.',
    parameters: [
      {
        name: 'token',
        in: 'query',
        description: 'The session token, for clients that cannot send `Authorization` (`EventSource`).',
        schema: Type.String({ minLength: 1, maxLength: 1024 }),
      },
      ...lastEventIdParameters,
    ],
    responses: {
      200: {
        description:
          'An endless `text/event-stream`; each `data:` line is one of these events (the schema of one event).',
        contentType: 'text/event-stream',
        schema: RealtimeEvent,
        example: exampleMessageEvent,
      },
    },
    errors: [],
  },
  {
    method: 'get',
    path: '/v1/events/poll',
    operationId: 'pollEvents',
    tag: 'realtime',
    auth: 'session',
    summary: "The session's realtime events by long polling",
    description:
      'For clients that cannot keep a Server-Sent Events stream open. Without `after`, answers at once with ' +
      'no events and the cursor to start from. With `after`, answers at once when events after it are ' +
      'waiting (at most 100; poll again with `nextCursor` to get the rest), otherwise waits up to `timeout` ' +
      'seconds (the server may wait less) for the first, and answers with no events and the same cursor ' +
      'when none came. The same `reset` rule as the stream applies: the answer is then only the `reset` ' +
      'event, and `nextCursor` is its id. While a poll waits, the visitor counts as online.',
    parameters: [
      {
        name: 'after',
        in: 'query',
        description: 'The `nextCursor` of the previous answer (an event id).',
        schema: EventId,
        example: '1041',
      },
      {
        name: 'timeout',
        in: 'query',
        description: 'Longest wait in seconds, from 0 (answer at once) to 25.',
        schema: Type.Integer({ minimum: 0, maximum: 25, default: 25 }),
        example: 25,
      },
    ],
    responses: {
      200: {
        description: 'The events after `after`, oldest first, and the cursor to poll with next.',
        schema: EventPollResponse,
        example: { data: [exampleMessageEvent], nextCursor: '1042' },
        headers: { 'Cache-Control': '`no-store`.' },
      },
    },
    errors: [400],
  },
  {
    method: 'get',
    path: '/v1/agent/events',
    operationId: 'streamAgentEvents',
    tag: 'agent',
    auth: 'agent',
    summary: "The team's realtime events (the agent inbox), as Server-Sent Events",
    description:
      `${framing}\n\n` +
      '**Scope.** Events for the team across widgets: new conversations and messages, typing, tickets. ' +
      'Each open stream counts as one agent online. The agent token may also be given as `?token=`.',
    parameters: [
      {
        name: 'token',
        in: 'query',
        description: 'The agent token, for clients that cannot send `Authorization` (`EventSource`).',
        schema: Type.String({ minLength: 1, maxLength: 1024 }),
      },
      ...lastEventIdParameters,
    ],
    responses: {
      200: {
        description: 'An endless `text/event-stream` of these events (the schema of one event).',
        contentType: 'text/event-stream',
        schema: RealtimeEvent,
        example: exampleMessageEvent,
      },
    },
    errors: [],
  },
];
