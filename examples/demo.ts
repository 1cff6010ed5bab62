/**
 * The main job on the bundled sample article: parse it, build the graph, print who claimed what and the
 * events by date, and write the graph JSON. Run with `npm run demo`.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildGraph, claimsByActor, disputedClaims, parseArticle, summarize, timeline, toJSON } from '../src/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const text = readFileSync(join(root, 'fixtures/kremlin-talks.txt'), 'utf8');
const parsed = parseArticle(text, { publishedAt: '2025-12-03' });
const graph = buildGraph([parsed]);

console.log(`${parsed.article.title}\n`);
console.log(`actors: ${parsed.actors.length}, places: ${parsed.places.length}, times: ${parsed.times.length}, claims: ${parsed.claims.length}, events: ${parsed.events.length}\n`);

// Query results carry names, the evidence sentence and, for events, what happened: summarize() prints one line.
console.log('Who claimed what, in date order');
for (const entry of timeline(graph, { records: 'claims' })) console.log(`  ${summarize(entry)}`);

console.log('\nDisputed claims');
for (const d of disputedClaims(graph)) console.log(`  ${summarize(d).replace(/\n/g, '\n  ')}`);

console.log('\nEvents, in date order');
for (const entry of timeline(graph, { records: 'events' })) console.log(`  ${summarize(entry)} (${entry.record.evidence.start}-${entry.record.evidence.end})`);

console.log(`\nClaims by Ushakov: ${claimsByActor(graph, 'Ushakov').length}`);
const out = join(root, 'out/kremlin-talks.graph.json');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(toJSON(graph), null, 2)}\n`);
console.log(`\nGraph written to ${out}`);
