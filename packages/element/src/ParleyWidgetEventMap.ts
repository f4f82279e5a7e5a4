import type { WidgetEventName, WidgetEvents } from '@parley/widget';

/**
 * The DOM events of `<parley-widget>`, by type: the widget's events (see `WidgetEvents` in
 * `@parley/widget`), each a `CustomEvent` with the widget's payload in `detail`. Every one bubbles and is
 * composed, so a listener on the document (or outside a shadow root the element sits in) hears it too.
 * The names are lowercase with a `parley-` prefix, which plain HTML, React 19 (`onparley-open`) and Vue
 * templates (`@parley-open`) all accept.
 *
 * @example
 * ```ts
 * document.querySelector('parley-widget')?.addEventListener('parley-conversation-start', (event) => {
 *   analytics.track('chat_started', { conversationId: event.detail.conversationId });
 * });
 * ```
 */
export interface ParleyWidgetEventMap {
  /** The widget has its texts and configuration: opening it shows home at once. Once per mount. */
  'parley-ready': CustomEvent<WidgetEvents['ready']>;
  /** The panel opened (launcher, method, nudge, deep link...), on `detail.view`. */
  'parley-open': CustomEvent<WidgetEvents['open']>;
  /** The panel closed; `detail.view` is where it was. */
  'parley-close': CustomEvent<WidgetEvents['close']>;
  /** The count of unread replies from the team changed (`detail.count`). */
  'parley-unread': CustomEvent<WidgetEvents['unread']>;
  /** A reply from the team arrived in one of the visitor's conversations. */
  'parley-message': CustomEvent<WidgetEvents['message']>;
  /** An article was shown in the panel, once it loaded. */
  'parley-article': CustomEvent<WidgetEvents['article']>;
  /** The visitor started a conversation: its first message reached the team. */
  'parley-conversation-start': CustomEvent<WidgetEvents['conversation:start']>;
  /** The visitor rated a conversation and the backend took the rating. */
  'parley-rating': CustomEvent<WidgetEvents['rating']>;
  /**
   * Something failed that no promise reports: a bad attribute or argument, the configuration that did not
   * load, a message that could not be sent... `detail.error` is a `ParleyError` (`code`, `message`).
   */
  'parley-error': CustomEvent<WidgetEvents['error']>;
}

/**
 * The DOM event type each widget event is re-dispatched as. Typed over every widget event, so an event the
 * widget gains is a type error here until it has a DOM name.
 * @internal
 */
export const parleyEventTypes: { readonly [K in WidgetEventName]: keyof ParleyWidgetEventMap } = {
  ready: 'parley-ready',
  open: 'parley-open',
  close: 'parley-close',
  unread: 'parley-unread',
  message: 'parley-message',
  article: 'parley-article',
  'conversation:start': 'parley-conversation-start',
  rating: 'parley-rating',
  error: 'parley-error',
};

declare global {
  // `addEventListener('parley-open', ...)` is typed on the element and on its ancestors, the events bubbling.
  interface GlobalEventHandlersEventMap extends ParleyWidgetEventMap {}
}
