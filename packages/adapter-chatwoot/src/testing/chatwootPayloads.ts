import type {
  FakeChatwootAgent,
  FakeChatwootAttachment,
  FakeChatwootContact,
  FakeChatwootContactInbox,
  FakeChatwootConversation,
  FakeChatwootMessage,
  FakeChatwootState,
} from './fakeChatwootTypes';

/**
 * The JSON shapes Chatwoot sends, built from the fake's records. Two families, as in Chatwoot:
 *
 * - the Client API's REST answers, from the jbuilder views under `app/views/public/api/v1/`
 *   (`models/_contact`, `models/_conversation`, `models/_message`, `inboxes/contacts/create|show`);
 * - the websocket payloads, from the models' `push_event_data` (`Message`, `Contact`, `User`,
 *   `Attachment`, `Conversations::EventDataPresenter`), which ActionCableListener broadcasts with
 *   `account_id` merged in.
 *
 * @internal
 */

type Json = Record<string, unknown>;

const seconds = (ms: number | null): number => (ms === null ? 0 : Math.floor(ms / 1000));
const iso = (ms: number): string => new Date(ms).toISOString();

function mustGet<K, V>(map: ReadonlyMap<K, V>, key: K, what: string): V {
  const value = map.get(key);
  if (value === undefined) throw new Error(`[fake-chatwoot] no ${what} ${String(key)}`);
  return value;
}

/** `POST /contacts` and `GET /contacts/{id}`: `source_id`, `pubsub_token`, then the `_contact` partial. */
export function publicContactInbox(state: FakeChatwootState, contactInbox: FakeChatwootContactInbox): Json {
  const contact = mustGet(state.contacts, contactInbox.contactId, 'contact');
  return {
    source_id: contactInbox.sourceId,
    pubsub_token: contactInbox.pubsubToken,
    id: contact.id,
    name: contact.name,
    email: contact.email,
  };
}

/** A contact as Rails' `as_json` renders the record (`PATCH /contacts/{id}`, a conversation's `contact`). */
export function contactRecord(state: FakeChatwootState, contact: FakeChatwootContact): Json {
  return {
    id: contact.id,
    name: contact.name,
    email: contact.email,
    phone_number: contact.phoneNumber,
    account_id: state.accountId,
    created_at: iso(contact.createdAt),
    updated_at: iso(contact.updatedAt),
    additional_attributes: contact.additionalAttributes,
    identifier: contact.identifier,
    custom_attributes: contact.customAttributes,
    last_activity_at: null,
    contact_type: contact.email || contact.phoneNumber ? 'lead' : 'visitor',
    blocked: false,
  };
}

/** `Contact#push_event_data`: a message's `sender` when the contact wrote it. */
export function contactPush(contact: FakeChatwootContact): Json {
  return {
    additional_attributes: contact.additionalAttributes,
    custom_attributes: contact.customAttributes,
    email: contact.email,
    id: contact.id,
    identifier: contact.identifier,
    name: contact.name,
    phone_number: contact.phoneNumber,
    thumbnail: contact.avatarUrl ?? '',
    blocked: false,
    type: 'contact',
  };
}

/** `User#push_event_data`: an agent as a message's `sender` or a typing event's `user`. */
export function userPush(agent: FakeChatwootAgent): Json {
  return {
    id: agent.id,
    name: agent.name,
    available_name: agent.name,
    avatar_url: agent.avatarUrl,
    type: 'user',
    availability_status: agent.availability,
    thumbnail: agent.avatarUrl,
  };
}

/** Where the fake serves an attachment's bytes (Active Storage's redirect URL in Chatwoot). */
export function attachmentPath(attachment: FakeChatwootAttachment): string {
  return `/rails/active_storage/blobs/redirect/${attachment.id}/${encodeURIComponent(attachment.fileName)}`;
}

/** `Attachment#push_event_data` for an uploaded file. */
export function attachmentPush(state: FakeChatwootState, attachment: FakeChatwootAttachment): Json {
  const url = `${state.baseUrl()}${attachmentPath(attachment)}`;
  return {
    id: attachment.id,
    message_id: attachment.messageId,
    file_type: attachment.fileType,
    account_id: state.accountId,
    extension: attachment.extension,
    data_url: url,
    thumb_url: attachment.fileType === 'image' ? url : '',
    file_size: attachment.fileSize,
    width: null,
    height: null,
  };
}

function senderPush(state: FakeChatwootState, message: FakeChatwootMessage): Json | undefined {
  if (message.sender === null) return undefined;
  if (message.sender.type === 'contact')
    return contactPush(mustGet(state.contacts, message.sender.id, 'contact'));
  return userPush(mustGet(state.agents, message.sender.id, 'agent'));
}

/** The Client API's `_message` partial (message lists, `POST` and `PATCH` answers). No `echo_id`. */
export function publicMessage(state: FakeChatwootState, message: FakeChatwootMessage): Json {
  const json: Json = {
    id: message.id,
    content: message.content,
    message_type: message.messageType,
    content_type: message.contentType,
    content_attributes: message.contentAttributes,
    created_at: seconds(message.createdAt),
    conversation_id: message.conversationId,
  };
  if (message.attachments.length > 0) {
    json.attachments = message.attachments.map((attachment) => attachmentPush(state, attachment));
  }
  const sender = senderPush(state, message);
  if (sender) json.sender = sender;
  return json;
}

