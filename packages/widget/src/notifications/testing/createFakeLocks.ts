/** A lock request as the fake sees it. */
interface Request {
  callback: (lock: Lock | null) => unknown;
  resolve: (value: unknown) => void;
  reject: (reason: unknown) => void;
}

const abortError = () => new DOMException('The lock request was aborted.', 'AbortError');

/**
 * An in-memory Web Locks manager shared by the "tabs" of a test (happy-dom has none): exclusive locks
 * granted in request order, `signal` aborts a waiting request, `steal` takes a held lock at once (its
 * holder's request rejects with an AbortError), and a lock passes on when its callback's promise settles.
 * @internal
 */
export function createFakeLocks() {
  const held = new Map<string, Request>();
  const queues = new Map<string, Request[]>();

  const grant = (name: string, request: Request) => {
    held.set(name, request);
    Promise.resolve()
      .then(() => request.callback({ name, mode: 'exclusive' } as Lock))
      .then(request.resolve, request.reject)
      .finally(() => {
        if (held.get(name) !== request) return;
        held.delete(name);
        const next = queues.get(name)?.shift();
        if (next) grant(name, next);
      });
  };

  const request = (
    name: string,
    options: LockOptions,
    callback: (lock: Lock | null) => unknown,
  ): Promise<unknown> =>
    new Promise((resolve, reject) => {
      const entry: Request = { callback, resolve, reject };
      if (options.steal) {
        const victim = held.get(name);
        if (victim) victim.reject(abortError());
        grant(name, entry);
        return;
      }
      if (options.signal?.aborted) return reject(abortError());
      if (!held.has(name)) return grant(name, entry);
      const queue = queues.get(name) ?? [];
      queue.push(entry);
      queues.set(name, queue);
      options.signal?.addEventListener('abort', () => {
        const index = queue.indexOf(entry);
        if (index < 0) return;
        queue.splice(index, 1);
        reject(abortError());
      });
    });

  return {
    request: request as LockManager['request'],
    /** How many requests wait for `name`. */
    waiting: (name: string) => queues.get(name)?.length ?? 0,
  };
}
