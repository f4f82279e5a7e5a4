// The pack tests: every public package as `npm pack` makes it (what `npm publish` uploads), installed from
// its tarball into fresh projects outside the repository, where nothing can reach the workspace's sources or
// links. Each project is used the way its user would:
// - plain Node.js ESM (fixtures/packProjects/node-esm): @parley/core chats with the reference server;
// - TypeScript (fixtures/packProjects/typescript): every entry point's types, with `moduleResolution: bundler`
//   and with `node16`, `skipLibCheck: false`; the node16 build also runs;
// - Vite + React and Vite + Vue (the examples' own sources): type-checked, built, and used in Chromium;
// - the script tag: the widget tarball's `dist/cdn/`, served as a public CDN serves npm packages, loads from
//   a plain page with the HTML of docs/embedding/README.md (the snippet) and of the package's README (the
//   one-tag form), and chats.
// Packing takes a second; each install takes a few (npm's cache already holds every third-party version,
// the monorepo's own): they run together before the tests. The two type-checks of every declaration take
// most of the file's time (about 50 s on 2 cores).
import { readdirSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { expect, test } from '@playwright/test';
import { packTarballs } from '../../scripts/packages/packTarballs.mjs';
import { collectPageErrors } from './fixtures/collectPageErrors.ts';
import { installFromTarballs, type PackedPackage } from './fixtures/installFromTarballs.ts';
import { lastWeekdayAt } from './fixtures/lastWeekdayAt.ts';
import { loaderLauncher, visibleLauncher } from './fixtures/loaderPage.ts';
import { runCommand, userEnvironment } from './fixtures/runCommand.ts';
import { type NpmCdn, startNpmCdn } from './fixtures/startNpmCdn.ts';
import { serveWidgetPages } from './fixtures/startWidgetServer.ts';
import { chatInWidget, openInBusinessHours, searchThenChat, vueExampleChat } from './fixtures/widgetChat.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const fixtures = fileURLToPath(new URL('./fixtures/packProjects/', import.meta.url));
// Tarballs, projects and pages, outside the repository so that no node_modules of the monorepo is on any
// resolution path. Only a name here: nothing is written until the tests run.
const workDir = join(tmpdir(), `parley-pack-${process.pid}-${Date.now()}`);

/** The projects, each made from a folder (package.json and sources) and installed from the tarballs. */
const projects = {
  'node-esm': join(fixtures, 'node-esm'),
  typescript: join(fixtures, 'typescript'),
  'react-vite': join(root, 'examples/react-vite'),
  'vue-vite': join(root, 'examples/vue-vite'),
};
const projectDir = (name: keyof typeof projects) => join(workDir, 'projects', name);
const pagesDir = join(workDir, 'pages');

const server = serveWidgetPages([
  { urlPrefix: '/packed/react-vite/', dir: join(projectDir('react-vite'), 'dist') },
  { urlPrefix: '/packed/vue-vite/', dir: join(projectDir('vue-vite'), 'dist') },
  { urlPrefix: '/packed/pages/', dir: pagesDir },
]);

let packed: PackedPackage[] = [];
let cdn: NpmCdn | undefined;

test.beforeAll(async () => {
  // Installs take seconds each from a warm npm cache; a cold cache downloads from the registry.
  test.setTimeout(240_000);
  packed = packTarballs(join(workDir, 'tarballs'));
  const names = Object.keys(projects) as (keyof typeof projects)[];
  const started = performance.now();
  const installs = await Promise.all(
    names.map((name) => installFromTarballs({ from: projects[name], to: projectDir(name), packed })),
  );
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  console.log(
    `[pack tests] installed ${names.map((name, index) => `${name} in ${seconds(installs[index] ?? 0)}`).join(', ')}; ${seconds(performance.now() - started)} in all`,
  );

  // The widget's tarball, extracted as a CDN serving npm packages does: its files under `package/`.
  const widget = tarballOf('@parley/widget');
  const extracted = join(workDir, 'cdn', '@parley/widget');
  await mkdir(extracted, { recursive: true });
  const untar = await runCommand('tar', ['-xzf', widget.tarball, '-C', extracted], {
    cwd: workDir,
    timeoutMs: 30_000,
  });
  if (untar.code !== 0) throw new Error(`tar failed: ${untar.output}`);
  cdn = await startNpmCdn([{ name: widget.name, dir: join(extracted, 'package') }]);
});

test.afterAll(async () => {
  await cdn?.close();
  await rm(workDir, { recursive: true, force: true });
});

function tarballOf(name: string): PackedPackage {
  const item = packed.find((candidate) => candidate.name === name);
  if (!item) throw new Error(`${name} was not packed`);
  return item;
}

/** Runs `node <args>` in a project, with its own node_modules only. */
function node(project: keyof typeof projects, args: readonly string[]) {
  return runCommand(process.execPath, args, { cwd: projectDir(project), timeoutMs: 60_000 });
}

/**
 * The project's own TypeScript (installed from npm at the monorepo's version), on one of its tsconfigs. The
 * examples' tsconfig.json keeps their `skipLibCheck: true`: Vite's and Rolldown's declarations, which their
 * vite.config.ts brings in, need @types/node and `lib: esnext` that a browser app does not have. The
 * TypeScript project checks every Parley declaration with `skipLibCheck: false`.
 */
function tsc(project: keyof typeof projects, tsconfig: string) {
  return node(project, ['node_modules/typescript/bin/tsc', '-p', tsconfig]);
}

/** The same with the project's own vue-tsc, which also checks its single-file components (`App.vue`). */
function vueTsc(project: 'vue-vite', tsconfig: string) {
  return node(project, ['node_modules/vue-tsc/bin/vue-tsc.js', '-p', tsconfig]);
}

/** Builds a Vite project with its own Vite, its pages talking to the reference server of this file. */
function viteBuild(project: 'react-vite' | 'vue-vite') {
  return runCommand(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], {
    cwd: projectDir(project),
    env: { ...userEnvironment(), VITE_PARLEY_BASE_URL: server.url },
    timeoutMs: 60_000,
  });
}

