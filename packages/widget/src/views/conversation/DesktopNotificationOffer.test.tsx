import { render, screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WidgetContext, type WidgetContextValue } from '../../components/WidgetContext';
import { englishMessages } from '../../i18n/englishMessages';
import { installFakeNotification } from '../../notifications/testing/installFakeNotification';
import { DesktopNotificationOffer } from './DesktopNotificationOffer';

const enable = englishMessages.notifications.enable;

function renderOffer(offerDesktopNotifications: boolean) {
  const onAnswered = vi.fn();
  const context = { messages: englishMessages, offerDesktopNotifications } as WidgetContextValue;
  render(
    <WidgetContext.Provider value={context}>
      <DesktopNotificationOffer onAnswered={onAnswered} />
    </WidgetContext.Provider>,
  );
  return { onAnswered };
}

describe('DesktopNotificationOffer', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('asks for permission only from the click, then steps aside', async () => {
    const { Notification } = installFakeNotification('default');
    const { onAnswered } = renderOffer(true);
    expect(Notification.requestPermission).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: enable }));
    expect(Notification.requestPermission).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('button', { name: enable })).toBeNull();
    expect(onAnswered).toHaveBeenCalledTimes(1);
  });

  it('is not offered unless the host turned desktop notifications on', () => {
    installFakeNotification('default');
    renderOffer(false);
    expect(screen.queryByRole('button', { name: enable })).toBeNull();
  });

  it.each(['granted', 'denied'] as const)(
    'is not offered once the browser was answered (%s)',
    (permission) => {
      installFakeNotification(permission);
      renderOffer(true);
      expect(screen.queryByRole('button', { name: enable })).toBeNull();
    },
  );

  it('is not offered where the browser has no notifications', () => {
    vi.stubGlobal('Notification', undefined);
    renderOffer(true);
    expect(screen.queryByRole('button', { name: enable })).toBeNull();
  });
});
