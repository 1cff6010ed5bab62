import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

/*
 * Classes found by reading invented wire conflict, disaster, election, diplomacy and court reports (round 7). Every
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
  return { event, names, parsed };
}

describe('a landslide in a vote is a margin, not a slope giving way', () => {
  it.each([
    ['The ruling party won a landslide in Sunday\'s parliamentary election.', undefined],
    ['The governor was re-elected in a landslide.', undefined],
    ['It was a landslide victory for the opposition.', undefined],
    ['A landslide buried 30 homes in the village on Monday.', 'accident'],
    ['Heavy rain triggered a landslide that killed nine people.', 'accident'],
  ])('%s', (text, type) => {
    expect(eventOf(text, 'landslide').event?.type).toBe(type);
  });
});

describe('toppling: a seizure of power only for a government or a ruler', () => {
  it.each([
    ['The earthquake toppled dozens of buildings in the town.', undefined],
    ['Protesters toppled a statue of the former dictator.', undefined],
    ['High winds toppled trees across the province.', undefined],
    ['The army toppled the elected government in a coup on Tuesday.', 'capture'],
    ['Rebels toppled President Ado Bel in 2019.', 'capture'],
  ])('%s', (text, type) => {
    expect(eventOf(text, 'toppled').event?.type).toBe(type);
  });
});

describe('the cause a casualty verb names is a happening of its own', () => {
  it.each([
    ['An airstrike on a crowded market killed at least 23 civilians on Saturday.', 'airstrike', 'attack', '2026-03-14'],
    ['A suicide bombing at a mosque killed 35 worshippers on Friday.', 'bombing', 'attack', '2026-03-13'],
    ['A gas explosion killed four workers at a chemical plant on Monday.', 'explosion', 'accident', '2026-03-09'],
    ['Heavy fighting killed dozens of fighters on both sides on Thursday.', 'fighting', 'clash', '2026-03-12'],
  ])('%s (%s)', (text, word, type, date) => {
    const { event, parsed } = eventOf(text, word);
    expect(event?.type).toBe(type);
    expect(event?.date).toBe(date);
    expect(parsed.events.some((e) => e.type === 'casualty' && e.trigger.text === 'killed')).toBe(true);
  });

  it('the cause is told as the killing is: claimed inside a claim', () => {
    const { event } = eventOf('An airstrike on a market killed 23 civilians on Saturday, local officials said.', 'airstrike');
    expect(event?.modality).toBe('claimed');
  });

  it('victims of a casualty verb make no cause ("Gunmen killed", "a car bomb killed": no happening noun)', () => {
    const parsed = parse('A car bomb killed seven soldiers at a checkpoint on Thursday.');
    expect(parsed.events.map((e) => e.type)).toEqual(['casualty']);
  });

  it('"the blast also wounded 40 people": an -ed word after an adverb before its object is the verb', () => {
    expect(eventOf('A gas explosion killed four workers on Monday. The blast also wounded 40 people.', 'wounded').event?.type).toBe('casualty');
  });
});

describe('subjects the tagger reads as verbs, and a clause joined by ", and"', () => {
  it.each([
    ['Supporters rallied outside the commission on Monday, and police arrested 14 people.', '2026-03-09'],
    ['Supporters rallied outside the commission on Monday, and police later arrested 14 people.', '2026-03-09'],
  ])('%s', (text, date) => {
    const { event, names } = eventOf(text, 'arrested');
    expect(names).toEqual(['police']);
    expect(event?.date).toBe(date);
  });

  it('without ", and" a clause keeps to its own time', () => {
    expect(eventOf('Supporters rallied on Monday and police arrested 14 people.', 'arrested').event?.date).toBeNull();
  });
});

describe('a name in apposition after the object is who the act is done to', () => {
  it.each([
    ['The foreign minister met his Jordanian counterpart, Samir Haddad, in Amman on Friday.', 'met', 'Samir Haddad'],
    ['Police arrested the group\'s leader, Omar Said, in a raid on Tuesday.', 'arrested', 'Omar Said'],
    ['Troops killed a senior rebel commander, Abu Karim, near the border.', 'killed', 'Abu Karim'],
  ])('%s', (text, word, name) => {
    expect(eventOf(text, word).names).toContain(name);
  });
});

describe('talks one returns to, and offers', () => {
  it('"urged both sides to return to talks in Geneva next week": the talks are asked for and dated, nothing else takes the date', () => {
    const { event, parsed } = eventOf('The United Nations called for an independent investigation and urged both sides to return to talks in Geneva next week.', 'talks');
    expect(event?.type).toBe('meeting');
    expect(event?.modality).toBe('hypothetical');
    expect(parsed.events.find((e) => e.trigger.text === 'investigation')?.date).toBeNull();
  });

  it.each([
    ['The European Union offered to send search teams.', 'send', 'aid', 'hypothetical'],
    ['Germany offered to send rescuers and sniffer dogs.', 'send', 'aid', 'hypothetical'],
    ['The government pledged to send troops to the border.', 'send', 'movement', 'planned'],
    ['The government sent troops to the border on Friday.', 'sent', 'movement', 'asserted'],
  ])('%s', (text, word, type, modality) => {
    const { event } = eventOf(text, word);
    expect(event?.type).toBe(type);
    expect(event?.modality).toBe(modality);
  });
});
