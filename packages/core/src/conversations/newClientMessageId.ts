/**
 * A fresh id for one user action: 128 random bits, URL-safe, matching the contract's `clientMessageId`
 * pattern. `crypto.getRandomValues` (in every browser, secure origin or not, and in Node) is looked up at
 * call time.
 * @internal
 */
export function newClientMessageId(): string {
  return `cm_${crypto.getRandomValues(new Uint32Array(4)).join('_')}`;
}
