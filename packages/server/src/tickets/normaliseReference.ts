/** What a ticket reference looks like: `PRL-4821`. @internal */
export const REFERENCE_PATTERN = /^[A-Z]{2,5}-[0-9]{4,8}$/;

/**
 * The form of a ticket reference that lookups compare (and rate limits count against): trimmed,
 * uppercased, inner spaces removed, so `prl-4821 ` and `PRL - 4821` find `PRL-4821`.
 * @internal
 */
export function normaliseReference(reference: string): string {
  return reference.replace(/\s+/g, '').toUpperCase();
}
