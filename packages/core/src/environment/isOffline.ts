/**
 * Whether the browser says it has no network (`navigator.onLine === false`). Looked up at each call, so
 * nothing is captured at import; outside a browser (no `navigator`) the answer is `false`.
 * @internal
 */
export function isOffline(): boolean {
  return globalThis.navigator?.onLine === false;
}
