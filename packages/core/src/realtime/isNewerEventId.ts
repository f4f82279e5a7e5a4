/**
 * Whether event id `id` comes after `than` (always, when `than` is `undefined`: nothing was seen yet). Ids of
 * the contract are increasing decimal integers, compared as numbers of any length (so `'10'` is after `'9'`);
 * ids of another shape cannot be ordered, and then only an equal id counts as already seen.
 * @internal
 */
export function isNewerEventId(id: string, than: string | undefined): boolean {
  // Digits only in both (their concatenation is all digits) before BigInt, which throws on anything else.
  return than === undefined || (/^\d+$/.test(id + than) ? BigInt(id) > BigInt(than) : id !== than);
}
