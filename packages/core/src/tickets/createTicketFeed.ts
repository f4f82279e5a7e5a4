import type { Ticket, TicketComment } from '@parley/contract';
import type { ClientRuntime } from '../client/ClientRuntime';

/** What a ticket store hears from realtime. @internal */
export interface TicketFeedListener {
  /** A ticket changed (`ticket.updated`). */
  onTicket?(ticket: Ticket): void;
  /** A ticket got a comment (`ticket.comment.created`), from either side. */
  onComment?(ticketId: string, comment: TicketComment): void;
  /** Events may have been missed: reload. */
  onResync?(): void;
}

/** The realtime ticket events of a client, shared by all of its ticket stores. @internal */
export interface TicketFeed {
  /** Each call must pass a listener object of its own. */
  subscribe(listener: TicketFeedListener): () => void;
  /**
   * Raises the client's `ticket` event, once per version of a ticket: a ticket this client created is
   * announced at once, and its realtime echo then adds nothing.
   */
  announce(ticket: Ticket): void;
}

/**
 * One subscription to the client's realtime feed for every ticket store, held while at least one store
 * listens. Having one means each `ticket.updated` raises the client's `ticket` event once, however many
 * stores show that ticket.
 * @internal
 */
export function createTicketFeed(runtime: Pick<ClientRuntime, 'realtime' | 'emit'>): TicketFeed {
  const listeners = new Set<TicketFeedListener>();
  let stop: (() => void) | undefined;
  const announced = new Map<string, string>();
  const announce = (ticket: Ticket) => {
    if (announced.get(ticket.id) === ticket.updatedAt) return;
    announced.set(ticket.id, ticket.updatedAt);
    runtime.emit('ticket', { ticket });
  };

  return {
    announce,
    subscribe(listener) {
      listeners.add(listener);
      stop ??= runtime.realtime.subscribe({
        onEvent(event) {
          if (event.type === 'ticket.updated') {
            for (const each of [...listeners]) each.onTicket?.(event.data.ticket);
            announce(event.data.ticket);
          } else if (event.type === 'ticket.comment.created') {
            for (const each of [...listeners]) each.onComment?.(event.data.ticketId, event.data.comment);
          }
        },
        onResync() {
          for (const each of [...listeners]) each.onResync?.();
        },
      });
      return () => {
        if (!listeners.delete(listener) || listeners.size > 0) return;
        stop?.();
        stop = undefined;
      };
    },
  };
}
