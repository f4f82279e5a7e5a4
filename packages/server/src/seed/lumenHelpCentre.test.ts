import { describe, expect, it } from 'vitest';
import { demoContent } from './demoContent';
import {
  lumenArticles,
  lumenBusinessHours,
  lumenCollections,
  lumenTickets,
  lumenTriggers,
} from './lumenHelpCentre';
import type { SeedArticleTranslation, SeedTicket } from './SeedContent';

const locales = ['en', 'zh-Hans', 'zh-Hant'] as const;
const rawHtml = /<[a-z]/i;
const isoUtc = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** Characters that exist only in Simplified Chinese, so must not appear in Traditional text. */
const simplifiedOnly = [
  ...'码账设订说这们么击钮择页选记笔签备网络录储动开时间发关会号过还从为与个见现让请应该对单务无电脑机载历删级额费经帮头样显写读输云认确试',
];
/** Characters that exist only in Traditional Chinese, so must not appear in Simplified text. */
const traditionalOnly = [
  ...'碼帳設訂說這們麼擊鈕擇頁選記筆籤備網絡錄儲動開時間發關會號過還從為與個見現讓請應該對單務無電腦機載歷刪級額費經幫頭樣顯寫讀輸雲認確試裡復',
];
/** Mainland wording that Taiwan readers would find foreign. */
const mainlandTerms = [
  '軟件',
  '信息',
  '默認',
  '視頻',
  '屏幕',
  '鏈接',
  '設置',
  '登錄',
  '菜單',
  '網絡',
  '賬',
  '點擊',
];

function translation(article: (typeof lumenArticles)[number], locale: string): SeedArticleTranslation {
  const found = article.translations[locale];
  if (!found) throw new Error(`${article.id} has no ${locale} translation`);
  return found;
}

function chineseTexts(locale: 'zh-Hans' | 'zh-Hant'): { where: string; text: string }[] {
  return [
    ...lumenCollections.flatMap((collection) => {
      const t = collection.translations[locale];
      return t ? [{ where: collection.id, text: `${t.title}\n${t.description}` }] : [];
    }),
    ...lumenArticles.map((article) => {
      const t = translation(article, locale);
      return { where: article.id, text: `${t.title}\n${t.body}` };
    }),
    ...lumenTriggers.map((trigger) => ({ where: trigger.id, text: trigger.message[locale] ?? '' })),
    ...lumenTickets
      .filter((ticket) => ticket.locale === locale)
      .map((ticket) => ({
        where: ticket.reference,
        text: [ticket.subject, ...ticket.comments.map((comment) => comment.text)].join('\n'),
      })),
  ];
}

function links(markdown: string): string[] {
  return [...markdown.matchAll(/\]\(([^)\s]+)\)/g)].map((match) => match[1] ?? '');
}

function time(iso: string): number {
  return Date.parse(iso);
}

describe('lumenCollections', () => {
  it('has five collections of the demo widget with unique, well-formed ids and positions 0 to 4', () => {
    expect(lumenCollections).toHaveLength(5);
    const ids = lumenCollections.map((collection) => collection.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^col_[a-z0-9_]+$/);
    expect(lumenCollections.every((collection) => collection.widgetKey === 'wk_demo')).toBe(true);
    expect(lumenCollections.map((collection) => collection.position)).toEqual([0, 1, 2, 3, 4]);
  });

  it('has a title and description in every locale, without HTML', () => {
    for (const collection of lumenCollections) {
      expect(Object.keys(collection.translations).sort()).toEqual([...locales].sort());
      for (const locale of locales) {
        const t = collection.translations[locale];
        expect(t?.title.trim(), `${collection.id} ${locale}`).toBeTruthy();
        expect(t?.description.trim(), `${collection.id} ${locale}`).toBeTruthy();
        expect(`${t?.title} ${t?.description}`).not.toMatch(rawHtml);
      }
    }
  });

  it('covers every locale the demo widget offers', () => {
    const widgetLocales = demoContent.widgets.flatMap((widget) => widget.translations.map((t) => t.locale));
    expect([...locales].sort()).toEqual([...new Set(widgetLocales)].sort());
  });
});

