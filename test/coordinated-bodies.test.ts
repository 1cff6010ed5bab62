import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

// Invented sentences (none from an eval file): bodies joined by "and", and names shared by both sides.
const parse = (text: string) => parseArticle(text, { publishedAt: '2025-06-02' });
const actors = (text: string) => parse(text).actors.map((a) => `${a.name}/${a.kind}`);
const names = (text: string) => {
  const a = parse(text);
  return [...a.actors.flatMap((x) => [x.name, `${x.name}/${x.kind}`]), ...a.places.map((x) => x.name)];
};

describe('two bodies joined by "and" are two names', () => {
  it.each([
    ['Oxfam International and Human Rights Watch appealed for funds on Monday.', ['Oxfam International', 'Human Rights Watch']],
    ['Canadian Pacific and Brevion have both cut rates on routes to the islands.', ['Canadian Pacific', 'Brevion']],
    ['Rival Halden Airlines and Skyvik said they would match the fares.', ['Halden Airlines', 'Skyvik/organization']],
    ['Talvik Group and Nordex ended their merger talks.', ['Talvik Group', 'Nordex']],
    ['Norvik Steel and Halden Corp reported losses.', ['Norvik Steel', 'Halden']],
    ['Kestrava and the Halden Corporation signed the contract.', ['Kestrava', 'Halden']],
    ['Greenwatch and the Marine Conservation Society sued the ministry.', ['Greenwatch', 'Marine Conservation Society']],
  ])('%j', (text, expected) => {
    const found = names(text);
    for (const name of expected) expect(found).toContain(name);
    expect(found.some((n) => / and /.test(n))).toBe(false);
  });

  it('types a coined word beside a body as a body, not a person', () => {
    expect(actors('Vindara and Air Baltica have both announced capacity cuts.')).toContain('Vindara/organization');
  });

  it('keeps a person beside a body when the text names them in full', () => {
    const text = 'Ana Kowalczyk met the board. Later Kowalczyk and the Velmar Group signed the deal.';
    expect(actors(text)).toContain('Ana Kowalczyk/person');
  });
});

describe('names shared by both sides of "and" stay one', () => {
  it.each([
    ['The Ways and Means Committee met on Tuesday.', 'Ways and Means Committee'],
    ['The Food and Drug Administration approved the vaccine.', 'Food and Drug Administration'],
    ['Officials from Bosnia and Herzegovina attended the summit.', 'Bosnia and Herzegovina'],
  ])('%j keeps %j', (text, name) => {
    expect(names(text)).toContain(name);
  });

  it('reads no body in a predicate before "and"', () => {
    const text = 'The province is largely Lutheran and the Nordic Council said it would help.';
    expect(actors(text)).not.toContain('Lutheran/organization');
  });
});
