/**
 * The form of an email address that lookups compare: trimmed and lowercased. (The local part is case
 * sensitive in theory; no mail provider treats it so, and customers do not remember how they typed it.)
 * @internal
 */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}
