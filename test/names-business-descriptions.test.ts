import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

// Invented sentences (none from an eval file): companies described by their rank or trade, and industrial sites.
const parse = (text: string) => parseArticle(text, { publishedAt: '2003-05-06' });
const actors = (text: string) => parse(text).actors.map((a) => `${a.name}/${a.kind}`);
const places = (text: string) => parse(text).places.map((p) => p.name);

describe('a company in apposition to its rank in a trade', () => {
  it.each([
    ['Tavrona, the world\'s biggest nickel producer, said on Monday its profit fell.', 'Tavrona/organization'],
    ['Quenfield, Peru\'s second-largest steelmaker, cut its forecast.', 'Quenfield/organization'],
  ])('%j gives %j', (text, actor) => {
    const found = actors(text);
    expect(found).toContain(actor);
    expect(found.some((a) => a.endsWith('/person'))).toBe(false);
  });
});

describe('a name before a noun of an industrial site', () => {
  it('is a site, and so is the name joined to it by "and"', () => {
    const text = 'Output at its La Ventana and Socompa mines fell 9 percent. The company also runs the Los Arrayanes smelter.';
    expect(places(text)).toEqual(expect.arrayContaining(['La Ventana', 'Socompa', 'Los Arrayanes']));
    expect(actors(text).some((a) => a.endsWith('/person'))).toBe(false);
  });
});

describe('a name right after a noun of a trade', () => {
  it('is a company, with the name joined to it after a plural noun', () => {
    const found = actors('Rival miners KGX Resources and Tarn Valley have cut output to support prices.');
    expect(found).toContain('KGX Resources/organization');
    expect(found).toContain('Tarn Valley/organization');
  });

  it('reads a company the tagger left out', () => {
    expect(actors('Shares of drugmaker Halma Vesk rose 4 percent in Tokyo.')).toContain('Halma Vesk/organization');
  });
});
