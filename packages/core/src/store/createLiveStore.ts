import type { RealtimeEvent } from '@parley/contract';
import type { BackendCall } from '../backend/Backend';
import type { ClientRuntime } from '../client/ClientRuntime';
import type { ParleyError } from '../errors/ParleyError';
import { abortable } from '../transport/abortable';
import { linkedController } from '../transport/linkedController';
import { createStore, type WritableStore } from './createStore';
import type { Store } from './Store';

/** The part of a live store's state that {@link createLiveStore} keeps. @internal */
export interface LiveState {
  status: 'idle' | 'loading' | 'ready' | 'error';
  /** No error is the idle state's value (`undefined` or `null`), set again by every successful load. */
  error: ParleyError | null | undefined;
  /** Kept only when the state has it (a paged list). */
  loadingMore?: boolean;
}

/** Runs one backend call with the session's token, retried, and cancelled with its load. @internal */
export type LiveCall = <T>(run: (call: BackendCall & { token: string }) => Promise<T>) => Promise<T>;

/** A store kept by {@link createLiveStore}. @internal */
export interface LiveStore<S> extends Store<S> {
  /** Derives the next state from the current one (see {@link WritableStore.update}). */
  update: WritableStore<S>['update'];
  /** What the public sees: the store, and `refresh` to load it again. */
  view: Store<S> & { refresh(): Promise<void> };
  /** Replaces one field; nothing happens when `change` returns the field itself. */
  patch<K extends keyof S>(key: K, change: (value: S[K]) => S[K]): void;
  /** Loads again (or, with `more`, the next page); a newer load cancels an older one. */
  run(more?: boolean): Promise<void>;
  /** Whether anyone is listening. */
  active(): boolean;
}

/**
 * A store of backend data, kept live while anyone listens: loaded when the first listener subscribes,
 * fed with realtime events, reloaded after a realtime gap, and emptied when the session's person changes
 * (another person's data is never shown). Stops loading when the last listener leaves.
 *
 * `load` reads the backend with `call` and returns how to apply its answer to the state (the helper sets
 * `status`, `error` and `loadingMore`).
 * @internal
 */
export function createLiveStore<S extends LiveState>(
  runtime: ClientRuntime,
  idle: S,
  load: (call: LiveCall, more: boolean) => Promise<(state: S) => S>,
  onEvent: (event: RealtimeEvent) => void,
): LiveStore<S> {
  const { session } = runtime;
  /** Whose data the store holds: the session's identity key when it was loaded. */
  let owner: string | undefined;
  /** The load whose answer counts: a newer load, or a stop, drops the answer of an older one. */
  let controller: AbortController | undefined;
  let running: Promise<void> | undefined;
  /** Whether `running` loads the next page (rather than everything again). */
  let runningMore = false;
  let active = false;

  /** Empties the store when it holds another person's data (never shown, not even while theirs loads). */
  const forget = () => {
    const stale = !!owner && owner !== session.identityKey();
    if (stale) {
      owner = undefined;
      store.set(idle);
    }
    return stale;
  };
  /** `state` with `change` and, in a paged list, `loadingMore`. */
  const next = (state: S, change: Partial<LiveState>, more = false): S => ({
    ...state,
    ...('loadingMore' in idle && { loadingMore: more }),
    ...change,
  });

  const run = (more = false): Promise<void> => {
    // The next page once: asked again while it loads, the same load; asked during a reload, right after it.
    if (more && running) return runningMore ? running : running.then(() => run(true));
    controller?.abort();
    const abort = linkedController(runtime.signal);
    const { signal } = abort;
    controller = abort;
    store.update((state) =>
      next(state, more ? {} : { status: state.status === 'ready' ? 'ready' : 'loading' }, more),
    );
    let loadedFor = '';
    /**
     * Ends this load before its answer shows (so that a `run(true)` called on `ready` is not swallowed), and
     * shows it with `then` unless a newer load replaced it: then it settles with that one.
     */
    const settle = (then: () => Promise<void> | void) => {
      // Done either way: this also unhooks it from the client's lifetime signal.
      abort.abort();
      if (running === task) running = undefined;
      return controller === abort ? then() : running;
    };
    const task: Promise<void> = abortable(
      session.withToken((token) => {
        loadedFor = session.identityKey();
        return load((send) => runtime.retry((attempt) => send({ token, signal: attempt }), { signal }), more);
      }),
      // Settles on stop even with a backend that ignores its signal, so the store never hangs in a load.
      signal,
    ).then(
      (apply) =>
        settle(() => {
          // The person changed while this was loading: the answer is not the current person's.
          if (loadedFor !== session.identityKey()) return run();
          forget();
          owner = loadedFor;
          store.update((state) => apply(next(state, { status: 'ready', error: idle.error })));
        }),
      // A backend rejects with ParleyErrors only (see `Backend`).
      (error: ParleyError) => {
        const stopped = signal.aborted;
        return settle(() =>
          store.update((state) =>
            // Stopped (the last listener left, or the client was destroyed): not a failure to show.
            next(
              state,
              stopped
                ? { status: state.status === 'loading' ? 'idle' : state.status }
                : { status: 'error', error },
            ),
          ),
        );
      },
    );
    running = task;
    runningMore = more;
    return task;
  };

  const store = createStore<S>(idle, {
    onStart() {
      active = true;
      forget();
      const stopRealtime = runtime.realtime.subscribe({ onEvent, onResync: () => void run() });
      const stopSession = session.onChange(() => {
        if (forget()) void run();
      });
      void run();
      return () => {
        active = false;
        stopRealtime();
        stopSession();
        controller?.abort();
      };
    },
  });

  const { getSnapshot, subscribe, update } = store;
  return {
    getSnapshot,
    subscribe,
    update,
    view: { getSnapshot, subscribe, refresh: () => run() },
    patch: (key, change) =>
      update((state) => {
        const value = change(state[key]);
        return value === state[key] ? state : { ...state, [key]: value };
      }),
    run,
    active: () => active,
  };
}
