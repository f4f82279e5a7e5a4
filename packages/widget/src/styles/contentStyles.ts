/**
 * Styles of rendered backend content (messages, article bodies, highlighted snippets: see content/).
 * Long unbroken strings wrap instead of widening the panel; code scrolls on its own.
 * @internal
 */
export const contentStyles = /* css */ `
.parley {
  --_mark-bg: #fff3bf;
  --_mark-fg: #1c1f24;
  --_code-bg: rgb(0 0 0 / 0.06);
}
.parley[data-theme='dark'] { --_mark-bg: #5c4a00; --_mark-fg: #fff8db; --_code-bg: rgb(255 255 255 / 0.1); }
@media (prefers-color-scheme: dark) {
  .parley[data-theme='auto'] { --_mark-bg: #5c4a00; --_mark-fg: #fff8db; --_code-bg: rgb(255 255 255 / 0.1); }
}
.parley-content { overflow-wrap: anywhere; }
.parley-content > :first-child { margin-block-start: 0; }
.parley-content > :last-child { margin-block-end: 0; }
.parley-content p, .parley-content ul, .parley-content ol, .parley-content pre, .parley-content blockquote {
  margin-block: 0 8px;
}
.parley-content ul, .parley-content ol { padding-inline-start: 20px; }
.parley-content a { color: inherit; text-decoration: underline; }
.parley-content code { padding: 1px 4px; border-radius: 4px; background: var(--_code-bg); font-size: 0.92em; }
.parley-content pre { padding: 8px 12px; border-radius: 8px; background: var(--_code-bg); overflow-x: auto; white-space: pre; }
.parley-content pre code { padding: 0; background: none; }
.parley-content img { max-inline-size: 100%; block-size: auto; border-radius: 8px; }
.parley-content blockquote { padding-inline-start: 12px; border-inline-start: 3px solid var(--_border); color: var(--_muted); }
.parley mark { padding: 0 1px; border-radius: 2px; background: var(--_mark-bg); color: var(--_mark-fg); }
`;
