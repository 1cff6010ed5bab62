import { lookupCountry } from '../nlp/gazetteer.js';
import type { ProposedName } from './names.js';

/**
 * A state's name the tagger read as a person where it owns something, probed in round 24 (NOTES.md, issue 12, round
 * 24, helper names25): "The Vatican's envoy arrived", "Chad's president would attend", "Chad's army said" gave a
 * person Vatican or Chad (both are written like given names, and the tagger's data has few states owning offices).
 */

/**
 * Offices and bodies only a state has, read after a country's possessive (and up to two modifiers): "Chad's
 * president", "Chad's foreign minister", "Chad's army". Source: the offices and forces of a state in wire copy;
 * id `names.state-offices`.
 */
const STATE_OFFICES: ReadonlySet<string> = new Set([
  'president', 'presidency', 'minister', 'premier', 'king', 'queen', 'emir', 'monarch', 'sultan', 'ambassador',
  'envoy', 'embassy', 'consulate', 'government', 'parliament', 'army', 'military', 'navy', 'air force', 'junta',
  'cabinet', 'ministry', 'central bank', 'constitution', 'capital', 'border', 'borders', 'territory', 'armed forces',
  'troops', 'soldiers', 'security forces', 'police', 'prosecutors', 'election', 'elections', 'economy', 'currency',
]);

/** A possessive, up to two lower-case modifiers and the noun after it (one or two words); compiled once. */
const OWNED_NOUN = /^['’]s?\s+(?:\p{Ll}+\s+){0,2}?(\p{Ll}+(?:\s+\p{Ll}+)?)/u;

/**
 * "The Vatican's envoy", "Chad's president", "Chad's armed forces": a person proposed over a country's name is the
 * state (a place proposal, which the rule layer's reading then types) when it owns something after "the" (persons
 * take no article), when its name is no given name the lexicons know, or when what it owns is a state's office.
 */
export function statesReadAsOwners(text: string, proposals: ProposedName[], givenNames: ReadonlySet<string>): void {
  for (const p of proposals) {
    if (p.type !== 'PER') continue;
    const name = text.slice(p.start, p.end);
    const after = text.slice(p.end, p.end + 60);
    if (!/^['’]s?\s/u.test(after) || !lookupCountry(name)) continue;
    // ("The Vatican's Dicastery for ...": after "the", whatever it owns)
    const afterThe = /(?:^|\s)the\s+$/iu.test(text.slice(Math.max(0, p.start - 5), p.start));
    const owned = OWNED_NOUN.exec(after)?.[0];
    if (afterThe || !givenNames.has(name.toLowerCase()) || (owned !== undefined && ownsStateOffice(owned))) p.type = 'LOC';
  }
}

/** Whether the words after a possessive ("'s foreign minister", "'s armed forces") end in a state's office. */
function ownsStateOffice(phrase: string): boolean {
  const words = phrase.replace(/^['’]s?\s+/u, '').split(/\s+/);
  for (let k = 0; k < words.length; k++) {
    if (STATE_OFFICES.has(words[k] as string) || STATE_OFFICES.has(words.slice(k).join(' '))) return true;
  }
  return false;
}
