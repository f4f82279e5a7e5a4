import type { RequestLine } from '../http/HttpResult';
import { ConformanceFailure } from '../runner/ConformanceFailure';
import { createSseParser } from './createSseParser';
import type { EventStream } from './EventStream';
import type { SseFrame } from './SseFrame';

/** Options of {@link openEventStream}. @internal */
export interface OpenEventStreamOptions {
  request: RequestLine;
  response: Response;
  /** Aborts the underlying request. */
  abort(): void;
  /** Default wait of `next` and `waitFor`. */
  defaultWaitMs: number;
}

function summary(frames: readonly SseFrame[]): string {
  if (frames.length === 0) return 'no event';
  const shown = frames.slice(-8).map((frame) => `${frame.event}#${frame.id ?? '?'}`);
  return `${frames.length} event(s): ${frames.length > 8 ? '…, ' : ''}${shown.join(', ')}`;
}

/**
 * Wraps a streaming response in an {@link EventStream}: decodes and parses chunks as they arrive and
 * hands events out one at a time, each wait bounded by a timer.
 * @internal
 */
export function openEventStream({
  request,
  response,
  abort,
  defaultWaitMs,
}: OpenEventStreamOptions): EventStream {
  const parser = createSseParser();
  const decoder = new TextDecoder();
  const received: SseFrame[] = [];
  let consumed = 0;
  let ended = false;
  let closed = false;
  let wake: (() => void) | undefined;
  const reader = response.body?.getReader();

  const notify = () => {
    const resolve = wake;
    wake = undefined;
    resolve?.();
  };

  // Reads in the background; `next` waits for this loop to add events or end.
  void (async () => {
    try {
      while (reader !== undefined) {
        const { done, value } = await reader.read();
        if (done) break;
        received.push(...parser.push(decoder.decode(value, { stream: true })));
        notify();
      }
    } catch {
      // Aborted or the connection broke: the stream simply ends.
    } finally {
      ended = true;
      notify();
    }
  })();

  async function next(timeoutMs = defaultWaitMs): Promise<SseFrame | undefined> {
    const deadline = Date.now() + timeoutMs;
    while (consumed >= received.length) {
      const left = deadline - Date.now();
      if (ended || closed || left <= 0) return undefined;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
    const frame = received[consumed];
    consumed += 1;
    return frame;
  }

  return {
    request,
    status: response.status,
    headers: response.headers,
    received,
    next,
    async waitFor(what, match, timeoutMs = defaultWaitMs) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const frame = await next(Math.max(0, deadline - Date.now()));
        if (frame !== undefined && match(frame)) return frame;
        if (frame === undefined) {
          const why = ended ? 'the stream ended' : `nothing matched within ${timeoutMs} ms`;
          throw new ConformanceFailure(`Waited for ${what} on the event stream, but ${why}.`, {
            request,
            expected: what,
            actual: summary(received),
          });
        }
      }
    },
    close() {
      if (closed) return;
      closed = true;
      notify();
      reader?.cancel().catch(() => {});
      abort();
    },
  };
}
