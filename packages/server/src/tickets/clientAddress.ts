const ADDRESS = /^[0-9A-Fa-f:.]{2,45}$/;

/**
 * The client's IP address as a proxy reports it, for rate limits only: `CF-Connecting-IP`, else the first
 * (client-most) entry of `X-Forwarded-For`; `undefined` without either, or when the value is not an
 * address.
 *
 * These headers are only as trustworthy as the proxy in front of the server: without one, a client can
 * send any value. That is acceptable for a rate-limit key used *in addition to* the session's contact: a
 * forged address can only add a bucket, never lift the contact's own limit. The first entry is used rather
 * than the last because, behind several proxies (a CDN and a load balancer), the last is a proxy's address
 * shared by every client, which would throttle everyone together.
 * @internal
 */
export function clientAddress(request: Request): string | undefined {
  const cloudflare = request.headers.get('CF-Connecting-IP')?.trim();
  const forwarded = request.headers.get('X-Forwarded-For')?.split(',')[0]?.trim();
  const address = cloudflare || forwarded;
  return address !== undefined && ADDRESS.test(address) ? address.toLowerCase() : undefined;
}
