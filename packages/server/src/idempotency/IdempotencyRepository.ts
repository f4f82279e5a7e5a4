/** A finished request remembered under its Idempotency-Key. @internal */
export interface IdempotencyRecord {
  /** Whose key it is (a contact id, or `agent`): keys of different callers never collide. */
  scope: string;
  key: string;
  /** SHA-256 of method, path and body: "the same request". */
  fingerprint: string;
  status: number;
  /** Response headers worth replaying (Content-Type, Location). */
  headers: Record<string, string>;
  body: string;
  /** Epoch milliseconds. */
  createdAt: number;
}

/** Storage of idempotency records. @internal */
export interface IdempotencyRepository {
  find(scope: string, key: string): Promise<IdempotencyRecord | undefined>;
  save(record: IdempotencyRecord): Promise<void>;
  /** Forgets records created before `before` (epoch ms). */
  deleteOlderThan(before: number): Promise<void>;
}
