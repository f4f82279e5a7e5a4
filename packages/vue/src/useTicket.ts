import { idleSnapshots, type TicketLookup, type TicketState } from '@parley/core';
import { type MaybeRefOrGetter, type ShallowRef, toValue } from 'vue';
import { useParley } from './useParley';
import { useStore } from './useStore';

/**
 * One ticket, with its status timeline and whole thread, as a readonly `shallowRef` of the store's snapshot.
 * A string is a ticket id (`client.tickets.get(id)`); a `{ reference, email }` or `{ reference, accessKey }`
 * looks the ticket up (`client.tickets.find(lookup)`: once, when first subscribed; a failed lookup shows in
 * `error` and is not retried by itself). Follows the argument when it changes; an equal lookup in a new
 * object keeps the same store (core gives one store per lookup), so nothing is looked up again. With
 * nothing, `idleSnapshots.ticket`. Subscribed while the calling component is mounted; never on the server.
 *
 * @param ticket - A ticket id or a lookup, or a ref or getter of one (`null` or `undefined`: none).
 * @example
 * ```ts
 * const reference = ref('PRL-4821');
 * const email = ref('ada@example.com');
 * const ticket = useTicket(() => ({ reference: reference.value, email: email.value }));
 * // template: <p v-if="ticket.status === 'error'">No ticket matches.</p>
 * ```
 */
export function useTicket(
  ticket: MaybeRefOrGetter<string | TicketLookup | null | undefined>,
): Readonly<ShallowRef<TicketState>> {
  const client = useParley();
  return useStore(() => {
    const value = toValue(ticket);
    if (!value) return undefined;
    return typeof value === 'string' ? client.tickets.get(value) : client.tickets.find(value);
  }, idleSnapshots.ticket);
}
