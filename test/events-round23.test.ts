import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

/*
 * Classes found by reading invented sanctions, cyberattack, prisoner-exchange, flood and wildfire, verdict, state-visit,
 * military-drill and assassination reports, and the round-22 leftovers (round 23, helper events25). Every sentence here
 * is invented.
 */

const PUBLISHED = '2024-05-17'; // a Friday

function parse(text: string) {
  return parseArticle(text, { publishedAt: PUBLISHED });
}

/** The event whose trigger is `word`, with its "role:name" participants and its place names. */
function eventAt(text: string, word: string) {
  const parsed = parse(text);
  const event = parsed.events.find((e) => e.trigger.text === word);
  const participants = event?.participants.map((p) => `${p.role}:${parsed.actors.find((a) => a.id === p.actorId)?.name}`);
  const places = event?.placeIds.map((id) => parsed.places.find((p) => p.id === id)?.name);
  return { event, participants, places, parsed };
}

describe('a gerund after a trailing adverbial clause goes with the main clause', () => {
  it.each([
    ['A gunman opened fire on Mayor Tomas Reyde as he walked to his car on Monday, killing him and wounding two aides.', 'killing', 'agent:gunman'],
    ['Rebels attacked the village of Dara while residents slept on Monday, killing 12 farmers.', 'killing', 'agent:rebels'],
    ['A suicide bomber blew himself up in Kandor on Friday as worshippers left the mosque, killing 30 people.', 'killing', 'agent:suicide bomber'],
    ['Militants raided a checkpoint near Garo after the guards fell asleep, wounding six.', 'wounding', 'agent:militants'],
  ])('%s', (text, word, agent) => {
    const { participants } = eventAt(text, word);
    expect(participants).toContain(agent);
  });
  it('the one the adverbial clause named is the patient, not the agent, of "killing him"', () => {
    const { participants } = eventAt('A gunman opened fire on Mayor Tomas Reyde as he walked to his car on Monday, killing him.', 'killing');
    expect(participants).toContain('patient:Tomas Reyde');
    expect(participants).not.toContain('agent:Tomas Reyde');
  });
  it('guard (passes before the change too): with a progressive main clause the when-clause tells the news', () => {
    const { participants } = eventAt('Soldiers were patrolling the border near Kessa when rebels ambushed them on Monday, killing four.', 'killing');
    expect(participants?.[0]).toBe('agent:rebels');
  });
});

describe('a time inside a modifier of the object dates the modifier, not the verb', () => {
  const DATELINE = 'Court news\n\nBORA, May 16 - ';
  it.each([
    ['The Supreme Court upheld the sentence of a journalist jailed for sedition last year.', 'upheld'],
    ['The court freed an activist arrested during protests in January.', 'freed'],
    ['The appeals court overturned the conviction of a banker accused of fraud in 2019.', 'overturned'],
    ['The strike ended when management agreed to a pay rise to offset inflation, which reached 33% in June.', 'agreed'],
    ['The army shelled the dam, which engineers had repaired in 2021.', 'shelled'],
    ['Police arrested two men over the blast, which happened on Tuesday.', 'arrested'],
  ])('%s', (text, word) => {
    const { event } = eventAt(DATELINE + text, word);
    expect(event).toBeDefined();
    expect(event?.date ?? null).toBeNull();
  });
  it('guard (passes before the change too): a relative telling what a noun trigger did keeps its time', () => {
    const { event } = eventAt(DATELINE + 'The report set off a wave of selling on the Kessa bourse, which fell 4 percent on Tuesday.', 'selling');
    expect(event?.date).toBe('2024-05-14');
  });
});

describe('a country coordinated with a named armed group keeps its part in the act', () => {
  it.each([
    ['Colombia and the ELN rebels agreed a ceasefire in Havana on Friday.', 'agreed', 'agent:Colombia'],
    ['Sudan and the RSF militia signed a truce in Jeddah on Monday.', 'truce', 'agent:Sudan'],
    ['Mali and the Tuareg separatists held talks in Algiers on Thursday.', 'talks', 'attendee:Mali'],
  ])('%s', (text, word, party) => {
    expect(eventAt(text, word).participants).toContain(party);
  });
});

describe('a possessive pronoun standing for the subject names no patient of a noun trigger', () => {
  it.each([
    ['The United States and the Philippines began their largest joint exercises on Tuesday.', 'exercises', 'agent:United States'],
    ['Russia and Belarus launched their annual military drills near the Polish border on Monday.', 'drills', 'agent:Russia'],
    ['Japan and Australia held their first joint air exercise on Friday.', 'exercise', 'agent:Japan'],
  ])('%s', (text, word, agent) => {
    const { participants } = eventAt(text, word);
    expect(participants).toContain(agent);
    expect(participants?.some((p) => p.startsWith('patient:'))).toBe(false);
  });
  it('guard (passes before the change too): another\'s arrest told with "his" keeps its patient', () => {
    const { participants } = eventAt('Police in Lida named Omar Fenn on Monday. The army confirmed his arrest on Tuesday.', 'arrest');
    expect(participants).toContain('patient:Omar Fenn');
  });
});

