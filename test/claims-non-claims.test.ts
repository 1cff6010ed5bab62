import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers/claims.js';

// "call" convenes a gathering or judges something; only the judgement and "call for/on" are claims (invented sentences).
describe('"called" a gathering is no claim', () => {
  it.each([
    ["The pilots' union called a strike ballot for next month."],
    ['President Ana Ruiz called snap elections for June.'],
    ['Governor Lisa Marr called a press conference on Monday.'],
    ['Rebels called a unilateral ceasefire on Monday.'],
  ])('%j: no claim', (text) => {
    expect(claimsOf(text)).toEqual([]);
  });

  it.each([
    ['Senator Ivo Lind called the election a sham.', 'assessment'],
    ['Kessler Group called the strike ballot unlawful.', 'assessment'],
    ['The opposition called for a general strike.', 'call'],
  ])('%j: a judgement or a call stays a claim', (text, kind) => {
    expect(claimsOf(text).map((c) => c.kind)).toEqual([kind]);
  });
});

describe('a negated cue with nothing after it', () => {
  it.each([
    ['President Grace Tembo, who is seeking a third term, has not commented.'],
    ['Governor Lisa Marr has not yet responded.'],
    ["Mayor Lena Brook didn't comment."],
  ])('%j: no claim, and never its subject as content', (text) => {
    expect(claimsOf(text)).toEqual([]);
  });

  it('keeps a claim before a cue that is not negated', () => {
    expect(claimsOf('The plan is dead, Mayor Lena Brook said.').map((c) => c.content)).toEqual(['The plan is dead']);
  });
});

describe('rebuttal and aside cues report only before "that", a clause or a quote', () => {
  it.each([
    ['Her adviser, Tom Vale, countered that the cuts would pay for themselves.', 'countered', 'the cuts would pay for themselves'],
    ['Senator Ana Ruiz charged that the vote was rigged.', 'charged', 'the vote was rigged'],
    ['Governor Lisa Marr lamented that the bill had stalled.', 'lamented', 'the bill had stalled'],
  ])('%j: a claim', (text, cue, content) => {
    expect(claimsOf(text).map((c) => [c.cue, c.content])).toEqual([[cue, content]]);
  });

  it.each([
    ['Police charged Ana Ruiz with fraud.'],
    ['The army countered the attack with artillery.'],
    ['Governor Lisa Marr joked about her age.'],
  ])('%j: no claim', (text) => {
    expect(claimsOf(text)).toEqual([]);
  });
});

describe('wire-copy sources and channels (round 7, lead)', () => {
  it.each([
    ['"They came from the bush," Mayor Ana Diallo said by telephone.', 'They came from the bush'],
    ['"We are safe," Mayor Ana Diallo said by phone on Tuesday.', 'We are safe'],
  ])('%j: the channel after a postposed cue is no content', (text, content) => {
    expect(claimsOf(text).map((c) => c.content)).toEqual([content]);
  });

  it.each([
    ['The UN mission in Velmar condemned the attack.', 'UN mission'],
    ['The EU delegation said the vote was fair.', 'EU delegation'],
  ])('%j: a mission or delegation speaks', (text, claimant) => {
    expect(claimsOf(text).map((c) => c.claimant)).toEqual([claimant]);
  });
});

describe('a subject before a relative clause set off by commas', () => {
  it.each([
    ['Velmar Air posted a loss. The airline, which is part-owned by the governments of Sweden and Norway, blamed the loss on fuel costs.', 'Velmar Air'],
    ['Velmar Air posted a loss. The company, which employs 3,000 people in Norway, said it would cut jobs.', 'Velmar Air'],
    ['Senator Ana Ruiz, who met President Ivo Lind on Monday, said the talks were useful.', 'Ana Ruiz'],
  ])('%j: the phrase before the clause speaks, never a name inside it', (text, claimant) => {
    expect(claimsOf(text).map((c) => c.claimant)).toEqual([claimant]);
  });
});
