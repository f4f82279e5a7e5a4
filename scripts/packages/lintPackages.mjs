// The package lint: checks every public package as npm would publish it. Each package is packed
// (`packTarballs`, the same `npm pack` the pack tests install; run `npm run build` first, nothing is built
// here) into a temporary folder, and each tarball is checked by two tools:
//
// - publint, with `strict: true`: its warnings count as errors, and its suggestions are reported as failures
//   too: the package.json (`exports`, `files`, `types`, `bin`, `sideEffects`, `repository`...) against the
//   files that are really in the tarball.
// - Are the Types Wrong? (`attw`), with the `esm-only` profile: whether TypeScript finds the right
//   declarations for every entry point under each module resolution. The packages are ESM only by design
//   (`"type": "module"`, no CommonJS build), so the two resolutions that model CommonJS consumers, `node10`
//   and `node16` from CJS, are left out: a `require()` of these packages is expected to fail there, and
//   reporting it would only say so again. `node16` from ESM and `bundler` must resolve cleanly.
//
// One check per package per tool, printed as one line each (`ok` or `FAIL`, with the messages below), then
// `lintPackages: N passed, N failed`, which `npm test` reads. The exit code is 1 when a check failed.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { packTarballs } from './packTarballs.mjs';

const execFileAsync = promisify(execFile);

/** The resolutions that model CommonJS consumers: what attw's `esm-only` profile leaves out. */
const ignoredResolutions = ['node10', 'node16-cjs'];

/**
 * publint on one tarball.
 * @param {{ tarball: string }} item
 * @returns {Promise<string[]>} what it reports; none when the package passes
 */
async function runPublint({ tarball }) {
  const data = readFileSync(tarball);
  const { messages, pkg } = await publint({
    pack: { tarball: data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) },
    strict: true,
  });
  return messages.map((message) => `${message.type}: ${formatMessage(message, pkg, { color: false })}`);
}

const attwBin = (() => {
  const require = createRequire(import.meta.url);
  const manifestPath = require.resolve('@arethetypeswrong/cli/package.json');
  const { bin } = JSON.parse(readFileSync(manifestPath, 'utf8'));
  return join(dirname(manifestPath), typeof bin === 'string' ? bin : bin.attw);
})();

/**
 * One attw problem in a line: its kind, where, and the page that explains it.
 * @param {Record<string, unknown>} problem
 */
function describeProblem(problem) {
  const where = [
    problem.entrypoint && `entry point "${problem.entrypoint}"`,
    problem.resolutionKind && `resolution ${problem.resolutionKind}`,
    problem.resolutionOption && `resolution option ${problem.resolutionOption}`,
    problem.fileName && `file ${problem.fileName}`,
    problem.moduleSpecifier && `import "${problem.moduleSpecifier}"`,
  ].filter(Boolean);
  const docs = `https://github.com/arethetypeswrong/arethetypeswrong.github.io/blob/main/docs/problems/${problem.kind}.md`;
  return `${problem.kind} (${where.join(', ')}): ${docs}`;
}

/**
 * attw on one tarball (its CLI, with the `esm-only` profile and JSON output).
 * @param {{ tarball: string }} item
 * @returns {Promise<string[]>} what it reports; none when the package passes
 */
async function runAttw({ tarball }) {
  let stdout;
  let stderr;
  let code = 0;
  try {
    ({ stdout, stderr } = await execFileAsync(
      process.execPath,
      [attwBin, tarball, '--profile', 'esm-only', '--format', 'json', '--no-color'],
      { maxBuffer: 64 * 1024 * 1024 },
    ));
  } catch (error) {
    // attw exits non-zero when it finds problems: its report is still on stdout.
    if (typeof error.stdout !== 'string') return [`attw could not run: ${error.message}`];
    ({ stdout, stderr, code } = error);
  }
  let result;
  try {
    result = JSON.parse(stdout);
  } catch {
    return [`attw exited with ${code} without a report: ${stderr.trim() || stdout.trim()}`];
  }
  const { analysis } = result;
  if (!analysis.types) return ['no type declarations found for any entry point'];
  // The same filter as the CLI's exit code under the profile.
  const problems = analysis.problems.filter(
    (problem) => !('resolutionKind' in problem && ignoredResolutions.includes(problem.resolutionKind)),
  );
  const messages = problems.map(describeProblem);
  if (code !== 0 && messages.length === 0) messages.push(`attw exited with ${code}: ${stderr.trim()}`);
  return messages;
}

/**
 * Runs `tasks` with at most `limit` at a time, keeping their order in the results.
 * @template T
 * @param {(() => Promise<T>)[]} tasks
 * @param {number} limit
 * @returns {Promise<T[]>}
 */
async function runLimited(tasks, limit) {
  const results = new Array(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const index = next++;
      results[index] = await tasks[index]();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  return results;
}

const outDir = mkdtempSync(join(tmpdir(), 'parley-lint-packages-'));
try {
  const packed = packTarballs(outDir);
  const tools = [
    { name: 'publint', run: runPublint },
    { name: 'attw', run: runAttw },
  ];
  const checks = packed.flatMap((item) => tools.map((tool) => ({ item, tool })));
  const results = await runLimited(
    checks.map(({ item, tool }) => async () => {
      try {
        return await tool.run(item);
      } catch (error) {
        return [`${tool.name} failed: ${error instanceof Error ? error.message : String(error)}`];
      }
    }),
    Math.max(2, availableParallelism()),
  );

  let passed = 0;
  let failed = 0;
  const width = Math.max(...packed.map(({ name }) => name.length));
  checks.forEach(({ item, tool }, index) => {
    const messages = results[index];
    // An empty tarball is the usual cause of a wall of "file does not exist": say so once.
    if (messages.length > 0 && !item.files.some((file) => file.startsWith('dist/'))) {
      messages.unshift('nothing under dist/ in the tarball: run `npm run build` first');
    }
    const label = `${item.name.padEnd(width)}  ${tool.name}`;
    if (messages.length === 0) {
      passed++;
      console.log(`ok    ${label}`);
    } else {
      failed++;
      console.log(`FAIL  ${label}`);
      for (const message of messages) console.log(`        ${message}`);
    }
  });
  console.log(`lintPackages: ${passed} passed, ${failed} failed`);
  process.exitCode = failed > 0 ? 1 : 0;
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