test('plain Node.js ESM: @parley/core from its tarball reads the configuration, starts a conversation and gets the bot’s answer', async () => {
  const { code, output } = await node('node-esm', ['smoke.mjs', server.url]);
  expect(output.split('\n')).toEqual([
    'brand: Lumen',
    expect.stringMatching(/^conversation: cnv_[\w-]+$/),
    'visitor (sent): How do I export my notes to PDF?',
    expect.stringMatching(/^bot Lumen Assistant: Here are some articles that might help/),
    '',
  ]);
  expect(code).toBe(0);
});

test('TypeScript with moduleResolution bundler: every entry point’s types resolve, with skipLibCheck false', async () => {
  // Seconds of checking: the declarations of every package and of their dependencies are checked too.
  test.setTimeout(120_000);
  expect(await tsc('typescript', 'tsconfig.bundler.json')).toEqual({ code: 0, output: '' });
});

test('TypeScript with module node16: every entry point’s types resolve, and the compiled @parley/core smoke runs in Node.js', async () => {
  test.setTimeout(120_000);
  expect(await tsc('typescript', 'tsconfig.node16.json')).toEqual({ code: 0, output: '' });
  const { code, output } = await node('typescript', ['out/coreSmoke.js', server.url]);
  expect(output).toMatch(/^Lumen cnv_[\w-]+ bot: Here are some articles that might help/);
  expect(code).toBe(0);
});

test('Vite + React: the example, installed from the tarballs, type-checks, builds, searches with useArticleSearch and chats in <ParleyWidget>', async ({
  page,
}) => {
  test.setTimeout(90_000);
  expect(await tsc('react-vite', '.')).toEqual({ code: 0, output: '' });
  expect(await viteBuild('react-vite')).toEqual({ code: 0, output: '' });

  const errors = await openInBusinessHours(page, `${server.url}/packed/react-vite/`);
  await searchThenChat(page);
  expect(errors).toEqual({ thrown: [], logged: [] });
});

test('Vite + Vue: the example, installed from the tarballs, type-checks, builds, searches with useArticleSearch, and its <ParleyWidget> and page share one conversation', async ({
  page,
}) => {
  test.setTimeout(90_000);
  expect(await vueTsc('vue-vite', '.')).toEqual({ code: 0, output: '' });
  expect(await viteBuild('vue-vite')).toEqual({ code: 0, output: '' });

  const errors = await openInBusinessHours(page, `${server.url}/packed/vue-vite/`);
  await searchThenChat(page);
  // The page's chat (useConversations, useConversation) shows the conversation started in the widget.
  await vueExampleChat(page);
  expect(errors).toEqual({ thrown: [], logged: [] });
});

/** The pages that tell how to load the script tag from a CDN serving npm packages. */
const cdnDocs = ['docs/embedding/README.md', 'packages/widget/README.md'];

/**
 * The HTML code block of `doc` that loads the loader from jsDelivr: the block, the loader's URL, and the
 * loader's folder in the package (`dist/cdn/`).
 */
async function documentedCdnEmbed(
  doc: string,
): Promise<{ block: string; loaderUrl: string; folder: string }> {
  const text = await readFile(join(root, doc), 'utf8');
  const block = [...text.matchAll(/^```html\n([\s\S]*?)^```$/gm)]
    .map((match) => match[1] ?? '')
    .find((code) => code.includes('https://cdn.jsdelivr.net/npm/'));
  const url = /https:\/\/cdn\.jsdelivr\.net\/npm\/@parley\/widget@[^/]+\/(.*\/)parley-loader\.js/.exec(
    block ?? '',
  );
  if (!block || !url) throw new Error(`${doc} has no HTML that loads @parley/widget from jsDelivr`);
  return { block, loaderUrl: url[0], folder: url[1] ?? '' };
}

