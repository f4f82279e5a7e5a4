/**
 * Calls `listener` when it is worth catching up at once: the browser came back `online`, or the page became
 * visible again (`visibilitychange`). The globals are looked up when called, never at import; where they do
 * not exist (a server, a worker without `document`) nothing is listened to.
 * @returns a function that stops listening.
 * @internal
 */
export function onWake(listener: () => void): () => void {
  const wake = (event: Event): void => {
    if (event.type === 'online' || document.visibilityState === 'visible') listener();
  };
  const listen = (method: 'addEventListener' | 'removeEventListener'): void => {
    // Node 20 has neither: `globalThis` is no EventTarget there, and there is no `document`.
    globalThis[method]?.('online', wake);
    globalThis.document?.[method]('visibilitychange', wake);
  };
  listen('addEventListener');
  return () => listen('removeEventListener');
}
