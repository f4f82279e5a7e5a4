import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type Database from 'better-sqlite3';
import { randomToken } from '../security/randomToken';
import type { AttachmentRecord } from './AttachmentRecord';
import type { AttachmentRepository } from './AttachmentRepository';
import { ATTACHMENT_ID_PATTERN, checkAttachmentRecord } from './checkAttachmentRecord';

/** The table of attachment metadata, run by the store's migrations; the bytes live in files. @internal */
export const attachmentSqliteSchema = `
  CREATE TABLE attachments (
    id            TEXT PRIMARY KEY,
    widget_key    TEXT NOT NULL,
    contact_id    TEXT NOT NULL REFERENCES contacts (id),
    name          TEXT NOT NULL,
    content_type  TEXT NOT NULL,
    size          INTEGER NOT NULL CHECK (size >= 0),
    created_at    INTEGER NOT NULL
  ) STRICT;
  CREATE INDEX attachments_contact ON attachments (contact_id);
`;

interface AttachmentRow {
  id: string;
  widget_key: string;
  contact_id: string;
  name: string;
  content_type: string;
  size: number;
  created_at: number;
}

/** Where the bytes go: files in a folder, or a map for an in-memory database. */
interface ContentStorage {
  write(id: string, bytes: Uint8Array): Promise<void>;
  read(id: string): Promise<Uint8Array | undefined>;
  remove(id: string): Promise<void>;
}

function isMissingFile(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT';
}

/**
 * One file per attachment, named by its random id only (the user's file name never reaches the file
 * system). Each file is written to a temporary name, flushed, then renamed, so a crash or a concurrent
 * reader never sees half a file.
 */
function fileStorage(directory: string): ContentStorage {
  return {
    async write(id, bytes) {
      await mkdir(directory, { recursive: true, mode: 0o700 });
      const temporary = join(directory, `.${id}.${randomToken(6)}.tmp`);
      try {
        const handle = await open(temporary, 'wx', 0o600);
        try {
          await handle.writeFile(bytes);
          await handle.sync();
        } finally {
          await handle.close();
        }
        await rename(temporary, join(directory, id));
      } catch (error) {
        await rm(temporary, { force: true });
        throw error;
      }
    },
    async read(id) {
      try {
        const buffer = await readFile(join(directory, id));
        return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
      } catch (error) {
        if (isMissingFile(error)) return undefined;
        throw error;
      }
    },
    async remove(id) {
      await rm(join(directory, id), { force: true });
    },
  };
}

/** Bytes in a map, for `':memory:'` databases: they vanish with the store, as the database does. */
function memoryStorage(): ContentStorage {
  const contents = new Map<string, Uint8Array>();
  return {
    async write(id, bytes) {
      contents.set(id, bytes.slice());
    },
    async read(id) {
      return contents.get(id)?.slice();
    },
    async remove(id) {
      contents.delete(id);
    },
  };
}

function toRecord(row: AttachmentRow): AttachmentRecord {
  return {
    id: row.id,
    widgetKey: row.widget_key,
    contactId: row.contact_id,
    name: row.name,
    contentType: row.content_type,
    size: row.size,
    createdAt: row.created_at,
  };
}

/**
 * Uploaded files with SQLite: metadata in the `attachments` table, bytes as files named by attachment id in
 * `directory`, created on the first upload. Without a directory (an in-memory database) the bytes stay in
 * memory and are gone when the store is dropped.
 * @internal
 */
export function createSqliteAttachmentRepository(
  db: Database.Database,
  directory?: string,
): AttachmentRepository {
  const contents = directory === undefined ? memoryStorage() : fileStorage(resolve(directory));
  const insert = db.prepare(
    `INSERT INTO attachments (id, widget_key, contact_id, name, content_type, size, created_at)
     VALUES (@id, @widgetKey, @contactId, @name, @contentType, @size, @createdAt)`,
  );
  const select = db.prepare<[string], AttachmentRow>('SELECT * FROM attachments WHERE id = ?');
  const exists = db.prepare<[string], { found: number }>('SELECT 1 AS found FROM attachments WHERE id = ?');
  const reassign = db.prepare<[string, string]>('UPDATE attachments SET contact_id = ? WHERE contact_id = ?');

  return {
    async saveAttachment(record, bytes) {
      checkAttachmentRecord(record, bytes);
      // Checked first so that a duplicate id cannot overwrite the bytes of the existing file.
      if (exists.get(record.id) !== undefined) throw new Error(`Attachment ${record.id} already exists.`);
      await contents.write(record.id, bytes);
      try {
        insert.run(record);
      } catch (error) {
        await contents.remove(record.id);
        throw error;
      }
    },
    async getAttachment(id) {
      const row = select.get(id);
      return row === undefined ? undefined : toRecord(row);
    },
    async readContent(id) {
      // The id is checked before it becomes part of a path, and bytes without a record are never served.
      if (!ATTACHMENT_ID_PATTERN.test(id) || exists.get(id) === undefined) return undefined;
      return contents.read(id);
    },
    async reassignContact(fromContactId, toContactId) {
      reassign.run(toContactId, fromContactId);
    },
    async seed() {},
  };
}
