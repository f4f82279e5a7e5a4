import type { HttpResult, RequestLine } from './HttpResult';

/** The media type of a response without its parameters, lower case. @internal */
export function mediaTypeOf(headers: Headers): string {
  return (headers.get('Content-Type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

/**
 * Reads a whole response into an {@link HttpResult}: bytes, text, and the parsed JSON when the body is
 * JSON.
 * @internal
 */
export async function readResult(request: RequestLine, response: Response): Promise<HttpResult> {
  const bytes = new Uint8Array(await response.arrayBuffer());
  const text = new TextDecoder().decode(bytes);
  const contentType = mediaTypeOf(response.headers);
  let json: unknown;
  if (/json/.test(contentType) || (contentType === '' && text !== '')) {
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
  }
  return { request, status: response.status, headers: response.headers, bytes, text, json, contentType };
}
