/**
 * User story: "Let me see it first." A journalist wants to look at the graph, search a name, and read the
 * sentences behind each link before querying anything. Writes one HTML file that opens offline.
 *
 *   npx tsx examples/view.ts [graph.json] [out.html]
 *   (default: the sample article, out/kremlin-talks.html)
 * From the shell: npx newsgraph view graph.json -o graph.html
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildGraph, fromJSON, parseArticle, toViewHTML } from '../src/index.js';

const [input, out = 'out/kremlin-talks.html'] = process.argv.slice(2);
const graph = input
  ? fromJSON(readFileSync(input, 'utf8'))
  : buildGraph([parseArticle(readFileSync('fixtures/kremlin-talks.txt', 'utf8'), { publishedAt: '2025-12-03' })]);

mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, await toViewHTML(graph));
console.log(`${graph.order} nodes, ${graph.size} edges -> ${pathToFileURL(resolve(out)).href}`);
