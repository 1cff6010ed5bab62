import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

/*
 * Classes found by the lead reading invented reports in round 14 (a Tigray offensive, Michigan primaries, carmaker
 * results, a school kidnapping, EU sanctions, an Iranian earthquake, a corruption sentence, Kashmir fire, a gas
 * takeover, an arrest before a march). Every sentence here is invented.
 */

const HEAD = 'Invented report\n\nWednesday, April 8, 2015\n\n';

function parse(body: string) {
  return parseArticle(HEAD + body, { publishedAt: '2015-04-08' });
}

function actorsOf(body: string): string[] {
  return parse(body).actors.map((a) => `${a.kind}:${a.name}${a.aliases.length > 0 ? ` aka ${[...a.aliases].sort().join('|')}` : ''}`);
}

function placesOf(body: string): string[] {
  return parse(body).places.map((p) => p.name);
}

describe('a company named after a town, written without its industry word, is the company', () => {
  it.each([
    ['Toyota Motor Corp. said on Friday that net profit fell. Toyota kept its forecast unchanged.', 'Toyota'],
    ['Hitachi Chemical said sales fell in the quarter. Hitachi shares slipped 2 percent.', 'Hitachi'],
    ['Nagoya Electric Co. raised its dividend. Shares of Nagoya rose 3 percent.', 'Nagoya'],
  ])('%s', (body, short) => {
    const companies = parse(body).actors.filter((a) => a.kind === 'organization');
    expect(companies).toHaveLength(1);
    expect(companies[0]?.aliases).toContain(short);
  });
});

describe('a body the tagger cut before its head word runs to the head', () => {
  it.each([
    ['Shares of Honda ended 2 percent higher on the Tokyo Stock Exchange before the results were released.', 'Tokyo Stock Exchange'],
    ['Copper rose on the Shanghai Futures Exchange after the central bank acted.', 'Shanghai Futures Exchange'],
  ])('%s', (body, name) => {
    expect(parse(body).actors.map((a) => a.name)).toContain(name);
  });
});

describe('a bracketed acronym spells out where a body\'s name begins', () => {
  it.each([
    ['The Forum for Democratic Change (FDC) said its leader had been arrested.', 'Forum for Democratic Change'],
    ['Police raided the offices of the Forum for Democratic Change (FDC) on Friday.', 'Forum for Democratic Change'],
  ])('%s', (body, name) => {
    const names = parse(body).actors.map((a) => a.name);
    expect(names).toContain(name);
    expect(names).not.toContain('Democratic Change');
  });
});

describe('a body named after "according to" is no place', () => {
  it.each([
    ['The quake struck at dawn, about 30 kilometres south of the city, according to the United States Geological Survey.', 'United States Geological Survey'],
    ['Two aftershocks followed within the hour, according to the United States Geological Survey.', 'United States Geological Survey'],
  ])('%s', (body, name) => {
    expect(parse(body).actors.map((a) => a.name)).toContain(name);
    expect(placesOf(body)).not.toContain(name);
  });
});

describe('staff "at" a name the gazetteer knows only as a village work for that body', () => {
  it.each([
    ['Analysts at Bernstein said the price was too high.', 'Bernstein'],
    ['Researchers at Stanford said the drug worked in mice.', 'Stanford'],
  ])('%s', (body, name) => {
    expect(actorsOf(body)).toContain(`organization:${name}`);
    expect(placesOf(body)).not.toContain(name);
  });

  it('guard (passes before the change too): staff at a large city are placed there', () => {
    expect(placesOf('Doctors at Kampala said the outbreak was slowing.')).toContain('Kampala');
  });
});

describe('a name opening with a body\'s word in another language is no person', () => {
  it.each([
    ['Grupo Ferrán reported a loss. Executives at Ferrán blamed the peso.', 'Grupo Ferrán'],
    ['Banco Sabadell raised its forecast on Tuesday.', 'Banco Sabadell'],
    ['Compagnie Moreau posted record sales.', 'Compagnie Moreau'],
  ])('%s', (body, name) => {
    const actor = parse(body).actors.find((a) => a.name === name);
    expect(actor?.kind).toBe('organization');
  });
});

describe('the last word of a company\'s name stands for the company', () => {
  it.each([
    ['Royal Dutch Shell sold the field. Shares of Shell fell after the sale.', 'Shell'],
    ['Grupo Televisa cut its forecast. Shares of Televisa fell 4 percent.', 'Televisa'],
  ])('%s', (body, short) => {
    const companies = parse(body).actors.filter((a) => a.kind === 'organization');
    expect(companies).toHaveLength(1);
    expect(companies[0]?.aliases).toContain(short);
  });
});

describe('a Portuguese name is shortened to the word before "da", "do" or "dos" and the last surname', () => {
  it.each([
    ['President Luiz Inacio Lula da Silva flew over the region. Lula told reporters the state would get aid.', 'Lula'],
    ['Governor Antonio Carlos Braga dos Santos visited the flooded towns on Sunday. Braga said federal aid would arrive within days.', 'Braga'],
  ])('%s', (body, short) => {
    const persons = parse(body).actors.filter((a) => a.kind === 'person');
    expect(persons).toHaveLength(1);
    expect(persons[0]?.aliases).toContain(short);
  });
});
