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
 * A text in several languages, keyed by BCP 47 locale (`{ en: 'Plan', 'zh-Hans': '套餐' }`). The config
 * picks the visitor's locale, then the widget's default locale, then the first entry.
 */
export type LocalizedText = Readonly<Record<string, string>>;

/** Who answers first when a conversation starts: the widget shows this name and picture on bot messages. */
export interface WidgetBot {
  /** 1 to 200 characters, for example `Lumen Assistant`. */
  name: string;
  /** An `https:` (or `http:`) picture, or `null` for the widget's default bot avatar. */
  avatarUrl: string | null;
}

/** A field of the pre-chat or offline form. */
export interface WidgetFormField {
  /** The key the answer is sent under: a letter, then letters, digits or `_` (at most 64). */
  name: string;
  /** The field's label per locale; at least one. */
  label: LocalizedText;
  type: 'text' | 'email' | 'textarea' | 'select';
  required: boolean;
  /** The choices of a `select` field (required for `select`, refused otherwise). */
  options?: readonly { value: string; label: LocalizedText }[];
}

/** The extra questions the widget asks. */
export interface WidgetForms {
  /** Asked before a visitor's first conversation. @default [] */
  preChat?: readonly WidgetFormField[];
  /** Extra fields of the offline (ticket) form, on top of email, name, subject and message. @default [] */
  offline?: readonly WidgetFormField[];
}

/**
 * Limits of one widget. They can only tighten the server's own limits (engine settings and the contract),
 * never loosen them; see {@link resolveWidgetLimits}.
 */
export interface WidgetLimits {
  /** Longest message text, at most 10,000 characters. @default 10000 */
  messageMaxLength?: number;
  /** Largest attachment in bytes; the engine's `attachmentMaxBytes` wins when it is smaller. */
  attachmentMaxBytes?: number;
  /** Accepted media types (`image/*` wildcards allowed); only those the engine accepts are kept. */
  attachmentTypes?: readonly string[];
  /** Most attachments per message, at most 10. @default 10 */
  attachmentsPerMessage?: number;
}

/** When the support team answers, in the team's own time zone. */
export interface WidgetBusinessHours {
  /** IANA time zone, for example `Europe/London`; daylight saving time is followed. */
  timeZone: string;
  /**
   * Opening hours per ISO weekday (1 is Monday, 7 is Sunday) as `HH:MM` 24-hour clock; `closes` may be
   * `24:00`. A day may have several entries (a lunch break); a day without entries is closed.
   */
  weekly: readonly { day: 1 | 2 | 3 | 4 | 5 | 6 | 7; opens: string; closes: string }[];
  /** Typical first reply time while open, in minutes. */
  expectedReplyMinutes: number;
}

/** A proactive message the widget offers on matching pages. */
export interface WidgetTrigger {
  /** Unique within the widget, for example `trg_pricing_help`. */
  id: string;
  /** Path glob matched against the page path, `*` matching any characters, for example `/pricing*`. */
  pagePattern: string;
  /** Seconds on the page before the message shows. */
  secondsOnPage: number;
  /** Show at most once per visitor. */
  oncePerVisitor: boolean;
  /** The message per locale. */
  message: LocalizedText;
  /** Help-centre articles offered with the message (their titles are looked up per locale). */
  articleIds: readonly string[];
}

/**
 * One widget as the server stores it: everything `GET /v1/widget/config` is built from, and the secret
 * that verifies identities (which never leaves the server).
 *
 * Every setting after `translations` is optional, and a store gives back exactly what it was given.
 * Business hours and triggers may also come from {@link SeedContent.businessHours} and
 * {@link SeedContent.triggers}, which then win over the widget's own.
 *
 * @example
 * ```ts
 * const widget: Widget = {
 *   key: 'wk_acme',
 *   brand: { name: 'Acme', color: '#0b7285' },
 *   defaultLocale: 'en',
 *   allowedOrigins: ['https://www.acme.example'],
 *   translations: [{ locale: 'en', greeting: { title: 'Hello', message: 'How can we help?' } }],
 *   secret: 'load-me-from-your-secret-store',
 *   identityVerification: 'required',
 *   bot: { name: 'Acme Assistant', avatarUrl: null },
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
  /**
   * Shared secret of identity verification (at least 16 characters): the host app's backend signs user
   * ids with it (HMAC-SHA256 hash, or an HS256 JWT). Never sent to browsers. Without a secret no identity
   * verifies, so every identify call is unverified.
   */
  secret?: string;
  /**
   * `required`: identify calls without a valid hash or JWT are refused (needs a `secret`);
   * `optional`: they are accepted as unverified profile details that never grant access to a user's history.
   * @default 'optional'
   */
  identityVerification?: 'optional' | 'required';
  /** The bot that answers first, or `null` (the default) when people answer. */
  bot?: WidgetBot | null;
  /** Pre-chat and offline form fields. */
  forms?: WidgetForms;
  /** Tighter limits than the server's. */
  limits?: WidgetLimits;
  /** Opening hours; without them the config's `availability` is `null`. */
  businessHours?: WidgetBusinessHours;
  /** Proactive messages. @default [] */
  triggers?: readonly WidgetTrigger[];
}
