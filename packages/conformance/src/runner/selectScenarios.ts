import type { Scenario } from './Scenario';

/**
 * The scenarios `only` names, by area (`tickets`) or id (`tickets.create`), in suite order; all of them
 * when `only` is undefined or empty.
 *
 * @throws TypeError when an entry names no area and no scenario, listing the areas.
 */
export function selectScenarios(all: readonly Scenario[], only: readonly string[] | undefined): Scenario[] {
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
