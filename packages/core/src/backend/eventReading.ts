/**
 * What reading realtime events takes: the stream reader and the events' schemas. `createHttpBackend` loads
 * it with the first stream or poll (a chunk of its own for bundlers), so a page that never goes live never
 * loads it.
 * @internal
 */
import { realtimeEvents } from './schemas/eventSchemas';

export { readEventStream } from './readEventStream';
export { eventPollResponseSchema } from './schemas/eventSchemas';

/**
 * Checks the `data:` of a realtime event: one of a type we know strictly, one of a type a newer backend
 * may add is `undefined` (skipped).
 * @internal
 */
export const knownEvent = (data: unknown) => {
  const value: unknown = JSON.parse(data as string);
  return realtimeEvents.isKnown(value) ? realtimeEvents.schema(value) : undefined;
};
