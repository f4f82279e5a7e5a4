import { useState } from 'preact/hooks';
import { useWidget } from '../../components/WidgetContext';
import { requestDesktopPermission } from '../../notifications/requestDesktopPermission';

/** Props of {@link DesktopNotificationOffer}. @internal */
export interface DesktopNotificationOfferProps {
  /** After the visitor answered the browser's question: the button is gone, so focus goes elsewhere. */
  onAnswered: () => void;
}

/**
 * "Notify me of replies": the one place the widget asks for desktop notifications, from the visitor's own
 * click, and only where the host turned them on and the browser has not been answered yet. Asked once per
 * conversation view: a dismissed question is not put again.
 * @internal
 */
export function DesktopNotificationOffer({ onAnswered }: DesktopNotificationOfferProps) {
  const { messages, offerDesktopNotifications } = useWidget();
  const [asked, setAsked] = useState(false);
  const { Notification } = globalThis;
  if (!offerDesktopNotifications || asked || !Notification || Notification.permission !== 'default')
    return null;
  return (
    <button
      type="button"
      class="parley-link parley-notify"
      onClick={() =>
        void requestDesktopPermission().then(() => {
          setAsked(true);
          onAnswered();
        })
      }
    >
      {messages.notifications.enable}
    </button>
  );
}
