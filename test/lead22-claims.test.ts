import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

/*
 * Claim classes found by the lead reading invented reports in round 22 (a British budget row). Every sentence here is
 * invented and differs from the probe sentences the classes were found with.
 */

function claimsOf(body: string) {
  const r = parseArticle(`Invented report\n\n${body}`, { publishedAt: '2024-09-12' });
  const name = new Map(r.actors.map((a) => [a.id, a.name]));
  return r.claims.map((c) => ({ speaker: c.claimantId ? name.get(c.claimantId) ?? '' : '', cue: c.cue, content: c.content }));
}

describe('a participle "Asked ..." opening the sentence is the question somebody else put, and the answer is the claim', () => {
  it.each([
    ['The union said its members had lost faith in Mr Halloran. Asked whether the depot would close, the company\'s spokeswoman said: "No decision has been made."', 'No decision'],
    ['Drivers said they had written to Mr Okoro twice. Asked whether the route would be cut, the operator\'s spokesman said: "The timetable is under review."', 'The timetable'],
  ])('%s', (body, answer) => {
    const claims = claimsOf(body);
    expect(claims.map((c) => c.cue.toLowerCase())).not.toContain('asked');
    expect(claims.find((c) => c.content.startsWith(answer))?.cue).toBe('said');
  });

  it('guard (passes before the change too): "asked whether" after its subject is the asker\'s question', () => {
    expect(claimsOf('Senator Ilka Brandt asked whether the audit had been finished.').map((c) => c.cue)).toContain('asked');
  });
});

describe('a speaker described by a role is not the next person named with a description of another role', () => {
  it('the governor\'s spokeswoman is not the Greens\' spokesman named in the next paragraph', () => {
    const claims = claimsOf(
      'Water rationing began on Monday.\n\nThe Governor\'s official spokeswoman said: "The reservoirs are nearly empty."\n\n'
      + 'The Greens\' environment spokesman, Tomas Reyes, said the drought had been foreseen.',
    );
    expect(claims.find((c) => c.content.startsWith('The reservoirs'))?.speaker).not.toBe('Tomas Reyes');
    expect(claims.find((c) => c.content.startsWith('the drought'))?.speaker).toBe('Tomas Reyes');
  });

  it('guard (passes before the change too): the same role named later is the described speaker', () => {
    const claims = claimsOf(
      'Border crossings reopened on Monday.\n\nVelmaria\'s chief negotiator said the sides were closer.\n\nThe negotiator, Ana Velk, told reporters that a deal could come soon.',
    );
    expect(claims.find((c) => c.content.startsWith('the sides'))?.speaker).toBe('Ana Velk');
  });
});
