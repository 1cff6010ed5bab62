import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

/* Name classes found by the lead reading invented reports in round 18. Every sentence here is invented. */

function actorsOf(body: string) {
  return parseArticle(`Invented report\n\n${body}`, { publishedAt: '2022-09-13' }).actors.map((a) => ({ name: a.name, aliases: a.aliases }));
}

describe('a body named by a country\'s possessive keeps that form, as written, among its names', () => {
  it.each([
    ['Kenya\'s Interior Ministry said two officers had been suspended.', 'Kenyan Interior Ministry', 'Kenya\'s Interior Ministry'],
    ['Peru\'s Foreign Ministry summoned the ambassador on Monday.', 'Peruvian Foreign Ministry', 'Peru\'s Foreign Ministry'],
  ])('%s', (body, name, alias) => {
    expect(actorsOf(body).find((a) => a.name === name)?.aliases).toContain(alias);
  });
});

function placesOf(body: string) {
  return parseArticle(`Invented report\n\n${body}`, { publishedAt: '2022-09-13' }).places.map((p) => p.name);
}

describe('a place before "-area" is the place; its surroundings are no name of their own', () => {
  it.each([
    ['Kordwerk will close its Pittsburgh-area plant next year.', 'Pittsburgh'],
    ['Several Boston-area hospitals were full on Monday.', 'Boston'],
  ])('%s', (body, place) => {
    expect(placesOf(body)).toEqual([place]);
  });
});

function kindOf(body: string, name: string) {
  return parseArticle(`Invented report\n\n${body}`, { publishedAt: '2022-09-13' }).actors.find((a) => a.name === name)?.kind;
}

describe('a name after an industry and "giant" is a company', () => {
  it.each([
    ['Investment fell after a dispute with mining giant Rio Tinto over a copper mine.', 'Rio Tinto'],
    ['The province sued mining giant Vale over the collapsed dam.', 'Vale'],
  ])('%s', (body, name) => {
    expect(kindOf(body, name)).toBe('organization');
  });

  it('guard (passes before the change too): a giant of a field of art stays a person', () => {
    expect(kindOf('Tributes poured in for literary giant Toni Morrison on Tuesday.', 'Toni Morrison')).toBe('person');
  });
});
