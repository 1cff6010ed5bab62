import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

/*
 * Classes found by reading invented wildfire, storm, heatwave, military-exercise, missile-test, state-visit,
 * prisoner-exchange, hostage-release, sentencing, election-night, border-closure, refugee-flow and industrial-accident
 * reports (round 16). Every sentence here is invented.
 */

/** The events whose trigger is `word` in an invented report published on Tuesday 14 May 2024. */
function eventsOf(text: string, word: string) {
  const parsed = parseArticle(text, { publishedAt: '2024-05-14' });
  return { parsed, events: parsed.events.filter((e) => e.trigger.text.toLowerCase() === word) };
}

/** The first event whose trigger is `word`, with its participants' names and agents. */
function eventOf(text: string, word: string) {
  const { parsed, events } = eventsOf(text, word);
  const event = events[0];
  const nameOf = (id: string) => parsed.actors.find((a) => a.id === id)?.name ?? id;
  const names = (event?.participants ?? []).map((p) => nameOf(p.actorId));
  const agents = (event?.participants ?? []).filter((p) => p.role === 'agent').map((p) => nameOf(p.actorId));
  return { event, names, agents, parsed };
}

describe('a participle between a timing word and a happening noun modifies the noun ("after renewed fighting")', () => {
  it.each([
    ['Thousands of villagers fled across the border after renewed fighting between the army and rebels in the north.', 'fighting', 'clash'],
    ['Aid agencies pulled out of the town on Sunday after renewed clashes between rival militias near the airport.', 'clashes', 'clash'],
    ['Residents fled their homes amid renewed fighting between government troops and militants.', 'fighting', 'clash'],
  ])('%s', (text, word, type) => {
    expect(eventOf(text, word).event?.type).toBe(type);
  });
  it('the parties of the modified noun take part in it', () => {
    const { names } = eventOf('Thousands of villagers fled across the border after renewed fighting between the army and rebels in the north.', 'fighting');
    expect(names.map((n) => n.toLowerCase())).toEqual(expect.arrayContaining(['army', 'rebels']));
  });
  it('guard (passes before the change too): an adjective that is no participle already worked', () => {
    expect(eventOf('Thousands fled after heavy fighting between the army and rebels in the town.', 'fighting').event?.type).toBe('clash');
  });
});

describe('captives or the dead handed over are released ("handed over four soldiers to the Red Cross")', () => {
  it.each([
    ['Kidnappers handed over three Italian engineers to police in the port city on Saturday.', 'handed over'],
    ['The two hostages were handed over to the Red Cross in the border town on Monday.', 'handed over'],
    ['Militants handed the bodies of two soldiers to mediators on Friday.', 'handed'],
  ])('%s', (text, word) => {
    expect(eventOf(text, word).event?.type).toBe('other');
  });
  it('the side that hands them over acts', () => {
    expect(eventOf('Kidnappers handed over three Italian engineers to police in the port city on Saturday.', 'handed over').agents.map((a) => a.toLowerCase())).toContain('kidnappers');
  });
  it.each([
    'The outgoing government handed over power to a civilian council in June.',
    'The minister handed over the documents to the committee on Monday.',
  ])('guard (passes before the change too): no release when power or papers are handed over: %s', (text) => {
    expect(parseArticle(text, { publishedAt: '2024-05-14' }).events.filter((e) => /^handed/i.test(e.trigger.text))).toHaveLength(0);
  });
});

describe('conceding defeat or a race is part of the election ("conceded defeat on Sunday")', () => {
  it.each([
    ['The vice president conceded defeat on Sunday, a day after the presidential election.', 'conceded'],
    ['The senator conceded the race to her Republican rival on Wednesday night.', 'conceded'],
  ])('%s', (text, word) => {
    expect(eventOf(text, word).event?.type).toBe('election');
  });
  it.each([
    'The minister conceded that mistakes had been made in the rollout.',
    'The home side conceded two goals in the first half on Saturday.',
  ])('guard (passes before the change too): no event for an admission or a goal: %s', (text) => {
    expect(eventsOf(text, 'conceded').events).toHaveLength(0);
  });
});

