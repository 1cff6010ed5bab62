import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

/*
 * Hyphenated place names the tokenizer cuts are one place; a wire dateline's city is a place even when a country
 * named below holds its word; capitalised words ending in a region's adjective modify a noun and name no body;
 * a party before "MP" and honours after a name are no part of it. Invented names and reports.
 */
/** Cases marked "guard" pass before the change too; they keep it from breaking what worked. */
const GUARD = /^guard \(passes before the change too\): /;

function parse(text: string, publishedAt = '2026-03-15') {
  return parseArticle(`Report\n\n${text.replace(GUARD, '')}`, { publishedAt });
}

describe('a hyphenated place name is one place', () => {
  it.each([
    ['Soldiers in Guinea-Bissau seized the radio station on Monday.', 'Guinea-Bissau'],
    ['Flights to Port-au-Prince were cancelled after the storm.', 'Port-au-Prince'],
    ['guard (passes before the change too): Fishermen from Timor-Leste were detained at sea.', 'Timor-Leste'],
  ])('%s', (text, place) => {
    expect(parse(text).places.map((p) => p.name)).toEqual([place]);
  });
});

describe("a dateline's city stays a place beside a country that holds its word", () => {
  it('BISSAU above Guinea-Bissau', () => {
    const parsed = parse('BISSAU, Nov 27 (Reuters) - Soldiers in Guinea-Bissau said they had closed the borders.');
    expect(parsed.places.map((p) => p.name.toLowerCase()).sort()).toEqual(['bissau', 'guinea-bissau']);
  });
});

describe("a region's adjective before a noun names no body", () => {
  it.each([
    ['The Pan-Ocean Council and the West African bloc Velcom condemned the takeover.', 'West African'],
    ['guard (passes before the change too): The Arctic Forum and the South American trade bloc Mersa signed a pact.', 'South American'],
  ])('%s', (text, modifier) => {
    const parsed = parse(text);
    expect(parsed.actors.map((a) => a.name)).not.toContain(modifier);
  });

  it('guard (passes before the change too): the adjective is no short form of a body it opens', () => {
    const parsed = parse('The African Union and the West African bloc Velcom condemned the takeover.');
    const union = parsed.actors.find((a) => a.name === 'African Union');
    expect(union?.mentions.map((m) => m.text)).toEqual(['African Union']);
  });
});

describe('party before "MP" and honours after a name', () => {
  it.each([
    ['Labour MP Nadia Rahman called for a review of the rules.', 'Nadia Rahman'],
    ['guard (passes before the change too): Conservative MP Tom Reed said he would resign.', 'Tom Reed'],
    ['Nadia Rahman MP said the rules had been broken.', 'Nadia Rahman'],
    ['Simon Pryce KC said his client would appeal.', 'Simon Pryce'],
    ["The family's lawyer, Tom Brandt KC, said they would sue.", 'Tom Brandt'],
  ])('%s', (text, person) => {
    const parsed = parse(text);
    expect(parsed.actors.filter((a) => a.kind === 'person').map((a) => a.name)).toEqual([person]);
    const speakers = parsed.claims.map((c) => parsed.actors.find((a) => a.id === c.claimantId)?.name);
    expect(speakers).toEqual([person]);
  });
});

describe("a country's short name is the country the article names in full with it", () => {
  it('"Congo" after "the Democratic Republic of Congo" is DR Congo', () => {
    const parsed = parse('An outbreak in the Democratic Republic of Congo spread to its neighbours. More than 500 deaths were reported in Congo this year.');
    expect(parsed.places.map((p) => p.name)).toEqual(['DR Congo']);
  });

  it('guard (passes before the change too): a country with the word as its own name stays', () => {
    const parsed = parse('Soldiers in Guinea-Bissau seized power. Flights to Guinea were cancelled.');
    expect(parsed.places.map((p) => p.name).sort()).toEqual(['Guinea', 'Guinea-Bissau']);
  });
});
