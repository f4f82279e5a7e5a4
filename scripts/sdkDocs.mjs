// What packages/core/src/docs.test.ts needs from Node.js to check the SDK's documentation (docs/sdk/) and
// its example (examples/sdk-node/). It lives here, in plain JavaScript, because the core package is
// type-checked without Node's types.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export { checkApiReference } from './apiReference.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

/** A file of the repository as text; `path` is relative to the repository's root. */
export function readRepoFile(path) {
  return readFileSync(new URL(path, new URL('..', import.meta.url)), 'utf8');
}

/**
 * Runs `node <file>` (relative to the repository's root) with `env` added, and resolves with its exit code
 * and output once it exits. Rejects when it has not exited within `timeoutMs` (a bound, not a
 * measurement: an example that leaves a timer or a stream open never exits).
 */
export function runNodeScript(file, { env = {}, timeoutMs = 30_000 } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [file], {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk) => {
      stderr += chunk;
    });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${file} did not exit within ${timeoutMs} ms.\n${stdout}\n${stderr}`));
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}
