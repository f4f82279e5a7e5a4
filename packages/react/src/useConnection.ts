import type { ConnectionStatus } from '@parley/core';
import { useParley } from './useParley';
import { useStore } from './useStore';

/**
 * The realtime connection's state (`online`, `connecting`, `reconnecting` or `offline`), for an "offline" banner.
 * @example
 * ```tsx
 * const connection = useConnection();
 * ```
 */
export function useConnection(): ConnectionStatus {
  return useStore(useParley().connection);
}
