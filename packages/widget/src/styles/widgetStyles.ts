import { launcherStyles } from '../components/launcherStyles';
import { homeStyles } from '../views/home/homeStyles';
import { searchStyles } from '../views/search/searchStyles';

/**
 * The widget's styles. Everything is scoped under `.parley` so the same sheet works inside the
 * shadow root (production) and in a plain document (Storybook). Sizes are px, not rem, because host
 * pages change the root font size. Directions use logical properties so RTL needs no extra rules.
 *
 * Custom properties a host may set on the widget's host element:
 * `--parley-brand`, `--parley-on-brand`, `--parley-font`, `--parley-radius`, `--parley-z-index`,
 * `--parley-offset-block`, `--parley-offset-inline`.
 *
 * The host element's own rules are important: page rules match it too (`div`, `*`), a page's important rule
 * beats any normal rule of ours, and ours beat the page's (a shadow tree's important rules win). A page's
 * transform, filter or containment on it would trap the fixed launcher and panel inside it; its opacity would
 * fade them.
 */
const baseStyles = /* css */ `
/* Nothing of the page's styles reaches the widget, except its font: the widget speaks in the host's typeface. */
:host { all: initial !important; font-family: inherit !important; }
.parley {
  /* Host overrides (--parley-*) win over the backend's brand colour (--_config-*). */
  --_brand: var(--parley-brand, var(--_config-brand, #3b5bdb));
  --_on-brand: var(--parley-on-brand, var(--_config-on-brand, #ffffff));
  --_bg: #ffffff;
  --_fg: #1c1f24;
  --_muted: #4d5560;
  --_border: #d5d9df;
  --_danger-bg: #fff1f1;
  --_danger-fg: #a11d1d;
  --_radius: var(--parley-radius, 16px);
  --_offset-block: var(--parley-offset-block, 20px);
  --_offset-inline: var(--parley-offset-inline, 20px);
  font-family: var(--parley-font, inherit);
  font-size: 15px;
  line-height: 1.45;
  color: var(--_fg);
  -webkit-font-smoothing: antialiased;
}
.parley[data-theme='dark'] {
  --_bg: #17191d;
  --_fg: #eef0f3;
  --_muted: #b4bbc5;
  --_border: #393e46;
  --_danger-bg: #3a1717;
  --_danger-fg: #ffc9c9;
}
@media (prefers-color-scheme: dark) {
  .parley[data-theme='auto'] {
    --_bg: #17191d;
    --_fg: #eef0f3;
    --_muted: #b4bbc5;
    --_border: #393e46;
    --_danger-bg: #3a1717;
    --_danger-fg: #ffc9c9;
  }
}
.parley *, .parley *::before, .parley *::after { box-sizing: border-box; }
/* Text only screen readers get (what an icon or a badge shows, said in words). */
.parley-visually-hidden {
  position: absolute; inline-size: 1px; block-size: 1px; margin: -1px; padding: 0; border: 0; overflow: hidden;
  clip-path: inset(50%); white-space: nowrap;
}
.parley button { font: inherit; cursor: pointer; }
.parley :focus-visible { outline: 3px solid var(--_brand); outline-offset: 2px; }
.parley-launcher {
  position: fixed;
  inset-block-end: var(--_offset-block);
  inset-inline-end: var(--_offset-inline);
  z-index: var(--parley-z-index, 2147483000);
  inline-size: 56px;
  block-size: 56px;
  border: 0;
  border-radius: 50%;
  background: var(--_brand);
  color: var(--_on-brand);
  display: grid;
  place-items: center;
  box-shadow: 0 4px 16px rgb(0 0 0 / 0.24);
  transition: transform 160ms ease;
}
.parley-launcher:hover { transform: scale(1.06); }
.parley-launcher svg { inline-size: 28px; block-size: 28px; }
/* The speech bubble of the closed launcher, drawn by its border: a ring whose bottom-left corner stays square
   makes the tail. Not an SVG: the first SVG element a page's script creates costs it some 2.5 ms of script and
   30 kB of heap, before the visitor asked for anything (the loader draws the same, loaderLauncherStyles.ts). */
.parley-launcher-bubble {
  box-sizing: border-box;
  inline-size: 21px;
  block-size: 21px;
  margin-left: 2px;
  border: 2.4px solid;
  border-radius: 50% 50% 50% 2px;
}
.parley-panel {
  position: fixed;
  inset-block-end: calc(var(--_offset-block) + 72px);
  inset-inline-end: var(--_offset-inline);
  z-index: var(--parley-z-index, 2147483000);
  inline-size: min(380px, calc(100vw - 2 * var(--_offset-inline)));
  block-size: min(560px, calc(100vh - var(--_offset-block) - 96px));
  display: flex;
  flex-direction: column;
  background: var(--_bg);
  color: var(--_fg);
  border: 1px solid var(--_border);
  border-radius: var(--_radius);
  box-shadow: 0 12px 40px rgb(0 0 0 / 0.28);
  overflow: hidden;
  animation: parley-rise 180ms ease-out;
}
.parley-panel:focus { outline: none; }
.parley-header {
  display: flex;
  align-items: center;
  gap: 8px;
  padding: 16px 16px 16px 20px;
  padding-inline: 20px 12px;
  background: var(--_brand);
  color: var(--_on-brand);
}
.parley-header h2 { margin: 0; margin-inline-end: auto; font-size: 16px; font-weight: 600; }
.parley-icon-button {
  inline-size: 36px;
  block-size: 36px;
  border: 0;
  border-radius: 50%;
  background: transparent;
  color: inherit;
  display: grid;
  place-items: center;
}
.parley-icon-button:hover { background: rgb(255 255 255 / 0.16); }
.parley-icon-button:focus-visible { outline-color: var(--_on-brand); }
.parley-icon-button svg { inline-size: 20px; block-size: 20px; }
/* :dir() follows the direction inherited from the host page, across the shadow boundary. */
.parley-back-icon:dir(rtl) { transform: scaleX(-1); }
/* Its end does not scroll the host page on. */
.parley-body { flex: 1; overflow: auto; overscroll-behavior: contain; padding: 24px 20px; }
.parley-greeting-title { margin: 0 0 8px; font-size: 22px; font-weight: 700; }
.parley-greeting-message { margin: 0; color: var(--_muted); }
.parley-status { margin: 0; color: var(--_muted); }
/* A view that loads quickly shows no loading line at all. */
.parley-view-loading { animation: parley-appear 1ms 400ms both; }
@keyframes parley-appear { from { visibility: hidden; } }
.parley-error {
  padding: 16px;
  border-radius: 12px;
  background: var(--_danger-bg);
  color: var(--_danger-fg);
}
.parley-error p { margin: 0 0 12px; }
.parley-button {
  padding: 8px 16px;
  border: 1px solid currentColor;
  border-radius: 999px;
  background: transparent;
  color: inherit;
  font-weight: 600;
}
@keyframes parley-rise { from { opacity: 0; transform: translateY(8px); } }
@media (prefers-reduced-motion: reduce) {
  .parley-panel { animation: none; }
  .parley-launcher { transition: none; }
}
@media (max-width: 480px) {
  /* The visual viewport (see followVisualViewport: above an on-screen keyboard); measured, so physical. */
  .parley-panel {
    inset: var(--_viewport-top, 0px) auto auto var(--_viewport-left, 0px);
    inline-size: var(--_viewport-width, 100%);
    block-size: var(--_viewport-height, 100%);
    border-radius: 0;
    border: 0;
  }
  /* It would cover the panel's controls; the panel's Close button stands in for it. */
  .parley[data-open] .parley-launcher { display: none; }
  /* Below 16px, iOS zooms into a focused field. */
  .parley .parley-panel :is(input, textarea, select) { font-size: 16px; }
}
`;

/**
 * The sheet every widget starts with: the base (tokens, launcher, panel) and the home view with its search
 * box. The other views bring theirs when they load (see styles/viewStyles.ts), and so does the nudge.
 */
export const widgetStyles = [baseStyles, launcherStyles, homeStyles, searchStyles].join('\n');
