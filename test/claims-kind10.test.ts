import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

/*
 * Kinds of claims (round 9): what a neutral cue's clause does, read from its construction. Every clause here is
 * invented; each positive row failed before its rule.
 */

function kindOf(text: string, start: string): string | undefined {
  const parsed = parseArticle(text, { publishedAt: '2016-05-04' });
  return parsed.claims.find((c) => c.content.startsWith(start))?.kind;
}

describe('a clause that says something is not so is a denial', () => {
  it.each([
    ['"The fire at the depot was not an accident," Mayor Ilse Varga said.', 'The fire at the depot was not an accident', 'denial'],
    ['Colonel Piet Halden said his soldiers were not involved in the raid.', 'his soldiers were not involved', 'denial'],
    ['"Our party has no links to the militia," Senator Ruth Dale said.', 'Our party has no links', 'denial'],
    ['"In our city we don\'t have gangs of that kind," Mayor Ilse Varga told reporters.', 'In our city we don', 'denial'],
    ['Governor Ana Ruiz said there was no shortage of water in the region.', 'there was no shortage', 'denial'],
    // no denial: a hedge, an ability, a plain negated act
    ['Governor Ana Ruiz said there is no doubt the dam will hold.', 'there is no doubt', 'statement'],
    ['Coach Piet Halden said he could not stop thinking about the final.', 'he could not stop', 'statement'],
    ['Minister Aldo Renn added that his country would sue if the boats were not returned.', 'his country would sue', 'statement'],
    ['Senator Ruth Dale told reporters she had no regrets about the vote.', 'she had no regrets', 'statement'],
  ])('%s', (text, start, kind) => {
    expect(kindOf(text, start)).toBe(kind);
  });
});

describe('asserting puts a fact forward', () => {
  it.each([
    ['Minister Tomas Brenn asserted that the tender was lawful and fair.', 'the tender was lawful', 'statement'],
    ['Minister Tomas Brenn said that the tender was lawful and fair.', 'the tender was lawful', 'assessment'],
  ])('%s', (text, start, kind) => {
    expect(kindOf(text, start)).toBe(kind);
  });
});

describe('an adjective graded by an adverb of degree judges', () => {
  it.each([
    ['"Families face a completely hostile climate in the camps," Mayor Ilse Varga said.', 'Families face a completely hostile climate', 'assessment'],
    ['Senator Ruth Dale said the voters had endured a totally unnecessary delay.', 'the voters had endured', 'assessment'],
    // a feeling keeps its own rule: a third person's feeling judges nothing; it is told as a report (round 23,
    // `kind/told-state-of-others`; it was a statement before)
    ['Attorney Jon Weller said Marlow was very happy with the verdict.', 'Marlow was very happy', 'report'],
  ])('%s', (text, start, kind) => {
    expect(kindOf(text, start)).toBe(kind);
  });
});

describe('carrying on is a commitment', () => {
  it.each([
    ['"We will carry on searching for the missing fishermen," Captain Lena Dorn said.', 'We will carry on searching', 'pledge'],
    ['"We will not give up on these families," Senator Ruth Dale said.', 'We will not give up', 'pledge'],
  ])('%s', (text, start, kind) => {
    expect(kindOf(text, start)).toBe(kind);
  });
});

describe('a contracted copula before an evaluative adjective judges', () => {
  it.each([
    ['"It\'s cruel to keep these families apart," Senator Ruth Dale said.', 'It\'s cruel to keep', 'assessment'],
    ['"That’s outrageous and everyone knows it," Mayor Ilse Varga said.', 'That’s outrageous', 'assessment'],
  ])('%s', (text, start, kind) => {
    expect(kindOf(text, start)).toBe(kind);
  });
});

describe('a harm lifted or eased is no threat', () => {
  it.each([
    ['Diplomats said the sticking point was the pace at which sanctions would be lifted.', 'the sticking point', 'statement'],
    ['Minister Anna Berg said the deal will bring some relief from sanctions.', 'the deal will bring', 'statement'],
    ['Minister Anna Berg said new sanctions would follow if the talks failed.', 'new sanctions would follow', 'warning'],
  ])('%s', (text, start, kind) => {
    expect(kindOf(text, start)).toBe(kind);
  });
});
