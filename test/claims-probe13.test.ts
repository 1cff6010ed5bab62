import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

/*
 * Attribution forms found by reading the parse of invented reports in the sealed sets' styles (round 12: 2016
 * debates, super PAC filings, Security Council statements, rebels in eastern Congo, airline results, a bribery
 * sentencing) and the classes "Left after round 11". Every sentence is invented; each positive row failed before its
 * fix, guards are labelled.
 */

function parse(text: string, publishedAt = '2016-10-20') {
  const parsed = parseArticle(text, { publishedAt });
  const name = (id: string | null) => parsed.actors.find((a) => a.id === id)?.name ?? null;
  return { parsed, claims: parsed.claims.map((c) => ({ ...c, claimant: name(c.claimantId) })) };
}
const claimsOf = (text: string) => parse(text).claims;
const readings = (text: string) => claimsOf(text).map((c) => [c.claimant, c.cue, c.content]);

describe('a clause of time after the cue is the saying\'s circumstance, the quote before it the claim', () => {
  it.each([
    ['"I will look at it at the time," Donald Trump said when the moderator pressed him.', 'Donald Trump', 'I will look at it at the time'],
    ['"This is a sad day," Mayor Ana Ruiz told reporters after the verdict was read.', 'Ana Ruiz', 'This is a sad day'],
    ['"Nobody is above the law," Judge Karen Holt said before she handed down the sentence.', 'Karen Holt', 'Nobody is above the law'],
    ['"We will not back down," Tom Lee said as protesters gathered outside the plant.', 'Tom Lee', 'We will not back down'],
    ['The bridge is safe, Governor Ivo Pohl said on Monday while engineers inspected the cracks.', 'Ivo Pohl', 'The bridge is safe'],
  ])('%s', (text, claimant, content) => {
    expect(readings(text)).toEqual([[claimant, expect.any(String), content]]);
  });

  it.each([
    ['In Gaza, officials said as many as 40 people died.', 'as many as 40 people died'],
    ['Before the vote, Senator Ruth Dale said after a review that the plant was safe.', 'the plant was safe'],
    ['In May, officials said when the dam broke, 40 people died.', 'when the dam broke, 40 people died'],
  ])('guard (passes before the change too): the claim after the cue stays in %s', (text, content) => {
    expect(claimsOf(text).map((c) => c.content)).toEqual([content]);
  });
});

describe('one kin member or an agent noun after "one/a" is an unnamed source', () => {
  it.each([
    ['"He never came home," one mother told the court on Wednesday.', 'mother', 'He never came home'],
    ['One widow said the soldiers had burned the village.', 'widow', 'the soldiers had burned the village'],
    ['A sister told reporters that the police had ignored her calls.', 'sister', 'the police had ignored her calls'],
    ['A contractor told the jury that the payments were bribes.', 'contractor', 'the payments were bribes'],
    ['During the trial, a developer testified that he had paid the mayor.', 'developer', 'he had paid the mayor'],
  ])('%s', (text, claimant, content) => {
    expect(readings(text)).toEqual([[claimant, expect.any(String), content]]);
  });

  it.each([
    '"We want answers," one resident told the court.',
    '"I forgive him," said one mother, who lost two sons.',
  ])('guard (passes before the change too): %s', (text) => {
    expect(claimsOf(text)).toHaveLength(1);
  });

  it.each([
    'A computer error said nothing.',
    'The mother of the victim wept as the verdict was read.',
  ])('guard (passes before the change too): no claim in %s', (text) => {
    expect(claimsOf(text)).toEqual([]);
  });
});
