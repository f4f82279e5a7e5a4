import type { MountOptions, WidgetHandle } from '../mount';
import type { ScriptTagSettings } from './ScriptTagSettings';

/** The commands `window.Parley(name, ...args)` understands. */
export type CommandName = 'boot' | 'shutdown' | 'open' | 'close' | 'toggle';

/** @internal */
export interface CommandApiOptions {
  mount: (options: MountOptions) => WidgetHandle;
  /** Settings used when `boot` is called without some of them (from the loader). */
  defaults: ScriptTagSettings;
  /** Where errors are reported; never thrown into the host page. */
  report: (message: string, detail?: unknown) => void;
}

/**
 * The command API behind `window.Parley`: one function that takes a command name and its arguments.
 * Every mistake (unknown command, bad arguments, a command before `boot`) is reported, never thrown,
 * because it runs inside somebody else's page.
 * @internal
 */
export function createCommandApi({ mount, defaults, report }: CommandApiOptions) {
  let widget: WidgetHandle | undefined;

  const needsWidget = (name: string, run: (handle: WidgetHandle) => void) => {
    if (widget) run(widget);
    else report(`"${name}" was called before "boot"; call Parley('boot', { widgetKey }) first.`);
  };

  const commands: Record<CommandName, (...args: unknown[]) => void> = {
    boot(settings = {}) {
      if (typeof settings !== 'object' || settings === null) {
        report('"boot" takes one settings object, such as { widgetKey: "wk_live_123" }.');
        return;
      }
      const merged = { ...defaults, ...(settings as ScriptTagSettings) };
      if (!merged.widgetKey || !merged.baseUrl) {
        report(
          '"boot" needs a widgetKey and a baseUrl (from parleySettings, data-* attributes or its argument).',
        );
        return;
      }
      widget?.destroy();
      widget = mount({
        baseUrl: merged.baseUrl,
        widgetKey: merged.widgetKey,
        ...(merged.locale ? { locale: merged.locale } : {}),
        ...(merged.theme ? { theme: merged.theme } : {}),
        ...(merged.dir ? { dir: merged.dir } : {}),
        ...(merged.nonce ? { nonce: merged.nonce } : {}),
      });
    },
    shutdown() {
      widget?.destroy();
      widget = undefined;
    },
    open: () => needsWidget('open', (handle) => handle.open()),
    close: () => needsWidget('close', (handle) => handle.close()),
    toggle: () => needsWidget('toggle', (handle) => handle.toggle()),
  };

  return {
    /** Runs one command. Returns nothing and never throws. */
    run(name: unknown, ...args: unknown[]): void {
      if (typeof name !== 'string' || !Object.hasOwn(commands, name)) {
        report(
          `unknown command ${JSON.stringify(String(name))}. Known commands: ${Object.keys(commands).join(', ')}.`,
        );
        return;
      }
      try {
        commands[name as CommandName](...args);
      } catch (error) {
        report(`"${name}" failed.`, error);
      }
    },
    /** Whether a widget is booted. */
    isBooted: () => widget !== undefined,
  };
}
