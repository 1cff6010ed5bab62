import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

/*
 * Classes left by round 12 and found by reading invented wildfire, heatwave, hostage, kidnapping, border-clash,
 * ceasefire, election-result, recount, prison-riot, embassy-evacuation, refinery-fire, dam-burst and state-visit
 * reports (round 13). Every sentence here is invented.
 */

/** The events whose trigger is `word` in an invented report published on Thursday 27 November 2025. */
function eventsOf(text: string, word: string) {
  const parsed = parseArticle(text, { publishedAt: '2025-11-27' });
  return { parsed, events: parsed.events.filter((e) => e.trigger.text.toLowerCase() === word) };
}

/** The first event whose trigger is `word`, with its participants' names, agents and places. */
function eventOf(text: string, word: string) {
  const { parsed, events } = eventsOf(text, word);
  const event = events[0];
  const nameOf = (id: string) => parsed.actors.find((a) => a.id === id)?.name ?? id;
  const names = (event?.participants ?? []).map((p) => nameOf(p.actorId));
  const agents = (event?.participants ?? []).filter((p) => p.role === 'agent').map((p) => nameOf(p.actorId));
  const patients = (event?.participants ?? []).filter((p) => p.role === 'patient').map((p) => nameOf(p.actorId));
  const places = (event?.placeIds ?? []).map((id) => parsed.places.find((p) => p.id === id)?.name ?? id);
  return { event, names, agents, patients, places, parsed };
}

describe('a count between "took" and "hostage" is part of the people taken', () => {
  it.each([
    ['Gunmen took about 170 guests hostage at the hotel on Friday.'],
    ['The rebels attacked the town and took dozens of villagers hostage.'],
    ['Pirates took around 20 of the sailors hostage off the coast of Somalia.'],
  ])('%s', (text) => {
    expect(eventOf(text, 'took').event?.type).toBe('capture');
  });
  it('guard (passes before the change too): a place phrase before "hostage" is no count', () => {
    expect(eventOf('The tourists took photos in the square, one hostage to the weather.', 'took').event).toBeUndefined();
  });
});

describe('a dam, a pipeline or a levee bursting is an accident', () => {
  it.each([
    ['Two dams burst near the coastal city on Sunday night after torrential rain.'],
    ['A gas pipeline burst near the village on Monday, forcing hundreds to flee.'],
    ['The levee burst overnight and water poured into the lower town.'],
  ])('%s', (text) => {
    expect(eventOf(text, 'burst').event?.type).toBe('accident');
  });
  it.each([
    ['She burst into tears when the verdict was read.'],
    ['The housing bubble burst in 2008.'],
  ])('no accident: %s', (text) => {
    expect(eventOf(text, 'burst').event).toBeUndefined();
  });
});

describe('a plural after a count is a noun, whatever the tagger made of it', () => {
  it('the counted subject decides the sense ("Two dams burst")', () => {
    expect(eventOf('Two dams burst after days of heavy rain.', 'burst').event?.type).toBe('accident');
  });
  it('the counted object decides the sense ("freed the four engineers")', () => {
    expect(eventOf('Soldiers freed the four engineers on Sunday.', 'freed').event?.type).toBe('other');
  });
});

describe('people abducted in kidnapping reports are freed or released, and bail or parole names a release', () => {
  it.each([
    ['Three aid workers abducted in April have been freed, the charity said.', 'freed'],
    ['Kidnappers released two Italian tourists after a ransom was paid.', 'released'],
    ['The opposition leader was released on bail on Monday.', 'released'],
    ['The union leader was freed on bail after two weeks in custody.', 'freed'],
    ['The former minister, who served six years for fraud, was released on parole on Tuesday.', 'released'],
  ])('%s', (text, word) => {
    expect(eventOf(text, word).event?.type).toBe('other');
  });
  it.each([
    ['The company released its quarterly figures on Monday.', 'released'],
    ['The new law freed up funds for schools.', 'freed'],
  ])('guard (passes before the change too): no release: %s', (text, word) => {
    expect(eventOf(text, word).event?.type).not.toBe('other');
  });
});

