import type { Session } from '@parley/contract';
import { afterEach, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../startServer';
import { createMemoryStore } from '../storage/createMemoryStore';

const WAIT_MS = 2000;

function withinWait<T>(promise: Promise<T>, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not happen within ${WAIT_MS} ms`)), WAIT_MS);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

let server: RunningServer | undefined;
const readers: ReadableStreamDefaultReader<Uint8Array>[] = [];
afterEach(async () => {
  await Promise.all(readers.splice(0).map((reader) => reader.cancel().catch(() => {})));
  await server?.close();
  server = undefined;
});

async function openStream(url: string, token: string) {
  const response = await fetch(`${url}/v1/events?token=${encodeURIComponent(token)}`);
  expect(response.status).toBe(200);
  expect(response.headers.get('Content-Type')).toBe('text/event-stream');
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  readers.push(reader);
  const decoder = new TextDecoder();
  let text = '';
  return {
    /** Reads until the stream's text contains `expected`, or it ends; returns everything read. */
    async readUntil(expected: string): Promise<string> {
      return withinWait(
        (async () => {
          while (!text.includes(expected)) {
            const { done, value } = await reader.read();
            if (done) break;
            text += decoder.decode(value, { stream: true });
          }
          return text;
        })(),
        `reading "${expected}"`,
      );
    },
    /** Resolves when the server has ended the stream. */
    async untilEnd(): Promise<void> {
      await withinWait(
        (async () => {
          while (!(await reader.read()).done) {}
        })(),
        'the end of the stream',
      );
    },
  };
}

describe('event streams over HTTP (startServer)', () => {
  it('flushes each block to the client as it is written', async () => {
    server = await startServer({ port: 0, store: createMemoryStore(), settings: { heartbeatMs: 20 } });
    const started = await fetch(`${server.url}/v1/session`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ widgetKey: 'wk_demo' }),
    });
    const session = (await started.json()) as Session;
    const stream = await openStream(server.url, session.token);
    expect(await stream.readUntil(': heartbeat\n\n')).toMatch(/^retry: 3000\n\nid: \d+\n\n/);
  });

  it('ends open event streams on close() instead of waiting for their clients', async () => {
    const store = createMemoryStore();
    let authentications = 0;
    const sessions = store.sessions;
    const running = await startServer({
      port: 0,
      store: {
        ...store,
        sessions: {
          ...sessions,
          findSessionByTokenHash(hash) {
            authentications += 1;
            return sessions.findSessionByTokenHash(hash);
          },
        },
      },
    });
    server = running;
    const started = await fetch(`${running.url}/v1/session`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ widgetKey: 'wk_demo' }),
    });
    const session = (await started.json()) as Session;
    const stream = await openStream(running.url, session.token);
    await stream.readUntil('retry: 3000');
    const before = authentications;
    const poll = fetch(`${running.url}/v1/events/poll?after=0&timeout=25`, {
      headers: { Authorization: `Bearer ${session.token}` },
    });
    // The poll has reached the server once its token is being checked.
    await withinWait(
      (async () => {
        while (authentications === before) await new Promise((resolve) => setTimeout(resolve, 5));
      })(),
      'the poll to reach the server',
    );

    await withinWait(running.close(), 'close()');
    await stream.untilEnd();
    expect((await withinWait(poll, 'the long poll to answer')).status).toBe(200);
  });
});
