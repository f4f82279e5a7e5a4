/** The parts of `window` that route watching uses; tests pass their own. @internal */
export interface RouteWindow {
  readonly location: { readonly href: string };
  readonly history: History;
  /** The Navigation API, where the browser has it. */
  readonly navigation?: Pick<EventTarget, 'addEventListener' | 'removeEventListener'> | undefined;
  addEventListener(type: 'popstate' | 'hashchange', listener: () => void): void;
  removeEventListener(type: 'popstate' | 'hashchange', listener: () => void): void;
}

/** The wrapping of one `history`'s methods, shared by every watcher of this copy of the widget. */
interface HistoryPatch {
  listeners: Set<() => void>;
  /** Wraps each method not wrapped yet (the first watcher, or again after a release). */
  install(): void;
  /** Puts the host's methods back where ours are still on top; where the host wrapped ours, ours stay, idle. */
  release(): void;
}

const patches = new WeakMap<History, HistoryPatch>();

/**
 * The wrapping of `history.pushState` and `replaceState`, one per `history`, calling `listeners` after each
 * call. Each wrapper calls the method it found (the browser's, or a wrapper of the host's) with the same
 * `this` and arguments and returns what it returned; when that throws, so does the wrapper, and no listener
 * is called.
 */
function patchOf(history: History): HistoryPatch {
  const existing = patches.get(history);
  if (existing) return existing;
  const listeners = new Set<() => void>();
  const methods = (['pushState', 'replaceState'] as const).map((name) => {
    let original = history[name];
    // Whether our wrapper is in the host's chain (on top, or under a wrapper of the host's).
    let installed = false;
    const wrapper = function (this: History, ...args: Parameters<History['pushState']>) {
      const result = original.apply(this, args);
      for (const listener of [...listeners]) listener();
      // Left in the chain by a release while a host's wrapper (or another widget's) was on top of it: once on
      // top again and unused, it steps out.
      if (!listeners.size && history[name] === wrapper) {
        history[name] = original;
        installed = false;
      }
      return result;
    };
    return {
      install() {
        if (installed) return;
        original = history[name];
        history[name] = wrapper;
        installed = true;
      },
      release() {
        if (history[name] !== wrapper) return;
        history[name] = original;
        installed = false;
      },
    };
  });
  const patch: HistoryPatch = {
    listeners,
    install() {
      for (const method of methods) method.install();
    },
    release() {
      for (const method of methods) method.release();
    },
  };
  patches.set(history, patch);
  return patch;
}

/**
 * Calls `onChange` with the new address whenever a single-page app moves to another one without a page
 * load: through the Navigation API (`currententrychange`, which fires once the address has changed, for
 * pushes, replacements and traversals alike) where the browser has it; elsewhere by wrapping
 * `history.pushState`/`replaceState` (shared by every widget, never breaking the host's own wrappers) and
 * listening to `popstate` and `hashchange`. Changes that keep the same address are not reported; a listener
 * that throws is reported on the console and never reaches the host's navigation.
 *
 * @returns a function that stops watching; the last watcher puts the host's history methods back.
 * @example
 * ```ts
 * const stop = watchRoutes((href) => console.log(`the page moved to ${href}`));
 * ```
 * @internal
 */
export function watchRoutes(onChange: (href: string) => void, win: RouteWindow = window): () => void {
  let last = win.location.href;
  const check = () => {
    const href = win.location.href;
    if (href === last) return;
    last = href;
    try {
      onChange(href);
    } catch (error) {
      console.error('[parley] could not follow the page to its new address:', error);
    }
  };
  const { navigation } = win;
  if (navigation && typeof navigation.addEventListener === 'function') {
    navigation.addEventListener('currententrychange', check);
    return () => navigation.removeEventListener('currententrychange', check);
  }
  const patch = patchOf(win.history);
  patch.install();
  patch.listeners.add(check);
  win.addEventListener('popstate', check);
  win.addEventListener('hashchange', check);
  let stopped = false;
  return () => {
    if (stopped) return;
    stopped = true;
    patch.listeners.delete(check);
    win.removeEventListener('popstate', check);
    win.removeEventListener('hashchange', check);
    if (!patch.listeners.size) patch.release();
  };
}
