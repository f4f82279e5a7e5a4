import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));

/** Every module specifier reachable from `entry` through relative imports, with the file importing it. */
function importGraph(entry: string): Map<string, string> {
  const found = new Map<string, string>();
  const queue = [entry];
  const seen = new Set<string>();
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const [, specifier] of source.matchAll(/^(?:import|export)\s[^;]*?from\s+'([^']+)'/gm)) {
      if (specifier === undefined) continue;
      if (specifier.startsWith('.')) queue.push(`${join(dirname(file), specifier)}.ts`);
      else found.set(specifier, file);
    }
  }
  return found;
}

describe('@parley/server/msw', () => {
  it('imports nothing that cannot run in a browser', () => {
    const external = [...importGraph(join(here, 'msw.ts')).keys()];
    expect(external.length).toBeGreaterThan(0);
    expect(
      external.filter(
        (name) => !['hono', 'msw', '@parley/contract', 'typebox', 'typebox/value'].includes(name),
      ),
    ).toEqual([]);
  });

  it('exports what a story or a test needs', async () => {
    const entry = await import('./msw');
    expect(Object.keys(entry).sort()).toEqual([
      'createApp',
      'createMemoryStore',
      'createParleyHandlers',
      'demoContent',
      'identityHash',
    ]);
  });
});
