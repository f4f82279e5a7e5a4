/**
 * Styles of the search box (on home and the search view) and of the search view, scoped under `.parley`
 * (see styles/widgetStyles.ts). Result rows are the shared `parley-kb-*` ones (views/home/homeStyles.ts).
 * @internal
 */
export const searchStyles = /* css */ `
.parley-search-box input {
  inline-size: 100%; padding: 10px 16px; border: 1px solid var(--_border); border-radius: 999px;
  background: var(--_bg); color: var(--_fg); font: inherit;
}
.parley-search-box input::placeholder { color: var(--_muted); opacity: 1; }
.parley-search[data-loading] .parley-kb-list { opacity: 0.6; }
`;
