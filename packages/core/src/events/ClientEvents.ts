import type { Conversation, Message, Ticket, WidgetConfig } from '@parley/contract';
import type { ConnectionStatus } from '../connection/ConnectionStatus';
import type { ParleyError } from '../errors/ParleyError';

/**
 * The events of a client, by name, with what each handler receives. Subscribe with `client.on(name, handler)`.
 */
export interface ClientEvents {
  /** The widget config is loaded and a session exists: the client is ready for the customer. */
  ready: { config: WidgetConfig };
  /** A reply arrived in one of the customer's conversations, from a person of the team or a bot. */
  message: { conversationId: string; message: Message };
  /** The total of unread messages across conversations changed. */
  unread: { count: number };
  /** A conversation was created or changed (status, assignee, rating). */
  conversation: { conversation: Conversation };
  /** A ticket of the customer was created or changed, or got a new comment. */
  ticket: { ticket: Ticket };
  /** The realtime connection changed state. */
  connection: { status: ConnectionStatus };
  /** Something failed that no promise reports (a background send, the realtime connection). */
  error: { error: ParleyError };
}

/** The name of a client event. */
export type ClientEventName = keyof ClientEvents;
