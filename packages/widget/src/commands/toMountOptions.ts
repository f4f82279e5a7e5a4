import type { MountOptions } from '../mount';
import type { ScriptTagSettings } from './ScriptTagSettings';

/**
 * What `Parley('boot', settings)` takes: the script tag's settings (see {@link ScriptTagSettings}).
 * @internal
 */
export type BootSettings = ScriptTagSettings;

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
  hideLauncher,
  launcherElement,
  consent,
}: BootSettings & { baseUrl: string; widgetKey: string }): MountOptions {
  const launcherPosition = pick(position, ['left', 'right']);
  // The page's own launcher (a selector), or none at all, instead of the round button.
  const launcher = {
    ...(launcherPosition && { position: launcherPosition }),
    ...(hideLauncher === true && { hidden: true }),
    ...(typeof launcherElement === 'string' && launcherElement && { element: launcherElement }),
  };
  const colours = pick(theme, ['light', 'dark', 'auto']);
  const direction = pick(dir, ['ltr', 'rtl']);
  const storage = pick(consent, ['granted', 'pending', 'denied']);
  return {
    baseUrl,
    widgetKey,
    ...(typeof locale === 'string' && locale ? { locale } : {}),
    ...(colours ? { theme: colours } : {}),
    ...(direction ? { dir: direction } : {}),
    ...(typeof nonce === 'string' && nonce ? { nonce } : {}),
    ...(Object.keys(launcher).length ? { launcher } : {}),
    ...(storage ? { consent: storage } : {}),
  };
}
