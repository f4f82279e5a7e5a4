import { WidgetConfig } from '@parley/contract';
import type { Scenario } from '../runner/Scenario';

const CONFIG = '/v1/widget/config';

/** `GET /v1/widget/config`. @internal */
export const configScenarios: readonly Scenario[] = [
  {
    id: 'config.schema',
    area: 'config',
    title: 'The widget config matches WidgetConfig and names the widget',
    covers: ['GET /v1/widget/config'],
    async run(ctx) {
      const result = await ctx.request('GET', CONFIG, { query: { widgetKey: ctx.target.widgetKey } });
      const config = ctx.expectJson(result, 200, WidgetConfig);
      ctx.check(config.widgetKey === ctx.target.widgetKey, 'The config is for another widget.', {
        expected: `widgetKey ${ctx.target.widgetKey}`,
        actual: `widgetKey ${config.widgetKey}`,
      });
      ctx.check(
        config.availableLocales.includes(config.locale),
        'The config locale is not one of its availableLocales.',
        { expected: `one of ${config.availableLocales.join(', ')}`, actual: config.locale },
      );
    },
  },
  {
    id: 'config.etag',
    area: 'config',
    title: 'The config carries an ETag and answers 304 to a matching If-None-Match',
    covers: ['GET /v1/widget/config'],
    async run(ctx) {
      const query = { widgetKey: ctx.target.widgetKey };
      const first = await ctx.request('GET', CONFIG, { query });
      ctx.expectStatus(first, 200);
      const etag = first.headers.get('ETag');
      if (etag === null)
        return ctx.fail('The config has no ETag header.', { expected: 'ETag: "<tag>"', actual: 'none' });
      const again = await ctx.request('GET', CONFIG, { query, headers: { 'If-None-Match': etag } });
      ctx.expectStatus(again, 304);
      ctx.check(again.bytes.length === 0, 'A 304 must have no body.', {
        actual: `${again.bytes.length} bytes`,
      });
      const other = await ctx.request('GET', CONFIG, {
        query,
        headers: { 'If-None-Match': '"not-the-etag"' },
      });
      ctx.expectStatus(other, 200);
    },
  },
  {
    id: 'config.locales',
    area: 'config',
    title: 'The config answers in each available locale, and in a supported one for any other',
    covers: ['GET /v1/widget/config'],
    async run(ctx) {
      const first = await ctx.request('GET', CONFIG, { query: { widgetKey: ctx.target.widgetKey } });
      const config = ctx.expectJson(first, 200, WidgetConfig);
      for (const locale of config.availableLocales) {
        const result = await ctx.request('GET', CONFIG, {
          query: { widgetKey: ctx.target.widgetKey, locale },
        });
        const localized = ctx.expectJson(result, 200, WidgetConfig);
        ctx.check(
          localized.locale === locale,
          `Asked for ${locale}, which the widget has, and got another.`,
          {
            request: result.request,
            expected: `locale ${locale}`,
            actual: `locale ${localized.locale}`,
          },
        );
      }
      // A language with a region the widget lacks falls back to the bare language.
      const base = config.availableLocales.find((locale) => /^[a-z]{2,3}$/.test(locale));
      if (base !== undefined) {
        const result = await ctx.request('GET', CONFIG, {
          query: { widgetKey: ctx.target.widgetKey, locale: `${base}-ZZ` },
        });
        const localized = ctx.expectJson(result, 200, WidgetConfig);
        ctx.check(localized.locale === base, `${base}-ZZ should get the ${base} texts.`, {
          request: result.request,
          expected: `locale ${base}`,
          actual: `locale ${localized.locale}`,
        });
      }
      const unknown = await ctx.request('GET', CONFIG, {
        query: { widgetKey: ctx.target.widgetKey, locale: 'x-klingon' },
      });
      const fallback = ctx.expectJson(unknown, 200, WidgetConfig);
      ctx.check(
        config.availableLocales.includes(fallback.locale),
        'A locale the widget does not have must fall back to one it has.',
        {
          request: unknown.request,
          expected: `one of ${config.availableLocales.join(', ')}`,
          actual: fallback.locale,
        },
      );
    },
  },
  {
    id: 'config.unknownWidget',
    area: 'config',
    title: 'An unknown widget key is 404 widget_not_found, a missing one 400',
    covers: ['GET /v1/widget/config'],
    async run(ctx) {
      const unknown = await ctx.request('GET', CONFIG, { query: { widgetKey: ctx.unique('wk_missing') } });
      ctx.expectProblem(unknown, 404, 'widget_not_found');
      const missing = await ctx.request('GET', CONFIG);
      ctx.expectStatus(missing, 400);
    },
  },
];