describe('fines and court bans are rulings ("fined the company $2 million", "barred him from office")', () => {
  it.each([
    ['A court in the capital fined the mining company $2 million on Thursday for polluting a river.', 'fined'],
    ['Regulators fined the bank 40 million euros on Monday over failures in its controls.', 'fined'],
    ['The court also barred the former mayor from holding public office for ten years.', 'barred'],
  ])('%s', (text, word) => {
    expect(eventOf(text, word).event?.type).toBe('legal');
  });
  it('guard (passes before the change too): no ruling when a law bars somebody', () => {
    expect(eventsOf('A new law bars foreigners from buying farmland near the border.', 'bars').events).toHaveLength(0);
  });
});

describe('a leak or a spill of a hazardous substance is an accident ("a gas leak at a factory")', () => {
  it.each([
    ['A gas leak at a fertiliser plant killed six workers on Saturday.', 'leak'],
    ['An oil spill off the coast blackened beaches on Friday.', 'spill'],
    ['A leak of toxic gas at a chemical factory forced hundreds of residents from their homes on Tuesday.', 'leak'],
    ['A chlorine leak at a water treatment plant injured 30 people on Monday.', 'leak'],
  ])('%s', (text, word) => {
    expect(eventOf(text, word).event?.type).toBe('accident');
  });
  it.each([
    'The leak of the draft report angered the minister on Monday.',
    'Leaks to the press have embarrassed the government.',
  ])('guard (passes before the change too): no accident for a leak of papers: %s', (text) => {
    expect(parseArticle(text, { publishedAt: '2024-05-14' }).events.filter((e) => /^leak/i.test(e.trigger.text))).toHaveLength(0);
  });
});

describe('military exercises and drills are a show of force, typed movement ("joint military exercises")', () => {
  it.each([
    ['The United States and South Korea held joint military exercises on Monday.', 'exercises'],
    ['China staged large-scale live-fire drills around the island on Saturday.', 'drills'],
    ['Russian troops began naval manoeuvres in the Baltic Sea on Friday.', 'manoeuvres'],
  ])('%s', (text, word) => {
    expect(eventOf(text, word).event?.type).toBe('movement');
  });
  it('the noun "military" before the drills makes no group; the two states hold them', () => {
    const { names, event } = eventOf('The United States and South Korea held joint military exercises on Monday.', 'exercises');
    expect(event).toBeDefined();
    expect(names.map((n) => n.toLowerCase()).filter((n) => n.includes('military'))).toHaveLength(0);
  });
  it.each([
    'Pupils took part in a fire drill at the school on Monday.',
    'The exercise of power by the cabinet was criticised on Monday.',
  ])('guard (passes before the change too): no show of force for other drills or exercises: %s', (text) => {
    expect(parseArticle(text, { publishedAt: '2024-05-14' }).events.filter((e) => /^(?:drill|exercise)/i.test(e.trigger.text))).toHaveLength(0);
  });
});

describe('a comma inside a written date does not end the clause ("captured on October 7, 2023, were ...")', () => {
  it.each([
    ['The women, who were captured on October 7, 2023, were taken to a hospital near the coast, the army said.', 'captured', '2023-10-07'],
    ['The minister, who was detained on Jan. 5, 2022, in the capital, was freed on Monday.', 'detained', '2022-01-05'],
    ['Two reporters, who were arrested on March 3, 2021, in the north, went on trial on Monday.', 'arrested', '2021-03-03'],
  ])('%s', (text, word, date) => {
    expect(eventOf(text, word).event?.date).toBe(date);
  });
});

