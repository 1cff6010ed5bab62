/**
 * User story: "What was disputed this week?" A desk editor wants the claims somebody denied or rejected during
 * the week, with who said what on each side.
 *
 *   npx tsx examples/disputed-claims-this-week.ts [graph.json] [--week-of YYYY-MM-DD]
 *   (default: the sample article; the week of the newest article's publication date, never the machine clock)
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { endOfISOWeek, formatISO, startOfISOWeek } from 'date-fns';
import { buildGraph, disputedClaims, fromJSON, parseArticle, type NewsGraph } from '../src/index.js';

const { values, positionals } = parseArgs({ options: { 'week-of': { type: 'string' } }, allowPositionals: true });
const graph: NewsGraph = positionals[0]
  ? fromJSON(readFileSync(positionals[0], 'utf8'))
  : buildGraph([parseArticle(readFileSync('fixtures/kremlin-talks.txt', 'utf8'), { publishedAt: '2025-12-03' })]);

const published = graph.mapNodes((_k, a) => (a.nodeType === 'article' ? a.publishedAt : null)).filter((d): d is string => d !== null).sort();
const reference = values['week-of'] ?? published.at(-1)?.slice(0, 10);
if (reference === undefined) throw new Error('no article has a publication date; pass --week-of YYYY-MM-DD');
const day = new Date(`${reference}T00:00:00Z`);
const from = formatISO(startOfISOWeek(day), { representation: 'date' });
const to = formatISO(endOfISOWeek(day), { representation: 'date' });

// A dispute belongs to the week when the disputing claim was made in it (a claim's date is a TimeML value: compare its day).
const inWeek = (date: string | null) => date !== null && date.slice(0, 10) >= from && date.slice(0, 10) <= to;
const disputes = disputedClaims(graph)
  .map((d) => ({ ...d, disputedBy: d.disputedBy.filter((c) => inWeek(c.date)) }))
  .filter((d) => d.disputedBy.length > 0);

console.log(`Disputed claims in the week ${from} .. ${to}: ${disputes.length}\n`);
for (const { claim, disputedBy } of disputes) {
  console.log(`${claim.claimant ?? '(unattributed)'} ${claim.cue}: ${claim.content}`);
  for (const d of disputedBy) console.log(`  <- ${d.claimant ?? '(unattributed)'} ${d.cue} (${d.date}): ${d.content}`);
  console.log();
}
