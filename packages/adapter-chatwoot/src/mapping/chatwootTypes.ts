/**
 * What Chatwoot's Client API and its ActionCable broadcasts send, as far as the adapter reads it. Every
 * field is optional or loosely typed: the mappers check what they use and ignore the rest.
 * @internal
 */

/** Seconds since the epoch (most payloads) or an ISO 8601 string (some newer ones). */
export type ChatwootTime = number | string | null | undefined;

/** Who wrote a message or is typing: `sender` of a message, `user` of a typing event, `meta.assignee`. */
export interface ChatwootSender {
  id?: number | string;
  name?: string | null;
  available_name?: string | null;
  avatar_url?: string | null;
  thumbnail?: string | null;
  /** `contact`, `user` (an agent) or `agent_bot`. */
  type?: string | null;
}

/** A file of a message (`Attachment#push_event_data`). */
export interface ChatwootAttachment {
  id: number;
  /** `image`, `audio`, `video`, `file`, `location`, `fallback`... */
  file_type?: string | null;
  extension?: string | null;
  data_url?: string | null;
  file_size?: number | null;
}

/** A message, from the REST API or a `message.created` / `message.updated` broadcast. */
export interface ChatwootMessage {
  id: number;
  content?: string | null;
  /** 0 incoming (the contact), 1 outgoing (the team), 2 activity, 3 template (bots, surveys). */
  message_type?: number | null;
  /** `text`, `input_csat`, `input_select`, `cards`... */
  content_type?: string | null;
  content_attributes?: {
    submitted_values?: { csat_survey_response?: { rating?: number; feedback_message?: string | null } };
  } | null;
  created_at?: ChatwootTime;
  updated_at?: ChatwootTime;
  /** The conversation's `display_id`. */
  conversation_id?: number;
  private?: boolean | null;
  attachments?: ChatwootAttachment[] | null;
  sender?: ChatwootSender | null;
  /** The client's temporary id: only in the websocket echo of the contact's own message. */
  echo_id?: string | null;
}

/** A conversation, from the REST API or a `conversation.*` broadcast. */
export interface ChatwootConversation {
  /** The `display_id`, which every Client API URL uses. */
  id: number;
  status?: string | null;
  created_at?: ChatwootTime;
  contact_last_seen_at?: ChatwootTime;
  agent_last_seen_at?: ChatwootTime;
  messages?: ChatwootMessage[] | null;
}

/** A contact, as the Client API's contact endpoints answer (with `source_id` and `pubsub_token` on create). */
export interface ChatwootContact {
  id: number;
  name?: string | null;
  email?: string | null;
  source_id?: string;
  pubsub_token?: string;
  /** In the contact record only (the answer to `PATCH`). */
  custom_attributes?: Record<string, unknown> | null;
}
