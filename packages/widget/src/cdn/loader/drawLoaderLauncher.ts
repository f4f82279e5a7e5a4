import type { ScriptTagSettings } from '../../commands/ScriptTagSettings';
import { launcherLabels } from './launcherLabels';
import { loaderLanguage } from './loaderLanguage';
import { loaderLauncherStyles } from './loaderLauncherStyles';

/**
 * Draws the round launcher, with no framework, before the widget has loaded: a host element
 * `<div data-parley-loader-launcher>` at the end of `<body>` with its own open shadow root, holding the
 * button the widget will show (the same name, icon, colour, corner and offsets from the edges, placed as
 * launcherPlacement and the widget's styles place it). Every element is created one by one (no HTML parsing:
 * no Trusted Types sink), the styles are a constructed stylesheet, and the colour is set through the CSSOM,
 * all of which a strict Content-Security-Policy allows. Where constructed stylesheets are missing (browsers
 * older than 2023), it draws nothing: the widget's own launcher shows once it has loaded.
 *
 * @param settings - The page's settings (language, direction, position, colour).
 * @returns the host element (already on the page; the button is the last child of its shadow root, marked
 *   `aria-busy` by the loader while the widget loads after a click), or `undefined` when nothing was drawn.
 * @internal
 */
export function drawLoaderLauncher(settings: ScriptTagSettings): HTMLElement | undefined {
  const doc = document;
  const host = doc.createElement('div');
  const shadow = host.attachShadow({ mode: 'open' });
  if (!shadow.adoptedStyleSheets) return;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(loaderLauncherStyles);
  shadow.adoptedStyleSheets = [sheet];
  host.setAttribute('data-parley-loader-launcher', '');

  const language = loaderLanguage(settings.locale);
  const button = doc.createElement('button');
  const dir = settings.dir ?? (language === 'ar' ? 'rtl' : 'ltr');
  // Logical properties place the button: left is the start of a left-to-right line, the end of a right-to-left one.
  button.dir = dir;
  if (settings.position && (settings.position === 'left') === (dir === 'ltr'))
    button.setAttribute('data-side', '');
  // A custom property takes anything; one that is not a colour would leave the button without a background.
  const color = settings.color;
  if (color && CSS.supports('color', color)) button.style.setProperty('--_c', color);
  button.setAttribute('aria-label', launcherLabels[language]);
  button.setAttribute('aria-expanded', 'false');
  // The widget's speech bubble (.parley-launcher-bubble), drawn by the styles. An `<i>`: a plain
  // HTMLElement, whose script interface the page has already set up (a span's would be one more).
  button.append(doc.createElement('i'));
  shadow.append(button);
  doc.body.append(host);
  return host;
}
