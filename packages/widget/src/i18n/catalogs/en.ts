import type { ShellCatalog } from '../messages';
import { plural } from '../plural';

// Catalog files are named by language tag, and each exports `catalog`, so one loader serves them all. English
// is split in two: this file ships in the widget's first load; the texts only the views beyond home show are
// in enViews.ts, which loads with those views.

/** English, the built-in language and the fallback of every other: the texts of the first load. */
export const catalog: ShellCatalog = {
  launcherLabel: 'Help',
  panelLabel: 'Help',
  closeLabel: 'Close help',
  loading: 'Loading…',
  retry: 'Try again',
  backLabel: 'Back',
  unreadBadge: (count) => plural('en', count, { one: '# unread message', other: '# unread messages' }),
  errors: {
    default: 'Sorry, help is not available right now. Please try again in a moment.',
    network: 'We can’t reach our help service. Check your connection and try again.',
    timeout: 'Our help service is taking too long to answer. Please try again.',
    aborted: 'The request was cancelled.',
    unauthorized: 'Your session has expired. Please reload the page and try again.',
    forbidden: 'You don’t have permission to do that.',
    not_found: 'Help is not set up on this page yet. If you run this site, check the widget key.',
    conflict: 'This request is still being processed. Please wait a moment and try again.',
    invalid_request: 'Something in your request isn’t right. Please check it and try again.',
    rate_limited: 'Too many requests in a short time. Please wait a moment and try again.',
    server: 'Our help service has a problem right now. Please try again in a moment.',
    invalid_response: 'Our help service sent something we did not understand. Please try again later.',
  },
  dates: {
    today: 'Today',
    yesterday: 'Yesterday',
    updated: (date) => `Updated ${date}`,
  },
  home: {
    greetingTitle: 'Hi there',
    greetingMessage: 'How can we help?',
    greetingNamed: (name) => `Hi ${name}`,
    newConversation: 'Send us a message',
    recentConversation: 'Recent conversation',
    allConversations: 'See all conversations',
    suggestedArticles: 'Suggested articles',
    checkRequest: 'Check a request',
    repliesSoon: 'We usually reply in a few minutes',
    repliesInMinutes: (n) =>
      plural('en', n, { one: 'We usually reply in # minute', other: 'We usually reply in # minutes' }),
    repliesInHours: (n) =>
      plural('en', n, { one: 'We usually reply in # hour', other: 'We usually reply in # hours' }),
    repliesInDays: (n) =>
      plural('en', n, { one: 'We usually reply in # day', other: 'We usually reply in # days' }),
    backAt: (time) => `We’re away, back at ${time}`,
    backTomorrowAt: (time) => `We’re away, back tomorrow at ${time}`,
    backOnAt: (day, time) => `We’re away, back on ${day} at ${time}`,
    away: 'We’re away right now. Leave a message and we’ll reply by email.',
  },
  search: {
    label: 'Search for help',
    clear: 'Clear search',
    searching: 'Searching…',
    results: (count) => plural('en', count, { one: '# result', other: '# results' }),
    empty: (query) => `No results for “${query}”`,
    emptyHint: 'Try other words, or send us a message.',
    error: 'Search isn’t working right now. Please try again.',
    stillNeedHelp: 'Still need help?',
    messageUs: 'Message us',
  },
  events: {
    assigned: (name) => `${name} joined the conversation`,
    handoff: 'You asked to talk to a person',
    resolved: 'Conversation resolved',
    reopened: 'Conversation reopened',
    rated: (score) => `You rated this conversation ${score} out of 5`,
  },
  conversations: {
    title: 'Messages',
    empty: 'No conversations yet',
    fromYou: (text) => `You: ${text}`,
    attachment: 'Attachment',
    open: 'Open',
    resolved: 'Resolved',
    more: 'Show more',
  },
  notifications: {
    pageTitle: (count, title) => `(${count}) ${title}`,
    newMessage: (name) => `New message from ${name}`,
    enable: 'Notify me of replies',
  },
  nudge: {
    label: (brand) => `Message from ${brand}`,
    dismiss: 'Dismiss',
  },
};
