import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

/*
 * An acronym right after a state or city names that place's branch of a body ("the Velmar NAACP", "the Texas
 * GOP"); after a country it is a national body of its own ("the UK RAF"); a time zone is no body. Invented reports.
 */
/** Cases marked "guard" pass before the change too; they keep it from breaking what worked. */
const GUARD = /^guard \(passes before the change too\): /;

function parse(text: string) {
  return parseArticle(`Report\n\n${text.replace(GUARD, '')}`, { publishedAt: '2026-03-15' });
}

describe('an acronym after a state or city is its branch of a body', () => {
  it.each([
    ['"This is a victory," said Ana Ruiz, a lawyer for the North Carolina NAACP, which brought the case.', 'North Carolina NAACP'],
    ['The Texas GOP said it would appeal the ruling.', 'Texas GOP'],
    ['The Ohio ACLU sued the state over the new map.', 'Ohio ACLU'],
  ])('%s', (text, body) => {
    const parsed = parse(text);
    expect(parsed.actors.find((a) => a.name === body)?.kind).toBe('organization');
  });

  it.each([
    ['guard (passes before the change too): The UK RAF sent two jets to the region.', 'UK RAF'],
    ['guard (passes before the change too): Polls in Ohio close at 7:30 p.m. EST on Tuesday.', 'Ohio EST'],
  ])('not after a country or before a time zone: %s', (text, joined) => {
    expect(parse(text).actors.map((a) => a.name)).not.toContain(joined);
  });
});
