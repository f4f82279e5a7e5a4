// `npm start`: install what is missing, build, then run the reference server with its SQLite database
// (created and seeded on first start under .parley/) and serve the demo site with the widget, and the
// framework examples (examples/*/ with a vite.config.ts, built against this server) at /examples/<name>/.
import { spawn } from 'node:child_process';
import { ensureInstalled, runScriptOrExit } from './ensureInstalled.mjs';

const root = new URL('..', import.meta.url).pathname;

ensureInstalled();
runScriptOrExit('build');

// The address the examples' pages call: the server's own, as a browser reaches it.
const host = process.env.HOST ?? '127.0.0.1';
const port = process.env.PORT ?? '8787';
const browserHost = ['0.0.0.0', '::', ''].includes(host)
  ? 'localhost'
  : host.includes(':')
    ? `[${host}]`
    : host;
const origin = `http://${browserHost}:${port}`;

// Imported only now: Vite exists once the install above is done.
const { buildExamples } = await import('./buildExamples.mjs');
let examples;
try {
  examples = await buildExamples({ baseUrl: origin });
} catch (error) {
  console.error(`[parley] building the examples failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}

const server = spawn(
  process.execPath,
  [
    'packages/server/dist/cli.js',
    '--static',
    '/=examples/script-tag',
    '--static',
    '/cdn/=packages/widget/dist/cdn',
    ...examples.flatMap(({ name }) => ['--static', `/examples/${name}/=examples/${name}/dist`]),
    // The agent inbox at /agent answers the demo conversations with a fixed, printed token.
    '--demo',
  ],
  {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, PARLEY_DATA_DIR: process.env.PARLEY_DATA_DIR ?? '.parley' },
  },
);
console.log(`[parley] examples: ${examples.map(({ name }) => `${origin}/examples/${name}/`).join(', ')}`);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
