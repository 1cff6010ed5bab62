import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

/*
 * Name classes found by the lead reading invented reports in round 25 (a prison riot). Every sentence here is
 * invented and differs from the probe sentence the class was found with.
 */

function namesOf(body: string) {
  const r = parseArticle(`Invented report\n\n${body}`, { publishedAt: '2024-09-12' });
  return { places: r.places.map((p) => p.name), actors: r.actors.map((a) => a.name) };
}

describe('a name closed by a facility head is a place, never a body or a person (names.facility-heads)', () => {
  it.each([
    ['The Sandoval Penitentiary was placed under military control on Monday.', 'Sandoval Penitentiary'],
    ['Two inmates escaped from Okelu Central Prison on Sunday night.', 'Okelu Central Prison'],
    ['Warders at Kestrelmoor Prison walked out over pay.', 'Kestrelmoor Prison'],
  ])('%s', (body, place) => {
    const { places, actors } = namesOf(body);
    expect(places).toContain(place);
    expect(actors).not.toContain(place);
  });

  it('a name before a lower-case head is the facility, not a person', () => {
    const { actors, places } = namesOf('Relatives waited outside Taldorin prison for news of the detainees.');
    expect(places).toContain('Taldorin');
    expect(actors).not.toContain('Taldorin');
  });

  it('guard (passes before the change too): a nationality before a lower-case head names no facility', () => {
    const { places } = namesOf('The activist was moved to a Moldovan prison in May after a retrial.');
    expect(places).not.toContain('Moldovan');
  });

  it('guard (passes before the change too): an airport named in full stays one place', () => {
    const { places } = namesOf('Flights were diverted from Amadou Bello International Airport on Friday.');
    expect(places).toContain('Amadou Bello International Airport');
  });

  it('guard (passes before the change too): a company owning a lower-case site stays a company', () => {
    const { actors } = namesOf('Norvell Energy said its refinery near the coast would close in March.');
    expect(actors).toContain('Norvell Energy');
  });
});

describe('a town and its country between commas are two places, the country never acting (names.town-country-apposition)', () => {
  it.each([
    ['Volunteers from Orvalla, Portugal, said the river had risen overnight.', 'Orvalla', 'Portugal'],
    ['Schools in Drenovac, Serbia, were closed on Friday.', 'Drenovac', 'Serbia'],
    ['Officials in Kestova, Croatia, said the bridge was unsafe.', 'Kestova', 'Croatia'],
  ])('%s', (body, town, country) => {
    const { places, actors } = namesOf(body);
    expect(places).toEqual(expect.arrayContaining([town, country]));
    expect(actors).not.toContain(country);
  });

  it('guard (passes before the change too): a town the gazetteer places in that country is a place without a preposition', () => {
    const { places, actors } = namesOf('Heavy snow cut off Halden, Norway, on Sunday.');
    expect(places).toContain('Halden');
    expect(actors).not.toContain('Halden');
  });

  it('guard (passes before the change too): a list of states acting stays governments', () => {
    const { actors } = namesOf('Britain, France, Germany and Italy said they would send aid.');
    expect(actors).toEqual(expect.arrayContaining(['Germany', 'Italy']));
  });
});
