import { useCallback } from 'preact/hooks';
import { focusIsParked } from '../../components/focusIsParked';
import { useWidget } from '../../components/WidgetContext';

/**
 * A ref for a view's heading (with `tabIndex={-1}`) that takes focus when the visitor arrived from another
 * view of the panel and focus was lost on the way (the button they pressed went away with its view, and
 * the panel holds it meanwhile), so
 * keyboard and screen-reader users start reading at the new view. A view the panel opened on, or one the
 * visitor came back to with the Back button (which keeps focus), leaves focus alone.
 * @internal
 */
export function useArrivalFocus(): (node: HTMLElement | null) => void {
  const { navigation } = useWidget();
  return useCallback(
    (node: HTMLElement | null) => {
      if (!node || navigation.getSnapshot().length < 2) return;
      if (focusIsParked(node)) node.focus();
    },
    [navigation],
  );
}
