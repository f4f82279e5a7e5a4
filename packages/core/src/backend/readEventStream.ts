import { ParleyError } from '../errors/ParleyError';

/**
 * Reads a `text/event-stream` body incrementally, as the HTML standard parses it, and reports each block
 * to `on`: `on(data)` for a block with data (its `data:` lines joined with newlines), `on(undefined, id)`
 * for a block that only set an id (the reference server starts a live stream with one: where to resume),
 * and `on()` for a comment (`: heartbeat`). Lines end with CRLF, LF or CR, even when a chunk boundary
 * splits a CRLF or a UTF-8 character; one space after the colon is dropped; `event:`, `retry:` and
 * unknown fields are ignored (an event carries its type in its JSON).
 *
 * Resolves when the stream ends (an unfinished block is dropped) or `signal` aborts; rejects with what
 * `on` throws, or with `invalid_response` when a line or an event grows past `maxBuffered` characters.
 * The stream is cancelled either way.
 * @internal
 */
export async function readEventStream(
  stream: ReadableStream<Uint8Array>,
  on: (data?: string, id?: string) => void,
  signal?: AbortSignal,
  maxBuffered = 1 << 20,
): Promise<void> {
  const reader = stream.getReader();
  // Some fetch implementations (MSW's among them) do not end the body when the request is aborted:
  // cancelling ends a pending read at once.
  const stop = () => {
    reader.cancel().catch(() => {});
  };
  signal?.addEventListener('abort', stop);
  if (signal?.aborted) stop();
  const decoder = new TextDecoder(); // Drops a leading byte-order mark, as the standard asks.
  let buffer = '';
  let data: string | undefined;
  let id: string | undefined;
  try {
    for (let done: boolean | undefined; !done; ) {
      const chunk = await reader.read();
      done = chunk.done;
      // A CR at the very end may be half of a CRLF split across chunks: it waits for the next one, or for
      // the end, which ends the last line.
      const lines = `${buffer}${decoder.decode(chunk.value, { stream: !done })}${done ? '\n' : ''}`.split(
        /\r\n|\r(?!$)|\n/,
      );
      buffer = lines.pop() as string;
      for (const line of lines) {
        // Without a colon the whole line is the field name and the value is empty.
        const [, field, value] = /([^:]*):? ?(.*)/s.exec(line) as RegExpExecArray & [string, string, string];
        if (!line) {
          if (data != null) on(data);
          else if (id != null) on(undefined, id);
          data = id = undefined;
        } else if (!field) on();
        else if (field === 'data') data = data == null ? value : `${data}\n${value}`;
        else if (field === 'id' && !value.includes('\0')) id = value;
      }
      // Checked once per chunk: a line or an event exceeds the limit by at most one chunk.
      if (buffer.length + (data?.length ?? 0) > maxBuffered) {
        throw new ParleyError('invalid_response', 'Event too long.');
      }
    }
  } finally {
    stop();
  }
}
