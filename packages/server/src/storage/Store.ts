import type { SeedContent } from '../seed/SeedContent';
import type { Widget } from '../widgetConfig/Widget';

/**
 * Everything the engine reads and writes, behind one interface so that the same engine runs on SQLite
 * (the Node server) and on plain objects (MSW, Storybook). Methods are async so that an implementation
 * over a network database fits too.
 *
 * Implementations: {@link openSqliteStore} (Node) and {@link createMemoryStore} (anywhere).
 */
export interface Store {
  /**
   * Finds a widget with all its translations.
   * @returns the widget, or `undefined` when no widget has this key.
   */
  getWidget(key: string): Promise<Widget | undefined>;
  /**
   * Writes content into the store. A widget whose key already exists is replaced, translations included.
   * @throws TypeError when the content is invalid (for example a brand colour that is not `#rgb`/`#rrggbb`).
   */
  seed(content: SeedContent): Promise<void>;
  /** Releases the store's resources (the database connection). Safe to call twice. */
  close(): Promise<void>;
}