describe('a purpose infinitive after a past act keeps the act\'s time in the past', () => {
  /** The value of the weekday time of `text`, published on Thursday 27 November 2025. */
  const weekday = (text: string) => parseArticle(text, { publishedAt: '2025-11-27' }).times.find((t) => /day$/.test(t.text))?.value;
  it.each([
    ['Police used water cannon to disperse the crowd late on Saturday.', '2025-11-22'],
    ['Security forces fired tear gas to break up the rally on Tuesday.', '2025-11-25'],
    ['Troops moved in to clear the square on Saturday.', '2025-11-22'],
  ])('%s', (text, value) => {
    expect(weekday(text)).toBe(value);
  });
  it.each([
    ['The ministry announced an event to be held on Monday.', '2025-12-01'],
    ['He has sent envoys to meet the rebels on Monday.', '2025-12-01'],
    ['Officials said they planned talks to end the strike on Monday.', '2025-12-01'],
  ])('guard (passes before the change too): still ahead: %s', (text, value) => {
    expect(weekday(text)).toBe(value);
  });
  it('the clash a purpose infinitive dates is past', () => {
    const event = eventOf('Police used water cannon to disperse the crowd late on Saturday.', 'used').event;
    expect(event?.date).toBe('2025-11-22');
  });
});

describe('an -ing act after a verb of phase is the act begun, object and all', () => {
  it.each([
    ['Troops began shelling villages near the border on Monday.', 'shelling', 'troops'],
    ['The army resumed bombing rebel positions on Tuesday.', 'bombing', 'army'],
    ['Rebels resumed shelling government positions overnight.', 'shelling', 'rebels'],
  ])('%s', (text, word, agent) => {
    const { event, agents } = eventOf(text, word);
    expect(event?.type).toBe('attack');
    expect(agents).toContain(agent);
  });
  it('guard (passes before the change too): with a determiner the verb was read already', () => {
    expect(eventOf('Troops started shelling the town on Monday.', 'shelling').event?.type).toBe('attack');
  });
});

describe('the phrases after a verb of outbreak belong to the happening noun it tells of', () => {
  it.each([
    ['Fighting broke out between rival gangs in the prison on Friday.', 'fighting', 'rival gangs'],
    ['Clashes erupted between police and protesters in the capital.', 'clashes', 'protesters'],
    ['Fighting flared up between the army and the rebels near the airport on Monday.', 'fighting', 'rebels'],
  ])('%s', (text, word, party) => {
    expect(eventOf(text, word).names).toContain(party);
  });
});

describe('two demonyms joined before a group noun are two groups', () => {
  it.each([
    ['Thai and Cambodian soldiers exchanged fire near the temple on Thursday.', 'exchanged fire', ['Thai soldiers', 'Cambodian soldiers']],
    ['Indian and Chinese troops clashed in a border valley.', 'clashed', ['Indian troops', 'Chinese troops']],
    ['Russian and Ukrainian forces fought for the town through the night.', 'fought', ['Russian forces', 'Ukrainian forces']],
  ])('%s', (text, word, parties) => {
    const { names } = eventOf(text, word);
    for (const p of parties) expect(names).toContain(p);
  });
  it('guard (passes before the change too): each demonym before its own noun', () => {
    const { names } = eventOf('Two Thai soldiers and two Cambodian civilians were killed.', 'killed');
    expect(names).toEqual(expect.arrayContaining(['Thai soldiers', 'Cambodian civilians']));
  });
});

describe('a toll with no time of its own, told after a dated attack, accident or clash, counts its dead', () => {
  it.each([
    ['Cyclone Eline made landfall near the port of Beira on Saturday. At least eight people were killed and dozens injured, the disaster agency said on Monday.', 'killed', '2025-11-22'],
    ['Two dams burst near the city on Sunday night after torrential rain. At least 300 people were killed, the interior ministry said on Wednesday.', 'killed', '2025-11-23'],
    ['Gunmen ambushed an army convoy near the border on Tuesday. Twenty soldiers were wounded and four are missing.', 'wounded', '2025-11-25'],
  ])('%s', (text, word, date) => {
    expect(eventOf(text, word).event?.date).toBe(date);
  });
  it.each([
    ['A fire broke out at the refinery on Monday. Two more workers died in hospital on Wednesday.', 'died', '2025-11-26'],
    ['Gunmen attacked a village on Monday. At least 40 people have died, officials said on Wednesday.', 'died', '2025-11-26'],
  ])('guard (passes before the change too): a toll with its own time or in the perfect keeps it: %s', (text, word, date) => {
    expect(eventOf(text, word).event?.date).toBe(date);
  });
});

