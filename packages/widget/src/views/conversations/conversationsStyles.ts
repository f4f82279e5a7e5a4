/** Styles of the conversations view, scoped under `.parley` (see styles/widgetStyles.ts). @internal */
export const conversationsStyles = /* css */ `
.parley-conversations h3 { margin: 0; font-size: 18px; font-weight: 700; }
.parley-conversations h3:focus { outline: none; }
.parley-conversations-new {
  inline-size: 100%; margin-block: 16px 8px; padding: 10px 16px; border: 0; border-radius: 999px;
  background: var(--_brand); color: var(--_on-brand); font-weight: 600;
}
.parley-conversations-list { list-style: none; margin-block: 0; margin-inline: -12px; padding: 0; }
.parley-conversation {
  display: flex; align-items: center; gap: 12px; inline-size: 100%; padding: 10px 12px; border: 0;
  border-radius: 12px; background: transparent; color: inherit; text-align: start;
}
.parley-conversation:hover { background: color-mix(in srgb, var(--_fg) 7%, transparent); }
.parley-conversation-main { flex: 1; min-inline-size: 0; display: grid; gap: 2px; }
.parley-conversation-line { display: flex; align-items: center; gap: 8px; min-inline-size: 0; }
.parley-conversation-name, .parley-conversation-preview {
  flex: 1; min-inline-size: 0; overflow: hidden; text-overflow: ellipsis; white-space: nowrap;
}
.parley-conversation-name { font-weight: 600; }
.parley-conversation-preview, .parley-conversation time, .parley-conversation-status { color: var(--_muted); }
.parley-conversation time, .parley-conversation-status { flex: none; font-size: 13px; }
.parley-conversation[data-unread] .parley-conversation-preview { color: var(--_fg); font-weight: 600; }
.parley-conversation-count {
  flex: none; min-inline-size: 20px; padding-inline: 6px; border-radius: 10px; background: var(--_brand);
  color: var(--_on-brand); font-size: 12px; font-weight: 700; line-height: 20px; text-align: center;
}
/* The avatar is the conversation view's; a row shows it larger. */
.parley-conversation .parley-avatar { inline-size: 40px; block-size: 40px; font-size: 14px; }
.parley-conversations-more { display: block; margin-block-start: 12px; margin-inline: auto; }
`;
