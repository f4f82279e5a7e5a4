// One shared build for every package. Each package is described by a few lines
// in `packages` below; `definePackageBuild` turns that into Rollup configs:
// ESM + bundled .d.ts for npm, and (widget only) minified IIFE files for script tags.
//
// Declarations come from `tsc -b` (emitted under .types/), so `npm run build`
// runs the type-check first and Rollup only bundles its output.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { dts } from 'rollup-plugin-dts';
import esbuild from 'rollup-plugin-esbuild';

const widgetI18n = 'packages/widget/src/i18n';

const packages = [
  { dir: 'contract', entries: { index: 'src/index.ts' } },
  { dir: 'core', entries: { index: 'src/index.ts' } },
  {
    dir: 'widget',
    entries: { index: 'src/index.ts' },
    jsxImportSource: 'preact',
    scriptTags: {
      'parley-loader': 'src/cdn/loader.ts',
      parley: 'src/cdn/parley.ts',
      ...widgetCatalogScripts(),
    },
    // Script tags cannot split code: catalogs arrive as the scripts above instead of through import().
    scriptTagPlugins: [
      replaceModule(`${widgetI18n}/importCatalog.ts`, `${widgetI18n}/importCatalogScript.ts`),
      announcedCatalogs(`${widgetI18n}/announceCatalog.ts`),
    ],
  },
  { dir: 'react', entries: { index: 'src/index.ts' }, jsxImportSource: 'react' },
  { dir: 'vue', entries: { index: 'src/index.ts' } },
  {
    dir: 'server',
    entries: { index: 'src/index.ts', msw: 'src/msw.ts', cli: 'src/cli.ts' },
    platform: 'node',
  },
  {
    dir: 'conformance',
    entries: { index: 'src/index.ts', vitest: 'src/vitest.ts', cli: 'src/cli.ts' },
    platform: 'node',
  },
];

/**
 * Each language but English (bundled) as a script next to parley.js, `parley.<language>.js`: from npm the
 * same catalogs are chunks that import() loads.
 */
function widgetCatalogScripts() {
  const languages = readdirSync(`${widgetI18n}/catalogs`)
    .filter((file) => /^[a-z]{2}(-[A-Za-z]+)?\.ts$/.test(file) && file !== 'en.ts')
    .map((file) => file.slice(0, -3));
  return Object.fromEntries(
    languages.map((tag) => [`parley.${tag}`, `src/i18n/catalogs/${tag}.ts?announced`]),
  );
}

/** Builds `<catalog>.ts?announced` as a script that hands its `catalog` to `announceCatalog`. */
function announcedCatalogs(announceModule) {
  const prefix = '\0announced:';
  return {
    name: 'announced-catalogs',
    resolveId: (id) =>
      id.endsWith('?announced') ? prefix + resolve(id.slice(0, -'?announced'.length)) : null,
    load: (id) =>
      id.startsWith(prefix)
        ? `import { announceCatalog } from ${JSON.stringify(resolve(announceModule))};
import { catalog } from ${JSON.stringify(id.slice(prefix.length))};
announceCatalog(catalog);`
        : null,
  };
}

/** Puts one module in place of another wherever it is imported. */
function replaceModule(from, to) {
  const [fromId, toId] = [resolve(from), resolve(to)];
  return {
    name: 'replace-module',
    async resolveId(source, importer, options) {
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved?.id === fromId ? toId : null;
    },
  };
}

/** Everything a package declares as a dependency stays outside its npm bundle. */
function externalsOf(pkgDir) {
  const manifest = JSON.parse(readFileSync(`${pkgDir}/package.json`, 'utf8'));
  const names = Object.keys({ ...manifest.dependencies, ...manifest.peerDependencies });
  return (id) => id.startsWith('node:') || names.some((name) => id === name || id.startsWith(`${name}/`));
}

function esbuildPlugin({ jsxImportSource, minify, define, platform }) {
  return esbuild({
    target: platform === 'node' ? 'node20' : 'es2020',
    minify,
    jsx: 'automatic',
    jsxImportSource,
    define,
    tsconfig: false,
  });
}

/**
 * npm builds keep dev-only warnings behind `process.env.NODE_ENV`, which every bundler replaces, so
 * they vanish from the host app's production build. (esbuild's `define` takes only literals.)
 */
const devFlagFromNodeEnv = {
  name: 'dev-flag-from-node-env',
  renderChunk: (code) => code.replaceAll(/\b__DEV__\b/g, "(process.env.NODE_ENV !== 'production')"),
};

/** @returns {import('rollup').RollupOptions[]} */
function definePackageBuild({ dir, entries, jsxImportSource, scriptTags, scriptTagPlugins = [], platform }) {
  const root = `packages/${dir}`;
  const external = externalsOf(root);
  const input = Object.fromEntries(Object.entries(entries).map(([name, file]) => [name, `${root}/${file}`]));
  const configs = [
    {
      input,
      external,
      plugins: [
        nodeResolve({ extensions: ['.ts', '.tsx', '.js'] }),
        esbuildPlugin({ jsxImportSource, minify: false, platform }),
        devFlagFromNodeEnv,
      ],
      output: {
        dir: `${root}/dist`,
        format: 'es',
        entryFileNames: '[name].js',
        chunkFileNames: '[name]-[hash].js',
      },
    },
    {
      input: Object.fromEntries(Object.keys(entries).map((name) => [name, `.types/${dir}/${name}.d.ts`])),
      external: (id) => external(id) || /^@parley\//.test(id),
      plugins: [dts({ respectExternal: false })],
      output: { dir: `${root}/dist`, format: 'es', entryFileNames: '[name].d.ts' },
    },
  ];
  for (const [name, file] of Object.entries(scriptTags ?? {})) {
    configs.push({
      input: `${root}/${file}`,
      plugins: [
        ...scriptTagPlugins,
        nodeResolve({ extensions: ['.ts', '.tsx', '.js'], browser: true, exportConditions: ['source'] }),
        esbuildPlugin({ jsxImportSource, minify: true, define: { __DEV__: 'false' } }),
      ],
      output: { file: `${root}/dist/cdn/${name}.js`, format: 'iife', sourcemap: true },
    });
  }
  return configs;
}

// `PACKAGES=core,widget npm run build` builds only some packages while working on them.
const only = process.env.PACKAGES?.split(',');
export default packages.filter(({ dir }) => !only || only.includes(dir)).flatMap(definePackageBuild);
