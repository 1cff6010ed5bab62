/**
 * `npx tsx scripts/profile-parse.ts [ROUNDS]`: parses every eval text ROUNDS times (default 5) after one warm-up
 * round, for `node --cpu-prof` (see NOTES.md, issue 16): the profile then shows the steady state, not lazy loads.
 * Bundled as the package is (`node scripts/run-bundled.mjs scripts/profile-parse.ts --cpu-prof -- 8`) the profile
 * has none of tsx's __name wrappers.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticle } from '../src/parse.js';

// ../shared beside the repository: two levels up from scripts/, three from a bundle in out/bundled/
const dir = [join(import.meta.dirname, '../../shared/eval'), join(import.meta.dirname, '../../../shared/eval')].find((d) => existsSync(d)) ?? '../shared/eval';
const texts: string[] = [];
for (const folder of ['dev', 'meantime', 'wikinews']) {
  for (const f of readdirSync(join(dir, folder)).sort()) if (f.endsWith('.txt')) texts.push(readFileSync(join(dir, folder, f), 'utf8'));
}
const rounds = Number(process.argv[2] ?? 5);
for (const t of texts) parseArticle(t, { publishedAt: '2025-12-03' });
const started = performance.now();
for (let r = 0; r < rounds; r++) for (const t of texts) parseArticle(t, { publishedAt: '2025-12-03' });
console.log(`${texts.length} texts x ${rounds}: ${((performance.now() - started) / rounds).toFixed(0)} ms a round`);
