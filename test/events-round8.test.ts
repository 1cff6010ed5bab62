import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

/*
 * Classes found by reading invented wire conflict, disaster, election, diplomacy and court reports (round 8). Every
 * sentence here is invented; each table holds the same words in an event and a non-event use where both exist.
 */

function parse(text: string) {
  return parseArticle(text, { publishedAt: '2026-03-15' });
}

/** The event whose trigger is `word` in an invented report published on Sunday 15 March 2026. */
function eventOf(text: string, word: string) {
  const parsed = parse(text);
  const event = parsed.events.find((e) => e.trigger.text.toLowerCase() === word);
  const names = (event?.participants ?? []).map((p) => parsed.actors.find((a) => a.id === p.actorId)?.name ?? p.actorId);
  const roles = (event?.participants ?? []).map((p) => `${parsed.actors.find((a) => a.id === p.actorId)?.name ?? p.actorId}:${p.role}`);
  const places = (event?.placeIds ?? []).map((id) => parsed.places.find((p) => p.id === id)?.name ?? id);
  return { event, names, roles, places, parsed };
}

describe('a plural after an adjective of likeness or frequency names a kind of happening, not one', () => {
  it.each([
    ['Islamist militants have carried out similar attacks in the region in recent months.', 'attacks', undefined],
    ['The group has carried out frequent suicide attacks on hotels in the capital.', 'attacks', undefined],
    ['Police have made regular arrests of activists in the city.', 'arrests', undefined],
    ['Residents said occasional clashes broke out near the border.', 'clashes', undefined],
    ['Islamist militants carried out two attacks on army posts on Saturday.', 'attacks', 'attack'],
    ['Police made dozens of arrests in the city on Monday.', 'arrests', 'arrest'],
    ['Gunmen attacked a checkpoint on Friday, and a similar attack hit a police station on Sunday.', 'attack', 'attack'],
  ])('%s', (text, word, type) => {
    expect(eventOf(text, word).event?.type).toBe(type);
  });
});

describe('returning fire is shooting back, done by its subject', () => {
  it.each([
    ['Troops returned fire and killed six of the attackers.', 'attack', ['troops']],
    ['The guards returned fire, police said.', 'attack', ['guards']],
    ['Soldiers opened fire on the crowd on Monday.', 'attack', ['soldiers']],
  ])('%s', (text, type, names) => {
    const { event, names: found } = eventOf(text, 'fire');
    expect(event?.type).toBe(type);
    expect(found).toEqual(names);
  });

  it('a fire that broke out stays an accident', () => {
    expect(eventOf('A fire broke out at a textile factory on Monday.', 'fire').event?.type).toBe('accident');
  });
});

describe('a trigger noun before a lower-case noun at the start of a sentence modifies it', () => {
  it.each([
    ['Rescue workers were searching the rubble for survivors on Thursday.', 'rescue', undefined],
    ['Rescue crews pulled a woman from the rubble.', 'rescue', undefined],
    ['Police rescued 12 hostages from the building on Monday.', 'rescued', 'other'],
  ])('%s', (text, word, type) => {
    expect(eventOf(text, word).event?.type).toBe(type);
  });
});

describe('a participle coordinated with a passive verb is passive too', () => {
  it.each([
    ['Former minister Tomas Reinholt was arrested in 2024 and charged with corruption.', 'charged', ['Tomas Reinholt:patient']],
    ['Opposition leader Marko Vell was detained on Friday and charged with treason.', 'charged', ['Marko Vell:patient']],
    ['Police were called to the square and arrested two men.', 'arrested', ['police:agent']],
  ])('%s (%s)', (text, word, roles) => {
    expect(eventOf(text, word).roles).toEqual(roles);
  });
});