/** Messages a contact may see: Chatwoot's `messages.chat` scope (no activity, no private notes). */
export function chatMessages(state: FakeChatwootState, conversationId: number): FakeChatwootMessage[] {
  return [...state.messages.values()]
    .filter((m) => m.conversationId === conversationId && !m.private && m.messageType !== 2)
    .sort((a, b) => a.createdAt - b.createdAt || a.id - b.id);
}

/** The Client API's `_conversation` partial, with every chat message, as Chatwoot renders it. */
export function publicConversation(state: FakeChatwootState, conversation: FakeChatwootConversation): Json {
  const contact = mustGet(state.contacts, conversation.contactId, 'contact');
  return {
    id: conversation.id,
    uuid: conversation.uuid,
    inbox_id: conversation.inboxId,
    contact_last_seen_at: seconds(conversation.contactLastSeenAt),
    status: conversation.status,
    agent_last_seen_at: seconds(conversation.agentLastSeenAt),
    messages: chatMessages(state, conversation.id).map((m) => publicMessage(state, m)),
    contact: contactRecord(state, contact),
  };
}

function unreadIncoming(state: FakeChatwootState, conversation: FakeChatwootConversation): number {
  const since = conversation.agentLastSeenAt ?? 0;
  return [...state.messages.values()].filter(
    (m) => m.conversationId === conversation.id && m.messageType === 0 && m.createdAt > since,
  ).length;
}

/** `Message#push_event_data`: the `data` of `message.created` / `message.updated`. */
export function messagePush(state: FakeChatwootState, message: FakeChatwootMessage): Json {
  const conversation = mustGet(state.conversations, message.conversationId, 'conversation');
  const contactInbox = mustGet(state.contactInboxes, conversation.contactInboxId, 'contact inbox');
  const data: Json = {
    id: message.id,
    content: message.content,
    account_id: state.accountId,
    inbox_id: message.inboxId,
    conversation_id: message.conversationId,
    message_type: message.messageType,
    created_at: seconds(message.createdAt),
    updated_at: iso(message.updatedAt),
    private: message.private,
    status: message.status,
    source_id: null,
    content_type: message.contentType,
    content_attributes: message.contentAttributes,
    sender_type: message.sender === null ? null : message.sender.type === 'contact' ? 'Contact' : 'User',
    sender_id: message.sender?.id ?? null,
    external_source_ids: {},
    additional_attributes: {},
    processed_message_content: message.content,
    sentiment: {},
    conversation: {
      assignee_id: conversation.assigneeId,
      unread_count: unreadIncoming(state, conversation),
      last_activity_at: seconds(conversation.lastActivityAt),
      contact_inbox: { source_id: contactInbox.sourceId },
    },
  };
  if (message.echoId !== null) data.echo_id = message.echoId;
  if (message.attachments.length > 0) {
    data.attachments = message.attachments.map((attachment) => attachmentPush(state, attachment));
  }
  const sender = senderPush(state, message);
  if (sender) data.sender = sender;
  return data;
}

/** A `contact_inboxes` row as Rails' `as_json` renders it (inside conversation payloads). */
function contactInboxRecord(contactInbox: FakeChatwootContactInbox): Json {
  return {
    id: contactInbox.id,
    contact_id: contactInbox.contactId,
    inbox_id: contactInbox.inboxId,
    source_id: contactInbox.sourceId,
    created_at: iso(contactInbox.createdAt),
    updated_at: iso(contactInbox.updatedAt),
    hmac_verified: contactInbox.hmacVerified,
    pubsub_token: contactInbox.pubsubToken,
  };
}

/** `Conversation#push_event_data` (`Conversations::EventDataPresenter#push_data`). */
export function conversationPush(state: FakeChatwootState, conversation: FakeChatwootConversation): Json {
  const contact = mustGet(state.contacts, conversation.contactId, 'contact');
  const contactInbox = mustGet(state.contactInboxes, conversation.contactInboxId, 'contact inbox');
  const assignee = conversation.assigneeId === null ? undefined : state.agents.get(conversation.assigneeId);
  const last = chatMessages(state, conversation.id).at(-1);
  return {
    additional_attributes: {},
    can_reply: true,
    channel: 'Channel::Api',
    contact_inbox: contactInboxRecord(contactInbox),
    id: conversation.id,
    inbox_id: conversation.inboxId,
    messages: last ? [messagePush(state, last)] : [],
    labels: [],
    meta: {
      sender: contactPush(contact),
      assignee: assignee ? userPush(assignee) : null,
      team: null,
      hmac_verified: contactInbox.hmacVerified,
    },
    status: conversation.status,
    custom_attributes: conversation.customAttributes,
    snoozed_until: null,
    unread_count: unreadIncoming(state, conversation),
    first_reply_created_at:
      conversation.firstReplyCreatedAt === null ? null : iso(conversation.firstReplyCreatedAt),
    priority: null,
    waiting_since: seconds(conversation.status === 'open' ? conversation.lastActivityAt : null),
    agent_last_seen_at: seconds(conversation.agentLastSeenAt),
    contact_last_seen_at: seconds(conversation.contactLastSeenAt),
    last_activity_at: seconds(conversation.lastActivityAt),
    timestamp: seconds(conversation.lastActivityAt),
    created_at: seconds(conversation.createdAt),
    updated_at: seconds(conversation.updatedAt),
  };
}
