import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

/*
 * Classes found by reading invented drone-and-missile, arraignment, kidnapping-and-release, ferry-sinking,
 * tanker-seizure-and-release, appointment, diplomatic-summons, aid-convoy, ceasefire-violation and live-blog reports
 * (round 20, helper events22). Every sentence here is invented.
 */

const PUBLISHED = '2024-05-17'; // a Friday

function parse(text: string) {
  return parseArticle(text, { publishedAt: PUBLISHED });
}

/** The event whose trigger is `word`, with its date, modality and "role:name" participants. */
function eventAt(text: string, word: string) {
  const parsed = parse(text);
  const event = parsed.events.find((e) => e.trigger.text === word);
  const participants = event?.participants.map((p) => `${p.role}:${parsed.actors.find((a) => a.id === p.actorId)?.name}`);
  const places = event?.placeIds.map((id) => parsed.places.find((p) => p.id === id)?.name);
  return { event, participants, places, parsed };
}

describe('a time after a place phrase with modifiers dates the reduced participle, not the clause\'s verb', () => {
  it.each([
    ['Two aid workers kidnapped in central Mali last December have been freed, the charity said.', 'kidnapped', '2023-12', 'freed'],
    ['Two journalists detained in the restive Kedar region last January were released on Sunday.', 'detained', '2024-01', 'released'],
    ['Five fishermen abducted in northern Lomara last March were freed on Thursday.', 'abducted', '2024-03', 'freed'],
  ])('%s', (text, participle, month, verb) => {
    expect(eventAt(text, participle).event?.date).toBe(month);
    expect(eventAt(text, verb).event?.date).not.toBe(month);
  });
  it('guard (passes before the change too): with no modifier before the place the time was already the participle\'s', () => {
    expect(eventAt('Two aid workers kidnapped in Mali last December have been freed.', 'kidnapped').event?.date).toBe('2023-12');
  });
});

describe('a summons happens where the summoning government sits, not in the envoy\'s country', () => {
  it.each([
    ['Envoy summoned\n\nLomaria\'s foreign ministry summoned the ambassador of Kestavia on Monday over the detention of two fishermen, the ministry said.\n\nKestavia in turn summoned Lomaria\'s charge d\'affaires in Varn on Tuesday.', 'summoned', 'Lomaria'],
    ['Kestavia\'s foreign ministry said in Varn that Kestavia summoned Lomaria\'s charge d\'affaires in Varn on Tuesday.', 'summoned', 'Varn'],
    ['Portugal recalled its ambassador to Brazil for consultations on Friday, the foreign ministry in Lisbon said.', 'recalled', 'Lisbon'],
  ])('%s', (text, word, place) => {
    expect(eventAt(text, word).places).toEqual([place]);
  });
});

describe('"to protest" after a government\'s summons of an envoy is the summons\' purpose, no demonstration', () => {
  it.each([
    ['Manila summoned the Chinese ambassador on Wednesday to protest against the ramming of a supply boat.'],
    ['Lomaria\'s foreign ministry summoned the ambassador of Kestavia to protest over the detention of two fishermen.'],
    ['Kestavia recalled its envoy from Varn on Friday to protest against the expulsion of three diplomats.'],
  ])('%s', (text) => {
    expect(parse(text).events.map((e) => e.type)).not.toContain('protest');
  });
  it('guard (passes before the change too): people gathering to protest still protest', () => {
    expect(parse('Hundreds of students gathered outside parliament on Monday to protest against the new fees.').events.map((e) => e.type)).toContain('protest');
  });
});

