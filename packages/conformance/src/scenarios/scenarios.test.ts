import { operations } from '@parley/contract';
import { describe, expect, it } from 'vitest';
import { conformanceAreas } from '../runner/Scenario';
import { scenarios } from './scenarios';

/** `GET /v1/conversations/{conversationId}` → `GET /v1/conversations/{}`. */
function operationKey(method: string, path: string): string {
  return `${method.toUpperCase()} ${path.replace(/\{[^}]+\}/g, '{}')}`;
}

const contractOperations = operations.map((operation) => operationKey(operation.method, operation.path));
const covered = new Set(scenarios.flatMap((scenario) => scenario.covers));

describe('the scenario list', () => {
  it('touches every operation of the contract', () => {
    const uncovered = contractOperations.filter((key) => !covered.has(key));
    expect(uncovered).toEqual([]);
  });

  it('names only operations the contract has', () => {
    const known = new Set(contractOperations);
    const unknown = [...covered].filter((key) => !known.has(key)).sort();
    expect(unknown).toEqual([]);
  });

  it('gives every scenario a unique id in its area', () => {
    const ids = scenarios.map((scenario) => scenario.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const scenario of scenarios) expect(scenario.id.startsWith(`${scenario.area}.`)).toBe(true);
  });

  it('runs the areas in order, the ticket lookup rate limit last among tickets', () => {
    const order = scenarios.map((scenario) => conformanceAreas.indexOf(scenario.area));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    const tickets = scenarios.filter((scenario) => scenario.area === 'tickets');
    expect(tickets.at(-1)?.id).toBe('tickets.lookupRateLimit');
  });
});
