/**
 * Whether the bytes are text that is safe to serve as `text/plain; charset=utf-8`: valid UTF-8 with no
 * NUL byte (which would mark a binary file).
 * @internal
 */
export function isPlainText(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}
