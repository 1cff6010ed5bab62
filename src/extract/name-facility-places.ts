import { lookupCountry, lookupDemonym } from '../nlp/gazetteer.js';
import { MONTHS, WEEKDAYS } from './time/lexicon.js';
import { replaceWithin } from './name-kind-repairs.js';
import type { ProposedName } from './names.js';

/**
 * Facilities named by a proper name and a head noun of what they are ("Belmarsh Prison", "Kotoka Airport", "the
 * Evin prison"): the tagger, which sees the head noun after a name far more often in bodies ("Ford Motor", "Kenya
 * Airways"), sometimes proposes the name as a body or a person, stops before a capitalised head, or proposes nothing
 * for a name it has never seen. A head in this list names a site a name can own only as its place, never a company
 * or a person acting: the name is a place, with its head when the head is capitalised. Heads that companies own
 * ("the Ford plant", "a Shell refinery") are not here. NER convention (../shared/eval/ner/README.md): facilities
 * are LOC. Round 25 (lead); id `names.facility-heads`.
 */
export const FACILITY_HEADS: ReadonlySet<string> = new Set([
  'prison', 'penitentiary', 'jail', 'gaol', 'airport', 'airbase', 'stadium',
]);

/** A facility head as a word of its own (built once from the list). */
const HEAD_WORD = new RegExp(`(?<![\\p{L}'’-])(?:${[...FACILITY_HEADS].join('|')})(?![\\p{L}'’-])`, 'giu');

/** The run of capitalised words right before a position (each word with the space after it). */
const CAPITALISED_RUN_BEFORE = /(?:(?<![\p{L}'’.-])\p{Lu}[\p{L}'’.-]*\s+)+$/u;

/** Capitalised words that open a sentence or a title without naming anything ("The Prison Service", "At Prison"). */
const OPENING_WORDS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'at', 'in', 'on', 'from', 'to', 'of', 'and', 'outside', 'inside', 'near', 'for', 'by']);

/** The proposal `head` closes ("Belmarsh Prison") or stands right after ("Makala Central" + "Prison", "Evin prison"). */
function nameOfHead(text: string, proposals: readonly ProposedName[], headStart: number, headEnd: number): ProposedName | undefined {
  return proposals.find((p) => (p.end === headEnd && p.start < headStart) || (p.end < headStart && /^\s+$/u.test(text.slice(p.end, headStart))));
}

/**
 * The name of a facility the tagger proposed nothing for: the capitalised words before a capitalised head
 * ("Kestrelmoor Prison"), or the one capitalised word inside the sentence before a head in lower case ("outside
 * Taldorin prison"), which is no nationality, country, month or weekday ("a Kenyan prison", "a US jail").
 */
function unproposedName(text: string, sentenceStart: number, headStart: number, capitalisedHead: boolean): { start: number; end: number } | undefined {
  const run = CAPITALISED_RUN_BEFORE.exec(text.slice(sentenceStart, headStart));
  if (!run) return undefined;
  const runStart = headStart - run[0].length;
  const words = [...run[0].matchAll(/\S+/gu)].map((w) => ({ text: w[0], start: runStart + (w.index ?? 0) }));
  while (words.length > 0 && OPENING_WORDS.has((words[0] as { text: string }).text.toLowerCase())) words.shift();
  const first = words[0];
  const last = words[words.length - 1];
  if (!first || !last) return undefined;
  if (capitalisedHead) return { start: first.start, end: last.start + last.text.length };
  const lower = last.text.toLowerCase();
  if (last.start === sentenceStart || lookupDemonym(last.text) || lookupCountry(last.text) || MONTHS.has(lower) || WEEKDAYS.has(lower)) return undefined;
  return { start: last.start, end: last.start + last.text.length };
}

/** The repair for one sentence's proposals, in place. */
export function facilityPlaceNames(text: string, sentence: { start: number; end: number }, proposals: ProposedName[]): void {
  const slice = text.slice(sentence.start, sentence.end);
  for (const m of slice.matchAll(HEAD_WORD)) {
    const headStart = sentence.start + (m.index ?? 0);
    const headEnd = headStart + m[0].length;
    const capitalisedHead = /^\p{Lu}/u.test(m[0]);
    const proposal = nameOfHead(text, proposals, headStart, headEnd);
    if (!proposal) {
      const name = unproposedName(text, sentence.start, headStart, capitalisedHead);
      if (name && !proposals.some((p) => p.start < headEnd && name.start < p.end)) replaceWithin(proposals, { start: name.start, end: capitalisedHead ? headEnd : name.end, type: 'LOC' });
      continue;
    }
    // ("Russia's prison", "the company's airport": a possessor owns the site and is no part of its name)
    if (/['’]s$/u.test(text.slice(proposal.start, proposal.end))) continue;
    if (proposal.type === 'LOC' && (proposal.end === headEnd || !capitalisedHead)) continue;
    // ("Ryanair airport fees": a body before a head in lower case owns or modifies it; a person never names one)
    if (!capitalisedHead && proposal.type !== 'PER') continue;
    replaceWithin(proposals, { start: proposal.start, end: capitalisedHead ? headEnd : proposal.end, type: 'LOC' });
  }
}
