/**
 * A 64-bit hash of a string (two 32-bit lanes of a multiply-xorshift mix). Not cryptographic: it only
 * has to tell two versions of one resource apart, and it must run where `crypto.subtle` does not (MSW
 * in a browser page served over plain http).
 */
function hash64(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h2 >>> 0).toString(16).padStart(8, '0') + (h1 >>> 0).toString(16).padStart(8, '0');
}

/** RFC 9110 says If-None-Match uses the weak comparison, so `W/"x"` matches `"x"`. */
function matches(ifNoneMatch: string | null, etag: string): boolean {
  if (ifNoneMatch === null) return false;
  return ifNoneMatch.split(',').some((candidate) => {
    const tag = candidate.trim();
    return tag === '*' || tag.replace(/^W\//, '') === etag;
  });
}

/**
 * A JSON response with a strong `ETag` (a hash of the body) and `Cache-Control: no-cache`, so clients
 * may keep it but must revalidate; answers `304 Not Modified` when `If-None-Match` matches.
 *
 * @param request - The request, for its `If-None-Match` header.
 * @param body - Anything `JSON.stringify` accepts.
 * @example
 * ```ts
 * routes.get('/widget/config', (c) => jsonWithETag(c.req.raw, config));
 * ```
 * @internal
 */
export function jsonWithETag(request: Request, body: unknown): Response {
  const text = JSON.stringify(body);
  const etag = `"${hash64(text)}"`;
  const headers = { ETag: etag, 'Cache-Control': 'no-cache' };
  if (matches(request.headers.get('If-None-Match'), etag)) {
    return new Response(null, { status: 304, headers });
  }
  return new Response(text, { status: 200, headers: { ...headers, 'Content-Type': 'application/json' } });
}
