// API reports: one API Extractor report (`.api.md`) per entry point of every public package, committed at
// packages/<folder>/api/<report>.api.md, so that a change to a public API is always a deliberate, reviewed
// change of that file. The reports are made from the built declarations (packages/*/dist/*.d.ts): nothing
// is built here, run `npm run build` first (`npm test` does).
//
//   node scripts/packages/apiReports.mjs          rewrites the reports (and deletes those of entries that
//                                                 are gone)
//   node scripts/packages/apiReports.mjs --check  writes nothing: one line per report (ok, CHANGED with a
//                                                 short diff, MISSING, EXTRA), then the line
//                                                 `apiReports: N passed, N failed`; exits 1 on any failure
//
// Report names: the entry `.` of @parley/<name> is `<name>.api.md`, a subpath entry `./a/b` is
// `<name>-a-b.api.md` (@parley/conformance/vitest: packages/conformance/api/conformance-vitest.api.md).
// Only the entries whose `exports` target has a `types` condition get a report.
//
// A report depends only on the declaration files: no dates, versions or absolute paths. API Extractor runs
// in-process, with one TypeScript program for all the entry points (about 3 s for every package).
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CompilerState, Extractor, ExtractorConfig } from '@microsoft/api-extractor';
import { publicPackages } from './packTarballs.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** The folder of a package that holds its reports. */
const reportFolderName = 'api';

/**
 * The declaration file of an `exports` target: the `types` condition, wherever it is nested.
 * @returns {string | undefined}
 */
function typesOf(target) {
  if (typeof target === 'string') return /\.d\.[cm]?ts$/.test(target) ? target : undefined;
  if (Array.isArray(target)) return target.map(typesOf).find(Boolean);
  if (target && typeof target === 'object') {
    if ('types' in target) return typesOf(target.types);
    return Object.values(target).map(typesOf).find(Boolean);
  }
  return undefined;
}

/**
 * The name of the report of `subpath` in the package `packageName`: `core` for `@parley/core`,
 * `conformance-vitest` for `@parley/conformance/vitest`.
 */
