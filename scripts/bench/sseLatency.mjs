// Part 3 of `npm run bench:server`: how fast an agent's reply reaches the visitor's open event stream,
// with 500 streams open.
//
// 500 visitors each open `GET /v1/events`; 200 of them have a conversation. The agent API then replies
// once to each of those 200 conversations (4 replies in flight), and the time from just before the POST
// to the arrival of the matching `message.created` (matched by clientMessageId) on that visitor's stream
// is the delivery latency. Every reply must arrive, on its own visitor's stream only; afterwards every
// stream is closed and the server must see the visitors go offline and drop the streams' timers.
import http from 'node:http';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openEventStream } from './eventStreamClient.mjs';
import { count, megabytes, summarise } from './stats.mjs';
import {
  AGENT_TOKEN,
  listAgentConversations,
  requestJson,
  runPool,
  seedWidgetOnly,
  startConversation,
  startVisitor,
} from './visitors.mjs';

const STREAMS = 500;
const REPLIES = 200;
const REPLY_CONCURRENCY = 4;
const SETUP_CONCURRENCY = 16;
/** Streams being opened at once. */
const CONNECT_CONCURRENCY = 50;
/** The whole part, setup and teardown included, ends after this long. */
const PART_TIMEOUT_MS = 3 * 60_000;
/** Longest wait for one stream to open. */
const CONNECT_TIMEOUT_MS = 30_000;
/** After the last reply was posted: longest wait for the events still missing. */
const DELIVERY_WAIT_MS = 10_000;
/** After every reply arrived: how long stray events (wrong deliveries, duplicates) still get to show up. */
const SETTLE_MS = 500;
/** After the streams are closed: longest wait for the server to notice. */
const TEARDOWN_WAIT_MS = 10_000;
const REPLY_TEXT = 'Thanks for waiting! You can change the billing address under Settings, then Billing.';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Resolves true once `condition()` holds, false after `timeoutMs`. */
async function waitUntil(condition, timeoutMs) {
  const until = performance.now() + Math.max(0, timeoutMs);
  while (!condition()) {
    if (performance.now() >= until) return false;
    await sleep(10);
  }
  return true;
}

function withTimeout(promise, timeoutMs, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`${what} took over ${Math.round(timeoutMs)} ms`)),
        Math.max(0, timeoutMs),
      );
    }),
  ]).finally(() => clearTimeout(timer));
}

const conversationIdOf = (event) => event?.data?.conversationId ?? event?.data?.conversation?.id;

