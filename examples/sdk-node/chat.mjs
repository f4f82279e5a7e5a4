// A headless Parley chat: search the help centre, start a conversation, send a message and print the
// demo bot's reply as it arrives over realtime. Runs in Node.js 20 against the reference server: `npm start`,
// then `node examples/sdk-node/chat.mjs` (`PARLEY_URL` names another server).
import { createClient, ParleyError } from '@parley/core';

const client = createClient({
  baseUrl: process.env.PARLEY_URL ?? 'http://127.0.0.1:8787',
  widgetKey: 'wk_demo',
  locale: 'en',
});

// Failures no promise reports (a background send, the realtime connection) arrive here.
client.on('error', ({ error }) => console.error(`[parley] ${error.code}: ${error.message}`));

/** Resolves with the first truthy value `pick` returns for a snapshot of `store`, now or after a change. */
function waitFor(store, pick, timeoutMs = 15_000) {
  return new Promise((resolve, reject) => {
    const check = () => {
      const value = pick(store.getSnapshot());
      if (!value) return;
      done();
      resolve(value);
    };
    const unsubscribe = store.subscribe(check);
    const timer = setTimeout(() => {
      done();
      reject(new Error(`Nothing arrived within ${timeoutMs} ms.`));
    }, timeoutMs);
    const done = () => {
      clearTimeout(timer);
      unsubscribe();
    };
    check();
  });
}

// Prints each message when it appears and whenever its delivery state changes. A browser UI renders
// the same snapshot: `pending` greyed out, `failed` with a "Retry" button.
const printed = new Map();
const marks = { pending: '…', sent: '✓', failed: '✗' };
function render({ messages }) {
  for (const message of messages) {
    // A pending message's id is its clientMessageId; once sent, the backend's copy carries the same one.
    const key = message.clientMessageId ?? message.id;
    if (printed.get(key) === message.state) continue;
    printed.set(key, message.state);
    const who = message.author.kind === 'visitor' ? 'You' : message.author.name || message.author.kind;
    if (message.text) console.log(`${marks[message.state]} ${who}: ${message.text}`);
    for (const part of message.parts) {
      if (part.type === 'article') console.log(`    📄 ${part.title}`);
      if (part.type === 'quick_replies')
        console.log(`    ${part.replies.map((r) => `[${r.label}]`).join(' ')}`);
      if (part.type === 'event') console.log(`    (${part.event.replaceAll('_', ' ')})`);
    }
    if (message.state === 'failed') {
      console.log(`    not sent (${message.error?.code}), trying again`);
      client.conversations.retry(message.clientMessageId).catch(() => {});
    }
  }
}

try {
  // 1. The help centre is public: no session is needed to search it.
  const { data: hits, total } = await client.articles.search('export pdf');
  console.log(`${total} articles about "export pdf":`);
  for (const hit of hits.slice(0, 3)) console.log(`  📄 ${hit.article.title}`);

  // 2. Start a conversation. The searches above travel with it as context, so nobody asks again.
  const conversation = await client.conversations.create({ text: 'How do I export a notebook as a PDF?' });
  console.log(`\nConversation ${conversation.id}:`);

  // 3. Subscribing to the conversation's store loads it and starts realtime.
  const chat = client.conversations.get(conversation.id);
  const stopRendering = chat.subscribe(() => render(chat.getSnapshot()));
  await waitFor(client.connection, (status) => status === 'online');

  // 4. Send a message: it shows as pending at once, then sent. The bot answers over realtime.
  const clientMessageId = await client.conversations.send(conversation.id, {
    text: 'Can I talk to a person?',
  });
  const reply = await waitFor(chat, ({ messages }) => {
    const mine = messages.findIndex((message) => message.clientMessageId === clientMessageId);
    return mine >= 0 && messages.slice(mine + 1).find((message) => message.author.kind === 'bot');
  });
  console.log(`\nReply from ${reply.author.name}: ${reply.text}`);
  stopRendering();
} catch (error) {
  if (!(error instanceof ParleyError)) throw error;
  console.error(
    `Parley failed with ${error.code}${error.status ? ` (HTTP ${error.status})` : ''}: ${error.message}`,
  );
  process.exitCode = 1;
} finally {
  // Stops every timer, stream and listener, so Node can exit.
  client.destroy();
}
