import type { ParleyError } from '@parley/core';
import { chatwootError } from '../errors/chatwootError';

/** One broadcast of Chatwoot's RoomChannel: `{ event: 'message.created', data: {...} }`. @internal */
export interface CableBroadcast {
  event: string;
  data: unknown;
}

/** What {@link openCable} needs. @internal */
export interface CableOptions {
  /** `wss://chatwoot.example.com/cable`. */
  url: string;
  /** The constructor to use; `globalThis.WebSocket` when undefined, looked up at each call. */
  WebSocket: typeof WebSocket | undefined;
  /** The contact's room. */
  pubsubToken: string;
  /** Without any frame (Chatwoot pings every 3 s) this long, the connection is dead. */
  pingTimeoutMs: number;
  /** Closes the connection; the promise then resolves. */
  signal: AbortSignal | undefined;
  /** Subscribed to the room: broadcasts will come. */
  onOpen(): void;
  /** Any frame arrived (a ping, most often). */
  onActivity(): void;
  onBroadcast(broadcast: CableBroadcast): void;
}

/**
 * Holds one ActionCable connection subscribed to Chatwoot's `RoomChannel` with the contact's pubsub token,
 * and resolves when it ends: closed by Chatwoot after the subscription, or by `signal`. Rejects with a
 * {@link ParleyError}: `network` when it closes before the subscription, `unauthorized` when Chatwoot refuses
 * the room (an unknown pubsub token) or disconnects as unauthorized, `timeout` when nothing (not even a ping)
 * arrives for `pingTimeoutMs`. Reconnecting, with backoff, is the caller's (core's realtime feed).
 * @internal
 */
export function openCable(options: CableOptions): Promise<void> {
  const { signal } = options;
  const identifier = JSON.stringify({ channel: 'RoomChannel', pubsub_token: options.pubsubToken });
  return new Promise((resolve, reject) => {
    let socket: WebSocket | undefined;
    let subscribed = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const end = (error?: ParleyError) => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', stop);
      if (socket) {
        // Nothing more from this socket, whatever it still does (a handler, not none: Node's `ws` throws an
        // error nobody listens to).
        socket.onmessage = socket.onclose = socket.onerror = () => {};
        socket.close();
      }
      error && !signal?.aborted ? reject(error) : resolve();
    };
    const stop = () => end();
    const lost = () => end(subscribed ? undefined : chatwootError('network'));
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => end(chatwootError('timeout')), options.pingTimeoutMs);
    };
    if (signal?.aborted) return resolve();
    signal?.addEventListener('abort', stop);
    try {
      socket = new (options.WebSocket ?? WebSocket)(options.url, 'actioncable-v1-json');
    } catch (cause) {
      return end(chatwootError('network', undefined, { cause }));
    }
    arm();
    socket.onclose = socket.onerror = lost;
    socket.onmessage = ({ data }) => {
      arm();
      let frame: { type?: string; reason?: string; message?: CableBroadcast } | null;
      try {
        frame = JSON.parse(`${data}`);
      } catch {
        return;
      }
      options.onActivity();
      const type = frame?.type;
      const message = frame?.message;
      if (type === 'welcome') socket?.send(JSON.stringify({ command: 'subscribe', identifier }));
      else if (type === 'confirm_subscription') {
        subscribed = true;
        options.onOpen();
        // Another `disconnect` is followed by the socket's close.
      } else if (type === 'reject_subscription' || frame?.reason === 'unauthorized')
        end(chatwootError('unauthorized'));
      // One subscription per socket: a frame with an event is the room's.
      else if (typeof message?.event === 'string') options.onBroadcast(message);
    };
  });
}