describe('a war or a battle waged against an evil or against nature is fought in words', () => {
  it.each([
    ['"We are fighting a war against the elements," the prime minister said.', 'fighting'],
    ['The government is fighting a war against drugs in the slums.', 'fighting'],
    ['Firefighters fought a battle against the flames all night.', 'battle'],
    ['Health workers are fighting a war against the virus in the camps.', 'fighting'],
  ])('%s', (text, word) => {
    expect(eventOf(text, word).event).toBeUndefined();
  });
  it.each([
    ['Troops fought a fierce battle against the rebels on Monday.', 'battle'],
    ['The army fought a war against the separatists in the 1990s.', 'fought'],
  ])('guard (passes before the change too): a war against armed men is a clash: %s', (text, word) => {
    expect(eventOf(text, word).event?.type).toBe('clash');
  });
});

describe('a clause joined by ", and" with its own subject after a call or a noun object is no part of it', () => {
  it.each([
    ['Greece has asked the European Union for help, and Italy and Croatia sent water-bombing aircraft on Wednesday.', 'sent', 'for help'],
    ['The government appealed for international aid, and Turkey sent two rescue teams.', 'sent', 'international aid'],
    ['President Ana Ruiz condemned the bombing, and police arrested two men on Monday.', 'arrested', 'the bombing'],
  ])('%s', (text, word, content) => {
    const { event, parsed } = eventOf(text, word);
    expect(event?.modality).toBe('asserted');
    expect(parsed.claims[0]?.content).toMatch(new RegExp(`${content}$`));
  });
  it('the later clause\'s time does not date the call', () => {
    const parsed = parseArticle('Greece asked for help, and Italy sent aircraft on Wednesday.', { publishedAt: '2025-11-27' });
    expect(parsed.claims[0]?.date).toBe('2025-11-27');
  });
  it('guard (passes before the change too): a that-clause goes on past ", and"', () => {
    const parsed = parseArticle('The ministry said the troops had withdrawn, and the border was calm.', { publishedAt: '2025-11-27' });
    expect(parsed.claims[0]?.content).toContain('the border was calm');
  });
});

describe('unnamed captives freed, rescued or swapped take part in their release', () => {
  it.each([
    ['Police freed 40 hostages on Sunday.', 'freed', 'hostages'],
    ['Soldiers rescued 40 civilians trapped in the village on Sunday.', 'rescued', 'civilians'],
    ['The two sides swapped 300 prisoners on Friday.', 'swapped', 'prisoners'],
  ])('%s', (text, word, party) => {
    expect(eventOf(text, word).patients).toContain(party);
  });
});

describe('inmates, migrants, firefighters and rescuers are groups that take part', () => {
  it.each([
    ['At least 68 inmates were killed in a riot at the prison on Friday.', 'killed', 'inmates'],
    ['The coast guard rescued 40 migrants off the island on Sunday.', 'rescued', 'migrants'],
    ['Firefighters evacuated 300 people from the beach on Monday.', 'evacuated', 'firefighters'],
    ['Rescuers evacuated dozens of families from the flooded village.', 'evacuated', 'rescuers'],
  ])('%s', (text, word, party) => {
    expect(eventOf(text, word).names).toContain(party);
  });
});

describe('acts an accusation names with their objects are happenings, and claimed', () => {
  it.each([
    ['The group has been accused of kidnapping civilians and bombing oil pipelines.', 'kidnapping', 'capture'],
    ['The group has been accused of kidnapping civilians and bombing oil pipelines.', 'bombing', 'attack'],
    ['The militia, which is accused of burning villages and killing dozens of civilians, denied the charges.', 'killing', 'casualty'],
  ])('%s (%s)', (text, word, type) => {
    const { event } = eventOf(text, word);
    expect(event?.type).toBe(type);
    expect(event?.modality).toBe('claimed');
  });
  it('guard (passes before the change too): a crime a verdict names is no happening', () => {
    expect(eventOf('The two men were found guilty of kidnapping and manslaughter.', 'kidnapping').event).toBeUndefined();
  });
});

