// A fake Chatwoot for this example, inside this repository: `node examples/chatwoot/fakeChatwoot.mjs` serves
// Chatwoot's Client API and websocket on http://127.0.0.1:3100 (`PORT=...` for another port) with the API
// inbox `parley-example`, the example's defaults. This terminal is the agent: a line typed here is their
// reply in the latest conversation (`/typing` shows them typing, `/resolve` resolves it), and the visitor's
// messages are printed as they arrive.
//
// The fake is the test helper of @parley/adapter-chatwoot (its src/testing/, TypeScript, not published), run
// from source by Vite's module runner (`runnerImport`); it needs nothing built.
import { createConnection, createServer } from 'node:net';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const port = Number(process.env.PORT || 3100);
const inboxIdentifier = 'parley-example';

const source = new URL('../../packages/adapter-chatwoot/src/testing/index.ts', import.meta.url);
const { module } = await runnerImport(fileURLToPath(source), { configFile: false, logLevel: 'warn' });
const fake = await module.createFakeChatwoot({
  inboxes: [{ identifier: inboxIdentifier }],
  agents: [{ name: 'Alex Agent' }],
});

// The fake listens on a free port of its own; this fixed one forwards to it byte for byte (the REST calls
// and the websocket alike), so that the example's default URL reaches it.
const front = createServer((socket) => {
  const back = createConnection(fake.port, '127.0.0.1');
  const end = () => {
    socket.destroy();
    back.destroy();
  };
  socket.pipe(back).pipe(socket);
  for (const side of [socket, back]) side.on('error', end).on('close', end);
});
try {
  await new Promise((resolve, reject) => front.once('error', reject).listen(port, '127.0.0.1', resolve));
} catch (error) {
  console.error(`[fake-chatwoot] cannot listen on 127.0.0.1:${port} (${error.code}): try PORT=3101`);
  await fake.close();
  process.exit(1);
}

const url = `http://127.0.0.1:${port}`;
console.log(`[fake-chatwoot] Chatwoot on ${url}, API inbox "${inboxIdentifier}", agent Alex Agent.`);
if (port !== 3100) {
  console.log(`[fake-chatwoot] build or serve the example with VITE_CHATWOOT_URL=${url}`);
}
console.log('[fake-chatwoot] Type a reply and press Enter; /typing, /resolve; Ctrl+C to stop.');

// The visitor's messages, printed as the fake stores them; the conversation of the latest one is the one
// the agent answers.
let seen = 0;
let current;
const watch = setInterval(() => {
  const messages = fake
    .conversations()
    .flatMap((conversation) => fake.messages(conversation.id))
    .filter((message) => message.id > seen)
    .sort((a, b) => a.id - b.id);
  for (const message of messages) {
    seen = message.id;
    if (message.messageType !== 0) continue;
    current = message.conversationId;
    const files = message.attachments.map((file) => ` [${file.fileName}]`).join('');
    console.log(`visitor (conversation ${current}): ${message.content ?? ''}${files}`);
  }
}, 300);

const agent = createInterface({ input: process.stdin });
agent.on('line', (line) => {
  const text = line.trim();
  if (!text) return;
  if (current === undefined) {
    console.log('[fake-chatwoot] No conversation yet: send a message from the widget first.');
  } else if (text === '/typing') {
    fake.agentTyping(current, true);
  } else if (text === '/resolve') {
    fake.resolve(current);
  } else {
    fake.agentReply(current, text);
  }
});

async function stop() {
  clearInterval(watch);
  agent.close();
  front.close();
  await fake.close();
  process.exit(0);
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
