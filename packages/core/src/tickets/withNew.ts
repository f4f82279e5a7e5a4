/**
 * `current` followed by the items of `incoming` it does not have yet (matched by id, so a reply and its
 * realtime echo show once). Returns `current` itself when nothing is new, so a snapshot keeps its identity.
 * @internal
 */
export function withNew<T extends { id: string }>(
  current: readonly T[],
  incoming: readonly T[],
): readonly T[] {
  const known = new Set(current.map((item) => item.id));
  const added = incoming.filter((item) => !known.has(item.id) && known.add(item.id));
  return added.length > 0 ? [...current, ...added] : current;
}
