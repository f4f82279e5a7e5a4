import type { ConnectionStatus } from '@parley/core';
import { useConnection } from '@parley/react';

const LABELS: Record<ConnectionStatus, string> = {
  online: 'Live',
  connecting: 'Connecting…',
  reconnecting: 'Reconnecting…',
  offline: 'Offline: your messages will go out when you are back online',
};

/** The realtime connection's state, read out when it changes. */
export function ConnectionBadge() {
  const status = useConnection();
  return (
    <p role="status" className="connection" data-status={status}>
      {LABELS[status]}
    </p>
  );
}