describe('what was taken or held and is let go is a release, dated apart from its taking', () => {
  it.each([
    ['Two nurses abducted in northern Niger in March were freed on Thursday.', 'freed', 'abducted', '2024-03', '2024-05-16'],
    ['A tanker seized by Iran in May has been released, its owner said.', 'released', 'seized', '2024-05', '2024-05-17'],
    ['A fishing trawler impounded by the coast guard in April was released on Wednesday.', 'released', 'impounded', '2024-04', '2024-05-15'],
  ])('%s', (text, release, taking, takingDate, releaseDate) => {
    const freed = eventAt(text, release).event;
    expect(freed?.type).toBe('other');
    expect(freed?.cameo).toBe('08');
    expect(freed?.date).toBe(releaseDate);
    expect(eventAt(text, taking).event?.date).toBe(takingDate);
  });
  it('a long phrase of agent, place and time still describes the noun: the seizure keeps its month', () => {
    const text = 'A Greek-owned oil tanker seized by Iran\'s Revolutionary Guards in the Gulf in May has been released along with its crew.';
    expect(eventAt(text, 'seized').event?.date).toBe('2024-05');
    const released = eventAt(text, 'released').event;
    expect(released?.cameo).toBe('08');
    expect(released?.date).not.toBe('2024-05');
  });
  it.each([
    ['Iran released the British-flagged tanker on Friday.', 'released'],
    ['The coast guard freed the trawler on Tuesday after its owner paid a fine.', 'freed'],
  ])('a seized vessel let go: %s', (text, word) => {
    expect(eventAt(text, word).event?.cameo).toBe('08');
  });
  it.each([
    ['The company released a new ferry timetable on Monday.'],
    ['The studio released the film in cinemas on Friday.'],
  ])('guard (passes before the change too): no release of captives: %s', (text) => {
    expect(parse(text).events.map((e) => e.cameo)).not.toContain('08');
  });
});

describe('a participle followed by a relative time and the auxiliary of the clause\'s verb modifies the noun before it', () => {
  it.each([
    ['Three men arrested last week were charged on Monday with plotting an attack.', 'arrested', 'charged', '2024-05-13'],
    ['Two soldiers captured earlier this month were freed on Monday.', 'captured', 'freed', '2024-05-13'],
    ['Four students detained last month were released on Monday after paying fines.', 'detained', 'released', '2024-05-13'],
  ])('%s', (text, participle, verb, date) => {
    expect(eventAt(text, participle).event).toBeDefined();
    expect(eventAt(text, verb).event?.date).toBe(date);
  });
});

describe('a vehicle noun compromise reads as a verb before the past verb is the subject\'s head', () => {
  it.each([
    ['A Russian fighter jet struck a US drone over the Black Sea on Tuesday, the Pentagon said.', 'agent:Russia'],
    ['An Israeli fighter jet struck a target in southern Lebanon on Monday.', 'agent:Israel'],
  ])('%s', (text, agent) => {
    expect(eventAt(text, 'struck').participants).toContain(agent);
  });
});

describe('a past form right after a relative "that" compromise reads as a noun is the relative clause\'s verb', () => {
  it.each([
    ['A ferry that sank in March off the coast of Lomara has been raised by salvage crews.', 'sank', '2024-03'],
    ['Salvage crews said a trawler that sank in April near Varn had been found.', 'sank', '2024-04'],
  ])('%s', (text, word, date) => {
    const event = eventAt(text, word).event;
    expect(event?.type).toBe('accident');
    expect(event?.date).toBe(date);
  });
  it('guard (passes before the change too): "raised the ferry that sank" after the verb was read already', () => {
    expect(eventAt('Salvage crews on Monday raised the ferry that sank off Lomo island last month.', 'sank').event?.type).toBe('accident');
  });
});

describe('a by-gerund after an accusation\'s gerund has the accused as its subject', () => {
  it.each([
    ['The government accused rebels of violating the ceasefire by firing mortars at an army post.', 'firing', 'agent:rebels', 'agent:government'],
    ['The army accused the militia of violating the ceasefire by attacking a checkpoint near Varn.', 'attacking', 'agent:militia', 'agent:army'],
    ['The ministry accused insurgents of breaking the truce by shelling a village.', 'shelling', 'agent:insurgents', 'agent:ministry'],
  ])('%s', (text, word, agent, accuser) => {
    const { participants } = eventAt(text, word);
    expect(participants).toContain(agent);
    expect(participants).not.toContain(accuser);
  });
  it('guard (passes before the change too): with no accusation the by-gerund is the subject\'s own act', () => {
    expect(eventAt('The army ended the truce by shelling two villages on Sunday.', 'shelling').participants).toContain('agent:army');
  });
});
