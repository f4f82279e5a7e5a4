import { ParleyError } from '../errors/ParleyError';

/** One event of a Server-Sent Events stream. @internal */
export interface EventStreamMessage {
  /** The stream's last event id (`id:`), kept from earlier blocks when this one sets none. */
  id: string;
  /** `event:`, or `message` when the block names none. */
  event: string;
  /** The block's `data:` lines, joined with newlines. */
  data: string;
}

/** What {@link readEventStream} reports, in stream order. @internal */
export interface EventStreamCallbacks {
  /** A block with data. A throw stops the reading and rejects {@link readEventStream} with it. */
  onMessage(message: EventStreamMessage): void;
  /** A comment line (`: heartbeat`), without its colon and first space. */
  onComment?(text: string): void;
  /**
   * A block that set an id but carried no data, so dispatches no message (the reference server starts a
   * live stream with one): the id to resume after. Ids of blocks with data arrive in their message.
   */
  onId?(id: string): void;
  /** A `retry:` line: the reconnection delay the server asks for, in milliseconds. */
  onRetry?(ms: number): void;
}

/** Options of {@link readEventStream}. @internal */
export interface ReadEventStreamOptions {
  /** Stops the reading: the promise then resolves. */
  signal?: AbortSignal | undefined;
  /** Longest line or event to buffer, in characters. @default 1 MiB */
  maxBuffered?: number | undefined;
}

/** Longest line or event we buffer: a stream that sends more without a break is refused. */
const MAX_BUFFERED = 1 << 20;

/**
 * Reads a `text/event-stream` body incrementally, as the HTML standard parses it: lines end with CRLF, LF
 * or CR (even when a chunk boundary splits a CRLF or a UTF-8 character), `data:` lines join with newlines,
 * one space after the colon is dropped, comments and `retry:` are reported, and a block without data only
 * updates the id (reported by `onId`). Resolves when the stream ends (an unfinished block is dropped);
 * rejects with `invalid_response` when a line or an event grows past 1 MiB. Aborting `signal` cancels the
 * reading.
 * @internal
 */
export async function readEventStream(
  stream: ReadableStream<Uint8Array>,
  callbacks: EventStreamCallbacks,
  { signal, maxBuffered = MAX_BUFFERED }: ReadEventStreamOptions = {},
): Promise<void> {
  const reader = stream.getReader();
  // Some fetch implementations (MSW's among them) do not end the body when the request is aborted: cancel
  // the reading too, which ends a pending read at once.
  const stop = () => {
    reader.cancel().catch(() => {});
  };
  if (signal?.aborted) stop();
  signal?.addEventListener('abort', stop);
  const decoder = new TextDecoder(); // Drops a leading byte-order mark, as the standard asks.
  const tooLong = () =>
    new ParleyError(
      'invalid_response',
      `An event stream line or event is longer than ${maxBuffered} characters.`,
    );
  let buffer = '';
  let id = '';
  let event = '';
  let data: string[] = [];
  let size = 0;
  let blockSetId = false;

  const line = (text: string): void => {
    if (text === '') {
      if (data.length > 0) callbacks.onMessage({ id, event: event || 'message', data: data.join('\n') });
      else if (blockSetId) callbacks.onId?.(id);
      blockSetId = false;
      data = [];
      event = '';
      size = 0;
      return;
    }
    const colon = text.indexOf(':');
    if (colon === 0) {
      callbacks.onComment?.(text.slice(text[1] === ' ' ? 2 : 1));
      return;
    }
    const field = colon < 0 ? text : text.slice(0, colon);
    const value = colon < 0 ? '' : text.slice(text[colon + 1] === ' ' ? colon + 2 : colon + 1);
    if (field === 'data') {
      size += value.length + 1;
      if (size > maxBuffered) throw tooLong();
      data.push(value);
    } else if (field === 'event') {
      event = value;
    } else if (field === 'id') {
      if (!value.includes('\0')) {
        id = value;
        blockSetId = true;
      }
    } else if (field === 'retry') {
      if (/^\d+$/.test(value)) callbacks.onRetry?.(Number(value));
    }
  };

  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) {
        // A final CR waited for a possible LF that never came: it still ended its line.
        if (buffer.endsWith('\r')) line(buffer.slice(0, -1));
        return;
      }
      buffer += decoder.decode(value, { stream: true });
      const breaks = /\r\n|\r|\n/g;
      let start = 0;
      for (let match = breaks.exec(buffer); match; match = breaks.exec(buffer)) {
        // A CR at the very end may be the first half of a CRLF split across chunks: wait for the next one.
        if (match[0] === '\r' && breaks.lastIndex === buffer.length) break;
        line(buffer.slice(start, match.index));
        start = breaks.lastIndex;
      }
      buffer = buffer.slice(start);
      if (buffer.length > maxBuffered) throw tooLong();
    }
  } finally {
    signal?.removeEventListener('abort', stop);
    reader.releaseLock();
  }
}
