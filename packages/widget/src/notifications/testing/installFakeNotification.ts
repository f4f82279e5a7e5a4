import { vi } from 'vitest';

/**
 * Replaces `Notification` (happy-dom has none) with a fake that records what is shown and each permission
 * request, until `vi.unstubAllGlobals()`.
 * @internal
 */
export function installFakeNotification(permission: NotificationPermission) {
  const shown: FakeNotification[] = [];
  class FakeNotification {
    static permission = permission;
    static requestPermission = vi.fn(async () => {
      FakeNotification.permission = 'granted';
      return FakeNotification.permission;
    });
    onclick: (() => void) | null = null;
    close = vi.fn();
    constructor(
      readonly title: string,
      readonly options: NotificationOptions,
    ) {
      shown.push(this);
    }
  }
  vi.stubGlobal('Notification', FakeNotification);
  return { Notification: FakeNotification, shown };
}
