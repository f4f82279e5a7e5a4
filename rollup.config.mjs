// One shared build for every package. Each package is described by a few lines
// in `packages` below; `definePackageBuild` turns that into Rollup configs:
// ESM + bundled .d.ts for npm, and (widget only) minified files for script tags: the loader, a classic
// script, and the widget, an ES module whose views and languages are chunks it imports on demand.
//
// Declarations come from `tsc -b` (emitted under .types/), so `npm run build`
// runs the type-check first and Rollup only bundles its output.
import { readFileSync, rmSync } from 'node:fs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { transformSync } from 'esbuild';
import { dts } from 'rollup-plugin-dts';
import esbuild from 'rollup-plugin-esbuild';

const packages = [
  { dir: 'contract', entries: { index: 'src/index.ts' } },
  { dir: 'core', entries: { index: 'src/index.ts' } },
  {
    dir: 'widget',
    entries: { index: 'src/index.ts' },
    jsxImportSource: 'preact',
    scriptTags: { 'parley-loader': 'src/cdn/loader.ts' },
    scriptModules: { parley: 'src/cdn/parley.ts' },
    plugins: [minifyCssLiterals()],
  },
  { dir: 'react', entries: { index: 'src/index.ts' }, jsxImportSource: 'react' },
  { dir: 'vue', entries: { index: 'src/index.ts' } },
  { dir: 'element', entries: { index: 'src/index.ts' } },
  { dir: 'adapter-chatwoot', entries: { index: 'src/index.ts' } },
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
 * Minifies the CSS of each `/* css *\/` template literal (the widget's sheets are strings in TypeScript), which
 * neither esbuild's JS minifier nor a host's bundler would touch. Literals with `${}` are left as they are.
 */
function minifyCssLiterals() {
  const literal = /\/\* css \*\/ `([^`$\\]*)`/g;
  return {
    name: 'minify-css-literals',
    transform(code, id) {
      if (!/\.tsx?$/.test(id) || !code.includes('/* css */')) return null;
      const minified = code.replace(literal, (_, css) =>
        JSON.stringify(transformSync(css, { loader: 'css', minify: true }).code.trim()),
      );
      // The sheets' lines change; their source maps map nothing rather than the wrong lines.
      return { code: minified, map: { mappings: '' } };
    },
  };
}

/**
 * Empties a package's `dist` when its build starts (its first config runs first): chunks are named by their
 * content, so a previous build's would otherwise pile up beside the new ones.
 */
function cleanDist(root) {
  return {
    name: 'clean-dist',
    buildStart: () => rmSync(`${root}/dist`, { recursive: true, force: true }),
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
function definePackageBuild({
  dir,
  entries,
  jsxImportSource,
  scriptTags,
  scriptModules,
  plugins = [],
  platform,
}) {
  const root = `packages/${dir}`;
  const external = externalsOf(root);
  const input = Object.fromEntries(Object.entries(entries).map(([name, file]) => [name, `${root}/${file}`]));
  const configs = [
    {
      input,
      external,
      // Our dependencies have no side effects: a chunk that uses none of one's exports does not import it.
      treeshake: { moduleSideEffects: 'no-external' },
      plugins: [
        cleanDist(root),
        ...plugins,
        nodeResolve({ extensions: ['.ts', '.tsx', '.js'] }),
        esbuildPlugin({ jsxImportSource, minify: false, platform }),
        devFlagFromNodeEnv,
      ],
      output: {
        dir: `${root}/dist`,
        format: 'es',
        entryFileNames: '[name].js',
        chunkFileNames: '[name]-[hash].js',
        // A chunk imports what it uses, not its imports' dependencies too (a bare `import 'mitt'`).
        hoistTransitiveImports: false,
      },
    },
    {
      input: Object.fromEntries(Object.keys(entries).map((name) => [name, `.types/${dir}/${name}.d.ts`])),
      external: (id) => external(id) || /^@parley\//.test(id),
      plugins: [dts({ respectExternal: false })],
      output: { dir: `${root}/dist`, format: 'es', entryFileNames: '[name].d.ts' },
    },
  ];
  // Script tags bundle every dependency, minified, with dev-only code removed. esbuild minifies as it
  // compiles; Terser then takes some 3% more off (900 bytes gzip of the widget's first load, 40 of the
  // loader's): these files count against the budgets of every host page.
  const scriptTagPlugins = [
    ...plugins,
    nodeResolve({ extensions: ['.ts', '.tsx', '.js'], browser: true, exportConditions: ['@parley/source'] }),
    esbuildPlugin({ jsxImportSource, minify: true, define: { __DEV__: 'false' } }),
  ];
  const finalMinify = terser({
    ecma: 2020,
    // `(function(){…})()`, not `!function(){…}()`: V8 compiles a parenthesized function at once instead of
    // pre-parsing it first, and the loader runs as soon as it arrives.
    compress: { passes: 2, negate_iife: false },
    // ASCII only: a host page in another encoding (Shift_JIS, say) reads a script in its own.
    format: { comments: false, ascii_only: true, wrap_iife: true },
  });
  for (const [name, file] of Object.entries(scriptTags ?? {})) {
    configs.push({
      input: `${root}/${file}`,
      plugins: scriptTagPlugins,
      // A classic script every host page runs first, within 2 KB: its source map is written beside it but
      // not named in it (open it in the browser's developer tools by hand), and it needs no "use strict"
      // (nothing in it depends on strict mode's differences).
      output: {
        file: `${root}/dist/cdn/${name}.js`,
        format: 'iife',
        sourcemap: 'hidden',
        strict: false,
        plugins: [finalMinify],
      },
    });
  }
  if (scriptModules) {
    configs.push({
      input: Object.fromEntries(
        Object.entries(scriptModules).map(([name, file]) => [name, `${root}/${file}`]),
      ),
      plugins: scriptTagPlugins,
      output: {
        dir: `${root}/dist/cdn`,
        format: 'es',
        entryFileNames: '[name].js',
        // Chunks change name with their content, so a CDN may cache them for ever.
        chunkFileNames: '[name]-[hash].js',
        sourcemap: true,
        plugins: [finalMinify],
      },
    });
  }
  return configs;
}

// `PACKAGES=core,widget npm run build` builds only some packages while working on them.
const only = process.env.PACKAGES?.split(',');
export default packages.filter(({ dir }) => !only || only.includes(dir)).flatMap(definePackageBuild);
