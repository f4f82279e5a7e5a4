import { Hono } from 'hono';
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
}

function invalidRequest(detail: string): Response {
  return problem({ status: 400, code: 'invalid_request', title: 'Invalid request', detail });
}

/**
 * `GET /widget/config?widgetKey&locale`: the public configuration of one widget, in the best locale it
 * has for the visitor. Mounted under `/v1` by {@link createApp}.
 * @internal
 */
export function createWidgetConfigRoutes({ findWidget }: WidgetConfigRoutesOptions): Hono {
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
    return jsonWithETag(c.req.raw, buildWidgetConfig(widget, c.req.query('locale')));
  });
  routes.all('/widget/config', methodNotAllowed(['GET', 'HEAD']));
  return routes;
}
