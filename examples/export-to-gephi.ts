/**
 * User story: "Open it in Gephi." A researcher wants the graph in Gephi to run its own layouts and statistics.
 * Writes a GEXF file with node types, event modalities and edge types as columns to colour and filter by.
 *
 *   npx tsx examples/export-to-gephi.ts [graph.json] [out.gexf]
 *   (default: the sample article, out/kremlin-talks.gexf)
 * Then in Gephi: File > Open; Appearance > Nodes > Partition > nodeType (colours are already set to the page's).
 * From the shell: npx newsgraph export graph.json --to gexf out.gexf
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { buildGraph, fromJSON, parseArticle, toGEXF } from '../src/index.js';

const [input, out = 'out/kremlin-talks.gexf'] = process.argv.slice(2);
const graph = input
  ? fromJSON(readFileSync(input, 'utf8'))
  : buildGraph([parseArticle(readFileSync('fixtures/kremlin-talks.txt', 'utf8'), { publishedAt: '2025-12-03' })]);

mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, toGEXF(graph));
console.log(`${graph.order} nodes, ${graph.size} edges -> ${out}`);