describe('lumenArticles', () => {
  const collectionIds = new Set(lumenCollections.map((collection) => collection.id));

  it('has at least 32 articles with unique, well-formed ids', () => {
    expect(lumenArticles.length).toBeGreaterThanOrEqual(32);
    const ids = lumenArticles.map((article) => article.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^art_[a-z0-9_]+$/);
  });

  it('puts every article in an existing collection, six or seven per collection', () => {
    for (const article of lumenArticles) expect(collectionIds, article.id).toContain(article.collectionId);
    for (const id of collectionIds) {
      const count = lumenArticles.filter((article) => article.collectionId === id).length;
      expect(count, id).toBeGreaterThanOrEqual(6);
      expect(count, id).toBeLessThanOrEqual(7);
    }
  });

  it('was last updated in 2026, before November, as a UTC ISO timestamp', () => {
    for (const article of lumenArticles) {
      expect(article.updatedAt, article.id).toMatch(isoUtc);
      expect(new Date(article.updatedAt).toISOString(), article.id).toBe(article.updatedAt);
      expect(time(article.updatedAt), article.id).toBeGreaterThanOrEqual(time('2026-01-01T00:00:00.000Z'));
      expect(time(article.updatedAt), article.id).toBeLessThan(time('2026-11-01T00:00:00.000Z'));
    }
  });

  it('is written in exactly en, zh-Hans and zh-Hant, with a short title and a Markdown body', () => {
    for (const article of lumenArticles) {
      expect(Object.keys(article.translations).sort(), article.id).toEqual([...locales].sort());
      for (const locale of locales) {
        const { title, body } = translation(article, locale);
        const where = `${article.id} ${locale}`;
        expect(title.trim(), where).toBeTruthy();
        expect(title.length, where).toBeLessThan(120);
        expect(title, where).not.toContain('\n');
        expect(body.trim(), where).toBeTruthy();
        expect(body, where).not.toMatch(rawHtml);
        expect(body, where).toMatch(/^## \S/m);
        expect(body, where).not.toMatch(/^\s+\S/);
      }
    }
  });

  it('has English bodies of 80 to 250 words', () => {
    for (const article of lumenArticles) {
      const words = translation(article, 'en')
        .body.split(/\s+/)
        .filter((word) => /\w/.test(word));
      expect(words.length, article.id).toBeGreaterThanOrEqual(80);
      expect(words.length, article.id).toBeLessThanOrEqual(250);
    }
  });

  it('links only to lumen.example, in every translation', () => {
    for (const article of lumenArticles) {
      for (const locale of locales) {
        const found = links(translation(article, locale).body);
        expect(found.length, `${article.id} ${locale}`).toBeGreaterThan(0);
        for (const link of found)
          expect(link, `${article.id} ${locale}`).toMatch(/^https:\/\/lumen\.example\//);
      }
    }
  });

  it('suggests about a third of the articles on specific pages, with well-formed patterns', () => {
    const withPatterns = lumenArticles.filter((article) => article.pagePatterns.length > 0);
    expect(withPatterns.length / lumenArticles.length).toBeGreaterThanOrEqual(0.25);
    expect(withPatterns.length / lumenArticles.length).toBeLessThanOrEqual(0.45);
    for (const article of withPatterns) {
      for (const pattern of article.pagePatterns) expect(pattern, article.id).toMatch(/^\/[a-z0-9/_*-]*$/);
    }
    const patterns = new Set(lumenArticles.flatMap((article) => article.pagePatterns));
    for (const expected of ['/pricing', '/billing/*', '/settings/security*', '/download*', '/account/*']) {
      expect(patterns).toContain(expected);
    }
  });

  it('includes the articles the widget demos rely on', () => {
    const titles = lumenArticles.map((article) => translation(article, 'en').title);
    for (const title of [
      'Reset your password',
      'Request a refund',
      'Turn on two-factor authentication',
      'Sync notes between devices',
      'Export your notes',
    ]) {
      expect(titles).toContain(title);
    }
  });

  it('has a password reset article that mentions the password in both Chinese scripts', () => {
    const article = lumenArticles.find((a) => translation(a, 'en').title === 'Reset your password');
    expect(article).toBeDefined();
    if (!article) return;
    const hant = translation(article, 'zh-Hant');
    const hans = translation(article, 'zh-Hans');
    expect(`${hant.title}${hant.body}`).toContain('密碼');
    expect(`${hans.title}${hans.body}`).toContain('密码');
  });

  it('has a refund article that mentions refunds in both Chinese scripts', () => {
    const article = lumenArticles.find((a) => translation(a, 'en').title === 'Request a refund');
    expect(article).toBeDefined();
    if (!article) return;
    expect(translation(article, 'zh-Hant').body).toContain('退款');
    expect(translation(article, 'zh-Hans').body).toContain('退款');
  });

  it('gives search several hits for passwords and refunds, some only in body text', () => {
    const hits = (locale: string, word: string) =>
      lumenArticles.filter((article) => translation(article, locale).body.includes(word));
    const bodyOnly = (locale: string, word: string) =>
      hits(locale, word).filter((article) => !translation(article, locale).title.includes(word));

    expect(hits('zh-Hant', '密碼').length).toBeGreaterThanOrEqual(5);
    expect(hits('zh-Hans', '密码').length).toBeGreaterThanOrEqual(5);
    expect(hits('zh-Hant', '退款').length).toBeGreaterThanOrEqual(4);
    expect(hits('zh-Hans', '退款').length).toBeGreaterThanOrEqual(4);
    expect(bodyOnly('zh-Hant', '密碼').length).toBeGreaterThanOrEqual(3);
    expect(bodyOnly('zh-Hans', '密码').length).toBeGreaterThanOrEqual(3);
    expect(bodyOnly('zh-Hant', '退款').length).toBeGreaterThanOrEqual(3);
    expect(bodyOnly('zh-Hans', '退款').length).toBeGreaterThanOrEqual(3);
  });
});

describe('Chinese texts', () => {
  it('uses only Traditional characters and Taiwan wording in zh-Hant', () => {
    for (const { where, text } of chineseTexts('zh-Hant')) {
      expect(
        simplifiedOnly.filter((char) => text.includes(char)),
        where,
      ).toEqual([]);
      expect(
        mainlandTerms.filter((term) => text.includes(term)),
        where,
      ).toEqual([]);
    }
  });

  it('uses only Simplified characters in zh-Hans', () => {
    for (const { where, text } of chineseTexts('zh-Hans')) {
      expect(
        traditionalOnly.filter((char) => text.includes(char)),
        where,
      ).toEqual([]);
    }
  });
});

describe('lumenBusinessHours', () => {
  it('opens on weekdays and Saturday mornings, London time', () => {
    expect(lumenBusinessHours.widgetKey).toBe('wk_demo');
    expect(lumenBusinessHours.timeZone).toBe('Europe/London');
    expect(() => new Intl.DateTimeFormat('en', { timeZone: lumenBusinessHours.timeZone })).not.toThrow();
    expect(lumenBusinessHours.expectedReplyMinutes).toBe(120);
    expect(lumenBusinessHours.weekly).toEqual([
      { day: 1, opens: '09:00', closes: '17:30' },
      { day: 2, opens: '09:00', closes: '17:30' },
      { day: 3, opens: '09:00', closes: '17:30' },
      { day: 4, opens: '09:00', closes: '17:30' },
      { day: 5, opens: '09:00', closes: '17:30' },
      { day: 6, opens: '10:00', closes: '14:00' },
    ]);
  });

  it('has one well-formed entry per open day, closing after it opens', () => {
    const days = lumenBusinessHours.weekly.map((hours) => hours.day);
    expect(new Set(days).size).toBe(days.length);
    for (const hours of lumenBusinessHours.weekly) {
      expect(hours.opens).toMatch(/^([01]\d|2[0-3]):[0-5]\d$/);
      expect(hours.closes).toMatch(/^([01]\d|2[0-3]):[0-5]\d$/);
      expect(hours.opens < hours.closes).toBe(true);
    }
  });
});

describe('lumenTriggers', () => {
  const articles = new Map(lumenArticles.map((article) => [article.id, article]));

  it('has two triggers of the demo widget with unique ids and messages in every locale', () => {
    expect(lumenTriggers).toHaveLength(2);
    expect(new Set(lumenTriggers.map((trigger) => trigger.id)).size).toBe(2);
    for (const trigger of lumenTriggers) {
      expect(trigger.widgetKey).toBe('wk_demo');
      expect(trigger.pagePattern).toMatch(/^\//);
      expect(trigger.secondsOnPage).toBeGreaterThan(0);
      expect(Object.keys(trigger.message).sort()).toEqual([...locales].sort());
      for (const locale of locales) {
        expect(trigger.message[locale]?.trim(), `${trigger.id} ${locale}`).toBeTruthy();
        expect(trigger.message[locale], `${trigger.id} ${locale}`).not.toMatch(rawHtml);
      }
    }
  });

  it('offers articles that exist', () => {
    for (const trigger of lumenTriggers) {
      expect(trigger.articleIds.length, trigger.id).toBeGreaterThan(0);
      for (const id of trigger.articleIds) expect(articles.has(id), `${trigger.id} ${id}`).toBe(true);
    }
  });

  it('asks on the pricing page after 20 seconds, once, with billing articles', () => {
    const trigger = lumenTriggers.find((t) => t.pagePattern === '/pricing*');
    expect(trigger).toMatchObject({ secondsOnPage: 20, oncePerVisitor: true });
    expect(trigger?.articleIds).toHaveLength(2);
    for (const id of trigger?.articleIds ?? []) {
      expect(articles.get(id)?.collectionId).toBe('col_billing_plans');
    }
  });

  it('helps on the security settings page after 30 seconds with the 2FA and password articles', () => {
    const trigger = lumenTriggers.find((t) => t.pagePattern === '/settings/security*');
    expect(trigger?.secondsOnPage).toBe(30);
    const titles = (trigger?.articleIds ?? []).map((id) => {
      const article = articles.get(id);
      return article ? translation(article, 'en').title : id;
    });
    expect(titles).toEqual(
      expect.arrayContaining(['Turn on two-factor authentication', 'Reset your password']),
    );
  });
});

describe('lumenTickets', () => {
  const statuses: readonly SeedTicket['status'][] = ['received', 'open', 'waiting_on_customer', 'solved'];

  it('has four tickets of the demo widget covering received, open, waiting and solved', () => {
    expect(lumenTickets).toHaveLength(4);
    expect(lumenTickets.every((ticket) => ticket.widgetKey === 'wk_demo')).toBe(true);
    expect(lumenTickets.map((ticket) => ticket.status).sort()).toEqual([...statuses].sort());
  });

  it('has unique references and access keys in the expected formats', () => {
    const references = lumenTickets.map((ticket) => ticket.reference);
    const keys = lumenTickets.map((ticket) => ticket.accessKey);
    expect(new Set(references).size).toBe(references.length);
    expect(new Set(keys).size).toBe(keys.length);
    for (const reference of references) expect(reference).toMatch(/^PRL-\d{4,6}$/);
    for (const key of keys) expect(key).toMatch(/^[A-Za-z0-9_-]{24,}$/);
  });

  it('uses example.com addresses, supported locales and one Simplified Chinese ticket', () => {
    for (const ticket of lumenTickets) {
      expect(ticket.email).toMatch(/^[a-z0-9._-]+@example\.com$/);
      expect(ticket.name.trim()).toBeTruthy();
      expect(ticket.subject.trim()).toBeTruthy();
      expect(locales).toContain(ticket.locale);
    }
    expect(lumenTickets.filter((ticket) => ticket.locale === 'zh-Hans')).toHaveLength(1);
  });

  it('has a status history that starts at received, runs forward in time and ends at the status', () => {
    for (const ticket of lumenTickets) {
      const history = ticket.statusHistory;
      expect(history[0]?.status, ticket.reference).toBe('received');
      expect(history[0]?.at, ticket.reference).toBe(ticket.createdAt);
      expect(history.at(-1)?.status, ticket.reference).toBe(ticket.status);
      for (const [i, entry] of history.entries()) {
        expect(entry.at, ticket.reference).toMatch(isoUtc);
        expect(time(entry.at), ticket.reference).toBeGreaterThanOrEqual(time('2026-10-01T00:00:00.000Z'));
        expect(time(entry.at), ticket.reference).toBeLessThan(time('2026-12-01T00:00:00.000Z'));
        const previous = history[i - 1];
        if (previous) expect(time(entry.at), ticket.reference).toBeGreaterThan(time(previous.at));
      }
    }
  });

  it('has one to four comments in time order, from the ticket creation on, starting with the customer', () => {
    for (const ticket of lumenTickets) {
      expect(ticket.comments.length, ticket.reference).toBeGreaterThanOrEqual(1);
      expect(ticket.comments.length, ticket.reference).toBeLessThanOrEqual(4);
      expect(ticket.comments[0]?.author, ticket.reference).toBe('customer');
      expect(ticket.comments[0]?.createdAt, ticket.reference).toBe(ticket.createdAt);
      for (const [i, comment] of ticket.comments.entries()) {
        expect(comment.createdAt, ticket.reference).toMatch(isoUtc);
        expect(comment.authorName.trim(), ticket.reference).toBeTruthy();
        expect(comment.text.trim(), ticket.reference).toBeTruthy();
        expect(comment.text, ticket.reference).not.toMatch(rawHtml);
        const previous = ticket.comments[i - 1];
        if (previous) expect(time(comment.createdAt)).toBeGreaterThanOrEqual(time(previous.createdAt));
      }
      if (ticket.status === 'waiting_on_customer') {
        expect(ticket.comments.at(-1)?.author, ticket.reference).toBe('agent');
      }
    }
  });

  it('includes PRL-4821 for ada@example.com, waiting on the customer', () => {
    const ticket = lumenTickets.find((t) => t.reference === 'PRL-4821');
    expect(ticket).toMatchObject({ email: 'ada@example.com', status: 'waiting_on_customer' });
  });
});
