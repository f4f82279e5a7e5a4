/**
 * The records the fake Chatwoot keeps, as plain objects. Tests read them through the fake's
 * readers (`contacts()`, `conversations()`, `messages(id)`); the serializers in
 * `chatwootPayloads.ts` turn them into the JSON Chatwoot sends.
 *
 * Field names follow Chatwoot's tables (`contacts`, `contact_inboxes`, `conversations`, `messages`,
 * `attachments`) in camelCase; times are Unix milliseconds here and are sent as Chatwoot sends them
 * (Unix seconds or ISO 8601, field by field).
 */

/** An API-channel inbox (`Channel::Api` + its `Inbox`). */
export interface FakeChatwootInbox {
  /** The inbox's numeric id (`inbox_id` in payloads). */
  readonly id: number;
  /** The `inbox_identifier` of the Client API URLs. */
  readonly identifier: string;
  readonly name: string;
  /** The key `identifier_hash` is checked with (HMAC-SHA256, hex). */
  readonly hmacToken: string;
  /** Chatwoot's "Enforce user identity validation": every contact call must carry a valid hash. */
  readonly hmacMandatory: boolean;
  /** Send the CSAT survey (an `input_csat` message) when a conversation is resolved. */
  readonly csatSurveyEnabled: boolean;
}

/** An agent (a Chatwoot `User`). */
export interface FakeChatwootAgent {
  readonly id: number;
  readonly name: string;
  readonly email: string;
  readonly avatarUrl: string;
  /** `availability_status`; only `online` and `busy` agents appear in `presence.update`. */
  availability: 'online' | 'busy' | 'offline';
}

export interface FakeChatwootContact {
  readonly id: number;
  name: string;
  email: string | null;
  phoneNumber: string | null;
  identifier: string | null;
  avatarUrl: string | null;
  customAttributes: Record<string, unknown>;
  additionalAttributes: Record<string, unknown>;
  readonly createdAt: number;
  updatedAt: number;
}

/** A contact's session in one inbox: its `source_id` (the URL's contact_identifier) and pubsub token. */
export interface FakeChatwootContactInbox {
  readonly id: number;
  readonly contactId: number;
  readonly inboxId: number;
  readonly sourceId: string;
  readonly pubsubToken: string;
  hmacVerified: boolean;
  readonly createdAt: number;
  updatedAt: number;
}

export type FakeChatwootConversationStatus = 'open' | 'resolved' | 'pending' | 'snoozed';

export interface FakeChatwootConversation {
  /** The `display_id`: what every Client API URL and payload calls the conversation's id. */
  readonly id: number;
  readonly uuid: string;
  readonly inboxId: number;
  readonly contactId: number;
  readonly contactInboxId: number;
  status: FakeChatwootConversationStatus;
  customAttributes: Record<string, unknown>;
  assigneeId: number | null;
  contactLastSeenAt: number | null;
  agentLastSeenAt: number | null;
  firstReplyCreatedAt: number | null;
  /** What the contact last sent to `toggle_typing` (`on`, `off`, `recording`), if anything. */
  contactTyping: string | null;
  readonly createdAt: number;
  lastActivityAt: number;
  updatedAt: number;
}

export interface FakeChatwootAttachment {
  readonly id: number;
  readonly messageId: number;
  /** `image`, `audio`, `video` or `file`, from the upload's content type, as Chatwoot decides it. */
  readonly fileType: 'image' | 'audio' | 'video' | 'file';
  readonly fileName: string;
  readonly contentType: string;
  readonly fileSize: number;
  readonly extension: string | null;
  readonly data: Uint8Array;
}

/** The message's author: the contact, an agent, or nobody (templates such as the CSAT survey). */
export type FakeChatwootSender =
  | { readonly type: 'contact'; readonly id: number }
  | { readonly type: 'user'; readonly id: number };

export interface FakeChatwootMessage {
  readonly id: number;
  readonly conversationId: number;
  readonly inboxId: number;
  content: string | null;
  /** 0 incoming (from the contact), 1 outgoing (agent), 2 activity, 3 template. */
  readonly messageType: 0 | 1 | 2 | 3;
  /** `text`, `input_csat`, `input_select`, `cards`, `form`, `article`, ... */
  readonly contentType: string;
  contentAttributes: Record<string, unknown>;
  /** A private note: never shown to the contact. */
  readonly private: boolean;
  status: 'sent' | 'delivered' | 'read' | 'failed';
  readonly sender: FakeChatwootSender | null;
  /** The client's `echo_id`: Chatwoot keeps it only to echo it in the websocket broadcasts. */
  readonly echoId: string | null;
  readonly attachments: readonly FakeChatwootAttachment[];
  readonly createdAt: number;
  updatedAt: number;
}

/** A CSAT answer the contact submitted (`submitted_values.csat_survey_response`). */
export interface FakeChatwootCsatResponse {
  readonly conversationId: number;
  readonly messageId: number;
  readonly rating: number;
  readonly feedbackMessage: string | null;
}

/** One REST request the fake answered (or dropped), in order. */
export interface FakeChatwootRequestRecord {
  readonly method: string;
  readonly path: string;
  /** The status sent, or `'dropped'` when the fake cut the connection instead of answering. */
  readonly status: number | 'dropped';
}

/** Everything the fake stores, for the serializers. @internal */
export interface FakeChatwootState {
  readonly accountId: number;
  readonly baseUrl: () => string;
  readonly inboxes: Map<number, FakeChatwootInbox>;
  readonly agents: Map<number, FakeChatwootAgent>;
  readonly contacts: Map<number, FakeChatwootContact>;
  readonly contactInboxes: Map<number, FakeChatwootContactInbox>;
  readonly conversations: Map<number, FakeChatwootConversation>;
  readonly messages: Map<number, FakeChatwootMessage>;
}
