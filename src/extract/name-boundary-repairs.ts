import { lookupCountry } from '../nlp/gazetteer.js';
import { NAME_TITLES } from '../nlp/lexicon/titles.js';
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
