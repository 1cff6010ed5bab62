import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

/*
 * A place that opens an institution's name is part of that name ("the Velmar Civil Rights Project"), and a weekday
 * written right after a place without "on" is a time, not part of the place ("in Accra Friday"). Invented names.
 */
function parse(text: string) {
  return parseArticle(`Report\n\n${text}`, { publishedAt: '2026-03-15' });
}

describe('a place opening an institution name is the institution', () => {
  it.each([
    ['"This law is cruel," said Ana Ruiz of the Texas Civil Rights Project.', 'Texas Civil Rights Project'],
    ['The Ohio Democratic Party said the count was fair.', 'Ohio Democratic Party'],
    ['Officers of the Velmar Department of Public Safety arrested two men.', 'Velmar Department of Public Safety'],
  ])('%s', (text, body) => {
    const parsed = parse(text);
    expect(parsed.actors.filter((a) => a.kind === 'organization').map((a) => a.name)).toEqual([body]);
    expect(parsed.places).toEqual([]);
  });
});

describe('a weekday after a place is no part of it', () => {
  it.each([
    ['Rain fell in Texas Monday.', 'Texas'],
    ['Troops entered Accra Friday after a week of fighting.', 'Accra'],
    ['Protesters marched through Quito Sunday.', 'Quito'],
  ])('%s', (text, place) => {
    const parsed = parse(text);
    expect(parsed.places.map((p) => p.name)).toEqual([place]);
  });

  it.each([
    'Shoppers crowded the stores on Black Friday.',
    'Candidates campaigned hard before Super Tuesday.',
  ])('keeps a named day whole: %s', (text) => {
    expect(parse(text).places).toEqual([]);
  });
});

/* A one-word name listed after a place is a place too when the rule layer reads it so. Invented sentences. */
describe('a name listed with places', () => {
  it.each([
    ['The campaign will send the senator to Cleveland and Dayton this weekend.', ['Cleveland', 'Dayton']],
    ['Protests spread from Lyon to Nantes and Lille on Monday.', ['Lyon', 'Nantes', 'Lille']],
  ])('%s', (text, places) => {
    const parsed = parse(text);
    expect(parsed.places.map((p) => p.name)).toEqual(places);
    expect(parsed.actors.filter((a) => a.kind === 'person').map((a) => a.name)).not.toContain(places[places.length - 1]);
  });
});

/* A number after "the" that opens a body's name is part of it. Invented and general names. */
describe('a numbered body keeps its number', () => {
  it.each([
    ['Sir Tom Reyes, chairman of the 1922 Committee, met the minister.', '1922 Committee'],
    ['Troops of the 82nd Airborne Division arrived on Monday.', '82nd Airborne Division'],
    ['The 2019 Democratic Party platform was adopted.', 'Democratic Party'],
  ])('%s', (text, body) => {
    expect(parse(text).actors.filter((a) => a.kind === 'organization').map((a) => a.name)).toEqual([body]);
  });
});
