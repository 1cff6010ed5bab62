import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

/*
 * A titled name set off from its cue by a participle phrase ("President Ana Ruiz, speaking in Lisbon, said ...") is
 * read by the claims stage as a subject phrase; the speaker is the person the entity stage found with the title,
 * never a second actor named with the title. Invented sentences.
 */
describe('a speaker before a participial aside is the known person', () => {
  it.each([
    ['President Ana Ruiz, speaking in Lisbon, said the talks would go on.', 'Ana Ruiz'],
    ['Foreign Minister Tomas Varga, visiting the flooded region on Monday, said aid was on its way.', 'Tomas Varga'],
    ['Acme spokesman Peter Lund, reached by telephone, said the plant would reopen.', 'Peter Lund'],
    ['Senator Ana Kessel, asked about the vote, said she was confident.', 'Ana Kessel'],
    ['Ana Kessel, criticised by Governor Tomas Varga last week, said she would stay.', 'Ana Kessel'],
  ])('%s', (text, name) => {
    const parsed = parseArticle(`Report\n\n${text}`, { publishedAt: '2026-03-15' });
    const named = parsed.actors.filter((a) => a.name.endsWith(name.split(' ')[1] as string));
    expect(named.map((a) => a.name)).toEqual([name]);
    const claim = parsed.claims[0];
    expect(parsed.actors.find((a) => a.id === claim?.claimantId)?.name).toBe(name);
  });
});

/* Roles held for a campaign, a party or a company speak as unnamed role holders. Invented sentences. */
describe('campaign, party and company roles speak', () => {
  it.each([
    ['Tom Reyes toured the state. Reyes\' campaign manager on Wednesday accused the committee of bias.', "Reyes' campaign manager"],
    ['The campaign manager said the polls were wrong.', 'campaign manager'],
  ])('%s', (text, speaker) => {
    const parsed = parseArticle(`Report\n\n${text}`, { publishedAt: '2026-03-15' });
    expect(parsed.claims.map((c) => parsed.actors.find((a) => a.id === c.claimantId)?.name)).toEqual([speaker]);
  });
});

/* "X of the Y Party said": the person speaks, with or without commas around the body. Invented names. */
describe('a person of a body speaks, not the body', () => {
  it.each([
    ['Tomas Varga of the Velmar Congress Party told supporters that he had won.', 'Tomas Varga'],
    ['Ana Ruiz of the Velmar Civic Union said the count was fair.', 'Ana Ruiz'],
    ['Ana Ruiz, of the Velmar Civic Union, said the count was fair.', 'Ana Ruiz'],
  ])('%s', (text, speaker) => {
    const parsed = parseArticle(`Report\n\n${text}`, { publishedAt: '2026-03-15' });
    expect(parsed.claims.map((c) => parsed.actors.find((a) => a.id === c.claimantId)?.name)).toEqual([speaker]);
  });

  it('keeps a body whose name holds "of"', () => {
    const parsed = parseArticle('Report\n\nThe Bank of Velmar said rates would rise.', { publishedAt: '2026-03-15' });
    expect(parsed.claims.map((c) => parsed.actors.find((a) => a.id === c.claimantId)?.name)).toEqual(['Bank of Velmar']);
  });
});

/* A group with a list of places as its complement speaks, not the last place. Invented sentences. */
describe('a group before a list of places speaks', () => {
  it.each([
    ['Officials in Lyon, Nantes and Lille said the strike was over.', 'officials in Lyon, Nantes and Lille'],
    ['Farmers in Kenya, Uganda and Tanzania warned that the rains had failed.', 'farmers in Kenya, Uganda and Tanzania'],
  ])('%s', (text, speaker) => {
    const parsed = parseArticle(`Report\n\n${text}`, { publishedAt: '2026-03-15' });
    expect(parsed.claims.map((c) => parsed.actors.find((a) => a.id === c.claimantId)?.name)).toEqual([speaker]);
  });
});
