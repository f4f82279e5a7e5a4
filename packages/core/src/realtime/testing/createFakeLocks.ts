interface LockRequest {
  name: string;
  callback: (lock: Lock | null) => unknown;
  resolve: (value: unknown) => void;
  reject: (reason: unknown) => void;
}

/**
 * Test helper: an in-process Web Locks `request` (exclusive locks only), shared by the "tabs" of a test the
 * way `navigator.locks` is shared by the tabs of an origin. Grants in request order; a request aborted while
 * waiting rejects with an `AbortError` and is never granted (one aborted once granted is granted still, as in
 * browsers).
 * @internal
 */
export function createFakeLocks() {
  const held = new Set<string>();
  const waiting: LockRequest[] = [];
  // While set, a granted lock's callback waits for it.
  let gate: Promise<void> | undefined;

  const grantNext = (name: string): void => {
    if (held.has(name)) return;
    const index = waiting.findIndex((request) => request.name === name);
    if (index === -1) return;
    const [request] = waiting.splice(index, 1);
    if (!request) return;
    held.add(name);
    Promise.resolve(gate)
      .then(() => request.callback({ name, mode: 'exclusive' } as Lock))
      .then(request.resolve, request.reject)
      .finally(() => {
        held.delete(name);
        grantNext(name);
      });
  };

  const locks: Pick<LockManager, 'request'> = {
    request(
      name: string,
      optionsOrCallback: LockOptions | ((lock: Lock | null) => unknown),
      maybeCallback?: (lock: Lock | null) => unknown,
    ): Promise<never> {
      const options = typeof optionsOrCallback === 'function' ? {} : optionsOrCallback;
      const callback = typeof optionsOrCallback === 'function' ? optionsOrCallback : maybeCallback;
      return new Promise((resolve, reject) => {
        if (!callback) throw new TypeError('A callback is required.');
        if (options.mode === 'shared') throw new TypeError('The fake supports exclusive locks only.');
        const { signal } = options;
        if (signal?.aborted) {
          reject(new DOMException('The request was aborted.', 'AbortError'));
          return;
        }
        const request: LockRequest = { name, callback, resolve: resolve as (value: unknown) => void, reject };
        waiting.push(request);
        signal?.addEventListener('abort', () => {
          const index = waiting.indexOf(request);
          if (index === -1) return;
          waiting.splice(index, 1);
          reject(new DOMException('The request was aborted.', 'AbortError'));
        });
        grantNext(name);
      });
    },
  } as Pick<LockManager, 'request'>;

  return {
    locks,
    /** Names of the locks held now. */
    held: (): string[] => [...held],
    /** How many requests wait for a lock now. */
    waitingCount: (): number => waiting.length,
    /**
     * Locks granted from now on call their callback only once the returned function is called: what a tab
     * does between the grant and the callback cannot stop the grant.
     */
    deferGrants(): () => void {
      let open: () => void = () => {};
      gate = new Promise((resolve) => {
        open = resolve;
      });
      return () => {
        gate = undefined;
        open();
      };
    },
  };
}
