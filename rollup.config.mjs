// One shared build for every package. Each package is described by a few lines
// in `packages` below; `definePackageBuild` turns that into Rollup configs:
// ESM + bundled .d.ts for npm, and (widget only) minified IIFE files for script tags.
//
// Declarations come from `tsc -b` (emitted under .types/), so `npm run build`
// runs the type-check first and Rollup only bundles its output.
import { readFileSync } from 'node:fs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { dts } from 'rollup-plugin-dts';
import esbuild from 'rollup-plugin-esbuild';

const packages = [
  { dir: 'contract', entries: { index: 'src/index.ts' } },
  { dir: 'core', entries: { index: 'src/index.ts' } },
  {
    dir: 'widget',
    entries: { index: 'src/index.ts' },
    jsxImportSource: 'preact',
    scriptTags: { 'parley-loader': 'src/cdn/loader.ts', parley: 'src/cdn/parley.ts' },
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
function definePackageBuild({ dir, entries, jsxImportSource, scriptTags, platform }) {
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
