/**
 * Calls `listener` when it is worth catching up at once: the browser came back `online`, or the page became
 * visible again (`visibilitychange`). The globals are looked up when called, never at import; where they do
 * not exist (a server, a worker without `document`) nothing is listened to.
 * @returns a function that stops listening.
 * @internal
 */
export function onWake(listener: () => void): () => void {
  const target: Pick<EventTarget, 'addEventListener' | 'removeEventListener'> | undefined =
    typeof addEventListener === 'function' ? globalThis : undefined;
  const doc = typeof document === 'undefined' ? undefined : document;
  const onOnline = (): void => listener();
  const onVisibility = (): void => {
    if (doc?.visibilityState === 'visible') listener();
  };
  target?.addEventListener('online', onOnline);
  doc?.addEventListener('visibilitychange', onVisibility);
  return () => {
    target?.removeEventListener('online', onOnline);
    doc?.removeEventListener('visibilitychange', onVisibility);
  };
}
