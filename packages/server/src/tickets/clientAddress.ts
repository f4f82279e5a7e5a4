import type { EngineBindings } from '../app/Engine';

const ADDRESS = /^[0-9A-Fa-f:.]{2,45}$/;

/**
 * The client's IP address for rate limits. Behind a trusted reverse proxy (`trustProxy`), the proxy's
 * `CF-Connecting-IP` or the first (client-most) entry of `X-Forwarded-For`; otherwise the socket's address
 * that the host passed along ({@link EngineBindings}), because without a proxy those headers are whatever
 * the client chose to send. `undefined` when neither is known (as inside MSW) or the value is not an address.
 * @internal
 */
export function clientAddress(
  request: Request,
  bindings: EngineBindings | undefined,
  trustProxy: boolean,
): string | undefined {
  const fromProxy = trustProxy
    ? request.headers.get('CF-Connecting-IP')?.trim() ||
      request.headers.get('X-Forwarded-For')?.split(',')[0]?.trim()
    : undefined;
  const address = fromProxy || bindings?.clientAddress;
  return address !== undefined && ADDRESS.test(address) ? address.toLowerCase() : undefined;
}
