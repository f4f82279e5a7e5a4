import type { MountOptions } from '../mount';
import type { ScriptTagSettings } from './ScriptTagSettings';

/**
 * What `Parley('boot', settings)` takes: the script tag's settings, and where the launcher sits.
 * @internal
 */
export interface BootSettings extends ScriptTagSettings {
  /** The bottom corner of the launcher. @default the end of the line (right; left in Arabic) */
  position?: 'left' | 'right';
}

const pick = <T extends string>(value: unknown, choices: readonly T[]): T | undefined =>
  choices.find((choice) => choice === value);

/**
 * The `mount()` options of script-tag settings. Only values of the right type are taken (settings come from
 * `data-*` attributes and page scripts), so the widget never renders with a theme or direction it lacks;
 * `Parley('boot')` reports the others.
 * @internal
 */
export function toMountOptions({
  baseUrl,
  widgetKey,
  locale,
  theme,
  dir,
  nonce,
  position,
}: BootSettings & { baseUrl: string; widgetKey: string }): MountOptions {
  const launcherPosition = pick(position, ['left', 'right']);
  const colours = pick(theme, ['light', 'dark', 'auto']);
  const direction = pick(dir, ['ltr', 'rtl']);
  return {
    baseUrl,
    widgetKey,
    ...(typeof locale === 'string' && locale ? { locale } : {}),
    ...(colours ? { theme: colours } : {}),
    ...(direction ? { dir: direction } : {}),
    ...(typeof nonce === 'string' && nonce ? { nonce } : {}),
    ...(launcherPosition ? { launcher: { position: launcherPosition } } : {}),
  };
}
