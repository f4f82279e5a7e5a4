/**
 * A fresh id for one user action: random, URL-safe, matching the contract's `clientMessageId` pattern.
 * `crypto.randomUUID` is looked up at call time; without it (old browsers, insecure origins) `getRandomValues`
 * or, at worst, `Math.random` fills the bytes: the backend only needs the id to be unique per sender.
 * @internal
 */
export function newClientMessageId(): string {
  const cryptoApi = (globalThis as { crypto?: Crypto }).crypto;
  if (typeof cryptoApi?.randomUUID === 'function') return `cm_${cryptoApi.randomUUID()}`;
  const bytes = new Uint8Array(16);
  if (typeof cryptoApi?.getRandomValues === 'function') cryptoApi.getRandomValues(bytes);
  else for (let index = 0; index < bytes.length; index++) bytes[index] = Math.floor(Math.random() * 256);
  return `cm_${Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')}`;
}
