import { defineConfig } from 'tsup';

export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    // import.meta.url in the gazetteer's lazy loader needs a shim in the CJS build
    shims: true,
    target: 'node20',
    // Only used from source to bundle the graph page's script; the built package ships dist/view-client.js.
    external: ['esbuild'],
  },
  {
    // The parse worker is its own entry: `build --workers N` starts it by path, next to cli.js in dist/.
    entry: { cli: 'src/cli/main.ts', 'parse-worker': 'src/cli/parse-worker.ts' },
    format: ['esm'],
    banner: { js: '#!/usr/bin/env node' },
    sourcemap: true,
    target: 'node20',
    external: ['esbuild'],
  },
  {
    // The graph page's script with graphology and sigma bundled in: `newsgraph view` inlines this file into the
    // HTML it writes (src/view/client-script.ts), so installed packages need neither sigma nor a bundler.
    entry: { 'view-client': 'src/view/client/main.ts' },
    format: ['iife'],
    platform: 'browser',
    target: 'es2020',
    minify: true,
    noExternal: [/.*/],
    outExtension: () => ({ js: '.js' }),
    tsconfig: 'src/view/client/tsconfig.json',
  },
]);
