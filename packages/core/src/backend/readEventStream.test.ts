import { describe, expect, it, vi } from 'vitest';
import { ParleyError } from '../errors/ParleyError';
import { type EventStreamCallbacks, type EventStreamMessage, readEventStream } from './readEventStream';

const encoder = new TextEncoder();

/** A stream that delivers `chunks` one by one (strings are UTF-8 encoded). */
function streamOf(chunks: (string | Uint8Array)[]): ReadableStream<Uint8Array> {
  const queue = chunks.map((chunk) => (typeof chunk === 'string' ? encoder.encode(chunk) : chunk));
  return new ReadableStream({
    pull(controller) {
      const next = queue.shift();
      if (next) controller.enqueue(next);
      else controller.close();
    },
  });
}

/** Everything the reader reported, in order. */
async function read(chunks: (string | Uint8Array)[], maxBuffered?: number) {
  const seen: unknown[] = [];
  const callbacks: EventStreamCallbacks = {
    onMessage: (message) => seen.push(message),
    onComment: (text) => seen.push({ comment: text }),
    onId: (id) => seen.push({ setId: id }),
    onRetry: (ms) => seen.push({ retry: ms }),
  };
  await readEventStream(streamOf(chunks), callbacks, { maxBuffered });
  return seen;
}

const message = (id: string, event: string, data: string): EventStreamMessage => ({ id, event, data });

// What the reference server sends: `retry`, the bare id of a live start, a heartbeat, then an event whose
// data holds non-ASCII text (so that byte splits can cut a UTF-8 character in two).
const engineFrames =
  'retry: 3000\n\nid: 41\n\n: heartbeat\n\nid: 42\nevent: message.created\ndata: {"text":"你好 ✓"}\n\n';
const engineSeen = [
  { retry: 3000 },
  { setId: '41' },
  { comment: 'heartbeat' },
  message('42', 'message.created', '{"text":"你好 ✓"}'),
];

describe('readEventStream', () => {
  it('reads the reference server’s framing', async () => {
    expect(await read([engineFrames])).toEqual(engineSeen);
  });

  it('reads the same whatever the chunk boundaries, even inside a UTF-8 character', async () => {
    const bytes = encoder.encode(engineFrames);
    for (let cut = 1; cut < bytes.length; cut++) {
      expect(await read([bytes.slice(0, cut), bytes.slice(cut)])).toEqual(engineSeen);
    }
    expect(await read(Array.from(bytes, (byte) => Uint8Array.of(byte)))).toEqual(engineSeen);
  });

  it.each([
    ['CRLF', '\r\n'],
    ['CR', '\r'],
  ])('accepts %s line endings, split across chunks too', async (_name, eol) => {
    const text = engineFrames.replaceAll('\n', eol);
    expect(await read([text])).toEqual(engineSeen);
    for (let cut = 1; cut < text.length; cut++) {
      expect(await read([text.slice(0, cut), text.slice(cut)])).toEqual(engineSeen);
    }
  });

  it('joins data lines with newlines and drops only one space after the colon', async () => {
    expect(await read(['data: first\ndata:second\ndata:  third\ndata\n\n'])).toEqual([
      message('', 'message', 'first\nsecond\n third\n'),
    ]);
  });

  it('keeps the last id for later events, resets the type after each, and reports id-only blocks', async () => {
    expect(await read(['id: 7\nevent: typing\ndata: a\n\ndata: b\n\nid\ndata: c\n\nid: 9\n\n'])).toEqual([
      message('7', 'typing', 'a'),
      message('7', 'message', 'b'),
      message('', 'message', 'c'),
      { setId: '9' },
    ]);
  });

  it('ignores an id with a NUL, unknown fields and a retry that is not a number', async () => {
    expect(await read(['id: 1\n\nid: 2\0\nretry: soon\nfoo: bar\ndata: x\n\nid: 3\0\n\n'])).toEqual([
      { setId: '1' },
      message('1', 'message', 'x'),
    ]);
  });

  it('dispatches nothing for a block without data, and drops an unfinished block at the end', async () => {
    expect(await read(['event: typing\n\ndata: unfinished'])).toEqual([]);
    expect(await read(['data: done\r'])).toEqual([]);
    expect(await read(['data: done\n\r'])).toEqual([message('', 'message', 'done')]);
  });

  it('drops a byte-order mark at the start', async () => {
    expect(await read([Uint8Array.of(0xef, 0xbb, 0xbf), 'data: x\n\n'])).toEqual([
      message('', 'message', 'x'),
    ]);
  });

  it('refuses a line longer than the limit as invalid_response', async () => {
    const error = await read(['data: ', 'x'.repeat(60), 'x'.repeat(60)], 100).catch(
      (reason: unknown) => reason,
    );
    expect(error).toBeInstanceOf(ParleyError);
    expect(error).toMatchObject({ code: 'invalid_response' });
  });

  it('refuses an event whose data lines add up past the limit', async () => {
    const lines = Array.from({ length: 20 }, () => `data: ${'x'.repeat(10)}\n`).join('');
    await expect(read([lines], 100)).rejects.toMatchObject({ code: 'invalid_response' });
  });

  it('stops reading when a callback throws, and rejects with its error', async () => {
    const boom = new Error('bad event');
    const pull = vi.fn();
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(encoder.encode('data: 1\n\n'));
      },
      pull,
    });
    const onMessage = vi.fn(() => {
      throw boom;
    });
    await expect(readEventStream(stream, { onMessage })).rejects.toBe(boom);
    expect(onMessage).toHaveBeenCalledTimes(1);
    expect(stream.locked).toBe(false);
  });

  it('resolves when its signal aborts, even while a read is pending on a stream that never ends', async () => {
    const controller = new AbortController();
    const stream = new ReadableStream<Uint8Array>({
      start(streamController) {
        streamController.enqueue(encoder.encode('data: 1\n\n'));
      },
    });
    const onMessage = vi.fn();
    const reading = readEventStream(stream, { onMessage }, { signal: controller.signal });
    await vi.waitFor(() => expect(onMessage).toHaveBeenCalledTimes(1));
    controller.abort();
    await expect(reading).resolves.toBeUndefined();
  });
});
