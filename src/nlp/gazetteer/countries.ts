import type { Country } from 'world-countries';
import { isCommonWordName } from './common-words.js';
import { EXTRA_COUNTRY_NAMES, EXTRA_DEMONYMS, FORMER_STATES, PLACE_VARIANTS, RENAMED_STATE_DEMONYMS, PROSE_TWO_LETTER_CODES, SEATS_OF_GOVERNMENT } from './lexicon.js';
import { loadCountries } from './load-data.js';
import { foldDiacritics, normalizePlaceName } from './normalize.js';

/** A country or territory of world-countries, with the English forms news copy uses for it. */
export interface CountryEntry {
  /** ISO 3166-1 alpha-2 ("RU"); "XK" for Kosovo. */
  code: string;
  /** Common English name ("Russia"). */
  name: string;
  /** Official English name ("Russian Federation"). */
  officialName: string;
  /**
   * Other names a text may use: the official name, world-countries' Latin-script spellings, everyday
   * English names ("Britain", "Turkey"), abbreviations ("US", "UAE"), and "the ..." forms where English
   * puts an article before the name ("the United States", "the Netherlands").
   */
  aliases: readonly string[];
  /** Capital cities as world-countries names them (South Africa has three). */
  capitals: readonly string[];
  /** Adjectival and noun forms: "Russian", "North Korean", "Briton". Plurals are derived on lookup. */
  demonyms: readonly string[];
  coordinates?: { lat: number; lon: number };
}

/** Everything the country lookups need, built once from world-countries plus the hand lists. */
export interface CountryIndex {
  all: readonly CountryEntry[];
  byCode: ReadonlyMap<string, CountryEntry>;
  /** normalizePlaceName(name or alias) -> country. */
  byName: ReadonlyMap<string, CountryEntry>;
  /** Abbreviations, matched case-sensitively without full stops: "US", "USA", "UAE", "DRC". */
  byAbbreviation: ReadonlyMap<string, CountryEntry>;
  byDemonym: ReadonlyMap<string, CountryEntry>;
  byCapital: ReadonlyMap<string, CountryEntry>;
  bySeat: ReadonlyMap<string, CountryEntry>;
}

/**
 * Orders countries when two claim the same key ("Congolese", "Dominican", "Kingston", "French"):
 * sovereign states before territories, UN members before others, then the larger by area, which
 * stands in for prominence since world-countries has no population.
 */
function prominence(c: Country): number[] {
  return [c.independent ? 0 : 1, c.unMember ? 0 : 1, -c.area];
}

function moreProminent(a: Country, b: Country): boolean {
  const pa = prominence(a);
  const pb = prominence(b);
  for (let i = 0; i < pa.length; i++) {
    const x = pa[i] ?? 0;
    const y = pb[i] ?? 0;
    if (x !== y) return x < y;
  }
  return false;
}

/** A key claimed with a rank (lower wins) so a country's own name beats another country's alternate spelling. */
class RankedIndex {
  private readonly entries = new Map<string, { rank: number; country: Country }>();

  add(key: string, country: Country, rank: number): void {
    if (key.length === 0) return;
    const held = this.entries.get(key);
    if (!held || rank < held.rank || (rank === held.rank && moreProminent(country, held.country))) {
      this.entries.set(key, { rank, country });
    }
  }

  resolve(byCode: ReadonlyMap<string, CountryEntry>): Map<string, CountryEntry> {
    const out = new Map<string, CountryEntry>();
    for (const [key, { country }] of this.entries) {
      const entry = byCode.get(country.cca2);
      if (entry) out.set(key, entry);
    }
    return out;
  }
}

/** Latin letters, spaces and the punctuation names carry; rules out Cyrillic, CJK and IPA spellings. */
const LATIN_NAME_RE = /^[a-z][a-z .,'()&-]*$/;

/** Spellings written in Latin script, so an English text could contain them. */
function isLatinScript(s: string): boolean {
  return LATIN_NAME_RE.test(foldDiacritics(s).replace(/[’ʼ‘ʻ]/g, "'"));
}

/** "Holy See (Vatican City State)" -> ["Holy See"]; "Cocos (Keeling) Islands" -> ["Cocos Islands"]. */
function withoutParentheses(s: string): string | undefined {
  if (!s.includes('(')) return undefined;
  const stripped = s.replace(/\s*\([^)]*\)\s*/g, ' ').replace(/\s+/g, ' ').trim();
  return stripped.length > 0 ? stripped : undefined;
}

