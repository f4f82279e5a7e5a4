import { afterEach, describe, expect, it } from 'vitest';
import { demoContent } from '../seed/demoContent';
import { lumenBusinessHours, lumenTriggers } from '../seed/lumenHelpCentre';
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

  it('starts with the demo content, business hours and triggers on their widget', async () => {
    const { widgetKey: _key, ...hours } = lumenBusinessHours;
    expect(await open().getWidget('wk_demo')).toEqual({
      ...demoContent.widgets[0],
      businessHours: hours,
      triggers: lumenTriggers.map(({ widgetKey: _widget, ...trigger }) => trigger),
    });
    expect(await open().getWidget('wk_verified')).toEqual(demoContent.widgets[1]);
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

  it('gives back every widget setting exactly as it was given', async () => {
    const store = open();
    const full: Widget = {
      ...widget,
      secret: 'a-secret-of-24-characters',
      identityVerification: 'required',
      bot: { name: 'Helper', avatarUrl: 'https://test.example/bot.png' },
      forms: {
        preChat: [{ name: 'email', label: { en: 'Email', de: 'E-Mail' }, type: 'email', required: true }],
        offline: [
          {
            name: 'topic',
            label: { en: 'Topic' },
            type: 'select',
            required: false,
            options: [{ value: 'billing', label: { en: 'Billing' } }],
          },
        ],
      },
      limits: { messageMaxLength: 500, attachmentTypes: ['image/*'] },
      businessHours: {
        timeZone: 'Europe/Berlin',
        weekly: [{ day: 1, opens: '08:00', closes: '24:00' }],
        expectedReplyMinutes: 15,
      },
      triggers: [
        {
          id: 'trg_a',
          pagePattern: '/a*',
          secondsOnPage: 5,
          oncePerVisitor: false,
          message: { en: 'A', de: 'A' },
          articleIds: ['art_a'],
        },
      ],
    };
    await store.seed({ widgets: [full] });
    expect(await store.getWidget('wk_test')).toEqual(full);
    // Replacing the widget replaces its settings too.
    await store.seed({ widgets: [widget] });
    expect(await store.getWidget('wk_test')).toEqual(widget);
  });

  it('puts business hours and triggers of seed content on their widget, stored or new', async () => {
    const store = open();
    await store.seed({ widgets: [widget] });
    const hours = { timeZone: 'Asia/Taipei', weekly: [{ day: 2 as const, opens: '09:00', closes: '18:00' }] };
    await store.seed({
      widgets: [],
      businessHours: [{ widgetKey: 'wk_test', ...hours, expectedReplyMinutes: 30 }],
      triggers: [
        {
          id: 'trg_b',
          widgetKey: 'wk_test',
          pagePattern: '/b',
          secondsOnPage: 1,
          oncePerVisitor: true,
          message: { en: 'B' },
          articleIds: [],
        },
      ],
    });
    expect(await store.getWidget('wk_test')).toEqual({
      ...widget,
      businessHours: { ...hours, expectedReplyMinutes: 30 },
      triggers: [
        {
          id: 'trg_b',
          pagePattern: '/b',
          secondsOnPage: 1,
          oncePerVisitor: true,
          message: { en: 'B' },
          articleIds: [],
        },
      ],
    });
    // Other widgets keep theirs.
    expect((await store.getWidget('wk_demo'))?.businessHours?.timeZone).toBe('Europe/London');
  });

  it.each<[string, Partial<Widget>]>([
    ['a short identity secret', { secret: 'short' }],
    ['required verification without a secret', { identityVerification: 'required' }],
    ['a bot avatar that is not a web URL', { bot: { name: 'Bot', avatarUrl: 'javascript:alert(1)' } }],
    [
      'a select field without options',
      { forms: { offline: [{ name: 'x', label: { en: 'X' }, type: 'select', required: false }] } },
    ],
    [
      'a form field with a bad name',
      { forms: { preChat: [{ name: '1x', label: { en: 'X' }, type: 'text', required: false }] } },
    ],
    [
      'a form field without a label',
      { forms: { preChat: [{ name: 'x', label: {}, type: 'text', required: false }] } },
    ],
    ['a message limit above the contract', { limits: { messageMaxLength: 20000 } }],
    [
      'an unknown time zone',
      { businessHours: { timeZone: 'Mars/Olympus', weekly: [], expectedReplyMinutes: 1 } },
    ],
    [
      'hours that close before they open',
      {
        businessHours: {
          timeZone: 'UTC',
          weekly: [{ day: 1, opens: '18:00', closes: '09:00' }],
          expectedReplyMinutes: 1,
        },
      },
    ],
    [
      'overlapping hours on one day',
      {
        businessHours: {
          timeZone: 'UTC',
          weekly: [
            { day: 1, opens: '09:00', closes: '12:00' },
            { day: 1, opens: '11:00', closes: '15:00' },
          ],
          expectedReplyMinutes: 1,
        },
      },
    ],
    [
      'a weekday 0',
      {
        businessHours: {
          timeZone: 'UTC',
          weekly: [{ day: 0 as 1, opens: '09:00', closes: '12:00' }],
          expectedReplyMinutes: 1,
        },
      },
    ],
    [
      'two triggers with one id',
      {
        triggers: [1, 2].map(() => ({
          id: 'trg_same',
          pagePattern: '/',
          secondsOnPage: 0,
          oncePerVisitor: true,
          message: { en: 'Hi' },
          articleIds: [],
        })),
      },
    ],
  ])('refuses %s and writes nothing of that batch', async (_case, change) => {
    const store = open();
    const other: Widget = { ...widget, key: 'wk_other' };
    await expect(store.seed({ widgets: [other, { ...widget, ...change }] })).rejects.toThrow(TypeError);
    expect(await store.getWidget('wk_other')).toBeUndefined();
  });

  it('refuses business hours or triggers of a widget that does not exist, writing nothing', async () => {
    const store = open();
    await expect(
      store.seed({
        widgets: [widget],
        businessHours: [{ widgetKey: 'wk_ghost', timeZone: 'UTC', weekly: [], expectedReplyMinutes: 1 }],
      }),
    ).rejects.toThrow(/wk_ghost/);
    await expect(
      store.seed({
        widgets: [widget],
        triggers: [
          {
            id: 'trg_x',
            widgetKey: 'wk_ghost',
            pagePattern: '/',
            secondsOnPage: 0,
            oncePerVisitor: true,
            message: { en: 'x' },
            articleIds: [],
          },
        ],
      }),
    ).rejects.toThrow(/wk_ghost/);
    expect(await store.getWidget('wk_test')).toBeUndefined();
  });

  it('makes each server secret once and gives the same value back from then on', async () => {
    const store = open();
    let made = 0;
    const make = () => `secret-${++made}`;
    expect(await store.secrets.getOrCreate('links', make)).toBe('secret-1');
    expect(await store.secrets.getOrCreate('links', make)).toBe('secret-1');
    expect(await store.secrets.getOrCreate('other', make)).toBe('secret-2');
    expect(made).toBe(2);
    expect(await open().secrets.getOrCreate('links', () => 'another store')).toBe('another store');
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
