import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

/*
 * Name classes found by the lead reading invented reports in round 24 (a refugee camp fire). Every sentence here is
 * invented and differs from the probe sentence the class was found with.
 */

function namesOf(body: string) {
  const r = parseArticle(`Invented report\n\n${body}`, { publishedAt: '2024-09-12' });
  return { places: r.places.map((p) => p.name), actors: r.actors.map((a) => a.name) };
}

describe('a town whose name holds a possessive is one place, not an owner and a thing (names.possessive-places)', () => {
  it.each([
    ['Floodwater reached the centre of King\'s Lynn overnight.', 'King\'s Lynn', 'Lynn'],
    ['Ferries from St John\'s were cancelled because of the storm.', 'St John\'s', 'John'],
    ['Aid convoys left Cox\'s Bazar at dawn on Tuesday.', 'Cox\'s Bazar', 'Cox'],
  ])('%s', (body, place, notActor) => {
    const { places, actors } = namesOf(body);
    expect(places).toContain(place);
    expect(actors).not.toContain(notActor);
  });

  it('guard (passes before the change too): a person owning a thing stays a person', () => {
    const { actors, places } = namesOf('Ingrid Tallaksen\'s bakery in Bergen reopened on Monday.');
    expect(actors).toContain('Ingrid Tallaksen');
    expect(places).not.toContain('Ingrid Tallaksen\'s bakery');
  });

  it('guard (passes before the change too): a country owning a town keeps both', () => {
    const { places } = namesOf('Drones struck a depot in Ukraine\'s Poltava region on Sunday.');
    expect(places).toContain('Ukraine');
  });
});