/**
 * English puts "the" before names built from a common noun ("the United States", "the Czech Republic",
 * "the Solomon Islands"); world-countries shows the others by writing the article in the official name
 * ("Kingdom of the Netherlands", "Republic of the Gambia").
 */
function takesArticle(name: string, officialName: string): boolean {
  if (/\b(United|Republic|Kingdom|Islands|States|Emirates|Federation|Union|Territories)\b/.test(name)) return true;
  return officialName.includes(`the ${name}`);
}

/** Splits world-countries demonyms written as lists: "Antiguan, Barbudan", "Kittitian or Nevisian". */
function splitDemonyms(s: string | undefined): string[] {
  if (!s) return [];
  return s.split(/,\s*|\s+or\s+/).map((d) => d.trim()).filter((d) => d.length > 0);
}

function unique(xs: readonly string[]): string[] {
  return [...new Set(xs)];
}

/**
 * Builds the country index from world-countries and the hand lists; the gazetteer calls it once, lazily.
 *
 * @example buildCountryIndex().byDemonym.get('ukrainian')?.code // "UA"
 */
export function buildCountryIndex(): CountryIndex {
  const countries = loadCountries();
  const byCode = new Map<string, CountryEntry>();
  const names = new RankedIndex();
  const abbreviations = new RankedIndex();
  const demonyms = new RankedIndex();
  const capitals = new RankedIndex();

  const packageDemonyms = new Set<string>();
  for (const c of countries) {
    for (const d of [...splitDemonyms(c.demonyms['eng']?.m), ...splitDemonyms(c.demonyms['eng']?.f)]) {
      packageDemonyms.add(normalizePlaceName(d));
    }
  }

  for (const c of countries) {
    const wordAliases: string[] = [];
    const abbrevs: string[] = [];
    const extras = EXTRA_COUNTRY_NAMES[c.cca2] ?? [];
    for (const raw of [c.name.official, ...c.altSpellings, ...extras]) {
      if (/^[A-Z]{2,5}$/.test(raw)) {
        // ISO codes ("AF", "NO") are not names in prose; longer abbreviations are ("USA", "UAE", "DRC").
        if (raw.length > 2 || PROSE_TWO_LETTER_CODES.has(raw)) abbrevs.push(raw);
        continue;
      }
      if (!isLatinScript(raw)) continue;
      // An alternate spelling that is an English word ("Island" for Iceland) or a demonym ("Thai" for
      // Thailand) would turn ordinary text into the country.
      const vetted = raw === c.name.official || extras.includes(raw);
      if (!vetted && (isCommonWordName(raw) || packageDemonyms.has(normalizePlaceName(raw)))) continue;
      wordAliases.push(raw);
      const plain = withoutParentheses(raw);
      if (plain) wordAliases.push(plain);
    }
    const commonPlain = withoutParentheses(c.name.common);
    if (commonPlain) wordAliases.push(commonPlain);

    const withArticle = [c.name.common, ...wordAliases]
      .filter((n) => takesArticle(n, c.name.official) && !/^the\s/i.test(n))
      .map((n) => `the ${n}`);
    const aliases = unique([...wordAliases, ...abbrevs, ...abbrevs.map((a) => `the ${a}`), ...withArticle])
      .filter((a) => a !== c.name.common);

    const demonymList = unique([
      ...splitDemonyms(c.demonyms['eng']?.m),
      ...splitDemonyms(c.demonyms['eng']?.f),
      ...(EXTRA_DEMONYMS[c.cca2] ?? []),
      ...(RENAMED_STATE_DEMONYMS[c.cca2] ?? []),
    ]);

    const entry: CountryEntry = Object.freeze({
      code: c.cca2,
      name: c.name.common,
      officialName: c.name.official,
      aliases: Object.freeze(aliases),
      capitals: Object.freeze([...c.capital]),
      demonyms: Object.freeze(demonymList),
      ...(c.latlng.length === 2 ? { coordinates: Object.freeze({ lat: c.latlng[0], lon: c.latlng[1] }) } : {}),
    });
    byCode.set(c.cca2, entry);

    names.add(normalizePlaceName(c.name.common), c, 0);
    if (commonPlain) names.add(normalizePlaceName(commonPlain), c, 0);
    names.add(normalizePlaceName(c.name.official), c, 1);
    for (const a of wordAliases) names.add(normalizePlaceName(a), c, 2);
    for (const a of abbrevs) abbreviations.add(a, c, 0);
    for (const d of demonymList) demonyms.add(normalizePlaceName(d), c, 0);
    // The first capital listed is the country's own; a later one may be shared ("Oranjestad").
    c.capital.forEach((cap, i) => capitals.add(normalizePlaceName(cap), c, i));
  }

  const countryByCode = (code: string): Country | undefined => countries.find((c) => c.cca2 === code);
  for (const v of PLACE_VARIANTS) {
    const c = v.capital ? countryByCode(v.countryCode) : undefined;
    if (c) capitals.add(normalizePlaceName(v.variant), c, 5);
  }

  const bySeat = new Map<string, CountryEntry>();
  for (const s of SEATS_OF_GOVERNMENT) {
    const entry = byCode.get(s.countryCode);
    if (entry) bySeat.set(normalizePlaceName(s.name), entry);
  }

  // `all` is world-countries' list (250); the former states below are found by name, code and demonym only
  const all = Object.freeze([...byCode.values()]);
  const index = {
    byCode,
    byName: names.resolve(byCode),
    byAbbreviation: abbreviations.resolve(byCode),
    byDemonym: demonyms.resolve(byCode),
    byCapital: capitals.resolve(byCode),
    bySeat,
  };
  addFormerStates(index);
  return { ...index, all };
}

