import type { ComponentChildren, Ref } from 'preact';
import { BackIcon, CloseIcon } from './icons';

/** Props of {@link Panel}. */
export interface PanelProps {
  id: string;
  /** The panel's title, also its accessible name. */
  title: string;
  closeLabel: string;
  onClose: () => void;
  /** Shown as a Back button in the header when given (the visitor is deeper than the first view). */
  onBack?: (() => void) | undefined;
  backLabel: string;
  panelRef?: Ref<HTMLDivElement>;
  children: ComponentChildren;
}

/**
 * The help panel: a labelled, non-modal dialog. Escape closes it (handled here so it works wherever
 * focus is inside the panel).
 */
export function Panel({ id, title, closeLabel, onClose, onBack, backLabel, panelRef, children }: PanelProps) {
  const titleId = `${id}-title`;
  return (
    <div
      ref={panelRef ?? null}
      id={id}
      class="parley-panel"
      part="panel"
      role="dialog"
      aria-labelledby={titleId}
      tabIndex={-1}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onClose();
        }
      }}
    >
      <div class="parley-header">
        {onBack && (
          <button type="button" class="parley-icon-button" aria-label={backLabel} onClick={onBack}>
            <BackIcon />
          </button>
        )}
        <h2 id={titleId}>{title}</h2>
        <button type="button" class="parley-icon-button" aria-label={closeLabel} onClick={onClose}>
          <CloseIcon />
        </button>
      </div>
      <div class="parley-body">{children}</div>
    </div>
  );
}
