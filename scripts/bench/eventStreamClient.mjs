// A small Server-Sent Events reader over node:http (one socket per stream, no keep-alive), enough for
// `GET /v1/events`: it parses `id:`/`event:`/`data:` blocks and timestamps each chunk as it arrives.
import http from 'node:http';
import { performance } from 'node:perf_hooks';

function parseBlock(block) {
  const frame = {};
  for (const line of block.split('\n')) {
    if (line === '' || line.startsWith(':')) continue;
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    const value = colon === -1 ? '' : line.slice(colon + 1).replace(/^ /, '');
    if (field === 'data') frame.data = frame.data === undefined ? value : `${frame.data}\n${value}`;
    else if (field === 'id' || field === 'event' || field === 'retry') frame[field] = value;
  }
  return frame;
}

/**
 * Opens `GET <baseUrl>/v1/events` with the session token.
 * @param onEvent - Called with `(event, receivedAt)` for every block with data (`receivedAt`:
 *   `performance.now()` when its chunk arrived); `event` is the parsed JSON, or `undefined` when the data
 *   was not JSON.
 * @returns `{ ready, close(), endedEarly }`: `ready` resolves with the arrival time of the first bare
 *   `id:` block (the stream is live from then on) and rejects when the stream cannot open; `endedEarly` is
 *   set to the reason when the stream ends before `close()`.
 */
export function openEventStream(baseUrl, token, agent, onEvent) {
  let resolveReady;
  let rejectReady;
  const ready = new Promise((resolve, reject) => {
    resolveReady = resolve;
    rejectReady = reject;
  });
  // A stream that fails after it was ready has nobody waiting on `ready`.
  ready.catch(() => {});
  let isReady = false;
  let closed = false;
  const stream = {
    ready,
    endedEarly: undefined,
    close() {
      closed = true;
      request.destroy();
    },
  };
  const ended = (reason) => {
    if (!isReady) rejectReady(new Error(reason));
    if (!closed && stream.endedEarly === undefined) stream.endedEarly = reason;
  };

  const request = http.get(new URL('/v1/events', baseUrl), {
    agent,
    headers: { Authorization: `Bearer ${token}`, Accept: 'text/event-stream' },
  });
  request.on('error', (error) => ended(error.message));
  request.on('response', (response) => {
    if (response.statusCode !== 200) {
      ended(`GET /v1/events answered ${response.statusCode}`);
      response.resume();
      return;
    }
    let buffer = '';
    response.setEncoding('utf8');
    response.on('data', (chunk) => {
      const receivedAt = performance.now();
      buffer += chunk;
      for (let boundary = buffer.indexOf('\n\n'); boundary !== -1; boundary = buffer.indexOf('\n\n')) {
        const frame = parseBlock(buffer.slice(0, boundary));
        buffer = buffer.slice(boundary + 2);
        if (!isReady && frame.id !== undefined && frame.data === undefined) {
          isReady = true;
          resolveReady(receivedAt);
        }
        if (frame.data === undefined) continue;
        let event;
        try {
          event = JSON.parse(frame.data);
        } catch {
          event = undefined;
        }
        onEvent(event, receivedAt);
      }
    });
    response.on('end', () => ended('the server ended the stream'));
    response.on('error', (error) => ended(error.message));
    response.on('close', () => ended('the connection closed'));
  });
  return stream;
}
