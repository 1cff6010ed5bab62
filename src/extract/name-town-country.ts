import { lookupCity, lookupCountry, lookupDemonym } from '../nlp/gazetteer.js';
import type { ProposedName } from './names.js';

/**
 * "The storm hit Mora, Sweden, on Monday", "Residents of Tarnovo, Bulgaria, were evacuated": a town followed by its
 * country between commas (the way US and wire copy places a town the reader may not know). The country there says
 * where the town is: it is the land, never the state acting, whatever verb follows the second comma; and the town is
 * a place, which the tagger, seeing a lone capitalised word before a comma, may take for a person. The pair counts
 * only where the town is placed by the gazetteer in that very country, or stands after a preposition of place; a
 * country after another country is a list of states ("Britain, France, Germany and Italy said") and stays as it was.
 * Round 25 (lead); id `names.town-country-apposition`.
 */
export const TOWN_COUNTRY_APPOSITION = 'names.town-country-apposition';

/** Prepositions of place before a town ("in Mora, Sweden", "from Tarnovo, Bulgaria"). */
const PLACE_PREPOSITION_BEFORE = /(?:^|\s)(?:in|of|from|near|at|outside|to|into|across|around)\s+$/iu;

/** What may follow the country: a comma, a sentence's end, or a bracket; never "and"/"or" going on with a list. */
function closesApposition(text: string, end: number, sentenceEnd: number): boolean {
  const after = text.slice(end, sentenceEnd);
  if (/^\s*$/u.test(after) || /^[.;:)]/u.test(after)) return true;
  return /^,/u.test(after) && !/^,\s*(?:and|or)\b/iu.test(after);
}

/** The repair for one sentence's proposals, in place: the town becomes a place, the country carries the cue. */
export function townCountryAppositions(text: string, sentence: { start: number; end: number }, proposals: ProposedName[]): void {
  for (const country of proposals) {
    const name = text.slice(country.start, country.end);
    const state = lookupCountry(name);
    if (!state || !closesApposition(text, country.end, sentence.end)) continue;
    const town = proposals.find((p) => p !== country && /^,\s+$/u.test(text.slice(p.end, country.start)));
    if (!town) continue;
    const townName = text.slice(town.start, town.end);
    if (lookupCountry(townName) || lookupDemonym(townName)) continue;
    const placed = lookupCity(townName)?.countryCode === state.code;
    if (!placed && !PLACE_PREPOSITION_BEFORE.test(text.slice(Math.max(sentence.start, town.start - 12), town.start))) continue;
    town.type = 'LOC';
    country.type = 'LOC';
    country.placeCue = TOWN_COUNTRY_APPOSITION;
  }
}
