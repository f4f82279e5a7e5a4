/**
 * How the client is connected for realtime updates:
 * - `online`: connected (or, without realtime, the last request succeeded);
 * - `connecting`: the first connection is being made;
 * - `reconnecting`: a connection was lost and is being retried, with backoff;
 * - `offline`: the browser reports no network; the client waits for it to come back.
 */
export type ConnectionStatus = 'online' | 'connecting' | 'reconnecting' | 'offline';
