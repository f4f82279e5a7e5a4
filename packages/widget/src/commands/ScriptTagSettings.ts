import type { WidgetTheme } from '../components/Widget';

/**
 * Settings a script-tag page gives Parley, as `window.parleySettings` or as `data-*` attributes on
 * the loader's `<script>` (`data-widget-key`, `data-base-url`, `data-locale`, `data-theme`, `data-dir`).
 */
export interface ScriptTagSettings {
  widgetKey?: string;
  /** @default the origin the loader was served from */
  baseUrl?: string;
  locale?: string;
  theme?: WidgetTheme;
  dir?: 'ltr' | 'rtl';
  /** CSP nonce, copied from the loader's script tag when not given. */
  nonce?: string;
}

/**
 * The `window.Parley` stub the loader (or a pasted snippet) defines before the widget has loaded:
 * calls are queued in `q` and replayed in order by the full bundle.
 * @internal
 */
export interface ParleyQueueStub {
  (...args: unknown[]): void;
  q?: unknown[][];
  /** Settings the loader resolved from `parleySettings` and its script tag's data attributes. */
  settings?: ScriptTagSettings;
  /** Set once the loader has run, so including it twice does nothing. */
  loader?: true;
  /** Set by the full bundle when it takes over `window.Parley`. */
  version?: string;
}
