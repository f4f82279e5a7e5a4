import { describe, expect, it } from 'vitest';
import { createSseParser } from './createSseParser';

describe('createSseParser', () => {
  it('parses id, event and data, ignoring comments and the retry field', () => {
    const parser = createSseParser();
    const frames = parser.push('retry: 3000\n\n: heartbeat\n\nid: 7\nevent: typing\ndata: {"a":1}\n\n');
    expect(frames).toEqual([{ id: '7', event: 'typing', data: '{"a":1}', json: { a: 1 } }]);
  });

  it('joins data lines, defaults the event to message and keeps non-JSON data as text', () => {
    const parser = createSseParser();
    expect(parser.push('data: one\ndata:two\n\n')).toEqual([
      { id: undefined, event: 'message', data: 'one\ntwo', json: undefined },
    ]);
  });

  it('handles chunks split anywhere, and CRLF split between chunks', () => {
    const parser = createSseParser();
    const text = 'id: 1\r\nevent: reset\r\ndata: {"id":"1"}\r\n\r\n';
    const frames = [...text].flatMap((char) => parser.push(char));
    expect(frames).toEqual([{ id: '1', event: 'reset', data: '{"id":"1"}', json: { id: '1' } }]);
  });

  it('does not dispatch a block without data, such as a bare id line', () => {
    const parser = createSseParser();
    expect(parser.push('id: 42\n\n')).toEqual([]);
    expect(parser.push('data: x\n\n')[0]?.id).toBeUndefined();
  });
});
