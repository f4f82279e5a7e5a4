// The full widget bundle for script tags, an ES module the loader adds. It takes over `window.Parley` from
// the loader's queue and renders the widget at once from the loader's settings when they name a widget key.
// The commands (argument checks, identify, deep links...) are a chunk beside it that loads right away; the
// calls queued before, and those made while it loads, then run in order. Views beyond home and languages
// beyond English are chunks too.
import type { CommandApi } from '../commands/createCommandApi';
import type { ParleyQueueStub, ScriptTagSettings } from '../commands/ScriptTagSettings';
import { type BootSettings, toMountOptions } from '../commands/toMountOptions';
import { createWidgetInstance, type WidgetInstance } from '../createWidgetInstance';
import { removeLoaderLauncher } from './removeLoaderLauncher';

declare global {
  interface Window {
    Parley?: ParleyQueueStub;
    parleySettings?: ScriptTagSettings;
  }
}

((win: Window) => {
  const stub = win.Parley;
  if (stub?.version) return;
  const loaderLauncher = stub?.launcher;
  // The page's fetch as it is now: a page that replaces it later (with a wrapper that reads each answer
  // whole, say) cannot cut the realtime stream.
  const fetch = win.fetch.bind(win);

  const defaults: BootSettings = {
    baseUrl: new URL(import.meta.url).origin,
    ...win.parleySettings,
    ...stub?.settings,
  };
  const report = (message: string, detail?: unknown) =>
    console.error(`[parley] ${message}`, ...(detail === undefined ? [] : [detail]));

  // Calls wait here, in order, until the commands have loaded.
  const pending: unknown[][] = [...(stub?.q ?? [])];
  if (stub?.q) stub.q.length = 0;
  const { widgetKey, baseUrl } = defaults;
  let early: WidgetInstance | undefined;
  // The page shows the widget without waiting for the commands, unless its first call boots it otherwise;
  // its launcher then takes over from the loader's. The commands, once loaded, report settings of the
  // wrong type.
  if (widgetKey && baseUrl && pending[0]?.[0] !== 'boot') {
    try {
      early = createWidgetInstance({ ...toMountOptions({ ...defaults, widgetKey, baseUrl }), fetch });
      removeLoaderLauncher(loaderLauncher);
    } catch (error) {
      report('"boot" failed.', error);
    }
  }

  let api: CommandApi | undefined;
  const parley: ParleyQueueStub = (...args: unknown[]) => {
    if (api) return api.run(...(args as [unknown, ...unknown[]]));
    pending.push(args);
    return undefined;
  };
  parley.version = '0.1.0';
  parley.settings = defaults;
  win.Parley = parley;

  import('../commands/createCommandApi').then(
    ({ createCommandApi }) => {
      const commands = createCommandApi({ defaults, report, booted: early, fetch });
      api = commands;
      for (const args of pending.splice(0)) commands.run(...(args as [unknown, ...unknown[]]));
      // Booted by a queued call, or not at all: the loader's launcher gives way now.
      if (!early) removeLoaderLauncher(loaderLauncher);
    },
    (error: unknown) => {
      report('could not load its commands.', error);
      if (!early) removeLoaderLauncher(loaderLauncher);
    },
  );
})(window);
