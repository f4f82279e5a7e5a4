/**
 * A fresh id for one user action: random, URL-safe, matching the contract's `clientMessageId` pattern.
 * `crypto.getRandomValues` (in every browser, secure origin or not, and in Node) is looked up at call time.
 * @internal
 */
export function newClientMessageId(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16));
  return `cm_${Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')}`;
}
