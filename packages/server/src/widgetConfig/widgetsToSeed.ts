import type { SeedContent } from '../seed/SeedContent';
import { validateWidget } from './validateWidget';
import type { Widget, WidgetTrigger } from './Widget';

/**
 * The widgets a seed writes, complete: each of `content.widgets` with the business hours and triggers
 * that `content.businessHours` and `content.triggers` give it (those win over the widget's own), plus any
 * already stored widget that only gets new hours or triggers. Every result is validated, so a store can
 * check everything before writing anything.
 *
 * @param findExisting - Reads a stored widget (synchronously: SQLite seeding runs inside a transaction).
 * @throws TypeError when a widget is invalid, or hours or triggers name a widget that does not exist.
 * @internal
 */
export function widgetsToSeed(
  content: SeedContent,
  findExisting: (key: string) => Widget | undefined,
): Widget[] {
  const byKey = new Map<string, Widget>();
  for (const widget of content.widgets) byKey.set(widget.key, structuredClone(widget));
  const target = (widgetKey: string, what: string): Widget => {
    let widget = byKey.get(widgetKey);
    if (widget === undefined) {
      const existing = findExisting(widgetKey);
      if (existing === undefined) {
        throw new TypeError(`[parley] ${what} names the widget "${widgetKey}", which does not exist.`);
      }
      widget = structuredClone(existing);
      byKey.set(widgetKey, widget);
    }
    return widget;
  };
  for (const { widgetKey, timeZone, weekly, expectedReplyMinutes } of content.businessHours ?? []) {
    const widget = target(widgetKey, 'Business hours');
    widget.businessHours = { timeZone, weekly: structuredClone(weekly), expectedReplyMinutes };
  }
  const triggersByWidget = new Map<string, WidgetTrigger[]>();
  for (const { widgetKey, ...trigger } of content.triggers ?? []) {
    target(widgetKey, `Trigger "${trigger.id}"`);
    const list = triggersByWidget.get(widgetKey) ?? [];
    list.push(structuredClone(trigger));
    triggersByWidget.set(widgetKey, list);
  }
  for (const [widgetKey, triggers] of triggersByWidget) target(widgetKey, 'Triggers').triggers = triggers;
  const widgets = [...byKey.values()];
  for (const widget of widgets) validateWidget(widget);
  return widgets;
}
