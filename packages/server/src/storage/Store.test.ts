import { afterEach, describe, expect, it } from 'vitest';
import { demoContent } from '../seed/demoContent';
import type { Widget } from '../widgetConfig/Widget';
import { createMemoryStore } from './createMemoryStore';
import { openSqliteStore } from './openSqliteStore';
import type { Store } from './Store';

const widget: Widget = {
  key: 'wk_test',
  brand: { name: 'Test', color: '#abc' },
  defaultLocale: 'en',
  allowedOrigins: ['https://test.example'],
  translations: [
    { locale: 'en', greeting: { title: 'Hello', message: 'Hi.' } },
    { locale: 'de', greeting: { title: 'Hallo', message: 'Hallo.' } },
  ],
};

const opened: Store[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((store) => store.close()));
});

// The same contract cases against both implementations, so the engine cannot tell them apart.
describe.each([
  ['createMemoryStore', (seed?: false) => createMemoryStore(seed === false ? { seed } : {})],
  [
    'openSqliteStore',
    (seed?: false) => openSqliteStore({ filename: ':memory:', ...(seed === false ? { seed } : {}) }),
  ],
])('%s', (_name, make) => {
  const open = (seed?: false): Store => {
    const store = make(seed);
    opened.push(store);
    return store;
  };

  it('starts with the demo content', async () => {
    expect(await open().getWidget('wk_demo')).toEqual(demoContent.widgets[0]);
  });

  it('starts empty with seed: false', async () => {
    expect(await open(false).getWidget('wk_demo')).toBeUndefined();
  });

  it('finds nothing for an unknown key, and keys are case-sensitive', async () => {
    const store = open();
    expect(await store.getWidget('wk_nope')).toBeUndefined();
    expect(await store.getWidget('WK_DEMO')).toBeUndefined();
  });

  it('adds widgets and replaces one with the same key, translations included', async () => {
    const store = open();
    await store.seed({ widgets: [widget] });
    expect(await store.getWidget('wk_test')).toEqual(widget);

    const replacement: Widget = { ...widget, translations: [widget.translations[0]!] };
    await store.seed({ widgets: [replacement] });
    expect(await store.getWidget('wk_test')).toEqual(replacement);
    expect(await store.getWidget('wk_demo')).toBeDefined();
  });

  it.each<[string, Partial<Widget>]>([
    ['a colour that is not hex', { brand: { name: 'Test', color: 'red' } }],
    ['a default locale without a translation', { defaultLocale: 'fr' }],
    ['an empty key', { key: '' }],
    ['a malformed locale', { translations: [{ locale: 'not a tag', greeting: { title: '', message: '' } }] }],
  ])('refuses %s and writes nothing of that batch', async (_case, change) => {
    const store = open();
    const other: Widget = { ...widget, key: 'wk_other' };
    await expect(store.seed({ widgets: [other, { ...widget, ...change }] })).rejects.toThrow(TypeError);
    expect(await store.getWidget('wk_other')).toBeUndefined();
  });

  it('keeps its data to itself: changing a returned or given object changes nothing stored', async () => {
    const store = open();
    const given = structuredClone(widget);
    await store.seed({ widgets: [given] });
    given.brand.name = 'Changed';
    const got = await store.getWidget('wk_test');
    got!.brand.name = 'Changed too';
    expect((await store.getWidget('wk_test'))?.brand.name).toBe('Test');
  });
});
