import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

/*
 * Ranks of navies, air forces and police services and Commonwealth cabinet offices are titles, not part of the
 * holder's name; a name ending in "Bank" is a lender unless a compass point or side opens it. Invented names.
 */
function parse(text: string) {
  return parseArticle(`Report\n\n${text}`, { publishedAt: '2026-03-15' });
}

describe('ranks and offices before a name are titles', () => {
  it.each([
    ['Commodore Jun Dalisay, a spokesman for the coast guard, told reporters the boat was rammed.', 'Jun Dalisay', 'Commodore'],
    ['Brigadier Tomas Harrow said the patrol was ambushed near the border.', 'Tomas Harrow', 'Brigadier'],
    ['Squadron Leader Priya Nair said the jet crashed after takeoff.', 'Priya Nair', 'Squadron Leader'],
    ['Chief Superintendent Mark Dalby said two men had been arrested.', 'Mark Dalby', 'Chief Superintendent'],
    ['Foreign Secretary Ruth Ellery met her counterpart in Nairobi.', 'Ruth Ellery', 'Foreign Secretary'],
    ['Petty Officer Dan Kessler was among the injured.', 'Dan Kessler', 'Petty Officer'],
    ['Lieutenant Commander Ravi Menon said the submarine had surfaced.', 'Ravi Menon', 'Lieutenant Commander'],
    ['Governor-General Amelia Tane opened the new parliament.', 'Amelia Tane', 'Governor-General'],
  ])('%s', (text, name, title) => {
    const person = parse(text).actors.find((a) => a.kind === 'person');
    expect(person?.name).toBe(name);
    expect(person?.titles).toContain(title);
  });
});

describe('a name ending in "Bank" is a lender', () => {
  it.each([
    ['Norvik said it had agreed to buy smaller rival Hallam Bank for 33 billion crowns.', 'Hallam Bank'],
    ['Velcor agreed to acquire rival Pendry Bank in a deal worth $2 billion.', 'Pendry Bank'],
    ['The regulator fined rival lender Osterholm Bank for lax controls.', 'Osterholm Bank'],
  ])('%s', (text, lender) => {
    const parsed = parse(text);
    expect(parsed.actors.filter((a) => a.kind === 'organization').map((a) => a.name)).toContain(lender);
    expect(parsed.places.map((p) => p.name)).not.toContain(lender);
  });

  it.each([
    ['Troops raided three towns in the West Bank on Monday.', 'West Bank'],
    ['Artists once crowded the cafes of the Left Bank.', 'Left Bank'],
  ])('guard (passes before the change too): keeps a bank that is a place: %s', (text, place) => {
    const parsed = parse(text);
    expect(parsed.actors.map((a) => a.name)).not.toContain(place);
  });
});
