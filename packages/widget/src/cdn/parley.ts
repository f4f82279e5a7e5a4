// The full widget bundle for script tags, an ES module the loader adds. It takes over `window.Parley` from
// the loader's queue and starts the widget from the loader's settings when they name a widget key.
//
// While the loader's launcher stands in for the widget's and nothing asks for more, the widget starts
// dormant: its client starts (configuration, stored session), but it renders nothing and the loader's
// launcher stays. It wakes, and takes over from the loader's launcher, at the visitor's intent (pointing at
// or focusing the launcher; a click opens it), at the page's first `Parley(...)` call, or when it has
// something to show unasked (wakeWhenNeeded.ts: a returning visitor's session, a proactive message for
// this page). A deep link or state kept in this tab shows it at once. A page whose visitor never asks for
// help thus keeps a small heap.
//
// The commands (argument checks, identify, events...) are a chunk beside it that loads when the widget
// wakes or at the first call; the calls queued before, and those made while it loads, then run in order.
// Views beyond home and languages beyond English are chunks too.
import type { CommandApi } from '../commands/createCommandApi';
import type { ParleyQueueStub, ScriptTagSettings } from '../commands/ScriptTagSettings';
import { type BootSettings, toMountOptions } from '../commands/toMountOptions';
import { createWidgetInstance, type WidgetInstance } from '../createWidgetInstance';
import { mayHaveDeepLink } from '../navigation/pageHints';
import { removeLoaderLauncher } from './removeLoaderLauncher';

declare global {
  interface Window {
    Parley?: ParleyQueueStub;
    parleySettings?: ScriptTagSettings;
  }
}

/** The events on the loader's launcher that wake the widget. */
const INTENT = ['pointerover', 'focusin'] as const;

/**
 * Keeps a dormant widget asleep until the visitor's intent on the loader's launcher (pointing at it or
 * focusing it; a click reaches `Parley('open')` through the loader) or until it has something to show.
 */
function sleep(
  instance: WidgetInstance,
  loaderLauncher: HTMLElement,
  intent: boolean,
  wake: () => void,
): void {
  let stopWatching = () => {};
  const wakeNow = () => {
    for (const type of INTENT) loaderLauncher.removeEventListener(type, wakeNow);
    stopWatching();
    wake();
  };
  // Intent that came while this bundle loaded (which it started) counts too.
  if (intent) {
    wakeNow();
    return;
  }
  for (const type of INTENT) loaderLauncher.addEventListener(type, wakeNow);
  import('./wakeWhenNeeded').then(
    ({ wakeWhenNeeded }) => {
      if (instance.isDormant())
        stopWatching = wakeWhenNeeded(instance.client, instance.options.widgetKey, wakeNow);
    },
    // Without the watcher, the widget still wakes at intent or at a call.
    () => undefined,
  );
}

/** Takes over `window.Parley` and starts the widget. */
function start(win: Window): void {
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
  let api: CommandApi | undefined;
  let commandsRequested = false;
  const loadCommands = () => {
    if (commandsRequested) return;
    commandsRequested = true;
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
  };
  // A dormant widget shows, its launcher takes over from the loader's (focus included), and the commands load.
  const wake = () => {
    if (early?.isDormant()) {
      early.wake();
      removeLoaderLauncher(loaderLauncher);
    }
    loadCommands();
  };

  // The page shows the widget without waiting for the commands, unless its first call boots it otherwise.
  // The commands, once loaded, report settings of the wrong type.
  if (widgetKey && baseUrl && pending[0]?.[0] !== 'boot') {
    const dormant = !!loaderLauncher && pending.length === 0 && !mayHaveDeepLink(win.location.href);
    try {
      early = createWidgetInstance(
        { ...toMountOptions({ ...defaults, widgetKey, baseUrl }), fetch },
        { dormant },
      );
      if (dormant) sleep(early, loaderLauncher as HTMLElement, stub?.intent === true, wake);
      else removeLoaderLauncher(loaderLauncher);
    } catch (error) {
      report('"boot" failed.', error);
    }
  }

  const parley: ParleyQueueStub = (...args: unknown[]) => {
    if (api) return api.run(...(args as [unknown, ...unknown[]]));
    pending.push(args);
    // The page talks to the widget: it is live from now on.
    wake();
    return undefined;
  };
  parley.version = '0.1.0';
  parley.settings = defaults;
  win.Parley = parley;
  if (!early?.isDormant()) loadCommands();
}

// In a task of its own, after this module's evaluation: at 4x CPU slowdown the two together made a task over
// 50 ms on the host page. Calls made meanwhile wait in the loader's queue.
setTimeout(start, 0, window);
