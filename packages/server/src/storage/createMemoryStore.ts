import { createMemoryAttachmentRepository } from '../attachments/createMemoryAttachmentRepository';
import { createMemoryConversationRepository } from '../conversations/createMemoryConversationRepository';
import { createMemoryIdempotencyRepository } from '../idempotency/createMemoryIdempotencyRepository';
import { createMemoryArticleRepository } from '../knowledgeBase/createMemoryArticleRepository';
import { createMemoryOutboxRepository } from '../outbox/createMemoryOutboxRepository';
import { createMemoryEventLogRepository } from '../realtime/createMemoryEventLogRepository';
import { createMemorySecretRepository } from '../security/createMemorySecretRepository';
import { demoContent } from '../seed/demoContent';
import type { SeedContent } from '../seed/SeedContent';
import { createMemorySessionRepository } from '../sessions/createMemorySessionRepository';
import { createMemoryTicketRepository } from '../tickets/createMemoryTicketRepository';
import type { Widget } from '../widgetConfig/Widget';
import { widgetsToSeed } from '../widgetConfig/widgetsToSeed';
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
  const repositories = {
    sessions: createMemorySessionRepository(),
    conversations: createMemoryConversationRepository(),
    attachments: createMemoryAttachmentRepository(),
    events: createMemoryEventLogRepository(),
    tickets: createMemoryTicketRepository(),
    articles: createMemoryArticleRepository(),
    outbox: createMemoryOutboxRepository(),
    idempotency: createMemoryIdempotencyRepository(),
    secrets: createMemorySecretRepository(),
  };

  // Not async: invalid content throws right away, before anything is written.
  const write = (content: SeedContent): Promise<void> => {
    // Check everything first so that bad content leaves the store untouched, as the SQLite transaction does.
    // Copies both ways, so callers cannot change stored data by mutating what they passed in or got back.
    for (const widget of widgetsToSeed(content, (key) => widgets.get(key))) widgets.set(widget.key, widget);
    return (async () => {
      await repositories.articles.seed(content);
      await repositories.tickets.seed(content);
      await repositories.conversations.seed(content);
    })();
  };

  const initial = options.seed ?? demoContent;
  // Reads wait for the initial seed, so a store is usable as soon as it is created.
  const seeded = initial === false ? Promise.resolve() : write(initial);

  return {
    ...repositories,
    async getWidget(key) {
      await seeded;
      const widget = widgets.get(key);
      return widget === undefined ? undefined : structuredClone(widget);
    },
    async seed(content) {
      await seeded;
      await write(content);
    },
    async close() {},
  };
}
