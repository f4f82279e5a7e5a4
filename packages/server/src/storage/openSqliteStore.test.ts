import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { demoContent } from '../seed/demoContent';
import { openSqliteStore } from './openSqliteStore';
import { sqliteMigrations } from './sqliteMigrations';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'parley-sqlite-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('openSqliteStore on a file', () => {
  it('creates the data folder and the database, in WAL mode', async () => {
    const filename = join(dir, 'nested', 'data', 'parley.sqlite');
    const store = openSqliteStore({ filename });
    expect((await store.getWidget('wk_demo'))?.brand.name).toBe('Lumen');
    await store.close();

    const db = new Database(filename, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('user_version', { simple: true })).toBe(sqliteMigrations.length);
    db.close();
  });

  it('seeds on first start only: a restart neither duplicates nor resets the content', async () => {
    const filename = join(dir, 'parley.sqlite');
    const first = openSqliteStore({ filename });
    const demo = await first.getWidget('wk_demo');
    await first.seed({ widgets: [{ ...demo!, brand: { name: 'Lumen Notes', color: '#3b5bdb' } }] });
    await first.close();

    const second = openSqliteStore({ filename });
    const reopened = await second.getWidget('wk_demo');
    expect(reopened?.brand.name).toBe('Lumen Notes');
    expect(reopened?.translations.map((translation) => translation.locale)).toEqual([
      'en',
      'zh-Hans',
      'zh-Hant',
    ]);
    await second.close();

    const db = new Database(filename, { readonly: true });
    expect(db.prepare('SELECT count(*) AS n FROM widgets').get()).toEqual({ n: demoContent.widgets.length });
    expect(db.prepare('SELECT count(*) AS n FROM widget_translations').get()).toEqual({
      n: demoContent.widgets.flatMap((widget) => widget.translations).length,
    });
    db.close();
  });

  it('does not seed a database that was deliberately started empty', async () => {
    const filename = join(dir, 'parley.sqlite');
    await openSqliteStore({ filename, seed: false }).close();
    const store = openSqliteStore({ filename });
    expect(await store.getWidget('wk_demo')).toBeUndefined();
    await store.close();
  });

  it('brings a database of an older server up to date, keeping its data', async () => {
    const filename = join(dir, 'parley.sqlite');
    await openSqliteStore({ filename }).close();
    // As the server left it before the last migration (the table of server secrets) existed.
    const db = new Database(filename);
    db.exec('DROP TABLE server_secrets');
    db.pragma(`user_version = ${sqliteMigrations.length - 1}`);
    db.close();

    const store = openSqliteStore({ filename });
    expect((await store.getWidget('wk_demo'))?.brand.name).toBe('Lumen');
    expect(await store.secrets.getOrCreate('links', () => 'kept')).toBe('kept');
    await store.close();
    const again = openSqliteStore({ filename });
    expect(await again.secrets.getOrCreate('links', () => 'not this')).toBe('kept');
    await again.close();
  });

  it('refuses a database written by a newer server, with a clear message', async () => {
    const filename = join(dir, 'parley.sqlite');
    const db = new Database(filename);
    db.pragma(`user_version = ${sqliteMigrations.length + 1}`);
    db.close();
    expect(() => openSqliteStore({ filename })).toThrow(/newer than this server knows/);
  });

  it('closes the database, and closing twice is harmless', async () => {
    const filename = join(dir, 'parley.sqlite');
    const store = openSqliteStore({ filename });
    await store.close();
    await store.close();
    // With every connection closed, SQLite folds the WAL back into the database file.
    expect(existsSync(`${filename}-wal`)).toBe(false);
  });
});
