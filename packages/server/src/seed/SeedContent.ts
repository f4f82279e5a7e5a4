import type { Widget } from '../widgetConfig/Widget';

/**
 * Content a store can be seeded with. Later issues add articles, conversations and tickets.
 */
export interface SeedContent {
  /** Widgets to create (or replace, when a widget with the same key exists). */
  widgets: readonly Widget[];
}
