import { ParleyError } from '../errors/ParleyError';

/**
 * Reads a response body as text, refusing (with `invalid_response`) one larger than `maxBytes`: a hostile
 * or broken backend cannot make the client buffer an endless stream. The caller stops the request (aborts
 * its fetch) when this throws.
 * @internal
 */
export async function readText(response: Response, maxBytes: number): Promise<string> {
  const tooLarge = () =>
    new ParleyError('invalid_response', `The backend's answer is larger than ${maxBytes} bytes.`, {
      status: response.status,
    });
  if (Number(response.headers.get('content-length')) > maxBytes) throw tooLarge();
  if (!response.body) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    size += value.byteLength;
    if (size > maxBytes) throw tooLarge();
    text += decoder.decode(value, { stream: true });
  }
}
