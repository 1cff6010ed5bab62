import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

/*
 * A firm's name written with an ampersand ("Harlow & Pike", "Merrick Lane & Co.") is one organisation, not its
 * founders as persons; the legal form after the ampersand is no part of the record's name. Abbreviations ("R&D",
 * "M&A") are no names. Invented firms.
 */
function actors(text: string): [string, string][] {
  return parseArticle(`Banks merge\n\n${text}`, { publishedAt: '2008-09-15' }).actors.map((a) => [a.kind, a.name]);
}

describe('names joined by an ampersand', () => {
  it.each([
    ['Velmar Bank agreed on Sunday to buy Merrick Lane & Co. for $50 billion.', ['organization', 'Merrick Lane']],
    ['Shares of Harlow & Harlow rose 2 percent on Monday.', ['organization', 'Harlow & Harlow']],
    ['Analysts said Dorsey & Whitcombe would cut 500 jobs.', ['organization', 'Dorsey & Whitcombe']],
  ])('%s', (text, expected) => {
    expect(actors(text)).toContainEqual(expected);
  });

  it('guard (passes before the change too): founders are no persons', () => {
    expect(actors('Shares of Harlow & Harlow rose, and Dorsey & Whitcombe said sales fell.').filter(([kind]) => kind === 'person')).toEqual([]);
  });

  it('authors cited with a year stay persons', () => {
    expect(actors('The effect was shown before (Dorsey & Whitcombe, 2010).').map(([, name]) => name)).not.toContain('Dorsey & Whitcombe');
  });

  it('guard (passes before the change too): abbreviations with an ampersand are no names', () => {
    expect(actors('Spending on R&D rose, and M&A activity slowed, Dorsey Whitcombe said.').map(([, name]) => name)).not.toContainEqual(expect.stringMatching(/&/));
  });
});
