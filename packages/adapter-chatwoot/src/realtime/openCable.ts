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
  /**
   * How often to perform `update_presence` once subscribed, as Chatwoot's own clients do: Chatwoot then
   * counts the contact online (agents see it) and answers with the agents' presence.
   */
  presenceIntervalMs: number;
  /** Closes the connection; the promise then resolves. */
  signal: AbortSignal | undefined;
  /** Subscribed to the room: broadcasts will come. */
  onOpen(): void;
  /** Any frame arrived (a ping, most often: the caller's heartbeat timeout closes a silent socket). */
  onActivity(): void;
  onBroadcast(broadcast: CableBroadcast): void;
}

/**
 * Holds one ActionCable connection subscribed to Chatwoot's `RoomChannel` with the contact's pubsub token,
 * performing `update_presence` every `presenceIntervalMs` while subscribed, and resolves when it ends: closed by Chatwoot after the subscription, or by `signal`. Rejects with a
 * {@link ParleyError}: `network` when it closes before the subscription, `unauthorized` when Chatwoot refuses
 * the room (an unknown pubsub token) or disconnects as unauthorized. The time limits (to subscribe, and of
 * silence) and reconnecting with backoff are the caller's (core's realtime feed), which aborts `signal`.
 * @internal
 */
export function openCable(options: CableOptions): Promise<void> {
  const { signal } = options;
  const identifier = JSON.stringify({ channel: 'RoomChannel', pubsub_token: options.pubsubToken });
  return new Promise((resolve, reject) => {
    let socket: WebSocket | undefined;
    let subscribed = false;
    let presence: ReturnType<typeof setInterval> | undefined;
    const end = (error?: ParleyError) => {
      clearInterval(presence);
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
    if (signal?.aborted) return resolve();
    signal?.addEventListener('abort', stop);
    try {
      socket = new (options.WebSocket ?? WebSocket)(options.url, 'actioncable-v1-json');
    } catch (cause) {
      return end(chatwootError('network', undefined, { cause }));
    }
    socket.onclose = socket.onerror = lost;
    socket.onmessage = ({ data }) => {
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
        const data = JSON.stringify({ action: 'update_presence' });
        presence = setInterval(
          () => socket?.send(JSON.stringify({ command: 'message', identifier, data })),
          options.presenceIntervalMs,
        );
        options.onOpen();
        // Another `disconnect` is followed by the socket's close.
      } else if (type === 'reject_subscription' || frame?.reason === 'unauthorized')
        end(chatwootError('unauthorized'));
      // One subscription per socket: a frame with an event is the room's.
      else if (typeof message?.event === 'string') options.onBroadcast(message);
    };
  });
}
