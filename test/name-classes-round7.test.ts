import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

// Named storms are neither actors nor places (invented sentences; GUM leaves "Cyclone X" untagged).
describe('storm names', () => {
  it.each([
    ['Storm Ciaran battered the coast, killing two people.', 'Ciaran'],
    ['Hurricane Delia killed four people in Florida.', 'Delia'],
    ['Typhoon Haikui made landfall in Taiwan on Sunday.', 'Haikui'],
    ['The remnants of Tropical Storm Bret drenched Jamaica.', 'Bret'],
    ['Cyclone Freddy hit Malawi again, officials said.', 'Freddy'],
  ])('%j: no actor or place is named after the storm', (text, storm) => {
    const a = parseArticle(text, { publishedAt: '2025-06-10' });
    const names = [...a.actors, ...a.places].flatMap((x) => [x.name, ...x.aliases]);
    expect(names.filter((n) => n.includes(storm))).toEqual([]);
  });

  it('keeps the places and people around the storm', () => {
    const a = parseArticle('Hurricane Delia hit Florida, Governor Ana Ruiz said.', { publishedAt: '2025-06-10' });
    expect([a.actors.map((x) => x.name), a.places.map((x) => x.name)]).toEqual([['Ana Ruiz'], ['Florida']]);
  });
});

// A region's name before a lower-case noun of an administrative unit is a place (invented sentences).
describe('places before administrative nouns', () => {
  it.each([
    ['Shelling hit Idlib province on Monday.', 'Idlib'],
    ['A tree fell on a car in the Aisne department.', 'Aisne'],
    ['Floods hit the Kasai province overnight.', 'Kasai'],
    ['Troops advanced in the Zaporizhzhia region.', 'Zaporizhzhia'],
  ])('%j: the region is a place', (text, place) => {
    const a = parseArticle(text, { publishedAt: '2025-06-10' });
    expect([a.places.map((p) => p.name), a.actors.map((x) => x.name).filter((n) => n === place)]).toEqual([[place], []]);
  });

  it.each([
    ['Troops entered Russian territory on Monday.'],
    ['A pro-Velmar district councillor was elected.'],
  ])('%j: a people\'s adjective or a lower-case word makes no place', (text) => {
    expect(parseArticle(text, { publishedAt: '2025-06-10' }).places).toEqual([]);
  });
});

// A place joined by a hyphen to a participle ("Britain-based", "London-born") is a place, not an actor, and the
// participle is no part of its name (invented sentences).
describe('places in hyphenated compounds', () => {
  it('reads "a Britain-based group" as the land, not the government acting', () => {
    const a = parseArticle('The Velmar Observatory, a Britain-based monitoring group, said 23 fighters were killed.', { publishedAt: '2025-06-10' });
    expect([a.actors.some((x) => x.name === 'United Kingdom'), a.places.map((p) => p.name)]).toEqual([false, ['United Kingdom']]);
  });

  it.each([
    ['A London-born banker, Ana Ruiz, said rates would rise.', 'London'],
    ['The Paris-based agency said the talks had failed.', 'Paris'],
  ])('%j: the place is named without its participle', (text, place) => {
    expect(parseArticle(text, { publishedAt: '2025-06-10' }).places.map((p) => p.name)).toEqual([place]);
  });
});

// A name set off by commas after "the capital", "the port city" is that place (invented sentences).
describe('places in apposition to a place noun', () => {
  it.each([
    ['The spokesman told reporters in the capital, Brelov, that the town had fallen.', 'Brelov'],
    ['Fighting reached the port city, Kessa.', 'Kessa'],
  ])('%j: the name is a place', (text, place) => {
    const a = parseArticle(text, { publishedAt: '2025-06-10' });
    expect([a.places.map((p) => p.name), a.actors.some((x) => x.name === place)]).toEqual([[place], false]);
  });

  it('keeps a person in apposition to an office of a place', () => {
    const a = parseArticle('The minister met the president of the region, Ana Ruiz, on Monday.', { publishedAt: '2025-06-10' });
    expect([a.actors.map((x) => x.name), a.places]).toEqual([['Ana Ruiz'], []]);
  });
});

// A common word opening the sentence before a lower-case group noun modifies it (invented sentences).
describe('common words before group nouns', () => {
  it.each([
    ['Aid workers said thousands had fled towards the river.', 'Aid'],
    ['Rescue workers searched the rubble on Monday.', 'Rescue'],
  ])('%j: no organisation is named after the modifier', (text, word) => {
    const a = parseArticle(text, { publishedAt: '2025-06-10' });
    expect(a.actors.filter((x) => x.name === word)).toEqual([]);
  });

  it('keeps a company whose workers are named that way', () => {
    const a = parseArticle('Boeing workers went on strike on Monday.', { publishedAt: '2025-06-10' });
    expect(a.actors.map((x) => x.name)).toContain('Boeing');
  });
});
