import { type ParleyClient, ParleyError } from '@parley/core';
import { useEffect, useLayoutEffect, useMemo, useRef } from 'preact/hooks';
import type { WidgetEmit } from '../commands/WidgetEvents';
import { useImported } from '../hooks/useImported';
import { useStore } from '../hooks/useStore';
import { errorMessage, type ShellMessages } from '../i18n/messages';
import type { DraftStore } from '../navigation/createDraftStore';
import { createNavigation, type Navigation } from '../navigation/createNavigation';
import { type NotificationOptions, useNotifications } from '../notifications/useNotifications';
import { addStyles } from '../styles/adoptStyles';
import { readableTextColor } from '../styles/readableTextColor';
import { CurrentView } from '../views/CurrentView';
import { preloadViews } from '../views/loadView';
import { ErrorNotice } from './ErrorNotice';
import { followVisualViewport } from './followVisualViewport';
import { Launcher } from './Launcher';
import type { LauncherOptions } from './LauncherOptions';
import { launcherPlacement } from './launcherPlacement';
import { Panel } from './Panel';
import { ShellContext } from './ShellContext';
import { useUnreadCount } from './useUnreadCount';
import { useWidgetConfig } from './useWidgetConfig';

/** Colour scheme of the widget. `auto` follows the visitor's system setting. */
export type WidgetTheme = 'light' | 'dark' | 'auto';

/** Props of {@link Widget}. */
export interface WidgetProps {
  client: ParleyClient;
  /** Whether the panel is open. The widget is controlled: it asks through `onOpenChange`. */
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /**
   * The texts in the visitor's language. The views beyond home complete them with their English once they
   * load (see views/loadView.tsx); complete messages are used as they are.
   */
  messages: ShellMessages;
  /** The colour scheme; `undefined` takes the widget configuration's (`brand.theme`), else `auto`. */
  theme?: WidgetTheme | undefined;
  /** Text direction; `undefined` inherits the host page's. */
  dir?: 'ltr' | 'rtl' | undefined;
  /** Prefix for element ids, unique per widget instance. */
  idPrefix: string;
  /**
   * The visitor's language (BCP 47), for dates and numbers.
   * @default 'en'
   */
  locale?: string | undefined;
  /**
   * Where the panel is. Passed in so that the host's commands can move it too.
   * @default a navigation of its own, starting at home
   */
  navigation?: Navigation | undefined;
  /** Where the launcher sits and whether it shows (a custom launcher is `hidden` here: mount() binds it). */
  launcher?: Pick<LauncherOptions, 'position' | 'offset' | 'hidden'> | undefined;
  /** The count of unread messages from the team changed (and once at first, with 0). */
  onUnreadChange?: ((count: number) => void) | undefined;
  /** Page title, tone and desktop notifications while the tab is hidden; each is opt-in. */
  notifications?: Omit<NotificationOptions, 'describe'> | undefined;
  /** Tells the host's listeners what happened (`ready`, `article`, `conversation:start`, `rating`, `error`). */
  emit?: WidgetEmit | undefined;
  /** The composers' unsent texts, kept outside the views (see createDraftStore). */
  drafts?: DraftStore | undefined;
  /**
   * The address of the host's page; a single-page app's route change passes the new one, so home suggests
   * articles for it and the nudges start over.
   * @default the address when the widget rendered
   */
  pageUrl?: string | undefined;
}

/** The focused element of the document or shadow root `node` is in; none once `node` left the page. */
function activeElementOf(node: Node): Element | null {
  try {
    return node.isConnected ? (node.getRootNode() as Document | ShadowRoot).activeElement : null;
  } catch {
    // Focus bookkeeping that breaks (happy-dom keeps a removed element as the focused one, then throws
    // here) counts as nothing focused in the widget.
    return null;
  }
}

/** The proactive nudge and its styles, loaded only for a widget whose configuration has triggers. */
const loadProactiveNudge = () =>
  Promise.all([import('./ProactiveNudge'), import('./nudgeStyles')]).then(
    ([{ ProactiveNudge }, { nudgeStyles }]) => {
      addStyles(nudgeStyles);
      return ProactiveNudge;
    },
  );

