import type { ScenarioResult } from '../runner/ScenarioResult';

/**
 * The details of a failed scenario as indented lines: the reason, the request that failed, what was
 * expected and what came back, and the first schema errors.
 *
 * @example
 * ```text
 * Expected a 404 problem with code ticket_not_found.
 *   request:  POST /v1/tickets/lookup
 *   expected: status 404, code ticket_not_found
 *   actual:   status 500, code internal (The server could not answer this request.)
 * ```
 */
export function formatFailure(result: ScenarioResult, indent = ''): string {
  const lines = [`${indent}${result.reason ?? 'Failed.'}`];
  const failure = result.failure ?? {};
  if (failure.request !== undefined) {
    lines.push(`${indent}  request:  ${failure.request.method} ${failure.request.path}`);
  }
  if (failure.expected !== undefined) lines.push(`${indent}  expected: ${failure.expected}`);
  if (failure.actual !== undefined) lines.push(`${indent}  actual:   ${failure.actual}`);
  for (const [index, error] of (failure.schemaErrors ?? []).entries()) {
    lines.push(`${indent}  ${index === 0 ? 'schema:  ' : '         '} ${error}`);
  }
  return lines.join('\n');
}
