import type { Message } from '@parley/contract';

/**
 * Adds `incoming` to `known` (both oldest first): a message already known by id is replaced by its newer
 * copy, never duplicated, and the result is in time order. Returns `known` itself when nothing changed, so
 * stores keep their snapshot.
 * @internal
 */
export function mergeMessages(known: readonly Message[], incoming: readonly Message[]): readonly Message[] {
  if (incoming.length === 0) return known;
  const byId = new Map(known.map((message) => [message.id, message]));
  let changed = false;
  for (const message of incoming) {
    const existing = byId.get(message.id);
    if (existing === message) continue;
    if (existing && JSON.stringify(existing) === JSON.stringify(message)) continue;
    byId.set(message.id, message);
    changed = true;
  }
  if (!changed) return known;
  // Map keeps first-insertion order, so equal timestamps stay in the order the backend gave them.
  return [...byId.values()].sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));
}
