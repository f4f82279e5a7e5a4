import { createClient, type ParleyClient, ParleyError } from '@parley/core';
import { h, render } from 'preact';
import { Widget, type WidgetTheme } from './components/Widget';
import { englishMessages, mergeMessages, type WidgetMessages } from './i18n/messages';
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
   * The customer's language (BCP 47).
   * @default the backend's default
   */
  locale?: string;
  /**
   * The element the widget's host element is appended to.
   * @default document.body
   */
  target?: HTMLElement;
  /**
   * Colour scheme.
   * @default 'auto'
   */
  theme?: WidgetTheme;
  /**
   * Text direction of the widget.
   * @default inherited from the host page
   */
  dir?: 'ltr' | 'rtl';
  /** Open the panel as soon as the widget mounts. @default false */
  open?: boolean;
  /** Overrides for any text the widget shows. */
  messages?: Partial<WidgetMessages>;
  /** CSP nonce, used only in browsers without constructable stylesheets. */
  nonce?: string;
  /** An existing client to share, instead of creating one from `baseUrl` and `widgetKey`. */
  client?: ParleyClient;
  /** The `fetch` the created client uses. @default globalThis.fetch at call time */
  fetch?: typeof fetch;
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
  const client =
    options.client ??
    createClient({
      baseUrl: options.baseUrl,
      widgetKey: options.widgetKey,
      ...(options.locale === undefined ? {} : { locale: options.locale }),
      ...(options.fetch === undefined ? {} : { fetch: options.fetch }),
    });
  const messages = mergeMessages(englishMessages, options.messages);
  const idPrefix = `parley-${++instanceCount}`;

  const host = document.createElement('div');
  host.setAttribute('data-parley-widget', '');
  const shadow = host.attachShadow({ mode: 'open' });
  adoptStyles(shadow, options.nonce);
  (options.target ?? document.body).append(host);

  let isOpen = options.open === true;
  let destroyed = false;

  const update = () => {
    if (destroyed) return;
    render(
      h(Widget, {
        client,
        open: isOpen,
        onOpenChange: setOpen,
        messages,
        theme: options.theme ?? 'auto',
        dir: options.dir,
        idPrefix,
      }),
      shadow,
    );
  };
  function setOpen(next: boolean) {
    if (next === isOpen) return;
    isOpen = next;
    update();
  }
  update();

  return {
    client,
    open: () => setOpen(true),
    close: () => setOpen(false),
    toggle: () => setOpen(!isOpen),
    isOpen: () => isOpen,
    destroy() {
      if (destroyed) return;
      render(null, shadow);
      destroyed = true;
      host.remove();
    },
  };
}
