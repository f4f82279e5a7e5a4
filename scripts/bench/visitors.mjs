// What the message and event-stream parts share: a database with one widget, JSON requests, visitor
// sessions and conversations, and a bounded worker pool.
import { performance } from 'node:perf_hooks';

export const WIDGET_KEY = 'wk_bench';
export const AGENT_TOKEN = 'bench-agent-token';
const REQUEST_TIMEOUT_MS = 10_000;

/** A widget open to any origin, in English. */
export const benchWidget = {
  key: WIDGET_KEY,
  brand: { name: 'Bench', color: '#1c7ed6' },
  defaultLocale: 'en',
  allowedOrigins: ['*'],
  translations: [{ locale: 'en', greeting: { title: 'Hello', message: 'How can we help?' } }],
};

/** Creates the SQLite file `filename` holding only the bench widget. */
export async function seedWidgetOnly(openSqliteStore, filename) {
  const store = openSqliteStore({ filename, seed: false });
  try {
    await store.seed({ widgets: [benchWidget] });
  } finally {
    await store.close();
  }
}

/**
 * Sends a JSON request and reads the whole answer.
 * @returns `{ status, body, headers, ms }` (`ms`: from just before the request to the parsed body), or
 *   `{ status: 0, error }` when the request failed or timed out.
 */
export async function requestJson(
  url,
  { method = 'GET', body, token, headers = {}, timeoutMs = REQUEST_TIMEOUT_MS } = {},
) {
  const started = performance.now();
  try {
    const response = await fetch(url, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...(token === undefined ? {} : { Authorization: `Bearer ${token}` }),
        ...headers,
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await response.text();
    const ms = performance.now() - started;
    let parsed;
    try {
      parsed = text === '' ? undefined : JSON.parse(text);
    } catch {
      parsed = text;
    }
    return { status: response.status, body: parsed, headers: response.headers, ms };
  } catch (error) {
    return {
      status: 0,
      error: error instanceof Error ? error.message : String(error),
      ms: performance.now() - started,
    };
  }
}

/** Throws unless the answer has the expected status. */
export function expectStatus(answer, status, what) {
  if (answer.status !== status) {
    throw new Error(
      `${what} answered ${answer.status === 0 ? answer.error : answer.status}: ${JSON.stringify(answer.body)}`,
    );
  }
  return answer.body;
}

/** `POST /v1/session`: a new anonymous visitor. @returns the session (token, contact). */
export async function startVisitor(baseUrl) {
  const answer = await requestJson(`${baseUrl}/v1/session`, {
    method: 'POST',
    body: { widgetKey: WIDGET_KEY },
  });
  return expectStatus(answer, 201, 'POST /v1/session');
}

/** `POST /v1/conversations` without a first message. @returns the conversation. */
export async function startConversation(baseUrl, token) {
  const answer = await requestJson(`${baseUrl}/v1/conversations`, { method: 'POST', token, body: {} });
  return expectStatus(answer, 201, 'POST /v1/conversations');
}

/**
 * Runs `worker(item, index)` over `items` with at most `concurrency` at a time; stops taking new items once
 * `shouldStop()` answers true.
 */
export async function runPool(items, concurrency, worker, shouldStop = () => false) {
  let next = 0;
  const lanes = Array.from({ length: Math.min(concurrency, items.length) }, async () => {
    while (next < items.length && !shouldStop()) {
      const index = next++;
      await worker(items[index], index);
    }
  });
  await Promise.all(lanes);
}

/** Every message of a conversation through the agent API, oldest first (pages of 100). */
export async function readAllMessages(baseUrl, conversationId) {
  const messages = [];
  let cursor;
  for (let page = 0; page < 1_000; page++) {
    const query = new URLSearchParams({ limit: '100', ...(cursor === undefined ? {} : { before: cursor }) });
    const answer = await requestJson(
      `${baseUrl}/v1/agent/conversations/${conversationId}/messages?${query}`,
      {
        token: AGENT_TOKEN,
      },
    );
    const body = expectStatus(answer, 200, `GET /v1/agent/conversations/${conversationId}/messages`);
    messages.unshift(...body.data);
    if (body.nextCursor === null) return messages;
    cursor = body.nextCursor;
  }
  throw new Error(`GET /v1/agent/conversations/${conversationId}/messages never ended`);
}

/** Every conversation through the agent API (pages of 100). */
export async function listAgentConversations(baseUrl) {
  const conversations = [];
  let cursor;
  for (let page = 0; page < 1_000; page++) {
    const query = new URLSearchParams({ limit: '100', ...(cursor === undefined ? {} : { cursor }) });
    const answer = await requestJson(`${baseUrl}/v1/agent/conversations?${query}`, { token: AGENT_TOKEN });
    const body = expectStatus(answer, 200, 'GET /v1/agent/conversations');
    conversations.push(...body.data);
    if (body.nextCursor === null) return conversations;
    cursor = body.nextCursor;
  }
  throw new Error('GET /v1/agent/conversations never ended');
}
