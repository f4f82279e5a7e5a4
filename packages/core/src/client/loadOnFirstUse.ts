import { isParleyError, ParleyError } from '../errors/ParleyError';

/** A part of the client whose code loads on first use. @internal */
export interface LoadOnFirstUse<T> {
  /** Loads it (once; later calls share the first load) and resolves with it. Rejects with a ParleyError. */
  (): Promise<T>;
  /** It, once loaded. */
  readonly loaded: T | undefined;
}

/**
 * Wraps the loading of a domain (its code, split off by the bundler, then its creation) so that it runs on the
 * first call only, and every later call shares it. A failed load is forgotten, so that the next call tries again:
 * a chunk that could not load offline loads once the visitor is back online. A load that fails with anything but
 * a ParleyError (a chunk the network did not deliver) rejects with `code: 'network'`.
 * @internal
 */
export function loadOnFirstUse<T>(load: () => Promise<T>): LoadOnFirstUse<T> {
  let pending: Promise<T> | undefined;
  const use = (): Promise<T> =>
    (pending ??= load().then(
      (value) => {
        loader.loaded = value;
        return value;
      },
      (error: unknown) => {
        pending = undefined;
        throw isParleyError(error)
          ? error
          : new ParleyError('network', 'Could not load a part of the Parley client.', { cause: error });
      },
    ));
  const loader = Object.assign(use, { loaded: undefined as T | undefined });
  return loader;
}
