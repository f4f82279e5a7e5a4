/** One request as a test saw it. @internal */
export interface RecordedRequest {
  method: string;
  url: URL;
  headers: Headers;
  /** The request body as text (empty for GET). */
  body: string;
  /** The answer's status, or `undefined` when fetch threw. */
  status: number | undefined;
}

/**
 * A `fetch` that records every request and the status of its answer, passing it on to the global fetch of
 * call time (the one MSW intercepts).
 * @internal
 */
export function recordFetch(): { fetch: typeof fetch; requests: RecordedRequest[] } {
  const requests: RecordedRequest[] = [];
  return {
    requests,
    async fetch(input, init) {
      const request = new Request(input, init);
      const entry: RecordedRequest = {
        method: request.method,
        url: new URL(request.url),
        headers: request.headers,
        body: request.body ? await request.clone().text() : '',
        status: undefined,
      };
      requests.push(entry);
      const response = await globalThis.fetch(request);
      entry.status = response.status;
      return response;
    },
  };
}
