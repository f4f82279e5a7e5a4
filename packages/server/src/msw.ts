// `@parley/server/msw`: everything here runs in browsers (no Node modules, no SQLite).

export type { CreateAppOptions } from './app/createApp';
export { createApp } from './app/createApp';
export type { EngineSettings } from './app/Engine';
export type { Logger } from './logging/Logger';
export type { ParleyHandlersOptions } from './msw/createParleyHandlers';
export { createParleyHandlers } from './msw/createParleyHandlers';
export { demoContent } from './seed/demoContent';
// Every type of the seed content (what `demoContent` is, and what a team's own content is written in).
export type * from './seed/SeedContent';
export { identityHash } from './sessions/identityHash';
export type { MemoryStoreOptions } from './storage/createMemoryStore';
export { createMemoryStore } from './storage/createMemoryStore';
export type { Store } from './storage/Store';
export type {
  LocalizedText,
  Widget,
  WidgetBot,
  WidgetBusinessHours,
  WidgetFormField,
  WidgetForms,
  WidgetLimits,
  WidgetTranslation,
  WidgetTrigger,
} from './widgetConfig/Widget';
export type { Capabilities, WidgetConfigBody } from './widgetConfig/WidgetConfigBody';
