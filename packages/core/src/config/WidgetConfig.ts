/**
 * Which parts of the contract a backend implements. The widget hides what is `false`.
 */
export interface Capabilities {
  /** Live conversations with support. */
  conversations: boolean;
  /** Tickets: the offline form and ticket lookup. */
  tickets: boolean;
  /** Knowledge-base search and articles. */
  knowledgeBase: boolean;
  /** File uploads in conversations and tickets. */
  attachments: boolean;
}

/**
 * The public configuration of one widget, from `GET /v1/widget/config`.
 */
export interface WidgetConfig {
  /** The widget key this configuration belongs to. */
  widgetKey: string;
  /** The locale the texts below are written in (BCP 47, for example `en` or `zh-Hans`). */
  locale: string;
  /** The company behind the widget. */
  brand: {
    /** Shown in the panel header. */
    name: string;
    /** Brand colour as `#rgb` or `#rrggbb`; the widget derives its accents from it. */
    color: string;
  };
  /** The first thing a customer reads when the panel opens. */
  greeting: {
    title: string;
    message: string;
  };
  capabilities: Capabilities;
}
