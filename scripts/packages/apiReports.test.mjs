// The comparison behind `node scripts/packages/apiReports.mjs --check`: a committed report that differs from
// what the declarations give fails the check with a diff of the change. These tests compare texts only
// (no API Extractor run, no build needed); `npm test` runs the real check on every package.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import {
  compareReports,
  formatResults,
  reportEntries,
  reportName,
  unifiedDiff,
  writeReports,
} from './apiReports.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const reactReport = 'packages/react/api/react.api.md';

let work;
afterEach(() => {
  if (work) rmSync(work, { recursive: true, force: true });
  work = undefined;
});

/** A temporary copy of `files` (paths relative to the repository root), changed by `edit`. */
function copyOf(files, edit = (text) => text) {
  work = mkdtempSync(join(tmpdir(), 'parley-api-reports-test-'));
  for (const file of files) {
    mkdirSync(join(work, file, '..'), { recursive: true });
    writeFileSync(join(work, file), edit(readFileSync(join(root, file), 'utf8')));
  }
  return work;
}

describe('apiReports --check', () => {
  it('passes a report that matches the committed one', () => {
    const committed = readFileSync(join(root, reactReport), 'utf8');
    const results = compareReports(new Map([[reactReport, committed]]), copyOf([reactReport]));
    expect(results).toEqual([{ file: reactReport, status: 'ok' }]);
    expect(formatResults(results)).toMatchObject({ failed: 0 });
    expect(formatResults(results).lines.at(-1)).toBe('apiReports: 1 passed, 0 failed');
  });

  it('fails on a committed report with one line altered, and shows that line in the diff', () => {
    const generated = readFileSync(join(root, reactReport), 'utf8');
    expect(generated).toContain('export function useUnreadCount(): number;');
    const baseDir = copyOf([reactReport], (text) =>
      text.replace('export function useUnreadCount(): number;', 'export function useUnreadCount(): string;'),
    );
    const results = compareReports(new Map([[reactReport, generated]]), baseDir);
    expect(results).toMatchObject([{ file: reactReport, status: 'CHANGED' }]);
    const diff = results[0].diff.split('\n');
    expect(diff).toContain('-export function useUnreadCount(): string;');
    expect(diff).toContain('+export function useUnreadCount(): number;');
    // A short diff: the change with a little context, not the whole report.
    expect(diff.length).toBeLessThan(12);
    const { lines, failed } = formatResults(results);
    expect(failed).toBe(1);
    expect(lines[0]).toMatch(/^ {2}CHANGED packages\/react\/api\/react\.api\.md /);
    expect(lines.at(-1)).toBe('apiReports: 0 passed, 1 failed');
  });

  it('fails on a missing report and on a report no entry point generates', () => {
    const baseDir = copyOf([reactReport]);
    writeFileSync(join(baseDir, 'packages/react/api/react-old.api.md'), 'old\n');
    const reports = new Map([
      [reactReport, readFileSync(join(root, reactReport), 'utf8')],
      ['packages/react/api/react-new.api.md', 'new\n'],
    ]);
    const results = compareReports(reports, baseDir);
    expect(results.map(({ file, status }) => `${status} ${file}`)).toEqual([
      `ok ${reactReport}`,
      'MISSING packages/react/api/react-new.api.md',
      'EXTRA packages/react/api/react-old.api.md',
    ]);
    expect(formatResults(results).lines.at(-1)).toBe('apiReports: 1 passed, 2 failed');

    // Rewriting the reports makes the check pass again.
    writeReports(reports, baseDir);
    expect(existsSync(join(baseDir, 'packages/react/api/react-old.api.md'))).toBe(false);
    expect(compareReports(reports, baseDir).every(({ status }) => status === 'ok')).toBe(true);
  });
});

describe('unifiedDiff', () => {
  it('shows the changed lines with two lines of context, one hunk per change', () => {
    const before = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'];
    const after = ['a', 'b', 'C', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k'];
    expect(unifiedDiff(before.join('\n'), after.join('\n')).split('\n')).toEqual([
      '--- committed',
      '+++ generated',
      '@@ -1,5 +1,5 @@',
      ' a',
      ' b',
      '-c',
      '+C',
      ' d',
      ' e',
      '@@ -9,2 +9,3 @@',
      ' i',
      ' j',
      '+k',
    ]);
  });

  it('stops after maxLines lines of hunks', () => {
    const before = Array.from({ length: 100 }, (_, index) => `line ${index}`).join('\n');
    const after = before.replaceAll('line', 'row');
    const diff = unifiedDiff(before, after, { maxLines: 10 }).split('\n');
    expect(diff).toHaveLength(13);
    expect(diff.at(-1)).toBe('… 191 more diff lines');
  });
});

describe('report names', () => {
  it('are the unscoped package name, then the subpath with dashes', () => {
    expect(reportName('@parley/core', '.')).toBe('core');
    expect(reportName('@parley/conformance', './vitest')).toBe('conformance-vitest');
    expect(reportName('@parley/server', './testing/msw')).toBe('server-testing-msw');
  });

  it('cover every entry point with types of every public package, and only those', () => {
    const files = reportEntries().map(({ reportFile }) => reportFile);
    expect(files).toContain('packages/core/api/core.api.md');
    expect(files).toContain('packages/conformance/api/conformance-vitest.api.md');
    expect(files).toContain('packages/server/api/server-msw.api.md');
    // `./package.json`, `./openapi.json` and `./cdn/*` have no types.
    expect(files.filter((file) => /-(package|openapi|cdn)/.test(file))).toEqual([]);
    for (const file of files) expect(existsSync(join(root, file)), `${file} is committed`).toBe(true);
  });

  it('finds types nested in conditions and skips entries without', () => {
    work = mkdtempSync(join(tmpdir(), 'parley-api-reports-test-'));
    const dir = join(work, 'pkg');
    mkdirSync(dir);
    writeFileSync(
      join(dir, 'package.json'),
      JSON.stringify({
        name: '@parley/example',
        exports: {
          '.': { import: { types: './dist/index.d.ts', default: './dist/index.js' } },
          './extra': { types: './dist/extra.d.ts', import: './dist/extra.js' },
          './styles.css': './dist/styles.css',
        },
      }),
    );
    const entries = reportEntries([{ name: '@parley/example', version: '0.0.0', dir }]);
    expect(entries.map(({ subpath, name, dtsFile }) => [subpath, name, dtsFile])).toEqual([
      ['.', 'example', join(dir, 'dist/index.d.ts')],
      ['./extra', 'example-extra', join(dir, 'dist/extra.d.ts')],
    ]);
  });
});
