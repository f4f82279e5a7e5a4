import type { ScriptTagSettings } from '../../commands/ScriptTagSettings';

/**
 * The settings of a script-tag page: `window.parleySettings`, then the `data-*` attributes of the loader's
 * own `<script>` over them, with the base URL defaulting to the origin the loader came from and the nonce
 * to the script tag's.
 *
 * @param script - The loader's `<script>` element (`document.currentScript`), if known.
 * @param fromPage - `window.parleySettings`.
 * @param loaderUrl - Where the loader was served from.
 * @example
 * ```ts
 * // <script src="https://cdn.example.com/parley-loader.js" data-widget-key="wk_1" data-position="left">
 * readLoaderSettings(script, { locale: 'fr' }, script.src);
 * // { baseUrl: 'https://cdn.example.com', locale: 'fr', widgetKey: 'wk_1', position: 'left' }
 * ```
 * @internal
 */
export function readLoaderSettings(
  script: HTMLScriptElement | null,
  fromPage: ScriptTagSettings | undefined,
  loaderUrl: string,
): ScriptTagSettings {
  const settings: ScriptTagSettings = { baseUrl: new URL(loaderUrl).origin, ...fromPage };
  const data = script?.dataset ?? {};
  for (const name of 'widgetKey baseUrl locale theme dir position color launcherElement'.split(' ')) {
    if (data[name]) (settings as Record<string, unknown>)[name] = data[name];
  }
  if (script?.nonce) settings.nonce ??= script.nonce;
  return settings;
}
