import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { ArticleSearchIndex, SearchDocument, SearchQuery } from './ArticleSearchIndex';
import { articleSearchSqliteSchema } from './articleSearchSqliteSchema';
import { createMemorySearchIndex } from './createMemorySearchIndex';
import { createSqliteSearchIndex } from './createSqliteSearchIndex';

const W = 'wk_test';

function doc(
  articleId: string,
  locale: string,
  collectionId: string,
  title: string,
  body: string,
  widgetKey = W,
): SearchDocument {
  return { widgetKey, articleId, locale, collectionId, title, body };
}

// The same articles in several locales (an article id is shared by its translations).
const corpus: SearchDocument[] = [
  doc(
    'reset-password',
    'en',
    'account',
    'Reset your password',
    'If you forgot your password, open Settings and choose Reset. We email you a link.',
  ),
  doc(
    'sync-devices',
    'en',
    'devices',
    'Sync devices',
    'Syncing keeps your phone and laptop up to date. Sync runs every five minutes.',
  ),
  doc(
    'refunds',
    'en',
    'billing',
    'Request a refund',
    'Refunds are available within 30 days. Contact support to request one.',
  ),
  doc(
    'billing',
    'en',
    'billing',
    'Billing overview',
    'Your invoice lists every charge. Passwords are never shown on an invoice.',
  ),
  doc(
    'two-factor',
    'en',
    'account',
    'Two-factor authentication',
    'Protect your account with a code from an app. You need your password to turn it on.',
  ),
  doc('reset-password', 'zh-Hans', 'account', '重设密码', '如果忘记密码，请打开设置并选择重设。'),
  doc('refunds', 'zh-Hans', 'billing', '申请退款', '购买后三十天内可以申请退款。'),
  doc('sync-devices', 'zh-Hans', 'devices', '同步设备', '同步功能会让你的手机和电脑保持最新。'),
  doc('reset-password', 'zh-Hant', 'account', '重設密碼', '如果忘記密碼，請打開設定並選擇重設。'),
  doc('refunds', 'zh-Hant', 'billing', '申請退款', '購買後三十天內可以申請退款。'),
  doc('billing', 'zh-Hant', 'billing', '帳單概覽', '發票會列出每一筆費用。'),
  doc(
    'reset-password',
    'ja',
    'account',
    'パスワードの再設定',
    'パスワードを忘れた場合は、設定から再設定してください。',
  ),
  doc('refunds', 'ja', 'billing', '返金について', '購入後30日以内であれば返金を申請できます。'),
  doc('sync-devices', 'ja', 'devices', 'デバイスの同期', '同期は5分ごとに行われます。パスポートは不要です。'),
  // Another widget with the same words: never found from wk_test.
  doc('other-reset', 'en', 'account', 'Reset password', 'Reset your password here.', 'wk_other'),
  doc('other-mima', 'zh-Hant', 'account', '重設密碼', '密碼', 'wk_other'),
];

