import type { SseFrame } from './SseFrame';

/** A push parser of the `text/event-stream` format. @internal */
export interface SseParser {
  /** Feeds decoded text (any chunking) and returns the events it completed. */
  push(text: string): SseFrame[];
}

function frame(id: string | undefined, event: string, dataLines: readonly string[]): SseFrame {
  const data = dataLines.join('\n');
  let json: unknown;
  try {
    json = JSON.parse(data);
  } catch {
    json = undefined;
  }
  return { id, event, data, json };
}

/**
 * Creates a parser of the `text/event-stream` format, following the HTML standard: lines end with CRLF,
 * LF or CR; `field: value` loses one leading space; comments (`:`) and unknown fields are ignored; a blank
 * line dispatches the event, unless it has no `data` line.
 *
 * @example
 * ```ts
 * const parser = createSseParser();
 * parser.push('id: 7\nevent: typing\ndata: {"a":1}\n\n'); // [{ id: '7', event: 'typing', ... }]
 * ```
 * @internal
 */
export function createSseParser(): SseParser {
  let buffer = '';
  let id: string | undefined;
  let event = '';
  let dataLines: string[] = [];
  let hasData = false;

  function line(text: string, out: SseFrame[]): void {
    if (text === '') {
      if (hasData) out.push(frame(id, event === '' ? 'message' : event, dataLines));
      id = undefined;
      event = '';
      dataLines = [];
      hasData = false;
      return;
    }
    if (text.startsWith(':')) return;
    const colon = text.indexOf(':');
    const field = colon === -1 ? text : text.slice(0, colon);
    let value = colon === -1 ? '' : text.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'data') {
      dataLines.push(value);
      hasData = true;
    } else if (field === 'event') {
      event = value;
    } else if (field === 'id' && !value.includes('\u0000')) {
      id = value;
    }
  }

  return {
    push(text) {
      buffer += text;
      const out: SseFrame[] = [];
      // A CR at the very end may be the first half of a CRLF: keep it until the next chunk.
      const pattern = /\r\n|\n|\r(?!$)/g;
      let start = 0;
      for (let match = pattern.exec(buffer); match !== null; match = pattern.exec(buffer)) {
        line(buffer.slice(start, match.index), out);
        start = match.index + match[0].length;
      }
      buffer = buffer.slice(start);
      return out;
    },
  };
}
