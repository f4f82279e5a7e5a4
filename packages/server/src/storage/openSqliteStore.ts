import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { createSqliteAttachmentRepository } from '../attachments/createSqliteAttachmentRepository';
import { createSqliteConversationRepository } from '../conversations/createSqliteConversationRepository';
import { createSqliteIdempotencyRepository } from '../idempotency/createSqliteIdempotencyRepository';
import { createSqliteArticleRepository } from '../knowledgeBase/createSqliteArticleRepository';
import { createSqliteOutboxRepository } from '../outbox/createSqliteOutboxRepository';
import { createSqliteEventLogRepository } from '../realtime/createSqliteEventLogRepository';
import { createSqliteSecretRepository } from '../security/createSqliteSecretRepository';
import { demoContent } from '../seed/demoContent';
import type { SeedContent } from '../seed/SeedContent';
import { createSqliteSessionRepository } from '../sessions/createSqliteSessionRepository';
import { createSqliteTicketRepository } from '../tickets/createSqliteTicketRepository';
import type { Widget } from '../widgetConfig/Widget';
import { widgetsToSeed } from '../widgetConfig/widgetsToSeed';
import type { Store } from './Store';
import { sqliteMigrations } from './sqliteMigrations';

/**
 * Options of {@link openSqliteStore}.
 */
export interface SqliteStoreOptions {
  /**
   * The database file, created with its folder if missing; `':memory:'` for a private in-memory database
   * (tests).
   * @example '.parley/parley.sqlite'
   */
  filename: string;
  /**
   * What a new, empty database is seeded with; `false` to start empty. Ignored when the database already
   * has a schema, so restarting never duplicates or resets content.
   * @default demoContent
   */
  seed?: SeedContent | false;
  /**
   * Folder for the bytes of uploaded attachments (one file per attachment, named by its id), created on the
   * first upload. With a `':memory:'` database and no folder given, the bytes stay in memory and vanish with
   * the store, like the database itself.
   * @default `<folder of the database file>/attachments`
   */
  attachmentsDir?: string;
}

interface WidgetRow {
  key: string;
  brand_name: string;
  brand_color: string;
  default_locale: string;
  allowed_origins: string;
  settings: string;
}

interface TranslationRow {
  locale: string;
  greeting_title: string;
  greeting_message: string;
}

/** The optional settings of a widget, kept as one JSON object in `widgets.settings`. */
type WidgetSettings = Omit<Widget, 'key' | 'brand' | 'defaultLocale' | 'allowedOrigins' | 'translations'>;

function settingsOf(widget: Widget): WidgetSettings {
  const { key, brand, defaultLocale, allowedOrigins, translations, ...settings } = widget;
  return settings;
}

/** Reads a widget with its translations and settings. */
function createWidgetReader(db: Database.Database): (key: string) => Widget | undefined {
  const selectWidget = db.prepare<[string], WidgetRow>(
    'SELECT key, brand_name, brand_color, default_locale, allowed_origins, settings FROM widgets WHERE key = ?',
  );
  const selectTranslations = db.prepare<[string], TranslationRow>(
    `SELECT locale, greeting_title, greeting_message FROM widget_translations WHERE widget_key = ?
     ORDER BY rowid`,
  );
  return (key) => {
    const row = selectWidget.get(key);
    if (row === undefined) return undefined;
    return {
      key: row.key,
      brand: { name: row.brand_name, color: row.brand_color },
      defaultLocale: row.default_locale,
      allowedOrigins: JSON.parse(row.allowed_origins) as string[],
      translations: selectTranslations.all(key).map((translation) => ({
        locale: translation.locale,
        greeting: { title: translation.greeting_title, message: translation.greeting_message },
      })),
      ...(JSON.parse(row.settings) as WidgetSettings),
    };
  };
}

