import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

// Invented sentences (none from an eval file): given names that are also places, and persons set before their office.
const parse = (text: string) => parseArticle(text, { publishedAt: '2025-06-02' });
const actors = (text: string) => parse(text).actors.map((a) => `${a.name}/${a.kind}`);
const places = (text: string) => parse(text).places.map((p) => p.name);

describe('a name set before an apposition whose head is an office is a person', () => {
  it.each([
    ['Georgia Pratt, a spokeswoman for the port authority, said the ships would sail.', 'Georgia Pratt'],
    ['Chelsea Lane, an adviser to the mayor, said the plan was dead.', 'Chelsea Lane'],
    ['Jordan Keel, a lawyer for the family, said they would appeal.', 'Jordan Keel'],
  ])('%j: %j', (text, name) => {
    expect(actors(text)).toContain(`${name}/person`);
    expect(places(text)).not.toContain(name);
  });

  it('keeps a body in apposition to a body', () => {
    expect(actors('Halden Shipping, a unit of the Velmar Group, said profits rose.')).not.toContain('Halden Shipping/person');
  });
});

describe('a given name that is also a place, before a surname, is a person', () => {
  it.each([
    ['Georgia Mills of the rail union said members would strike.', 'Georgia Mills'],
  ])('%j: %j', (text, name) => {
    expect(actors(text)).toContain(`${name}/person`);
    expect(places(text)).not.toContain(name);
  });

  it('keeps a place after a preposition of place', () => {
    expect(places('Flooding closed roads in Georgia on Monday.')).toContain('Georgia');
  });
});
