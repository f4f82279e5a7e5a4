/**
 * Styles of the home view, and of the self-service parts the search and article views share with it
 * (`parley-kb-*`: article rows, section headings, the way to the team, text links). Scoped under
 * `.parley` (see styles/widgetStyles.ts).
 * @internal
 */
export const homeStyles = /* css */ `
.parley-home, .parley-search { display: flex; flex-direction: column; gap: 20px; }
.parley-kb-section h4 { margin: 0 0 8px; font-size: 13px; font-weight: 600; color: var(--_muted); }
.parley-kb-list { margin: 0; padding: 0; list-style: none; border: 1px solid var(--_border); border-radius: 12px; overflow: hidden; }
.parley-kb-list li { position: relative; padding: 12px 14px; }
.parley-kb-list li + li { border-block-start: 1px solid var(--_border); }
.parley-kb-list li:hover, .parley-home-conversation:hover { background: color-mix(in srgb, currentColor 6%, transparent); }
.parley-kb-item, .parley-home-conversation { padding: 0; border: 0; background: none; color: inherit; text-align: start; }
/* .parley first: the base's ".parley button { font: inherit }" would reset the weight. The whole row is
   the button's click target; its ring goes round the row. */
.parley .parley-kb-item { font-weight: 600; }
.parley-kb-item::after { content: ''; position: absolute; inset: 0; }
.parley-kb-item:focus-visible { outline: none; }
.parley-kb-item:focus-visible::after { outline: 3px solid var(--_brand); outline-offset: -3px; }
.parley-kb-title { font-weight: 600; }
.parley-kb-snippet { margin: 2px 0 0; font-size: 14px; color: var(--_muted); }
.parley-kb-contact { display: flex; flex-direction: column; gap: 12px; padding: 16px; border: 1px solid var(--_border); border-radius: 12px; }
.parley-kb-contact p { margin: 0; color: var(--_muted); }
.parley .parley-kb-primary { padding: 10px 16px; border: 0; border-radius: 999px; background: var(--_brand); color: var(--_on-brand); font-weight: 600; }
.parley .parley-kb-link { align-self: start; padding: 2px 0; border: 0; background: none; color: inherit; font-weight: 600; text-decoration: underline; }
.parley-home-conversation {
  display: grid; grid-template-columns: 1fr auto; gap: 2px 8px; align-items: baseline;
  inline-size: 100%; padding: 12px 14px; border: 1px solid var(--_border); border-radius: 12px;
}
.parley-home-preview { grid-column: 1; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; color: var(--_muted); }
.parley-home-unread {
  grid-column: 2; min-inline-size: 22px; padding: 0 7px; border-radius: 999px; text-align: center;
  background: var(--_danger-fg); color: var(--_bg); font-size: 13px; font-weight: 700;
}
.parley-home-conversation + .parley-kb-link { margin-block-start: 8px; }
`;
