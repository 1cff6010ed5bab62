/**
 * The main job on the bundled sample article: parse it, build the graph, print who claimed what and the
 * events by date, and write the graph JSON. Run with `npm run demo`.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildGraph, claimsByActor, disputedClaims, parseArticle, timeline, toJSON } from '../src/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const text = readFileSync(join(root, 'fixtures/kremlin-talks.txt'), 'utf8');
const parsed = parseArticle(text, { publishedAt: '2025-12-03' });
const graph = buildGraph([parsed]);
const nameOf = new Map(parsed.actors.map((a) => [a.id, a.name]));

console.log(`${parsed.article.title}\n`);
console.log(`actors: ${parsed.actors.length}, places: ${parsed.places.length}, times: ${parsed.times.length}, claims: ${parsed.claims.length}, events: ${parsed.events.length}\n`);

console.log('Who claimed what');
for (const claim of parsed.claims) {
  const who = claim.claimantId ? nameOf.get(claim.claimantId) ?? claim.claimantId : '(unknown)';
  console.log(`  ${who} [${claim.kind}, "${claim.cue}"]: ${claim.content}`);
}

console.log('\nDisputed claims');
for (const d of disputedClaims(graph)) {
  console.log(`  "${d.claim.content}" (${d.claim.claimant ?? '?'}) disputed by ${d.disputedBy.map((x) => `${x.claimant ?? '?'}: "${x.content}"`).join('; ')}`);
}

console.log('\nTimeline');
for (const entry of timeline(graph)) {
  if (entry.kind !== 'event') continue;
  console.log(`  ${entry.date ?? 'undated   '}  ${entry.record.type} (${entry.record.modality}): ${text.slice(entry.record.trigger.start, entry.record.trigger.end)}`);
}

console.log(`\nClaims by Ushakov: ${claimsByActor(graph, 'Ushakov').length}`);
const out = join(root, 'out/kremlin-talks.graph.json');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(toJSON(graph), null, 2)}\n`);
console.log(`\nGraph written to ${out}`);
