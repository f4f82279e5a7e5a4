import type { Message, ParleyError } from '@parley/core';
import type { WidgetView } from '../navigation/WidgetRoute';

/**
 * The events of a widget, by name, with what each listener receives. Listen with `widget.on(name, listener)`
 * (npm) or `Parley('on', name, listener)` (script tag).
 */
export interface WidgetEvents {
  /**
   * The widget is on the page with its texts and configuration: opening it shows home at once. Fires once
   * per widget; a listener added after that is called at once.
   */
  ready: { widgetKey: string; locale: string };
  /** The panel opened (from the launcher, a command, a nudge, a deep link...), on `view`. */
  open: { view: WidgetView };
  /** The panel closed; `view` is where it was. */
  close: { view: WidgetView };
  /** The count of unread messages from the team changed. */
  unread: { count: number };
  /** A reply from the team (a person or a bot) arrived in one of the visitor's conversations. */
  message: { conversationId: string; message: Message };
  /** An article was shown in the panel (once it loaded). */
  article: { articleId: string; title: string };
  /** The visitor started a conversation: its first message reached the team. */
  'conversation:start': { conversationId: string };
  /** The visitor rated a conversation (1 to 5) and the backend took the rating. */
  rating: { conversationId: string; score: number; comment?: string };
  /**
   * Something failed that no promise reports: a command with bad arguments, the widget's configuration that
   * did not load, a deep link that could not open, a message that could not be sent, the realtime connection.
   */
  error: { error: ParleyError };
}

/** The name of a widget event. */
export type WidgetEventName = keyof WidgetEvents;

/** A listener of the widget event `K`. */
export type WidgetEventListener<K extends WidgetEventName = WidgetEventName> = (
  payload: WidgetEvents[K],
) => void;

/** Tells the widget's listeners of an event. @internal */
export type WidgetEmit = <K extends WidgetEventName>(event: K, payload: WidgetEvents[K]) => void;
