import { ParleyError } from '../errors/ParleyError';

/**
 * Reads a response body as text, refusing (`invalid_response`) one larger than `maxBytes`: a broken or
 * hostile backend cannot make the client buffer an endless stream. The caller aborts the request when
 * this throws.
 * @internal
 */
export async function readText(response: Response, maxBytes: number): Promise<string> {
  const reader = response.body?.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  while (reader) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > maxBytes) {
      throw new ParleyError('invalid_response', 'Answer too large.', { status: response.status });
    }
    chunks.push(value);
  }
  // Decoded as UTF-8 once complete (a leading byte-order mark dropped).
  return new Blob(chunks as BlobPart[]).text();
}
