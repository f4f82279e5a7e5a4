export type { WidgetTheme } from './components/Widget';
export type { WidgetMessages } from './i18n/messages';
export { englishMessages } from './i18n/messages';
export type { MountOptions, WidgetHandle } from './mount';
export { mount } from './mount';
