import { afterEach, describe, expect, it, vi } from 'vitest';
import { requestDesktopPermission } from './requestDesktopPermission';
import { installFakeNotification } from './testing/installFakeNotification';

/** Emulates the browser's transient activation, which only a real gesture turns on. */
function emulateUserActivation() {
  const activation = { isActive: false };
  Object.defineProperty(navigator, 'userActivation', { configurable: true, get: () => activation });
  const button = document.createElement('button');
  document.body.append(button);
  return {
    button,
    click() {
      activation.isActive = true;
      button.click();
      activation.isActive = false;
    },
  };
}

describe('requestDesktopPermission', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
    Reflect.deleteProperty(navigator, 'userActivation');
    document.body.replaceChildren();
  });

  it('asks from a click handler, and not outside a gesture', async () => {
    const { Notification } = installFakeNotification('default');
    const page = emulateUserActivation();
    vi.spyOn(console, 'warn').mockImplementation(() => {});

    expect(await requestDesktopPermission()).toBe('default');
    expect(Notification.requestPermission).not.toHaveBeenCalled();

    let answer: Promise<NotificationPermission> | undefined;
    page.button.addEventListener('click', () => {
      answer = requestDesktopPermission();
    });
    page.click();
    expect(Notification.requestPermission).toHaveBeenCalledOnce();
    expect(await answer).toBe('granted');
  });

  it('does not ask again once the visitor answered', async () => {
    const { Notification } = installFakeNotification('denied');
    const page = emulateUserActivation();
    page.button.addEventListener('click', () => requestDesktopPermission());
    page.click();
    expect(await requestDesktopPermission()).toBe('denied');
    expect(Notification.requestPermission).not.toHaveBeenCalled();
  });

  it('answers denied where the browser has no notifications', async () => {
    vi.stubGlobal('Notification', undefined);
    expect(await requestDesktopPermission()).toBe('denied');
  });
});
