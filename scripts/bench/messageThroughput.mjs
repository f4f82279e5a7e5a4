// Part 2 of `npm run bench:server`: how many visitor messages the server takes per second.
//
// 20 visitors, each with a conversation (demo bot off, so only the messages themselves are measured), send
// 2,000 messages in all with 16 requests in flight, round-robin over the conversations, each with its own
// clientMessageId and Idempotency-Key. Every answer must be 201 with the message; afterwards every message
// must be stored exactly once.
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { count, megabytes, summarise } from './stats.mjs';
import {
  AGENT_TOKEN,
  readAllMessages,
  requestJson,
  runPool,
  seedWidgetOnly,
  startConversation,
  startVisitor,
} from './visitors.mjs';

const VISITORS = 20;
const MESSAGES = 2_000;
const CONCURRENCY = 16;
/** Sent first and not timed: connections opened, statements and code paths warm. */
const WARM_UP = 40;
/** The whole part stops sending after this long. */
const PART_TIMEOUT_MS = 2 * 60_000;
const TEXT =
  'Hello, I cannot find where to change the billing address on my invoice. Could you help me with that?';

/** Runs the message part; `context` as in {@link runKbSearch}. */
export async function runMessageThroughput({ dir, openSqliteStore, startServer }) {
  const database = join(dir, 'messages.sqlite');
  await seedWidgetOnly(openSqliteStore, database);
  const server = await startServer({ database, settings: { demoBot: false, agentToken: AGENT_TOKEN } });
  const deadline = performance.now() + PART_TIMEOUT_MS;
  const failures = [];
  const statuses = new Map();
  const errorSamples = [];
  const latencies = [];
  let wrongBodies = 0;
  let attempted = 0;
  const rows = [];
  let parameters;
  try {
    const visitors = [];
    for (let index = 0; index < VISITORS; index++) {
      const session = await startVisitor(server.url);
      visitors.push({ session, conversation: await startConversation(server.url, session.token) });
    }

    const send = async (index, timed) => {
      const { session, conversation } = visitors[index % VISITORS];
      const clientMessageId = `bench-${index}`;
      const answer = await requestJson(`${server.url}/v1/conversations/${conversation.id}/messages`, {
        method: 'POST',
        token: session.token,
        headers: { 'Idempotency-Key': `bench-key-${index}` },
        body: { clientMessageId, text: `${TEXT} (#${index})` },
      });
      if (!timed) return;
      attempted++;
      const status = answer.status === 0 ? 'no answer' : String(answer.status);
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
      if (answer.status !== 201) {
        if (errorSamples.length < 3)
          errorSamples.push(`${status}: ${answer.error ?? JSON.stringify(answer.body)}`);
        return;
      }
      if (
        answer.body?.clientMessageId !== clientMessageId ||
        answer.body?.conversationId !== conversation.id
      ) {
        wrongBodies++;
        return;
      }
      latencies.push(answer.ms);
    };

    const indexes = Array.from({ length: WARM_UP + MESSAGES }, (_, index) => index);
    await runPool(indexes.slice(0, WARM_UP), CONCURRENCY, (index) => send(index, false));
    const before = await server.stats();
    const started = performance.now();
    await runPool(
      indexes.slice(WARM_UP),
      CONCURRENCY,
      (index) => send(index, true),
      () => performance.now() > deadline,
    );
    const elapsed = performance.now() - started;
    const after = await server.stats();

    // Stored exactly once: every clientMessageId of a conversation appears once among its messages.
    let missing = 0;
    let duplicated = 0;
    let stored = 0;
    for (const [visitorIndex, { conversation }] of visitors.entries()) {
      const seen = new Map();
      for (const message of await readAllMessages(server.url, conversation.id)) {
        if (message.clientMessageId !== null)
          seen.set(message.clientMessageId, (seen.get(message.clientMessageId) ?? 0) + 1);
      }
      for (let index = visitorIndex; index < WARM_UP + MESSAGES; index += VISITORS) {
        const times = seen.get(`bench-${index}`) ?? 0;
        if (times === 0) missing++;
        if (times > 1) duplicated += times - 1;
        if (times > 0) stored++;
      }
    }

    const created = statuses.get('201') ?? 0;
    const errors = attempted - created + wrongBodies;
    const answers = [...statuses.entries()]
      .map(([status, times]) => `${count(times)} × ${status}`)
      .join(', ');
    parameters = [
      `${VISITORS} visitors with a conversation each (demo bot off); ${count(MESSAGES)} messages round-robin ` +
        `over them, ${CONCURRENCY} in flight, after ${WARM_UP} warm-up ones; each with its own clientMessageId ` +
        'and Idempotency-Key',
    ];
    rows.push({ name: 'POST /v1/conversations/{id}/messages', ...summarise(latencies) });
    rows.push({
      name: 'throughput',
      note: `${count(Math.round((attempted / elapsed) * 1000))} messages/s (${count(attempted)} in ${(elapsed / 1000).toFixed(2)} s)`,
    });
    rows.push({ name: 'answers', note: `${answers || 'none'}; ${count(errors)} errors` });
    rows.push({
      name: 'stored exactly once',
      note: `${count(stored)} of ${count(WARM_UP + MESSAGES)} (${missing} missing, ${duplicated} duplicated)`,
    });
    rows.push({
      name: 'server process',
      note:
        `CPU ${((after.cpuMs - before.cpuMs) / attempted).toFixed(2)} ms per message; ` +
        `event loop busy ${(after.eventLoopUtilization * 100).toFixed(0)}% of the run; RSS ` +
        `${megabytes(before.rss)} → ${megabytes(after.rss)}, heap ${megabytes(before.heapUsed)} → ${megabytes(after.heapUsed)}`,
    });

    if (attempted < MESSAGES)
      failures.push(`messages: only ${attempted} of ${MESSAGES} sent within ${PART_TIMEOUT_MS / 1000} s`);
    if (errors > 0)
      failures.push(
        `messages: ${errors} answers were not 201 with the message (${answers}; ${errorSamples.join(' | ')})`,
      );
    if (missing > 0 || duplicated > 0)
      failures.push(`messages: ${missing} not stored, ${duplicated} stored twice`);
  } finally {
    await server.close();
  }
  rows.push({ name: 'server errors logged', note: String(server.errors.length) });
  for (const error of server.errors) failures.push(`messages: the server logged an error: ${error}`);
  return { title: 'Message send throughput', parameters, rows, failures };
}
