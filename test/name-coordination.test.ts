import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

const kinds = (text: string) => {
  const a = parseArticle(text, { publishedAt: '2025-06-02' });
  return {
    actors: Object.fromEntries(a.actors.map((x) => [x.name, x.kind])),
    places: a.places.map((p) => p.name),
  };
};

// Invented sentences: conjuncts share the position of their list.
describe('coordinated names', () => {
  it.each([
    ['France and Germany signed the accord on Monday.', ['France', 'Germany']],
    ['Brazil and Siemens agreed to build a plant.', ['Brazil']],
    ['France, Germany and Italy will send aid.', ['France', 'Germany', 'Italy']],
    ['Kenya or Uganda will host the summit.', ['Kenya', 'Uganda']],
  ])('%j: every country in the acting list is a government', (text, states) => {
    const { actors } = kinds(text);
    for (const s of states) expect(actors[s]).toBe('government');
  });

  it.each([
    ['Troops from Chad and Niger entered the town.', ['Chad', 'Niger']],
    ['Refugees from Syria, Iraq and Yemen arrived on Monday.', ['Syria', 'Iraq', 'Yemen']],
  ])('%j: a preposition before the list makes every country a place', (text, states) => {
    const { actors, places } = kinds(text);
    for (const s of states) {
      expect(places).toContain(s);
      expect(actors[s]).toBeUndefined();
    }
  });

  it('does not make people places when a preposition opens their list', () => {
    const { actors } = kinds('She has been talking to President Mwangi and Peter Otieno before the vote.');
    expect(actors['Peter Otieno']).toBe('person');
  });
});
