/** The state a host's launcher shows. */
export interface LauncherState {
  /** Whether the panel is open. */
  open: boolean;
  /** Unread messages from the team. */
  unread: number;
}

/** A host element bound by {@link bindCustomLauncher}. */
export interface CustomLauncher {
  /** Shows the panel's state on the element (ARIA and data attributes). */
  update(state: LauncherState): void;
  /** Stops listening and gives the element its attributes back. */
  detach(): void;
}

const OWN_ATTRIBUTES = ['aria-expanded', 'aria-haspopup', 'data-parley-open', 'data-parley-unread'] as const;

/**
 * Makes a host page's element (its own "Help" button) the launcher: a click toggles the panel, and the
 * element carries the panel's state for assistive technology (`aria-expanded`) and for the host's CSS
 * (`data-parley-open`, `data-parley-unread`). A link's navigation is prevented: the panel replaces it.
 *
 * @example
 * ```ts
 * const launcher = bindCustomLauncher(document.querySelector('#help')!, () => widget.toggle());
 * launcher.update({ open: false, unread: 2 }); // <button id="help" data-parley-unread="2" aria-expanded="false">
 * ```
 */
export function bindCustomLauncher(element: Element, onToggle: () => void): CustomLauncher {
  const saved = OWN_ATTRIBUTES.map((name) => [name, element.getAttribute(name)] as const);
  const set = (name: string, value: string | null) =>
    value === null ? element.removeAttribute(name) : element.setAttribute(name, value);
  const click = (event: Event) => {
    event.preventDefault();
    onToggle();
  };
  element.addEventListener('click', click);
  set('aria-haspopup', 'dialog');
  return {
    update({ open, unread }) {
      set('aria-expanded', String(open));
      set('data-parley-open', open ? '' : null);
      set('data-parley-unread', unread > 0 ? String(unread) : null);
    },
    detach() {
      element.removeEventListener('click', click);
      for (const [name, value] of saved) set(name, value);
    },
  };
}
