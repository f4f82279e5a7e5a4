import type { ParleyErrorCode, TicketStatus } from '@parley/core';

/**
 * Every text the widget shows, grouped by view. Hosts may override any of them through
 * `mount({ messages })`; see {@link WidgetMessageOverrides}.
 *
 * Texts with values are functions, so that each language puts the values where its grammar wants them.
 * Values arrive already formatted for the visitor (dates, times, sizes); counts arrive as numbers, and
 * the catalogs pick their plural form with `Intl.PluralRules`. Names, file names, queries and
 * references are the customer's or the backend's text: the widget renders the result as text, never
 * as HTML.
 */
export interface WidgetMessages {
  /** Accessible name of the launcher button. */
  launcherLabel: string;
  /** Accessible name of the panel when the brand name is not known yet. */
  panelLabel: string;
  /** Accessible name of the close button in the panel. */
  closeLabel: string;
  /** Shown while the configuration loads. */
  loading: string;
  /** The retry button under an error, and beside a message that failed to send. */
  retry: string;
  /** The back button in the panel header. */
  backLabel: string;
  /** Accessible text of the launcher's unread badge. @example '3 unread messages' */
  unreadBadge: (count: number) => string;
  /** Polite error texts by error code; `default` covers every code without its own text. */
  errors: Partial<Record<ParleyErrorCode, string>> & { default: string };

  /** Calendar words shared by every view. */
  dates: {
    /** Day separator and date label for today. */
    today: string;
    /** Day separator and date label for yesterday. */
    yesterday: string;
    /** When an article or a request last changed. @param date - already formatted, like `12 Mar 2026`. */
    updated: (date: string) => string;
  };

  /** Field labels and validation shared by the pre-chat, offline and lookup forms. */
  form: {
    /** The visitor's name. */
    name: string;
    /** The visitor's email address. */
    email: string;
    /** The subject of an offline message. */
    subject: string;
    /** The body of an offline message. */
    message: string;
    /** A field label with its "optional" mark. */
    optional: (label: string) => string;
    /** A required field left empty. */
    required: string;
    /** An email address that cannot be one. */
    invalidEmail: string;
    /** Text longer than the backend accepts. */
    tooLong: (maxCharacters: number) => string;
  };

  /** The home view. */
  home: {
    /** Greeting title when the configuration has none. */
    greetingTitle: string;
    /** Greeting text when the configuration has none. */
    greetingMessage: string;
    /** Greeting title for an identified visitor. */
    greetingNamed: (name: string) => string;
    /** The button that starts a conversation. */
    newConversation: string;
    /** Heading of the most recent conversation. */
    recentConversation: string;
    /** Link to the conversation list. */
    allConversations: string;
    /** Heading of the articles suggested for the current page. */
    suggestedArticles: string;
    /** Link to the ticket lookup form. */
    checkRequest: string;
    /** Open, and replies come within minutes. */
    repliesSoon: string;
    /** Open, with the typical first reply time. */
    repliesInMinutes: (minutes: number) => string;
    /** Open, with the typical first reply time. */
    repliesInHours: (hours: number) => string;
    /** Open, with the typical first reply time. */
    repliesInDays: (days: number) => string;
    /** Closed, opening again later today. @param time - in the visitor's time zone, like `09:00`. */
    backAt: (time: string) => string;
    /** Closed, opening again tomorrow. */
    backTomorrowAt: (time: string) => string;
    /** Closed, opening again later this week. @param day - a weekday name, like `Monday`. */
    backOnAt: (day: string, time: string) => string;
    /** Closed with no known opening time. */
    away: string;
  };

  /** Knowledge-base search. */
  search: {
    /** Accessible name and placeholder of the search box. */
    label: string;
    /** The button that empties the search box. */
    clear: string;
    /** While results load. */
    searching: string;
    /** Announced when results arrive. */
    results: (count: number) => string;
    /** No result for the visitor's words. */
    empty: (query: string) => string;
    /** What to do after no result. */
    emptyHint: string;
    /** The search failed. */
    error: string;
    /** Above the way out of self-service. */
    stillNeedHelp: string;
    /** The way out of self-service: start a conversation. */
    messageUs: string;
  };

  /** An article. */
  article: {
    /** The feedback question under an article. */
    helpful: string;
    /** Feedback answer. */
    yes: string;
    /** Feedback answer. */
    no: string;
    /** Label of the optional feedback comment. */
    comment: string;
    /** Sends the feedback comment. */
    send: string;
    /** After feedback. */
    thanks: string;
    /** Appended to the accessible name of links that open a new tab. */
    newTab: string;
    /** The article no longer exists. */
    unavailable: string;
  };

