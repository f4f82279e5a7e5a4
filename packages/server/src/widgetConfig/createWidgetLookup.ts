import type { Store } from '../storage/Store';
import { MAX_WIDGET_KEY_LENGTH } from './validateWidget';
import type { Widget } from './Widget';

/** Finds the widget a request names in its `widgetKey` query parameter. @internal */
export type WidgetLookup = (request: Request) => Promise<Widget | undefined>;

/**
 * Reads the widget a request names (`?widgetKey=`) from the store at most once per request, however
 * many parts of the engine ask for it (the CORS check and the route both do). An empty or oversized
 * key names no widget and costs no read.
 * @internal
 */
export function createWidgetLookup(store: Store): WidgetLookup {
  const byRequest = new WeakMap<Request, Promise<Widget | undefined>>();
  return (request) => {
    let widget = byRequest.get(request);
    if (widget === undefined) {
      const key = new URL(request.url).searchParams.get('widgetKey');
      widget = key && key.length <= MAX_WIDGET_KEY_LENGTH ? store.getWidget(key) : Promise.resolve(undefined);
      byRequest.set(request, widget);
    }
    return widget;
  };
}
