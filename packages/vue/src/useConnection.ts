import type { ConnectionStatus } from '@parley/core';
import type { ShallowRef } from 'vue';
import { useParley } from './useParley';
import { useStore } from './useStore';

/**
 * The realtime connection's state (`client.connection`): `online`, `connecting`, `reconnecting` or
 * `offline`, as a readonly `shallowRef`. Subscribed while the calling component is mounted; never on the
 * server.
 *
 * @example
 * ```ts
 * const connection = useConnection();
 * // template: <p v-if="connection === 'offline'">You are offline: messages will be sent later.</p>
 * ```
 */
export function useConnection(): Readonly<ShallowRef<ConnectionStatus>> {
  const client = useParley();
  return useStore(() => client.connection);
}
