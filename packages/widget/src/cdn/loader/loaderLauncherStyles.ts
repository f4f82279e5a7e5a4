/**
 * The styles of the launcher the loader draws: the same button, in the same place, as the widget's own
 * (`.parley-launcher` in styles/widgetStyles.ts; tests/browser/loader.spec.ts compares the two), so nothing
 * moves when the widget takes over. The page's custom properties reach it as they reach the widget
 * (`--parley-brand`, `--parley-on-brand`, `--parley-z-index`, `--parley-offset-block`,
 * `--parley-offset-inline`); the settings' colour is set on the button as `--_c`. While the widget loads after
 * a click, the icon is faded. Hover and its transition as the widget's. Written short: every byte counts in
 * the loader.
 * @internal
 */
export const loaderLauncherStyles = /* css */ `
:host { all: initial !important; }
button {
  --_b:var(--parley-brand,var(--_c,#3b5bdb));
  position: fixed;
  inset-block-end: var(--parley-offset-block,20px);
  inset-inline-end: var(--parley-offset-inline,20px);
  z-index: var(--parley-z-index,2147483000);
  width: 56px;
  height: 56px;
  padding: 0;
  border: 0;
  border-radius: 50%;
  background: var(--_b);
  color: var(--parley-on-brand,#fff);
  display: grid;
  place-items: center;
  box-shadow: 0 4px 16px rgb(0 0 0 / 0.24);
  cursor: pointer;
}
[data-side] { inset-inline: var(--parley-offset-inline,20px) auto; }
button:hover { transform: scale(1.06); }
button:focus-visible { outline: 3px solid var(--_b); outline-offset: 2px; }
i { box-sizing: border-box; width: 21px; height: 21px; margin-left: 2px; border: 2.4px solid; border-radius: 50% 50% 50% 2px; }
[aria-busy] i { opacity: 0.5; }
@media (prefers-reduced-motion: no-preference) {
  button { transition: transform 160ms; }
}
`;
