// The contract's conformance suite, its `client` area, through chatwootBackend against a fake Chatwoot: the
// scenarios run or skip by the capabilities the adapter reports (no tickets, no knowledge base), and the
// team's side is played by the fake's agent. The other areas speak the contract over HTTP, which Chatwoot
// does not, so they are not selected. What Chatwoot's Client API cannot do although its capability is on is
// skipped by id, with the reason in the report.
import { defineConformanceSuite } from '@parley/conformance/vitest';
import { WebSocket as NodeWebSocket } from 'ws';
import { chatwootBackend } from './chatwootBackend';
import { createFakeChatwoot, type FakeChatwoot } from './testing/createFakeChatwoot';

// Node 20 has no global WebSocket: the `ws` package's, as a browser's.
const WebSocket = NodeWebSocket as unknown as typeof globalThis.WebSocket;

/** The inbox's HMAC token: Parley's identity `hash` and Chatwoot's `identifier_hash` are the same HMAC. */
const HMAC_TOKEN = 'conformance-hmac-token';

let chatwoot: FakeChatwoot | undefined;
const started = (): FakeChatwoot => {
  if (chatwoot === undefined) throw new Error('The fake Chatwoot has not started.');
  return chatwoot;
};

defineConformanceSuite({
  name: 'Parley conformance through chatwootBackend',
  start: async () => {
    const fake = await createFakeChatwoot({ inboxes: [{ hmacToken: HMAC_TOKEN }] });
    chatwoot = fake;
    // `baseUrl` is only where the suite looks for the contract's widget config, which Chatwoot lacks.
    return { baseUrl: fake.url, close: () => fake.close() };
  },
  widgetKey: 'chatwoot',
  identitySecret: HMAC_TOKEN,
  only: ['client'],
  skip: {
    'client.identifyHistory':
      "Chatwoot's Client API does not merge contacts: the anonymous visitor's conversations stay with the visitor's contact, not the user's",
    'client.send':
      'Chatwoot keeps no echo_id: a fresh page load reads the visitor messages with clientMessageId null (exactly once within a page load: chatwootBackend.test.ts)',
    'client.retryExactlyOnce':
      'Chatwoot keeps no echo_id: a fresh page load reads the visitor messages with clientMessageId null (one copy after a retry: chatwootBackend.test.ts)',
  },
  timeoutMs: 8_000,
  backend: () =>
    chatwootBackend({
      baseUrl: started().url,
      inboxIdentifier: started().inboxIdentifier,
      WebSocket,
      timeoutMs: 4_000,
    }),
  team: {
    async reply(conversationId, text) {
      started().agentReply(Number(conversationId.replace(/^cnv_/, '')), text);
    },
  },
});
