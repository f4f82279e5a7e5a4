import type { Scenario } from './Scenario';

/**
 * The scenarios `only` names, by area (`tickets`) or id (`tickets.create`), in suite order; all of them
 * when `only` is undefined or empty. The ids of `skip` are checked too, so that a renamed scenario is not
 * quietly run again.
 *
 * @throws TypeError when an entry of `only` names no area and no scenario, listing the areas, or when a key
 * of `skip` names no scenario or gives no reason.
 */
export function selectScenarios(
  all: readonly Scenario[],
  only: readonly string[] | undefined,
  skip: Readonly<Record<string, string>> = {},
): Scenario[] {
  for (const [id, reason] of Object.entries(skip)) {
    if (!all.some((scenario) => scenario.id === id)) {
      throw new TypeError(`skip: "${id}" is not the id of a scenario.`);
    }
    if (reason.trim() === '') throw new TypeError(`skip: say why "${id}" is skipped.`);
  }
  if (only === undefined || only.length === 0) return [...all];
  const wanted = new Set(only);
  for (const entry of wanted) {
    if (!all.some((scenario) => scenario.area === entry || scenario.id === entry)) {
      const areas = [...new Set(all.map((scenario) => scenario.area))].join(', ');
      throw new TypeError(`"${entry}" is neither an area nor a scenario id. Areas: ${areas}.`);
    }
  }
  return all.filter((scenario) => wanted.has(scenario.area) || wanted.has(scenario.id));
}
