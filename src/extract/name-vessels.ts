import { lookupCity, lookupCountry } from '../nlp/gazetteer.js';
import { ORG_HEAD_WORDS, VESSEL_NOUNS } from '../nlp/lexicon/organizations.js';
import { CORPORATE_SUFFIXES } from '../nlp/lexicon/non-actors.js';
import { VESSEL_PREFIXES } from './name-context-repairs.js';
import type { ProposedName } from './names.js';

/**
 * A ship named once as a ship is a ship wherever the article names it (NOTES.md, issue 12, round 25). The sentence
 * repairs drop a name right after a vessel noun or a ship's prefix ("A bulk carrier, the Marisol Dawn, ran
 * aground", "The MV Pacific Orchid was boarded"), but the next sentences write the name bare ("The Marisol Dawn was
 * carrying grain", "The Pacific Orchid's captain said"), where the tagger reads a person, and `propagateNames` even
 * brings the person back over the dropped first mention. A ship is no actor and no place.
 */

const VESSELS = [...VESSEL_NOUNS].join('|');
/** A capitalised word of a ship's name. */
const WORD = String.raw`\p{Lu}[\p{L}\p{M}'’-]*`;
/** One to four capitalised words (a ship's name), perhaps with a number ("Ever Given", "Seawise Giant II"). */
const NAME = String.raw`${WORD}(?: (?:${WORD}|\d+)){0,3}`;
/** "the tanker Aurora Meridian", "a bulk carrier, the Marisol Dawn," (after a comma only with "the", "called", "named"). */
const AFTER_NOUN = new RegExp(String.raw`(?<![\p{L}-])(?:${VESSELS})(?: |, (?=the |called |named ))(?:the |called |named )?(${NAME})(?![\p{L}\p{M}])`, 'gu');
/** "the MV Pacific Orchid", "the KM Lestari Maju": a name after a ship's prefix. */
const AFTER_PREFIX = new RegExp(String.raw`\b(?:${VESSEL_PREFIXES.join('|')}) (${NAME})(?![\p{L}\p{M}])`, 'gu');
/**
 * "The Stella Korvane, a Liberian-flagged tanker, caught fire": a name before an apposition headed by a vessel noun;
 * the noun ends the apposition or a participle or relative follows it ("a tanker carrying crude"), so that "X, a
 * ferry operator" (a company) is left.
 */
const BEFORE_NOUN = new RegExp(String.raw`(?<![\p{L}\p{M}'’-])(${NAME}), an? (?:[\p{L}\d-]+ ){0,3}(?:${VESSELS})(?=[,.;)]| (?:that|which|carrying|with|bound|owned|operated|flying|registered|built|sailing|laden)\b)`, 'gu');

/** The names the article gives ships: after a vessel noun or a prefix, or before a vessel noun in apposition. */
function vesselNames(text: string): Set<string> {
  const out = new Set<string>();
  for (const pattern of [AFTER_NOUN, AFTER_PREFIX, BEFORE_NOUN]) {
    for (const m of text.matchAll(pattern)) {
      // ("The Stella Korvane, a tanker": the sentence's article is no part of the name)
      const name = (m[1] as string).replace(/^The /u, '');
      const last = (/(\S+)$/u.exec(name)?.[1] ?? '').toLowerCase();
      // a shipping company ("hit a tanker of Velmar Shipping") or a port ("a ferry, the Mombasa,") is no ship's name
      if (ORG_HEAD_WORDS.has(last) || CORPORATE_SUFFIXES.has(last) || lookupCountry(name) || lookupCity(name)) continue;
      out.add(name);
    }
  }
  return out;
}

/** Every proposal that spells a ship's name (after "the", perhaps with "'s") is dropped, in every sentence. */
export function vesselsThroughArticle(text: string, proposals: ProposedName[][]): void {
  // (no vessel noun and no prefix: most articles are ruled out at once)
  const names = vesselNames(text);
  if (names.size === 0) return;
  for (const list of proposals) {
    for (let k = list.length - 1; k >= 0; k--) {
      const p = list[k] as ProposedName;
      const surface = text.slice(p.start, p.end).replace(/^(?:The|the) /u, '').replace(/['’]s$/u, '');
      if (names.has(surface)) list.splice(k, 1);
    }
  }
}
