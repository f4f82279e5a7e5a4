/** Styles of the article view, scoped under `.parley` (see styles/widgetStyles.ts). @internal */
export const articleStyles = /* css */ `
.parley-article h3 { margin: 0; font-size: 20px; line-height: 1.3; }
.parley-article-updated { margin: 4px 0 16px; font-size: 13px; color: var(--_muted); }
.parley-article-feedback { display: flex; flex-direction: column; gap: 12px; margin-block-start: 24px; padding-block-start: 16px; border-block-start: 1px solid var(--_border); }
.parley-article-feedback p { margin: 0; }
.parley-article-answers { display: flex; gap: 8px; }
.parley-article-comment { display: flex; flex-direction: column; align-items: start; gap: 8px; }
.parley-article-comment textarea {
  inline-size: 100%; padding: 8px 12px; border: 1px solid var(--_border); border-radius: 8px;
  background: var(--_bg); color: var(--_fg); font: inherit; resize: vertical;
}
`;
