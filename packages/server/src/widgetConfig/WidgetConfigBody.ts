/**
 * Which parts of the contract this server implements. The widget hides what is `false`.
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
 * The JSON body of `GET /v1/widget/config`.
 */
export interface WidgetConfigBody {
  /** The widget key this configuration belongs to. */
  widgetKey: string;
  /** The locale the texts are actually written in (after negotiation), for example `zh-Hans`. */
  locale: string;
  /** The company behind the widget. */
  brand: { name: string; color: string };
  /** The greeting in {@link WidgetConfigBody.locale}. */
  greeting: { title: string; message: string };
  /** Which parts of the contract are available. */
  capabilities: Capabilities;
}
