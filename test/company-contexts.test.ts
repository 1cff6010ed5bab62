import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

// Invented sentences (none from an eval file): companies named where a holding, an employee or an apposition says so.
const parse = (text: string) => parseArticle(text, { publishedAt: '2025-06-02' });
const actors = (text: string) => parse(text).actors.map((a) => `${a.name}/${a.kind}`);
const places = (text: string) => parse(text).places.map((p) => p.name);

describe('a name after "shares in", "a stake in" is a company', () => {
  it.each([
    ['Shares in Skyvora fell 3 percent in early trading.', 'Skyvora'],
    ['Shares of Kelvora rose 5 percent on Monday.', 'Kelvora'],
    ['The fund bought a 10 percent stake in Orvanta last year.', 'Orvanta'],
  ])('%j: %j', (text, name) => {
    expect(actors(text)).toContain(`${name}/organization`);
    expect(places(text)).not.toContain(name);
  });

  it('keeps a known place after "shares in"', () => {
    expect(places('Shares in London closed higher on Friday.')).toContain('London');
  });
});

describe('a name before a staff noun and a person is the employer', () => {
  it.each([
    ['Nordea analyst Petra Lund said the bank would cut jobs.', 'Nordea'],
    ['UBS economist Mark Dunne cut his forecast.', 'UBS'],
    ['Merrill Lynch analyst John Kemp said the loss was wider than expected.', 'Merrill Lynch'],
  ])('%j: %j', (text, name) => {
    expect(actors(text)).toContain(`${name}/organization`);
  });

  it('reads no employer in an adjective or a demonym', () => {
    const found = actors('Senior analyst Petra Lund said the German economist Jan Roth agreed.');
    expect(found.some((a) => /^(?:Senior|German)/.test(a))).toBe(false);
  });
});

describe('appositions and descriptive nouns around a company', () => {
  it('reads a name in apposition to "the <demonym> carrier" as a company', () => {
    const text = 'The group holds a stake in Brevia, the Portuguese carrier that collapsed last year.';
    expect(actors(text)).toContain('Brevia/organization');
    expect(places(text)).not.toContain('Brevia');
  });

  it('reads no body in a demonym before a noun that describes the next name', () => {
    const found = actors('A day earlier, Scandinavian carrier SAS announced a similar move.');
    expect(found).toContain('SAS/organization');
    expect(found.some((a) => a.startsWith('Scandinavian'))).toBe(false);
  });
});
