import type { RealtimeEvent } from '@parley/contract';

/** Who receives an event: one contact's sessions, or the team (agent inbox). @internal */
export type EventAudience = { contactId: string } | 'team';

/** An event before it has an id. @internal */
export type NewRealtimeEvent = Omit<Exclude<RealtimeEvent, { type: 'reset' }>, 'id'>;

/**
 * Appends events to the persisted log (which assigns increasing ids) and wakes the open streams of the
 * audience. Domains publish through this; they never write to streams themselves.
 * @internal
 */
export interface EventPublisher {
  publish(widgetKey: string, audience: EventAudience, event: NewRealtimeEvent): Promise<RealtimeEvent>;
}

/**
 * Who is connected right now (an open event stream or a waiting long-poll), so a reply to someone who is
 * away can be sent by email instead.
 * @internal
 */
export interface PresenceTracker {
  isContactOnline(contactId: string): boolean;
  /** Number of agent inbox connections. */
  agentsOnline(): number;
}
