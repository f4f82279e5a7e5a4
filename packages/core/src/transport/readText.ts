import { ParleyError } from '../errors/ParleyError';

/**
 * Reads a response body as text, refusing (`invalid_response`) one larger than `maxBytes`: a broken or
 * hostile backend cannot make the client buffer an endless stream. The caller aborts the request when
 * this throws.
 * @internal
 */
export async function readText(response: Response, maxBytes: number): Promise<string> {
  const reader = response.body?.getReader();
  const decoder = new TextDecoder();
  let text = '';
  for (let size = 0; reader; ) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > maxBytes) {
      throw new ParleyError('invalid_response', 'Answer too large.', { status: response.status });
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}
