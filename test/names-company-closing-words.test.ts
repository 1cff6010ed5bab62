import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

/*
 * A name the tagger typed a place that ends in a word closing company names ("International", "Group") is a
 * company, and its short form joins it; governed by a locative preposition it stays a place (an airport).
 */
/** Cases marked "guard" pass before the change too; they keep it from breaking what worked. */
const GUARD = /^guard \(passes before the change too\): /;

function parse(text: string) {
  return parseArticle(`Report\n\n${text.replace(GUARD, '')}`, { publishedAt: '2026-03-15' });
}

describe('a place ending in a company-closing word is a company', () => {
  it('"Kestrel International, which supplies ..., said" and "A Kestrel spokesman" are one company', () => {
    const parsed = parse('Kestrel International, which supplies signalling equipment to the network, said its staff would not cross picket lines. A Kestrel spokesman declined to say more.');
    const company = parsed.actors.find((a) => a.name === 'Kestrel International');
    expect(company?.kind).toBe('organization');
    expect(company?.mentions.map((m) => m.text)).toContain('Kestrel');
    expect(parsed.actors.filter((a) => a.kind === 'organization')).toHaveLength(1);
  });

  it('guard (passes before the change too): an airport after "at" stays a place', () => {
    const parsed = parse('Flights at Dulles International were delayed by fog.');
    expect(parsed.places.map((p) => p.name)).toContain('Dulles International');
  });
});
