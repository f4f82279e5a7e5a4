import { attachmentSqliteSchema } from '../attachments/createSqliteAttachmentRepository';
import { conversationSqliteSchema } from '../conversations/createSqliteConversationRepository';
import { idempotencySqliteSchema } from '../idempotency/createSqliteIdempotencyRepository';
import { knowledgeBaseSqliteSchema } from '../knowledgeBase/createSqliteArticleRepository';
import { outboxSqliteSchema } from '../outbox/createSqliteOutboxRepository';
import { eventLogSqliteSchema } from '../realtime/createSqliteEventLogRepository';
import { secretSqliteSchema } from '../security/createSqliteSecretRepository';
import { sessionSqliteSchema } from '../sessions/createSqliteSessionRepository';
import { ticketSqliteSchema } from '../tickets/createSqliteTicketRepository';
import { widgetSettingsSqliteSchema } from '../widgetConfig/widgetSettingsSqliteSchema';

/**
 * The SQLite schema as a list of steps: step `n` takes a database from `PRAGMA user_version = n` to
 * `n + 1`. Append new steps; never edit a released one, since existing databases have already run it.
 * @internal
 */
export const sqliteMigrations: readonly string[] = [
  `
  CREATE TABLE widgets (
    key             TEXT PRIMARY KEY,
    brand_name      TEXT NOT NULL,
    brand_color     TEXT NOT NULL,
    default_locale  TEXT NOT NULL,
    allowed_origins TEXT NOT NULL -- JSON array of origins, '*' for any
  ) STRICT;

  CREATE TABLE widget_translations (
    widget_key       TEXT NOT NULL REFERENCES widgets (key) ON DELETE CASCADE,
    locale           TEXT NOT NULL,
    greeting_title   TEXT NOT NULL,
    greeting_message TEXT NOT NULL,
    PRIMARY KEY (widget_key, locale)
  ) STRICT;
  `,
  // The whole contract: each domain owns its tables.
  [
    widgetSettingsSqliteSchema,
    sessionSqliteSchema,
    conversationSqliteSchema,
    attachmentSqliteSchema,
    eventLogSqliteSchema,
    ticketSqliteSchema,
    knowledgeBaseSqliteSchema,
    outboxSqliteSchema,
    idempotencySqliteSchema,
  ].join('\n'),
  // The server's own secrets (the key of attachment download links).
  secretSqliteSchema,
];
