/**
 * The texts of a widget in one language.
 */
export interface WidgetTranslation {
  /** BCP 47 language tag these texts are written in, for example `en`, `zh-Hans` or `zh-Hant`. */
  locale: string;
  /** The first thing a customer reads when the panel opens. */
  greeting: {
    /** Short heading, for example `Hi there 👋`. At most 2,000 characters. */
    title: string;
    /** One or two sentences under the heading. At most 2,000 characters. */
    message: string;
  };
}

/**
 * One widget as the server stores it: everything `GET /v1/widget/config` is built from.
 *
 * @example
 * ```ts
 * const widget: Widget = {
 *   key: 'wk_acme',
 *   brand: { name: 'Acme', color: '#0b7285' },
 *   defaultLocale: 'en',
 *   allowedOrigins: ['https://www.acme.example'],
 *   translations: [{ locale: 'en', greeting: { title: 'Hello', message: 'How can we help?' } }],
 * };
 * ```
 */
export interface Widget {
  /** The public key a page embeds the widget with. 1 to 200 characters. */
  key: string;
  /** The company behind the widget. */
  brand: {
    /** Shown in the panel header. At most 200 characters. */
    name: string;
    /** Brand colour as `#rgb` or `#rrggbb`. */
    color: string;
  };
  /** The locale used when none of the translations suits the visitor. Must have a translation. */
  defaultLocale: string;
  /**
   * Origins (`https://shop.example`, scheme + host + port) whose pages may call the API for this widget
   * from a browser. `'*'` allows any origin; use it for demos only.
   */
  allowedOrigins: readonly string[];
  /** The widget's texts, one entry per locale. */
  translations: readonly WidgetTranslation[];
}