test('the script tag: the widget tarball holds its whole CDN build, at the paths the documentation gives for a CDN and for Node', async () => {
  // Every file of the built script-tag folder: a chunk left out would fail only when a visitor opens the
  // view that needs it.
  const built = readdirSync(join(root, 'packages/widget/dist/cdn')).map((file) => `dist/cdn/${file}`);
  const inTarball = tarballOf('@parley/widget').files.filter((file) => file.startsWith('dist/cdn/'));
  expect([...inTarball].sort()).toEqual([...built].sort());

  // A CDN serving npm packages finds them at their path in the package; parley.js is beside the loader.
  for (const doc of cdnDocs) {
    const { folder } = await documentedCdnEmbed(doc);
    expect(inTarball, doc).toContain(`${folder}parley-loader.js`);
    expect(inTarball, doc).toContain(`${folder}parley.js`);
  }
  // The documented URLs name the version being released: after `changeset version`, this fails until the
  // pages are updated (docs/releasing.md, "Cutting a release").
  const { version } = tarballOf('@parley/widget');
  for (const doc of [...cdnDocs, 'docs/releasing.md']) {
    const named = [...(await readFile(join(root, doc), 'utf8')).matchAll(/@parley\/widget@([\w.-]+)/g)];
    expect(named.length, doc).toBeGreaterThan(0);
    expect(new Set(named.map((match) => match[1])), doc).toEqual(new Set([version]));
  }
  // The guide's snippet for a CDN is its snippet, but for the loader's URL.
  const guide = await readFile(join(root, 'docs/embedding/README.md'), 'utf8');
  const snippet = /^ {2}(\(\(w,d,p,s,c\)=>.*)$/m.exec(guide)?.[1] ?? '';
  const { block, loaderUrl } = await documentedCdnEmbed('docs/embedding/README.md');
  expect(block).toContain(snippet.replace('https://support.example.com/cdn/parley-loader.js', loaderUrl));

  // Node finds them through the package's exports.
  const resolved = await node('react-vite', [
    '--input-type=module',
    '--eval',
    "console.log(import.meta.resolve('@parley/widget/cdn/parley-loader.js'))",
  ]);
  const loaderFile = join(projectDir('react-vite'), 'node_modules/@parley/widget/dist/cdn/parley-loader.js');
  expect(resolved).toEqual({ code: 0, output: `${pathToFileURL(loaderFile).href}\n` });
});

for (const [index, doc] of cdnDocs.entries()) {
  test(`the script tag: the HTML of ${doc}, with the loader on a CDN serving the widget tarball from another origin, draws the launcher and chats`, async ({
    page,
  }) => {
    if (!cdn) throw new Error('the CDN starts before the tests');
    const { block, loaderUrl } = await documentedCdnEmbed(doc);
    // A plain page, on the reference server, with the documented HTML: its CDN is the stand-in, its server
    // the reference server, its widget the demo's.
    const html = [
      '<!doctype html>',
      '<html lang="en">',
      '<head><meta charset="utf-8" /><title>A page with Parley from a CDN</title><link rel="icon" href="data:," />',
      block
        .replace('https://cdn.jsdelivr.net/', `${cdn.url}/`)
        .replace('https://support.example.com', server.url)
        .replace('wk_live_123', 'wk_demo'),
      '</head>',
      '<body><main><h1>A host page</h1></main></body>',
      '</html>',
    ].join('\n');
    await mkdir(pagesDir, { recursive: true });
    await writeFile(join(pagesDir, `npm-cdn-${index}.html`), html);

    const errors = collectPageErrors(page);
    const earlierRequests = cdn.requests.length;
    await page.clock.setFixedTime(lastWeekdayAt(3, 11));
    await page.goto(`${server.url}/packed/pages/npm-cdn-${index}.html`);
    // The loader draws the launcher; pointing at it brings the widget, whose launcher takes its place.
    await expect(loaderLauncher(page)).toBeVisible();
    await visibleLauncher(page).click();
    const panel = page.getByRole('dialog', { name: 'Lumen' });
    await panel.getByRole('button', { name: 'Send us a message' }).click();
    await chatInWidget(panel, 'How do I export my notes to PDF?');

    // The loader and the widget came from the package's folder on the CDN, and so did every chunk: all found.
    const cdnPath = new URL(loaderUrl).pathname.replace(/parley-loader\.js$/, '');
    const requests = cdn.requests.slice(earlierRequests);
    const paths = requests.map(({ path }) => path);
    expect(paths).toContain(`${cdnPath}parley-loader.js`);
    expect(paths).toContain(`${cdnPath}parley.js`);
    expect(requests.filter(({ path, status }) => status !== 200 || !path.startsWith(cdnPath))).toEqual([]);
    expect(errors).toEqual([]);
  });
}
