/**
 * A place in the panel. The panel keeps a stack of them: opening a view pushes one, Back pops it. Every
 * view a host can open from outside (`showArticle`, `showConversation`...) is one of these.
 */
export type WidgetRoute =
  | { view: 'home' }
  /** Knowledge-base results for `query` (empty: the search box alone). */
  | { view: 'search'; query: string }
  | { view: 'article'; articleId: string }
  /** The customer's conversations (returning visitors, identified users). */
  | { view: 'conversations' }
  | { view: 'conversation'; conversationId: string }
  /** The composer of a new conversation, with `text` already typed (e.g. from `showNewMessage`). */
  | { view: 'newConversation'; text: string }
  /**
   * "Check a request": a ticket by reference and email. With `reference` (a host's `showTicket`), the form
   * starts filled in with it, and with the visitor's email when the widget knows it, and looks the ticket up.
   */
  | { view: 'ticketLookup'; reference?: string }
  /** The identified user's tickets. */
  | { view: 'tickets' }
  | { view: 'ticket'; ticketId: string }
  /** Outside business hours (or without chat), a message becomes a ticket. */
  | { view: 'offlineForm'; text: string };

/** The name of a view. */
export type WidgetView = WidgetRoute['view'];
