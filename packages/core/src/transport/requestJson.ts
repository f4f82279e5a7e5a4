import type { GenericSchema, InferOutput } from 'valibot';
import { safeParse } from 'valibot';
import { ParleyError } from '../errors/ParleyError';
import { codeForStatus } from './codeForStatus';
import { parseRetryAfter } from './parseRetryAfter';

/**
 * How the client reaches the backend. Every environment dependency is injected or looked up at
 * call time, so a host page that replaces `window.fetch` later is honoured and nothing is captured
 * at import.
 * @internal
 */
export interface TransportOptions {
  baseUrl: string;
  fetch?: typeof fetch | undefined;
  timeoutMs: number;
}

/** @internal */
export interface JsonRequest<TSchema extends GenericSchema> {
  path: string;
  query?: Record<string, string | undefined>;
  schema: TSchema;
  signal?: AbortSignal | undefined;
}

/** Largest error body we read; a hostile backend cannot make us buffer more for an error message. */
const MAX_ERROR_BODY_CHARS = 4096;

/** Builds `<baseUrl>/v1<path>?query`, tolerating a trailing slash on the base URL. */
export function buildUrl(
  baseUrl: string,
  path: string,
  query: Record<string, string | undefined> = {},
): string {
  const url = new URL(`${baseUrl.replace(/\/+$/, '')}/v1${path}`);
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined) url.searchParams.set(name, value);
  }
  return url.toString();
}

/**
 * GETs a contract endpoint and returns its body validated by `schema`.
 * Every failure becomes a {@link ParleyError}; nothing unvalidated reaches the caller.
 * @internal
 */
export async function requestJson<TSchema extends GenericSchema>(
  transport: TransportOptions,
  request: JsonRequest<TSchema>,
): Promise<InferOutput<TSchema>> {
  const fetchImpl = transport.fetch ?? globalThis.fetch;
  if (typeof fetchImpl !== 'function') {
    throw new ParleyError('network', 'No fetch implementation is available; pass one as `fetch`.');
  }
  const url = buildUrl(transport.baseUrl, request.path, request.query);
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, transport.timeoutMs);
  const onCallerAbort = () => controller.abort();
  request.signal?.addEventListener('abort', onCallerAbort, { once: true });
  if (request.signal?.aborted) controller.abort();

  try {
    let response: Response;
    try {
      response = await fetchImpl(url, {
        method: 'GET',
        headers: { accept: 'application/json' },
        signal: controller.signal,
      });
    } catch (cause) {
      if (timedOut)
        throw new ParleyError('timeout', `No answer from ${url} within ${transport.timeoutMs} ms.`, {
          cause,
        });
      if (request.signal?.aborted) throw new ParleyError('aborted', 'The request was cancelled.', { cause });
      throw new ParleyError('network', `Could not reach ${url}.`, { cause });
    }

    if (!response.ok) throw await errorFromResponse(response, url);

    let body: unknown;
    try {
      body = await response.json();
    } catch (cause) {
      if (timedOut)
        throw new ParleyError(
          'timeout',
          `The answer from ${url} did not finish within ${transport.timeoutMs} ms.`,
          { cause },
        );
      throw new ParleyError('invalid_response', `The backend's answer to ${url} is not JSON.`, {
        status: response.status,
        cause,
      });
    }
    const result = safeParse(request.schema, body);
    if (!result.success) {
      const issue = result.issues[0];
      const where = issue.path?.map((item) => String(item.key)).join('.') || '(root)';
      throw new ParleyError(
        'invalid_response',
        `The backend's answer to ${url} is malformed at ${where}: ${issue.message}`,
        {
          status: response.status,
          cause: result.issues,
        },
      );
    }
    return result.output;
  } finally {
    clearTimeout(timer);
    request.signal?.removeEventListener('abort', onCallerAbort);
  }
}

/** Turns a non-2xx response into a ParleyError, reading an RFC 9457 problem body when there is one. */
async function errorFromResponse(response: Response, url: string): Promise<ParleyError> {
  const status = response.status;
  let detail: string | undefined;
  let problemCode: string | undefined;
  try {
    const text = (await response.text()).slice(0, MAX_ERROR_BODY_CHARS);
    const problem: unknown = JSON.parse(text);
    if (problem && typeof problem === 'object') {
      const { detail: d, title, code } = problem as Record<string, unknown>;
      if (typeof d === 'string') detail = d;
      else if (typeof title === 'string') detail = title;
      if (typeof code === 'string') problemCode = code;
    }
  } catch {
    // Not a problem+json body (an HTML error page, a proxy's text): the status alone decides.
  }
  return new ParleyError(codeForStatus(status), detail ?? `The backend answered ${status} to ${url}.`, {
    status,
    problemCode,
    ...(status === 429 || status === 503
      ? { retryAfterMs: parseRetryAfter(response.headers.get('retry-after'), Date.now()) }
      : {}),
  });
}
