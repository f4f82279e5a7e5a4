import type { EventLogRepository } from './EventLogRepository';
import type { EventPublisher, PresenceTracker } from './EventPublisher';

/** The event log's publisher and the live connections, for one engine. @internal */
export interface EventHub extends EventPublisher, PresenceTracker {}

/** Creates the engine's event hub over the persisted log. @internal */
export function createEventHub(_log: EventLogRepository, _now: () => number): EventHub {
  return {
    async publish(_widgetKey, _audience, event) {
      return { id: '0', ...event } as never;
    },
    isContactOnline: () => false,
    agentsOnline: () => 0,
  };
}
