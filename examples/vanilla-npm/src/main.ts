// Parley from npm in a plain TypeScript page: `mount()` puts the help widget on the page, and the handle it
// returns lets the page's own buttons open it where they need to (the commands of
// docs/embedding/commands.md) and hear what happens in it (its events).
import { mount } from '@parley/widget';
import './style.css';

const widget = mount({
  baseUrl: import.meta.env.VITE_PARLEY_BASE_URL ?? 'http://localhost:8787',
  widgetKey: 'wk_demo',
});

/** The element with this id; the page is ours, so a missing one is a bug. */
function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`#${id} is missing from index.html`);
  return element as T;
}

// A new message with the invoice number already typed: the customer only adds their question. (After
// hours, the widget opens its contact form with the same text instead.)
byId('ask-about-invoice').addEventListener('click', () => widget.showNewMessage('About invoice INV-1042: '));
// The help centre's results for a query, in the panel.
byId('search-billing').addEventListener('click', () => widget.search('billing'));

const events = byId<HTMLOListElement>('events');
function note(text: string): void {
  const item = document.createElement('li');
  item.textContent = text;
  events.append(item);
}
widget.on('conversation:start', ({ conversationId }) => note(`Conversation ${conversationId} started.`));
widget.on('message', ({ message }) => note(`${message.author.name} replied: ${message.text}`));
const title = document.title;
widget.on('unread', ({ count }) => {
  document.title = count > 0 ? `(${count}) ${title}` : title;
});
widget.on('error', ({ error }) => note(`Something went wrong (${error.code}).`));

// During `vite` development, a changed module runs again: remove the old widget first.
import.meta.hot?.dispose(() => widget.destroy());
