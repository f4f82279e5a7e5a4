import type { RealtimeEvent } from '@parley/contract';
import type Database from 'better-sqlite3';
import type { EventLogRepository } from './EventLogRepository';

/**
 * The event log. `AUTOINCREMENT` makes ids strictly increasing for the life of the database, even after
 * the newest rows were deleted, so a client's `Last-Event-ID` can never name a different event.
 * @internal
 */
export const eventLogSqliteSchema = `
  CREATE TABLE event_log (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    widget_key  TEXT NOT NULL,
    audience    TEXT NOT NULL, -- 'team' or a contact id
    type        TEXT NOT NULL,
    data        TEXT NOT NULL, -- JSON
    created_at  INTEGER NOT NULL
  ) STRICT;
  CREATE INDEX event_log_audience ON event_log (audience, id);
`;

interface EventRow {
  id: number;
  type: string;
  data: string;
}

function toEvent(row: EventRow): RealtimeEvent {
  return { id: String(row.id), type: row.type, data: JSON.parse(row.data) } as RealtimeEvent;
}

/** The event log in SQLite. @internal */
export function createSqliteEventLogRepository(db: Database.Database): EventLogRepository {
  const insert = db.prepare<[string, string, string, string, number]>(
    'INSERT INTO event_log (widget_key, audience, type, data, created_at) VALUES (?, ?, ?, ?, ?)',
  );
  const selectAfter = db.prepare<[string, number, number], EventRow>(
    'SELECT id, type, data FROM event_log WHERE audience = ? AND id > ? ORDER BY id LIMIT ?',
  );
  const selectOldest = db.prepare<[], { id: number | null }>('SELECT MIN(id) AS id FROM event_log');
  // The sequence remembers the highest id ever used, also when the log has been trimmed empty.
  const selectLatest = db.prepare<[], { seq: number }>(
    "SELECT seq FROM sqlite_sequence WHERE name = 'event_log'",
  );
  // Ids are consecutive (one writer, AUTOINCREMENT), so the newest `keep` events are those within `keep`
  // of the highest id: a range delete on the primary key, where counting back with OFFSET scanned up to
  // `keep` rows on every publish. A rolled-back insert leaves a gap, and then one event fewer is kept.
  const deleteOlder = db.prepare<[number]>(
    'DELETE FROM event_log WHERE id <= (SELECT MAX(id) FROM event_log) - ?',
  );
  return {
    async seed() {},
    async append(widgetKey, audience, event, createdAt) {
      const json = JSON.stringify(event.data);
      const { lastInsertRowid } = insert.run(widgetKey, audience, event.type, json, createdAt);
      return toEvent({ id: Number(lastInsertRowid), type: event.type, data: json });
    },
    async after(audience, afterId, limit) {
      return selectAfter.all(audience, afterId, limit).map(toEvent);
    },
    async oldestId() {
      return selectOldest.get()?.id ?? undefined;
    },
    async latestId() {
      return selectLatest.get()?.seq ?? 0;
    },
    async trim(keep) {
      deleteOlder.run(Math.max(0, Math.floor(keep)));
    },
  };
}
