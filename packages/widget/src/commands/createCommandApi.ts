import type { WidgetInstance } from '../createWidgetInstance';
import { mount as mountWidget, type WidgetHandle } from '../mount';
import { type ArgumentCheck, argumentChecks } from './argumentChecks';
import { argumentMessage, createWidgetHandle } from './createWidgetHandle';
import { type BootSettings, toMountOptions } from './toMountOptions';
import type { WidgetEventListener, WidgetEventName } from './WidgetEvents';

const { text, optional, oneOf, flag, fields, eventName, isListener } = argumentChecks;

/** The commands `window.Parley(name, ...args)` understands, with the most arguments each takes. */
const ARITY = {
  boot: 1,
  shutdown: 0,
  load: 0,
  open: 0,
  close: 0,
  toggle: 0,
  show: 0,
  hide: 0,
  identify: 1,
  update: 1,
  logout: 0,
  search: 1,
  showArticle: 1,
  showNewMessage: 1,
  showConversation: 1,
  showTicket: 1,
  setLocale: 1,
  setTheme: 1,
  setConsent: 1,
  on: 2,
  off: 2,
  getState: 0,
} as const;

/** The name of a command of `window.Parley`. */
export type CommandName = keyof typeof ARITY;

/** The commands the booted widget's handle answers (the others are the command API's own). */
type HandleCommand = Exclude<CommandName, 'boot' | 'shutdown' | 'load' | 'on' | 'off'>;

