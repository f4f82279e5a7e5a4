// `@parley/server`: the reference backend for Node. Browser code should import `@parley/server/msw`.

export type { CreateAppOptions } from './app/createApp';
export { createApp } from './app/createApp';
export type { EngineBindings, EngineSettings } from './app/Engine';
export type { ProblemDetails } from './http/problem';
export { consoleLogger } from './logging/consoleLogger';
export type { Logger } from './logging/Logger';
export { demoContent } from './seed/demoContent';
// Every type of the seed content (what `demoContent` is, and what a team's own content is written in).
export type * from './seed/SeedContent';
export type {
  CommonServerOptions,
  DatabaseServerOptions,
  DataDirServerOptions,
  RunningServer,
  StartServerOptions,
  StoreServerOptions,
} from './startServer';
export { startServer } from './startServer';
export type { StaticRoute } from './static/createStaticFiles';
export type { MemoryStoreOptions } from './storage/createMemoryStore';
export { createMemoryStore } from './storage/createMemoryStore';
export type { SqliteStoreOptions } from './storage/openSqliteStore';
export { openSqliteStore } from './storage/openSqliteStore';
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
