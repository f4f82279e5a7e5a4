const DIGITS = /^\d+$/;

/**
 * Whether event id `id` comes after `than`. Ids of the contract are increasing decimal integers, compared as
 * numbers of any length (so `'10'` is after `'9'`); ids of another shape cannot be ordered, and then only an
 * equal id counts as already seen.
 * @internal
 */
export function isNewerEventId(id: string, than: string): boolean {
  if (!DIGITS.test(id) || !DIGITS.test(than)) return id !== than;
  const a = id.replace(/^0+(?=\d)/, '');
  const b = than.replace(/^0+(?=\d)/, '');
  return a.length === b.length ? a > b : a.length > b.length;
}
