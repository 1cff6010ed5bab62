import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

/*
 * Round 10 (names), from invented Latin American and Indian election reports: a name the tagger typed a place that
 * wins seats, a majority or an election is a party, not a town the gazetteer knows by that name ("Morena won a
 * majority"); a country that wins a vote stays the state.
 */
/** Cases marked "guard" pass before the change too; they keep it from breaking what worked. */
const GUARD = /^guard \(passes before the change too\): /;

function parse(text: string) {
  return parseArticle(`Report\n\n${text.replace(GUARD, '')}`, { publishedAt: '2026-03-15' });
}

describe('a name that wins seats is a party', () => {
  it('"Morena won a majority in both chambers" gives the party, not the town', () => {
    const parsed = parse('Morena won a majority in both chambers, election officials said.');
    expect(parsed.actors.find((a) => a.name === 'Morena')?.kind).toBe('organization');
    expect(parsed.places.map((p) => p.name)).not.toContain('Morena');
  });

  it('"In the state vote, Vazra took 48 of the 70 seats" gives a party, not a person', () => {
    const parsed = parse('In the state vote, Vazra took 48 of the 70 seats.');
    expect(parsed.actors.find((a) => a.name === 'Vazra')?.kind).toBe('organization');
  });

  it('guard (passes before the change too): "Mexico won the vote to host the games" keeps the state', () => {
    const parsed = parse('Mexico won the vote to host the games.');
    expect(parsed.actors.find((a) => a.name === 'Morena')).toBeUndefined();
    expect(parsed.actors.filter((a) => a.kind === 'organization')).toHaveLength(0);
  });
});