/**
 * Adds the dissolved states of `FORMER_STATES` (lexicon id `gazetteer.former-states`) under their own codes. A key a
 * present-day country already holds stays with it; capitals are not indexed, since today's countries hold them, and
 * the states are not in `all`, which lists world-countries' present-day countries and territories.
 */
function addFormerStates(index: {
  byCode: Map<string, CountryEntry>;
  byName: Map<string, CountryEntry>;
  byAbbreviation: Map<string, CountryEntry>;
  byDemonym: Map<string, CountryEntry>;
}): void {
  const claim = (map: Map<string, CountryEntry>, key: string, entry: CountryEntry): void => {
    if (key.length > 0 && !map.has(key)) map.set(key, entry);
  };
  for (const f of FORMER_STATES) {
    if (index.byCode.has(f.code)) continue;
    const abbrevs = f.aliases.filter((a) => /^[A-Z.]{2,9}$/.test(a)).map((a) => a.replace(/\./g, ''));
    const words = [f.officialName, ...f.aliases.filter((a) => !/^[A-Z.]{2,9}$/.test(a))];
    const withArticle = [f.name, ...words].filter((n) => takesArticle(n, f.officialName)).map((n) => `the ${n}`);
    const entry: CountryEntry = Object.freeze({
      code: f.code,
      name: f.name,
      officialName: f.officialName,
      aliases: Object.freeze(unique([...words, ...abbrevs, ...abbrevs.map((a) => `the ${a}`), ...withArticle])),
      capitals: Object.freeze([f.capital]),
      demonyms: Object.freeze([...f.demonyms]),
      coordinates: Object.freeze({ ...f.coordinates }),
    });
    index.byCode.set(f.code, entry);
    for (const n of [f.name, ...words]) claim(index.byName, normalizePlaceName(n), entry);
    for (const a of abbrevs) claim(index.byAbbreviation, a, entry);
    for (const d of f.demonyms) claim(index.byDemonym, normalizePlaceName(d), entry);
  }
}