/** Runs the event-stream part; `context` as in {@link runKbSearch}. */
export async function runSseLatency({ dir, openSqliteStore, startServer }) {
  const database = join(dir, 'events.sqlite');
  await seedWidgetOnly(openSqliteStore, database);
  const server = await startServer({ database, settings: { demoBot: false, agentToken: AGENT_TOKEN } });
  const deadline = performance.now() + PART_TIMEOUT_MS;
  const remaining = () => deadline - performance.now();
  const pastDeadline = () => remaining() <= 0;
  const agent = new http.Agent({ keepAlive: false, maxSockets: Number.POSITIVE_INFINITY });
  const streams = [];
  const failures = [];
  const rows = [];
  let parameters;
  try {
    // Visitors, and a conversation for each visitor of the sample (before any stream opens).
    const visitors = new Array(STREAMS);
    await runPool(
      Array.from({ length: STREAMS }, (_, index) => index),
      SETUP_CONCURRENCY,
      async (index) => {
        visitors[index] = { session: await startVisitor(server.url), conversation: undefined };
      },
      pastDeadline,
    );
    if (visitors.filter(Boolean).length < STREAMS)
      throw new Error('the visitors were not all created in time');
    // Every fifth visitor's two neighbours: 200 of 500, spread over the whole range; replied to in a
    // scrambled order (73 is coprime with 200).
    const sample = Array.from({ length: STREAMS }, (_, index) => index).filter((index) => index % 5 < 2);
    const order = sample.map((_, position) => sample[(position * 73) % sample.length]);
    const owner = new Map();
    await runPool(
      sample,
      SETUP_CONCURRENCY,
      async (index) => {
        const conversation = await startConversation(server.url, visitors[index].session.token);
        visitors[index].conversation = conversation;
        owner.set(conversation.id, index);
      },
      pastDeadline,
    );
    if (owner.size < REPLIES) throw new Error('the conversations were not all created in time');

    // What arrives on the streams.
    const expected = new Map();
    const deliveries = [];
    const eventsByType = new Map();
    const wrongSamples = [];
    let wrongDeliveries = 0;
    let duplicates = 0;
    let malformed = 0;
    const onEvent = (visitorIndex, seenIds) => (event, receivedAt) => {
      if (event === undefined || typeof event.type !== 'string') {
        malformed++;
        return;
      }
      eventsByType.set(event.type, (eventsByType.get(event.type) ?? 0) + 1);
      if (seenIds.has(event.id)) duplicates++;
      seenIds.add(event.id);
      const conversationId = conversationIdOf(event);
      if (conversationId !== undefined && owner.get(conversationId) !== visitorIndex) {
        wrongDeliveries++;
        if (wrongSamples.length < 3)
          wrongSamples.push(`visitor ${visitorIndex} got ${event.type} of ${conversationId}`);
        return;
      }
      if (event.type !== 'message.created') return;
      const entry = expected.get(event.data?.message?.clientMessageId);
      if (entry === undefined) return;
      if (entry.receivedAt !== undefined) return;
      entry.receivedAt = receivedAt;
      deliveries.push(receivedAt - entry.started);
    };

    const baseline = await server.stats();
    const connectTimes = [];
    const connectErrors = [];
    await runPool(
      Array.from({ length: STREAMS }, (_, index) => index),
      CONNECT_CONCURRENCY,
      async (index) => {
        const started = performance.now();
        const stream = openEventStream(
          server.url,
          visitors[index].session.token,
          agent,
          onEvent(index, new Set()),
        );
        streams[index] = stream;
        try {
          const readyAt = await withTimeout(
            stream.ready,
            Math.min(CONNECT_TIMEOUT_MS, remaining()),
            'opening a stream',
          );
          connectTimes.push(readyAt - started);
        } catch (error) {
          connectErrors.push(error.message);
        }
      },
      pastDeadline,
    );
    const connected = connectTimes.length;
    if (connected < STREAMS) {
      failures.push(
        `events: ${STREAMS - connected} of ${STREAMS} streams did not open (${[...new Set(connectErrors)].slice(0, 3).join(' | ')})`,
      );
    }
    const withStreams = await server.stats();
    const onlineBefore = (await listAgentConversations(server.url)).filter(
      (item) => item.visitorOnline,
    ).length;

    // The replies.
    const beforeReplies = await server.stats();
    const postTimes = [];
    const replyStatuses = new Map();
    let posted = 0;
    await runPool(
      order,
      REPLY_CONCURRENCY,
      async (visitorIndex, position) => {
        const clientMessageId = `reply-${position}`;
        const entry = { visitorIndex, started: 0, receivedAt: undefined, created: false };
        expected.set(clientMessageId, entry);
        entry.started = performance.now();
        const answer = await requestJson(
          `${server.url}/v1/agent/conversations/${visitors[visitorIndex].conversation.id}/messages`,
          {
            method: 'POST',
            token: AGENT_TOKEN,
            headers: { 'Idempotency-Key': `reply-key-${position}` },
            body: { text: REPLY_TEXT, clientMessageId },
          },
        );
        posted++;
        const status = answer.status === 0 ? 'no answer' : String(answer.status);
        replyStatuses.set(status, (replyStatuses.get(status) ?? 0) + 1);
        if (answer.status === 201) {
          entry.created = true;
          postTimes.push(answer.ms);
        }
      },
      pastDeadline,
    );
    const entries = [...expected.values()];
    const arrivedAll = await waitUntil(
      () => entries.every((entry) => entry.receivedAt !== undefined),
      Math.min(DELIVERY_WAIT_MS, remaining()),
    );
    if (arrivedAll) await sleep(Math.min(SETTLE_MS, Math.max(0, remaining())));
    const duringReplies = await server.stats();
    const arrived = entries.filter((entry) => entry.receivedAt !== undefined).length;
    const droppedEarly = streams.filter((stream) => stream?.endedEarly !== undefined);

    // Teardown: the client goes away; the server must notice.
    for (const stream of streams) stream?.close();
    const closedAt = performance.now();
    let onlineAfter = onlineBefore;
    let presenceMs = Number.NaN;
    for (;;) {
      onlineAfter = (await listAgentConversations(server.url)).filter((item) => item.visitorOnline).length;
      if (onlineAfter === 0) {
        presenceMs = performance.now() - closedAt;
        break;
      }
      if (performance.now() - closedAt > Math.min(TEARDOWN_WAIT_MS, remaining())) break;
      await sleep(50);
    }
    let afterClose = await server.stats();
    const timers = (stats) => stats.resources.Timeout ?? 0;
    const sockets = (stats) => stats.resources.TCPSocketWrap ?? 0;
    for (let tries = 0; timers(afterClose) > timers(baseline) && tries < 50; tries++) {
      await sleep(100);
      afterClose = await server.stats();
    }

    const types = [...eventsByType.entries()].map(([type, times]) => `${count(times)} ${type}`).join(', ');
    const replies = [...replyStatuses.entries()]
      .map(([status, times]) => `${count(times)} × ${status}`)
      .join(', ');
    parameters = [
      `${count(STREAMS)} visitors each with GET /v1/events open (node:http, one socket each, opened ` +
        `${CONNECT_CONCURRENCY} at a time); ${count(REPLIES)} of them get one agent reply each ` +
        `(POST /v1/agent/conversations/{id}/messages, ${REPLY_CONCURRENCY} in flight); latency from just ` +
        "before the POST to the matching message.created on that visitor's stream",
    ];
    rows.push({ name: 'stream open (request → live)', ...summarise(connectTimes) });
    rows.push({ name: 'agent reply POST round trip', ...summarise(postTimes) });
    rows.push({ name: 'SSE delivery (POST → message.created)', ...summarise(deliveries) });
    rows.push({
      name: 'streams open',
      note: `${count(connected)} of ${count(STREAMS)}; ${droppedEarly.length} ended early`,
    });
    rows.push({ name: 'replies', note: replies || 'none' });
    rows.push({ name: 'replies delivered', note: `${count(arrived)} of ${count(entries.length)}` });
    rows.push({ name: 'events received', note: types || 'none' });
    rows.push({
      name: 'wrong deliveries',
      note: `${wrongDeliveries}; duplicates ${duplicates}; unreadable ${malformed}`,
    });
    rows.push({
      name: 'presence',
      note:
        `${onlineBefore} of ${REPLIES} conversations' visitors online with streams open; ` +
        (onlineAfter === 0
          ? `all offline ${presenceMs.toFixed(0)} ms after the streams closed`
          : `${onlineAfter} still online ${(TEARDOWN_WAIT_MS / 1000).toFixed(0)} s after the streams closed`),
    });
    rows.push({
      name: 'server process',
      note:
        `RSS ${megabytes(baseline.rss)} → ${megabytes(withStreams.rss)} with streams → ${megabytes(afterClose.rss)} closed; ` +
        `heap ${megabytes(baseline.heapUsed)} → ${megabytes(withStreams.heapUsed)} → ${megabytes(afterClose.heapUsed)}; ` +
        `timers ${timers(baseline)} → ${timers(withStreams)} → ${timers(afterClose)}; ` +
        `sockets ${sockets(baseline)} → ${sockets(withStreams)} → ${sockets(afterClose)}; ` +
        `during the replies: CPU ${((duringReplies.cpuMs - beforeReplies.cpuMs) / Math.max(1, posted)).toFixed(2)} ` +
        `ms per reply, event loop busy ${(duringReplies.eventLoopUtilization * 100).toFixed(0)}%`,
    });

    if (posted < REPLIES) failures.push(`events: only ${posted} of ${REPLIES} replies posted in time`);
    const notCreated = entries.filter((entry) => !entry.created).length;
    if (notCreated > 0) failures.push(`events: ${notCreated} replies were not answered 201 (${replies})`);
    if (arrived < entries.length)
      failures.push(
        `events: ${entries.length - arrived} of ${entries.length} replies never arrived on the stream`,
      );
    if (wrongDeliveries > 0)
      failures.push(`events: ${wrongDeliveries} wrong deliveries (${wrongSamples.join(' | ')})`);
    if (duplicates > 0) failures.push(`events: ${duplicates} events arrived twice on the same stream`);
    if (malformed > 0) failures.push(`events: ${malformed} events were not readable JSON`);
    if (droppedEarly.length > 0)
      failures.push(`events: ${droppedEarly.length} streams ended early (${droppedEarly[0].endedEarly})`);
    if (onlineBefore !== REPLIES)
      failures.push(
        `events: only ${onlineBefore} of ${REPLIES} visitors showed online with their stream open`,
      );
    if (onlineAfter !== 0)
      failures.push(`events: ${onlineAfter} visitors still online after their streams closed`);
    if (timers(afterClose) > timers(baseline))
      failures.push(
        `events: the server kept ${timers(afterClose) - timers(baseline)} more timers after the streams closed`,
      );
  } finally {
    for (const stream of streams) stream?.close();
    agent.destroy();
    await server.close();
  }
  rows.push({ name: 'server errors logged', note: String(server.errors.length) });
  for (const error of server.errors) failures.push(`events: the server logged an error: ${error}`);
  return { title: 'SSE delivery latency', parameters, rows, failures };
}