const opened: Database.Database[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

function openSqlite(): ArticleSearchIndex {
  const db = new Database(':memory:');
  opened.push(db);
  db.exec(articleSearchSqliteSchema);
  return createSqliteSearchIndex(db);
}

// The same behaviour, case by case, from both implementations.
describe.each([
  ['createMemorySearchIndex', createMemorySearchIndex],
  ['createSqliteSearchIndex', openSqlite],
])('%s', (_name, create) => {
  const loaded = (documents: readonly SearchDocument[] = corpus): ArticleSearchIndex => {
    const index = create();
    for (const document of documents) index.upsert(document);
    return index;
  };
  const search = (
    index: ArticleSearchIndex,
    query: string,
    locale = 'en',
    more: Partial<SearchQuery> = {},
  ): { ids: string[]; total: number } => {
    const result = index.search({ widgetKey: W, locale, query, limit: 50, offset: 0, ...more });
    for (const hit of result.hits) expect(hit.locale).toBe(locale);
    return { ids: result.hits.map((hit) => hit.articleId), total: result.total };
  };
  const ids = (index: ArticleSearchIndex, query: string, locale = 'en', more: Partial<SearchQuery> = {}) =>
    search(index, query, locale, more).ids;

  it('finds nothing in an empty index', () => {
    expect(create().search({ widgetKey: W, locale: 'en', query: 'password', limit: 10, offset: 0 })).toEqual({
      hits: [],
      total: 0,
    });
  });

  it.each([
    ['密碼', 'zh-Hant', ['reset-password']],
    ['退款', 'zh-Hant', ['refunds']],
    ['密码', 'zh-Hans', ['reset-password']],
    ['退款', 'zh-Hans', ['refunds']],
    ['同步', 'zh-Hans', ['sync-devices']],
    ['返金', 'ja', ['refunds']],
    ['パスワード', 'ja', ['reset-password']],
    ['設定', 'ja', ['reset-password']],
    // Simplified and Traditional are different characters: no cross-script matches.
    ['密碼', 'zh-Hans', []],
    ['密码', 'zh-Hant', []],
    ['退款', 'en', []],
  ])('finds the documents containing the CJK query %s in %s, and only those', (query, locale, expected) => {
    expect(ids(loaded(), query, locale).sort()).toEqual([...expected].sort());
  });

  it('finds a 2-character katakana query inside longer words', () => {
    // パス is in パスワード (reset-password) and パスポート (sync-devices).
    expect(ids(loaded(), 'パス', 'ja').sort()).toEqual(['reset-password', 'sync-devices']);
  });

  it('requires every CJK bigram of a longer query', () => {
    const index = loaded();
    expect(ids(index, '重設密碼', 'zh-Hant')).toEqual(['reset-password']);
    expect(ids(index, '忘記密碼', 'zh-Hant')).toEqual(['reset-password']);
    expect(ids(index, '密碼退款', 'zh-Hant')).toEqual([]);
  });

  it('normalises width and case the same way for documents and queries', () => {
    const index = loaded();
    expect(ids(index, 'ﾊﾟｽﾜｰﾄﾞ', 'ja')).toEqual(['reset-password']);
    expect(ids(index, 'ＲＥＳＥＴ', 'en')).toEqual(['reset-password']);
    expect(ids(index, 'PASSWORD', 'en')).toContain('reset-password');
  });

  it('matches the last word as a prefix, for search as you type', () => {
    const index = loaded();
    expect(ids(index, 'pass').sort()).toEqual(['billing', 'reset-password', 'two-factor']);
    expect(ids(index, 'p')).toContain('reset-password');
    expect(ids(index, 'sync dev')).toEqual(['sync-devices']);
    expect(ids(index, 'refu')).toEqual(['refunds']);
  });

  it('matches the earlier words exactly (after stemming)', () => {
    const index = loaded();
    expect(ids(index, 'pass reset')).toEqual([]);
    expect(ids(index, 'reset pass')).toEqual(['reset-password']);
    expect(ids(index, 'syncing devices')).toEqual(['sync-devices']);
    expect(ids(index, 'refund request')).toEqual(['refunds']);
    expect(ids(index, 'passwords invoices')).toEqual(['billing']);
  });

  it('requires every word (AND), in the title or the body', () => {
    const index = loaded();
    expect(ids(index, 'password invoice')).toEqual(['billing']);
    expect(ids(index, 'reset link')).toEqual(['reset-password']);
    expect(ids(index, 'password zebra')).toEqual([]);
  });

  it('ranks a title match above a body match', () => {
    const index = loaded();
    const [first, ...rest] = ids(index, 'password');
    expect(first).toBe('reset-password');
    expect(rest.sort()).toEqual(['billing', 'two-factor']);
    expect(ids(index, 'refund')[0]).toBe('refunds');
  });

  it('scores hits best first, higher is better', () => {
    const { hits } = loaded().search({ widgetKey: W, locale: 'en', query: 'password', limit: 10, offset: 0 });
    expect(hits.length).toBe(3);
    for (const hit of hits) expect(hit.score).toBeGreaterThan(0);
    expect(hits.map((hit) => hit.score)).toEqual([...hits.map((hit) => hit.score)].sort((a, b) => b - a));
  });

  it('breaks ties by article id', () => {
    const index = loaded([
      doc('b', 'en', 'c', 'Same title', 'Same body'),
      doc('c', 'en', 'c', 'Same title', 'Same body'),
      doc('a', 'en', 'c', 'Same title', 'Same body'),
    ]);
    expect(ids(index, 'same')).toEqual(['a', 'b', 'c']);
  });

  it('filters by widget, locale and collection', () => {
    const index = loaded();
    expect(ids(index, 'reset')).toEqual(['reset-password']);
    expect(
      index.search({ widgetKey: 'wk_other', locale: 'en', query: 'reset', limit: 10, offset: 0 }).hits,
    ).toEqual([expect.objectContaining({ articleId: 'other-reset', locale: 'en' })]);
    expect(ids(index, 'password', 'en', { collectionId: 'account' }).sort()).toEqual([
      'reset-password',
      'two-factor',
    ]);
    expect(ids(index, 'password', 'en', { collectionId: 'billing' })).toEqual(['billing']);
    expect(ids(index, 'password', 'en', { collectionId: 'nope' })).toEqual([]);
    expect(ids(index, '退款', 'zh-Hant', { collectionId: 'billing' })).toEqual(['refunds']);
    expect(ids(index, 'password', 'EN')).toEqual([]);
  });

  it('pages with offset and limit, and counts every match in total', () => {
    const index = loaded();
    const all = search(index, 'your');
    expect(all.total).toBe(4);
    expect(all.ids).toHaveLength(4);
    const pages = [0, 2, 4].map((offset) => search(index, 'your', 'en', { limit: 2, offset }));
    expect(pages.map((page) => page.total)).toEqual([4, 4, 4]);
    expect(pages.map((page) => page.ids.length)).toEqual([2, 2, 0]);
    expect(pages.flatMap((page) => page.ids)).toEqual(all.ids);
    expect(search(index, 'your', 'en', { limit: 0, offset: 0 })).toEqual({ ids: [], total: 4 });
    expect(search(index, 'your', 'en', { limit: 10, offset: 100 })).toEqual({ ids: [], total: 4 });
  });

  it('replaces the entry of the same article and locale on upsert', () => {
    const index = loaded();
    index.upsert(doc('sync-devices', 'en', 'devices', 'Backups', 'Backups run nightly.'));
    expect(ids(index, 'sync')).toEqual([]);
    expect(search(index, 'backup')).toEqual({ ids: ['sync-devices'], total: 1 });
    // Other translations of the article are untouched.
    expect(ids(index, '同步', 'zh-Hans')).toEqual(['sync-devices']);
    // Moving to another collection or widget moves the entry.
    index.upsert(doc('sync-devices', 'en', 'account', 'Backups', 'Backups run nightly.'));
    expect(ids(index, 'backup', 'en', { collectionId: 'devices' })).toEqual([]);
    expect(ids(index, 'backup', 'en', { collectionId: 'account' })).toEqual(['sync-devices']);
  });

  it('removes one article translation', () => {
    const index = loaded();
    index.remove('refunds', 'zh-Hant');
    expect(ids(index, '退款', 'zh-Hant')).toEqual([]);
    expect(ids(index, '退款', 'zh-Hans')).toEqual(['refunds']);
    expect(ids(index, 'refund')).toEqual(['refunds']);
    index.remove('refunds', 'zh-Hant');
    index.remove('never-there', 'en');
    index.upsert(doc('refunds', 'zh-Hant', 'billing', '申請退款', '退款'));
    expect(ids(index, '退款', 'zh-Hant')).toEqual(['refunds']);
  });

  it.each([
    ['"'],
    ['""'],
    ['*'],
    ['NEAR('],
    ['NEAR(password reset, 2)'],
    ['a OR b'],
    ['-x'],
    [''],
    ['   '],
    ['!!!'],
    ['?'],
    ['(“)”【】…'],
    ['"pass'],
    ['pass*'],
    ['^reset'],
    ['title:reset'],
    ['{title body}: reset'],
    ['reset AND'],
    ['\\'],
    ["'"],
    ['password '.repeat(111)],
    ['密碼'.repeat(500)],
    ['x'.repeat(1000)],
    ['a'.repeat(1000)],
    [Array.from({ length: 1000 }, (_, i) => String.fromCharCode(33 + (i % 94))).join('')],
  ])('never throws on the query %j', (query) => {
    const index = loaded();
    const result = index.search({ widgetKey: W, locale: 'en', query, limit: 10, offset: 0 });
    expect(Array.isArray(result.hits)).toBe(true);
    expect(result.total).toBeGreaterThanOrEqual(result.hits.length);
  });

  it('finds nothing for a query without terms', () => {
    const index = loaded();
    for (const query of ['', '   ', '!!!', '"', '*', '-', '()', '、。'])
      expect(search(index, query).total).toBe(0);
  });

  it('treats query syntax as plain text', () => {
    const index = loaded();
    const plain = ids(index, 'reset password');
    expect(plain).toEqual(['reset-password']);
    for (const query of ['"reset" "password"', '-reset password', 'reset* password', '(reset) password:']) {
      expect(ids(index, query)).toEqual(plain);
    }
    // Operators are words: every one must match, so these find nothing here.
    expect(ids(index, 'reset OR zebra')).toEqual([]);
    expect(ids(index, 'NEAR(reset password)')).toEqual([]);
    expect(ids(index, 'password NOT invoice').sort()).toEqual([]);
    // ...and a document that has them finds them.
    index.upsert(doc('ops', 'en', 'c', 'Near or not', 'and "quoted" text*'));
    expect(ids(index, 'NEAR OR NOT AND')).toEqual(['ops']);
    expect(ids(index, '"quoted"')).toEqual(['ops']);
  });
});

describe('createMemorySearchIndex and createSqliteSearchIndex', () => {
  // A larger generated corpus: both must return the same hits, in the same order, with the same scores.
  const words = [
    'reset',
    'password',
    'passport',
    'sync',
    'syncing',
    'devices',
    'refund',
    'refunds',
    'invoice',
  ];
  const han = [...'重設密碼退款同步裝置帳單發票申請設定'];
  let seed = 7;
  const random = (): number => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x80000000;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const text = (length: number): string =>
    Array.from({ length }, () => (random() < 0.6 ? `${pick(words)} ` : pick(han) + pick(han))).join('');
  const documents = Array.from({ length: 300 }, (_, i) =>
    doc(`a${i % 120}`, pick(['en', 'zh-Hant']), pick(['c1', 'c2']), text(4), text(30), pick([W, 'wk_b'])),
  );

  it('agree on every query', () => {
    const memory = createMemorySearchIndex();
    const sqlite = openSqlite();
    for (const document of documents) {
      memory.upsert(document);
      sqlite.upsert(document);
    }
    for (const removed of documents.slice(0, 20)) {
      memory.remove(removed.articleId, removed.locale);
      sqlite.remove(removed.articleId, removed.locale);
    }
    const queries = [
      'reset',
      'pass',
      'p',
      'password sync',
      'sync pass',
      'refunds',
      '密碼',
      '退款 reset',
      '重設密碼',
      'invoice 帳單 dev',
      '設',
      'zebra',
    ];
    let compared = 0;
    for (const query of queries) {
      for (const locale of ['en', 'zh-Hant']) {
        for (const collectionId of [undefined, 'c1']) {
          const q: SearchQuery = { widgetKey: W, locale, query, limit: 1000, offset: 0 };
          if (collectionId !== undefined) q.collectionId = collectionId;
          const expected = sqlite.search(q);
          const actual = memory.search(q);
          expect(actual.total, query).toBe(expected.total);
          expect(actual.hits.map((hit) => hit.articleId)).toEqual(expected.hits.map((hit) => hit.articleId));
          actual.hits.forEach((hit, i) => {
            expect(hit.score).toBeCloseTo(expected.hits[i]!.score, 9);
          });
          compared += expected.total;
        }
      }
    }
    expect(compared).toBeGreaterThan(500);
  });
});
