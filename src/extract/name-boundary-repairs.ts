import { isEnglishWord } from '../nlp/gazetteer/common-words.js';
import { lookupCity, lookupCountry, lookupDemonym } from '../nlp/gazetteer.js';
import { PROPOSED_INDUSTRY_HEADS } from '../nlp/lexicon/organizations.js';
import { NAME_TITLES } from '../nlp/lexicon/titles.js';
import { KOREAN_FAMILY_NAMES, KOREAN_SYLLABLE } from '../nlp/lexicon/name-cues.js';
import { NON_ACTOR_ACRONYMS } from '../nlp/lexicon/non-actors.js';
import type { ProposedName } from './names.js';

/**
 * Repairs of the tagger's proposals (./names/tagger.ts) at a name's edges: what stands before a title, where one
 * name ends and the next begins. Like ./name-repairs.ts and ./name-context-repairs.ts, each works in place on one
 * sentence's proposals and was found on invented reports (NOTES.md, issue 12, round 10).
 */

/** Titles as lower-case phrases without periods ("director-general", "managing director"). */
const TITLE_PHRASES: ReadonlySet<string> = new Set(NAME_TITLES.map((t) => t.toLowerCase().replace(/\./g, '')));
/** An acronym, then one to three capitalised words, right before a name ("WHO Director-General ", "IMF Managing Director "). */
const ACRONYM_BEFORE_TITLE = /(?:^|[\s(“"])(\p{Lu}{2,6})\s+((?:\p{Lu}[\p{L}.'’-]*\s+){1,3})$/u;

/**
 * "WHO Director-General Ana Ruiz said", "IMF Managing Director Ivo Marek warned": an acronym right before a title
 * and its holder's name is the body the holder heads, which the tagger leaves out (an all-capital word opening a
 * sentence; "WHO" is also a question word). A country's short form ("US President") is left to the state rules;
 * units, currencies and titles ("CEO") are no body.
 */
export function acronymsBeforeTitles(text: string, proposals: ProposedName[]): void {
  const added: ProposedName[] = [];
  for (const p of proposals) {
    if (p.type !== 'PER') continue;
    const from = Math.max(0, p.start - 60);
    const m = ACRONYM_BEFORE_TITLE.exec(text.slice(from, p.start));
    if (!m) continue;
    const acronym = m[1] as string;
    const title = (m[2] as string).trim().toLowerCase().replace(/\./g, '');
    if (!TITLE_PHRASES.has(title) || NON_ACTOR_ACRONYMS.has(acronym) || TITLE_PHRASES.has(acronym.toLowerCase()) || lookupCountry(acronym)) continue;
    const start = from + m.index + m[0].indexOf(acronym);
    const end = start + acronym.length;
    if (!proposals.some((q) => q.start < end && start < q.end)) added.push({ start, end, type: 'ORG' });
  }
  if (added.length === 0) return;
  proposals.push(...added);
  proposals.sort((a, b) => a.start - b.start);
}

/** Three capitalised words: a family name and two syllables of a given name ("Park Tae Woo", "Moon Jae In"). */
// (a lookahead, so that "President Moon Jae In" is tried from each word)
const THREE_PART_NAME = /(?<![\p{L}\p{M}'’-])(?=((\p{Lu}\p{Ll}+) (\p{Lu}\p{Ll}{1,4}) (\p{Lu}\p{Ll}{1,4}))(?![\p{L}\p{M}'’-]))/gu;

/**
 * "Park Tae Woo, the opposition leader, said", "President Moon Jae In met": a Korean family name and a given name
 * written as two capitalised syllables are one person. The tagger drops a family name that is also an English
 * word ("Park", "Moon") or a syllable that is ("In"), and the rule layer may read the rest as a place. Every
 * proposal inside the three words gives way to one person; a longer name holding them is left as it is.
 */
export function koreanThreePartNames(text: string, sentence: { start: number; end: number }, proposals: ProposedName[]): void {
  for (const m of text.slice(sentence.start, sentence.end).matchAll(THREE_PART_NAME)) {
    const [, whole, family, first, second] = m as unknown as [string, string, string, string, string];
    if (!KOREAN_FAMILY_NAMES.has(family.toLowerCase()) || !KOREAN_SYLLABLE.test(first) || !KOREAN_SYLLABLE.test(second)) continue;
    const start = sentence.start + (m.index ?? 0);
    const end = start + whole.length;
    const overlapping = proposals.filter((q) => q.start < end && start < q.end);
    if (overlapping.length === 0 || overlapping.some((q) => q.start < start || q.end > end)) continue;
    for (const q of overlapping) proposals.splice(proposals.indexOf(q), 1);
    proposals.push({ start, end, type: 'PER' });
    proposals.sort((a, b) => a.start - b.start);
  }
}

/** Words that open a list of examples right before its first name ("such as", "including", "like"). */
const LIST_OPENER = /(?:\bsuch as|\bincluding|\blike|\bamong them|\bnotably),?\s+$/u;
/** A run of capitalised words (inner hyphens, periods and apostrophes allowed). */
const CAPITALISED_WORDS = /^\p{Lu}[\p{L}\p{M}'’.&-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.&-]*)*$/u;

/**
 * "exporters such as Toyota Motor and Sony Group reported", "lenders including Mizuho Financial and Sumitomo
 * Mitsui": after words that open a list of examples, "and" joins two members of the list, which the tagger may
 * propose as one body or as a body and a person. A proposal "A and B" there is two names of its type unless both
 * sides are one word ("such as Procter and Gamble" may be one company); a person joined by "and" to a body that
 * opens such a list is a body too, unless it opens with a given name of the lists.
 */
export function listMembersAfterExamples(text: string, proposals: ProposedName[], firstNames: ReadonlySet<string>): void {
  for (let k = proposals.length - 1; k >= 0; k--) {
    const p = proposals[k] as ProposedName;
    if (p.type === 'PER' || !LIST_OPENER.test(text.slice(Math.max(0, p.start - 20), p.start))) continue;
    const name = text.slice(p.start, p.end);
    const parts = name.split(' and ');
    if (parts.length === 2 && parts.every((part) => CAPITALISED_WORDS.test(part)) && parts.some((part) => /\s/.test(part))) {
      const second = p.start + (parts[0] as string).length + 5;
      proposals.splice(k, 1, { start: p.start, end: p.start + (parts[0] as string).length, type: p.type }, { start: second, end: p.end, type: p.type });
      continue;
    }
    const next = proposals[k + 1];
    if (p.type !== 'ORG' || next?.type !== 'PER' || !/^\s+and\s+$/.test(text.slice(p.end, next.start))) continue;
    if (!firstNames.has((/^\p{L}+/u.exec(text.slice(next.start, next.end))?.[0] ?? '').toLowerCase())) next.type = 'ORG';
  }
}

/**
 * "Airbus Defence and Space will build", "Tarkel Mining and Shipping said": a body whose name ends in an industry
 * and goes on with "and" and one more industry word is one name (the tagger stops at "and" and reads the last
 * word alone as a name of its own).
 */
export function industriesJoinedByAnd(text: string, proposals: ProposedName[]): void {
  for (const p of [...proposals]) {
    const name = text.slice(p.start, p.end);
    const last = (/(\p{L}+)$/u.exec(name)?.[1] ?? '').toLowerCase();
    if (p.type !== 'ORG' || !/\s/.test(name) || !PROPOSED_INDUSTRY_HEADS.has(last)) continue;
    // the word after "and" ends the name: one more capitalised word would make it a longer name ("... Space Company")
    const m = /^\s+and\s+(\p{Lu}\p{Ll}+)(?![\p{L}\p{M}'’-])(?!\s+\p{Lu})/u.exec(text.slice(p.end, p.end + 40));
    if (!m || !PROPOSED_INDUSTRY_HEADS.has((m[1] as string).toLowerCase())) continue;
    const end = p.end + m[0].length;
    for (const q of proposals.filter((o) => o !== p && o.start < end && p.end < o.end)) proposals.splice(proposals.indexOf(q), 1);
    p.end = end;
  }
}

/**
 * "Thales Alenia Space said": a body's name the tagger proposed from the sentence's second word, after a first
 * word that is no English word, no place and no people's name, opens with that word (the tagger's frozen rule
 * features drop a sentence's first capital).
 */
export function sentenceOpeningBodyWords(text: string, sentence: { start: number }, proposals: ProposedName[]): void {
  const first = proposals[0];
  const opener = /^(\p{Lu}[\p{L}\p{M}'’-]+) $/u.exec(text.slice(sentence.start, first?.start ?? sentence.start));
  if (!first || first.type !== 'ORG' || !opener || !/\s/.test(text.slice(first.start, first.end))) return;
  const word = opener[1] as string;
  if (isEnglishWord(word.toLowerCase()) || lookupCountry(word) || lookupDemonym(word) || lookupCity(word) || TITLE_PHRASES.has(word.toLowerCase())) return;
  first.start = sentence.start;
}
