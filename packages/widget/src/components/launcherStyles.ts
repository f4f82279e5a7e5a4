/**
 * Styles of the launcher's badge and corner, scoped under `.parley` (see styles/widgetStyles.ts): the root
 * carries `data-side="start"` when the host put the launcher on the other side, and `data-launcher="hidden"`
 * without our button.
 * @internal
 */
export const launcherStyles = /* css */ `
/* Over the launcher's top corner (56px, at the offsets); clicks go through to the launcher. */
.parley-launcher-badge {
  position: fixed; inset-block-end: calc(var(--_offset-block) + 38px); inset-inline-end: calc(var(--_offset-inline) - 4px);
  z-index: var(--parley-z-index, 2147483000); pointer-events: none; min-inline-size: 22px; block-size: 22px;
  padding-inline: 6px; border-radius: 11px; background: #c92a2a; color: #ffffff; box-shadow: 0 0 0 2px var(--_bg);
  font-size: 12px; font-weight: 700; line-height: 22px; text-align: center;
}
.parley[data-side='start'] :is(.parley-launcher, .parley-nudge) { inset-inline: var(--_offset-inline) auto; }
.parley[data-side='start'] .parley-launcher-badge { inset-inline: calc(var(--_offset-inline) + 38px) auto; }
.parley[data-launcher='hidden'] .parley-nudge { inset-block-end: var(--_offset-block); }
/* Above the mobile breakpoint only: below it the panel fills the screen. */
@media (min-width: 481px) {
  .parley[data-side='start'] .parley-panel { inset-inline: var(--_offset-inline) auto; }
  .parley[data-launcher='hidden'] .parley-panel {
    inset-block-end: var(--_offset-block); block-size: min(560px, calc(100vh - 2 * var(--_offset-block)));
  }
}
`;
