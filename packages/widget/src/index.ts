export type { LauncherOptions } from './components/LauncherOptions';
export type { WidgetTheme } from './components/Widget';
export { englishMessages } from './i18n/englishMessages';
export type { WidgetMessageOverrides, WidgetMessages } from './i18n/messages';
export { type ResolvedLocale, resolveLocale } from './i18n/resolveLocale';
export type { WidgetLanguage } from './i18n/widgetLanguages';
export type { MountOptions, WidgetHandle } from './mount';
export { mount } from './mount';
