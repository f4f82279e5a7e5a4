/** A request as the report shows it: the method and the path with its query. */
export interface RequestLine {
  method: string;
  path: string;
}

/**
 * A response whose body has been read (within the scenario's time limit), so assertions never wait.
 */
export interface HttpResult {
  request: RequestLine;
  status: number;
  headers: Headers;
  /** The body as bytes. */
  bytes: Uint8Array;
  /** The body decoded as UTF-8 (invalid bytes replaced). */
  text: string;
  /** The parsed body when it is JSON (by content type, or when it parses); otherwise `undefined`. */
  json: unknown;
  /** The media type without parameters, lower case (`application/problem+json`); `''` when missing. */
  contentType: string;
}
