import type { ComponentChildren, Ref } from 'preact';
import { CloseIcon } from './icons';

/** Props of {@link Panel}. */
export interface PanelProps {
  id: string;
  /** The panel's title, also its accessible name. */
  title: string;
  closeLabel: string;
  onClose: () => void;
  panelRef?: Ref<HTMLDivElement>;
  children: ComponentChildren;
}

/**
 * The help panel: a labelled, non-modal dialog. Escape closes it (handled here so it works wherever
 * focus is inside the panel).
 */
export function Panel({ id, title, closeLabel, onClose, panelRef, children }: PanelProps) {
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
        <h2 id={titleId}>{title}</h2>
        <button type="button" class="parley-close" aria-label={closeLabel} onClick={onClose}>
          <CloseIcon />
        </button>
      </div>
      <div class="parley-body">{children}</div>
    </div>
  );
}
