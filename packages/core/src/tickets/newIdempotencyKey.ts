/**
 * A random key for one user action, sent as `Idempotency-Key` on every attempt of it. Uses
 * `crypto.randomUUID` where it exists (secure contexts), else `crypto.getRandomValues`, looked up at call
 * time.
 * @internal
 */
export function newIdempotencyKey(): string {
  const crypto = globalThis.crypto;
  if (typeof crypto?.randomUUID === 'function') return crypto.randomUUID();
  const bytes = new Uint8Array(16);
  if (typeof crypto?.getRandomValues === 'function') crypto.getRandomValues(bytes);
  else for (let index = 0; index < bytes.length; index++) bytes[index] = Math.floor(Math.random() * 256);
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
