// Bytes on the wire for one page of `npm run bench:embed`, from the DevTools protocol's Network domain:
// the sum of `encodedDataLength` (headers and body as received, compressed) of every finished request.

/** Requests open longer than this (an event stream, a long poll) do not keep the page from being quiet. */
const LONG_LIVED_MS = 5_000;

/**
 * Starts counting on a CDP session (call before the page navigates).
 *
 * @param {import('playwright-core').CDPSession} cdp the page's session.
 * @returns {Promise<{ bytes(): number; requests(): number; waitForQuiet(quietMs: number, limitMs: number): Promise<boolean> }>}
 *   `waitForQuiet` resolves once no request has started or ended for `quietMs` (true), or after `limitMs`
 *   in all (false).
 */
export async function trackNetwork(cdp) {
  const inFlight = new Map();
  const seen = new Set();
  let bytes = 0;
  let lastActivity = Date.now();
  cdp.on('Network.requestWillBeSent', ({ requestId, request }) => {
    if (request.url.startsWith('data:')) return;
    // A redirect is sent under the same id: one request.
    seen.add(requestId);
    inFlight.set(requestId, Date.now());
    lastActivity = Date.now();
  });
  cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
    if (!seen.has(requestId)) return;
    bytes += encodedDataLength;
    inFlight.delete(requestId);
    lastActivity = Date.now();
  });
  cdp.on('Network.loadingFailed', ({ requestId }) => {
    inFlight.delete(requestId);
    lastActivity = Date.now();
  });
  await cdp.send('Network.enable');

  const isQuiet = (quietMs) => {
    const now = Date.now();
    for (const since of inFlight.values()) if (now - since < LONG_LIVED_MS) return false;
    return now - lastActivity >= quietMs;
  };
  return {
    bytes: () => bytes,
    requests: () => seen.size,
    async waitForQuiet(quietMs, limitMs) {
      const deadline = Date.now() + limitMs;
      while (!isQuiet(quietMs)) {
        if (Date.now() > deadline) return false;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return true;
    },
  };
}
