import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LABEL_COUNT } from '../src/extract/names/decode.js';
import { FEATURE_VERSION } from '../src/extract/names/features.js';
import { decodeModel, encodeModel, loadNameModel, NameModelError } from '../src/extract/names/model.js';
import { readIob2 } from '../scripts/ner/iob2.js';
import { documentFeatureIds, featureFingerprint } from '../scripts/ner/document-features.js';

const repo = path.resolve(import.meta.dirname, '..');
const nerDir = path.resolve(repo, '..', 'shared', 'eval', 'ner');

/** A model of four feature rows recording `featureVersion` (absent when undefined). */
function tinyModel(featureVersion: number | undefined): Buffer {
  const info = { trainedOn: ['x'], attribution: ['y'], ...(featureVersion === undefined ? {} : { featureVersion }) };
  return encodeModel(2, new Float64Array(4 * LABEL_COUNT).fill(0.5), new Float64Array(LABEL_COUNT * LABEL_COUNT), new Float64Array(LABEL_COUNT), info);
}

describe('the feature version of the name model', () => {
  it('reads a model of its own feature version and refuses another or none, saying how to rebuild', () => {
    expect(decodeModel(tinyModel(FEATURE_VERSION)).info.featureVersion).toBe(FEATURE_VERSION);
    expect(() => decodeModel(tinyModel(FEATURE_VERSION + 1))).toThrow(NameModelError);
    expect(() => decodeModel(tinyModel(FEATURE_VERSION + 1))).toThrow(/feature version .*npm run train:names/);
    expect(() => decodeModel(tinyModel(undefined))).toThrow(/no recorded version/);
  });

  it('ships a model whose features are those this code computes on its dev file (fingerprint)', () => {
    const model = loadNameModel();
    const recorded = model.info.featureFingerprint;
    expect(model.info.featureVersion).toBe(FEATURE_VERSION);
    expect(recorded?.file).toBe('gum-ner-dev.iob2');
    const documents = readIob2(readFileSync(path.join(nerDir, recorded?.file ?? ''), 'utf8')).documents;
    const ids = documents.flatMap((doc) => documentFeatureIds(doc, model.bits, model.lexicons).map((s) => s.ids));
    // a failure here means the features changed under the model: revert the change, or raise FEATURE_VERSION and retrain
    expect(featureFingerprint(ids)).toBe(recorded?.sha256);
  }, 120_000);
});

describe('npm run train:names', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'newsgraph-train-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  // invented sentences in IOB2, one document
  const rows = (sentence: string): string =>
    `# text = ${sentence.split(' ').map((w) => w.split('/')[0]).join(' ')}\n` +
    sentence.split(' ').map((w, k) => `${k + 1}\t${w.split('/')[0]}\t${w.split('/')[1] ?? 'O'}\t-\t-`).join('\n') + '\n\n';
  const iob2 = '# newdoc id = invented\n' + [
    'Lena/B-PER Quist/I-PER joined Velmora/B-ORG Corp/I-ORG in/O Tallinn/B-LOC .',
    'Velmora/B-ORG said on Monday that Quist/B-PER would move to Oslo/B-LOC .',
    'The Ruritanian/B-ORG Transport/I-ORG Ministry/I-ORG denied the report .',
    'Officials in Kestrel/B-LOC Bay/I-LOC met Arjun/B-PER Mehta/I-PER of Dunmore/B-ORG Bank/I-ORG .',
  ].map(rows).join('');
  const file = path.join(dir, 'invented.iob2');
  writeFileSync(file, iob2);
  const train = (out: string, ...extra: string[]): Buffer => {
    execFileSync(process.execPath, ['--import', 'tsx', path.join(repo, 'scripts', 'train-names.ts'), '--train', file, '--dev', file, '--epochs', '3', '--bits', '12', '--out', out, ...extra], { cwd: repo, stdio: 'pipe' });
    return readFileSync(out);
  };

  it('writes the same bytes twice for the same data and seed, with its feature version and fingerprint', () => {
    const first = train(path.join(dir, 'a.bin'));
    const second = train(path.join(dir, 'b.bin'));
    expect(existsSync(path.join(dir, 'a.bin'))).toBe(true);
    expect(first.equals(second)).toBe(true);
    const model = decodeModel(first);
    expect(model.info.featureVersion).toBe(FEATURE_VERSION);
    expect(model.info.featureFingerprint?.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(model.info.seed).toBe(12);
  }, 180_000);

  it('averages the models of several seeds with --seeds, and records them', () => {
    const single = train(path.join(dir, 'c.bin'), '--seed', '13');
    const averaged = train(path.join(dir, 'd.bin'), '--seeds', '12,13');
    const model = decodeModel(averaged);
    expect(model.info.seeds).toEqual([12, 13]);
    expect(model.info.seed).toBe(12);
    // the average is neither seed's model
    expect(averaged.equals(single)).toBe(false);
    expect(averaged.equals(readFileSync(path.join(dir, 'a.bin')))).toBe(false);
  }, 180_000);
});
