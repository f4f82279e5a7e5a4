// The loader: the first and only Parley script a host page runs before the customer shows intent.
// It defines the `window.Parley` command queue and loads the full widget bundle when the browser
// is idle, or at once when the page queues a command. It imports nothing, to stay tiny. The full bundle is
// an ES module (`parley.js` next to this file) that imports its other views and languages when needed.
import type { ParleyQueueStub, ScriptTagSettings } from '../commands/ScriptTagSettings';

declare global {
  interface Window {
    Parley?: ParleyQueueStub;
    parleySettings?: ScriptTagSettings;
  }
}

((win: Window, doc: Document) => {
  const existing = win.Parley;
  // Included twice, or the full bundle already runs: nothing to do.
  if (existing && (existing.loader || existing.version)) return;

  const script = doc.currentScript as HTMLScriptElement | null;
  const data = script?.dataset ?? {};
  const src = script?.src || doc.baseURI;
  const settings: ScriptTagSettings = { baseUrl: new URL(src).origin, ...win.parleySettings };
  const fromData: [keyof ScriptTagSettings, string | undefined][] = [
    ['widgetKey', data.widgetKey],
    ['baseUrl', data.baseUrl],
    ['locale', data.locale],
    ['theme', data.theme],
    ['dir', data.dir],
  ];
  for (const [name, value] of fromData) if (value) (settings as Record<string, string>)[name] = value;
  if (script?.nonce) settings.nonce ??= script.nonce;

  let requested = false;
  const loadBundle = () => {
    if (requested) return;
    requested = true;
    const bundle = doc.createElement('script');
    // A module may import the rest on demand. Modules load with CORS: a CDN serving another origin must
    // send Access-Control-Allow-Origin. The nonce covers the chunks it imports too.
    bundle.type = 'module';
    bundle.src = new URL('parley.js', src).href;
    if (settings.nonce) bundle.nonce = settings.nonce;
    doc.head.append(bundle);
  };

  const queue: unknown[][] = existing?.q ?? [];
  const stub: ParleyQueueStub = (...args: unknown[]) => {
    queue.push(args);
    loadBundle();
  };
  stub.q = queue;
  stub.settings = settings;
  stub.loader = true;
  win.Parley = stub;

  if (queue.length) loadBundle();
  else if (win.requestIdleCallback) win.requestIdleCallback(loadBundle, { timeout: 3000 });
  else setTimeout(loadBundle, 1);
})(window, document);
