import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

/*
 * Round 10 (names), from invented 1990s business newswire: a market named after its city is one body ("the New York
 * Stock Exchange", "the London Metal Exchange"), where the tagger proposed the city alone.
 */
function parse(text: string) {
  return parseArticle(`Report\n\n${text}`, { publishedAt: '2026-03-15' });
}

describe('exchanges named after their city', () => {
  it('"rose $1.25 on the New York Stock Exchange" gives the exchange, not the city', () => {
    const parsed = parse('Bestfoods stock rose $1.25 to $72.50 on the New York Stock Exchange.');
    expect(parsed.actors.map((a) => a.name)).toContain('New York Stock Exchange');
    expect(parsed.places.map((p) => p.name)).not.toContain('New York');
  });

  it('"It listed on the London Stock Exchange in 2010" gives the exchange', () => {
    const parsed = parse('It listed on the London Stock Exchange in 2010.');
    expect(parsed.actors.map((a) => a.name)).toContain('London Stock Exchange');
  });
});
