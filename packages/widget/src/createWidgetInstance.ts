import { type ConsentState, createClient, type ParleyClient, ParleyError } from '@parley/core';
import { h, render } from 'preact';
import type { WidgetEmit } from './commands/WidgetEvents';
import { bindCustomLauncher, type CustomLauncher } from './components/bindCustomLauncher';
import { Widget, type WidgetTheme } from './components/Widget';
import { catalog as english } from './i18n/catalogs/en';
import { loadMessages } from './i18n/loadMessages';
import { mergeMessages, type ShellMessages } from './i18n/messages';
import { type ResolvedLocale, resolveLocale } from './i18n/resolveLocale';
import type { MountOptions } from './mount';
import type { DraftStore } from './navigation/createDraftStore';
import { createNavigation, type Navigation } from './navigation/createNavigation';
import { stateKey } from './navigation/pageHints';
import { adoptStyles } from './styles/adoptStyles';

/** What a host, or the page, changes on a widget after it rendered. @internal */
export interface WidgetSettings {
  /** The colour scheme; `undefined` takes the configuration's. */
  theme: WidgetTheme | undefined;
  /** Whether the widget's own launcher is hidden (a host's own launcher hides it anyway). */
  launcherHidden: boolean;
  /** The host page's address, when a single-page app moved since the widget rendered. */
  page: string | undefined;
  /** The composers' drafts, once connectPage made them (it keeps them across reloads). */
  drafts: DraftStore | undefined;
}

/**
 * One widget on the page, as {@link createWidgetHandle} and navigation/connectPage.ts drive it: what it
 * shows, and the moves behind the public handle's commands (which check their arguments first).
 * @internal
 */
export interface WidgetInstance {
  readonly options: MountOptions;
  /** The client behind the widget; another one after `setLocale` (unless the host gave its own). */
  readonly client: ParleyClient;
  readonly navigation: Navigation;
  readonly settings: Readonly<WidgetSettings>;
  /** Changes some settings, and renders the widget with them. */
  change(settings: Partial<WidgetSettings>): void;
  /** The widget's host element (`data-parley-widget`), where the visitor's interactions land. */
  readonly host: HTMLElement;
  isOpen(): boolean;
  setOpen(open: boolean): void;
  /** Whether nothing opened, closed or moved the panel since the widget rendered. */
  isPristine(): boolean;
  /** Whether the widget has its texts and configuration (the `ready` event fired). */
  isReady(): boolean;
  /** The language spoken, resolved. */
  locale(): ResolvedLocale;
  /** Speaks another language: its texts load first, then the widget (and its client) switch at once. */
  setLocale(locale: string): void;
  /** The visitor's consent to storage on their device, as given or last set. */
  consent(): ConsentState;
  /**
   * Records the visitor's choice: the client writes what it held in memory, or deletes what it stored; a
   * refusal also forgets the panel's state kept in the tab. Resolves once switched; never rejects.
   */
  setConsent(consent: 'granted' | 'denied'): Promise<void>;
  unreadCount(): number;
  /** Hears every event of the widget (`ready` once), until the returned function is called. */
  observe(observer: WidgetEmit): () => void;
  emit: WidgetEmit;
  attachLauncher(element: Element): () => void;
  /**
   * Whether the widget is still waiting to be shown (created `dormant`): not on the page, not rendered, its
   * page connection not made. The state changes above are kept and show once it wakes.
   */
  isDormant(): boolean;
  /** Shows a dormant widget: puts it on the page, renders it and connects it to the page. Else nothing. */
  wake(): void;
  destroy(): void;
  isDestroyed(): boolean;
}

let instanceCount = 0;

/** How the instance starts. @internal */
export interface InstanceStart {
  /**
   * Start dormant: the client starts (its configuration, the stored session), but the widget stays off the
   * page until {@link WidgetInstance.wake}. The script-tag bundle starts so while the loader's launcher
   * stands in for the widget's: the heap of a page whose visitor never asks for help stays small.
   */
  dormant?: boolean;
}

/**
 * Renders a widget (launcher and panel) into its own Shadow DOM and returns the instance behind its
 * handle. `mount()` wraps it in the public handle; the script-tag bundle renders the widget with this alone
 * and loads the commands with their first use, to keep its first load small.
 * @throws {ParleyError} `invalid_request` when there is no document.
 * @internal
 */
