// `npm run bench`: bundles the benchmark with esbuild the way tsup builds the package, then runs it with plain
// node. Running it through tsx instead would measure tsx's transform: it keeps function names by wrapping every
// closure in a `__name(...)` call (an Object.defineProperty each time one is created), which made our own code
// look 10-20% slower against compromise (plain JavaScript from node_modules) than the published build is.
// The parse worker, the CLI and the first-parse probe are bundled beside the benchmark, as in dist/, so the
// worker pool and the `newsgraph build` runs start the same code.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'out/bench');
mkdirSync(outdir, { recursive: true });
await build({
  absWorkingDir: root,
  entryPoints: {
    run: 'bench/run.ts',
    'first-parse': 'bench/first-parse.ts',
    cli: 'src/cli/main.ts',
    'parse-worker': 'src/cli/parse-worker.ts',
    'write-city-index': 'scripts/write-city-index.ts',
  },
  outdir,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
// The worker pool starts `./parse-worker.js` beside the module that holds it; the name tagger reads its model there.
copyFileSync(join(outdir, 'parse-worker.mjs'), join(outdir, 'parse-worker.js'));
for (const f of ['names-model.bin', 'word-classes.bin']) copyFileSync(join(root, 'src/extract/names', f), join(outdir, f));
// the city index snapshot the package ships (npm run build writes it into dist/)
spawnSync(process.execPath, [join(outdir, 'write-city-index.mjs'), outdir], { stdio: 'ignore' });
const run = spawnSync(process.execPath, [join(outdir, 'run.mjs'), ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(run.status ?? 1);
