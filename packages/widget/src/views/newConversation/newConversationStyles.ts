/**
 * Styles of the new-conversation view, scoped under `.parley` (see styles/widgetStyles.ts). Its layout,
 * composer, cards and fields come with the conversation view's styles.
 * @internal
 */
export const newConversationStyles = /* css */ `
.parley-new-title { margin: 0; font-size: 18px; }
.parley-prechat { display: flex; flex-direction: column; gap: 12px; }
.parley-prechat legend { padding: 0; margin-block-end: 12px; color: var(--_muted); }
.parley-suggestions h4 { margin: 0 0 8px; font-size: 14px; }
.parley-suggestions ul { display: flex; flex-direction: column; gap: 8px; margin: 0; padding: 0; list-style: none; }
`;