  /** Writing a new message, before a conversation exists (and the composer of every conversation). */
  composer: {
    /** Heading of the new-conversation view. */
    title: string;
    /** Accessible name of the message box. */
    label: string;
    /** Placeholder of the message box. */
    placeholder: string;
    /** The send button. */
    send: string;
    /** The attach button. */
    attach: string;
    /** Removes an attachment before sending. */
    remove: (fileName: string) => string;
    /** An attachment on its way. */
    uploading: (fileName: string) => string;
    /** Heading of the articles suggested while typing. */
    suggestions: string;
    /** Above the pre-chat fields. */
    preChat: string;
    /** Submits the pre-chat fields and the first message. */
    start: string;
    /** @param maxSize - already formatted, like `10 MB`. */
    fileTooLarge: (fileName: string, maxSize: string) => string;
    /** A file whose type the backend does not accept. */
    fileType: (fileName: string) => string;
    /** More files than one message may carry. */
    tooManyFiles: (maxFiles: number) => string;
  };

  /** A conversation. */
  conversation: {
    /** Heading when nobody is assigned yet. */
    title: string;
    /** Accessible name of the message log. */
    log: string;
    /** The visitor as an author. */
    you: string;
    /** Beside a bot's name: who is answering is not a person. */
    bot: string;
    /** Beside a person's name. */
    team: string;
    /** After asking for a person, until one joins. */
    waitingForPerson: string;
    /** The typing indicator. */
    typing: (name: string) => string;
    /** A message on its way. */
    sending: string;
    /** A message the backend has. */
    sent: string;
    /** A message the team has read. */
    seen: string;
    /** A message that could not be sent (with the retry button). */
    failed: string;
    /** Drops a message that could not be sent. */
    discard: string;
    /** Asks for a person while a bot answers. */
    talkToPerson: string;
    /** Under a resolved conversation. */
    resolved: string;
    /** Under a resolved conversation: replying reopens it. */
    reopenHint: string;
    /** Starts another conversation. */
    newConversation: string;
    /** Connection banner: the browser is offline. */
    offline: string;
    /** Connection banner: the connection dropped and is being retried. */
    reconnecting: string;
    /** Loads older messages. */
    earlier: string;
    /** Separator above the first unread message. */
    newMessages: string;
    /** Accessible name of an attachment link. */
    download: (fileName: string) => string;
    /** Accessible name of a group of quick replies. */
    quickReplies: string;
    /** The button of an article card. */
    readArticle: string;
    /** The button of a card with a link. */
    openLink: string;
    /** The conversation does not exist (any more), or is not the visitor's. */
    unavailable: string;
  };

  /** Rating a resolved conversation. */
  rating: {
    /** The question. */
    question: string;
    /** Names of the scores 1 to 5, worst first. */
    scores: readonly [string, string, string, string, string];
    /** Label of the optional comment. */
    comment: string;
    /** Sends the rating. */
    send: string;
    /** After rating. */
    thanks: string;
  };

  /** System events, shown as quiet lines in the timeline. */
  events: {
    /** A person took the conversation. */
    assigned: (name: string) => string;
    /** The visitor asked for a person. */
    handoff: string;
    /** The team resolved the conversation. */
    resolved: string;
    /** The conversation was reopened. */
    reopened: string;
    /** The visitor rated the conversation. */
    rated: (score: number) => string;
  };

  /** The conversation list. */
  conversations: {
    /** Heading. */
    title: string;
    /** No conversation yet. */
    empty: string;
    /** Preview of a last message the visitor wrote. */
    fromYou: (text: string) => string;
    /** Preview (and notification body) of a message with only attachments. */
    attachment: string;
    /** Status of an open conversation. */
    open: string;
    /** Status of a resolved conversation. */
    resolved: string;
    /** Loads more conversations. */
    more: string;
  };

  /** Ticket lookup, ticket view and the identified user's tickets. */
  tickets: {
    /** Heading of the lookup form. */
    lookupTitle: string;
    /** Above the lookup form. */
    lookupIntro: string;
    /** Label of the reference field. */
    reference: string;
    /** Submits the lookup form. */
    lookup: string;
    /** No ticket with that reference and email. */
    notFound: string;
    /** A ticket named by its reference, beside its status (its subject is the heading). @example 'Request PRL-4821' */
    title: (reference: string) => string;
    /** Status names, as the requester sees them. */
    status: Record<TicketStatus, string>;
    /** Heading of the status timeline. */
    history: string;
    /** When the ticket was created. @param date - already formatted. */
    submitted: (date: string) => string;
    /** How many comments the thread has. */
    messages: (count: number) => string;
    /** Accessible name of the reply box. */
    reply: string;
    /** Placeholder of the reply box. */
    replyPlaceholder: string;
    /** Sends a reply. */
    sendReply: string;
    /** Instead of the reply box on a closed ticket. */
    closed: string;
    /** Above the reply box of a solved ticket: a reply reopens it. */
    solvedHint: string;
    /** Heading of the identified user's tickets. */
    listTitle: string;
    /** No ticket yet. */
    listEmpty: string;
  };

