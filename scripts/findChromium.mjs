// Finds a Chromium that Playwright (and vitest's browser mode) can launch by `executablePath`,
// without downloading anything: these machines reach only the npm registry and Debian's packages.
//
// Order: the CHROMIUM_PATH environment variable, then a system Chromium or Chrome, then the headless
// Chromium shipped inside the `@sparticuz/chromium` npm package. The first one that answers
// `--version` wins; the result is cached for the rest of the process.
import { execFile } from 'node:child_process';
import { accessSync, constants, mkdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

/**
 * Flags that keep Chromium quiet on a closed network (see TOOLCHAIN.md). Playwright adds its own
 * `--headless` in headless mode; the same flag twice is harmless, a different headless mode is not,
 * so every other `--headless=...` flag is dropped.
 */
const QUIET_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const SYSTEM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
];
const PATH_NAMES = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome'];

/**
 * Of `@sparticuz/chromium`'s own flags (written for AWS Lambda), those we leave out:
 * - its `--headless='shell'` would contradict Playwright's `--headless`;
 * - `--disable-web-security`, `--allow-running-insecure-content` and `--disable-site-isolation-trials`
 *   would hide CORS and mixed-content bugs from the tests;
 * - `--single-process` is a Lambda workaround that makes several contexts/pages flaky; not needed here;
 * - its GPU flags contradict `--disable-gpu`.
 */
const SPARTICUZ_DROPPED = [
  /^--headless/,
  /^--disable-web-security$/,
  /^--allow-running-insecure-content$/,
  /^--disable-site-isolation-trials$/,
  /^--single-process$/,
  /^--use-gl=/,
  /^--use-angle=/,
  /^--enable-unsafe-swiftshader$/,
  /^--ignore-gpu-blocklist$/,
  /^--in-process-gpu$/,
];

const HOW_TO_FIX = [
  'Provide a Chromium in one of these ways:',
  '  - set CHROMIUM_PATH to a Chromium or Chrome executable (e.g. CHROMIUM_PATH=/usr/bin/chromium);',
  '  - or install the system one: `apt-get install -y chromium` (as root);',
  '  - or reinstall dependencies (`npm install`) so that the @sparticuz/chromium devDependency is present.',
  'Do not run `playwright install`: it downloads browsers, which this network does not allow.',
].join('\n');

/** @type {Promise<{ executablePath: string; args: string[]; source: 'env' | 'system' | 'npm' }> | undefined} */
let cached;

/**
 * Finds a launchable Chromium.
 *
 * @returns {Promise<{ executablePath: string; args: string[]; source: 'env' | 'system' | 'npm' }>}
 *   `executablePath` and `args` go straight into Playwright's `launchOptions`.
 * @throws {Error} when no Chromium works; the message says how to provide one.
 * @example
 * ```js
 * const { executablePath, args } = await findChromium();
 * const browser = await chromium.launch({ executablePath, args });
 * ```
 */
export function findChromium() {
  cached ??= locate().catch((error) => {
    cached = undefined;
    throw error;
  });
  return cached;
}

async function locate() {
  const problems = [];

  const fromEnv = process.env.CHROMIUM_PATH?.trim();
  if (fromEnv) {
    // An explicit choice that does not work is an error, not a reason to quietly pick another browser.
    const problem = await probe(fromEnv);
    if (problem) throw new Error(`CHROMIUM_PATH=${fromEnv} cannot be used: ${problem}\n${HOW_TO_FIX}`);
    return { executablePath: fromEnv, args: [...QUIET_ARGS], source: 'env' };
  }

  for (const candidate of systemCandidates()) {
    const problem = await probe(candidate);
    if (!problem) return { executablePath: candidate, args: [...QUIET_ARGS], source: 'system' };
    problems.push(`${candidate}: ${problem}`);
  }

  try {
    const { default: chromium } = await import('@sparticuz/chromium');
    const executablePath = await withUnpackLock(() => chromium.executablePath());
    const problem = await probe(executablePath);
    if (problem) {
      // Half-unpacked by an interrupted run, or unpacked by another user (mode 0700): unpacking again fixes it.
      throw new Error(`${executablePath}: ${problem}; delete it (it is unpacked again on the next run)`);
    }
    const own = chromium.args.filter((arg) => !SPARTICUZ_DROPPED.some((pattern) => pattern.test(arg)));
    return { executablePath, args: dedupe([...QUIET_ARGS, ...own]), source: 'npm' };
  } catch (error) {
    problems.push(`@sparticuz/chromium: ${error instanceof Error ? error.message : String(error)}`);
  }

  throw new Error(`No usable Chromium found.\n${problems.map((p) => `  - ${p}`).join('\n')}\n${HOW_TO_FIX}`);
}

function systemCandidates() {
  const onPath = (process.env.PATH ?? '')
    .split(delimiter)
    .filter(Boolean)
    .flatMap((dir) => PATH_NAMES.map((name) => join(dir, name)));
  return [...new Set([...SYSTEM_PATHS, ...onPath])].filter(isExecutableFile);
}

function isExecutableFile(path) {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** Runs `<path> --version`; resolves to a description of the problem, or `undefined` if it works. */
function probe(path) {
  if (!isExecutableFile(path))
    return Promise.resolve('not an executable file (or not executable by this user)');
  return new Promise((resolve) => {
    execFile(path, ['--version'], { timeout: 15_000 }, (error, stdout, stderr) => {
      if (error) resolve(`\`--version\` failed: ${(stderr || error.message).trim().split('\n')[0]}`);
      else if (!/chrom/i.test(stdout)) resolve(`\`--version\` printed "${stdout.trim()}", not a Chromium`);
      else resolve(undefined);
    });
  });
}

function dedupe(args) {
  return [...new Set(args)];
}

/**
 * `@sparticuz/chromium` unpacks its binary to `<tmpdir>/chromium` and returns that path as soon as the
 * file exists, even while another process is still writing it. Story tests and Playwright tests may
 * start together, so unpacking is serialised across processes with a lock directory.
 */
async function withUnpackLock(task) {
  const lock = join(tmpdir(), 'parley-chromium-unpack.lock');
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch (error) {
      if (error?.code !== 'EEXIST') throw error;
      if (isStale(lock) || Date.now() > deadline) {
        rmSync(lock, { recursive: true, force: true });
        continue;
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  try {
    return await task();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

function isStale(lock) {
  try {
    return Date.now() - statSync(lock).mtimeMs > 120_000;
  } catch {
    return false;
  }
}
