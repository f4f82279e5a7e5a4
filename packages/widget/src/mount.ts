import type { ConsentState, ContactUpdate, IdentifyOptions, ParleyClient } from '@parley/core';
import { createWidgetHandle } from './commands/createWidgetHandle';
import type { WidgetEventListener, WidgetEventName, WidgetEvents } from './commands/WidgetEvents';
import type { WidgetState } from './commands/WidgetState';
import type { LauncherOptions } from './components/LauncherOptions';
import type { WidgetTheme } from './components/Widget';
import { createWidgetInstance } from './createWidgetInstance';
import type { WidgetMessageOverrides } from './i18n/messages';

/** Options for {@link mount}. */
export interface MountOptions {
  /**
   * Where the Parley backend lives.
   * @example 'https://support.example.com'
   */
  baseUrl: string;
  /** The public key of this widget. */
  widgetKey: string;
  /**
   * The customer's language (BCP 47). The widget speaks the first of these it knows: this option, the
   * host page's `<html lang>`, the browser's languages (in order), English.
   * @default resolved as above
   */
  locale?: string;
  /**
   * The element the widget's host element is appended to.
   * @default document.body
   */
  target?: HTMLElement;
  /**
   * Colour scheme: `light`, `dark`, or `auto` (the visitor's system setting).
   * @default the widget configuration's (`brand.theme`), else 'auto'
   */
  theme?: WidgetTheme;
  /**
   * Text direction of the widget.
   * @default the language's (right to left for Arabic)
   */
  dir?: 'ltr' | 'rtl';
  /** Open the panel as soon as the widget mounts. @default false */
  open?: boolean;
  /** Overrides for any text the widget shows, in any group (`{ home: { searchPlaceholder } }`). */
  messages?: WidgetMessageOverrides;
  /**
   * CSP nonce for the `<style>` elements used only in browsers without constructable stylesheets. (Views and
   * languages load with `import()`, which a nonce-based policy allows from the script that imports them.)
   */
  nonce?: string;
  /** An existing client to share, instead of creating one from `baseUrl` and `widgetKey`. */
  client?: ParleyClient;
  /** The `fetch` the created client uses. @default globalThis.fetch at call time */
  fetch?: typeof fetch;
  /**
   * Where the launcher sits, whether it shows, or the page's own button in its place.
   * @example `{ position: 'left', offset: { bottom: 32 } }`, `{ element: '#help-button' }`
   */
  launcher?: LauncherOptions;
  /**
   * Telling the visitor of replies while they look at another tab, each opt-in: the unread count in the page
   * `title`, a `sound`, a `desktop` notification (shown only once the visitor allowed it, from a click in the
   * widget). With several tabs open, one of them sounds and notifies.
   * @default nothing
   */
  notifications?: { title?: boolean; sound?: boolean; desktop?: boolean };
  /**
   * Whether the widget opens deep links in the page's address (`?parley=article:<id>`, an email's
   * `?parley_link=<token>`...; see docs/embedding/commands.md), then removes them from the address bar.
   * With two widgets on a page, turn it off for one, or name the widget in the link (`parley_widget`).
   * @default true
   */
  deepLinks?: boolean;
  /**
   * Whether the panel's state (open or not, its view and the way back, unsent text) is kept in the tab's
   * session storage, so that it survives reloads and the host app mounting the widget again. Nothing is
   * written before the visitor has interacted with the widget.
   * @default true
   */
  rememberState?: boolean;
  /**
   * The visitor's consent to storing data on their device, for sites that ask first (a cookie banner). With
   * `'pending'`, the widget works from memory: nothing reaches IndexedDB (the session, a proactive message
   * shown once) or session storage (the panel's state) until {@link WidgetHandle.setConsent} grants it, and
   * a reload starts afresh. With `'denied'`, nothing ever does. Ignored with `client` (give the client its
   * own `consent`).
   * @default 'granted'
   */
  consent?: ConsentState;
}

/**
 * What {@link mount} returns: the imperative handle of one widget instance. The script tag's
 * `Parley(command, ...args)` calls the same methods. No method throws: a bad argument is reported with a
 * `[parley]` console error and the `error` event, and does nothing; the methods that talk to the backend
 * return promises that reject with a `ParleyError`.
 */
