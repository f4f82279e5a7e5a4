import type { Backend } from '../backend/Backend';
import type { RealtimeFeed } from '../client/ClientRuntime';
import type { ConnectionStatus } from '../connection/ConnectionStatus';
import type { ParleyError } from '../errors/ParleyError';
import type { Store } from '../store/Store';
import { createRealtimeConnection, type RealtimeConnectionOptions } from './createRealtimeConnection';
import { createTabCoordinator, type TabSignal } from './createTabCoordinator';

/** Options of {@link createRealtimeFeed}. @internal */
export interface RealtimeFeedOptions {
  backend: Pick<Backend, 'openEvents' | 'pollEvents'>;
  /** With `widgetKey`, what the tabs share a connection for (with the identity). */
  baseUrl: string;
  widgetKey: string;
  /** See {@link RealtimeConnectionOptions.getToken}: called with the refused token after an `unauthorized`. */
  getToken(rejectedToken?: string): Promise<string>;
  /**
   * Whose events the connection carries: one connection per identity is shared by the tabs.
   * @default () => 'anonymous'
   */
  identityKey?: (() => string) | undefined;
  /** Stops everything for good when aborted (the client's `destroy()`). */
  signal?: AbortSignal | undefined;
  /** Every failure of the connection held by this tab (it retries on its own). */
  onError?: ((error: ParleyError) => void) | undefined;
  /** Timings and environment of the connection (tests, tuning). */
  connection?:
    | Omit<
        RealtimeConnectionOptions,
        'backend' | 'getToken' | 'onEvent' | 'onResync' | 'lastEventId' | 'signal' | 'onError'
      >
    | undefined;
  /** @default navigator.locks */
  locks?: Pick<LockManager, 'request'> | undefined;
  /** @default globalThis.BroadcastChannel */
  BroadcastChannel?: typeof BroadcastChannel | undefined;
}

/** The client's realtime feed, with its status and the channel to the other tabs. @internal */
export interface RealtimeFeedHandle extends RealtimeFeed {
  /** The connection's status (this tab's connection or the leader tab's). Subscribing starts nothing. */
  readonly connection: Store<ConnectionStatus>;
  /** Session changes for the other tabs of this widget, and from them. */
  readonly tabs: {
    post(signal: TabSignal): void;
    subscribe(listener: (signal: TabSignal) => void): () => void;
  };
  /** Call when the session changed: a new identity gets its own connection. */
  restart(): void;
}

/**
 * The realtime feed of a client: one {@link createRealtimeConnection} shared by every tab of the same widget
 * and identity through {@link createTabCoordinator}. The first listener starts it; the last one stops it.
 *
 * @example
 * ```ts
 * const realtime = createRealtimeFeed({ backend, baseUrl, widgetKey, getToken, identityKey, signal });
 * const stop = realtime.subscribe({ onEvent: apply, onResync: reload });
 * ```
 * @internal
 */
export function createRealtimeFeed(options: RealtimeFeedOptions): RealtimeFeedHandle {
  const { backend, getToken, signal, onError } = options;
  const coordinator = createTabCoordinator({
    scope: `${options.baseUrl.replace(/\/+$/, '')} ${options.widgetKey}`,
    identityKey: options.identityKey ?? (() => 'anonymous'),
    signal,
    locks: options.locks,
    BroadcastChannel: options.BroadcastChannel,
    connect: (start) =>
      createRealtimeConnection({
        ...options.connection,
        ...start,
        backend,
        getToken,
        signal,
        ...(onError ? { onError } : {}),
      }),
  });
  return {
    subscribe: coordinator.subscribe,
    connection: coordinator.status,
    tabs: { post: coordinator.broadcast, subscribe: coordinator.onSignal },
    restart: coordinator.restart,
  };
}
