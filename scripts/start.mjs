// `npm start`: install what is missing, build, then run the reference server with its SQLite
// database (created and seeded on first start under .parley/) and serve the demo site with the widget.
import { spawn } from 'node:child_process';
import { ensureInstalled, runScriptOrExit } from './ensureInstalled.mjs';

const root = new URL('..', import.meta.url).pathname;

ensureInstalled();
runScriptOrExit('build');

const server = spawn(
  process.execPath,
  [
    'packages/server/dist/cli.js',
    '--static',
    '/=examples/script-tag',
    '--static',
    '/cdn/=packages/widget/dist/cdn',
    // The agent inbox at /agent answers the demo conversations with a fixed, printed token.
    '--demo',
  ],
  {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, PARLEY_DATA_DIR: process.env.PARLEY_DATA_DIR ?? '.parley' },
  },
);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
