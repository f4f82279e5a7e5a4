import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app/createApp';
import { createMemoryStore } from '../storage/createMemoryStore';
import { createParleyHandlers } from './createParleyHandlers';

const mock = setupServer();
beforeAll(() => mock.listen({ onUnhandledRequest: 'error' }));
afterEach(() => mock.resetHandlers());
afterAll(() => mock.close());

describe('createParleyHandlers', () => {
  it('answers exactly as the engine does, through fetch', async () => {
    mock.use(...createParleyHandlers());
    const url = 'https://support.example/v1/widget/config?widgetKey=wk_demo&locale=zh-CN';
    const mocked = await fetch(url);
    const direct = await createApp({ store: createMemoryStore() }).fetch(new Request(url));

    expect(mocked.status).toBe(200);
    expect(mocked.headers.get('ETag')).toBe(direct.headers.get('ETag'));
    expect(await mocked.json()).toEqual(await direct.json());
  });

  it('answers errors as problems too', async () => {
    mock.use(...createParleyHandlers());
    const response = await fetch('http://localhost:6006/v1/widget/config?widgetKey=wk_nope');
    expect(response.status).toBe(404);
    expect(response.headers.get('Content-Type')).toBe('application/problem+json');
    expect(await response.json()).toMatchObject({ code: 'widget_not_found' });
  });

  it('runs a whole conversation through the mocks: session, first message, bot answer, realtime echo', async () => {
    mock.use(...createParleyHandlers());
    const base = 'https://support.example/v1';
    const json = { 'Content-Type': 'application/json' };
    const session = await (
      await fetch(`${base}/session`, {
        method: 'POST',
        headers: json,
        body: JSON.stringify({ widgetKey: 'wk_demo' }),
      })
    ).json();
    const auth = { ...json, Authorization: `Bearer ${session.token}` };
    const streaming = new AbortController();
    const stream = await fetch(`${base}/events`, { headers: auth, signal: streaming.signal });
    expect(stream.headers.get('Content-Type')).toMatch(/^text\/event-stream/);
    // Read from the start, as EventSource does, so the stream is live before the message is sent.
    const reader = (stream.body as ReadableStream<Uint8Array>).getReader();
    const decoder = new TextDecoder();
    const echo = (async () => {
      let received = '';
      const deadline = Date.now() + 4000;
      while (!received.includes('event: message.created') && Date.now() < deadline) {
        const { value, done } = await reader.read();
        if (done) break;
        received += decoder.decode(value, { stream: true });
      }
      return received;
    })();
    const created = await fetch(`${base}/conversations`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({ message: { clientMessageId: 'c1', text: 'How do I reset my password?' } }),
    });
    expect(created.status).toBe(201);
    const conversation = await created.json();
    const page = await (
      await fetch(`${base}/conversations/${conversation.id}/messages`, { headers: auth })
    ).json();
    expect(page.data.map((message: { author: { kind: string } }) => message.author.kind)).toEqual([
      'visitor',
      'bot',
    ]);

    const received = await echo;
    // Aborting ends the stream at once; cancelling the reader would wait for the next heartbeat.
    streaming.abort();
    expect(received).toContain('event: message.created');
    expect(received).toContain('How do I reset my password?');
  });

  it('passes engine settings through, such as switching the demo bot off', async () => {
    mock.use(...createParleyHandlers({ settings: { demoBot: false } }));
    const base = 'https://support.example/v1';
    const json = { 'Content-Type': 'application/json' };
    const session = await (
      await fetch(`${base}/session`, {
        method: 'POST',
        headers: json,
        body: JSON.stringify({ widgetKey: 'wk_demo' }),
      })
    ).json();
    const auth = { ...json, Authorization: `Bearer ${session.token}` };
    const conversation = await (
      await fetch(`${base}/conversations`, {
        method: 'POST',
        headers: auth,
        body: JSON.stringify({ message: { clientMessageId: 'c1', text: 'Hello' } }),
      })
    ).json();
    const page = await (
      await fetch(`${base}/conversations/${conversation.id}/messages`, { headers: auth })
    ).json();
    expect(page.data).toHaveLength(1);
  });

  it('serves from the store it is given', async () => {
    const store = createMemoryStore({ seed: false });
    mock.use(...createParleyHandlers({ store }));
    expect((await fetch('https://support.example/v1/widget/config?widgetKey=wk_demo')).status).toBe(404);
  });

  it('answers under a base URL with a path, and leaves other URLs alone', async () => {
    const fallback = http.all('*', () => HttpResponse.text('not parley', { status: 418 }));
    mock.use(...createParleyHandlers({ baseUrl: 'https://api.example/parley/' }), fallback);
    const response = await fetch('https://api.example/parley/v1/widget/config?widgetKey=wk_demo');
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ widgetKey: 'wk_demo', locale: 'en' });
    expect((await fetch('https://elsewhere.example/v1/health')).status).toBe(418);
    expect((await fetch('https://api.example/v1/health')).status).toBe(418);
  });
});
