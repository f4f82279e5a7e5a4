import { Hono } from 'hono';
import type { Engine } from '../app/Engine';
import { invalidRequest } from '../http/badRequest';
import { jsonWithETag } from '../http/jsonWithETag';
import { methodNotAllowed } from '../http/methodNotAllowed';
import { problem } from '../http/problem';
import { buildWidgetConfig } from './buildWidgetConfig';
import type { WidgetLookup } from './createWidgetLookup';
import { MAX_WIDGET_KEY_LENGTH } from './validateWidget';

/** Options of {@link createWidgetConfigRoutes}. @internal */
export interface WidgetConfigRoutesOptions {
  /** Reads the widget the request names; shared with the CORS check, so the store is read once. */
  findWidget: WidgetLookup;
  /** The clock (availability), the limits (settings) and the knowledge base (trigger articles). */
  engine: Pick<Engine, 'store' | 'now' | 'settings'>;
}

/**
 * `GET /widget/config?widgetKey&locale`: the public configuration of one widget, in the best locale it
 * has for the visitor, with its availability right now. Mounted under `/v1` by {@link createApp}.
 * @internal
 */
export function createWidgetConfigRoutes({ findWidget, engine }: WidgetConfigRoutesOptions): Hono {
  const routes = new Hono();
  routes.get('/widget/config', async (c) => {
    const widgetKey = c.req.query('widgetKey');
    if (widgetKey === undefined || widgetKey === '') {
      return invalidRequest('The widgetKey query parameter is required.');
    }
    if (widgetKey.length > MAX_WIDGET_KEY_LENGTH) {
      return invalidRequest(
        `The widgetKey query parameter must have at most ${MAX_WIDGET_KEY_LENGTH} characters.`,
      );
    }
    const widget = await findWidget(c.req.raw);
    if (widget === undefined) {
      return problem({
        status: 404,
        code: 'widget_not_found',
        title: 'Unknown widget key',
        detail: `No widget has the key "${widgetKey}".`,
      });
    }
    const config = await buildWidgetConfig(widget, {
      requestedLocale: c.req.query('locale'),
      now: engine.now(),
      settings: engine.settings,
      articleLinks: async (ids, locale) =>
        ids.length === 0 ? [] : engine.store.articles.getArticleTitles(widget.key, ids, locale),
    });
    return jsonWithETag(c.req.raw, config);
  });
  routes.all('/widget/config', methodNotAllowed(['GET', 'HEAD']));
  return routes;
}
