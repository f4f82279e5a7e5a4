/**
 * Styles of the conversation view and of the parts the new-conversation view shares with it (the chat
 * layout, the composer, cards, fields), scoped under `.parley` (see styles/widgetStyles.ts).
 * @internal
 */
export const conversationStyles = /* css */ `
.parley { --_surface: #f1f3f5; --_warn-bg: #fff4db; --_warn-fg: #6b4500; }
.parley[data-theme='dark'] { --_surface: #262a30; --_warn-bg: #3d2e0a; --_warn-fg: #ffe0a3; }
@media (prefers-color-scheme: dark) {
  .parley[data-theme='auto'] { --_surface: #262a30; --_warn-bg: #3d2e0a; --_warn-fg: #ffe0a3; }
}
.parley-muted { margin: 0; color: var(--_muted); font-size: 13px; }
/* The chat fills the panel's body: its messages scroll, its composer stays at the bottom. */
.parley-body:has(> .parley-chat) { display: flex; flex-direction: column; padding: 0; overflow: hidden; }
.parley-chat { flex: 1; min-block-size: 0; display: flex; flex-direction: column; }
.parley-chat-scroll {
  flex: 1; overflow-y: auto; overflow-anchor: none; overscroll-behavior: contain;
  display: flex; flex-direction: column; gap: 8px; padding: 16px 20px;
}
.parley-chat-scroll:focus-visible { outline-offset: -3px; }
.parley-chat-head {
  display: flex; align-items: center; gap: 12px; padding: 12px 20px; border-block-end: 1px solid var(--_border);
}
.parley-chat-head h3 { margin: 0; font-size: 15px; }
.parley-chat-head .parley-avatar { inline-size: 36px; block-size: 36px; }
.parley-banner { margin: 0; padding: 8px 20px; background: var(--_warn-bg); color: var(--_warn-fg); font-size: 13px; }
.parley-banner:empty { padding: 0; }
.parley-alert { margin: 0; color: var(--_danger-fg); font-size: 13px; }
.parley-log { display: flex; flex-direction: column; gap: 12px; }
.parley-day, .parley-event { margin: 0; color: var(--_muted); font-size: 12px; text-align: center; }
.parley-day { display: flex; align-items: center; gap: 8px; font-weight: 600; }
.parley-day::before, .parley-day::after { content: ''; flex: 1; border-block-start: 1px solid var(--_border); }
.parley-group { display: flex; flex-direction: column; align-items: flex-start; gap: 4px; }
.parley-group[data-mine] { align-items: flex-end; }
.parley-author { display: flex; align-items: center; gap: 8px; color: var(--_muted); font-size: 13px; }
.parley-avatar {
  inline-size: 24px; block-size: 24px; flex: none; border-radius: 50%; overflow: hidden;
  display: grid; place-items: center; background: var(--_brand); color: var(--_on-brand); font-size: 11px; font-weight: 700;
}
.parley-avatar img { inline-size: 100%; block-size: 100%; object-fit: cover; }
.parley-message { display: flex; flex-direction: column; align-items: inherit; gap: 6px; max-inline-size: 85%; }
.parley-bubble {
  display: flex; flex-direction: column; gap: 6px; padding: 8px 12px; border-radius: 16px;
  background: var(--_surface); overflow-wrap: anywhere;
}
.parley-group[data-mine] .parley-bubble { background: var(--_brand); color: var(--_on-brand); }
.parley-group[data-mine] .parley-bubble :focus-visible { outline-color: var(--_on-brand); }
.parley-message[data-state='failed'] .parley-bubble { box-shadow: 0 0 0 2px var(--_danger-fg); }
.parley-failed { display: flex; gap: 8px; margin: 0; color: var(--_danger-fg); font-size: 13px; }
.parley-file { display: flex; align-items: center; gap: 6px; min-inline-size: 0; color: inherit; font-size: 13px; }
.parley-file-size { flex: none; white-space: nowrap; }
.parley-file svg, .parley-draft > svg { inline-size: 16px; block-size: 16px; flex: none; }
.parley-draft-name, .parley-file-name { min-inline-size: 0; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; font-weight: 600; }
/* An image file: its preview above its name and size. The box is fixed (4:3, at most 240×180) so that a
   preview loading late does not move the messages; the whole image shows, letterboxed. */
.parley-file[data-preview] {
  display: grid; grid-template-columns: minmax(0, max-content) max-content; justify-content: start; row-gap: 4px;
}
.parley-file img {
  grid-column: 1 / -1; display: block; inline-size: 240px; max-inline-size: 100%; aspect-ratio: 4 / 3; block-size: auto;
  border: 1px solid var(--_border); border-radius: 8px; background: var(--_bg); object-fit: contain;
}
.parley .parley-link { padding: 0; border: 0; background: none; color: inherit; font-weight: 600; text-decoration: underline; }
.parley-earlier { align-self: center; font-size: 13px; }
.parley-notify { display: block; margin: 12px auto 0; font-size: 13px; }
.parley-meta { margin: 0; color: var(--_muted); font-size: 12px; }
.parley-replies { display: flex; flex-wrap: wrap; gap: 6px; margin: 0; padding: 0; border: 0; min-inline-size: 0; }
.parley .parley-reply, .parley .parley-primary {
  padding: 6px 14px; border: 1px solid var(--_brand); border-radius: 999px; background: var(--_bg);
  color: var(--_fg); font-weight: 600; text-decoration: none; align-self: flex-start;
}
.parley-reply:hover { background: var(--_surface); }
.parley .parley-primary { background: var(--_brand); color: var(--_on-brand); }
.parley .parley-card {
  display: flex; flex-direction: column; gap: 4px; inline-size: 100%; padding: 12px; border: 1px solid var(--_border);
  border-radius: 12px; background: var(--_bg); color: inherit; font-size: 14px; text-align: start;
}
button.parley-card:hover { border-color: var(--_brand); }
.parley-card img { inline-size: 100%; border-radius: 8px; }
.parley-card p, .parley-card span { margin: 0; color: var(--_muted); }
.parley-card .parley-card-link { color: inherit; font-weight: 600; text-decoration: underline; }
.parley-typing { display: flex; align-items: center; gap: 8px; margin: 0; color: var(--_muted); font-size: 13px; }
.parley-dots { display: flex; gap: 3px; }
.parley-dots i { inline-size: 6px; block-size: 6px; border-radius: 50%; background: currentColor; animation: parley-dot 1.2s infinite; }
.parley-dots i:nth-child(2) { animation-delay: 0.2s; }
.parley-dots i:nth-child(3) { animation-delay: 0.4s; }
@keyframes parley-dot { 30% { transform: translateY(-3px); } 60% { transform: none; } }
.parley-rating { padding: 12px; border: 1px solid var(--_border); border-radius: 12px; }
.parley-rating form { display: flex; flex-direction: column; gap: 8px; }
.parley-rating fieldset, .parley-prechat { margin: 0; padding: 0; border: 0; min-inline-size: 0; }
.parley-rating legend { padding: 0; margin-block-end: 8px; font-weight: 600; }
.parley-rating [role='status'] { margin: 0; }
.parley-scores { display: flex; gap: 4px; }
.parley-score {
  position: relative; flex: 1; display: flex; flex-direction: column; align-items: center; gap: 2px; padding: 6px 2px;
  border: 1px solid var(--_border); border-radius: 8px; font-size: 11px; text-align: center; cursor: pointer;
}
.parley-score span { font-size: 22px; line-height: 1; }
.parley-score input { position: absolute; inset: 0; inline-size: 100%; block-size: 100%; margin: 0; opacity: 0; cursor: pointer; }
.parley-score:has(:checked) { border-color: var(--_brand); box-shadow: inset 0 0 0 1px var(--_brand); }
.parley-score:has(:focus-visible) { outline: 3px solid var(--_brand); outline-offset: 2px; }
.parley-input {
  inline-size: 100%; padding: 8px 12px; border: 1px solid var(--_border); border-radius: 8px;
  background: var(--_bg); color: var(--_fg); font: inherit;
}
.parley-input[aria-invalid='true'] { border-color: var(--_danger-fg); }
.parley-composer { padding: 8px 12px 12px; border-block-start: 1px solid var(--_border); }
.parley-composer-errors p { margin: 0 0 6px; color: var(--_danger-fg); font-size: 13px; }
.parley-drafts { display: flex; flex-wrap: wrap; gap: 6px; margin: 0 0 8px; padding: 0; list-style: none; }
.parley-draft {
  display: flex; align-items: center; gap: 6px; max-inline-size: 100%; padding: 4px 4px 4px 8px;
  border: 1px solid var(--_border); border-radius: 8px; font-size: 13px;
}
.parley-draft img { inline-size: 32px; block-size: 32px; border-radius: 4px; object-fit: cover; }
.parley-draft .parley-icon-button { inline-size: 28px; block-size: 28px; }
.parley-composer-row { display: flex; align-items: flex-end; gap: 4px; }
.parley-composer-input {
  flex: 1; min-inline-size: 0; max-block-size: 120px; field-sizing: content; padding: 8px 4px; border: 0;
  border-radius: 8px; background: transparent; color: var(--_fg); font: inherit; resize: none;
}
.parley-composer-input::placeholder { color: var(--_muted); }
.parley-attach { color: var(--_muted); }
.parley .parley-attach:hover { background: var(--_surface); }
.parley-composer .parley-icon-button:focus-visible { outline-color: var(--_brand); }
.parley-send {
  inline-size: 36px; block-size: 36px; flex: none; border: 0; border-radius: 50%; display: grid; place-items: center;
  background: var(--_brand); color: var(--_on-brand);
}
.parley-send svg { inline-size: 18px; block-size: 18px; }
.parley-send svg:dir(rtl) { transform: scaleX(-1); }
@media (prefers-reduced-motion: reduce) { .parley-dots i { animation: none; } }
`;
