// The loader: the first and only Parley script a host page runs before the visitor shows intent. It
// defines the `window.Parley` command queue, draws the launcher itself (no framework), and loads the full
// widget bundle on intent (pointing at, focusing or clicking the launcher), when the browser is idle after
// the page has loaded, or at once for a command that shows something (`open`, `toggle`, `search`,
// `show…`) or for `Parley('load')`. Until then it makes no request and touches no storage. It imports only
// small framework-free helpers, to stay within its 2 KB budget. The full bundle is an ES module
// (`parley.js` next to this file) that imports its other views and languages when needed.
import type { ParleyQueueStub, ScriptTagSettings } from '../commands/ScriptTagSettings';
import { addBundleScript } from './loader/addBundleScript';
import { drawLoaderLauncher } from './loader/drawLoaderLauncher';
import { readLoaderSettings } from './loader/readLoaderSettings';

declare global {
  interface Window {
    Parley?: ParleyQueueStub;
    parleySettings?: ScriptTagSettings;
  }
}

/** Commands that show the visitor something: the bundle is needed now, not when the browser is idle. */
const SHOWS_SOMETHING = /^(load|open|toggle|search|show\w)/;

// A function expression called at once, in parentheses: V8 compiles it with the script instead of parsing it
// twice (once to skip it, once to run it).
((win: Window, doc: Document) => {
  const existing = win.Parley;
  // Included twice, or the full bundle already runs: nothing to do.
  if (existing && (existing.loader || existing.version)) return;

  const script = doc.currentScript as HTMLScriptElement | null;
  const src = script?.src || doc.baseURI;
  const settings = readLoaderSettings(script, win.parleySettings);

  let requested = false;
  let launcher: HTMLElement | undefined;
  const loadBundle = () => {
    if (requested) return;
    requested = true;
    addBundleScript(new URL('parley.js', src).href, settings.nonce, () => {
      launcher?.shadowRoot?.lastElementChild?.removeAttribute('aria-busy');
    });
  };

  // Calls are queued as they are, `load` too: the widget takes it for what it is once there, a no-op.
  const queue = existing?.q ?? [];
  const stub: ParleyQueueStub = (...args: unknown[]) => {
    queue.push(args);
    if (SHOWS_SOMETHING.test(String(args[0]))) loadBundle();
  };
  stub.q = queue;
  stub.settings = settings;
  stub.loader = true;
  win.Parley = stub;

  // What the launcher looks like: a `boot` queued before the loader ran may bring settings of its own.
  const boot = queue.find((args) => args[0] === 'boot')?.[1];
  const look: ScriptTagSettings = { ...settings, ...(typeof boot === 'object' ? boot : {}) };
  const selector = look.launcherElement;
  if (!selector && look.widgetKey && !look.hideLauncher) {
    const draw = () => {
      if (win.Parley !== stub) return;
      launcher = drawLoaderLauncher(look);
      stub.launcher = launcher;
    };
    if (doc.body) draw();
    else doc.addEventListener('DOMContentLoaded', draw);
  }

  // Intent on the launcher, ours or the page's own (`launcherElement`): pointing at it or focusing it loads
  // the widget; a click also opens the panel (queued until the widget is there). Events from our shadow root
  // reach the document from its host element. Once the widget runs, it handles the page's launcher itself,
  // and ours opens it until the widget's own replaces it.
  const listen = (event: Event) => {
    try {
      const target = event.target as Element;
      if (target !== launcher && !(win.Parley === stub && selector && target.closest(selector))) return;
    } catch {
      return;
    }
    if (event.type === 'click') {
      event.preventDefault();
      // Busy until the widget replaces our button with its own and opens the panel.
      launcher?.shadowRoot?.lastElementChild?.setAttribute('aria-busy', 'true');
      // Before the widget is there, the stub queues it and loads the widget now.
      win.Parley?.('open');
    } else {
      // The widget shows at once when it arrives, instead of waiting dormant.
      stub.intent = true;
      loadBundle();
    }
  };
  for (const type of ['pointerover', 'focusin', 'click']) doc.addEventListener(type, listen, true);

  // Idle: after the page's own load, when the browser has nothing else to do (each wait at most 3 s). Whether
  // the page has loaded is asked in an idle period too: a listener for the load event would run before the
  // launcher is first painted on a page whose loading ends with this script.
  const whenIdle = (callback: () => void) => {
    if (win.requestIdleCallback) win.requestIdleCallback(callback, { timeout: 3000 });
    else setTimeout(callback, 1);
  };
  const loadAfterPageLoad = () => {
    if (doc.readyState === 'complete') loadBundle();
    else win.addEventListener('load', () => whenIdle(loadBundle));
  };
  if (queue.some((args) => SHOWS_SOMETHING.test(String(args[0])))) loadBundle();
  else whenIdle(loadAfterPageLoad);
})(window, document);
