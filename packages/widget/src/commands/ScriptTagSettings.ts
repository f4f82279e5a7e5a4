import type { WidgetTheme } from '../components/Widget';

/**
 * Settings a script-tag page gives Parley, as `window.parleySettings` or as `data-*` attributes on the
 * loader's `<script>` (which win): `data-widget-key`, `data-base-url`, `data-locale`, `data-theme`,
 * `data-dir`, `data-position`, `data-color`, `data-launcher-element`, `data-consent`. The loader draws its launcher from
 * them before the widget has loaded, and the widget boots with them. The launcher's distance from the
 * screen's edges is set from the page's CSS, for the loader's launcher and the widget alike:
 * `:root { --parley-offset-block: 32px; --parley-offset-inline: 24px; }`.
 *
 * @example
 * ```html
 * <script async src="https://support.example.com/cdn/parley-loader.js"
 *   data-widget-key="wk_live_123" data-position="left" data-color="#0b7285"></script>
 * ```
 */
export interface ScriptTagSettings {
  /** The public key of the widget; without one (here or in `Parley('boot', …)`) nothing is shown. */
  widgetKey?: string;
  /** @default the origin the loader was served from */
  baseUrl?: string;
  /**
   * The visitor's language (BCP 47).
   * @default the page's `<html lang>`, then the browser's languages, then English
   */
  locale?: string;
  theme?: WidgetTheme;
  /** @default the language's (right to left for Arabic) */
  dir?: 'ltr' | 'rtl';
  /**
   * The bottom corner of the screen the launcher sits in, whatever the text direction.
   * @default the end of the line: right in left-to-right languages, left in Arabic
   */
  position?: 'left' | 'right';
  /**
   * The launcher's colour (any CSS colour) while the widget loads, with a white icon. Give the brand colour
   * of the widget's configuration, so that nothing changes when the widget takes over. (The page's CSS may
   * set `--parley-brand` and `--parley-on-brand`, the icon's colour, on `:root` instead: they reach the
   * loader's launcher and the widget alike, and win over the configuration.)
   * @default '#3b5bdb', the widget's default brand colour
   */
  color?: string;
  /**
   * No round launcher at all, neither the loader's nor the widget's: the page opens the panel with
   * `Parley('open')`.
   * @default false
   */
  hideLauncher?: boolean;
  /**
   * A CSS selector for the page's own launcher (every match), used instead of the round button: a click
   * on it opens the panel (a click before the widget has loaded too); pointing at it or focusing it loads
   * the widget.
   */
  launcherElement?: string;
  /** CSP nonce, copied from the loader's script tag when not given. */
  nonce?: string;
  /**
   * The visitor's consent to storage on their device (`data-consent`), for sites that ask first: with
   * `'pending'` the widget works from memory until `Parley('setConsent', 'granted')`; with `'denied'` it
   * never stores anything. See docs/embedding/README.md, "Consent".
   * @default 'granted'
   */
  consent?: 'granted' | 'pending' | 'denied';
}

/**
 * The `window.Parley` stub the loader (or a pasted snippet) defines before the widget has loaded:
 * calls are queued in `q` and replayed in order by the full bundle.
 * @internal
 */
export interface ParleyQueueStub {
  (...args: unknown[]): void;
  /** Queued calls, in order (the pasted snippet keeps `arguments` objects: read them by index or spread them). */
  q?: unknown[][];
  /** Settings the loader resolved from `parleySettings` and its script tag's data attributes. */
  settings?: ScriptTagSettings;
  /** Set once the loader has run, so including it twice does nothing. */
  loader?: true;
  /**
   * The host element (`data-parley-loader-launcher`) of the launcher the loader drew while the widget
   * loads, if it drew one; the full bundle removes it once its own launcher is on screen
   * (see removeLoaderLauncher).
   */
  launcher?: HTMLElement | undefined;
  /**
   * Set by the loader when the visitor pointed at or focused its launcher (or the page's own): the full
   * bundle then shows the widget at once rather than waiting, dormant.
   */
  intent?: true;
  /** Set by the full bundle when it takes over `window.Parley`. */
  version?: string;
}
