// The tarballs of every public package, as `npm publish` would upload them: `npm pack` of each workspace
// (run `npm run build` first; nothing is built here). Used by the package lint (publint, attw) and by the
// pack tests, which install them into fresh projects outside the monorepo.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The public packages of the monorepo (every `packages/*` without `"private": true`): name, version and
 * folder.
 * @returns {{ name: string, version: string, dir: string }[]}
 */
export function publicPackages() {
  return readdirSync(join(root, 'packages'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => {
      const dir = join(root, 'packages', entry.name);
      const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
      return { name: manifest.name, version: manifest.version, dir, private: manifest.private === true };
    })
    .filter((item) => !item.private)
    .map(({ name, version, dir }) => ({ name, version, dir }));
}

/**
 * Packs every public package into `outDir`.
 * @param {string} outDir created when missing
 * @returns {{ name: string, version: string, dir: string, tarball: string, files: string[] }[]} with
 *   `tarball` the absolute path of the `.tgz` and `files` the paths inside the package
 */
export function packTarballs(outDir) {
  mkdirSync(outDir, { recursive: true });
  const packages = publicPackages();
  const result = spawnSync(
    'npm',
    ['pack', '--json', '--pack-destination', outDir, ...packages.flatMap(({ dir }) => ['--workspace', dir])],
    { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  if (result.status !== 0) throw new Error(`npm pack failed:\n${result.stderr}`);
  const packed = JSON.parse(result.stdout);
  return packages.map((item) => {
    const entry = packed.find((candidate) => candidate.name === item.name);
    if (!entry) throw new Error(`npm pack did not pack ${item.name}`);
    return { ...item, tarball: join(outDir, entry.filename), files: entry.files.map((file) => file.path) };
  });
}
