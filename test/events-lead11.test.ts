import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

/*
 * Classes found by the lead reading invented reports in round 11 (an election, a hostage release, a landslide).
 * Every sentence here is invented.
 */

function eventsOf(body: string) {
  return parseArticle(`Invented report\n\nSaturday, August 15, 2026\n\n${body}`, { publishedAt: '2026-08-15' }).events;
}

describe('"ruling" before those in power is no court ruling, after a possessive too', () => {
  it.each([
    ["Zambia's ruling party won Thursday's general election with 54 percent of the vote.", 'election'],
    ["Kenya's ruling coalition won Sunday's parliamentary election by a wide margin.", 'election'],
    ["Norland's ruling family denied the report.", null],
  ])('%s', (body, happening) => {
    const events = eventsOf(body);
    expect(events.some((e) => e.trigger.text === 'ruling')).toBe(false);
    if (happening) expect(events.some((e) => e.trigger.text === happening && e.type === 'election')).toBe(true);
  });

  it.each([
    ['The supreme court delivered its ruling on Monday.', 'ruling'],
    ['A judge in Lusaka issued a ruling against the ruling party on Tuesday.', 'ruling'],
  ])('guard (passes before the change too): a court\'s ruling stays: %s', (body, word) => {
    expect(eventsOf(body).some((e) => e.trigger.text === word && e.type === 'legal')).toBe(true);
  });
});

describe('a habit is no happening the report tells', () => {
  it.each([
    ['Fighters often attack convoys on the road to Gao.'],
    ['Police routinely detain protesters outside the ministry.'],
    ['Landslides and floods kill hundreds of people in Nepal every year during the monsoon season.'],
    ['Cyclones regularly strike the coast between May and November.'],
    ['Wildfires usually break out in the hills in late summer.'],
  ])('%s', (body) => {
    expect(eventsOf(body)).toEqual([]);
  });

  it.each([
    ['Fighters attacked a convoy on the road to Gao on Friday.', 'attack'],
    ['A landslide killed 17 people in western Nepal on Friday.', 'accident'],
    ['Rebels repeatedly attacked the town on Monday.', 'attack'],
  ])('guard (passes before the change too): one happening stays: %s', (body, type) => {
    expect(eventsOf(body).some((e) => e.type === type)).toBe(true);
  });
});

/** The names of the participants of the event whose trigger is `word`, with their roles. */
function rolesOf(body: string, word: string): string[] {
  const parsed = parseArticle(`Invented report\n\nSaturday, August 15, 2026\n\n${body}`, { publishedAt: '2026-08-15' });
  const event = parsed.events.find((e) => e.trigger.text.toLowerCase() === word);
  if (!event) return ['(no event)'];
  return event.participants.map((p) => `${p.role}:${parsed.actors.find((a) => a.id === p.actorId)?.name ?? p.actorId}`);
}

describe('whoever says a happening named by a gerund subject takes no part in it', () => {
  it.each([
    ['Witnesses said fighting had continued overnight in Kidal.', 'fighting', 'witnesses'],
    ['Observers said voting had been largely peaceful in Lusaka.', 'voting', 'observers'],
    ['Residents said shelling resumed on Friday in the north of Kidal.', 'shelling', 'residents'],
  ])('%s', (body, word, speaker) => {
    expect(rolesOf(body, word).some((r) => r.endsWith(`:${speaker}`))).toBe(false);
  });

  it.each([
    ['The rebels reported capturing the town of Gao on Friday.', 'capturing', 'agent:rebels'],
  ])('guard (passes before the change too): a gerund completing a verb still shares its subject: %s', (body, word, role) => {
    expect(rolesOf(body, word)).toContain(role);
  });
});

describe('a kin of someone named by a possessive is not that someone, in any role', () => {
  it.each([
    ['Senator Ana Kalu criticised the deal, which her husband signed in 1993.', 'signed', 'Ana Kalu'],
    ['Tom Lee was in court on Monday. His brother attacked a guard in Lima in 2019.', 'attacked', 'Tom Lee'],
    ['Ana Ruiz said her son was arrested in Lima on Friday.', 'arrested', 'Ana Ruiz'],
  ])('%s', (body, word, owner) => {
    expect(rolesOf(body, word).some((r) => r.endsWith(`:${owner}`))).toBe(false);
  });

  it('guard (passes before the change too): a judge who rejects a plea is the agent', () => {
    expect(rolesOf('Tom Lee appeared in court in Lima on Monday. A judge rejected his plea.', 'rejected')).toContain('agent:judge');
  });
});

describe('an abstraction "blown up" is a figure, not a bombing', () => {
  it.each([
    ['Clinton said the plan would blow up the economy.'],
    ['The tax cuts blew up the federal deficit last year.'],
    ['Critics warned the vote could blow up the ruling coalition.'],
  ])('%s', (body) => {
    expect(eventsOf(body).some((e) => e.trigger.text.startsWith('blow') || e.trigger.text.startsWith('blew'))).toBe(false);
  });

  it.each([
    ['Rebels blew up a bridge near Gao on Monday.'],
    ['Militants blew up the main gas pipeline in Sinai on Friday.'],
  ])('guard (passes before the change too): %s', (body) => {
    expect(eventsOf(body).some((e) => e.type === 'attack')).toBe(true);
  });
});

describe('"talks" after a happening noun heads the phrase ("ceasefire talks", "peace talks")', () => {
  it.each([
    ['Egyptian and Qatari mediators will resume ceasefire talks in Cairo on Thursday.'],
    ['Negotiators from both countries began ceasefire talks in Geneva on Monday.'],
    ['guard (passes before the change too): The two sides will hold peace talks in Doha next week.'],
  ])('%s', (body) => {
    const events = eventsOf(body.replace(/^guard \(passes before the change too\): /, ''));
    expect(events.some((e) => e.type === 'meeting' && e.trigger.text === 'talks')).toBe(true);
    expect(events.some((e) => e.type === 'agreement')).toBe(false);
  });
});

describe('"called the strike unacceptable" names a strike told before; it calls no strike action', () => {
  it.each([
    ['UNRWA chief Philippe Lazzarini called the strike on the school unacceptable.'],
    ['The minister called the strikes a violation of international law.'],
  ])('%s', (body) => {
    expect(eventsOf(body).some((e) => e.type === 'protest')).toBe(false);
  });

  it.each([
    ['The union called a 48-hour strike at the port on Monday.'],
    ['Teachers called strikes across the country on Tuesday.'],
  ])('guard (passes before the change too): %s', (body) => {
    expect(eventsOf(body).some((e) => e.type === 'protest')).toBe(true);
  });
});
