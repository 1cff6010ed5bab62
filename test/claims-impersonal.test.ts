import { describe, expect, it } from 'vitest';
import { claimsOf, parseClaims } from './helpers/claims.js';

const read = (body: string) => claimsOf(body).map((c) => [c.claimant, c.cue, c.kind, c.content]);

describe('attributions with no named speaker (claimant `*`)', () => {
  it('reads "it was alleged that" with no claimant', () => {
    expect(read('Inspectors visited the depot in March. It was alleged that the operator ignored safety warnings for years.')).toEqual([
      [null, 'alleged', 'report', 'the operator ignored safety warnings for years'],
    ]);
  });

  it('reads "it is widely believed" without "that"', () => {
    expect(read('It is widely believed the canal will close before winter.')).toEqual([
      [null, 'believed', 'assessment', 'the canal will close before winter'],
    ]);
  });

  it('reads a postposed "it was reported" as attributing what precedes', () => {
    expect(read('The ferry port of Kessand reopened on Friday, it was reported on Saturday.')).toEqual([
      [null, 'reported', 'report', 'The ferry port of Kessand reopened on Friday'],
    ]);
  });

  it('reads a raising passive and keeps its subject in the claim', () => {
    expect(read('The missing trawler is reported to have sunk near the northern reef.')).toEqual([
      [null, 'reported', 'report', 'The missing trawler is reported to have sunk near the northern reef'],
    ]);
  });

  it('does not give a raising passive to the person it is about', () => {
    // the gold convention: the claimant is who made the claim; "she" is only what it is about
    const { parsed, claims } = parseClaims('Dr. Mara Velis missed the summit in Oslo. She was said to be ill.');
    const velis = parsed.actors.find((a) => a.name === 'Mara Velis');
    expect(velis).toBeDefined();
    expect(claims.map((c) => [c.claimantId, c.cue])).toEqual([[null, 'said']]);
  });

  it('reads no claim into a relative clause that hedges a detail, nor into "reportedly"', () => {
    expect(read('The contract, which is believed to be worth two billion euros, was signed in Lyon.')).toEqual([]);
    expect(read('The deputy minister reportedly resigned after the vote.')).toEqual([]);
  });

  it('ignores "it is said" inside a quoted title', () => {
    expect(read('The choir sang "It Is Said That Rivers Remember" at the opening.')).toEqual([]);
  });

  it('leaves an impersonal report inside reported speech to the outer claim', () => {
    expect(read('Mayor Ines Calder said that it was believed the dam would hold.')).toEqual([
      ['Ines Calder', 'said', 'statement', 'it was believed the dam would hold'],
    ]);
  });

  it('leaves an agentive passive, a referential "it" and verbs of knowing alone', () => {
    expect(claimsOf('It was reported by the coastguard that two boats sank.').filter((c) => c.claimantId === null)).toEqual([]);
    expect(read('The tunnel cost more than planned, and it was expected to.')).toEqual([]);
    expect(read('It is known that the bridge is old.')).toEqual([]);
  });
});
