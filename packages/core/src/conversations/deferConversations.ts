import type { LoadOnFirstUse } from '../client/loadOnFirstUse';
import { deferredStore } from '../store/deferredStore';
import type { ConversationStore, ConversationsApi } from './ConversationsApi';
import { IDLE_CONVERSATION, IDLE_LIST } from './idleSnapshots';

/** The conversations domain as the client holds it. @internal */
export type ConversationsDomain = ConversationsApi & { destroy(): void };

/**
 * `client.conversations` before and after its code has loaded: the same API at once, each call passed on to the
 * domain once `domain` has loaded it (in call order), each store standing in for the domain's (see
 * {@link deferredStore}). A page where nobody asks for help never loads the conversations' code.
 * @internal
 */
export function deferConversations(domain: LoadOnFirstUse<ConversationsDomain>): ConversationsDomain {
  const list = deferredStore(() => domain().then((conversations) => conversations.list), IDLE_LIST, [
    'loadMore',
    'refresh',
  ]);
  /** Stand-ins handed out before the domain loaded, one per conversation. */
  const standIns = new Map<string, ConversationStore>();

  return {
    list,
    get(conversationId) {
      // One store per id for good: a stand-in handed out before the domain loaded stays the store of its id.
      let standIn = standIns.get(conversationId);
      if (!standIn) {
        if (domain.loaded) return domain.loaded.get(conversationId);
        const load = () => domain().then((conversations) => conversations.get(conversationId));
        standIn = deferredStore(load, IDLE_CONVERSATION, ['loadOlder', 'refresh']);
        standIns.set(conversationId, standIn);
      }
      return standIn;
    },
    create: (options) => domain().then((conversations) => conversations.create(options)),
    send: (conversationId, options) =>
      domain().then((conversations) => conversations.send(conversationId, options)),
    retry: (clientMessageId) => domain().then((conversations) => conversations.retry(clientMessageId)),
    markRead: (conversationId, messageId) =>
      domain().then((conversations) => conversations.markRead(conversationId, messageId)),
    setTyping(conversationId, typing) {
      // Typing is a hint: one that finds no code (offline) is dropped.
      domain().then(
        (conversations) => conversations.setTyping(conversationId, typing),
        () => {},
      );
    },
    rate: (conversationId, rating) =>
      domain().then((conversations) => conversations.rate(conversationId, rating)),
    destroy: () => domain.loaded?.destroy(),
  };
}
