/** One Server-Sent Event as it arrived on the wire. */
export interface SseFrame {
  /** The `id:` field of this event; `undefined` when it had none. */
  id: string | undefined;
  /** The `event:` field; `message` when it had none (as in the HTML standard). */
  event: string;
  /** The `data:` lines joined with newlines. */
  data: string;
  /** `data` parsed as JSON; `undefined` when it is not JSON. */
  json: unknown;
}
