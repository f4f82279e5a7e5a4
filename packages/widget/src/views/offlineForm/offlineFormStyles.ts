/**
 * Styles of the offline form's own parts (files, confirmation); its fields and buttons are the ticket
 * views' (views/tickets/ticketsStyles.ts). Scoped under `.parley` (see styles/widgetStyles.ts).
 * @internal
 */
export const offlineFormStyles = /* css */ `
.parley-offline-files ul { margin: 8px 0 0; padding: 0; list-style: none; }
.parley-offline-files li { display: flex; align-items: center; gap: 8px; overflow-wrap: anywhere; }
.parley-offline-files li > :first-child { flex: 1; min-inline-size: 0; }
.parley-offline-files .parley-ticket-size { margin: 0; }
.parley-offline-remove {
  flex: none; inline-size: 32px; block-size: 32px; border: 0; border-radius: 50%;
  background: none; color: inherit; font-size: 20px; line-height: 1;
}
.parley-offline-remove:hover { background: var(--_code-bg); }
.parley-offline-sent { display: grid; gap: 12px; justify-items: start; }
.parley-offline-sent p { margin: 0; }
.parley-offline-reference { padding: 12px 14px; border-radius: 12px; background: var(--_code-bg); font-weight: 600; }
`;
