import type { ClientEvents, ParleyClient } from '@parley/core';
import { useEffect, useRef } from 'preact/hooks';
import type { ReplyAlert } from './createNotifier';

/** Options for {@link useNotifications}: each channel is opt-in. */
export interface NotificationOptions {
  /** Shows the unread count in the page title. @default false */
  title?: boolean;
  /** Plays a short tone for a reply while the tab is hidden. @default false */
  sound?: boolean;
  /** Shows a desktop notification for a reply while the tab is hidden, if permission was granted. @default false */
  desktop?: boolean;
  /** The words of a reply's notification (from the catalogs), or a promise of them; `null` to stay quiet. */
  describe: (event: ClientEvents['message']) => ReplyAlert | null | Promise<ReplyAlert | null>;
}

/**
 * Wires a client's `unread` and `message` events to the page title, a tone and desktop notifications, for
 * as long as the component is mounted (see `createNotifier`, which loads only when a channel is on).
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
    let stop: (() => void) | undefined;
    let stopped = false;
    // Events that arrive while the notifier loads still count: the unread total is kept as it changes.
    const stopCounting = client.on('unread', ({ count }) => {
      unread.current = count;
    });
    void import('./createNotifier').then(({ createNotifier }) => {
      if (stopped) return;
      const { baseUrl, widgetKey } = client.options;
      const notifier = createNotifier({ name: `${baseUrl} ${widgetKey}`, title, sound, desktop });
      notifier.unread(unread.current);
      const stops = [
        client.on('unread', ({ count }) => notifier.unread(count)),
        client.on('message', (event) => {
          void Promise.resolve(describe.current(event)).then((alert) => {
            if (alert && !stopped) notifier.alert(alert);
          });
        }),
      ];
      stop = () => {
        for (const stopListening of stops) stopListening();
        notifier.destroy();
      };
    });
    return () => {
      stopped = true;
      stopCounting();
      stop?.();
    };
  }, [client, title, sound, desktop]);
}