export function reportName(packageName, subpath) {
  const unscoped = packageName.replace(/^@[^/]+\//, '');
  const rest = subpath.replace(/^\.\/?/, '');
  return rest ? `${unscoped}-${rest.replaceAll('/', '-')}` : unscoped;
}

/**
 * Every entry point with types of every public package.
 * @returns {{ packageName: string, dir: string, subpath: string, dtsFile: string, name: string, reportFile: string }[]}
 *   with `reportFile` relative to the repository root
 */
export function reportEntries(packages = publicPackages()) {
  const entries = [];
  for (const { name: packageName, dir } of packages) {
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    let exportsField = manifest.exports ?? (manifest.types ? { '.': { types: manifest.types } } : {});
    if (typeof exportsField === 'string' || !Object.keys(exportsField).every((key) => key.startsWith('.'))) {
      exportsField = { '.': exportsField };
    }
    for (const [subpath, target] of Object.entries(exportsField)) {
      const types = typesOf(target);
      if (!types) continue;
      if (subpath.includes('*')) {
        throw new Error(
          `${packageName}: the pattern entry "${subpath}" has types; give it a report by hand.`,
        );
      }
      const name = reportName(packageName, subpath);
      entries.push({
        packageName,
        dir,
        subpath,
        dtsFile: join(dir, types),
        name,
        reportFile: relative(root, join(dir, reportFolderName, `${name}.api.md`)),
      });
    }
  }
  return entries;
}

/** The compiler options the declarations are read with (their own dependencies resolve through node_modules). */
const compilerOptions = {
  target: 'ES2022',
  module: 'ESNext',
  moduleResolution: 'bundler',
  lib: ['ES2022', 'DOM', 'DOM.Iterable'],
  strict: true,
  skipLibCheck: true,
  // The server and the conformance kit refer to Node's types.
  types: ['node'],
};

/** The API Extractor configuration of one entry point; the report goes to `outDir`. */
function extractorConfig(entry, allDtsFiles, outDir) {
  return ExtractorConfig.prepare({
    configObject: {
      projectFolder: entry.dir,
      mainEntryPointFilePath: entry.dtsFile,
      compiler: { overrideTsconfig: { compilerOptions, files: allDtsFiles } },
      apiReport: {
        enabled: true,
        reportFileName: entry.name,
        reportFolder: join(outDir, 'report'),
        reportTempFolder: join(outDir, 'temp'),
      },
      docModel: { enabled: false },
      dtsRollup: { enabled: false },
      tsdocMetadata: { enabled: false },
      newlineKind: 'lf',
      messages: {
        compilerMessageReporting: { default: { logLevel: 'warning' } },
        extractorMessageReporting: {
          default: { logLevel: 'warning' },
          // Release tags (@public, @beta) are not used: everything exported is public.
          'ae-missing-release-tag': { logLevel: 'none' },
          // A type the API uses but the entry does not export: written into the report, where it is reviewed.
          'ae-forgotten-export': { logLevel: 'none', addToApiReportFile: true },
          // What has no TSDoc is marked "(undocumented)" in the report itself.
          'ae-undocumented': { logLevel: 'none' },
          // A {@link} to a type of another package: a concern of the docs, not of the API's shape.
          'ae-unresolved-link': { logLevel: 'none' },
        },
        // TSDoc syntax is the API reference's concern (scripts/apiReference.mjs): a report lists signatures.
        tsdocMessageReporting: { default: { logLevel: 'none' } },
      },
    },
    configObjectFullPath: undefined,
    packageJsonFullPath: join(entry.dir, 'package.json'),
  });
}

/**
 * Generates the report of every entry.
 * @returns {{ reports: Map<string, string>, messages: string[] }} `reports` maps each report file (relative
 *   to the repository root) to its text; `messages` are API Extractor's warnings, each naming its report
 */
export function generateReports(entries = reportEntries()) {
  const missing = entries.filter(({ dtsFile }) => !existsSync(dtsFile));
  if (missing.length > 0) {
    throw new Error(
      `${missing.map(({ dtsFile }) => relative(root, dtsFile)).join(', ')} missing: run \`npm run build\` first.`,
    );
  }
  const work = mkdtempSync(join(tmpdir(), 'parley-api-reports-'));
  try {
    const allDtsFiles = entries.map(({ dtsFile }) => dtsFile);
    const reports = new Map();
    const messages = [];
    let compilerState;
    for (const entry of entries) {
      const outDir = join(work, entry.name);
      mkdirSync(join(outDir, 'report'), { recursive: true });
      const config = extractorConfig(entry, allDtsFiles, outDir);
      // One TypeScript program for every entry point: the analysis of the shared declarations is done once.
      compilerState ??= CompilerState.create(config, { additionalEntryPoints: allDtsFiles });
      const result = Extractor.invoke(config, {
        localBuild: true,
        compilerState,
        messageCallback(message) {
          message.handled = true;
          if (message.logLevel === 'none' || message.logLevel === 'verbose') return;
          // Progress notes, and the notes on the report files this script compares and writes itself.
          if (message.messageId.startsWith('console-api-report-')) return;
          if (message.messageId.startsWith('console-') && message.logLevel === 'info') return;
          const where = message.sourceFilePath
            ? ` (${relative(root, message.sourceFilePath)}${message.sourceFileLine ? `:${message.sourceFileLine}` : ''})`
            : '';
          messages.push(`${entry.reportFile}: ${message.messageId}: ${message.text}${where}`);
        },
      });
      if (!result.succeeded) {
        throw new Error(`API Extractor failed on ${relative(root, entry.dtsFile)}:\n${messages.join('\n')}`);
      }
      const text = readFileSync(join(outDir, 'temp', `${entry.name}.api.md`), 'utf8');
      reports.set(entry.reportFile, text);
    }
    return { reports, messages };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * A unified diff of two texts (`---` expected, `+++` actual), with `context` lines around each change and at
 * most `maxLines` lines of hunks.
 */
export function unifiedDiff(expected, actual, { context = 2, maxLines = 40 } = {}) {
  const a = expected.split('\n');
  const b = actual.split('\n');
  // The common start and end are cut before the quadratic part: a report changes in a few places.
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  // Longest common subsequence of the middle parts, then the edit script.
  const lcs = Array.from({ length: midA.length + 1 }, () => new Uint32Array(midB.length + 1));
  for (let i = midA.length - 1; i >= 0; i--) {
    for (let j = midB.length - 1; j >= 0; j--) {
      lcs[i][j] = midA[i] === midB[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  /** @type {{ op: ' ' | '-' | '+', text: string, lineA: number, lineB: number }[]} */
  const ops = [];
  for (let k = 0; k < start; k++) ops.push({ op: ' ', text: a[k], lineA: k, lineB: k });
  let i = 0;
  let j = 0;
  while (i < midA.length || j < midB.length) {
    if (i < midA.length && j < midB.length && midA[i] === midB[j]) {
      ops.push({ op: ' ', text: midA[i], lineA: start + i, lineB: start + j });
      i++;
      j++;
    } else if (i < midA.length && (j === midB.length || lcs[i + 1][j] >= lcs[i][j + 1])) {
      ops.push({ op: '-', text: midA[i], lineA: start + i, lineB: start + j });
      i++;
    } else {
      ops.push({ op: '+', text: midB[j], lineA: start + i, lineB: start + j });
      j++;
    }
  }
  for (let k = 0; k < a.length - endA; k++) {
    ops.push({ op: ' ', text: a[endA + k], lineA: endA + k, lineB: endB + k });
  }
  // Hunks: the changed lines with their context, merged when they touch.
  const keep = new Array(ops.length).fill(false);
  ops.forEach((item, index) => {
    if (item.op === ' ') return;
    for (let k = Math.max(0, index - context); k <= Math.min(ops.length - 1, index + context); k++)
      keep[k] = true;
  });
  const lines = ['--- committed', '+++ generated'];
  for (let index = 0; index < ops.length; ) {
    if (!keep[index]) {
      index++;
      continue;
    }
    let end = index;
    while (end < ops.length && keep[end]) end++;
    const hunk = ops.slice(index, end);
    const countA = hunk.filter(({ op }) => op !== '+').length;
    const countB = hunk.filter(({ op }) => op !== '-').length;
    lines.push(`@@ -${hunk[0].lineA + 1},${countA} +${hunk[0].lineB + 1},${countB} @@`);
    for (const { op, text } of hunk) lines.push(`${op}${text}`);
    index = end;
  }
  if (lines.length > maxLines + 2) {
    const more = lines.length - maxLines - 2;
    lines.length = maxLines + 2;
    lines.push(`… ${more} more diff lines`);
  }
  return lines.join('\n');
}

/**
 * Compares generated reports with the files under `baseDir`, including report files there that no entry
 * generates any more.
 * @param {Map<string, string>} reports report file (relative to `baseDir`) → generated text
 * @returns {{ file: string, status: 'ok' | 'CHANGED' | 'MISSING' | 'EXTRA', diff?: string }[]}
 */
export function compareReports(reports, baseDir = root) {
  const results = [];
  for (const [file, text] of reports) {
    const path = join(baseDir, file);
    if (!existsSync(path)) {
      results.push({ file, status: 'MISSING' });
      continue;
    }
    const committed = readFileSync(path, 'utf8');
    results.push(
      committed === text
        ? { file, status: 'ok' }
        : { file, status: 'CHANGED', diff: unifiedDiff(committed, text) },
    );
  }
  for (const file of committedReports(reports, baseDir)) {
    if (!reports.has(file)) results.push({ file, status: 'EXTRA' });
  }
  return results;
}

/** The report files under the `api` folders of the packages the reports belong to (relative to `baseDir`). */
function committedReports(reports, baseDir) {
  const folders = new Set([...reports.keys()].map((file) => join(file, '..')));
  const files = [];
  for (const folder of folders) {
    if (!existsSync(join(baseDir, folder))) continue;
    for (const name of readdirSync(join(baseDir, folder))) {
      if (name.endsWith('.api.md')) files.push(join(folder, name));
    }
  }
  return files.sort();
}

/**
 * The lines `--check` prints for `results`, ending with `apiReports: N passed, N failed`.
 * @returns {{ lines: string[], failed: number }}
 */
export function formatResults(results) {
  const lines = [];
  let failed = 0;
  for (const { file, status, diff } of results) {
    if (status !== 'ok') failed++;
    const note = {
      ok: '',
      CHANGED:
        ' (the declarations no longer match the report: if the change is deliberate, run `node scripts/packages/apiReports.mjs` and commit the report)',
      MISSING: ' (run `node scripts/packages/apiReports.mjs` and commit the report)',
      EXTRA: ' (no entry point has this report any more: run `node scripts/packages/apiReports.mjs`)',
    }[status];
    lines.push(`  ${status.padEnd(7)} ${file}${note}`);
    if (diff) lines.push(...diff.split('\n').map((line) => `      ${line}`));
  }
  lines.push(`apiReports: ${results.length - failed} passed, ${failed} failed`);
  return { lines, failed };
}

/** Writes `reports` under `baseDir` and deletes the report files there that no entry generates any more. */
export function writeReports(reports, baseDir = root) {
  for (const file of committedReports(reports, baseDir)) {
    if (!reports.has(file)) rmSync(join(baseDir, file));
  }
  for (const [file, text] of reports) {
    mkdirSync(join(baseDir, file, '..'), { recursive: true });
    writeFileSync(join(baseDir, file), text);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const started = Date.now();
  const seconds = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
  const check = process.argv.includes('--check');
  let generated;
  try {
    generated = generateReports();
  } catch (error) {
    console.error(`[parley] ${error.message}`);
    if (check) console.log('apiReports: 0 passed, 1 failed');
    process.exit(1);
  }
  const { reports, messages } = generated;
  for (const message of messages) console.warn(`[parley] ${message}`);
  if (check) {
    const { lines, failed } = formatResults(compareReports(reports));
    console.log(lines.slice(0, -1).join('\n'));
    console.log(`(${reports.size} reports from the built declarations, ${seconds()})`);
    console.log(lines.at(-1));
    process.exitCode = failed > 0 ? 1 : 0;
  } else {
    writeReports(reports);
    console.log(
      `Wrote ${reports.size} API reports (${[...reports.keys()].map((file) => basename(file)).join(', ')}) in ${seconds()}.`,
    );
  }
}
