import type { WidgetEventName } from './WidgetEvents';

/**
 * Every widget event's name, to check the names a page passes to `on` and `off`.
 * @internal
 */
export const widgetEventNames = [
  'ready',
  'open',
  'close',
  'unread',
  'message',
  'article',
  'conversation:start',
  'rating',
  'error',
] as const satisfies readonly WidgetEventName[];
