// Importing the package defines <parley-widget>: the element in index.html mounts the widget then.
import '@parley/element';
import './style.css';

const widget = document.querySelector('parley-widget');
const contact = document.querySelector<HTMLButtonElement>('#contact');
const dark = document.querySelector<HTMLInputElement>('#dark');
const events = document.querySelector<HTMLOListElement>('#events');
if (!widget || !contact || !dark || !events) throw new Error('index.html is missing an element');

// Methods: the command API, on the element.
contact.addEventListener('click', () => widget.showNewMessage('About order #1042: '));

// Attributes apply live: `theme` switches the widget's colours.
dark.addEventListener('change', () => {
  widget.theme = dark.checked ? 'dark' : 'light';
});

// Events: the widget's events as DOM events, with their payload in `detail`.
const note = (text: string): void => {
  const item = document.createElement('li');
  item.textContent = text;
  events.append(item);
};
widget.addEventListener('parley-conversation-start', (event) =>
  note(`Conversation ${event.detail.conversationId} started.`),
);
widget.addEventListener('parley-message', (event) => {
  const { message } = event.detail;
  note(`${message.author.name} replied: ${message.text}`);
});
widget.addEventListener('parley-error', (event) =>
  note(`Something went wrong (${event.detail.error.code}).`),
);