// A pattern, not `new URL`: every boot checks the base URL, and a page's first URL object costs its heap
// some 8 kB. A scheme, `//` and a host; the rest is for the request to judge, as with `createClient`.
const url: ArgumentCheck = (value) =>
  typeof value === 'string' && /^https?:\/\/[^\s/?#]+([/?#]\S*)?$/i.test(value)
    ? undefined
    : { expected: 'an absolute http(s) URL', got: value };

const checkSettings = fields('a settings object, such as { widgetKey: "wk_live_123" }', {
  widgetKey: optional(text('a widget key', 200)),
  baseUrl: optional(url),
  locale: optional(text('a language tag', 35)),
  theme: optional(oneOf('a colour scheme', ['light', 'dark', 'auto'])),
  dir: optional(oneOf('a text direction', ['ltr', 'rtl'])),
  nonce: optional(text('a CSP nonce', 200)),
  position: optional(oneOf('a launcher position', ['left', 'right'])),
  color: optional(text('a CSS colour', 100)),
  hideLauncher: optional(flag),
  launcherElement: optional(text('a CSS selector', 500)),
  consent: optional(oneOf('the visitor’s consent to storage', ['granted', 'pending', 'denied'])),
});

/** @internal */
export interface CommandApiOptions {
  /** Settings `boot` starts from (the loader's: `parleySettings`, the script tag's `data-*`). */
  defaults: BootSettings;
  /** Where mistakes are told; never thrown into the host page. */
  report: (message: string, detail?: unknown) => void;
  /** A widget already rendered from `defaults` (the bundle renders it before the commands load). */
  booted?: WidgetInstance | undefined;
  /** @default mount */
  mount?: (options: ReturnType<typeof toMountOptions>) => WidgetHandle;
  /** The `fetch` of the widgets it boots (the script-tag bundle keeps the page's, as it was when it loaded). */
  fetch?: typeof fetch | undefined;
}

/** @internal */
export interface CommandApi {
  /**
   * Runs one command and returns its answer (`getState`'s state, `on`'s unsubscribe function, a promise for
   * the backend's commands that never rejects). Never throws.
   */
  run(name: unknown, ...args: unknown[]): unknown;
  /** Whether a widget is booted. */
  isBooted(): boolean;
}

/**
 * The command API behind `window.Parley`: one function that takes a command name and its arguments and
 * runs it on the booted widget's handle (the one `mount()` returns). Every mistake (unknown command, bad
 * arguments, a command before `boot`) is reported, never thrown, because it runs inside somebody else's
 * page. Listeners added with `on` stay across `shutdown` and `boot`.
 * @internal
 */
export function createCommandApi({
  defaults,
  report,
  booted,
  mount = mountWidget,
  fetch,
}: CommandApiOptions): CommandApi {
  let widget: WidgetHandle | undefined;
  /** The page's listeners, each with how it stops listening to the booted widget. */
  const listeners: { event: WidgetEventName; listener: WidgetEventListener; stop?: () => void }[] = [];

  /** The page's listeners listen to the widget from now on. */
  const adopt = (handle: WidgetHandle) => {
    widget = handle;
    for (const entry of listeners) entry.stop = handle.on(entry.event, entry.listener);
  };
  const shutdown = () => {
    for (const entry of listeners) entry.stop?.();
    widget?.destroy();
    widget = undefined;
  };
  const bad = (command: string, check: ArgumentCheck, value: unknown) => {
    const problem = check(value);
    if (problem) report(argumentMessage(command, problem));
    return !!problem;
  };

  const own = {
    boot(settings: unknown = {}) {
      if (bad('boot', checkSettings, settings)) return;
      const merged = { ...defaults, ...(settings as BootSettings) };
      const { widgetKey, baseUrl } = merged;
      if (!widgetKey || !baseUrl) {
        report(
          '"boot" needs a widgetKey and a baseUrl (from parleySettings, data-* attributes or its settings).',
        );
        return;
      }
      shutdown();
      adopt(mount({ ...toMountOptions({ ...merged, widgetKey, baseUrl }), ...(fetch && { fetch }) }));
    },
    shutdown,
    // The loader loads the bundle on `load`; once here, there is nothing left to do.
    load() {},
    on(event: unknown, listener: unknown) {
      if (bad('on', eventName, event) || bad('on', isListener, listener)) return () => undefined;
      const name = event as WidgetEventName;
      const fn = listener as WidgetEventListener;
      // Each listener once per event, as addEventListener does.
      if (!listeners.some((item) => item.event === name && item.listener === fn)) {
        listeners.push({ event: name, listener: fn, ...(widget && { stop: widget.on(name, fn) }) });
      }
      return () => own.off(name, fn);
    },
    off(event: unknown, listener: unknown) {
      if (bad('off', eventName, event) || bad('off', isListener, listener)) return;
      const index = listeners.findIndex((item) => item.event === event && item.listener === listener);
      listeners[index]?.stop?.();
      if (index >= 0) listeners.splice(index, 1);
    },
  };

  if (booted && !booted.isDestroyed()) {
    const problem = checkSettings(defaults);
    if (problem) report(argumentMessage('boot', problem));
    adopt(createWidgetHandle(booted));
  }

  return {
    run(name, ...args) {
      if (typeof name !== 'string' || !Object.hasOwn(ARITY, name)) {
        report(
          `unknown command ${JSON.stringify(String(name))}. Known commands: ${Object.keys(ARITY).join(', ')}.`,
        );
        return undefined;
      }
      const command = name as CommandName;
      const arity = ARITY[command];
      if (args.length > arity) {
        report(
          `"${command}" takes ${arity ? `at most ${arity} argument${arity > 1 ? 's' : ''}` : 'no arguments'}; got ${args.length}.`,
        );
        return undefined;
      }
      try {
        if (Object.hasOwn(own, command))
          return (own[command as keyof typeof own] as (...a: unknown[]) => unknown)(...args);
        if (command === 'getState' && !widget) return null;
        if (!widget) {
          report(`"${command}" was called before "boot"; call Parley('boot', { widgetKey }) first.`);
          return undefined;
        }
        const answer = (widget[command as HandleCommand] as (...a: unknown[]) => unknown)(...args);
        // The handle reported the failure already: the page gets a promise that settles without rejecting.
        return answer instanceof Promise
          ? answer.then(
              () => undefined,
              () => undefined,
            )
          : answer;
      } catch (error) {
        report(`"${command}" failed.`, error);
        return undefined;
      }
    },
    isBooted: () => widget !== undefined,
  };
}
