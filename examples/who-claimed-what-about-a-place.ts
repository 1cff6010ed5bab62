/**
 * User story: "Who claimed what about this place?" An analyst following a front-line town wants every claim that
 * concerns it, who made it, and the sentence to cite.
 *
 *   npx tsx examples/who-claimed-what-about-a-place.ts [place] [article.txt] [published]
 *   (defaults: Pokrovsk, fixtures/kremlin-talks.txt, 2025-12-03)
 */
import { readFileSync } from 'node:fs';
import { buildGraph, claimsAbout, parseArticle } from '../src/index.js';

const [place = 'Pokrovsk', file = 'fixtures/kremlin-talks.txt', publishedAt = '2025-12-03'] = process.argv.slice(2);
const text = readFileSync(file, 'utf8');
const graph = buildGraph([parseArticle(text, { publishedAt })]);

const claims = claimsAbout(graph, place);
console.log(`${claims.length} claim(s) about ${place}\n`);
for (const claim of claims) {
  console.log(`${claim.claimant ?? '(unattributed)'} ${claim.cue} [${claim.kind}${claim.date ? `, ${claim.date}` : ''}]: ${claim.content}`);
  // The evidence span is an offset range into the article, so the citation is the article's own words.
  console.log(`  "${text.slice(claim.start, claim.end)}" (${file} ${claim.start}-${claim.end})\n`);
}
