import type { Ref } from 'preact';
import { CloseIcon } from './icons';

/** Props of {@link Launcher}. */
export interface LauncherProps {
  /** Whether the panel it controls is open (drives `aria-expanded` and the icon). */
  open: boolean;
  /** Accessible name; stays the same whether open or closed, as a toggle button's should. */
  label: string;
  /** The id of the panel it opens. */
  controls: string;
  onToggle: () => void;
  buttonRef?: Ref<HTMLButtonElement>;
  /**
   * Unread messages from the team: a badge on the closed launcher, its description, and announced politely
   * when it changes while the panel is closed.
   * @default 0
   */
  unread?: number;
  /**
   * The words of the count, such as `messages.unreadBadge` ('3 unread messages').
   * @default the number alone
   */
  unreadLabel?: (count: number) => string;
  /**
   * No button (the host opens the panel itself, or with its own launcher); the count is still announced.
   * @default false
   */
  hidden?: boolean;
}

/**
 * The round button in the corner that opens and closes the help panel, with the unread badge. The count is
 * written in a polite live region beside the button (its description), silent while the panel is open, where
 * the conversation itself tells of new messages.
 */
export function Launcher({
  open,
  label,
  controls,
  onToggle,
  buttonRef,
  unread = 0,
  unreadLabel = String,
  hidden = false,
}: LauncherProps) {
  const statusId = `${controls}-unread`;
  return (
    <>
      {!hidden && (
        <button
          ref={buttonRef ?? null}
          type="button"
          class="parley-launcher"
          part="launcher"
          aria-label={label}
          aria-expanded={open}
          aria-controls={controls}
          aria-describedby={unread > 0 ? statusId : undefined}
          onClick={onToggle}
        >
          {open ? <CloseIcon /> : <i class="parley-launcher-bubble" aria-hidden="true" />}
        </button>
      )}
      {/* Beside the button, not in it: its visible text would then differ from its name (WCAG 2.5.3). */}
      {!hidden && !open && unread > 0 && (
        <span class="parley-launcher-badge" part="launcher-badge" aria-hidden="true">
          {unread > 99 ? '99+' : unread}
        </span>
      )}
      <span id={statusId} class="parley-visually-hidden" role="status" aria-live={open ? 'off' : 'polite'}>
        {unread > 0 ? unreadLabel(unread) : ''}
      </span>
    </>
  );
}
