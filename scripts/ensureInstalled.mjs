// Installs dependencies when they are missing or stale, so `npm start` and `npm test` work as the
// first command on a fresh clone. Uses only Node built-ins: nothing else exists before the install.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const stampFile = join(root, 'node_modules', '.parley-install-stamp');

/** A fingerprint of everything that decides what `npm install` puts in node_modules. */
function manifestFingerprint() {
  const hash = createHash('sha256');
  const files = ['package.json', 'package-lock.json'];
  for (const dir of readdirSync(join(root, 'packages'))) files.push(join('packages', dir, 'package.json'));
  for (const file of files.sort()) {
    const path = join(root, file);
    if (existsSync(path)) hash.update(file).update(readFileSync(path));
  }
  return hash.digest('hex');
}

/** Runs `npm install` unless node_modules already matches the manifests. */
export function ensureInstalled() {
  const fingerprint = manifestFingerprint();
  if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === fingerprint) return;
  console.log('[parley] installing dependencies (npm install)…');
  const result = spawnSync('npm', ['install', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error('[parley] npm install failed; see the output above.');
    process.exit(result.status ?? 1);
  }
  // npm may have rewritten the lockfile: fingerprint what is there now.
  writeFileSync(stampFile, manifestFingerprint());
}

/** Runs an npm script, exiting with its status when it fails. */
export function runScriptOrExit(script) {
  const result = spawnSync('npm', ['run', '--silent', script], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`[parley] npm run ${script} failed; see the output above.`);
    process.exit(result.status ?? 1);
  }
}
