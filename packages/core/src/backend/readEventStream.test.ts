import { describe, expect, it, vi } from 'vitest';
import { ParleyError } from '../errors/ParleyError';
import { readEventStream } from './readEventStream';

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

/** Everything the reader reported, in order: `{ data }`, `{ id }` of an id-only block, or `'comment'`. */
async function read(chunks: (string | Uint8Array)[], maxBuffered?: number) {
  const seen: unknown[] = [];
  await readEventStream(
    streamOf(chunks),
    (...args) => {
      const [data, id] = args;
      seen.push(args.length === 0 ? 'comment' : data === undefined ? { id } : { data });
    },
    undefined,
    maxBuffered,
  );
  return seen;
}

// What the reference server sends: `retry`, the bare id of a live start, a heartbeat, then an event whose
// data holds non-ASCII text (so that byte splits can cut a UTF-8 character in two).
const engineFrames =
  'retry: 3000\n\nid: 41\n\n: heartbeat\n\nid: 42\nevent: message.created\ndata: {"text":"你好 ✓"}\n\n';
const engineSeen = [{ id: '41' }, 'comment', { data: '{"text":"你好 ✓"}' }];

describe('readEventStream', () => {
  it('reads the reference server’s framing, ignoring retry and event', async () => {
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
      { data: 'first\nsecond\n third\n' },
    ]);
  });

  it('reports the id of an id-only block, and only the data of a block with both', async () => {
    expect(await read(['id: 7\nevent: typing\ndata: a\n\ndata: b\n\nid: 9\n\nid\n\n'])).toEqual([
      { data: 'a' },
      { data: 'b' },
      { id: '9' },
      { id: '' },
    ]);
  });

  it('ignores an id with a NUL and unknown fields', async () => {
    expect(await read(['id: 1\n\nid: 2\0\nfoo: bar\ndata: x\n\nid: 3\0\n\n'])).toEqual([
      { id: '1' },
      { data: 'x' },
    ]);
  });

  it('dispatches nothing for a block without data or id, and drops an unfinished block at the end', async () => {
    expect(await read(['event: typing\n\ndata: unfinished'])).toEqual([]);
    expect(await read(['data: done\r'])).toEqual([]);
    expect(await read(['data: done\n\r'])).toEqual([{ data: 'done' }]);
  });

  it('drops a byte-order mark at the start', async () => {
    expect(await read([Uint8Array.of(0xef, 0xbb, 0xbf), 'data: x\n\n'])).toEqual([{ data: 'x' }]);
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
    // Under the limit, the same lines are one event.
    expect(await read([`${lines}\n`], 1000)).toHaveLength(1);
  });

  it('stops reading when the callback throws: rejects with its error and cancels the stream', async () => {
    const boom = new Error('bad event');
    const cancel = vi.fn();
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(encoder.encode('data: 1\n\ndata: 2\n\n'));
      },
      cancel,
    });
    const on = vi.fn(() => {
      throw boom;
    });
    await expect(readEventStream(stream, on)).rejects.toBe(boom);
    expect(on).toHaveBeenCalledTimes(1);
    expect(cancel).toHaveBeenCalled();
  });

  it('resolves when its signal aborts, even while a read is pending on a stream that never ends', async () => {
    const controller = new AbortController();
    const stream = new ReadableStream<Uint8Array>({
      start(streamController) {
        streamController.enqueue(encoder.encode('data: 1\n\n'));
      },
    });
    const on = vi.fn();
    const reading = readEventStream(stream, on, controller.signal);
    await vi.waitFor(() => expect(on).toHaveBeenCalledTimes(1));
    controller.abort();
    await expect(reading).resolves.toBeUndefined();
  });
});
