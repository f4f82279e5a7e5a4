import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket as NodeWebSocket } from 'ws';
import { createFakeChatwoot } from '../testing/createFakeChatwoot';
import { type CableBroadcast, openCable } from './openCable';

// Node 20 has no global WebSocket: the `ws` package's, as a browser's.
const WebSocket = NodeWebSocket as unknown as typeof globalThis.WebSocket;

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A fake Chatwoot and a new contact's pubsub token in its inbox. */
async function contactOnFakeChatwoot() {
  const chatwoot = await createFakeChatwoot({ pingIntervalMs: 100 });
  cleanups.push(() => chatwoot.close());
  const response = await fetch(`${chatwoot.url}/public/api/v1/inboxes/${chatwoot.inboxIdentifier}/contacts`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{}',
  });
  const { pubsub_token: pubsubToken } = (await response.json()) as { pubsub_token: string };
  return { chatwoot, pubsubToken, url: `${chatwoot.url.replace(/^http/, 'ws')}/cable` };
}

describe('openCable', () => {
  it('subscribes to the contact’s room, then performs update_presence at its interval', async () => {
    const { chatwoot, pubsubToken, url } = await contactOnFakeChatwoot();
    const broadcasts: CableBroadcast[] = [];
    const controller = new AbortController();
    let opened = 0;
    const done = openCable({
      url,
      WebSocket,
      pubsubToken,
      presenceIntervalMs: 50,
      signal: controller.signal,
      onOpen: () => opened++,
      onActivity() {},
      onBroadcast: (broadcast) => broadcasts.push(broadcast),
    });
    // Chatwoot answers the subscription with the agents' presence, then each update_presence again.
    await expect
      .poll(() => broadcasts.filter(({ event }) => event === 'presence.update').length, { timeout: 3_000 })
      .toBeGreaterThanOrEqual(3);
    expect(opened).toBe(1);
    controller.abort();
    await expect(done).resolves.toBeUndefined();
    // Closed: nothing more is performed.
    await expect.poll(() => chatwoot.socketCount()).toBe(0);
  });

  it('rejects with network when the socket closes before the subscription, and resolves once aborted', async () => {
    const { chatwoot, pubsubToken, url } = await contactOnFakeChatwoot();
    const options = {
      WebSocket,
      pubsubToken,
      presenceIntervalMs: 50,
      signal: undefined,
      onOpen() {},
      onActivity() {},
      onBroadcast() {},
    };
    await expect(openCable({ ...options, url: `${url}-nowhere` })).rejects.toMatchObject({ code: 'network' });
    const aborted = new AbortController();
    aborted.abort();
    await expect(openCable({ ...options, url, signal: aborted.signal })).resolves.toBeUndefined();
    expect(chatwoot.socketCount()).toBe(0);
  });
});
