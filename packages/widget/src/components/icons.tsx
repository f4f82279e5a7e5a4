import type { ComponentChildren } from 'preact';

/** The frame every icon shares: a 24-unit stroked drawing, hidden from assistive technology. */
function Icon({ class: className, children }: { class?: string; children: ComponentChildren }) {
  return (
    <svg
      class={className}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      stroke-width="2"
      aria-hidden="true"
      focusable="false"
    >
      {children}
    </svg>
  );
}

/** A cross, for close buttons. Decorative. */
export function CloseIcon() {
  return (
    <Icon>
      <path d="M6 6l12 12M18 6 6 18" stroke-linecap="round" />
    </Icon>
  );
}

/** An arrow pointing back (mirrored in right-to-left text by the stylesheet). Decorative. */
export function BackIcon() {
  return (
    <Icon class="parley-back-icon">
      <path d="M15 6l-6 6 6 6" stroke-linecap="round" stroke-linejoin="round" />
    </Icon>
  );
}

/** A paperclip, for files. Decorative. */
export function ClipIcon() {
  return (
    <Icon>
      <path
        d="m21 11-8.5 8.5a5 5 0 0 1-7-7L14 4a3.3 3.3 0 0 1 4.7 4.7l-8.5 8.5a1.7 1.7 0 0 1-2.4-2.4L15.5 7"
        stroke-linecap="round"
      />
    </Icon>
  );
}
