import { type MountOptions, mount } from '@parley/widget';
import { useContext, useEffect } from 'react';
import { ParleyContext } from './ParleyContext';

/** Props of {@link ParleyWidget}: the options of `mount()` from `@parley/widget`. */
export type ParleyWidgetProps = Omit<MountOptions, 'target'>;

/**
 * Mounts the Parley help widget while this component is rendered and removes it on unmount.
 * It renders nothing itself: the widget lives in its own Shadow DOM on `document.body`. Inside a
 * `<ParleyProvider>` it uses the provider's client (unless given one), so the widget and the hooks share one
 * session.
 *
 * @example
 * ```tsx
 * <ParleyWidget baseUrl="https://support.example.com" widgetKey="wk_live_123" />
 * ```
 */
export function ParleyWidget(props: ParleyWidgetProps): null {
  const shared = useContext(ParleyContext);
  const client = props.client ?? shared ?? undefined;
  const { baseUrl, widgetKey, locale, theme, dir, nonce } = props;
  // Remount only when an option that changes what is shown changes, not on every parent render.
  // biome-ignore lint/correctness/useExhaustiveDependencies: props is read whole at mount time on purpose
  useEffect(() => {
    const widget = mount(client ? { ...props, client } : props);
    return () => widget.destroy();
  }, [baseUrl, widgetKey, locale, theme, dir, nonce, client]);
  return null;
}
