import { negotiateLocale } from './negotiateLocale';
import type { Widget } from './Widget';
import type { Capabilities, WidgetConfigBody } from './WidgetConfigBody';

// Only what this engine can actually serve: the widget hides the rest. Each later issue that adds an
// endpoint family turns its flag on.
const CAPABILITIES: Readonly<Capabilities> = {
  conversations: false,
  tickets: false,
  knowledgeBase: false,
  attachments: false,
};

/**
 * Builds the body of `GET /v1/widget/config` for a widget and the locale a visitor asked for.
 * @internal
 */
export function buildWidgetConfig(widget: Widget, requestedLocale: string | undefined): WidgetConfigBody {
  const locale = negotiateLocale(
    requestedLocale,
    widget.translations.map((translation) => translation.locale),
    widget.defaultLocale,
  );
  // Case-insensitive because the default locale may be spelled differently from its translation's tag;
  // validateWidget guarantees that translation exists.
  const translation = widget.translations.find(
    (candidate) => candidate.locale.toLowerCase() === locale.toLowerCase(),
  );
  if (translation === undefined) {
    throw new Error(`Widget "${widget.key}" has no translation for its default locale.`);
  }
  return {
    widgetKey: widget.key,
    locale: translation.locale,
    brand: { name: widget.brand.name, color: widget.brand.color },
    greeting: { title: translation.greeting.title, message: translation.greeting.message },
    capabilities: { ...CAPABILITIES },
  };
}
