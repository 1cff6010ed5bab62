import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

/*
 * Event classes found by the lead reading invented reports in round 23 (a protest crushed in a capital). Every
 * sentence here is invented and differs from the probe sentences the classes were found with.
 */

function parse(body: string) {
  const r = parseArticle(`Invented report\n\n${body}`, { publishedAt: '2024-09-12' });
  const name = new Map(r.actors.map((a) => [a.id, a.name.toLowerCase()]));
  return r.events.map((e) => ({
    type: e.type, trigger: e.trigger.text, modality: e.modality,
    roles: e.participants.map((p) => `${p.role}:${name.get(p.actorId) ?? p.actorId}`),
  }));
}

describe('names inside a present-participle relative after a plural take no part in the clause\'s act (events/active-relative-in-phrase)', () => {
  it.each([
    ['Riot police charged at students calling for the release of Ilya Dorn.', 'charged', 'ilya dorn'],
    ['Troops opened fire on miners striking against the Kessel Mining Company.', 'fire', 'kessel mining company'],
    ['Gunmen fired at pickets blocking the gates of Kessel Mining.', 'fired', 'kessel mining'],
  ])('%s', (body, trigger, named) => {
    const event = parse(body).find((e) => e.trigger.startsWith(trigger.split(' ')[0] as string));
    expect(event).toBeDefined();
    expect((event?.roles ?? []).some((r) => r.endsWith(`:${named}`))).toBe(false);
  });

  it('guard (passes before the change too): a name that is the object itself still takes part', () => {
    const event = parse('Gunmen attacked the Ardani Sugar Corporation\'s offices.').find((e) => e.trigger === 'attacked');
    expect((event?.roles ?? []).some((r) => r.endsWith(':ardani sugar corporation'))).toBe(true);
  });
});

describe('a happening noun carried by a light verb is not hosted by an -ing verb in a relative on its object (events/light-noun-before-verb)', () => {
  it.each([
    ['Soldiers opened fire on crowds protesting the vote count.', 'fire', 'attack'],
    ['Police launched a raid on traders selling smuggled fuel.', 'raid', 'attack'],
  ])('%s', (body, trigger, type) => {
    expect(parse(body).find((e) => e.trigger === trigger)?.type).toBe(type);
  });

  it('guard (passes before the change too): a finite verb after the noun still hosts it ("taking part in the march were detained")', () => {
    const events = parse('Three students taking part in the march were detained.');
    expect(events.map((e) => e.trigger)).toContain('detained');
  });
});

describe('a disaster noun opening its clause as the subject of a past verb is a happening (events/disaster-acting)', () => {
  it.each([
    ['A tornado ripped the roof off a school gymnasium.', 'tornado'],
    ['The explosion shattered windows two streets away.', 'explosion'],
    ['A mudslide had cut the only road to the village.', 'mudslide'],
    ['An avalanche buried two skiers near the pass.', 'avalanche'],
  ])('%s', (body, trigger) => {
    expect(parse(body).find((e) => e.trigger === trigger)?.type).toBe('accident');
  });

  it('guard (passes before the change too): a disaster noun in a present-tense generic sentence stays a kind', () => {
    expect(parse('Landslides are frequent on this road.').map((e) => e.trigger)).not.toContain('Landslides');
  });
});