describe('a time after a second verb with a future of its own dates that verb only', () => {
  it.each([
    ['He was charged with arson and will appear before a prosecutor on Friday.', 'charged'],
    ['The man was arrested and is due to appear in court on Friday.', 'arrested'],
    ['The suspect was detained in Lyon and will face a judge on Friday.', 'detained'],
  ])('%s', (text, word) => {
    expect(eventOf(text, word).event?.date).not.toBe('2025-11-28');
  });
  it('guard (passes before the change too): the future verb keeps the time', () => {
    expect(eventOf('The minister arrived in Lima and will meet the president on Friday.', 'meet').event?.date).toBe('2025-11-28');
  });
});

describe('where a force is based says where it stays, never what it does', () => {
  it.each([
    ['French troops based in Chad attacked the rebels on Monday.', 'attacked', 'French troops'],
    ['Rebels stationed near the border shelled the town on Monday.', 'shelled', 'rebels'],
  ])('%s', (text, word, agent) => {
    expect(eventOf(text, word).agents).toContain(agent);
  });
  it('the base\'s country is no attendee of the flight', () => {
    const { event, parsed } = eventOf('French special forces based in neighbouring Burkina Faso flew to Bamako on Friday.', 'flew');
    const attendees = (event?.participants ?? []).filter((p) => p.role === 'attendee' || p.role === 'agent').map((p) => parsed.actors.find((a) => a.id === p.actorId)?.name);
    expect(attendees).not.toContain('Burkina Faso');
  });
});

describe('armed forces flying or arriving somewhere move there: a deployment, no visit', () => {
  it.each([
    ['French special forces flew to Bamako on Friday.', 'flew', 'French special forces'],
    ['US marines flew into the capital on Saturday night to evacuate the embassy.', 'flew', 'US marines'],
    ['Russian troops arrived in the town on Monday.', 'arrived', 'Russian troops'],
  ])('%s', (text, word, agent) => {
    const { event, agents } = eventOf(text, word);
    expect(event?.type).toBe('movement');
    expect(agents).toContain(agent);
  });
  it('guard (passes before the change too): a minister flying is a visit', () => {
    expect(eventOf('The foreign minister, Ana Pereira, flew to Paris on Monday.', 'flew').event?.type).toBe('visit');
  });
});

describe('a verb before a light verb\'s clause is none of its light verbs', () => {
  it.each([
    ['Two people were killed when police opened fire on protesters in the town.', 'killed', 'casualty'],
    ['Three students were wounded when police opened fire on the march.', 'wounded', 'casualty'],
  ])('%s', (text, word, type) => {
    expect(eventOf(text, word).event?.type).toBe(type);
  });
  it('a group noun the tagger read as a verb after "when" opens a clause of its own', () => {
    expect(eventOf('Two people died when police fired on protesters.', 'fired').event?.type).toBe('attack');
  });
});

describe('a time right after a verb of saying dates the saying, not the toll of the happening told before it', () => {
  it.each([
    ['An explosion ripped through a chemical plant on Tuesday, killing at least 78 people, state media said on Saturday.', 'killing', '2025-11-25'],
    ['Floods swept through the valley on Monday, killing 12 people, the governor said on Wednesday.', 'killing', '2025-11-24'],
  ])('%s', (text, word, date) => {
    expect(eventOf(text, word).event?.date).toBe(date);
  });
});

describe('closing a mission or a border, and suspending or severing ties, cut relations', () => {
  it.each([
    ['The United States has closed its embassy in Khartoum and evacuated its diplomats.', 'closed'],
    ['Thailand closed all border crossings with Cambodia on Thursday afternoon.', 'closed'],
    ['Mexico suspended diplomatic relations with Ecuador on Saturday.', 'suspended'],
    ['Nicaragua severed ties with Taiwan in December.', 'severed'],
  ])('%s', (text, word) => {
    const { event } = eventOf(text, word);
    expect(event?.type).toBe('other');
    expect(event?.cameo).toBe('16');
  });
  it.each([
    ['The government closed schools until further notice.', 'closed'],
    ['Shares closed higher on Monday.', 'closed'],
    ['The airline suspended flights to the capital.', 'suspended'],
  ])('guard (passes before the change too): no cut in relations: %s', (text, word) => {
    expect(eventOf(text, word).event).toBeUndefined();
  });
});
