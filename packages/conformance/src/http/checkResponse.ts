import { Problem } from '@parley/contract';
import { ConformanceFailure } from '../runner/ConformanceFailure';
import { schemaErrors } from '../runner/schemaErrors';
import { describeResult } from './describeResult';
import type { HttpResult } from './HttpResult';

// A frame of a JavaScript, Python, Java or .NET stack trace, also inside JSON strings (where newlines
// are escaped): `at fn (file.js:1:2)`, `at file:///app.js:3:4`, `Traceback (most recent call last)`.
const STACK_TRACE =
  /\bat (?:async )?[\w$.<>[\]]+ \([^()\s]*:\d+:\d+\)|\bat (?:file|node):\/*[^\s)]+:\d+:\d+|Traceback \(most recent call last\)|\bat [\w$.]+\([\w$]+\.(?:java|cs):\d+\)/;

/**
 * The rules every response of the contract follows, whatever was asked: no 5xx other than 503 (which
 * needs `Retry-After`), no stack traces, `Retry-After` on 429, and every error as an RFC 9457
 * `application/problem+json` body matching `Problem` whose `status` is the HTTP status.
 *
 * @throws ConformanceFailure naming the rule that was broken.
 * @internal
 */
export function checkResponse(result: HttpResult): void {
  const { request, status } = result;
  if (STACK_TRACE.test(result.text)) {
    throw new ConformanceFailure(
      'The body contains a stack trace; errors must not reveal server internals.',
      {
        request,
        expected: 'no stack trace in any body',
        actual: describeResult(result),
      },
    );
  }
  if (status >= 500 && status !== 503) {
    throw new ConformanceFailure(
      `The server failed with ${status}; the contract never calls for a 5xx here.`,
      {
        request,
        expected: 'a 2xx, 3xx or 4xx answer',
        actual: describeResult(result),
      },
    );
  }
  if ((status === 429 || status === 503) && !/^\d+$/.test(result.headers.get('Retry-After') ?? '')) {
    throw new ConformanceFailure(`A ${status} must carry Retry-After (whole seconds).`, {
      request,
      expected: 'Retry-After: <seconds>',
      actual: `Retry-After: ${result.headers.get('Retry-After') ?? '(missing)'}`,
    });
  }
  if (status < 400 || request.method === 'HEAD') return;
  if (result.contentType !== 'application/problem+json') {
    throw new ConformanceFailure(`The ${status} error is not application/problem+json.`, {
      request,
      expected: 'Content-Type: application/problem+json',
      actual: `Content-Type: ${result.headers.get('Content-Type') ?? '(missing)'}; ${describeResult(result)}`,
    });
  }
  const errors = schemaErrors(Problem, result.json);
  if (errors.length > 0) {
    throw new ConformanceFailure(`The ${status} error body is not a contract Problem.`, {
      request,
      expected: 'a Problem { title, status, code, detail?, errors? }',
      actual: describeResult(result),
      schemaErrors: errors,
    });
  }
  const bodyStatus = (result.json as Problem).status;
  if (bodyStatus !== status) {
    throw new ConformanceFailure('The problem body repeats another status than the HTTP status.', {
      request,
      expected: `status ${status} in the body`,
      actual: `status ${bodyStatus} in the body`,
    });
  }
}
