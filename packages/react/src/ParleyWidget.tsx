import { type MountOptions, mount, type WidgetHandle } from '@parley/widget';
import { useContext, useEffect } from 'react';
import { ParleyContext } from './ParleyContext';

/**
 * Props of {@link ParleyWidget}: the options of `mount()` from `@parley/widget`. Inside a `<ParleyProvider>`,
 * `baseUrl` and `widgetKey` default to its client's.
 */
export type ParleyWidgetProps = Omit<MountOptions, 'target' | 'baseUrl' | 'widgetKey'> & {
  /** Where the Parley backend lives. @default the provider's client's */
  baseUrl?: string;
  /** The public key of this widget. @default the provider's client's */
  widgetKey?: string;
};

/**
 * Mounts the Parley help widget while this component is rendered and removes it on unmount.
 * It renders nothing itself: the widget lives in its own Shadow DOM on `document.body`. Inside a
 * `<ParleyProvider>` it uses the provider's client (unless given one), so the widget and the hooks share one
 * session, and needs no other prop. Options it cannot use (no backend address, say) are reported in the
 * console with a `[parley]` error; the page goes on without the widget.
 *
 * @example
 * ```tsx
 * <ParleyWidget baseUrl="https://support.example.com" widgetKey="wk_live_123" />
 * // or, below a <ParleyProvider>:
 * <ParleyWidget theme="dark" />
 * ```
 */
export function ParleyWidget(props: ParleyWidgetProps): null {
  const shared = useContext(ParleyContext);
  const client = props.client ?? shared ?? undefined;
  const { baseUrl, widgetKey, locale, theme, dir, nonce } = props;
  // Remount only when an option that changes what is shown changes, not on every parent render.
  // biome-ignore lint/correctness/useExhaustiveDependencies: props is read whole at mount time on purpose
  useEffect(() => {
    let widget: WidgetHandle | undefined;
    try {
      widget = mount(client ? { ...props, client } : (props as MountOptions));
    } catch (error) {
      console.error('[parley] <ParleyWidget> could not mount the widget:', error);
    }
    return () => widget?.destroy();
  }, [baseUrl, widgetKey, locale, theme, dir, nonce, client]);
  return null;
}
