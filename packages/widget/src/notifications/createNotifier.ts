import { createChime } from './createChime';
import { createTabLeader, type TabLeaderEnvironment } from './createTabLeader';
import { createTitleBadge, type TitleFormat } from './createTitleBadge';

/** A reply to tell the visitor about, in words the widget chose (its catalogs), shown as text. */
export interface ReplyAlert {
  /** The notification's title, e.g. who wrote. */
  title: string;
  /** The notification's text, e.g. the start of the message. */
  body: string;
  /** Replaces an earlier notification with the same tag (one per conversation, say). */
  tag?: string;
  /** An image URL for the notification. */
  icon?: string;
  /** Called when the visitor clicks the notification (the tab is focused first). */
  onClick?: () => void;
}

/** Options for {@link createNotifier}: every channel is opt-in. */
export interface NotifierOptions extends TabLeaderEnvironment {
  /** Identifies the widget across tabs: the tabs of one name alert from one of them only. */
  name: string;
  /** Shows the unread count in the page title; a function writes the title itself. @default false */
  title?: boolean | TitleFormat;
  /** Plays a short tone for a reply while the tab is hidden (once the visitor has clicked). @default false */
  sound?: boolean;
  /**
   * Shows a desktop notification for a reply while the tab is hidden, when permission was granted (ask with
   * `requestDesktopPermission` from a click handler; this never asks). @default false
   */
  desktop?: boolean;
}

/** What {@link createNotifier} returns: the widget calls it on the client's `unread` and `message` events. */
export interface Notifier {
  /** The total of unread messages changed (the client's `unread` event). */
  unread(count: number): void;
  /** A reply arrived (the client's `message` event): a tone and a notification, if the tab is hidden. */
  alert(alert: ReplyAlert): void;
  /** Stops everything and gives the page title back. */
  destroy(): void;
}

/**
 * Tells the visitor about replies while they look elsewhere: the unread count in the page title (in every
 * tab), and, while the tab is hidden, a tone and a desktop notification from one tab only. Nothing happens
 * that the host did not opt into.
 *
 * @example
 * ```ts
 * const notifier = createNotifier({ name: `${baseUrl} ${widgetKey}`, title: true, sound: true });
 * client.on('unread', ({ count }) => notifier.unread(count));
 * client.on('message', ({ message }) => notifier.alert({ title: message.author.name, body: message.text }));
 * ```
 */
export function createNotifier({ name, title, sound, desktop, ...environment }: NotifierOptions): Notifier {
  const badge = title ? createTitleBadge(title === true ? undefined : title) : undefined;
  const chime = sound ? createChime() : undefined;
  const leader = sound || desktop ? createTabLeader(`parley-alerts ${name}`, environment) : undefined;

  return {
    unread: (count) => badge?.set(count),
    alert({ title, onClick, ...options }) {
      if (!leader?.isLeader() || (environment.document ?? document).visibilityState !== 'hidden') return;
      chime?.play();
      const { Notification } = globalThis;
      if (!desktop || Notification?.permission !== 'granted') return;
      try {
        // Our tone already sounded: the system's would be a second one.
        const shown = new Notification(title, { ...options, silent: !!chime });
        shown.onclick = () => {
          globalThis.focus();
          onClick?.();
          shown.close();
        };
      } catch {
        // Chrome on Android shows notifications through a service worker only.
      }
    },
    destroy() {
      badge?.destroy();
      chime?.destroy();
      leader?.destroy();
    },
  };
}
