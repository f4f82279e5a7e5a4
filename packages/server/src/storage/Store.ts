import type { AttachmentRepository } from '../attachments/AttachmentRepository';
import type { ConversationRepository } from '../conversations/ConversationRepository';
import type { IdempotencyRepository } from '../idempotency/IdempotencyRepository';
import type { ArticleRepository } from '../knowledgeBase/ArticleRepository';
import type { OutboxRepository } from '../outbox/OutboxRepository';
import type { EventLogRepository } from '../realtime/EventLogRepository';
import type { SecretRepository } from '../security/SecretRepository';
import type { SeedContent } from '../seed/SeedContent';
import type { SessionRepository } from '../sessions/SessionRepository';
import type { TicketRepository } from '../tickets/TicketRepository';
import type { Widget } from '../widgetConfig/Widget';

/**
 * Everything the engine reads and writes, behind one interface so that the same engine runs on SQLite
 * (the Node server) and on plain objects (MSW, Storybook). It is one repository per domain; methods are
 * async so that an implementation over a network database fits too.
 *
 * Implementations: {@link openSqliteStore} (Node) and {@link createMemoryStore} (anywhere).
 */
export interface Store {
  /**
   * Finds a widget with all its translations and settings.
   * @returns the widget, or `undefined` when no widget has this key.
   */
  getWidget(key: string): Promise<Widget | undefined>;
  /** Contacts, sessions and resume tokens. @internal */
  readonly sessions: SessionRepository;
  /** Conversations, messages, read state and ratings. @internal */
  readonly conversations: ConversationRepository;
  /** Uploaded files. @internal */
  readonly attachments: AttachmentRepository;
  /** The realtime event log. @internal */
  readonly events: EventLogRepository;
  /** Tickets and their comments. @internal */
  readonly tickets: TicketRepository;
  /** Knowledge-base collections, articles, search and feedback. @internal */
  readonly articles: ArticleRepository;
  /** Emails the server would send, and their one-time conversation links. @internal */
  readonly outbox: OutboxRepository;
  /** Remembered answers of requests sent with an Idempotency-Key. @internal */
  readonly idempotency: IdempotencyRepository;
  /** Keys the server makes for itself (the one that signs attachment download links). @internal */
  readonly secrets: SecretRepository;
  /**
   * Writes content into the store. A widget whose key already exists is replaced, translations included.
   * @throws TypeError when the content is invalid (for example a brand colour that is not `#rgb`/`#rrggbb`).
   */
  seed(content: SeedContent): Promise<void>;
  /** Releases the store's resources (the database connection). Safe to call twice. */
  close(): Promise<void>;
}
