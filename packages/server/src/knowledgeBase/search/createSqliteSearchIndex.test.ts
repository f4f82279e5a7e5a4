import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { SearchDocument } from './ArticleSearchIndex';
import { articleSearchRowid } from './articleSearchRowid';
import { articleSearchSqliteSchema } from './articleSearchSqliteSchema';
import { createSqliteSearchIndex } from './createSqliteSearchIndex';
import { tokenizeForSearch } from './tokenizeForSearch';

const opened: Database.Database[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

function open(schema = true): Database.Database {
  const db = new Database(':memory:');
  opened.push(db);
  if (schema) db.exec(articleSearchSqliteSchema);
  return db;
}

const document = (articleId: string, title: string, body = '', locale = 'en'): SearchDocument => ({
  widgetKey: 'wk',
  articleId,
  locale,
  collectionId: 'c',
  title,
  body,
});

const find = (db: Database.Database, query: string, locale = 'en') =>
  createSqliteSearchIndex(db)
    .search({ widgetKey: 'wk', locale, query, limit: 100, offset: 0 })
    .hits.map((hit) => hit.articleId);

describe('articleSearchSqliteSchema', () => {
  it('creates the FTS5 table with indexed title/body first and unindexed keys', () => {
    const db = open();
    const sql = db
      .prepare<[], string>("SELECT sql FROM sqlite_master WHERE name = 'article_search'")
      .pluck()
      .get();
    expect(sql).toMatch(/USING fts5/i);
    expect(sql).toContain("tokenize = 'unicode61 remove_diacritics 2'");
    const columns = db
      .prepare<[], { name: string }>('PRAGMA table_info(article_search)')
      .all()
      .map((column) => column.name);
    expect(columns).toEqual(['title', 'body', 'widget_key', 'article_id', 'locale', 'collection_id']);
  });
});

describe('createSqliteSearchIndex', () => {
  it('does not create the table itself', () => {
    const db = open(false);
    expect(() => createSqliteSearchIndex(db)).toThrow(/no such table/);
    expect(db.prepare('SELECT count(*) FROM sqlite_master').pluck().get()).toBe(0);
  });

  it('stores the terms of tokenizeForSearch joined by spaces', () => {
    const db = open();
    createSqliteSearchIndex(db).upsert(document('a', 'Reset Passwords', '重設密碼，syncing.'));
    expect(
      db.prepare('SELECT title, body, widget_key, article_id, locale FROM article_search').get(),
    ).toEqual({
      title: 'reset password',
      body: '重設 設密 密碼 sync',
      widget_key: 'wk',
      article_id: 'a',
      locale: 'en',
    });
  });

  it('gets back exactly its terms from the FTS5 tokenizer', () => {
    // If unicode61 split, merged or folded any term, SQLite and memory search would disagree.
    const db = open();
    db.exec("CREATE VIRTUAL TABLE article_search_vocab USING fts5vocab('article_search', 'instance')");
    const ranges = [
      [0x20, 0x24f],
      [0x300, 0x52f],
      [0x1e00, 0x1fff],
      [0x19b0, 0x19cf],
      [0x1cf0, 0x1cff],
      [0x2100, 0x218f],
      [0x2460, 0x24ff],
      [0x3000, 0x30ff],
      [0x3130, 0x33ff],
      [0xac00, 0xac20],
      [0xff00, 0xffef],
      [0x1d400, 0x1d7ff],
    ];
    const index = createSqliteSearchIndex(db);
    let rowid = 0;
    const expected = new Map<number, string[]>();
    for (const [from, to] of ranges) {
      const texts: string[] = [];
      for (let code = from!; code <= to!; code++)
        texts.push(String.fromCodePoint(code), `x${String.fromCodePoint(code)}`);
      const text = texts.join(' ');
      const articleId = `r${rowid++}`;
      index.upsert(document(articleId, '', text));
      const id = db
        .prepare<[string], number>('SELECT rowid FROM article_search WHERE article_id = ?')
        .pluck()
        .get(articleId)!;
      expected.set(id, tokenizeForSearch(text));
    }
    for (const [id, terms] of expected) {
      const actual = db
        .prepare<[number], string>('SELECT term FROM article_search_vocab WHERE doc = ? ORDER BY offset')
        .pluck()
        .all(id);
      expect(actual).toEqual(terms);
    }
  });

  it('keeps nothing in memory: a second index over the same database sees the same entries', () => {
    const db = open();
    createSqliteSearchIndex(db).upsert(document('a', 'Reset password'));
    expect(find(db, 'pass')).toEqual(['a']);
    createSqliteSearchIndex(db).remove('a', 'en');
    expect(find(db, 'pass')).toEqual([]);
  });

  it('joins the caller’s transaction', () => {
    const db = open();
    const index = createSqliteSearchIndex(db);
    index.upsert(document('a', 'Reset password'));
    expect(() =>
      db.transaction(() => {
        index.upsert(document('a', 'Billing'));
        index.upsert(document('b', 'Password rules'));
        throw new Error('rollback');
      })(),
    ).toThrow('rollback');
    expect(find(db, 'password')).toEqual(['a']);
  });

  it('stays correct when two entries hash to the same rowid', () => {
    const db = open();
    const index = createSqliteSearchIndex(db);
    // Occupy the slot of ('victim', 'en') with another entry, as an entry whose key hashes alike would.
    const slot = articleSearchRowid('victim', 'en');
    db.prepare(
      `INSERT INTO article_search (rowid, title, body, widget_key, article_id, locale, collection_id)
       VALUES (?, 'squatter', '', 'wk', 'squatter', 'en', 'c')`,
    ).run(slot);

    index.upsert(document('victim', 'Reset password'));
    index.upsert(document('victim', 'Reset password again'));
    expect(find(db, 'reset')).toEqual(['victim']);
    expect(find(db, 'squatter')).toEqual(['squatter']);
    expect(db.prepare('SELECT count(*) FROM article_search').pluck().get()).toBe(2);

    // The squatter leaves (a real one would be removed through the index, at the same slot).
    db.prepare("DELETE FROM article_search WHERE article_id = 'squatter'").run();
    index.upsert(document('victim', 'Moved home'));
    expect(db.prepare('SELECT rowid FROM article_search').pluck().all()).toEqual([Number(slot)]);
    expect(find(db, 'home')).toEqual(['victim']);

    index.remove('victim', 'en');
    expect(db.prepare('SELECT count(*) FROM article_search').pluck().get()).toBe(0);
  });

  it('tells entries apart by article id and locale exactly', () => {
    const db = open();
    const index = createSqliteSearchIndex(db);
    index.upsert(document('a', 'Alpha', '', 'en'));
    index.upsert(document('a', 'Alpha', '', 'en-GB'));
    index.upsert(document('A', 'Alpha', '', 'en'));
    index.upsert(document('a\u0000en', 'Alpha', '', ''));
    expect(db.prepare('SELECT count(*) FROM article_search').pluck().get()).toBe(4);
    index.remove('a', 'en');
    expect(find(db, 'alpha')).toEqual(['A']);
    expect(find(db, 'alpha', 'en-GB')).toEqual(['a']);
  });
});
