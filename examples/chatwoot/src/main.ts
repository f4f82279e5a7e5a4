// The help widget on a Chatwoot inbox, by configuration alone: the same `mount()` as with a Parley server,
// given a client whose backend is the Chatwoot adapter. The widget talks to Chatwoot's public Client API and
// its websocket straight from the browser; no Parley server and no secret are involved. Chatwoot has no help
// centre or tickets in that API, so the widget leaves those out.
import { chatwootBackend } from '@parley/adapter-chatwoot';
import { createClient } from '@parley/core';
import { mount } from '@parley/widget';
import './style.css';

const baseUrl = import.meta.env.VITE_CHATWOOT_URL || 'http://127.0.0.1:3100';
const inboxIdentifier = import.meta.env.VITE_CHATWOOT_INBOX || 'parley-example';

const client = createClient({
  baseUrl,
  // With an adapter, the widget key only names this widget in the browser: its stored session (one IndexedDB
  // database per key), its deep links and its state across reloads. Any non-empty string, one per inbox.
  widgetKey: 'chatwoot',
  // Chatwoot has no widget settings for the browser to read: the header's name and the greeting are here.
  backend: chatwootBackend({
    baseUrl,
    inboxIdentifier,
    name: 'Lumen',
    greeting: { title: 'Hi there', message: 'Ask us anything: the team answers from Chatwoot.' },
  }),
});
const widget = mount({ client });

/** The element with this id; the page is ours, so a missing one is a bug. */
function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`#${id} is missing from index.html`);
  return element as T;
}

byId('chatwoot-url').textContent = baseUrl;
byId('chatwoot-inbox').textContent = inboxIdentifier;
byId('open-widget').addEventListener('click', () => widget.showNewMessage());

const events = byId<HTMLOListElement>('events');
function note(text: string): void {
  const item = document.createElement('li');
  item.textContent = text;
  events.append(item);
}
widget.on('conversation:start', ({ conversationId }) => note(`Conversation ${conversationId} started.`));
widget.on('message', ({ message }) => note(`${message.author.name} replied: ${message.text}`));
// `network` here most often means no Chatwoot at that URL (or, for a real one, a proxy in front of it that
// drops Chatwoot's CORS headers: see the README).
widget.on('error', ({ error }) => note(`Something went wrong (${error.code}).`));

// During `vite` development, a changed module runs again: remove the old widget and its client first.
import.meta.hot?.dispose(() => {
  widget.destroy();
  client.destroy();
});
