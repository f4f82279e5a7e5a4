import type { ParleyClient } from '@parley/core';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { errorMessage, type WidgetMessages } from '../i18n/messages';
import { readableTextColor } from '../styles/readableTextColor';
import { ErrorNotice } from './ErrorNotice';
import { Greeting } from './Greeting';
import { Launcher } from './Launcher';
import { Panel } from './Panel';
import { useWidgetConfig } from './useWidgetConfig';

/** Colour scheme of the widget. `auto` follows the visitor's system setting. */
export type WidgetTheme = 'light' | 'dark' | 'auto';

/** Props of {@link Widget}. */
export interface WidgetProps {
  client: ParleyClient;
  /** Whether the panel is open. The widget is controlled: it asks through `onOpenChange`. */
  open: boolean;
  onOpenChange: (open: boolean) => void;
  messages: WidgetMessages;
  theme: WidgetTheme;
  /** Text direction; `undefined` inherits the host page's. */
  dir?: 'ltr' | 'rtl' | undefined;
  /** Prefix for element ids, unique per widget instance. */
  idPrefix: string;
}

function activeElementOf(node: Node): Element | null {
  const root = node.getRootNode() as Document | ShadowRoot;
  return root.activeElement;
}

/** The whole widget: the launcher and, when open, the panel. */
export function Widget({ client, open, onOpenChange, messages, theme, dir, idPrefix }: WidgetProps) {
  const { state, reload } = useWidgetConfig(client);
  const launcherRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const wasOpen = useRef(open);
  // Read before this render removes the panel: was the visitor working inside it?
  const focusWasInPanel =
    wasOpen.current && !open && !!panelRef.current?.contains(activeElementOf(panelRef.current));

  useLayoutEffect(() => {
    if (open && !wasOpen.current) panelRef.current?.focus();
    // Focus would otherwise fall to the host page's <body>; hand it back to the launcher.
    if (!open && focusWasInPanel) launcherRef.current?.focus();
    wasOpen.current = open;
  }, [open, focusWasInPanel]);

  const panelId = `${idPrefix}-panel`;
  const brand = state.status === 'ready' ? state.config.brand : undefined;
  const brandStyle = brand
    ? { '--_config-brand': brand.color, '--_config-on-brand': readableTextColor(brand.color) }
    : undefined;

  return (
    <div class="parley" data-theme={theme} dir={dir} style={brandStyle}>
      {open && (
        <Panel
          id={panelId}
          panelRef={panelRef}
          title={brand?.name ?? messages.panelLabel}
          closeLabel={messages.closeLabel}
          onClose={() => onOpenChange(false)}
        >
          {state.status === 'loading' && (
            <p class="parley-status" role="status">
              {messages.loading}
            </p>
          )}
          {state.status === 'ready' && <Greeting greeting={state.config.greeting} />}
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
      <Launcher
        open={open}
        label={messages.launcherLabel}
        controls={panelId}
        onToggle={() => onOpenChange(!open)}
        buttonRef={launcherRef}
      />
    </div>
  );
}
