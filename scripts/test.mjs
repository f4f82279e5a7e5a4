// `npm test`: install what is missing, build, then run every suite in turn (lint, unit and component
// tests, server tests, the Storybook build and its interaction tests, real-browser tests with the pack
// tests, the package lint, the API reports, size budgets). Every suite runs even when an earlier one fails; the last line is the total over all of
// them, `N passed, N failed, N skipped`, and the exit code is non-zero on any failure.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ensureInstalled } from './ensureInstalled.mjs';

const root = new URL('..', import.meta.url).pathname;
const resultsDir = join(root, 'test-results');

/** Counts from a vitest JSON report. */
function countVitest(file) {
  const report = JSON.parse(readFileSync(file, 'utf8'));
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests + (report.numFailedTestSuites > 0 && report.numFailedTests === 0 ? 1 : 0),
    skipped: report.numPendingTests + report.numTodoTests,
  };
}

/** Counts from a Playwright JSON report. */
function countPlaywright(file) {
  const { stats, errors = [] } = JSON.parse(readFileSync(file, 'utf8'));
  return {
    passed: stats.expected + stats.flaky,
    failed: stats.unexpected + (errors.length > 0 && stats.unexpected === 0 ? 1 : 0),
    skipped: stats.skipped,
  };
}

/** Counts size-limit entries: each budget is one check. */
function countSizeLimit(stdout) {
  const entries = JSON.parse(stdout.slice(stdout.indexOf('[')));
  for (const entry of entries) {
    // size-limit counts 1 kB as 1,000 bytes.
    const kb = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;
    const verdict = entry.passed ? 'ok  ' : 'OVER';
    console.log(
      `  ${verdict} ${entry.name.padEnd(44)} ${kb(entry.size).padStart(10)} of ${kb(entry.sizeLimit)} gzip`,
    );
  }
  const passed = entries.filter((entry) => entry.passed).length;
  return { passed, failed: entries.length - passed, skipped: 0 };
}

/**
 * Counts from a script that prints its checks and ends with `<label>: N passed, N failed` (the package lint,
 * the API reports); its output is shown as it came.
 */
function countSummaryLine(label) {
  return (stdout) => {
    process.stdout.write(stdout);
    const match = new RegExp(`^${label}: (\\d+) passed, (\\d+) failed$`, 'm').exec(stdout);
    if (!match) throw new Error(`no "${label}: N passed, N failed" line`);
    return { passed: Number(match[1]), failed: Number(match[2]), skipped: 0 };
  };
}

const vitestJson = (name) => [
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=test-results/${name}.json`,
];

const suites = [
  { name: 'lint (biome)', command: ['npx', 'biome', 'check', '.'] },
  { name: 'type-check of stories and browser tests', command: ['npm', 'run', '--silent', 'typecheck:tests'] },
  {
    name: 'unit, component and server tests (vitest)',
    // Every vitest project but the stories, which run in a browser below: a new project is never left out.
    command: ['npx', 'vitest', 'run', '--project=!storybook', ...vitestJson('unit')],
    count: () => countVitest(join(resultsDir, 'unit.json')),
  },
  { name: 'Storybook build', command: ['npm', 'run', '--silent', 'build-storybook'] },
  {
    name: 'Storybook interaction tests (vitest browser)',
    command: ['npx', 'vitest', 'run', '--project', 'storybook', ...vitestJson('stories')],
    count: () => countVitest(join(resultsDir, 'stories.json')),
  },
  {
    name: 'real-browser tests (Playwright)',
    command: ['npx', 'playwright', 'test', '-c', 'tests/browser/playwright.config.ts'],
    count: () => countPlaywright(join(resultsDir, 'browser.json')),
  },
  {
    name: 'package lint (publint, attw)',
    command: ['node', 'scripts/packages/lintPackages.mjs'],
    captureStdout: true,
    count: countSummaryLine('lintPackages'),
  },
  {
    name: 'API reports (API Extractor)',
    command: ['node', 'scripts/packages/apiReports.mjs', '--check'],
    captureStdout: true,
    count: countSummaryLine('apiReports'),
  },
  {
    name: 'size budgets (size-limit, gzip)',
    command: ['npx', 'size-limit', '--json'],
    captureStdout: true,
    count: (stdout) => countSizeLimit(stdout),
  },
];

function run(command, { captureStdout = false } = {}) {
  const [bin, ...args] = command;
  const started = Date.now();
  const result = spawnSync(bin, args, {
    cwd: root,
    stdio: ['ignore', captureStdout ? 'pipe' : 'inherit', 'inherit'],
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: process.env.CI ? '0' : (process.env.FORCE_COLOR ?? '1') },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status ?? 1, stdout: result.stdout ?? '', seconds: (Date.now() - started) / 1000 };
}

ensureInstalled();
rmSync(resultsDir, { recursive: true, force: true });
mkdirSync(resultsDir, { recursive: true });

const rows = [];
const heading = (text) => console.log(`\n━━ ${text} ━━`);

heading('build (tsc -b, rollup)');
const build = run(['npm', 'run', '--silent', 'build']);
rows.push({
  name: 'build (type-check and bundles)',
  passed: build.status === 0 ? 1 : 0,
  failed: build.status === 0 ? 0 : 1,
  skipped: 0,
  seconds: build.seconds,
});

for (const suite of suites) {
  heading(suite.name);
  const { status, stdout, seconds } = run(suite.command, suite);
  let counts;
  try {
    counts = suite.count
      ? suite.count(stdout)
      : { passed: status === 0 ? 1 : 0, failed: status === 0 ? 0 : 1, skipped: 0 };
  } catch (error) {
    console.error(`[parley] could not read the results of "${suite.name}": ${error.message}`);
    counts = { passed: 0, failed: 1, skipped: 0 };
  }
  // A runner that exits non-zero without a failed test (a crash, a config error) still fails the run.
  if (status !== 0 && counts.failed === 0) counts.failed = 1;
  rows.push({ name: suite.name, ...counts, seconds });
}

heading('summary');
for (const row of rows) {
  const mark = row.failed ? 'FAIL' : 'ok  ';
  console.log(
    `  ${mark} ${row.name.padEnd(48)} ${String(row.passed).padStart(4)} passed ${String(row.failed).padStart(3)} failed ${String(row.skipped).padStart(3)} skipped ${row.seconds.toFixed(1).padStart(7)} s`,
  );
}
const total = rows.reduce(
  (sum, row) => ({
    passed: sum.passed + row.passed,
    failed: sum.failed + row.failed,
    skipped: sum.skipped + row.skipped,
  }),
  { passed: 0, failed: 0, skipped: 0 },
);
console.log(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(total.failed > 0 ? 1 : 0);