export function createWidgetInstance(options: MountOptions, start: InstanceStart = {}): WidgetInstance {
  if (typeof document === 'undefined') {
    throw new ParleyError('invalid_request', 'mount() needs a browser document; call it on the client only.');
  }
  // The client is made later (see getClient): what it would refuse is refused now, before the page is touched.
  if (!options.client) {
    if (!/^https?:\/\//i.test(`${options.baseUrl}`.trim())) {
      throw new ParleyError('invalid_request', '`baseUrl` must be an absolute http(s) URL.');
    }
    if (!`${options.widgetKey ?? ''}`.trim())
      throw new ParleyError('invalid_request', '`widgetKey` is required.');
  }
  let resolved = resolveLocale(options.locale);
  let consent: ConsentState = options.consent ?? 'granted';
  const newClient = (locale: string) =>
    createClient({
      baseUrl: options.baseUrl,
      widgetKey: options.widgetKey,
      // The backend answers (articles, greeting) in the language the widget speaks.
      locale,
      consent,
      ...(options.fetch === undefined ? {} : { fetch: options.fetch }),
    });
  // Made at first use: a dormant widget's comes a task later, when its watcher asks for it, so that starting
  // the widget and starting its client are two short tasks on the host page rather than one long one.
  let client = options.client;
  const getClient = () => {
    client ??= newClient(options.locale ?? resolved.locale);
    return client;
  };
  let messages: ShellMessages | undefined =
    resolved.language === 'en' ? mergeMessages<ShellMessages>(english, options.messages) : undefined;
  const { element, onUnreadChange, ...placement } = options.launcher ?? {};
  let settings: WidgetSettings = {
    theme: options.theme,
    launcherHidden: placement.hidden === true,
    page: undefined,
    drafts: undefined,
  };
  const navigation = createNavigation();
  const initialRoutes = navigation.getSnapshot();
  const idPrefix = `parley-${++instanceCount}`;

  const host = document.createElement('div');
  host.setAttribute('data-parley-widget', '');
  const shadow = host.attachShadow({ mode: 'open' });
  let releaseStyles = () => {};
  let dormant = true;

  let isOpen = options.open === true;
  let pristine = true;
  let destroyed = false;
  let ready = false;
  let unread = 0;

  const observers = new Set<WidgetEmit>();
  const emit: WidgetEmit = (event, payload) => {
    if (event === 'ready') {
      if (ready) return;
      ready = true;
    }
    for (const observer of [...observers]) observer(event, payload);
  };

  let generation = 0;

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
    emit('unread', { count });
  };

  const update = () => {
    // Another language shows once its texts are here, never as a flash of English first.
    if (destroyed || dormant || !messages) return;
    render(
      h(Widget, {
        // A new client (another language) starts the widget afresh: every view reads from the new one.
        key: generation,
        client: getClient(),
        open: isOpen,
        onOpenChange: setOpen,
        messages,
        theme: settings.theme,
        dir: options.dir ?? resolved.dir,
        locale: resolved.locale,
        navigation,
        drafts: settings.drafts,
        pageUrl: settings.page,
        idPrefix,
        // The host's own launcher replaces ours.
        launcher: { ...placement, hidden: settings.launcherHidden || element !== undefined },
        onUnreadChange: onUnread,
        notifications: options.notifications,
        emit,
      }),
      shadow,
    );
  };
  const speak = (next: ResolvedLocale, locale?: string) => {
    // Never rejects: a language that cannot load falls back to English.
    void loadMessages(next.language).then((loaded) => {
      if (resolved !== next || destroyed) return;
      messages = mergeMessages(loaded, options.messages);
      if (locale !== undefined && !options.client) {
        client?.destroy();
        client = newClient(locale);
        generation++;
      }
      update();
    });
  };
  if (!messages) speak(resolved);
  function setOpen(next: boolean) {
    if (next === isOpen || destroyed) return;
    isOpen = next;
    pristine = false;
    syncLaunchers();
    update();
    emit(next ? 'open' : 'close', { view: navigation.current().view });
  }
  let stopPage: (() => void) | undefined;
  const wake = () => {
    if (!dormant || destroyed) return;
    dormant = false;
    releaseStyles = adoptStyles(shadow, options.nonce);
    (options.target ?? document.body).append(host);
    update();
    const hostLaunchers = typeof element === 'string' ? Array.from(document.querySelectorAll(element)) : [];
    if (__DEV__ && typeof element === 'string' && !hostLaunchers.length) {
      console.warn(
        `[parley] no element matches launcher.element "${element}"; attach one later with attachLauncher().`,
      );
    }
    for (const target of element instanceof Element ? [element] : hostLaunchers) attachLauncher(target);
    // Deep links, the state kept across reloads and the host's route changes: a chunk of their own.
    import('./navigation/connectPage').then(
      ({ connectPage }) => {
        if (!destroyed) stopPage = connectPage(instance);
      },
      () => undefined,
    );
  };

  const instance: WidgetInstance = {
    options,
    get client() {
      return getClient();
    },
    navigation,
    get settings() {
      return settings;
    },
    change(patch) {
      settings = { ...settings, ...patch };
      update();
    },
    host,
    isOpen: () => isOpen,
    setOpen,
    isPristine: () => pristine && navigation.getSnapshot() === initialRoutes,
    isReady: () => ready,
    locale: () => resolved,
    setLocale(locale) {
      resolved = resolveLocale(locale);
      speak(resolved, locale);
    },
    consent: () => consent,
    async setConsent(next) {
      consent = next;
      if (next === 'denied') {
        try {
          sessionStorage.removeItem(stateKey(options.widgetKey));
        } catch {
          // Session storage the page cannot reach holds nothing of ours either.
        }
      }
      await getClient().setConsent(next);
    },
    unreadCount: () => unread,
    observe(observer) {
      observers.add(observer);
      return () => void observers.delete(observer);
    },
    emit,
    attachLauncher,
    isDormant: () => dormant && !destroyed,
    wake,
    destroy() {
      if (destroyed) return;
      stopPage?.();
      for (const launcher of launchers) launcher.detach();
      launchers.clear();
      render(null, shadow);
      releaseStyles();
      observers.clear();
      destroyed = true;
      host.remove();
    },
    isDestroyed: () => destroyed,
  };
  if (!start.dormant) wake();
  return instance;
}
