import type { Engine } from '../app/Engine';
import type { EventHub } from './createEventHub';

/**
 * The engine's {@link EventHub}: `engine.events` is typed as a publisher only, since other domains only
 * publish, but {@link createApp} (and tests) put the whole hub there.
 * @throws Error when `engine.events` was not made by {@link createEventHub}.
 * @internal
 */
export function eventHubOf(engine: Engine): EventHub {
  const events = engine.events as Partial<EventHub>;
  if (typeof events.subscribe !== 'function' || typeof events.connect !== 'function') {
    throw new Error('[parley] engine.events must be the hub of createEventHub() to serve event streams.');
  }
  return events as EventHub;
}
