import type { ConversationRecord, MessageListPage, MessageQuery, MessageRecord } from './ConversationRecords';
import type { AddedMessage, ConversationRepository } from './ConversationRepository';

interface StoredConversation {
  record: ConversationRecord;
  /** Increases with every change that counts as activity: the order of conversation lists. */
  activity: number;
}

/** Index of the first message with `seq` greater than or equal to `seq` (messages are sorted by seq). */
function lowerBound(messages: readonly MessageRecord[], seq: number): number {
  let low = 0;
  let high = messages.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (messages[middle]!.seq < seq) low = middle + 1;
    else high = middle;
  }
  return low;
}

function slicePage(messages: readonly MessageRecord[], query: MessageQuery): MessageListPage {
  let start: number;
  let end: number;
  let hasMore: boolean;
  if ('after' in query) {
    start = lowerBound(messages, query.after + 1);
    end = Math.min(messages.length, start + query.limit);
    hasMore = end < messages.length;
  } else {
    end = 'before' in query ? lowerBound(messages, query.before) : messages.length;
    start = Math.max(0, end - query.limit);
    hasMore = start > 0;
  }
  return { messages: messages.slice(start, end).map((message) => structuredClone(message)), hasMore };
}

/**
 * Conversations and messages in plain objects; runs in browsers. Returns copies, never stored objects.
 * @internal
 */
export function createMemoryConversationRepository(): ConversationRepository {
  const conversations = new Map<string, StoredConversation>();
  /** Each conversation's messages in sequence order. */
  const messagesByConversation = new Map<string, MessageRecord[]>();
  const messagesById = new Map<string, MessageRecord>();
  const messagesByClientId = new Map<string, MessageRecord>();
  let lastSeq = 0;
  let lastActivity = 0;

  const clientKey = (conversationId: string, clientMessageId: string) =>
    `${conversationId}\u0000${clientMessageId}`;
  const messageOf = (conversationId: string, message: MessageRecord | undefined) =>
    message !== undefined && message.conversationId === conversationId ? structuredClone(message) : undefined;

  return {
    async seed() {},

    async createConversation(conversation) {
      if (conversations.has(conversation.id)) throw new Error(`Conversation ${conversation.id} exists.`);
      conversations.set(conversation.id, { record: structuredClone(conversation), activity: ++lastActivity });
      messagesByConversation.set(conversation.id, []);
    },

    async getConversation(id) {
      const stored = conversations.get(id);
      return stored === undefined ? undefined : structuredClone(stored.record);
    },

    async listConversations({ contactId, widgetKey, status, after, limit }) {
      const matching = [...conversations.values()]
        .filter(
          ({ record, activity }) =>
            (contactId === undefined || record.contactId === contactId) &&
            (widgetKey === undefined || record.widgetKey === widgetKey) &&
            (status === undefined || record.status === status) &&
            (after === undefined || activity < after),
        )
        .sort((a, b) => b.activity - a.activity);
      const page = matching.slice(0, limit);
      return {
        conversations: page.map(({ record }) => structuredClone(record)),
        next: matching.length > limit ? (page.at(-1)?.activity ?? null) : null,
      };
    },

    async updateConversation(id, changes, touch) {
      const stored = conversations.get(id);
      if (stored === undefined) return undefined;
      stored.record = { ...stored.record, ...structuredClone(changes) };
      if (touch) stored.activity = ++lastActivity;
      return structuredClone(stored.record);
    },

    async addMessage(message): Promise<AddedMessage> {
      const stored = conversations.get(message.conversationId);
      const list = messagesByConversation.get(message.conversationId);
      if (stored === undefined || list === undefined) {
        throw new Error(`Conversation ${message.conversationId} does not exist.`);
      }
      if (message.clientMessageId !== null) {
        const existing = messagesByClientId.get(clientKey(message.conversationId, message.clientMessageId));
        if (existing !== undefined) return { created: false, message: structuredClone(existing) };
      }
      const record: MessageRecord = { ...structuredClone(message), seq: ++lastSeq };
      list.push(record);
      messagesById.set(record.id, record);
      if (record.clientMessageId !== null) {
        messagesByClientId.set(clientKey(record.conversationId, record.clientMessageId), record);
      }
      stored.record = { ...stored.record, updatedAt: record.createdAt };
      stored.activity = ++lastActivity;
      return { created: true, message: structuredClone(record) };
    },

    async getMessage(conversationId, messageId) {
      return messageOf(conversationId, messagesById.get(messageId));
    },

    async getMessageAt(conversationId, seq) {
      const list = messagesByConversation.get(conversationId) ?? [];
      const message = list[lowerBound(list, seq)];
      return message?.seq === seq ? structuredClone(message) : undefined;
    },

    async findMessageByClientId(conversationId, clientMessageId) {
      return messageOf(conversationId, messagesByClientId.get(clientKey(conversationId, clientMessageId)));
    },

    async listMessages(conversationId, query) {
      return slicePage(messagesByConversation.get(conversationId) ?? [], query);
    },

    async getLastMessage(conversationId) {
      const last = messagesByConversation.get(conversationId)?.at(-1);
      return last === undefined ? undefined : structuredClone(last);
    },

    async countUnreadByVisitor(conversationId) {
      const stored = conversations.get(conversationId);
      const list = messagesByConversation.get(conversationId) ?? [];
      const readId = stored?.record.visitorReadMessageId ?? null;
      const readSeq = readId === null ? 0 : (messagesById.get(readId)?.seq ?? 0);
      let count = 0;
      for (let index = lowerBound(list, readSeq + 1); index < list.length; index += 1) {
        const kind = list[index]!.author.kind;
        if (kind === 'agent' || kind === 'bot') count += 1;
      }
      return count;
    },

    async reassignContact(fromContactId, toContactId) {
      for (const stored of conversations.values()) {
        if (stored.record.contactId !== fromContactId) continue;
        stored.record = { ...stored.record, contactId: toContactId };
        for (const message of messagesByConversation.get(stored.record.id) ?? []) {
          if (message.author.kind === 'visitor' && message.author.id === fromContactId) {
            message.author = { ...message.author, id: toContactId };
          }
        }
      }
    },
  };
}
