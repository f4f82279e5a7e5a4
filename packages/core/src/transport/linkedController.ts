/**
 * A controller that also aborts when any of `signals` aborts (the caller's signal, the client's lifetime),
 * so that `client.destroy()` stops retries a caller's own signal would otherwise keep alive. Abort it when
 * the work is done: that also removes its listeners from the long-lived signals.
 * @internal
 */
export function linkedController(...signals: readonly (AbortSignal | undefined)[]): AbortController {
  const controller = new AbortController();
  for (const signal of signals) {
    if (signal?.aborted) controller.abort(signal.reason);
    signal?.addEventListener('abort', () => controller.abort(signal.reason), { signal: controller.signal });
  }
  return controller;
}
