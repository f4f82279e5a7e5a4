import type { ScriptTagSettings } from '../../commands/ScriptTagSettings';

/**
 * The settings of a script-tag page: `window.parleySettings`, then the `data-*` attributes of the loader's
 * own `<script>` over them, with the nonce defaulting to the script tag's. Without a base URL in either, the
 * full bundle takes the origin it was served from, the loader's (parley.js sits next to it): the loader
 * itself has no use for it.
 *
 * @param script - The loader's `<script>` element (`document.currentScript`), if known.
 * @param fromPage - `window.parleySettings`.
 * @example
 * ```ts
 * // <script src="https://cdn.example.com/parley-loader.js" data-widget-key="wk_1" data-position="left">
 * readLoaderSettings(script, { locale: 'fr' });
 * // { locale: 'fr', widgetKey: 'wk_1', position: 'left' }
 * ```
 * @internal
 */
export function readLoaderSettings(
  script: HTMLScriptElement | null,
  fromPage: ScriptTagSettings | undefined,
): ScriptTagSettings {
  const settings: ScriptTagSettings = { ...fromPage };
  const data = script?.dataset ?? {};
  for (const name of 'widgetKey baseUrl locale theme dir position color launcherElement consent'.split(' ')) {
    if (data[name]) (settings as Record<string, unknown>)[name] = data[name];
  }
  if (script?.nonce) settings.nonce ??= script.nonce;
  return settings;
}