describe('a tariff laid on another country\'s goods is a sanction', () => {
  it.each([
    ['The European Union on Monday raised tariffs on Varnian steel to 50 percent.', 'tariffs', 'agent:European Union'],
    ['Washington slapped tariffs of 25 percent on Chinese electric cars on Thursday.', 'tariffs', 'agent:United States'],
    ['Canada imposed retaliatory tariffs on American whiskey on Friday.', 'tariffs', 'agent:Canada'],
  ])('%s', (text, word, agent) => {
    const { event, participants } = eventAt(text, word);
    expect(event?.type).toBe('sanction');
    expect(participants).toContain(agent);
  });
  it.each([
    ['Farmers say the tariffs have hurt exports.', 'tariffs'],
    ['The tariff schedule was published in the official gazette.', 'tariff'],
  ])('guard (passes before the change too): no event in "%s"', (text, word) => {
    expect(eventAt(text, word).event).toBeUndefined();
  });
});

describe('answering with a measure is the measure, not an attack', () => {
  it.each([
    ['Moscow retaliated by banning imports of European dairy products on Tuesday.', 'banning', 'sanction'],
    ['Moscow retaliated on Friday by expelling two British diplomats.', 'expelling', 'movement'],
  ])('%s', (text, word, type) => {
    const parsed = parse(text);
    expect(parsed.events.find((e) => e.trigger.text === 'retaliated')).toBeUndefined();
    expect(parsed.events.find((e) => e.trigger.text === word)?.type).toBe(type);
  });
  it('guard (passes before the change too): retaliating with artillery is still an attack', () => {
    expect(eventAt('The army retaliated with artillery fire on rebel positions near Kessa on Monday.', 'retaliated').event?.type).toBe('attack');
  });
});

describe('a trade plural after a verb is its object, not a second verb', () => {
  it.each([
    ['The EU banned imports of Russian steel on Tuesday.', 'banned'],
    ['Ankara banned imports of Ostrian fruit in March.', 'banned'],
  ])('%s', (text, word) => {
    expect(eventAt(text, word).event?.type).toBe('sanction');
  });
  it('guard (passes before the change too): "exports", which the tagger reads as a noun, was its object already', () => {
    expect(eventAt('The government banned exports of rice on Friday.', 'banned').event?.type).toBe('sanction');
  });
});

describe('criticism drawn is no fire', () => {
  it.each([
    ['The budget plan drew fire from critics on Monday.'],
    ['The proposal has drawn heavy fire from unions over the cuts.'],
  ])('%s', (text) => {
    expect(eventAt(text, 'fire').event).toBeUndefined();
  });
  it('a patrol drawing fire from militants is shot at', () => {
    expect(eventAt('The patrol drew fire from militants near Kessa on Monday.', 'fire').event?.type).toBe('attack');
  });
});

describe('breaking into, infiltrating or hacking computer systems is a cyberattack', () => {
  it.each([
    ['Hackers broke into the computer systems of Northfield Health on Sunday.', 'broke into'],
    ['Hackers hacked the email accounts of three ministers in March.', 'hacked'],
    ['A criminal gang infiltrated the networks of two telecom firms last year.', 'infiltrated'],
  ])('%s', (text, word) => {
    expect(eventAt(text, word).event?.type).toBe('attack');
  });
  it.each([
    ['Burglars broke into the house on Sunday.', 'broke into'],
    ['An undercover officer infiltrated the gang in 2019.', 'infiltrated'],
  ])('guard (passes before the change too): no cyberattack in "%s"', (text, word) => {
    expect(eventAt(text, word).event).toBeUndefined();
  });
});

describe('an act plotted is not asserted', () => {
  it.each([
    ['A plot to kill the governor of Valdera was foiled by police in 2020.', 'kill'],
    ['Prosecutors say the two men plotted to bomb the central station in Kessa.', 'bomb'],
    ['The officers were convicted of conspiring to kidnap the minister.', 'kidnap'],
  ])('%s', (text, word) => {
    const { event } = eventAt(text, word);
    expect(event).toBeDefined();
    expect(event?.modality).toBe('planned');
  });
});

describe('a bare group noun names no group the article names only later', () => {
  it.each([
    ['Leaders of the island states met in Suva on Monday for a summit on fisheries. The French president will host African leaders in Paris next month.', 'met', 'attendee:African leaders'],
    ['Ministers met in Lima on Tuesday for talks on trade. The Japanese prime minister will host Asian ministers in Tokyo next month.', 'met', 'attendee:Asian ministers'],
    ['Leaders met in Quito on Monday. Next month the Spanish king will welcome Latin American leaders in Madrid.', 'met', 'attendee:American leaders'],
  ])('%s', (text, word, later) => {
    expect(eventAt(text, word).participants ?? []).not.toContain(later);
  });
  it('guard (passes before the change too): a group named before is still the bare noun\'s', () => {
    const { participants } = eventAt('Kenyan police raided a camp near Garissa on Sunday. Police arrested 12 men on Monday.', 'arrested');
    expect(participants).toContain('agent:Kenyan police');
  });
});
