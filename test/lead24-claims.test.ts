import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

/*
 * Claim classes found by the lead reading invented reports in round 24. Every sentence here is invented and differs
 * from the probe sentences the classes were found with.
 */

function claimsOf(body: string) {
  const r = parseArticle(`Invented report\n\n${body}`, { publishedAt: '2024-09-12' });
  const name = new Map(r.actors.map((a) => [a.id, a.name]));
  return r.claims.map((c) => ({ speaker: c.claimantId ? name.get(c.claimantId) ?? '' : '', cue: c.cue, content: c.content }));
}

describe('a pronoun\'s role with no antecedent is an unnamed source, not a lost claim (speaker/possessed-role-unresolved)', () => {
  it.each([
    ['The mayor stepped down on Tuesday, his spokesman said.', 'The mayor stepped down', 'spokesman'],
    ['The singer postponed the concerts, her manager said.', 'The singer postponed', 'manager'],
    ['The trawler was towed back to port, its owner said.', 'The trawler was towed', 'owner'],
    ['Two nurses were released unharmed, their employer said on Sunday.', 'Two nurses were released', 'employer'],
    ['The factory will reopen in May, its director said.', 'The factory will reopen', 'director'],
    ['The cyclist will not race again this year, his longtime coach said.', 'The cyclist will not race', 'longtime coach'],
    ['Her family said the student had not been charged.', 'the student had not been charged', 'family'],
  ])('%s', (body, content, speaker) => {
    expect(claimsOf(body).find((c) => c.content.startsWith(content))?.speaker).toBe(speaker);
  });

  it('guard (passes before the change too): a pronoun with a named antecedent still speaks for it', () => {
    const claims = claimsOf('Senator Ilse Marten will not run again, her spokeswoman said.');
    expect(claims.find((c) => c.content.startsWith('Senator Ilse Marten will not'))?.speaker).toBe('Ilse Marten');
  });

  it('guard (passes before the change too): a possessed thing that names no source makes no speaker', () => {
    expect(claimsOf('The road was closed and their car said nothing.').map((c) => c.speaker)).not.toContain('car');
  });
});

describe('a role speaking for something nobody named is an unnamed source (speaker/role-for-unnamed)', () => {
  it.each([
    ['The tanker was refloated overnight, a spokeswoman for the salvage crew said.', 'The tanker was refloated', 'spokeswoman for the salvage crew'],
    ['A lawyer for the bus driver said he would appeal the fine.', 'he would appeal', 'lawyer for the bus driver'],
    ['The pilots were never told of the fault, an attorney for the estate said.', 'The pilots were never told', 'attorney for the estate'],
  ])('%s', (body, content, speaker) => {
    expect(claimsOf(body).find((c) => c.content.startsWith(content))?.speaker).toBe(speaker);
  });

  it('guard (passes before the change too): a named body after "for" speaks through the role', () => {
    const claims = claimsOf('A spokesman for Dunmore Freight said the vessel was insured.');
    expect(claims.find((c) => c.content.startsWith('the vessel'))?.speaker).toBe('Dunmore Freight');
  });
});