describe('a concession in a named vote leaves the vote to tell it ("conceded defeat in the parliamentary vote")', () => {
  it('guard (passes before the change too): the vote is the happening, with no time of the concession', () => {
    const { event } = eventOf('The prime minister conceded defeat in Sunday\'s parliamentary election on Monday night.', 'election');
    expect(event?.type).toBe('election');
    expect(eventsOf('The prime minister conceded defeat in Sunday\'s parliamentary election on Monday night.', 'conceded').events).toHaveLength(0);
  });
});

describe('water or ash a disaster sends is no aid ("sending a wall of water through the city")', () => {
  it.each([
    ['Two dams burst on Sunday night as the storm swept across the region, sending a wall of water through the city.'],
    ['The glacier lake burst on Monday, sending a torrent of water and fuel from a depot down the valley.'],
    ['The floods sent water into thousands of homes on Monday.'],
  ])('%s', (text) => {
    expect(parseArticle(text, { publishedAt: '2024-05-14' }).events.filter((e) => e.type === 'aid')).toHaveLength(0);
  });
  it('guard (passes before the change too): a state sending water and food sends aid', () => {
    expect(eventOf('Egypt sent water and food to the flooded city on Monday.', 'sent').event?.type).toBe('aid');
  });
});

describe('a name inside the speaker\'s own name takes no part in what is told ("The UN refugee agency said")', () => {
  it.each([
    ['The UN refugee agency said 1,200 refugees crossed into Syria on Sunday.', 'crossed', 'United Nations'],
    ['The UN migration agency said 300 migrants drowned off the coast last month.', 'drowned', 'United Nations'],
  ])('%s', (text, word, absent) => {
    const { event, names } = eventOf(text, word);
    expect(event).toBeDefined();
    expect(names).not.toContain(absent);
  });
});

describe('"it" after a disaster or a happening heading the sentence stands for it ("where it killed 15 people")', () => {
  it.each([
    ['The UN said it had released emergency funds. The storm had earlier hit Greece, where it killed at least 15 people.', 'killed'],
    ['The agency said it would send experts. The cyclone crossed the coast on Friday and it killed nine fishermen.', 'killed'],
  ])('%s', (text, word) => {
    const { event, agents } = eventOf(text, word);
    expect(event).toBeDefined();
    expect(agents).toHaveLength(0);
  });
  it('guard (passes before the change too): "it" after a named body in its sentence is that body', () => {
    expect(eventOf('The army said it had captured the village on Monday.', 'captured').agents).toContain('army');
  });
});

describe('"test-" before a verb of firing is part of the verb: the state fires ("North Korea test-fired a missile")', () => {
  it.each([
    ['North Korea test-fired a new solid-fuel missile on Thursday, state media said.', 'fired', 'North Korea'],
    ['India test-launched a long-range missile off its east coast on Friday.', 'launched', 'India'],
  ])('%s', (text, word, agent) => {
    expect(eventOf(text, word).agents).toContain(agent);
  });
});

describe('a present tense in a clause of time after a future or a penalty faced is still to come ("when he is sentenced")', () => {
  it.each([
    ['The former officer faces up to 40 years in prison when he is sentenced in June.', 'sentenced'],
    ['Prisoners will be exchanged within a week once the agreement is signed by both sides.', 'signed'],
    ['The two men will stand trial after they are extradited to France.', 'extradited'],
  ])('%s', (text, word) => {
    expect(eventOf(text, word).event?.modality).toBe('planned');
  });
  it('guard (passes before the change too): a past clause of time after a past host is told as done', () => {
    expect(eventOf('The opposition leader was arrested when he arrived in the capital on Monday.', 'arrested').event?.modality).toBe('asserted');
  });
});

describe('a list of names before the verb is the whole subject ("Egypt, Turkey and Greece sent rescue teams")', () => {
  it.each([
    ['Egypt, Turkey and Greece sent rescue teams to the flooded city on Monday.', 'sent', 'Egypt'],
    ['Russia, China and Iran held joint naval exercises in the Gulf of Oman on Tuesday.', 'exercises', 'Russia'],
  ])('%s', (text, word, agent) => {
    expect(eventOf(text, word).agents).toContain(agent);
  });
  it('guard (passes before the change too): a place opening the sentence before a comma is no conjunct', () => {
    expect(eventOf('In Cairo, Egypt and Turkey signed a trade deal on Monday.', 'deal').agents).not.toContain('Cairo');
  });
});

