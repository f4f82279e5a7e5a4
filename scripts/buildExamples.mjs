// `npm run build:examples`: builds every framework example (each folder of examples/ with a vite.config.ts)
// with Vite into its dist/, quietly, and fails on any error. Inside this repository the examples resolve
// @parley/* (workspace links whose `exports` point at dist/), react and vue from the root node_modules, so
// `npm run build` must have run first. `npm start` and the browser tests import `buildExamples` from here.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const examplesDir = fileURLToPath(new URL('../examples/', import.meta.url));

/** The names of the examples Vite builds: the folders of examples/ with a vite.config.ts. */
export function viteExamples() {
  return readdirSync(examplesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(examplesDir, entry.name, 'vite.config.ts')))
    .map((entry) => entry.name)
    .sort();
}

/**
 * Builds examples with Vite's `build()`, all at once, each with its own vite.config.ts.
 * @param {object} [options]
 * @param {readonly string[]} [options.names] - which examples; every one of {@link viteExamples} by default.
 * @param {(name: string) => string} [options.outDir] - where each goes; its own `dist/` by default.
 * @param {string} [options.baseUrl] - the Parley server the built pages talk to (`VITE_PARLEY_BASE_URL`);
 *   the environment's, else the examples' default (`http://localhost:8787`).
 * @param {Record<string, string>} [options.env] - more `VITE_*` variables for these builds, over the
 *   environment's (the Chatwoot example's `VITE_CHATWOOT_URL` and `VITE_CHATWOOT_INBOX`).
 * @returns {Promise<{ name: string, outDir: string, ms: number }[]>} rejects with the first error.
 */
export async function buildExamples({ names = viteExamples(), outDir, baseUrl, env = {} } = {}) {
  const { build } = await import('vite');
  // Vite reads VITE_* variables from the environment (above any .env file) when it resolves each config.
  const variables = { ...env, ...(baseUrl !== undefined && { VITE_PARLEY_BASE_URL: baseUrl }) };
  const before = Object.keys(variables).map((key) => [key, process.env[key]]);
  Object.assign(process.env, variables);
  try {
    return await Promise.all(
      names.map(async (name) => {
        const root = join(examplesDir, name);
        const out = outDir ? outDir(name) : join(root, 'dist');
        const started = performance.now();
        // Warnings and errors only; an error rejects.
        await build({ root, logLevel: 'warn', build: { outDir: out, emptyOutDir: true } });
        return { name, outDir: out, ms: Math.round(performance.now() - started) };
      }),
    );
  } finally {
    for (const [key, value] of before) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    const started = performance.now();
    const built = await buildExamples();
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `[parley] built ${built.length} examples in ${seconds} s: ${built.map((b) => b.name).join(', ')}`,
    );
  } catch (error) {
    console.error(`[parley] building the examples failed: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  }
}
