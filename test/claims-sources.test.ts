import { describe, expect, it } from 'vitest';
import { claimsOf, parseClaims } from './helpers/claims.js';

describe('"according to" a source the entity stage did not name', () => {
  it('makes a group of an unnamed group noun', () => {
    const { claims, parsed } = parseClaims('According to the police, the two trucks had been parked near the depot.');
    expect(claims.map((c) => [c.claimant, c.cue, c.kind, c.content])).toEqual([
      ['police', 'According to', 'report', 'the two trucks had been parked near the depot'],
    ]);
    expect(parsed.actors.find((a) => a.name === 'police')?.kind).toBe('group');
  });

  it('keeps the modifiers of the group', () => {
    const [c] = claimsOf('According to local residents, the river has been empty for weeks.');
    expect(c?.claimant).toBe('local residents');
  });

  it('leaves a reporting noun to its own cue', () => {
    const cs = claimsOf('According to Danish media reports, the ferry was sold.');
    expect(cs.filter((c) => c.cue === 'According to')).toEqual([]);
  });

  it('names nobody in "according to plan" or "according to the report"', () => {
    expect(claimsOf('According to plan, the ferry left at noon.')).toEqual([]);
    expect(claimsOf('According to the schedule, the ferry left at noon.')).toEqual([]);
  });
});
