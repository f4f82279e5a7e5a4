/**
 * Calls `listener` when it is worth catching up at once: the browser came back `online`, or the page became
 * visible again (`visibilitychange`). The globals are looked up when called, never at import; where they do
 * not exist (a server) nothing is listened to.
 * @returns a function that stops listening.
 * @internal
 */
export function onWake(listener: () => void): () => void {
  const wake = (event: Event): void => {
    if (event.type === 'online' || document.visibilityState === 'visible') listener();
  };
  // Both reach the window: `online` is fired at it, and `visibilitychange` (fired at the document) passes
  // through it while capturing. Node 20 has no `addEventListener` on `globalThis`.
  const listen = (method: 'addEventListener' | 'removeEventListener'): void => {
    for (const type of ['online', 'visibilitychange']) globalThis[method]?.(type, wake, true);
  };
  listen('addEventListener');
  return () => listen('removeEventListener');
}
