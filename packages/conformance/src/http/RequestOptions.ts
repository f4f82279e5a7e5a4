/** Options of one request made by a scenario. */
export interface RequestOptions {
  /** Sent as JSON, with `Content-Type: application/json` unless `headers` names another type. */
  body?: unknown;
  /** Sent as is (malformed JSON, multipart forms, huge bodies); give the `Content-Type` in `headers`. */
  rawBody?: BodyInit;
  /** Sent as `Authorization: Bearer <token>`. */
  token?: string;
  headers?: Readonly<Record<string, string>>;
  /** Added to the path's query; `undefined` values are left out. */
  query?: Readonly<Record<string, string | number | boolean | undefined>>;
}
