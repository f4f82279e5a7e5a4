import type { RequestLine } from '../http/HttpResult';
import type { SseFrame } from './SseFrame';

/**
 * An open `text/event-stream` response, read as it arrives. Every wait is bounded; the runner closes the
 * stream when the scenario ends, whatever happened.
 */
export interface EventStream {
  request: RequestLine;
  status: number;
  headers: Headers;
  /** Every event received so far, in order. */
  readonly received: readonly SseFrame[];
  /**
   * The next event not yet returned by `next` or `waitFor`; `undefined` when the stream ended or nothing
   * came within `timeoutMs`.
   */
  next(timeoutMs?: number): Promise<SseFrame | undefined>;
  /**
   * Reads until an event matches; fails the scenario (listing what did arrive) when the stream ends or
   * `timeoutMs` passes first. Events read on the way are consumed.
   * @param what - Describes the awaited event for the report, e.g. `message.created for "hello"`.
   */
  waitFor(what: string, match: (frame: SseFrame) => boolean, timeoutMs?: number): Promise<SseFrame>;
  /** Aborts the request. Safe to call twice. */
  close(): void;
}
