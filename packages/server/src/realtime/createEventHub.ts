import type { RealtimeEvent } from '@parley/contract';
import { defaultEngineSettings } from '../app/Engine';
import type { EventLogRepository } from './EventLogRepository';
import type { EventAudience, EventPublisher, PresenceTracker } from './EventPublisher';

/** Receives the events of one audience as they are published. @internal */
export type EventListener = (event: RealtimeEvent) => void;

/**
 * The event log's publisher and the live connections, for one engine: the routes of `realtime/` subscribe
 * to it; every other domain only publishes.
 * @internal
 */
export interface EventHub extends EventPublisher, PresenceTracker {
  /**
   * Calls `listener` with every event published to the audience from now on, in id order, until the
   * returned function is called. Subscribe before reading the backlog from the log, then drop ids already
   * sent: that way nothing falls between the two.
   */
  subscribe(audience: EventAudience, listener: EventListener): () => void;
  /**
   * Counts a connection (event stream or waiting long-poll) of the audience for presence, until the returned
   * function is called (calling it again does nothing).
   */
  connect(audience: EventAudience): () => void;
}

/** Options of {@link createEventHub}. @internal */
export interface EventHubOptions {
  /**
   * How many of the newest events the log keeps (`settings.eventLogSize`).
   * @default 10,000
   */
  eventLogSize?: number;
}

/** `'team'` or the contact id: how the log and the hub name an audience. @internal */
export function audienceKey(audience: EventAudience): string {
  return audience === 'team' ? 'team' : audience.contactId;
}

/**
 * Creates the engine's event hub over the persisted log: `publish` appends to the log (which assigns the
 * id), trims it to `eventLogSize` and wakes the live listeners of the audience. Presence counts open
 * connections per audience, in memory (it is about this process's connections).
 * @internal
 */
export function createEventHub(
  log: EventLogRepository,
  now: () => number,
  { eventLogSize = defaultEngineSettings.eventLogSize }: EventHubOptions = {},
): EventHub {
  const listeners = new Map<string, Set<EventListener>>();
  const connections = new Map<string, number>();
  return {
    async publish(widgetKey, audience, event) {
      const key = audienceKey(audience);
      const stored = await log.append(widgetKey, key, event, now());
      // Woken right after the append (before trimming), so listeners see ids in append order.
      for (const listener of [...(listeners.get(key) ?? [])]) listener(stored);
      await log.trim(eventLogSize);
      return stored;
    },
    subscribe(audience, listener) {
      const key = audienceKey(audience);
      // A wrapper per subscription, so the same function subscribed twice is two subscriptions.
      const entry: EventListener = (event) => listener(event);
      const set = listeners.get(key) ?? new Set();
      set.add(entry);
      listeners.set(key, set);
      return () => {
        set.delete(entry);
        if (set.size === 0 && listeners.get(key) === set) listeners.delete(key);
      };
    },
    connect(audience) {
      const key = audienceKey(audience);
      connections.set(key, (connections.get(key) ?? 0) + 1);
      let open = true;
      return () => {
        if (!open) return;
        open = false;
        const left = (connections.get(key) ?? 1) - 1;
        if (left > 0) connections.set(key, left);
        else connections.delete(key);
      };
    },
    isContactOnline: (contactId) => (connections.get(contactId) ?? 0) > 0,
    agentsOnline: () => connections.get('team') ?? 0,
  };
}
