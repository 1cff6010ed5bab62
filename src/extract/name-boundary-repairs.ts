import { lookupCountry } from '../nlp/gazetteer.js';
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
