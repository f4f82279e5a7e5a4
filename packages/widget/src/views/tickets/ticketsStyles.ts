/**
 * Styles of the ticket views (lookup, ticket, list) and of the form parts the offline form shares with
 * them (fields, the primary button), scoped under `.parley` (see styles/widgetStyles.ts).
 * @internal
 */
export const ticketsStyles = /* css */ `
.parley {
  /* Field borders need 3:1 against the panel (WCAG 1.4.11), which this grey has in both themes. */
  --_field-border: #6b7380;
}
.parley-ticket-title { margin: 0 0 8px; font-size: 18px; font-weight: 700; overflow-wrap: anywhere; }
.parley-ticket-heading { margin: 20px 0 8px; font-size: 14px; }
.parley-ticket-intro, .parley-ticket-meta, .parley-ticket-size { margin: 0 0 16px; color: var(--_muted); font-size: 13px; }
.parley-ticket-form { display: grid; gap: 14px; }
.parley-ticket-form > p { margin: 0; }
.parley-ticket-field { display: grid; gap: 4px; }
.parley-ticket-field label { font-weight: 600; font-size: 14px; }
.parley-ticket-field :is(input, textarea, select) {
  inline-size: 100%; padding: 8px 10px; border: 1px solid var(--_field-border); border-radius: 8px;
  background: var(--_bg); color: var(--_fg); font: inherit;
}
.parley-ticket-field textarea { resize: vertical; }
.parley-ticket-field [aria-invalid='true'] { border: 2px solid var(--_danger-fg); }
.parley-ticket-field-error { margin: 0; color: var(--_danger-fg); font-size: 13px; }
.parley-ticket-primary {
  justify-self: start; padding: 10px 20px; border: 0; border-radius: 999px;
  background: var(--_brand); color: var(--_on-brand); font-weight: 600;
}
/* Pending, not disabled: no aria-busy on the form, which would hold back the status announced inside it. */
.parley-ticket-form [aria-disabled='true'], .parley-ticket-more[aria-disabled='true'] { cursor: progress; }
.parley-ticket-status { display: inline-flex; align-items: center; gap: 6px; font-weight: 600; color: var(--_fg); }
.parley-ticket-status::before, .parley-ticket-timeline li::before {
  content: ''; inline-size: 8px; block-size: 8px; border-radius: 50%; background: var(--_muted);
}
.parley-ticket-status:is([data-status='open'], [data-status='waiting_on_customer'])::before { background: var(--_brand); }
.parley-ticket-timeline, .parley-ticket-thread, .parley-ticket-list, .parley-ticket-files { margin: 0; padding: 0; list-style: none; }
.parley-ticket-timeline li {
  position: relative; margin-inline-start: 4px; padding-block: 0 10px; padding-inline: 20px 0;
  border-inline-start: 2px solid var(--_border); font-size: 14px;
}
.parley-ticket-timeline li:last-child { border-color: transparent; font-weight: 600; }
.parley-ticket-timeline li::before { position: absolute; inset-inline-start: -6px; inset-block-start: 5px; inline-size: 10px; block-size: 10px; }
.parley-ticket-timeline li:last-child::before { background: var(--_brand); }
.parley-ticket-timeline time { color: var(--_muted); font-size: 13px; font-weight: 400; }
.parley-ticket-thread, .parley-ticket-list { display: grid; gap: 10px; }
.parley-ticket-comment, .parley-ticket-row { padding: 12px 14px; border: 1px solid var(--_border); border-radius: 12px; }
.parley-ticket-comment[data-mine] { background: var(--_code-bg); }
.parley-ticket-comment .parley-ticket-meta { margin-block-end: 6px; }
.parley-ticket-comment strong { color: var(--_fg); }
.parley-ticket-files { margin-block-start: 8px; font-size: 14px; overflow-wrap: anywhere; }
.parley-ticket-files a { color: inherit; }
.parley-ticket-files li + li { margin-block-start: 8px; }
.parley-ticket-files .parley-file { font-size: 14px; }
.parley-ticket-reply, .parley-ticket-closed { margin-block-start: 20px; }
.parley-ticket-closed p, .parley-ticket-empty p { margin: 0 0 12px; }
.parley-ticket-row { display: grid; gap: 4px; inline-size: 100%; background: none; color: inherit; text-align: start; }
.parley-ticket-row:hover { border-color: var(--_field-border); }
.parley-ticket-subject { font-weight: 600; overflow-wrap: anywhere; }
.parley-ticket-row .parley-ticket-meta { margin: 0; }
.parley-ticket-more { margin-block-start: 12px; }
`;
