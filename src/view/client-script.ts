import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** File name of the bundled client next to the built library (`dist/view-client.js`, see tsup.config.ts). */
export const CLIENT_BUNDLE = 'view-client.js';

let cached: Promise<string> | undefined;

/**
 * The page script: graphology, sigma and src/view/client/main.ts in one browser bundle. The built package ships it
 * as `dist/view-client.js`; run from source (tsx, tests) it is bundled on first use with esbuild, which the build
 * tooling already brings.
 *
 * @example
 * const script = await viewClientScript(); // about 150 kB of minified JavaScript
 */
export function viewClientScript(): Promise<string> {
  cached ??= load();
  return cached;
}

async function load(): Promise<string> {
  const here = dirname(fileURLToPath(import.meta.url));
  const built = join(here, CLIENT_BUNDLE);
  if (existsSync(built)) return readFile(built, 'utf8');
  const entry = join(here, 'client', 'main.ts');
  if (!existsSync(entry)) throw new Error(`newsgraph view: neither ${built} nor ${entry} exists; rebuild the package`);
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    minify: true,
    write: false,
    legalComments: 'none',
  });
  const file = result.outputFiles[0];
  if (!file) throw new Error('newsgraph view: esbuild produced no output');
  return file.text;
}
