/** Styles of the proactive nudge, scoped under `.parley` (see styles/widgetStyles.ts). @internal */
export const nudgeStyles = /* css */ `
.parley-nudge {
  position: fixed; inset-block-end: calc(var(--_offset-block) + 72px); inset-inline-end: var(--_offset-inline);
  z-index: var(--parley-z-index, 2147483000); inline-size: min(320px, calc(100vw - 2 * var(--_offset-inline)));
  padding: 16px; padding-inline-end: 44px; border: 1px solid var(--_border); border-radius: var(--_radius);
  background: var(--_bg); color: var(--_fg); box-shadow: 0 8px 28px rgb(0 0 0 / 0.22);
  animation: parley-rise 180ms ease-out;
}
.parley-nudge button { padding: 0; border: 0; background: transparent; color: inherit; text-align: start; }
.parley-nudge-message {
  display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 5; overflow: hidden; white-space: pre-line;
}
.parley-nudge ul { list-style: none; margin-block: 12px 0; margin-inline: 0; padding: 0; display: grid; gap: 6px; }
.parley-nudge li button {
  inline-size: 100%; padding: 8px 12px; border: 1px solid var(--_border); border-radius: 10px; font-weight: 600;
}
.parley-nudge .parley-nudge-dismiss {
  position: absolute; inset-block-start: 8px; inset-inline-end: 8px; inline-size: 32px; block-size: 32px;
  border-radius: 50%; display: grid; place-items: center; color: var(--_muted);
}
.parley-nudge-dismiss svg { inline-size: 18px; block-size: 18px; }
.parley-nudge li button:hover, .parley-nudge .parley-nudge-dismiss:hover {
  background: color-mix(in srgb, var(--_fg) 8%, transparent);
}
@media (prefers-reduced-motion: reduce) {
  .parley-nudge { animation: none; }
}
`;
