/**
 * Asks the visitor to allow desktop notifications. Call it from a click handler only (the opt-in
 * control): browsers ignore or penalise requests made without a user gesture, and asking out of the blue
 * is hostile. Outside a gesture, where the browser can tell (`navigator.userActivation`), nothing is asked.
 *
 * @returns the permission once answered; `'denied'` where the browser has no notifications.
 * @example
 * ```tsx
 * <button onClick={async () => setAllowed((await requestDesktopPermission()) === 'granted')}>…</button>
 * ```
 */
export async function requestDesktopPermission(): Promise<NotificationPermission> {
  const { Notification } = globalThis;
  if (!Notification) return 'denied';
  if (Notification.permission !== 'default') return Notification.permission;
  if (globalThis.navigator?.userActivation?.isActive === false) {
    if (__DEV__) console.warn('[parley] desktop notification permission is asked from a click handler only.');
    return 'default';
  }
  return Notification.requestPermission();
}
