import { demoContent } from '../seed/demoContent';
import type { SeedContent } from '../seed/SeedContent';
import { validateWidget } from '../widgetConfig/validateWidget';
import type { Widget } from '../widgetConfig/Widget';
import type { Store } from './Store';

/**
 * Options of {@link createMemoryStore}.
 */
export interface MemoryStoreOptions {
  /**
   * What the store starts with; `false` for an empty store.
   * @default demoContent
   */
  seed?: SeedContent | false;
}

/**
 * A {@link Store} on plain objects, for MSW handlers, Storybook and tests. It imports nothing from Node,
 * so it runs in browsers. Each store is independent; its content is lost when it is dropped.
 *
 * @example
 * ```ts
 * const app = createApp({ store: createMemoryStore() }); // seeded with demoContent
 * const empty = createMemoryStore({ seed: false });
 * ```
 */
export function createMemoryStore(options: MemoryStoreOptions = {}): Store {
  const widgets = new Map<string, Widget>();

  const write = (content: SeedContent): void => {
    // Check everything first so that bad content leaves the store untouched, as the SQLite transaction does.
    for (const widget of content.widgets) validateWidget(widget);
    // Copies both ways, so callers cannot change stored data by mutating what they passed in or got back.
    for (const widget of content.widgets) widgets.set(widget.key, structuredClone(widget));
  };

  const initial = options.seed ?? demoContent;
  if (initial !== false) write(initial);

  return {
    async getWidget(key) {
      const widget = widgets.get(key);
      return widget === undefined ? undefined : structuredClone(widget);
    },
    async seed(content) {
      write(content);
    },
    async close() {},
  };
}
