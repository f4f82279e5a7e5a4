/**
 * Every call and store of a `@parley/core` client that the `client` scenarios exercise, as
 * `domain.member`. A test checks that each of them is used by some scenario.
 */
export const clientCalls = [
  'config',
  'connection',
  'on',
  'session.visitor',
  'session.identify',
  'session.update',
  'session.logout',
  'conversations.list',
  'conversations.create',
  'conversations.get',
  'conversations.send',
  'conversations.retry',
  'conversations.markRead',
  'conversations.setTyping',
  'conversations.rate',
  'tickets.create',
  'tickets.lookup',
  'tickets.list',
  'tickets.get',
  'tickets.reply',
  'articles.search',
  'articles.suggest',
  'articles.get',
  'articles.collections',
  'articles.collectionArticles',
  'articles.feedback',
] as const;

/** One call or store of the client, such as `conversations.send`. */
export type ClientCall = (typeof clientCalls)[number];
