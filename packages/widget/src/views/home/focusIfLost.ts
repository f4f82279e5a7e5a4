import { focusIsParked } from '../../components/focusIsParked';

/**
 * Moves focus to `element` when the visitor's focus was lost, which happens when the control they used
 * left the page with the view it belonged to (typing on home opens the search view; a result opens the
 * article), or parked on the panel meanwhile. Focus that is anywhere else, on a control of the panel or in
 * the host page, is left where it is.
 * @returns whether focus moved.
 * @internal
 */
export function focusIfLost(element: HTMLElement): boolean {
  if (!focusIsParked(element)) return false;
  element.focus();
  return true;
}
