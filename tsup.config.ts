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
  },
  {
    // The parse worker is its own entry: `build --workers N` starts it by path, next to cli.js in dist/.
    entry: { cli: 'src/cli/main.ts', 'parse-worker': 'src/cli/parse-worker.ts' },
    format: ['esm'],
    banner: { js: '#!/usr/bin/env node' },
    sourcemap: true,
    target: 'node20',
  },
]);
