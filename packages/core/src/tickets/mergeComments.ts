import type { TicketComment } from '@parley/contract';

/**
 * `current` with the comments of `incoming` it does not have yet (matched by id, so a reply and its
 * realtime echo show once), oldest first. Returns `current` itself when nothing is new, so the store's
 * snapshot keeps its identity.
 * @internal
 */
export function mergeComments(
  current: readonly TicketComment[],
  incoming: readonly TicketComment[],
): readonly TicketComment[] {
  const known = new Set(current.map((comment) => comment.id));
  const added = incoming.filter((comment) => !known.has(comment.id) && known.add(comment.id));
  if (added.length === 0) return current;
  // Stable sort: comments of the same instant keep the order the backend gave.
  return [...current, ...added].sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));
}
