import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

/*
 * Round 10 (names), from invented aviation-accident reports: a capital that is a journey's destination ("bound for
 * London", "heading to Kampala") is the place, not a government acting, though a verb follows it ("a jet bound for
 * London crashed"): the verb's subject is the vehicle.
 */
/** Cases marked "guard" pass before the change too; they keep it from breaking what worked. */
const GUARD = /^guard \(passes before the change too\): /;

function parse(text: string) {
  return parseArticle(`Report\n\n${text.replace(GUARD, '')}`, { publishedAt: '2026-03-15' });
}

describe('a journey\'s destination is a place', () => {
  it('"a cargo plane bound for Nairobi crashed" gives the place Nairobi and no government', () => {
    const parsed = parse('A cargo plane bound for Nairobi crashed shortly after takeoff on Monday.');
    expect(parsed.places.map((p) => p.name)).toContain('Nairobi');
    expect(parsed.actors.filter((a) => a.kind === 'government')).toHaveLength(0);
  });

  it('"a cargo ship bound for Lima ran aground" gives the place Lima and no government', () => {
    const parsed = parse('A cargo ship bound for Lima ran aground.');
    expect(parsed.places.map((p) => p.name)).toContain('Lima');
    expect(parsed.actors.filter((a) => a.kind === 'government')).toHaveLength(0);
  });

  it('guard (passes before the change too): "a bus heading to Kampala overturned" gives the place Kampala', () => {
    const parsed = parse('A crowded bus heading to Kampala overturned near a bridge, police said.');
    expect(parsed.places.map((p) => p.name)).toContain('Kampala');
    expect(parsed.actors.filter((a) => a.kind === 'government')).toHaveLength(0);
  });

  it('guard (passes before the change too): "Nairobi said it would" is the government', () => {
    const parsed = parse('Nairobi said it would send a team to the crash site.');
    expect(parsed.actors.filter((a) => a.kind === 'government').map((a) => a.name)).toContain('Kenya');
  });
});
