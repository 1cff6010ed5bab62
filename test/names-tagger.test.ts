import { describe, expect, it } from 'vitest';
import { tokenizeNames } from '../src/extract/names/tokenize.js';
import { allowedTransition, LABELS, spansOfLabels, viterbi, LABEL_COUNT } from '../src/extract/names/decode.js';
import { decodeModel, encodeModel, loadNameModel } from '../src/extract/names/model.js';
import { documentEvidence, FEATURE_VERSION, sentenceFeatureIds } from '../src/extract/names/features.js';
import { tagNames } from '../src/extract/names/tagger.js';

const words = (text: string) => tokenizeNames(text).map((t) => t.text);
const named = (text: string) => tagNames(text).map((n) => `${n.type} ${text.slice(n.start, n.end)}`);

describe('the name tokenizer', () => {
  it('splits a possessive and punctuation off a name, as the treebanks do', () => {
    expect(words('Okafor\'s plan, "quietly" (not) ended.')).toEqual(['Okafor', "'s", 'plan', ',', '"', 'quietly', '"', '(', 'not', ')', 'ended', '.']);
  });

  it('keeps abbreviations and initials with their periods and splits hyphens', () => {
    expect(words('Mr. J. Smith of U.S.-based Velt Inc. left')).toEqual(['Mr.', 'J.', 'Smith', 'of', 'U.S.', '-', 'based', 'Velt', 'Inc.', 'left']);
  });

  it('keeps inner apostrophes of names and "&" inside capitals, and splits "n\'t"', () => {
    expect(words("O'Brien of AT&T didn't call Procter & Gamble")).toEqual(["O'Brien", 'of', 'AT&T', 'did', "n't", 'call', 'Procter', '&', 'Gamble']);
  });

  it('gives offsets into the text it was given a range of', () => {
    const text = 'xx Ana Ruiz yy';
    expect(tokenizeNames(text, 3, 11).map((t) => [t.start, t.end])).toEqual([[3, 6], [7, 11]]);
  });
});

describe('decoding labels', () => {
  it('never lets I-X follow O or another type', () => {
    const O = LABELS.indexOf('O');
    const bPer = LABELS.indexOf('B-PER');
    const iPer = LABELS.indexOf('I-PER');
    const iOrg = LABELS.indexOf('I-ORG');
    expect(allowedTransition(O, iPer)).toBe(false);
    expect(allowedTransition(bPer, iOrg)).toBe(false);
    expect(allowedTransition(-1, iPer)).toBe(false);
    expect(allowedTransition(bPer, iPer)).toBe(true);
  });

  it('repairs emissions that prefer an impossible sequence', () => {
    const n = 2;
    const e = new Float64Array(n * LABEL_COUNT);
    e[LABELS.indexOf('I-PER')] = 5; // token 0 prefers I-PER, which cannot start
    e[LABEL_COUNT + LABELS.indexOf('I-PER')] = 5;
    e[LABELS.indexOf('B-PER')] = 1;
    const labels = viterbi(e, n, new Float64Array(LABEL_COUNT * LABEL_COUNT), new Float64Array(LABEL_COUNT));
    expect(Array.from(labels, (l) => LABELS[l])).toEqual(['B-PER', 'I-PER']);
    expect(spansOfLabels(labels)).toEqual([{ first: 0, last: 1, type: 'PER' }]);
  });
});

