import { createClient, type ParleyClient, ParleyError } from '@parley/core';
import { h, render } from 'preact';
import { bindCustomLauncher, type CustomLauncher } from './components/bindCustomLauncher';
import type { LauncherOptions } from './components/LauncherOptions';
import { Widget, type WidgetTheme } from './components/Widget';
import { catalog as english } from './i18n/catalogs/en';
import { loadMessages } from './i18n/loadMessages';
import { mergeMessages, type ShellMessages, type WidgetMessageOverrides } from './i18n/messages';
import { resolveLocale } from './i18n/resolveLocale';
import { createNavigation } from './navigation/createNavigation';
import { adoptStyles } from './styles/adoptStyles';

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
}

/** What {@link mount} returns: the imperative handle of one widget instance. */
export interface WidgetHandle {
  /** Opens the panel. */
  open(): void;
  /** Closes the panel. */
  close(): void;
  /** Opens the panel when closed, closes it when open. */
  toggle(): void;
  /** Whether the panel is open. */
  isOpen(): boolean;
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
  /** The client behind this widget. */
  readonly client: ParleyClient;
}

let instanceCount = 0;

/**
 * Renders the help widget (a launcher and its panel) into its own Shadow DOM, so the host page's CSS
 * and ours never meet.
 *
 * @throws {ParleyError} `invalid_request` when the options are unusable or there is no document.
 * @example
 * ```ts
 * import { mount } from '@parley/widget';
 *
 * const widget = mount({ baseUrl: 'https://support.example.com', widgetKey: 'wk_live_123' });
 * widget.open();
 * ```
 */
export function mount(options: MountOptions): WidgetHandle {
  if (typeof document === 'undefined') {
    throw new ParleyError('invalid_request', 'mount() needs a browser document; call it on the client only.');
  }
  const { language, locale, dir } = resolveLocale(options.locale);
  const client =
    options.client ??
    createClient({
      baseUrl: options.baseUrl,
      widgetKey: options.widgetKey,
      // The backend answers (articles, greeting) in the language the widget speaks.
      locale: options.locale ?? locale,
      ...(options.fetch === undefined ? {} : { fetch: options.fetch }),
    });
  let messages: ShellMessages | undefined =
    language === 'en' ? mergeMessages<ShellMessages>(english, options.messages) : undefined;
  const navigation = createNavigation();
  const idPrefix = `parley-${++instanceCount}`;

  const host = document.createElement('div');
  host.setAttribute('data-parley-widget', '');
  const shadow = host.attachShadow({ mode: 'open' });
  const releaseStyles = adoptStyles(shadow, options.nonce);
  (options.target ?? document.body).append(host);

  let isOpen = options.open === true;
  let destroyed = false;
  let unread = 0;
  const { element, onUnreadChange, ...placement } = options.launcher ?? {};
  // The host's own launchers: each shows the panel's state.
  const launchers = new Set<CustomLauncher>();
  const syncLaunchers = () => {
    for (const launcher of launchers) launcher.update({ open: isOpen, unread });
  };
  const attachLauncher = (target: Element) => {
    const launcher = bindCustomLauncher(target, () => setOpen(!isOpen));
    launchers.add(launcher);
    launcher.update({ open: isOpen, unread });
    return () => {
      if (launchers.delete(launcher)) launcher.detach();
    };
  };
  const onUnread = (count: number) => {
    if (count === unread) return;
    unread = count;
    syncLaunchers();
    onUnreadChange?.(count);
  };

  const update = () => {
    // Another language shows once its texts are here, never as a flash of English first.
    if (destroyed || !messages) return;
    render(
      h(Widget, {
        client,
        open: isOpen,
        onOpenChange: setOpen,
        messages,
        theme: options.theme,
        dir: options.dir ?? dir,
        locale,
        navigation,
        idPrefix,
        // The host's own launcher replaces ours.
        launcher: { ...placement, hidden: placement.hidden === true || element !== undefined },
        onUnreadChange: onUnread,
        notifications: options.notifications,
      }),
      shadow,
    );
  };
  if (!messages) {
    // Never rejects: a language that cannot load falls back to English.
    void loadMessages(language).then((loaded) => {
      messages = mergeMessages(loaded, options.messages);
      update();
    });
  }
  function setOpen(next: boolean) {
    if (next === isOpen) return;
    isOpen = next;
    syncLaunchers();
    update();
  }
  update();
  const hostLaunchers = typeof element === 'string' ? Array.from(document.querySelectorAll(element)) : [];
  if (__DEV__ && typeof element === 'string' && !hostLaunchers.length) {
    console.warn(
      `[parley] no element matches launcher.element "${element}"; attach one later with attachLauncher().`,
    );
  }
  for (const target of element instanceof Element ? [element] : hostLaunchers) attachLauncher(target);

  return {
    client,
    open: () => setOpen(true),
    close: () => setOpen(false),
    toggle: () => setOpen(!isOpen),
    isOpen: () => isOpen,
    attachLauncher,
    unreadCount: () => unread,
    destroy() {
      if (destroyed) return;
      for (const launcher of launchers) launcher.detach();
      launchers.clear();
      render(null, shadow);
      releaseStyles();
      destroyed = true;
      host.remove();
    },
  };
}