export interface WidgetHandle {
  /** Opens the panel, where it was. */
  open(): void;
  /** Closes the panel. */
  close(): void;
  /** Opens the panel when closed, closes it when open. */
  toggle(): void;
  /** Whether the panel is open. */
  isOpen(): boolean;
  /** Shows the widget's own launcher again (after `hide`, or `launcher.hidden`). */
  show(): void;
  /** Hides the widget's own launcher; the panel still opens from commands and the host's own launchers. */
  hide(): void;
  /**
   * Tells the backend who the visitor is (see `@parley/core`'s `IdentifyOptions`). With a verified `hash` or
   * `jwt`, their conversations and tickets from other devices appear.
   * @throws {ParleyError} (as a rejection) `invalid_request` for bad options, `forbidden`, `conflict`...
   */
  identify(options: IdentifyOptions): Promise<void>;
  /** Stores details on the contact: `name`, `email`, and custom attributes (`null` removes one). */
  update(attributes: ContactUpdate): Promise<void>;
  /** Ends the session, and forgets the person's local data and the panel's state (drafts included). */
  logout(): Promise<void>;
  /** Opens the panel on the help-centre results for `query` (`''`: the search box alone). */
  search(query: string): void;
  /** Opens the panel on an article. */
  showArticle(articleId: string): void;
  /**
   * Opens the panel on a new message with `text` typed (the offline form while the team is away). Without
   * `text`, a draft the visitor left stays.
   */
  showNewMessage(text?: string): void;
  /** Opens the panel on one of the visitor's conversations. */
  showConversation(conversationId: string): void;
  /**
   * Opens the panel on a ticket: the lookup filled in with `reference`, and with the visitor's email when the
   * widget knows it (an identified user's, or one they gave), in which case the ticket opens at once.
   */
  showTicket(reference: string): void;
  /** Speaks another language (BCP 47, one the widget speaks): its texts load first, then it switches. */
  setLocale(locale: string): void;
  /** Sets the colour scheme: `light`, `dark` or `auto`. */
  setTheme(theme: WidgetTheme): void;
  /**
   * Records the visitor's choice about storage (see {@link MountOptions.consent}): `'granted'` writes what
   * was kept in memory; `'denied'` deletes what the widget stored on this device and stores nothing more.
   * Resolves when the storage has switched; never rejects.
   */
  setConsent(consent: 'granted' | 'denied'): Promise<void>;
  /**
   * Listens to a widget event (see {@link WidgetEvents}).
   * @returns a function that stops listening.
   */
  on<K extends WidgetEventName>(event: K, listener: WidgetEventListener<K>): () => void;
  /** Stops a listener added with {@link WidgetHandle.on}. */
  off<K extends WidgetEventName>(event: K, listener: WidgetEventListener<K>): void;
  /** The widget's state now: open, view, unread count, language, visitor... */
  getState(): WidgetState;
  /** Removes the widget from the page. Further calls do nothing. */
  destroy(): void;
  /**
   * Makes an element of the page open the panel and show its state, like `launcher.element` does, for
   * elements rendered after mount (a single-page app's header button).
   * @returns a function that gives the element back as it was.
   */
  attachLauncher(element: Element): () => void;
  /** Unread messages from the team (0 until the visitor has a session). */
  unreadCount(): number;
  /** The client behind this widget (a new one after `setLocale`, unless you gave your own). */
  readonly client: ParleyClient;
}

/**
 * The options of {@link mount} with a client of your own (`createClient` from `@parley/core`), shared with
 * the rest of the page: `baseUrl` and `widgetKey` default to the client's.
 */
export type MountWithClientOptions = Omit<MountOptions, 'baseUrl' | 'widgetKey' | 'client'> & {
  /** The client to share: its backend and widget key are the widget's. */
  client: ParleyClient;
  /** @default the client's `options.baseUrl` */
  baseUrl?: string;
  /** @default the client's `options.widgetKey` */
  widgetKey?: string;
};

/**
 * Renders the help widget (a launcher and its panel) into its own Shadow DOM, so the host page's CSS
 * and ours never meet. Several widgets (different widget keys) can live on one page, each on its own.
 *
 * @throws {ParleyError} `invalid_request` when there is no document.
 * @example
 * ```ts
 * import { mount } from '@parley/widget';
 *
 * const widget = mount({ baseUrl: 'https://support.example.com', widgetKey: 'wk_live_123' });
 * widget.on('conversation:start', ({ conversationId }) => analytics.track('chat', { conversationId }));
 * widget.showArticle('art_reset_password');
 * ```
 */
export function mount(options: MountOptions | MountWithClientOptions): WidgetHandle {
  const { client } = options;
  return createWidgetHandle(
    createWidgetInstance(
      client
        ? {
            ...options,
            baseUrl: options.baseUrl ?? client.options.baseUrl,
            widgetKey: options.widgetKey ?? client.options.widgetKey,
          }
        : (options as MountOptions),
    ),
  );
}
