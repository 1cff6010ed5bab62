import { allCountries, lookupCity, type CountryEntry } from '../nlp/gazetteer.js';
import { FIRST_LEVEL_REGIONS } from '../nlp/gazetteer/lexicon.js';
import type { NameMention } from './names.js';

/**
 * Places whose name the gazetteer gives to one state while the article means another (round 20, NOTES.md, issue 12):
 * a short country name shared by two states ("Congo") and a country named like a US state ("Georgia"). The
 * article's other places decide, as a reader decides: "Goma" and "Bukavu" put "eastern Congo" in DR Congo, "Atlanta"
 * and "Gov." put "Georgia" in the United States.
 */

/** The least population of a town counted as evidence of its country (the gazetteer's common-word bar for a cue). */
const EVIDENCE_MIN_POPULATION = 15_000;

/** How many of the article's place names are towns of each country (towns the gazetteer knows, no countries). */
function townsByCountry(names: readonly NameMention[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of names) {
    if (m.cls !== 'place' || m.country) continue;
    const code = FIRST_LEVEL_REGIONS.get(m.text) ?? lookupCity(m.text, { minPopulation: EVIDENCE_MIN_POPULATION })?.countryCode;
    if (code) counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  return counts;
}

/** The countries whose English name holds each word ("Congo" -> both Congos), built once on first use. */
let countriesByWord: Map<string, CountryEntry[]> | undefined;

function countriesNamedWith(word: string): readonly CountryEntry[] {
  if (!countriesByWord) {
    countriesByWord = new Map();
    for (const c of allCountries()) {
      for (const w of new Set(c.name.split(/\s+/))) countriesByWord.set(w, [...(countriesByWord.get(w) ?? []), c]);
    }
  }
  return countriesByWord.get(word) ?? [];
}

/**
 * "Fighting in eastern Congo ... GOMA" gave the Republic of the Congo, whose short name the gazetteer holds: a
 * country named by a word of another state's name ("Congo" of "DR Congo") is that other state when the article's
 * towns lie in it and none in the gazetteer's ("Brazzaville" keeps the Republic). Round 14's `shortCountryNames`
 * decides by a full name the article writes; this one by its towns, when it writes none.
 */
export function countriesOfTheirTowns(names: NameMention[]): void {
  let towns: Map<string, number> | undefined;
  for (const n of names) {
    const own = n.country;
    if (!own || n.text === own.name || /\s/.test(n.text)) continue;
    const others = countriesNamedWith(n.text).filter((c) => c.code !== own.code);
    if (others.length === 0) continue;
    towns ??= townsByCountry(names);
    if ((towns.get(own.code) ?? 0) > 0) continue;
    const inArticle = others.filter((c) => (towns?.get(c.code) ?? 0) > 0);
    if (inArticle.length === 1) n.country = inArticle[0] as CountryEntry;
  }
}

/**
 * Countries of world-countries whose English short name is also the name of a US state (ISO 3166-2:US): the state
 * is meant when the article is set in the United States. Id `gazetteer.countries-named-like-us-states`.
 */
export const COUNTRIES_NAMED_LIKE_US_STATES: ReadonlyMap<string, string> = new Map([['Georgia', 'US']]);

/** Words right before or after such a name that only a US state takes ("the state of X", "X Gov.", "X lawmakers"). */
const US_STATE_BEFORE = /\b(?:state of|[Gg]overnor of)\s+$/;
const US_STATE_AFTER = /^(?:['’]s\s+)?\s*(?:Gov\.|Governor|Attorney General|Secretary of State|Lt\. Gov\.|Lieutenant Governor|Senate|House|General Assembly|Legislature|Supreme Court|lawmakers|legislators|Republicans|Democrats|voters|Sen\.|Rep\.|state senator|governor|attorney general)\b/;

/** The people of such a country ("Georgian", "Georgians"): a report of the country names them. */
const PEOPLE_OF_SUCH_COUNTRIES = new RegExp(String.raw`\b(?:${[...COUNTRIES_NAMED_LIKE_US_STATES.keys()].join('|')})ns?\b`);

/** Whose a country named like a US state is: the state's country code when the article gives the state a cue. */
function usStateReading(text: string, names: readonly NameMention[], towns: Map<string, number>): boolean {
  // a town of the country, or its people, keep the country ("Tbilisi", "Georgian troops")
  const country = names.find((n) => n.country && COUNTRIES_NAMED_LIKE_US_STATES.has(n.text))?.country;
  if (!country || (towns.get(country.code) ?? 0) > 0 || PEOPLE_OF_SUCH_COUNTRIES.test(text)) return false;
  if ((towns.get('US') ?? 0) > 0) return true;
  return names.some((n) => COUNTRIES_NAMED_LIKE_US_STATES.has(n.text) && (US_STATE_BEFORE.test(text.slice(Math.max(0, n.start - 20), n.start)) || US_STATE_AFTER.test(text.slice(n.end, n.end + 30))));
}

/**
 * "In Georgia, Governor Brian Kemble declared an emergency after floods in Savannah", "Georgia Attorney General Dana
 * Whitfield": the gazetteer's Georgia is the Caucasian state; in an article with US towns or states, or a cue only a
 * US state takes, and no town or people of the country, the place is the US state (a region). Governments ("Georgia
 * sued") keep the reading they have.
 */
export function usStatesNamedLikeCountries(text: string, names: NameMention[]): void {
  if (!names.some((n) => n.cls === 'place' && n.country && COUNTRIES_NAMED_LIKE_US_STATES.has(n.text))) return;
  if (!usStateReading(text, names, townsByCountry(names))) return;
  for (const n of names) {
    if (n.cls !== 'place' || !n.country || !COUNTRIES_NAMED_LIKE_US_STATES.has(n.text)) continue;
    delete n.country;
    n.placeKind = 'region';
  }
}
