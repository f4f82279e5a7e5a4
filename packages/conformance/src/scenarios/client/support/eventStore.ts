import type { ClientEventName, ClientEvents, ParleyClient, Store } from '@parley/core';

/**
 * A client event as a store of its latest payload (`undefined` before the first), so a scenario can wait
 * for it with `ctx.watch(...).until(...)`. Listening to an event starts nothing.
 * @internal
 */
export function eventStore<K extends ClientEventName>(
  client: ParleyClient,
  event: K,
): Store<ClientEvents[K] | undefined> {
  let latest: ClientEvents[K] | undefined;
  return {
    getSnapshot: () => latest,
    subscribe: (listener) =>
      client.on(event, (payload) => {
        latest = payload;
        listener();
      }),
  };
}
