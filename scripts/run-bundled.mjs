// `node scripts/run-bundled.mjs FILE.ts [NODE_FLAGS...] [-- ARGS...]`: bundles FILE with esbuild the way the package
// is built and runs it with plain node, e.g. to profile the parser as users run it:
//   node scripts/run-bundled.mjs scripts/profile-parse.ts --cpu-prof --cpu-prof-dir=out/prof -- 8
// tsx keeps function names by wrapping closures in __name() calls, which costs our code 10-20% against compromise
// in a profile; the bundle has no such wrappers. The name model and the city snapshot are put beside the bundle,
// where the built package keeps them.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const [entry, ...rest] = process.argv.slice(2);
if (entry === undefined) {
  console.error('usage: node scripts/run-bundled.mjs FILE.ts [NODE_FLAGS...] [-- ARGS...]');
  process.exit(2);
}
const split = rest.indexOf('--');
const nodeFlags = split < 0 ? rest : rest.slice(0, split);
const args = split < 0 ? [] : rest.slice(split + 1);
const outdir = join(root, 'out/bundled');
mkdirSync(outdir, { recursive: true });
const outfile = join(outdir, `${basename(entry).replace(/\.[cm]?ts$/, '')}.mjs`);
await build({ absWorkingDir: root, entryPoints: [entry], outfile, bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', logLevel: 'warning' });
for (const f of ['names-model.bin', 'word-classes.bin']) copyFileSync(join(root, 'src/extract/names', f), join(outdir, f));
await build({ absWorkingDir: root, entryPoints: ['scripts/write-city-index.ts'], outfile: join(outdir, 'write-city-index.mjs'), bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', logLevel: 'warning' });
spawnSync(process.execPath, [join(outdir, 'write-city-index.mjs'), outdir], { stdio: 'ignore' });
process.exit(spawnSync(process.execPath, [...nodeFlags, outfile, ...args], { stdio: 'inherit' }).status ?? 1);
