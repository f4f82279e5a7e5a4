import { useWidget } from '../../components/WidgetContext';
import { useStore } from '../../hooks/useStore';

/**
 * Says when the realtime connection is down (the browser is offline) or being re-established, so the
 * visitor knows why replies do not arrive. Messages written meanwhile wait in the outbox.
 * @internal
 */
export function ConnectionBanner() {
  const { client, messages } = useWidget();
  const status = useStore(client.connection);
  const text =
    status === 'offline'
      ? messages.conversation.offline
      : status === 'reconnecting'
        ? messages.conversation.reconnecting
        : '';
  return (
    <p class="parley-banner" role="status">
      {text}
    </p>
  );
}
