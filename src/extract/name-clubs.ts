import { normalizeName } from '../text/normalize-name.js';
import type { TaggedSentence } from '../nlp/tokens.js';
import { resultSides } from './name-style-repairs.js';
import type { ProposedName } from './names.js';

/**
 * A side of a result is a club wherever the article names it (NOTES.md, issue 12, round 25). `sidesOfResults`
 * (./name-style-repairs.ts) types the sides of "Valmora beat Castelrio 2-1" in their sentence, but the report goes on
 * with "scored twice for Valmora", "Valmora's president" and "host Valmora", where the tagger reads an unknown
 * place; the article's vote (`voteTypes` in ./entities.ts) then made the club a place in every mention, the result's
 * included. A one-word club is what sports reports write most, and no gazetteer knows the invented or foreign ones.
 * Run after the vote and `propagateNames`, on paragraphs only.
 */
export function clubsThroughArticle(text: string, sentences: readonly TaggedSentence[], proposals: ProposedName[][], givenNames: ReadonlySet<string>): void {
  const clubs = new Set<string>();
  sentences.forEach((s, k) => {
    if (s.blockKind !== 'paragraph') return;
    for (const side of resultSides(text, s, proposals[k] ?? [], givenNames)) clubs.add(normalizeName(text.slice(side.start, side.end)));
  });
  if (clubs.size === 0) return;
  for (const list of proposals) {
    for (const p of list) if (p.type !== 'ORG' && clubs.has(normalizeName(text.slice(p.start, p.end).replace(/['’]s$/u, '')))) p.type = 'ORG';
  }
}
