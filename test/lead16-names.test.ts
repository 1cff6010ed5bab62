import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

/*
 * Name classes found by the lead reading invented reports in round 16 (a bombing by an armed group, a rebel
 * faction's statement). Every sentence here is invented.
 */

const HEAD = 'Invented report\n\nTuesday, May 2, 2017\n\n';

function actorNames(body: string): string[] {
  return parseArticle(HEAD + body, { publishedAt: '2017-05-02' }).actors.map((a) => a.name);
}

describe('a doctrine\'s adjective before a body noun describes the body and names none', () => {
  it.each([
    ['The Islamist group said it carried out the attack on the base.', 'Islamist'],
    ['Fighters of the Maoist faction ambushed a police patrol on Monday.', 'Maoist'],
    ['The Salafist movement called for calm after the vote.', 'Salafist'],
  ])('%s', (body, word) => {
    expect(actorNames(body)).not.toContain(word);
  });
  it('guard (passes before the change too): a one-word name before "group" is still the group', () => {
    expect(actorNames('Fighters of the Vardan group attacked the town on Monday.')).toContain('Vardan');
  });
});

function kindOf(body: string, name: string): string | undefined {
  const parsed = parseArticle(HEAD + body, { publishedAt: '2017-05-02' });
  if (parsed.places.some((p) => p.name === name)) return 'place';
  return parsed.actors.find((a) => a.name === name)?.kind;
}

describe('a name of several words joined to a place a locative preposition governs is a place', () => {
  it.each([
    ['The army said it had hit weapons depots in Tarvos City and Khan Velar.', 'Khan Velar'],
    ['Police reported raids near Port Ardis and Ali Sabra on Monday.', 'Ali Sabra'],
  ])('%s', (body, name) => {
    expect(kindOf(body, name)).toBe('place');
  });
  it('guard (passes before the change too): a person opening a clause after "and" stays a person', () => {
    expect(kindOf('Talks opened in Oslo and Ana Ruiz said nothing would change.', 'Ana Ruiz')).toBe('person');
  });
});

describe('a speaker whose name opens with an adjective is a body, not a person', () => {
  it.each([
    ['Islamic Resistance said it would continue to respond to the raids.', 'Islamic Resistance'],
    ['Islamic Jihad said the truce was over.', 'Islamic Jihad'],
  ])('%s', (body, name) => {
    expect(kindOf(body, name)).toBe('organization');
  });
});

describe('a known city opening with a given name and a particle stays a place', () => {
  it.each([
    ['Protests spread to Rio de Janeiro on Monday.', 'Rio de Janeiro'],
    ['The delegation flew from Rio de Janeiro to Lisbon on Sunday.', 'Rio de Janeiro'],
  ])('%s', (body, name) => {
    expect(kindOf(body, name)).toBe('place');
  });
  it('guard (passes before the change too): a given name, particles and a surname stay a person', () => {
    expect(kindOf('Maria de la Vega said the talks would resume.', 'Maria de la Vega')).toBe('person');
  });
});

describe('a given name before a particle joins the surname the tagger proposed after it', () => {
  it.each([
    ['Officers said the teenager, Kian delos Santos, had fired at them.', 'Kian delos Santos'],
  ])('%s', (body, name) => {
    expect(kindOf(body, name)).toBe('person');
  });
  it.each([
    ['The Dutch minister Jan van der Velde resigned on Monday.', 'Jan van der Velde'],
    ['Police said the suspect, Luis de la Fuente, was arrested.', 'Luis de la Fuente'],
  ])('guard (passes before the change too): %s', (body, name) => {
    expect(kindOf(body, name)).toBe('person');
  });
});

describe('a region\'s adjective before a noun names no body or place', () => {
  it.each([
    ['Halvorsen gives us a strong platform in the Nordic markets, the chief executive said.', 'Nordic'],
  ])('%s', (body, word) => {
    expect(actorNames(body)).not.toContain(word);
  });
  it('the group owns stores across the Nordic region: no place "Nordic"', () => {
    expect(kindOf('The group owns stores across the Nordic region, its chief executive said.', 'Nordic')).toBeUndefined();
  });
  it('guard (passes before the change too): Scandinavian carriers cut fares again on Monday', () => {
    expect(actorNames('Scandinavian carriers cut fares again on Monday, the airline said.')).not.toContain('Scandinavian');
  });
  it('guard (passes before the change too): a body whose name opens with the adjective stays', () => {
    expect(actorNames('The European Union said the talks would resume.')).toContain('European Union');
  });
});
