import type { ParleyClient } from '@parley/core';
import { type MountOptions, mount, type WidgetHandle } from '@parley/widget';
import { defineComponent, inject, onBeforeUnmount, onMounted, type PropType, watch } from 'vue';
import { parleyKey } from './parleyKey';

/** Props of {@link ParleyWidget}: the options of `mount()` from `@parley/widget`. */
export type ParleyWidgetProps = Omit<MountOptions, 'target' | 'baseUrl' | 'widgetKey'> & {
  /** Where the Parley backend lives. @default the provided client's */
  baseUrl?: string;
  /** The public key of this widget. @default the provided client's */
  widgetKey?: string;
};

/** A boolean prop that stays `undefined` when absent, so that `mount()` applies its own default. */
const optionalBoolean = { type: Boolean, default: undefined };

/**
 * Mounts the Parley help widget while this component is mounted and removes it on unmount.
 * It renders nothing itself: the widget lives in its own Shadow DOM on `document.body`. Without a `client`
 * prop it uses the client of {@link createParley} or {@link provideParley} when there is one, so the widget
 * and the composables share one session (one visitor, one realtime connection). It mounts in the browser
 * only: on the server it renders an empty comment. A change of `baseUrl`, `widgetKey`, `locale`, `theme`,
 * `dir`, `nonce` or `client` mounts it afresh; the other props are read when it mounts.
 *
 * @example
 * ```vue
 * <ParleyWidget base-url="https://support.example.com" widget-key="wk_live_123" />
 * ```
 */
export const ParleyWidget = defineComponent({
  name: 'ParleyWidget',
  props: {
    baseUrl: String,
    widgetKey: String,
    locale: String,
    theme: String as PropType<MountOptions['theme']>,
    dir: String as PropType<MountOptions['dir']>,
    open: Boolean,
    nonce: String,
    messages: Object as PropType<MountOptions['messages']>,
    client: Object as PropType<ParleyClient>,
    fetch: Function as PropType<typeof fetch>,
    launcher: Object as PropType<MountOptions['launcher']>,
    notifications: Object as PropType<MountOptions['notifications']>,
    deepLinks: optionalBoolean,
    rememberState: optionalBoolean,
    consent: String as PropType<MountOptions['consent']>,
  },
  setup(props) {
    const provided = inject(parleyKey, null);
    let widget: WidgetHandle | undefined;
    const start = () => {
      widget?.destroy();
      // Vue passes absent optional props as undefined; mount() wants them left out.
      const options = Object.entries({ ...props, client: props.client ?? provided });
      try {
        widget = mount(
          Object.fromEntries(options.filter(([, value]) => value != null)) as unknown as MountOptions,
        );
      } catch (error) {
        widget = undefined;
        console.error('[parley] <ParleyWidget> could not mount the widget:', error);
      }
    };
    onMounted(start);
    watch(
      () => [props.baseUrl, props.widgetKey, props.locale, props.theme, props.dir, props.nonce, props.client],
      start,
    );
    onBeforeUnmount(() => {
      widget?.destroy();
      widget = undefined;
    });
    return () => null;
  },
});
