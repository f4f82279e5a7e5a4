import type { Widget } from '../widgetConfig/Widget';

/** The texts of a knowledge-base collection in one language. */
export interface SeedCollectionTranslation {
  /** Short name shown as a heading, for example `Getting started`. */
  title: string;
  /** One sentence under the title. */
  description: string;
}

/** A group of articles in the help centre. */
export interface SeedCollection {
  /** Stable id, `col_` followed by lowercase letters, digits or `_`, for example `col_getting_started`. */
  id: string;
  /** The widget whose help centre holds this collection. */
  widgetKey: string;
  /** Position among the widget's collections, lowest first. */
  position: number;
  /** The collection's texts per locale; every locale the widget supports should be present. */
  translations: Readonly<Record<string, SeedCollectionTranslation>>;
}

/** One article in one language. */
export interface SeedArticleTranslation {
  /** Plain-text title, under 120 characters. */
  title: string;
  /** Markdown: paragraphs, `##` headings, lists, `**bold**`, `` `code` ``, links. No raw HTML. */
  body: string;
}

/** A knowledge-base article with its translations. */
export interface SeedArticle {
  /** Stable id, `art_` followed by lowercase letters, digits or `_`, for example `art_reset_password`. */
  id: string;
  /** The collection it belongs to. */
  collectionId: string;
  /** When the article was last edited, ISO 8601 in UTC. */
  updatedAt: string;
  /**
   * Page URL patterns where this article is a good suggestion (`GET /v1/kb/suggest?pageUrl=`): a path
   * prefix such as `/pricing` or a glob with `*` such as `/settings/*`. Empty when none.
   */
  pagePatterns: readonly string[];
  /** The article in each language it is written in, keyed by locale (`en`, `zh-Hans`, `zh-Hant`). */
  translations: Readonly<Record<string, SeedArticleTranslation>>;
}

/** A business day's opening hours in the widget's time zone, `HH:MM` 24-hour clock. */
export interface SeedOpeningHours {
  /** ISO weekday: 1 is Monday, 7 is Sunday. */
  day: 1 | 2 | 3 | 4 | 5 | 6 | 7;
  opens: string;
  closes: string;
}

/** When the support team answers, and how fast. */
export interface SeedBusinessHours {
  widgetKey: string;
  /** IANA time zone, for example `Europe/London`. */
  timeZone: string;
  /** Opening hours per day; a day that is missing is closed. */
  weekly: readonly SeedOpeningHours[];
  /** Typical first reply time while open, in minutes. */
  expectedReplyMinutes: number;
}

/** A proactive message the widget offers on matching pages. */
export interface SeedTrigger {
  id: string;
  widgetKey: string;
  /** Path glob the page URL must match, such as `/pricing*`. */
  pagePattern: string;
  /** Seconds the visitor has spent on the page before the message shows. */
  secondsOnPage: number;
  /** Show at most once per visitor. */
  oncePerVisitor: boolean;
  /** The message per locale. */
  message: Readonly<Record<string, string>>;
  /** Articles offered with the message. */
  articleIds: readonly string[];
}

/** A comment in a demo ticket's thread. */
export interface SeedTicketComment {
  author: 'customer' | 'agent';
  /** Display name of the author. */
  authorName: string;
  /** Markdown text. */
  text: string;
  /** ISO 8601 in UTC. */
  createdAt: string;
}

/** A ticket that exists from the start, so the lookup form has something to find. */
export interface SeedTicket {
  widgetKey: string;
  /** Human-readable reference, `PRL-` and four to six digits. */
  reference: string;
  /** Secret that opens the ticket without the email, at least 20 URL-safe characters. */
  accessKey: string;
  email: string;
  name: string;
  subject: string;
  locale: string;
  status: 'received' | 'open' | 'waiting_on_customer' | 'solved' | 'closed';
  /** Status history, oldest first; the last entry's status equals `status`. */
  statusHistory: readonly { status: SeedTicket['status']; at: string }[];
  comments: readonly SeedTicketComment[];
  createdAt: string;
}

/**
 * Content a store can be seeded with: widgets, their help centre, business hours, triggers and tickets.
 */
export interface SeedContent {
  /** Widgets to create (or replace, when a widget with the same key exists). */
  widgets: readonly Widget[];
  /** Knowledge-base collections. */
  collections?: readonly SeedCollection[];
  /** Knowledge-base articles. */
  articles?: readonly SeedArticle[];
  /** Business hours, at most one entry per widget. */
  businessHours?: readonly SeedBusinessHours[];
  /** Proactive messages. */
  triggers?: readonly SeedTrigger[];
  /** Tickets that exist from the start. */
  tickets?: readonly SeedTicket[];
}
