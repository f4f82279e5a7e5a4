import { useEffect } from 'preact/hooks';

/**
 * How often an open view loads its data again while the page is visible: within the 5 minutes the contract
 * promises a signed attachment link lasts at least, so that no link on screen has expired. @internal
 */
export const REFRESH_EVERY_MS = 4 * 60 * 1000;

/** How long the page must have been hidden for its return to load the data again at once. @internal */
export const REFRESH_AFTER_HIDDEN_MS = 60 * 1000;

/**
 * Keeps an open view's store fresh, chiefly for its signed attachment links, which expire: loads it again
 * every {@link REFRESH_EVERY_MS} while the page is visible, and at once when the page comes back after
 * being hidden for {@link REFRESH_AFTER_HIDDEN_MS} or more. A hidden page asks for nothing. The first load
 * is the store's own (on subscribe); timers and listeners go with the view.
 * @internal
 */
export function useRefreshWhileOpen(store: { refresh(): Promise<void> }): void {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let lastLoad = Date.now();
    let hiddenSince: number | undefined;
    const refresh = () => {
      lastLoad = Date.now();
      // A failure lands in the store's `error`, where the view shows it.
      void store.refresh().catch(() => {});
      schedule();
    };
    const schedule = () => {
      clearTimeout(timer);
      timer = setTimeout(refresh, Math.max(0, lastLoad + REFRESH_EVERY_MS - Date.now()));
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') {
        clearTimeout(timer);
        hiddenSince ??= Date.now();
        return;
      }
      const away = hiddenSince === undefined ? 0 : Date.now() - hiddenSince;
      hiddenSince = undefined;
      if (away >= REFRESH_AFTER_HIDDEN_MS) refresh();
      else schedule();
    };
    if (document.visibilityState === 'hidden') hiddenSince = Date.now();
    else schedule();
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [store]);
}
