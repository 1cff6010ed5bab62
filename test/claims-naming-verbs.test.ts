import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

/*
 * Verbs of naming (brand, label, dub, term) report a judgement only with the object they name ("branded the move a
 * betrayal"). Their -s forms are also plural nouns ("its Lexus and Daihatsu brands", "store labels") that the tagger
 * may read as verbs; then they have no object, and no claim may come of them. Invented companies and sentences.
 */
function cues(text: string): string[] {
  return parseArticle(`Report\n\n${text}`, { publishedAt: '2016-04-27' }).claims.map((c) => c.cue);
}

describe('a naming verb without an object is no cue', () => {
  it.each([
    ['Corvane said sales rose 4 percent, helped by demand for its Lexmoor and Daihatsu brands. Profit rose 2 percent.', ['said']],
    ['Brindle said revenue grew in Asia, where its Dovecote and Knorr brands sell well.', ['said']],
    ['Price cuts helped the Orvane and Tesh brands, Hallam said.', ['said']],
    ['The group sells its Kelda and Brisk brands in 40 countries.', []],
  ])('%s', (text, expected) => {
    expect(cues(text)).toEqual(expected);
  });
});
