import { afterEach, describe, expect, it } from 'vitest';
import { collectConversationContext } from './collectConversationContext';
import { createRecentActivity } from './createRecentActivity';

/** The context of a client with this locale and nothing searched or read yet. */
const collectPageContext = ({ locale }: { locale?: string } = {}) =>
  collectConversationContext({ locale, activity: createRecentActivity() });

// The node environment has none of these globals; each test defines what a host page could have.
const NAMES = ['location', 'document', 'navigator'] as const;
const original = new Map(NAMES.map((name) => [name, Object.getOwnPropertyDescriptor(globalThis, name)]));

function define(name: (typeof NAMES)[number], descriptor: PropertyDescriptor): void {
  Object.defineProperty(globalThis, name, { configurable: true, ...descriptor });
}

function page({
  href = 'https://shop.example/cart?step=2',
  title = 'Your cart',
  referrer = '',
  language = 'de-DE',
} = {}) {
  define('location', { value: { href } });
  define('document', { value: { title, referrer } });
  define('navigator', { value: { language } });
}

afterEach(() => {
  for (const [name, descriptor] of original) {
    if (descriptor) Object.defineProperty(globalThis, name, descriptor);
    else delete (globalThis as Record<string, unknown>)[name];
  }
});

const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

describe('collectConversationContext', () => {
  it('reads the page URL, title, referrer, locale and time zone', () => {
    page({ referrer: 'https://search.example/?q=lumen' });
    expect(collectPageContext()).toEqual({
      pageUrl: 'https://shop.example/cart?step=2',
      pageTitle: 'Your cart',
      referrer: 'https://search.example/?q=lumen',
      locale: 'de-DE',
      timeZone,
    });
  });

  it('prefers the client’s locale to the browser’s', () => {
    page();
    expect(collectPageContext({ locale: 'zh-Hant' }).locale).toBe('zh-Hant');
  });

  it('reads at call time, not at import', () => {
    page({ href: 'https://shop.example/a' });
    expect(collectPageContext().pageUrl).toBe('https://shop.example/a');
    page({ href: 'https://shop.example/b' });
    expect(collectPageContext().pageUrl).toBe('https://shop.example/b');
  });

  it('leaves out what is empty', () => {
    page({ title: '   ', referrer: '' });
    const context = collectPageContext();
    expect(context).not.toHaveProperty('pageTitle');
    expect(context).not.toHaveProperty('referrer');
  });

  it('bounds every value to the contract’s limits', () => {
    page({
      href: `https://shop.example/${'p'.repeat(10_000)}`,
      title: `${'t'.repeat(499)}😀`,
      referrer: 'r'.repeat(3000),
    });
    const context = collectPageContext();
    expect(context.pageUrl).toHaveLength(2048);
    // Cut before the emoji rather than through it.
    expect(context.pageTitle).toBe('t'.repeat(499));
    expect(context.referrer).toHaveLength(2048);
  });

  it('drops a locale that is not a language tag', () => {
    page({ language: 'x'.repeat(40) });
    expect(collectPageContext()).not.toHaveProperty('locale');
    page({ language: 'en US<script>' });
    expect(collectPageContext()).not.toHaveProperty('locale');
    expect(collectPageContext({ locale: 'not a locale' })).not.toHaveProperty('locale');
  });

  it('works without any page globals (Node, workers)', () => {
    expect(collectPageContext()).toEqual({ timeZone });
    expect(collectPageContext({ locale: 'fr' })).toEqual({ locale: 'fr', timeZone });
  });

  it('survives globals whose getters throw', () => {
    const blocked = () => {
      throw new Error('blocked by the host page');
    };
    for (const name of NAMES) define(name, { get: blocked });
    expect(collectPageContext({ locale: 'fr' })).toEqual({ locale: 'fr', timeZone });

    define('location', { value: Object.defineProperty({}, 'href', { get: blocked }) });
    define('document', { value: new Proxy({}, { get: blocked }) });
    define('navigator', { value: Object.defineProperty({}, 'language', { get: blocked }) });
    expect(collectPageContext()).toEqual({ timeZone });
  });

  it('ignores values that are not strings, without calling their toString', () => {
    const trap = {
      toString() {
        throw new Error('called');
      },
    };
    define('location', { value: { href: trap } });
    define('document', { value: { title: 42, referrer: null } });
    define('navigator', { value: { language: ['en'] } });
    expect(collectPageContext()).toEqual({ timeZone });
    define('location', { value: null });
    define('document', { value: 'a string' });
    expect(collectPageContext()).toEqual({ timeZone });
  });

  it('adds the searches and articles seen before, newest last, and leaves out empty lists', () => {
    page();
    const activity = createRecentActivity();
    expect(collectConversationContext({ locale: undefined, activity })).not.toHaveProperty('recentSearches');
    activity.recordSearch('export pdf');
    activity.recordSearch('sync');
    activity.recordArticleView('art_export_notes');
    expect(collectConversationContext({ locale: undefined, activity })).toMatchObject({
      pageUrl: 'https://shop.example/cart?step=2',
      recentSearches: ['export pdf', 'sync'],
      viewedArticleIds: ['art_export_notes'],
    });
  });
});