/** The whole widget: the launcher and, when open, the panel. */
export function Widget({
  client,
  open,
  onOpenChange,
  messages,
  theme,
  dir,
  idPrefix,
  locale = 'en',
  navigation: givenNavigation,
  launcher,
  onUnreadChange,
  notifications,
  emit,
  drafts,
  pageUrl = location.href,
}: WidgetProps) {
  const { state, reload } = useWidgetConfig(client);
  const emitRef = useRef(emit);
  emitRef.current = emit;
  // The client's events that are the widget's too.
  useEffect(() => {
    const stops = [
      client.on('message', (payload) => emitRef.current?.('message', payload)),
      client.on('error', (payload) => emitRef.current?.('error', payload)),
    ];
    return () => {
      for (const stop of stops) stop();
    };
  }, [client]);
  useEffect(() => {
    if (state.status === 'ready') emitRef.current?.('ready', { widgetKey: client.options.widgetKey, locale });
    if (state.status === 'error') {
      emitRef.current?.('error', {
        error: new ParleyError(state.code, 'The widget configuration did not load.'),
      });
    }
  }, [state]);
  const ProactiveNudge = useImported(
    state.status === 'ready' && state.config.triggers.length > 0 ? loadProactiveNudge : undefined,
  );
  const ownNavigation = useMemo(() => givenNavigation ?? createNavigation(), [givenNavigation]);
  const routes = useStore(ownNavigation);
  const launcherRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const wasOpen = useRef(open);
  // What had focus when the panel opened: a custom launcher is the host's element, outside our shadow root.
  const opener = useRef<HTMLElement | null>(null);
  const unread = useUnreadCount(client);
  const unreadChanged = useRef(onUnreadChange);
  unreadChanged.current = onUnreadChange;
  useEffect(() => unreadChanged.current?.(unread), [unread]);
  const openOn = (articleId?: string) => {
    ownNavigation.reset();
    if (articleId) ownNavigation.push({ view: 'article', articleId });
    onOpenChange(true);
  };
  useNotifications(client, {
    ...notifications,
    // The words of a reply load with the first one the visitor is told of.
    describe: async ({ conversationId, message }) => ({
      title: messages.notifications.newMessage(message.author.name),
      body: (await import('../views/conversations/previewText')).previewText(message, messages),
      // One notification per conversation: a newer reply replaces the older one.
      tag: conversationId,
      ...(message.author.avatarUrl ? { icon: message.author.avatarUrl } : {}),
      onClick: () => {
        ownNavigation.reset();
        ownNavigation.push({ view: 'conversation', conversationId });
        onOpenChange(true);
      },
    }),
  });
  // Read before this render removes the panel: was the visitor working inside it?
  const focusWasInPanel =
    wasOpen.current && !open && !!panelRef.current?.contains(activeElementOf(panelRef.current));

  useLayoutEffect(() => {
    if (open && !wasOpen.current) {
      const active = document.activeElement;
      opener.current = active instanceof HTMLElement ? active : null;
      panelRef.current?.focus();
    }
    // Focus would otherwise fall to the host page's <body>; hand it back to the launcher (or the host's own).
    if (!open && focusWasInPanel) (launcherRef.current ?? opener.current)?.focus();
    wasOpen.current = open;
  }, [open, focusWasInPanel]);

  // Once the panel is open, the views a visitor opens next load while the browser is idle.
  useEffect(() => {
    if (open) preloadViews();
  }, [open]);

  // The full-screen panel of small screens stays in what the visitor sees, above the on-screen keyboard.
  useLayoutEffect(
    () => (open && panelRef.current ? followVisualViewport(panelRef.current) : undefined),
    [open],
  );

  // A move that removes the focused control (Back, a submitted form) would drop focus to the host page's
  // <body>: keep keyboard and screen-reader users inside the panel instead.
  const focusInPanel = open && !!panelRef.current?.contains(activeElementOf(panelRef.current));
  useLayoutEffect(() => {
    const panel = panelRef.current;
    if (focusInPanel && panel && !panel.contains(activeElementOf(panel))) panel.focus();
  }, [routes, focusInPanel]);

  const panelId = `${idPrefix}-panel`;
  const brand = state.status === 'ready' ? state.config.brand : undefined;
  const brandStyle = brand
    ? { '--_config-brand': brand.color, '--_config-on-brand': readableTextColor(brand.color) }
    : undefined;

  const placement = launcherPlacement(launcher, dir);

  return (
    <div
      class="parley"
      data-theme={theme ?? (state.status === 'ready' ? state.config.brand.theme : undefined) ?? 'auto'}
      dir={dir}
      data-side={placement.side === 'start' ? 'start' : undefined}
      data-launcher={launcher?.hidden ? 'hidden' : undefined}
      // On small screens the panel fills the screen and the launcher steps aside while it is open.
      data-open={open ? '' : undefined}
      style={{ ...placement.style, ...brandStyle }}
    >
      {open && (
        <Panel
          id={panelId}
          panelRef={panelRef}
          title={brand?.name ?? messages.panelLabel}
          closeLabel={messages.closeLabel}
          onClose={() => onOpenChange(false)}
          backLabel={messages.backLabel}
          onBack={routes.length > 1 && state.status === 'ready' ? ownNavigation.back : undefined}
        >
          {state.status === 'loading' && (
            <p class="parley-status" role="status">
              {messages.loading}
            </p>
          )}
          {state.status === 'ready' && (
            <ShellContext.Provider
              value={{
                client,
                config: state.config,
                messages,
                locale,
                navigation: ownNavigation,
                idPrefix,
                offerDesktopNotifications: notifications?.desktop === true,
                emit,
                drafts,
                pageUrl,
              }}
            >
              <CurrentView route={routes[routes.length - 1] ?? routes[0]} />
            </ShellContext.Provider>
          )}
          {state.status === 'error' && (
            <ErrorNotice
              message={errorMessage(messages, state.code)}
              retryLabel={messages.retry}
              onRetry={() => {
                // The retry button disappears while loading; keep keyboard users inside the panel.
                panelRef.current?.focus();
                reload();
              }}
            />
          )}
        </Panel>
      )}
      {ProactiveNudge && state.status === 'ready' && (
        <ProactiveNudge
          triggers={state.config.triggers}
          storage={client.storage}
          open={open}
          brand={state.config.brand.name}
          messages={messages}
          showArticles={state.config.capabilities.knowledgeBase}
          onOpen={openOn}
          onDismissed={() => launcherRef.current?.focus()}
          page={pageUrl}
        />
      )}
      <Launcher
        open={open}
        label={messages.launcherLabel}
        controls={panelId}
        onToggle={() => onOpenChange(!open)}
        buttonRef={launcherRef}
        unread={unread}
        unreadLabel={messages.unreadBadge}
        hidden={launcher?.hidden === true}
      />
    </div>
  );
}
