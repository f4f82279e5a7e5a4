import { WidgetConfig } from '@parley/contract';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createTestEngine,
  expectContract,
  storeKinds,
  type TestEngine,
  type TestEngineOptions,
} from '../testing/createTestEngine';
import type { Widget } from './Widget';

const shop: Widget = {
  key: 'wk_shop',
  brand: { name: 'Shop', color: '#0b7285' },
  defaultLocale: 'en',
  allowedOrigins: ['https://shop.example'],
  translations: [{ locale: 'en', greeting: { title: 'Hello', message: 'How can we help?' } }],
};

describe.each(storeKinds)('GET /v1/widget/config on %s storage', (kind) => {
  let engine: TestEngine;
  afterEach(() => engine.close());

  async function start(options: TestEngineOptions = {}): Promise<TestEngine> {
    engine = await createTestEngine(kind, options);
    return engine;
  }

  async function config(query: string, headers: Record<string, string> = {}) {
    const response = await engine.request('GET', `/v1/widget/config?${query}`, { headers });
    const body = response.status === 200 ? ((await response.json()) as WidgetConfig) : undefined;
    if (body !== undefined) expectContract(WidgetConfig, body);
    return { response, body };
  }

  it('serves the whole configuration of the demo widget', async () => {
    await start();
    const { body } = await config('widgetKey=wk_demo');
    expect(body).toEqual({
      widgetKey: 'wk_demo',
      locale: 'en',
      availableLocales: ['en', 'zh-Hans', 'zh-Hant'],
      brand: { name: 'Lumen', color: '#3b5bdb' },
      greeting: {
        title: 'Hi there 👋',
        message: 'Search our help centre or send us a message. We usually reply within a few hours.',
      },
      // The test clock starts on Monday 2 November 2026 at 10:00 in London.
      availability: {
        timeZone: 'Europe/London',
        weekly: [
          { day: 1, opens: '09:00', closes: '17:30' },
          { day: 2, opens: '09:00', closes: '17:30' },
          { day: 3, opens: '09:00', closes: '17:30' },
          { day: 4, opens: '09:00', closes: '17:30' },
          { day: 5, opens: '09:00', closes: '17:30' },
          { day: 6, opens: '10:00', closes: '14:00' },
        ],
        isOpen: true,
        nextOpensAt: null,
        expectedReplyMinutes: 120,
      },
      forms: {
        preChat: [],
        offline: [
          {
            name: 'plan',
            label: 'Your plan',
            type: 'select',
            required: false,
            options: [
              { value: 'free', label: 'Lumen Free' },
              { value: 'plus', label: 'Lumen Plus' },
              { value: 'team', label: 'Lumen Team' },
            ],
          },
        ],
      },
      limits: {
        messageMaxLength: 10000,
        attachmentMaxBytes: 10 * 1024 * 1024,
        attachmentTypes: [
          'image/png',
          'image/jpeg',
          'image/gif',
          'image/webp',
          'application/pdf',
          'text/plain',
        ],
        attachmentsPerMessage: 10,
      },
      identity: { verification: 'optional' },
      bot: { name: 'Lumen Assistant', avatarUrl: null },
      triggers: [
        {
          id: 'trg_pricing_help',
          pagePattern: '/pricing*',
          secondsOnPage: 20,
          oncePerVisitor: true,
          message:
            'Not sure which plan suits you? Ask us anything. Every paid plan comes with a 14-day money-back guarantee.',
          articles: [
            { id: 'art_compare_plans', title: 'Compare Lumen Free, Plus and Team' },
            { id: 'art_request_refund', title: 'Request a refund' },
          ],
        },
        {
          id: 'trg_security_settings',
          pagePattern: '/settings/security*',
          secondsOnPage: 30,
          oncePerVisitor: true,
          message: expect.stringContaining('two-factor authentication'),
          articles: [
            { id: 'art_two_factor', title: 'Turn on two-factor authentication' },
            { id: 'art_reset_password', title: 'Reset your password' },
          ],
        },
      ],
      capabilities: {
        conversations: true,
        tickets: true,
        knowledgeBase: true,
        attachments: true,
        realtime: true,
        rating: true,
        identity: true,
      },
    });
  });

  it('localizes triggers, form labels and article titles, falling back per text', async () => {
    await start();
    const { body } = await config('widgetKey=wk_demo&locale=zh-TW');
    expect(body?.locale).toBe('zh-Hant');
    expect(body?.triggers[0]?.message).toBe(
      '不確定哪種方案適合你嗎？有任何問題都歡迎問我們。所有付費方案都享有 14 天退款保證。',
    );
    expect(body?.triggers[0]?.articles).toEqual([
      { id: 'art_compare_plans', title: '比較 Lumen Free、Plus 和 Team' },
      { id: 'art_request_refund', title: '申請退款' },
    ]);
    // The label has a Traditional Chinese text; the plan names exist in English only.
    expect(body?.forms.offline[0]).toMatchObject({
      label: '你的方案',
      options: [{ label: 'Lumen Free' }, { label: 'Lumen Plus' }, { label: 'Lumen Team' }],
    });
  });

  it('never sends the identity secret', async () => {
    await start();
    for (const widgetKey of ['wk_demo', 'wk_verified']) {
      const response = await engine.request('GET', `/v1/widget/config?widgetKey=${widgetKey}`);
      const text = await response.text();
      expect(text).not.toContain('secret-change-me');
      expect(text).not.toContain('"secret"');
    }
  });

  it('serves the verified-only widget: required verification, no bot, no published hours', async () => {
    await start();
    const { body } = await config('widgetKey=wk_verified');
    expect(body).toMatchObject({
      widgetKey: 'wk_verified',
      brand: { name: 'Lumen Enterprise' },
      identity: { verification: 'required' },
      bot: null,
      availability: null,
      triggers: [],
      forms: { preChat: [], offline: [] },
    });
  });

  it.each([
    ['on Saturday before the short opening', '2026-11-07T09:30:00Z', false, '2026-11-07T10:00:00.000Z'],
    ['on Saturday noon', '2026-11-07T12:00:00Z', true, null],
    ['on Saturday afternoon, until Monday', '2026-11-07T16:00:00Z', false, '2026-11-09T09:00:00.000Z'],
    ['on Sunday', '2026-11-08T11:00:00Z', false, '2026-11-09T09:00:00.000Z'],
    ['across the spring clock change', '2027-03-27T18:00:00Z', false, '2027-03-29T08:00:00.000Z'],
    ['across the autumn clock change', '2026-10-24T15:00:00Z', false, '2026-10-26T09:00:00.000Z'],
  ])('tells whether London is open %s', async (_case, now, isOpen, nextOpensAt) => {
    await start({ startAt: Date.parse(now) });
    const { body } = await config('widgetKey=wk_demo');
    expect(body?.availability).toMatchObject({ isOpen, nextOpensAt });
  });

  it('follows the clock: the same engine closes in the evening and the ETag changes', async () => {
    await start();
    const open = await config('widgetKey=wk_demo');
    const etag = open.response.headers.get('ETag') ?? '';
    expect((await config('widgetKey=wk_demo', { 'If-None-Match': etag })).response.status).toBe(304);

    engine.clock.advance(8 * 60 * 60 * 1000); // 18:00
    const closed = await config('widgetKey=wk_demo', { 'If-None-Match': etag });
    expect(closed.response.status).toBe(200);
    expect(closed.body?.availability).toMatchObject({
      isOpen: false,
      nextOpensAt: '2026-11-03T09:00:00.000Z',
    });
    const closedEtag = closed.response.headers.get('ETag') ?? '';
    expect(closedEtag).not.toBe(etag);
    expect((await config('widgetKey=wk_demo', { 'If-None-Match': closedEtag })).response.status).toBe(304);
  });

  it('says a team with no hours on any day is closed and has no next opening', async () => {
    await start();
    await engine.store.seed({
      widgets: [shop],
      businessHours: [
        { widgetKey: 'wk_shop', timeZone: 'Europe/London', weekly: [], expectedReplyMinutes: 0 },
      ],
    });
    const { body } = await config('widgetKey=wk_shop');
    expect(body?.availability).toEqual({
      timeZone: 'Europe/London',
      weekly: [],
      isOpen: false,
      nextOpensAt: null,
      expectedReplyMinutes: 0,
    });
  });

  it('announces the engine limits, tightened by the widget, never loosened', async () => {
    await start({
      settings: {
        attachmentMaxBytes: 1_000_000,
        attachmentTypes: ['image/png', 'image/jpeg', 'application/pdf'],
      },
    });
    await engine.store.seed({
      widgets: [
        {
          ...shop,
          limits: {
            messageMaxLength: 2000,
            attachmentMaxBytes: 5_000_000,
            attachmentTypes: ['image/*', 'text/plain'],
            attachmentsPerMessage: 3,
          },
        },
      ],
    });
    expect((await config('widgetKey=wk_shop')).body?.limits).toEqual({
      messageMaxLength: 2000,
      attachmentMaxBytes: 1_000_000,
      attachmentTypes: ['image/png', 'image/jpeg'],
      attachmentsPerMessage: 3,
    });
    expect((await config('widgetKey=wk_demo')).body?.limits).toEqual({
      messageMaxLength: 10000,
      attachmentMaxBytes: 1_000_000,
      attachmentTypes: ['image/png', 'image/jpeg', 'application/pdf'],
      attachmentsPerMessage: 10,
    });
  });

  it('serves a widget with no settings at all with the defaults', async () => {
    await start({ seed: { widgets: [shop] } });
    const { body } = await config('widgetKey=wk_shop');
    expect(body).toMatchObject({
      availability: null,
      forms: { preChat: [], offline: [] },
      identity: { verification: 'optional' },
      bot: null,
      triggers: [],
    });
  });

  it('serves the trigger texts of a reseeded demo widget', async () => {
    await start();
    await engine.store.seed({
      widgets: [],
      triggers: [
        {
          id: 'trg_welcome',
          widgetKey: 'wk_demo',
          pagePattern: '/*',
          secondsOnPage: 0,
          oncePerVisitor: false,
          message: { en: 'Welcome!' },
          articleIds: [],
        },
      ],
    });
    const { body } = await config('widgetKey=wk_demo&locale=zh-Hans');
    // Triggers from seed content replace the widget's; a missing translation falls back to the default.
    expect(body?.triggers).toEqual([
      {
        id: 'trg_welcome',
        pagePattern: '/*',
        secondsOnPage: 0,
        oncePerVisitor: false,
        message: 'Welcome!',
        articles: [],
      },
    ]);
    expect(body?.availability).not.toBeNull();
  });

  it('asks the knowledge base for the titles of each trigger in the config locale, of this widget only', async () => {
    await start();
    const lookup = vi.spyOn(engine.store.articles, 'getArticleTitles');
    await config('widgetKey=wk_demo&locale=zh-CN');
    expect(lookup.mock.calls).toEqual([
      ['wk_demo', ['art_compare_plans', 'art_request_refund'], 'zh-Hans'],
      ['wk_demo', ['art_two_factor', 'art_reset_password'], 'zh-Hans'],
    ]);
  });

  it('leaves out articles the help centre does not have', async () => {
    await start();
    await engine.store.seed({
      widgets: [shop],
      triggers: [
        {
          id: 'trg_shop',
          widgetKey: 'wk_shop',
          pagePattern: '/cart',
          secondsOnPage: 10,
          oncePerVisitor: true,
          message: { en: 'Need help with your order?' },
          // An article of another widget is as unknown as one that does not exist.
          articleIds: ['art_compare_plans', 'art_nope'],
        },
      ],
    });
    const { body } = await config('widgetKey=wk_shop');
    expect(body?.triggers).toEqual([
      {
        id: 'trg_shop',
        pagePattern: '/cart',
        secondsOnPage: 10,
        oncePerVisitor: true,
        message: 'Need help with your order?',
        articles: [],
      },
    ]);
  });
});