  /** The offline form: a message that becomes a ticket. */
  offline: {
    /** Heading. */
    title: string;
    /** Above the form. */
    intro: string;
    /** Submits the form. */
    send: string;
    /** Heading once sent. */
    sentTitle: string;
    /** Once sent: where the reply will go. */
    sent: (email: string) => string;
    /** Once sent: the reference to check the request with. */
    reference: (reference: string) => string;
    /** Opens the new ticket. */
    viewRequest: string;
  };

  /** Notifications while the tab is hidden. */
  notifications: {
    /** The page title with the unread count. @param title - the page's own title. */
    pageTitle: (count: number, title: string) => string;
    /** Title of a desktop notification. */
    newMessage: (name: string) => string;
    /** The button that asks for permission to notify. */
    enable: string;
  };

  /** The proactive nudge by the launcher. */
  nudge: {
    /** Accessible name of the nudge. */
    label: (brand: string) => string;
    /** Dismisses the nudge for good. */
    dismiss: string;
  };
}

/**
 * A complete catalog: every text, and a text for every error code. The languages the widget loads are
 * typed with it, so a missing text fails the type check; English, in two files, with {@link ShellCatalog}
 * and {@link ViewMessages}.
 * @internal
 */
export type Catalog = WidgetMessages & { errors: Record<ParleyErrorCode, string> };

/**
 * The groups of texts that only the views beyond home show. Their English does not ship in the widget's
 * first load: it loads with those views (views/loadView.tsx), so that a view never shows without it.
 * @internal
 */
export type ViewTextGroup =
  | 'form'
  | 'article'
  | 'composer'
  | 'conversation'
  | 'rating'
  | 'tickets'
  | 'offline';

/**
 * The texts of the views beyond home ({@link ViewTextGroup}), complete: the English that loads with them.
 * @internal
 */
export type ViewMessages = Pick<WidgetMessages, ViewTextGroup>;

/**
 * The texts a widget has before any view beyond home has loaded: every text of the launcher, the panel,
 * home, the search box, errors, dates, notifications and the nudge, complete; of the views' texts, only
 * those its language and the host gave, group by group. `completeMessages` adds the views' English to
 * them once it has loaded. Complete {@link WidgetMessages} are shell messages too.
 * @internal
 */
export type ShellMessages = Omit<WidgetMessages, ViewTextGroup> & Pick<WidgetMessageOverrides, ViewTextGroup>;

/**
 * The English that ships in the widget's first load: a complete catalog without the views' texts.
 * @internal
 */
export type ShellCatalog = Omit<Catalog, ViewTextGroup>;

/**
 * Host overrides for {@link WidgetMessages}: any text, and any single text of a group.
 * @example
 * ```ts
 * mount({ ..., messages: { launcherLabel: 'Support', home: { greetingTitle: 'Hello!' } } });
 * ```
 */
export type WidgetMessageOverrides = {
  [Key in keyof WidgetMessages]?: WidgetMessages[Key] extends (...args: never[]) => string
    ? WidgetMessages[Key]
    : WidgetMessages[Key] extends object
      ? Partial<WidgetMessages[Key]>
      : WidgetMessages[Key];
};

/**
 * Merges host overrides over a base set of messages, group by group: overriding one text of a group keeps
 * the group's other texts. Also completes a catalog from an older release with English. Every text of the
 * base stays complete; a group the base lacks (the views' texts, over {@link ShellMessages}) takes the
 * overrides' texts as they are.
 */
export function mergeMessages<Messages extends ShellMessages>(
  base: Messages,
  overrides: WidgetMessageOverrides | undefined,
): Messages {
  if (!overrides) return base;
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) continue;
    const current = merged[key];
    merged[key] = isGroup(current) && isGroup(value) ? { ...current, ...value } : value;
  }
  return merged as unknown as Messages;
}

/** The polite text for an error code. */
export function errorMessage(messages: ShellMessages, code: ParleyErrorCode): string {
  return messages.errors[code] ?? messages.errors.default;
}

function isGroup(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
