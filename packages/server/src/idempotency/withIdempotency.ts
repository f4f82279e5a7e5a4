import type { Engine } from '../app/Engine';
import { problem } from '../http/problem';
import { sha256Hex } from '../security/sha256Hex';

/** How long a key is remembered. @internal */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;

const inFlightByEngine = new WeakMap<Engine, Set<string>>();

// Answers worth replaying: successes and client errors that the same request would get again. A 409 or
// 429 depends on timing and a 5xx on the server's health, so those are not remembered.
function isReplayable(status: number): boolean {
  return status < 500 && status !== 409 && status !== 429;
}

/** What {@link withIdempotency} needs to know about the request. @internal */
export interface IdempotentRequest {
  /** Whose keys these are: the contact id for sessions, `agent` for the agent API. */
  scope: string;
  request: Request;
  /** The raw body, part of the fingerprint. */
  bodyText: string;
}

/**
 * Runs a creating request under the contract's `Idempotency-Key` rules. Without the header the request
 * simply runs. With it: the same key and the same method, path and body replay the first answer (with
 * `Idempotent-Replayed: true`); the same key with another request is 422 `idempotency_key_reused`; a key
 * whose first request is still running is 409 `idempotency_key_in_flight`. Keys live 24 hours.
 * @internal
 */
export async function withIdempotency(
  engine: Engine,
  { scope, request, bodyText }: IdempotentRequest,
  run: () => Promise<Response>,
): Promise<Response> {
  const key = request.headers.get('Idempotency-Key');
  if (key === null) return run();
  if (!/^[\x21-\x7e]{1,255}$/.test(key)) {
    return problem({
      status: 400,
      code: 'invalid_idempotency_key',
      title: 'Invalid Idempotency-Key',
      detail: 'The Idempotency-Key must be 1 to 255 visible ASCII characters.',
    });
  }
  const url = new URL(request.url);
  const fingerprint = await sha256Hex(`${request.method} ${url.pathname}\n${bodyText}`);
  const slot = `${scope}\u0000${key}`;
  let inFlight = inFlightByEngine.get(engine);
  if (inFlight === undefined) {
    inFlight = new Set();
    inFlightByEngine.set(engine, inFlight);
  }
  if (inFlight.has(slot)) {
    return problem({
      status: 409,
      code: 'idempotency_key_in_flight',
      title: 'Request in progress',
      detail: 'A request with this Idempotency-Key is still being processed. Retry shortly.',
      retryAfterSeconds: 1,
    });
  }
  const now = engine.now();
  const previous = await engine.store.idempotency.find(scope, key);
  if (previous !== undefined && previous.createdAt > now - IDEMPOTENCY_TTL_MS) {
    if (previous.fingerprint !== fingerprint) {
      return problem({
        status: 422,
        code: 'idempotency_key_reused',
        title: 'Idempotency-Key reused',
        detail: 'This Idempotency-Key was already used with a different request.',
      });
    }
    return new Response(previous.body, {
      status: previous.status,
      headers: { ...previous.headers, 'Idempotent-Replayed': 'true' },
    });
  }
  inFlight.add(slot);
  try {
    const response = await run();
    if (isReplayable(response.status)) {
      const body = await response.clone().text();
      const headers: Record<string, string> = {};
      for (const name of ['Content-Type', 'Location']) {
        const value = response.headers.get(name);
        if (value !== null) headers[name] = value;
      }
      await engine.store.idempotency.save({
        scope,
        key,
        fingerprint,
        status: response.status,
        headers,
        body,
        createdAt: now,
      });
    }
    return response;
  } finally {
    inFlight.delete(slot);
  }
}
