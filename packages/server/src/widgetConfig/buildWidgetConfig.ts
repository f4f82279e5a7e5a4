import type { ArticleLink, FormField, WidgetConfig } from '@parley/contract';
import type { EngineSettings } from '../app/Engine';
import { computeAvailability } from './computeAvailability';
import { negotiateLocale } from './negotiateLocale';
import { pickLocalizedText } from './pickLocalizedText';
import { resolveWidgetLimits } from './resolveWidgetLimits';
import type { Widget, WidgetFormField } from './Widget';
import type { Capabilities } from './WidgetConfigBody';

// This engine serves the whole contract, so every widget gets every capability.
const CAPABILITIES: Readonly<Capabilities> = {
  conversations: true,
  tickets: true,
  knowledgeBase: true,
  attachments: true,
  realtime: true,
  rating: true,
  identity: true,
};

/** What {@link buildWidgetConfig} needs besides the widget. @internal */
export interface WidgetConfigContext {
  /** The `locale` query parameter, if any. */
  requestedLocale: string | undefined;
  /** Epoch milliseconds, for `availability`. */
  now: number;
  settings: Pick<EngineSettings, 'attachmentMaxBytes' | 'attachmentTypes'>;
  /**
   * Titles of a trigger's articles in the config's locale, in the order of `ids`, unknown ones left out
   * (the knowledge base's `getArticleTitles`).
   */
  articleLinks(ids: readonly string[], locale: string): Promise<ArticleLink[]>;
}

/**
 * Builds the body of `GET /v1/widget/config` for a widget and the locale a visitor asked for. Never
 * contains the widget's identity secret.
 * @internal
 */
export async function buildWidgetConfig(widget: Widget, context: WidgetConfigContext): Promise<WidgetConfig> {
  const availableLocales = widget.translations.map((translation) => translation.locale);
  const locale = negotiateLocale(context.requestedLocale, availableLocales, widget.defaultLocale);
  // Case-insensitive because the default locale may be spelled differently from its translation's tag;
  // validateWidget guarantees that translation exists.
  const translation = widget.translations.find(
    (candidate) => candidate.locale.toLowerCase() === locale.toLowerCase(),
  );
  if (translation === undefined) {
    throw new Error(`Widget "${widget.key}" has no translation for its default locale.`);
  }
  const text = (localized: Readonly<Record<string, string>>) =>
    pickLocalizedText(localized, translation.locale, widget.defaultLocale);
  const field = ({ name, label, type, required, options }: WidgetFormField): FormField => ({
    name,
    label: text(label),
    type,
    required,
    ...(options === undefined
      ? {}
      : { options: options.map((option) => ({ value: option.value, label: text(option.label) })) }),
  });
  const triggers = await Promise.all(
    (widget.triggers ?? []).map(async (trigger) => ({
      id: trigger.id,
      pagePattern: trigger.pagePattern,
      secondsOnPage: trigger.secondsOnPage,
      oncePerVisitor: trigger.oncePerVisitor,
      message: text(trigger.message),
      articles: await context.articleLinks(trigger.articleIds, translation.locale),
    })),
  );
  return {
    widgetKey: widget.key,
    locale: translation.locale,
    availableLocales,
    brand: { name: widget.brand.name, color: widget.brand.color },
    greeting: { title: translation.greeting.title, message: translation.greeting.message },
    availability:
      widget.businessHours === undefined ? null : computeAvailability(widget.businessHours, context.now),
    forms: {
      preChat: (widget.forms?.preChat ?? []).map(field),
      offline: (widget.forms?.offline ?? []).map(field),
    },
    limits: resolveWidgetLimits(widget, context.settings),
    identity: { verification: widget.identityVerification ?? 'optional' },
    bot: widget.bot == null ? null : { name: widget.bot.name, avatarUrl: widget.bot.avatarUrl },
    triggers,
    capabilities: { ...CAPABILITIES },
  };
}
