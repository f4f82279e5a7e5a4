/**
 * An RFC 9457 problem, as the contract sends it: the standard members plus a stable machine `code`.
 */
export interface ProblemDetails {
  /** HTTP status code, repeated in the body for clients that lose the status line. */
  status: number;
  /**
   * Stable machine code in snake_case (`widget_not_found`, `invalid_request`...). Clients branch on it;
   * the `type` URI is derived from it.
   */
  code: string;
  /** Short summary that does not change between occurrences, such as `Unknown widget key`. */
  title: string;
  /** What went wrong this time, for a developer reading the response. Never a stack trace. */
  detail?: string;
  /** One entry per invalid field, for `validation_failed`. */
  errors?: readonly { pointer: string; detail: string }[];
  /** For 429 and 503: also sent as the `Retry-After` header. */
  retryAfterSeconds?: number;
}

/**
 * Builds an `application/problem+json` response.
 *
 * @param details - The problem; `type` becomes `https://parley.dev/problems/<code with dashes>`.
 * @param headers - Extra headers, such as `Allow` on a 405 or `Retry-After` on a 429.
 * @example
 * ```ts
 * return problem({ status: 404, code: 'widget_not_found', title: 'Unknown widget key', detail: '...' });
 * ```
 */
export function problem(details: ProblemDetails, headers?: Record<string, string>): Response {
  const body = {
    type: `https://parley.dev/problems/${details.code.replaceAll('_', '-')}`,
    title: details.title,
    status: details.status,
    ...(details.detail === undefined ? {} : { detail: details.detail }),
    code: details.code,
    ...(details.errors === undefined ? {} : { errors: details.errors }),
    ...(details.retryAfterSeconds === undefined ? {} : { retryAfterSeconds: details.retryAfterSeconds }),
  };
  const retryAfter =
    details.retryAfterSeconds === undefined ? {} : { 'Retry-After': String(details.retryAfterSeconds) };
  return new Response(JSON.stringify(body), {
    status: details.status,
    headers: { ...headers, ...retryAfter, 'Content-Type': 'application/problem+json' },
  });
}
