// The full widget bundle for script tags, an ES module the loader adds. It takes over `window.Parley`
// from the loader's queue, boots from the loader's settings when they name a widget key, then replays
// queued commands in order. Views beyond home and languages beyond English are chunks beside it.
import { createCommandApi } from '../commands/createCommandApi';
import type { ParleyQueueStub, ScriptTagSettings } from '../commands/ScriptTagSettings';
import { mount } from '../mount';

declare global {
  interface Window {
    Parley?: ParleyQueueStub;
    parleySettings?: ScriptTagSettings;
  }
}

((win: Window) => {
  const stub = win.Parley;
  if (stub?.version) return;

  const defaults: ScriptTagSettings = {
    baseUrl: new URL(import.meta.url).origin,
    ...win.parleySettings,
    ...stub?.settings,
  };
  const api = createCommandApi({
    mount,
    defaults,
    report: (message, detail) =>
      console.error(`[parley] ${message}`, ...(detail === undefined ? [] : [detail])),
  });

  const queued = stub?.q ?? [];
  const startsWithBoot = queued[0]?.[0] === 'boot';
  if (defaults.widgetKey && !startsWithBoot) api.run('boot');

  const parley: ParleyQueueStub = (...args: unknown[]) => api.run(...(args as [unknown, ...unknown[]]));
  parley.version = '0.1.0';
  parley.settings = defaults;
  win.Parley = parley;
  for (const args of queued.splice(0)) api.run(...(args as [unknown, ...unknown[]]));
})(window);
