/**
 * The name tagger's model file: averaged perceptron weights over hashed features, quantised to 16 bits, stored
 * sparse (only rows with a non-zero weight) and gzipped, with a JSON header that says what the model was
 * trained on and the attribution its data asks for. Read once, on the first tagging call, never on import.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { LABEL_COUNT, LABELS } from './decode.js';
import { FEATURE_VERSION, type NameLexicons } from './features.js';
import { loadWordClasses, type WordClassTable } from './word-classes.js';

const MAGIC = 'NGNAMES1';
export const MODEL_FILE_NAME = 'names-model.bin';

/** What the header of a model file records besides the weights. */
export interface ModelInfo {
  trainedOn: string[];
  attribution: string[];
  /** Scores measured at training time, for the README and for a reader of the file. */
  scores?: Record<string, number>;
  epochs?: number;
  seed?: number;
  /** The seeds whose models were averaged into this one, when more than one. */
  seeds?: number[];
  /** Word lists the features read, stored in the file so tagging needs no other package. */
  lexicons?: { firstNames: string[]; surnames: string[]; source: string };
  /** The word-class table (./word-classes.ts) the features read, by checksum; absent when trained without one. */
  wordClasses?: { checksum: string; source: string };
  /** The feature version (./features.ts `FEATURE_VERSION`) the model was trained with; another is refused. */
  featureVersion?: number;
  /**
   * What the features were, as a SHA-256 of the feature ids of the dev file's sentences at training time
   * (scripts/ner/document-features.ts): a test recomputes it, so a change of the features that kept the version
   * number is caught.
   */
  featureFingerprint?: { file: string; sha256: string };
}

export interface NameModel {
  /** The feature table has 2^bits rows. */
  bits: number;
  /** Dense weights, row per feature id, LABEL_COUNT columns; multiply by `scale`. */
  weights: Int16Array;
  scale: number;
  /** LABEL_COUNT x LABEL_COUNT, from-row. */
  transitions: Float64Array;
  start: Float64Array;
  info: ModelInfo;
  lexicons: NameLexicons;
  /** The word classes the model was trained with, if any. */
  wordClasses?: WordClassTable;
}

export class NameModelError extends Error {
  override name = 'NameModelError';
}

/** Quantises, prunes rows that round to zero, and packs a model; the same weights always give the same bytes. */
export function encodeModel(bits: number, weights: Float64Array, transitions: Float64Array, start: Float64Array, info: ModelInfo): Buffer {
  const L = LABEL_COUNT;
  let max = 0;
  for (const w of weights) max = Math.max(max, Math.abs(w));
  const scale = max === 0 ? 1 : max / 32767;
  const rows: number[] = [];
  const values: number[] = [];
  const rowCount = 1 << bits;
  for (let r = 0; r < rowCount; r++) {
    const q: number[] = [];
    let nonZero = false;
    for (let y = 0; y < L; y++) {
      const v = Math.round((weights[r * L + y] as number) / scale);
      q.push(v);
      if (v !== 0) nonZero = true;
    }
    if (!nonZero) continue;
    rows.push(r);
    values.push(...q);
  }
  const header = Buffer.from(JSON.stringify({
    bits, labels: LABELS, scale, rows: rows.length,
    transitions: Array.from(transitions, (x) => Number(x.toFixed(6))),
    start: Array.from(start, (x) => Number(x.toFixed(6))),
    info,
  }), 'utf8');
  const body = Buffer.alloc(rows.length * 4 + values.length * 2);
  let prev = 0;
  rows.forEach((r, k) => {
    body.writeUInt32LE(r - prev, k * 4);
    prev = r;
  });
  values.forEach((v, k) => body.writeInt16LE(v, rows.length * 4 + k * 2));
  const lengths = Buffer.alloc(4);
  lengths.writeUInt32LE(header.length, 0);
  return gzipSync(Buffer.concat([Buffer.from(MAGIC, 'latin1'), lengths, header, body]), { level: 9 });
}

/**
 * Reads a packed model back into dense weights. A model trained with word classes gets `wordClasses` (by
 * default the shipped table), which must be the table it was trained with.
 */
export function decodeModel(file: Buffer, wordClasses?: () => WordClassTable): NameModel {
  let raw: Buffer;
  try {
    raw = gunzipSync(file);
  } catch (error) {
    throw new NameModelError(`the name model file is not gzip data: ${(error as Error).message}`);
  }
  if (raw.subarray(0, MAGIC.length).toString('latin1') !== MAGIC) throw new NameModelError('the name model file does not start with its magic bytes');
  const headerLength = raw.readUInt32LE(MAGIC.length);
  const headerStart = MAGIC.length + 4;
  const header = JSON.parse(raw.subarray(headerStart, headerStart + headerLength).toString('utf8')) as {
    bits: number; labels: string[]; scale: number; rows: number; transitions: number[]; start: number[]; info: ModelInfo;
  };
  if (header.labels.join() !== LABELS.join()) throw new NameModelError(`the name model has labels ${header.labels.join(', ')}, expected ${LABELS.join(', ')}`);
  const trainedWith = header.info.featureVersion;
  if (trainedWith !== FEATURE_VERSION) {
    throw new NameModelError(
      `the name model was trained with ${trainedWith === undefined ? 'features of no recorded version' : `feature version ${trainedWith}`}, but this code computes feature version ${FEATURE_VERSION}; ` +
        'its weights would read other features than it learned: retrain it with npm run train:names (src/extract/names/README.md)',
    );
  }
  const L = LABEL_COUNT;
  const weights = new Int16Array((1 << header.bits) * L);
  const body = headerStart + headerLength;
  const valuesAt = body + header.rows * 4;
  let row = 0;
  for (let k = 0; k < header.rows; k++) {
    row += raw.readUInt32LE(body + k * 4);
    for (let y = 0; y < L; y++) weights[row * L + y] = raw.readInt16LE(valuesAt + (k * L + y) * 2);
  }
  let classes: WordClassTable | undefined;
  if (header.info.wordClasses) {
    classes = (wordClasses ?? loadWordClasses)();
    if (classes.checksum !== header.info.wordClasses.checksum) {
      throw new NameModelError(`the name model was trained with word classes ${header.info.wordClasses.checksum}, but the word-class file is ${classes.checksum}; run npm run train:names`);
    }
  }
  return {
    wordClasses: classes,
    bits: header.bits,
    weights,
    scale: header.scale,
    transitions: Float64Array.from(header.transitions),
    start: Float64Array.from(header.start),
    info: header.info,
    lexicons: {
      firstNames: new Set(header.info.lexicons?.firstNames ?? []),
      surnames: new Set(header.info.lexicons?.surnames ?? []),
    },
  };
}

/**
 * Where the model file is: beside this module in the source tree, beside the bundle in `dist/` (the build
 * copies it there). The CJS bundle has `__dirname` and no `import.meta.url`; the ESM one the other way round.
 */
function modelPath(): string {
  const here = typeof __dirname === 'string' ? __dirname : path.dirname(fileURLToPath(import.meta.url));
  const candidates = [path.join(here, MODEL_FILE_NAME), path.join(here, 'extract', 'names', MODEL_FILE_NAME)];
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new NameModelError(`the name model file ${MODEL_FILE_NAME} is missing (looked in ${candidates.join(', ')}); run npm run train:names`);
  return found;
}

let cached: NameModel | undefined;

/** The shipped model, read on first use and kept for the life of the process. */
export function loadNameModel(): NameModel {
  cached ??= decodeModel(readFileSync(modelPath()));
  return cached;
}
