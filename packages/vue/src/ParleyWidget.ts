import { type MountOptions, mount, type WidgetHandle } from '@parley/widget';
import { defineComponent, onBeforeUnmount, onMounted, type PropType, watch } from 'vue';

/** Props of {@link ParleyWidget}: the options of `mount()` from `@parley/widget`. */
export type ParleyWidgetProps = Omit<MountOptions, 'target'>;

/**
 * Mounts the Parley help widget while this component is mounted and removes it on unmount.
 * It renders nothing itself: the widget lives in its own Shadow DOM on `document.body`.
 *
 * @example
 * ```vue
 * <ParleyWidget base-url="https://support.example.com" widget-key="wk_live_123" />
 * ```
 */
export const ParleyWidget = defineComponent({
  name: 'ParleyWidget',
  props: {
    baseUrl: { type: String, required: true },
    widgetKey: { type: String, required: true },
    locale: String,
    theme: String as PropType<MountOptions['theme']>,
    dir: String as PropType<MountOptions['dir']>,
    open: Boolean,
    nonce: String,
    messages: Object as PropType<MountOptions['messages']>,
  },
  setup(props) {
    let widget: WidgetHandle | undefined;
    const start = () => {
      widget?.destroy();
      // Vue passes absent optional props as undefined; mount() wants them left out.
      const options = Object.fromEntries(Object.entries(props).filter(([, value]) => value !== undefined));
      widget = mount(options as unknown as MountOptions);
    };
    onMounted(start);
    watch(() => [props.baseUrl, props.widgetKey, props.locale, props.theme, props.dir, props.nonce], start);
    onBeforeUnmount(() => {
      widget?.destroy();
      widget = undefined;
    });
    return () => null;
  },
});
