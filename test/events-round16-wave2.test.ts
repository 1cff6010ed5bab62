import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

/*
 * Classes found by reading invented economy, ceasefire and hostage-return reports (round 16, second wave, helper
 * events18). Every sentence here is invented.
 */

/** The types of the events whose trigger is `word` in an invented report published on Tuesday 14 May 2024. */
function typesOf(text: string, word: string): string[] {
  const parsed = parseArticle(text, { publishedAt: '2024-05-14' });
  return parsed.events.filter((e) => e.trigger.text.toLowerCase() === word).map((e) => e.type);
}

describe('a present -s form right after "to" is a plural noun ("added to signs that ...")', () => {
  it.each([
    ['The figures added to signs that the economy is recovering from the recession.'],
    ['Investors reacted to signs that inflation is slowing in the eurozone.'],
    ['Stocks fell in response to signs the recovery is stalling.'],
  ])('%s', (text) => {
    expect(typesOf(text, 'signs')).toEqual([]);
  });
  it('guard (passes before the change too): a noun the lexicon types after "to" is still a happening', () => {
    expect(typesOf('Both sides returned to talks in Geneva on Monday.', 'talks')).toEqual(['meeting']);
  });
  it('guard (passes before the change too): an infinitive "to sign" still signs', () => {
    expect(typesOf('The two countries agreed to sign a border treaty in Cairo on Monday.', 'treaty')).toEqual(['agreement']);
  });
});

describe('an -ed form between a determiner (and a count) and its noun, before the auxiliary, describes the noun', () => {
  it.each([
    // (round 21: people a flight carries, as the passive's subject, make it a movement, as round 18's active airlift does)
    ['The seven freed aid workers were flown by a military helicopter to Juba on Thursday, a spokesman said.', 'flown', 'movement'],
    ['The three kidnapped engineers were flown to Lagos on Friday.', 'flown', 'visit'],
  ])('%s', (text, word, type) => {
    expect(typesOf(text, word)).toEqual([type]);
  });
  it('the participle itself tells no happening of the clause ("the two kidnapped engineers were returned")', () => {
    expect(typesOf('The two kidnapped engineers were returned to their families on Monday.', 'kidnapped')).toEqual([]);
  });
  it('guard (passes before the change too): a count that is the subject keeps its verb ("The seven freed the hostages")', () => {
    expect(typesOf('The seven freed the hostages on Friday.', 'freed')).toEqual(['other']);
  });
});

describe('people taken, in the passive, to a named place are moved there', () => {
  it.each([
    ['The freed hostages were taken by bus to Kigali on Friday.'],
    ['Two wounded journalists were taken by ambulance to a hospital in Aleppo.'],
    ['The rescued fishermen were later taken to Chittagong by the coast guard.'],
  ])('%s', (text) => {
    expect(typesOf(text, 'taken')).toEqual(['movement']);
  });
  it('guard (passes before the change too): taken to hospital, with no place named, is no movement', () => {
    expect(typesOf('Six of the injured were taken to hospital on Monday.', 'taken')).toEqual([]);
  });
  it('guard (passes before the change too): taken hostage stays a capture', () => {
    expect(typesOf('The engineer was taken hostage in northern Mali in 2019.', 'taken')).toEqual(['capture']);
  });
});
