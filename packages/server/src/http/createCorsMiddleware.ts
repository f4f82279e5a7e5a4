import type { Context, MiddlewareHandler } from 'hono';

/** Options of {@link createCorsMiddleware}. @internal */
export interface CorsOptions {
  /**
   * The origins allowed to read the response to this request; `'*'` in the list allows any origin.
   * Called once per request (preflight included): before the route for a preflight, after it otherwise.
   */
  allowedOriginsFor(c: Context): Promise<readonly string[]>;
}

// The methods and request headers the contract uses; a preflight for anything else fails in the browser.
const ALLOW_METHODS = 'GET, HEAD, POST, PUT, PATCH, DELETE';
const ALLOW_HEADERS = 'Authorization, Content-Type, Idempotency-Key, If-None-Match, Last-Event-ID';
const EXPOSE_HEADERS = 'ETag, Retry-After, Location, Idempotent-Replayed, Content-Disposition, Server-Timing';

/** Accepts entries written as URLs (`https://shop.example/`) as well as bare origins. */
function normalise(entry: string): string {
  try {
    return new URL(entry).origin;
  } catch {
    return entry;
  }
}

function isAllowed(origin: string, allowed: readonly string[]): boolean {
  // `null` is the origin of sandboxed frames and file: pages; any page can produce it, so `*` must not
  // cover it. A widget that really wants it lists 'null' explicitly.
  if (origin === 'null') return allowed.includes('null');
  return allowed.some((entry) => entry === '*' || normalise(entry) === origin);
}

/**
 * CORS for the API: reflects the request's `Origin` when it is allowed (never `*`, so the answer is exact
 * per origin), answers preflight `OPTIONS` requests itself, and exposes `ETag` and `Retry-After`.
 * A refused origin gets the response without CORS headers, which the browser then withholds from the page.
 * Credentials (cookies) are never allowed: the contract authenticates with a bearer token.
 * @internal
 */
export function createCorsMiddleware(options: CorsOptions): MiddlewareHandler {
  return async (c, next) => {
    const origin = c.req.header('Origin');
    const isPreflight =
      c.req.method === 'OPTIONS' && c.req.header('Access-Control-Request-Method') !== undefined;
    if (isPreflight) {
      const allowed = origin !== undefined && isAllowed(origin, await options.allowedOriginsFor(c));
      const headers = new Headers({ Vary: 'Origin' });
      if (allowed) {
        headers.set('Access-Control-Allow-Origin', origin);
        headers.set('Access-Control-Allow-Methods', ALLOW_METHODS);
        headers.set('Access-Control-Allow-Headers', ALLOW_HEADERS);
        headers.set('Access-Control-Max-Age', '600');
      }
      return new Response(null, { status: 204, headers });
    }
    await next();
    // Asked after the route ran, so that a route which found the widget (from the session of a bearer
    // token, say) decides; the answer to an unknown token names no widget and holds nothing private.
    const allowed = origin !== undefined && isAllowed(origin, await options.allowedOriginsFor(c));
    // Even without an Origin: a shared cache must not hand this same-origin answer to a cross-origin page.
    c.res.headers.append('Vary', 'Origin');
    if (allowed) {
      c.res.headers.set('Access-Control-Allow-Origin', origin);
      c.res.headers.set('Access-Control-Expose-Headers', EXPOSE_HEADERS);
    }
  };
}
