import { describe, expect, it } from 'vitest';
import type { Actor } from '../src/schema/actor.js';
import { organisationsOverPlaces, type EntityMention, type PlaceDraft } from '../src/extract/entities.js';

function setup(text: string) {
  const at = (word: string, from = 0) => {
    const start = text.indexOf(word, from);
    return { start, end: start + word.length, text: word };
  };
  const first = at('Lumio');
  const last = at('Lumio', text.lastIndexOf('Lumio'));
  const org: Actor = { id: 'actor:lumio', name: 'Lumio', kind: 'organization', aliases: [], titles: [], mentions: [first, at('Lumio', first.end)] };
  const place: PlaceDraft = { id: 'place:lumio', name: 'Lumio', kind: 'city', aliases: new Set(), mentions: [last] };
  const mention: EntityMention = { recordId: 'place:lumio', record: 'place', ...last, sentenceIndex: 2, firstToken: 0, lastToken: 0, agentive: false };
  const places = new Map([[place.id, place]]);
  organisationsOverPlaces(text, places, [org], [mention]);
  return { places, org, mention };
}

describe('a name read both as an organisation and as a town', () => {
  it('becomes the organisation when the article uses it for the organisation at least as often', () => {
    const { places, org, mention } = setup('Lumio said it would sue. Lumio claims the name. Engineers brought routers from Lumio.');
    expect(places.size).toBe(0);
    expect(mention).toMatchObject({ recordId: 'actor:lumio', record: 'actor' });
    expect(org.mentions).toHaveLength(3);
  });

  it('stays a place where the article writes it as a location', () => {
    const { places } = setup('Lumio said it would sue. Lumio claims the name. Fighting went on in Lumio.');
    expect(places.has('place:lumio')).toBe(true);
  });
});
