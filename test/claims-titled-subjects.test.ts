import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers/claims.js';

// A title with its modifiers and a named possessor as the subject of a cue (invented sentences).
describe('titled subjects: "<Country>\'s foreign minister said"', () => {
  it.each([
    ["Ardenia's foreign minister said the talks would resume.", "Ardenia's foreign minister", 'the talks would resume'],
    ["Velmar's defence minister warned that the operation could widen.", "Velmar's defence minister", 'the operation could widen'],
    ["Kavaria's prime minister told reporters the border would stay closed.", "Kavaria's prime minister", 'the border would stay closed'],
  ])('%j: an unnamed official speaks as described', (text, claimant, content) => {
    const cs = claimsOf(text);
    expect(cs.map((c) => [c.claimant, c.content])).toEqual([[claimant, content]]);
  });

  it('goes to the one person the article names with that title', () => {
    const cs = claimsOf("Foreign Minister Sameh Kamal of Ardenia arrived in Velmar on Monday. Ardenia's foreign minister called on both sides to show restraint.");
    expect(cs.map((c) => [c.claimant, c.cue])).toEqual([['Sameh Kamal', 'called on']]);
  });

  it('makes no speaker when several persons hold the title', () => {
    const cs = claimsOf("President Ivo Lind met President Ana Ruiz. Ardenia's president said the talks were useful.");
    expect(cs.map((c) => c.claimant)).toEqual([]);
  });

  it('makes no speaker from a common-noun possessor with no holder named', () => {
    expect(claimsOf("The country's prime minister said the talks would resume.")).toEqual([]);
  });
});
