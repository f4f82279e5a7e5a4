import type { TicketStatus } from '@parley/core';
import { useWidget } from '../../components/WidgetContext';

/**
 * A ticket's status, named as the catalog names it for the requester. The colour only repeats what the
 * words say.
 * @internal
 */
export function TicketStatusBadge({ status }: { status: TicketStatus }) {
  return (
    <span class="parley-ticket-status" data-status={status}>
      {useWidget().messages.tickets.status[status]}
    </span>
  );
}
