import { describe, expect, it } from 'vitest';
import { readIob2, spansFromTags } from '../scripts/ner/iob2.js';
import { alignPredictions, emptyScore, prf, scoreSpans, typedTotal } from '../scripts/ner/score.js';
import { isNameMention, namesFromParsed } from '../scripts/ner/from-records.js';
import type { ParsedArticle } from '../src/schema/article.js';

const FILE = [
  '# newdoc id = doc-a',
  '# sent_id = doc-a-1',
  "# text = Mara Quist's firm left Oslo.",
  '1\tMara\tB-PER\t-\t-',
  '2\tQuist\tI-PER\t-\t-',
  "3\t's\tO\t-\t-",
  '4\tfirm\tO\t-\t-',
  '5\tleft\tO\t-\t-',
  '6\tOslo\tB-LOC\t-\t-',
  '7\t.\tO\t-\t-',
  '',
  '# sent_id = doc-a-2',
  '# text = Zorvex Labs hired Ito',
  '1\tZorvex\tB-ORG\t-\t-',
  '2\tLabs\tI-ORG\t-\t-',
  '3\thired\tO\t-\t-',
  '4\tIto\tB-OTH\t-\t-',
  '',
  '# newdoc id = doc-b',
  '# text = Bye',
  '1\tBye\tO\t-\t-',
  '',
].join('\n');

describe('reading IOB2 files', () => {
  it('locates each token in the sentence text, the possessive split off as its own token', () => {
    const { documents, misalignedTokens } = readIob2(FILE);
    const tokens = documents[0]!.sentences[0]!.tokens;
    expect(misalignedTokens).toBe(0);
    expect(tokens.map((t) => [t.start, t.end])).toEqual([[0, 4], [5, 10], [10, 12], [13, 17], [18, 22], [23, 27], [27, 28]]);
  });

  it('groups sentences into the documents that # newdoc opens', () => {
    const { documents } = readIob2(FILE);
    expect(documents.map((d) => [d.id, d.sentences.length])).toEqual([['doc-a', 2], ['doc-b', 1]]);
  });

  it('reads OTH tags as outside any name', () => {
    const sentence = readIob2(FILE).documents[0]!.sentences[1]!;
    expect(sentence.tokens.map((t) => t.tag)).toEqual(['B-ORG', 'I-ORG', 'O', 'O']);
  });

  it('starts a new name at an I- tag that continues no name of its type, as conlleval does', () => {
    expect(spansFromTags(['I-PER', 'I-PER', 'I-LOC', 'O', 'B-ORG', 'I-ORG'])).toEqual([
      { first: 0, last: 1, type: 'PER' },
      { first: 2, last: 2, type: 'LOC' },
      { first: 4, last: 5, type: 'ORG' },
    ]);
  });
});

describe('scoring names by exact span and type', () => {
  const sentence = readIob2(FILE).documents[0]!.sentences[0]!;
  const gold = spansFromTags(sentence.tokens.map((t) => t.tag));

  it('maps character spans to the tokens they cover', () => {
    expect(alignPredictions(sentence.tokens, [{ start: 0, end: 10, type: 'PER' }, { start: 23, end: 27, type: 'ORG' }])).toEqual([
      { first: 0, last: 1, type: 'PER' },
      { first: 5, last: 5, type: 'ORG' },
    ]);
  });

  it('counts a right span with a wrong type against the typed score and for the untyped one', () => {
    const score = emptyScore();
    scoreSpans(gold, [{ first: 0, last: 1, type: 'PER' }, { first: 5, last: 5, type: 'ORG' }], score);
    expect(typedTotal(score)).toEqual({ tp: 1, fp: 1, fn: 1 });
    expect(score.typed.LOC).toEqual({ tp: 0, fp: 0, fn: 1 });
    expect(score.untyped).toEqual({ tp: 2, fp: 0, fn: 0 });
  });

  it('gives no credit to a span that is one token short', () => {
    const score = emptyScore();
    scoreSpans(gold, [{ first: 1, last: 1, type: 'PER' }], score);
    expect(prf(typedTotal(score)).f1).toBe(0);
  });
});

describe('reading parser records as PER, ORG and LOC', () => {
  const article = {
    actors: [
      { id: 'a1', name: 'Mara Quist', kind: 'person', aliases: [], titles: [], mentions: [{ start: 0, end: 10, text: 'Mara Quist' }] },
      { id: 'a2', name: 'Norway', kind: 'government', aliases: [], titles: [], mentions: [{ start: 20, end: 26, text: 'Norway' }, { start: 40, end: 60, text: 'Norwegian government' }] },
      { id: 'a3', name: 'Zorvex Labs', kind: 'organization', aliases: [], titles: [], mentions: [{ start: 60, end: 71, text: 'Zorvex Labs' }, { start: 80, end: 91, text: 'the company' }] },
      { id: 'a4', name: 'Veltrian troops', kind: 'group', aliases: [], titles: [], mentions: [{ start: 95, end: 110, text: 'Veltrian troops' }] },
    ],
    places: [{ id: 'p1', name: 'Oslo', kind: 'city', aliases: [], mentions: [{ start: 30, end: 34, text: 'Oslo' }] }],
  } as unknown as ParsedArticle;

  it('types a government named by its country as the annotated data does (LOC) and skips groups and anaphors', () => {
    expect(namesFromParsed(article)).toEqual([
      { start: 0, end: 10, type: 'PER' },
      { start: 20, end: 26, type: 'LOC' },
      { start: 30, end: 34, type: 'LOC' },
      { start: 60, end: 71, type: 'ORG' },
    ]);
  });

  it('types a government named by its country as ORG when asked to follow the written guideline', () => {
    expect(namesFromParsed(article, { governments: 'ORG' })).toEqual([
      { start: 0, end: 10, type: 'PER' },
      { start: 20, end: 26, type: 'ORG' },
      { start: 30, end: 34, type: 'LOC' },
      { start: 60, end: 71, type: 'ORG' },
    ]);
  });

  it('keeps hyphenated and particle names that end in a capitalised part', () => {
    expect(isNameMention('al-Sistani')).toBe(true);
    expect(isNameMention('Kim Jong-un')).toBe(true);
    expect(isNameMention('the ministry')).toBe(false);
  });
});