describe('boycotting a trial is a protest ("He boycotted the trial, calling it political")', () => {
  it.each([
    ['The opposition leader boycotted his trial on Monday, calling it political.', 'boycotted'],
    ['The defendants boycotted the proceedings in protest at the judge.', 'boycotted'],
  ])('%s', (text, word) => {
    expect(eventOf(text, word).event?.type).toBe('protest');
  });
});

describe('a heatwave gripping or scorching a region is a disaster ("as a heatwave gripped much of northern India")', () => {
  it.each([
    ['Temperatures passed 50 degrees on Tuesday as a heatwave gripped much of the north.', 'gripped'],
    ['A heatwave scorched southern Europe last week, closing schools.', 'scorched'],
  ])('%s', (text, word) => {
    expect(eventOf(text, word).event?.type).toBe('accident');
  });
  it('guard (passes before the change too): fear gripping a city is no disaster', () => {
    expect(eventsOf('Fear gripped the city on Monday.', 'gripped').events).toHaveLength(0);
  });
});

describe('fishermen handed over are released too ("The fishermen were handed over to coast guard officials")', () => {
  it('a release', () => {
    expect(eventOf('The 22 fishermen were handed over to coast guard officials at sea on Monday.', 'handed over').event?.type).toBe('other');
  });
});

describe('a group noun hyphened to a participle describes what follows ("military-ruled Myanmar")', () => {
  it.each([
    ['A court in military-ruled Velmaria sentenced the former leader to four more years in prison on Monday.', 'sentenced'],
    ['The army-backed council dissolved parliament and detained two ministers on Friday.', 'detained'],
  ])('%s', (text, word) => {
    const { event, names } = eventOf(text, word);
    expect(event).toBeDefined();
    expect(names.map((n) => n.toLowerCase()).filter((n) => /military|army/.test(n))).toHaveLength(0);
  });
  it('guard (passes before the change too): "police-led raids" keep the police who lead them', () => {
    expect(eventOf('Police-led raids in the capital detained 40 people.', 'detained').agents.map((a) => a.toLowerCase())).toContain('police');
  });
});

describe('an act people wait, queue or are desperate to do has not happened ("150 Rohingya waiting to cross the river")', () => {
  it.each([
    ['A drone strike on Monday killed at least 40 Rohingya waiting to cross the Naf river, witnesses said.', 'cross'],
    ['Families desperate to flee the town gathered at the port on Sunday.', 'flee'],
    ['Hundreds of migrants were waiting to return home on Tuesday.', 'return'],
  ])('%s', (text, word) => {
    expect(eventsOf(text, word).events).toHaveLength(0);
  });
  it('guard (passes before the change too): people who fled are a movement', () => {
    expect(eventOf('Thousands fled to the border on Monday.', 'fled').event?.type).toBe('movement');
  });
});

describe('a visitor received is a meeting, as one welcomed is ("was received by the prime minister at the airport")', () => {
  it.each([
    ['The president arrived in the capital on Saturday, where he was received by Prime Minister Ana Ruiz at the airport.', 'received'],
    ['King Abdullah received the Iraqi delegation at the palace on Monday.', 'received'],
  ])('%s', (text, word) => {
    expect(eventOf(text, word).event?.type).toBe('meeting');
  });
  it.each([
    'The hospital received 40 wounded people overnight.',
    'The ministry received a letter from the embassy on Monday.',
    'Germany received 2,000 refugees last week.',
  ])('guard (passes before the change too): no meeting for people taken in or things received: %s', (text) => {
    expect(eventsOf(text, 'received').events).toHaveLength(0);
  });
});
