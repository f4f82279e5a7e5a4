import { ParleyWidgetElement } from './ParleyWidgetElement';

export type { ParleyWidgetAttributes, ParleyWidgetJsxProps } from './ParleyWidgetAttributes';
export { ParleyWidgetElement, type ParleyWidgetOptions } from './ParleyWidgetElement';
export type { ParleyWidgetEventMap } from './ParleyWidgetEventMap';

// The one side effect of the project: importing this module defines <parley-widget>. Only where custom
// elements exist (not during server rendering), and only once: a second copy of this package, or a page
// that defined the name itself, keeps the definition it has.
if (typeof customElements !== 'undefined') {
  const defined = customElements.get('parley-widget');
  if (!defined) customElements.define('parley-widget', ParleyWidgetElement);
  else if (__DEV__) {
    console.warn(
      '[parley] <parley-widget> was already defined (another copy of @parley/element, or the page); that definition stays.',
    );
  }
}
