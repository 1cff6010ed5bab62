/**
 * User story: "What was disputed this week?" A desk editor wants the claims somebody denied or rejected during
 * the week, with who said what on each side.
 *
 *   npx tsx examples/disputed-claims-this-week.ts [graph.json] [--week-of YYYY-MM-DD]
 *   (default: the sample article; the week of the newest article's publication date, never the machine clock)
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { buildGraph, disputedClaims, fromJSON, parseArticle, type NewsGraph } from '../src/index.js';

const { values, positionals } = parseArgs({ options: { 'week-of': { type: 'string' } }, allowPositionals: true });
const graph: NewsGraph = positionals[0]
  ? fromJSON(readFileSync(positionals[0], 'utf8'))
  : buildGraph([parseArticle(readFileSync('fixtures/kremlin-talks.txt', 'utf8'), { publishedAt: '2025-12-03' })]);

const published = graph.mapNodes((_k, a) => (a.nodeType === 'article' ? a.publishedAt : null)).filter((d): d is string => d !== null).sort();
const reference = values['week-of'] ?? published.at(-1)?.slice(0, 10);
if (reference === undefined) throw new Error('no article has a publication date; pass --week-of YYYY-MM-DD');
// Monday to Sunday of the ISO week holding the reference day, in UTC so the machine's time zone cannot shift it.
const DAY_MS = 86_400_000;
const day = Date.parse(`${reference}T00:00:00Z`);
if (Number.isNaN(day)) throw new Error(`--week-of must be a date such as 2025-12-03, got "${reference}"`);
const monday = day - ((new Date(day).getUTCDay() + 6) % 7) * DAY_MS;
const from = new Date(monday).toISOString().slice(0, 10);
const to = new Date(monday + 6 * DAY_MS).toISOString().slice(0, 10);

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