describe('the model file', () => {
  it('reads back what was written, within the quantisation step', () => {
    const bits = 4;
    const weights = Float64Array.from({ length: (1 << bits) * LABEL_COUNT }, (_, k) => (k % 5 === 0 ? (k - 40) / 7 : 0));
    const bytes = encodeModel(bits, weights, new Float64Array(LABEL_COUNT * LABEL_COUNT).fill(0.5), new Float64Array(LABEL_COUNT), { trainedOn: ['x'], attribution: ['y'], featureVersion: FEATURE_VERSION });
    const model = decodeModel(bytes);
    weights.forEach((w, k) => expect(Math.abs((model.weights[k] as number) * model.scale - w)).toBeLessThan(model.scale));
    expect(model.info.trainedOn).toEqual(['x']);
  });

  it('writes the same bytes for the same weights', () => {
    const w = new Float64Array(16 * LABEL_COUNT).fill(0.25);
    const t = new Float64Array(LABEL_COUNT * LABEL_COUNT);
    const s = new Float64Array(LABEL_COUNT);
    expect(encodeModel(4, w, t, s, { trainedOn: [], attribution: [] }).equals(encodeModel(4, w, t, s, { trainedOn: [], attribution: [] }))).toBe(true);
  });

  it('ships a model that names its training data and attribution', () => {
    const model = loadNameModel();
    expect(model.info.trainedOn).toContain('gum-ner-train.iob2');
    expect(model.info.attribution.join(' ')).toMatch(/CC BY-SA 4\.0/);
  });
});

describe('features', () => {
  it('gives the same ids to the same word in the same context', () => {
    const text = 'so Velt hired Ana then so Velt hired Ana then';
    const tokens = tokenizeNames(text);
    const evidence = documentEvidence([tokens]);
    const { ids, offsets } = sentenceFeatureIds({ text, tokens, tags: [], evidence }, 20);
    const of = (i: number) => Array.from(ids.slice(offsets[i], offsets[i + 1])).sort();
    expect(of(2)).toEqual(of(7));
    expect(of(1)).not.toEqual(of(3));
  });

  it('gives a word the contexts the rest of the text writes it in (after a given name, before "said")', () => {
    const lexicons = { firstNames: new Set(['lena']), surnames: new Set<string>() };
    const first = 'Lena Quist met the press after Brenmouth said no.';
    const second = 'Quist thanked Brenmouth.';
    const text = `${first} ${second}`;
    const tokensOne = tokenizeNames(text, 0, first.length);
    const tokensTwo = tokenizeNames(text, first.length + 1);
    const featuresOf = (evidence: ReturnType<typeof documentEvidence>) => {
      const { ids, offsets } = sentenceFeatureIds({ text, tokens: tokensTwo, tags: [], evidence, lexicons }, 20);
      return [0, 2].map((i) => new Set(ids.slice(offsets[i], offsets[i + 1])));
    };
    const evidence = documentEvidence([tokensOne, tokensTwo], lexicons);
    const alone = featuresOf({ ...evidence, contexts: new Map() });
    const withText = featuresOf(evidence);
    for (const k of [0, 1]) {
      const extra = [...(withText[k] as Set<number>)].filter((id) => !(alone[k] as Set<number>).has(id));
      expect(extra).toHaveLength(1);
    }
    // the two words were seen in different contexts, so they gain different features
    const extraOf = (k: number) => [...(withText[k] as Set<number>)].find((id) => !(alone[k] as Set<number>).has(id));
    expect(extraOf(0)).not.toBe(extraOf(1));
  });
});

describe('the tagger on invented sentences', () => {
  it('finds a person, an organisation and a place', () => {
    expect(named('Lena Varga, a spokeswoman for Nortel Logistics Inc., said the talks in Madrid had ended.')).toEqual([
      'PER Lena Varga', 'ORG Nortel Logistics Inc.', 'LOC Madrid',
    ]);
  });

  it('leaves titles, weekdays and nationality adjectives outside names', () => {
    const names = named('On Friday, President Amara Okafor met Brazilian officials in Accra.');
    expect(names).toContain('PER Amara Okafor');
    expect(names).toContain('LOC Accra');
    expect(names.some((n) => /Friday|President|Brazilian/.test(n))).toBe(false);
  });

  it('ends a person\'s name after a syllable joined by a hyphen, but not before "-led" or "-based"', () => {
    expect(named('The motion was backed by Lau Siu-kai, Fung Wai-man and Tse Ming-hoi.')).toContain('PER Fung Wai-man');
    expect(named('Opposition leader Chen Wei-lun told reporters in Taipei on Monday that talks had failed.')).toContain('PER Chen Wei-lun');
    expect(named('Lindqvist-led talks in Oslo ended.').some((n) => n.includes('-led'))).toBe(false);
  });
});