/** Replaces each widget with its translations and settings. Runs inside the caller's transaction. */
function writeContent(
  db: Database.Database,
  content: SeedContent,
  readWidget: (key: string) => Widget | undefined,
): void {
  const widgets = widgetsToSeed(content, readWidget);
  const upsertWidget = db.prepare<[string, string, string, string, string, string]>(
    `INSERT INTO widgets (key, brand_name, brand_color, default_locale, allowed_origins, settings)
     VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (key) DO UPDATE SET brand_name = excluded.brand_name, brand_color = excluded.brand_color,
       default_locale = excluded.default_locale, allowed_origins = excluded.allowed_origins,
       settings = excluded.settings`,
  );
  const deleteTranslations = db.prepare<[string]>('DELETE FROM widget_translations WHERE widget_key = ?');
  const insertTranslation = db.prepare<[string, string, string, string]>(
    'INSERT INTO widget_translations (widget_key, locale, greeting_title, greeting_message) VALUES (?, ?, ?, ?)',
  );
  for (const widget of widgets) {
    upsertWidget.run(
      widget.key,
      widget.brand.name,
      widget.brand.color,
      widget.defaultLocale,
      JSON.stringify(widget.allowedOrigins),
      JSON.stringify(settingsOf(widget)),
    );
    deleteTranslations.run(widget.key);
    for (const { locale, greeting } of widget.translations) {
      insertTranslation.run(widget.key, locale, greeting.title, greeting.message);
    }
  }
}

/** Runs the missing migrations; says whether the database was brand new (and so needs the seed). */
function migrate(db: Database.Database): boolean {
  const run = db.transaction(() => {
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > sqliteMigrations.length) {
      throw new Error(
        `[parley] ${db.name} has schema version ${version}, newer than this server knows ` +
          `(${sqliteMigrations.length}). Upgrade @parley/server or use another data folder.`,
      );
    }
    for (const step of sqliteMigrations.slice(version)) db.exec(step);
    db.pragma(`user_version = ${sqliteMigrations.length}`);
    // Only a database that had no schema at all is new; anything else holds someone's data.
    return version === 0;
  });
  // IMMEDIATE takes the write lock before reading the version, so two servers starting on the same file
  // cannot both migrate and seed it.
  return run.immediate();
}

/**
 * Opens (or creates) the SQLite database of the Node server as a {@link Store}. On open it brings the
 * schema up to date (`PRAGMA user_version` counts the migrations run) and, when the database was empty,
 * seeds it. Files use WAL mode, so readers do not wait for writers.
 *
 * @throws Error when the file cannot be opened or was written by a newer version of the server.
 * @example
 * ```ts
 * const store = openSqliteStore({ filename: '.parley/parley.sqlite' });
 * const app = createApp({ store });
 * // later
 * await store.close();
 * ```
 */
export function openSqliteStore({ filename, seed = demoContent, attachmentsDir }: SqliteStoreOptions): Store {
  const inMemory = filename === ':memory:' || filename === '';
  if (!inMemory) mkdirSync(dirname(resolve(filename)), { recursive: true });
  const db = new Database(filename);
  let isNew: boolean;
  try {
    // WAL cannot be switched on inside a transaction, and means nothing for an in-memory database.
    if (!inMemory) db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    isNew = migrate(db);
  } catch (error) {
    db.close();
    throw error;
  }
  const repositories = {
    sessions: createSqliteSessionRepository(db),
    conversations: createSqliteConversationRepository(db),
    attachments: createSqliteAttachmentRepository(
      db,
      inMemory ? attachmentsDir : (attachmentsDir ?? resolve(filename, '..', 'attachments')),
    ),
    events: createSqliteEventLogRepository(db),
    tickets: createSqliteTicketRepository(db),
    articles: createSqliteArticleRepository(db),
    outbox: createSqliteOutboxRepository(db),
    idempotency: createSqliteIdempotencyRepository(db),
    secrets: createSqliteSecretRepository(db),
  };

  const readWidget = createWidgetReader(db);
  // The repositories' seed functions run their statements synchronously (better-sqlite3), so one
  // explicit transaction around them makes the whole seed all or nothing.
  const writeAll = async (content: SeedContent): Promise<void> => {
    db.exec('BEGIN IMMEDIATE');
    try {
      writeContent(db, content, readWidget);
      await repositories.articles.seed(content);
      await repositories.tickets.seed(content);
      await repositories.conversations.seed(content);
      db.exec('COMMIT');
    } catch (error) {
      if (db.inTransaction) db.exec('ROLLBACK');
      throw error;
    }
  };
  const seeded = isNew && seed !== false ? writeAll(seed) : Promise.resolve();

  return {
    ...repositories,
    async getWidget(key) {
      await seeded;
      return readWidget(key);
    },
    async seed(content) {
      await seeded;
      await writeAll(content);
    },
    async close() {
      await seeded.catch(() => {});
      if (db.open) db.close();
    },
  };
}
