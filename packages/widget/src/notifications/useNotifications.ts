import type { ClientEvents, ParleyClient } from '@parley/core';
import { useEffect, useRef } from 'preact/hooks';
import type { ReplyAlert } from './createNotifier';
import { createNotifier } from './createNotifier';

/** Options for {@link useNotifications}: each channel is opt-in. */
export interface NotificationOptions {
  /** Shows the unread count in the page title. @default false */
  title?: boolean;
  /** Plays a short tone for a reply while the tab is hidden. @default false */
  sound?: boolean;
  /** Shows a desktop notification for a reply while the tab is hidden, if permission was granted. @default false */
  desktop?: boolean;
  /** The words of a reply's notification (from the catalogs); `null` to stay quiet about it. */
  describe: (event: ClientEvents['message']) => ReplyAlert | null;
}

/**
 * Wires a client's `unread` and `message` events to the page title, a tone and desktop notifications, for
 * as long as the component is mounted (see `createNotifier`).
 *
 * @example
 * ```tsx
 * useNotifications(client, { title: true, describe: ({ message }) => ({ title: message.author.name, body: message.text }) });
 * ```
 */
export function useNotifications(client: ParleyClient, options: NotificationOptions): void {
  const { title = false, sound = false, desktop = false } = options;
  // The latest words, without re-subscribing on every render.
  const describe = useRef(options.describe);
  describe.current = options.describe;
  // Survives a change of options, which makes a new notifier.
  const unread = useRef(0);

  useEffect(() => {
    if (!title && !sound && !desktop) return;
    const { baseUrl, widgetKey } = client.options;
    const notifier = createNotifier({ name: `${baseUrl} ${widgetKey}`, title, sound, desktop });
    notifier.unread(unread.current);
    const stops = [
      client.on('unread', ({ count }) => {
        unread.current = count;
        notifier.unread(count);
      }),
      client.on('message', (event) => {
        const alert = describe.current(event);
        if (alert) notifier.alert(alert);
      }),
    ];
    return () => {
      for (const stop of stops) stop();
      notifier.destroy();
    };
  }, [client, title, sound, desktop]);
}
