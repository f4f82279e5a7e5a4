import type { Ref } from 'preact';
import { ChatIcon, CloseIcon } from './icons';

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
}

/** The round button in the corner that opens and closes the help panel. */
export function Launcher({ open, label, controls, onToggle, buttonRef }: LauncherProps) {
  return (
    <button
      ref={buttonRef ?? null}
      type="button"
      class="parley-launcher"
      part="launcher"
      aria-label={label}
      aria-expanded={open}
      aria-controls={controls}
      onClick={onToggle}
    >
      {open ? <CloseIcon /> : <ChatIcon />}
    </button>
  );
}
