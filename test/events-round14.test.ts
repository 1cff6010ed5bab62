import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

/*
 * Classes left by round 13 and found by reading invented drone-strike, kidnapping, hostage, siege, blockade,
 * shooting, police-raid, sanctions, expulsion, coup, annulled-election, earthquake, landslide, flood, sentencing,
 * verdict, violent-protest, tanker-seizure and piracy reports (round 14). Every sentence here is invented.
 */

/** The events whose trigger is `word` in an invented report published on Wednesday 12 June 2024. */
function eventsOf(text: string, word: string) {
  const parsed = parseArticle(text, { publishedAt: '2024-06-12' });
  return { parsed, events: parsed.events.filter((e) => e.trigger.text.toLowerCase() === word) };
}

/** The first event whose trigger is `word`, with its participants' names, agents and places. */
function eventOf(text: string, word: string) {
  const { parsed, events } = eventsOf(text, word);
  const event = events[0];
  const nameOf = (id: string) => parsed.actors.find((a) => a.id === id)?.name ?? id;
  const names = (event?.participants ?? []).map((p) => nameOf(p.actorId));
  const agents = (event?.participants ?? []).filter((p) => p.role === 'agent').map((p) => nameOf(p.actorId));
  const places = (event?.placeIds ?? []).map((id) => parsed.places.find((p) => p.id === id)?.name ?? id);
  return { event, names, agents, places, parsed };
}

describe('a word of position between "in" and a name keeps the name a place ("in northern Turkey")', () => {
  it.each([
    ['An explosion at a coal mine in northern Turkey killed 41 miners on Friday.', 'killed', 'Türkiye'],
    ['Clashes in southern Tripoli killed 12 people on Monday.', 'killed', 'Tripoli'],
    ['A protest in central Nairobi turned violent on Tuesday.', 'protest', 'Nairobi'],
    ['A car bomb in central Baghdad killed nine people on Sunday.', 'killed', 'Baghdad'],
  ])('%s', (text, word, place) => {
    const { places, names } = eventOf(text, word);
    expect(places).toContain(place);
    expect(names).not.toContain(place === 'Türkiye' ? 'Türkiye' : place === 'Tripoli' ? 'Libya' : place === 'Nairobi' ? 'Kenya' : 'Iraq');
  });
  it('guard (passes before the change too): a country that acts stays the government', () => {
    expect(eventOf('Turkey launched air strikes on northern Iraq on Friday.', 'strikes').agents).toContain('Türkiye');
  });
});

describe('"took to the streets" is a protest', () => {
  it.each([
    ['Thousands of people took to the streets of Khartoum on Monday to oppose the takeover.', 'took to the streets'],
    ['Protesters took to the streets in Lima on Friday.', 'took to the streets'],
    ['Opposition supporters are expected to take to the streets on Saturday.', 'take to the streets'],
  ])('%s', (text, word) => {
    expect(eventOf(text, word).event?.type).toBe('protest');
  });
  it('guard (passes before the change too): no protest in "took to the stage"', () => {
    expect(eventsOf('The senator took to the stage on Monday.', 'took').events).toHaveLength(0);
  });
});

describe('supporters, youths and traders blocking roads protest', () => {
  it.each([
    ['Thousands of his supporters blocked roads in the capital on Monday.'],
    ['Opposition supporters blocked the main highway to the airport on Friday.'],
    ['Angry youths blocked roads with burning tyres on Tuesday.'],
  ])('%s', (text) => {
    expect(eventOf(text, 'blocked').event?.type).toBe('protest');
  });
  it('guard (passes before the change too): a senate blocking a bill is no event', () => {
    expect(eventOf('The Senate blocked the bill on Monday.', 'blocked').event).toBeUndefined();
  });
});

describe('a protest lodged by a government is a statement', () => {
  it.each([
    ['Japan lodged a protest through diplomatic channels in Beijing on Monday.'],
    ['The foreign ministry filed a formal protest with the embassy on Tuesday.'],
    ['Seoul delivered a strong protest to Tokyo on Friday.'],
  ])('%s', (text) => {
    expect(eventOf(text, 'protest').event?.type).toBe('statement');
  });
  it('guard (passes before the change too): joining a protest is a protest', () => {
    expect(eventOf('Thousands joined a protest in the capital on Tuesday.', 'protest').event?.type).toBe('protest');
  });
});

describe('a blockade by force is an attack, an economic one a sanction, a protesters\' one a protest', () => {
  it.each([
    ['Israel has imposed a naval blockade on Gaza since 2007.', 'blockade', 'attack'],
    ["The army's blockade of the town entered its third month on Monday.", 'blockade', 'attack'],
    ['Saudi Arabia and its allies imposed an economic blockade on Qatar in June 2017.', 'blockade', 'sanction'],
    ['The army has blockaded the town since early September.', 'blockaded', 'attack'],
    ['Rebels have besieged the town since March.', 'besieged', 'attack'],
  ])('%s', (text, word, type) => {
    expect(eventOf(text, word).event?.type).toBe(type);
  });
  it('guard (passes before the change too): farmers blockading a port protest', () => {
    expect(eventOf('Farmers maintained their blockade of the port on Monday.', 'blockade').event?.type).toBe('protest');
  });
});

describe("a country's name before a weapon names its government as the attacker", () => {
  it.each([
    ['A United States drone strike killed five militants in Somalia on Tuesday.', 'strike', 'United States'],
    ['A US drone strike killed five militants in Somalia on Tuesday.', 'strike', 'United States'],
    ['Pakistan army helicopters struck militant hideouts in North Waziristan on Sunday.', 'struck', 'Pakistan'],
  ])('%s', (text, word, agent) => {
    expect(eventOf(text, word).agents).toContain(agent);
  });
  it('guard (passes before the change too): a demonym before a weapon already names its government', () => {
    expect(eventOf('A Russian missile strike hit the city of Dnipro on Monday.', 'hit').agents).toContain('Russia');
  });
});

describe('whom force is aimed at ("fired tear gas at protesters") takes part', () => {
  it.each([
    ['Police fired tear gas at protesters in the capital on Monday.', 'fired', 'protesters'],
    ['Demonstrators threw stones at the police on Friday.', 'threw', 'police'],
    ['Troops fired at rebels near the border on Monday.', 'fired', 'rebels'],
  ])('%s', (text, word, group) => {
    expect(eventOf(text, word).names).toContain(group);
  });
});

describe('hurling rocks is a street fight, as throwing them is', () => {
  it('Youths hurled rocks at soldiers in Hebron on Friday.', () => {
    expect(eventOf('Youths hurled rocks at soldiers in Hebron on Friday.', 'hurled').event?.type).toBe('clash');
  });
  it('Protesters hurled petrol bombs and stones at riot police on Saturday.', () => {
    expect(eventOf('Protesters hurled petrol bombs and stones at riot police on Saturday.', 'hurled').event?.type).toBe('clash');
  });
  it('guard (passes before the change too): no clash in "hurled insults"', () => {
    expect(eventOf('The senator hurled insults at his rival on Monday.', 'hurled').event).toBeUndefined();
  });
});

describe('"responded by V-ing": who responded does the act', () => {
  it.each([
    ['Belarus responded by recalling its ambassadors from Poland.', 'recalling', 'Belarus'],
    ['Police responded by firing tear gas at the crowd on Monday.', 'firing', 'police'],
    ['The army responded by shelling rebel positions on Sunday.', 'shelling', 'army'],
  ])('%s', (text, word, agent) => {
    expect(eventOf(text, word).agents).toContain(agent);
  });
  it('guard (passes before the change too): a participle before "by" and a noun is still passive', () => {
    expect(eventOf('Two men arrested by police on Monday were charged.', 'charged').agents).not.toContain('police');
  });
});

describe('"similar" with a time of its own tells one more happening', () => {
  it('a second government imposing similar sanctions is a second sanction', () => {
    const { events } = eventsOf('Canada imposed sanctions on Iran on Monday. Britain imposed similar sanctions last week.', 'sanctions');
    expect(events).toHaveLength(2);
  });
  it('Britain imposed similar sanctions on Iran on Friday.', () => {
    expect(eventOf('Britain imposed similar sanctions on Iran on Friday.', 'sanctions').event?.type).toBe('sanction');
  });
  it('guard (passes before the change too): undated similar attacks are a kind of happening', () => {
    expect(eventOf('Militants have carried out similar attacks in the region.', 'attacks').event).toBeUndefined();
  });
});

describe('an undated participle of what befell people, before the clause\'s auxiliary, is a reduced relative', () => {
  it('A former minister convicted of fraud was released on parole on Monday.', () => {
    const release = eventOf('A former minister convicted of fraud was released on parole on Monday.', 'released');
    expect(release.event?.date).toBe('2024-06-10');
  });
  it('Last year 137 pupils seized from a school in Kaduna state were freed after two weeks in captivity.', () => {
    expect(eventOf('Last year 137 pupils seized from a school in Kaduna state were freed after two weeks in captivity.', 'freed').event).toBeDefined();
  });
  it('Two men suspected of attacking police officers were arrested on Sunday: the officers are not arrested', () => {
    expect(eventOf('Two men suspected of attacking police officers were arrested on Sunday.', 'arrested').names).not.toContain('police officers');
  });
  it('a time inside the participle\'s phrase does not date the clause\'s verb', () => {
    expect(eventOf('Three soldiers accused of killing civilians in 2019 were jailed on Monday.', 'jailed').event?.date).toBe('2024-06-10');
  });
  it('Two journalists detained in Tehran in March were freed on Sunday.', () => {
    expect(eventOf('Two journalists detained in Tehran in March were freed on Sunday.', 'freed').event?.date).toBe('2024-06-09');
  });
  it('guard (passes before the change too): a main verb before "what was" stays the main verb', () => {
    expect(eventOf('Rebels fired on what was left of the town on Monday.', 'fired').agents).toContain('rebels');
  });
});

describe('signing a law or a decree is no agreement', () => {
  it.each([
    ['Hours later the president signed a decree extending emergency powers for another 90 days.'],
    ['The governor signed the measure into law on Friday.'],
    ['President Ana Morel signed a law on Monday banning the group.'],
  ])('%s', (text) => {
    expect(eventOf(text, 'signed').event?.type).toBe('other');
  });
  it('guard (passes before the change too): signing a ceasefire is an agreement', () => {
    expect(eventOf('The rebels signed a ceasefire with the government on Friday.', 'ceasefire').event?.type).toBe('agreement');
  });
  it('guard (passes before the change too): "both sides signed" is an agreement', () => {
    expect(eventOf('Both sides signed on Friday.', 'signed').event?.type).toBe('agreement');
  });
});

describe('a happening a body orders is still to come, and the order\'s day does not date it', () => {
  it('The court annulled the results on Monday and ordered a new vote within 150 days.', () => {
    const vote = eventOf('The court annulled the results on Monday and ordered a new vote within 150 days.', 'vote').event;
    expect(vote?.modality).toBe('planned');
    expect(vote?.date).toBeNull();
  });
  it('The court ordered a new trial for the two men on Monday.', () => {
    const trial = eventOf('The court ordered a new trial for the two men on Monday.', 'trial').event;
    expect(trial?.modality).toBe('planned');
    expect(trial?.date).toBeNull();
  });
  it('guard (passes before the change too): The prime minister called a snap election for October.', () => {
    const election = eventOf('The prime minister called a snap election for October.', 'election').event;
    expect(election?.modality).toBe('planned');
    expect(election?.date).toBe('2024-10');
  });
  it('guard (passes before the change too): a strike called for Thursday keeps its day', () => {
    expect(eventOf('Unions called a general strike for Thursday.', 'strike').event?.date).toBe('2024-06-13');
  });
});

describe('a pronoun after an unnamed group opening reported content stands for the group, not the postposed speaker', () => {
  it.each([
    ['Government forces tightened their siege of the town on Sunday, residents said.', 'siege', 'government forces'],
    ['The army tightened its siege of the town on Sunday, residents said.', 'siege', 'army'],
  ])('%s', (text, word, agent) => {
    const { agents } = eventOf(text, word);
    expect(agents).toContain(agent);
    expect(agents).not.toContain('residents');
  });
  it('guard (passes before the change too): "said its forces" is the speaker\'s forces', () => {
    expect(eventOf('The army said its forces had captured the town.', 'captured').agents).toContain('army');
  });
});

describe('a plural after a verb\'s first object noun is no verb ("shelled army positions ..., killing")', () => {
  it.each([
    ['Rebels shelled army positions outside the town overnight, killing four soldiers.', 'killing', 'rebels'],
    ['Troops shelled rebel positions near the town, killing 12 fighters.', 'killing', 'troops'],
  ])('%s', (text, word, agent) => {
    expect(eventOf(text, word).agents).toContain(agent);
  });
});

describe('the host verb after a restrictive who-relative in its subject is a happening of its own', () => {
  it.each([
    ['Protesters who gathered outside parliament clashed with police on Monday.', 'clashed', 'protesters'],
    ['Soldiers who mutinied on Monday arrested the president.', 'arrested', 'soldiers'],
    ['Rebels who seized the town last week executed 12 civilians on Monday.', 'executed', 'rebels'],
  ])('%s', (text, word, agent) => {
    expect(eventOf(text, word).agents).toContain(agent);
  });
  it('the relative\'s time does not date the host verb', () => {
    expect(eventOf('Rebels who seized the town last week executed 12 civilians on Monday.', 'executed').event?.date).toBe('2024-06-10');
  });
  it('guard (passes before the change too): a who-relative after the object keeps its own happening', () => {
    expect(eventOf('Police arrested two men who had attacked the guards on Monday.', 'attacked').event?.type).toBe('attack');
  });
});

describe('a gerund after a comma goes with the main clause, not a relative clause before the comma', () => {
  it.each([
    ['Kenyan police opened fire on protesters who stormed parliament in Nairobi on Tuesday, killing at least five people.', 'killing', 'Kenyan police'],
    ['Soldiers fired on villagers who had gathered outside the base, wounding 12.', 'wounding', 'soldiers'],
  ])('%s', (text, word, agent) => {
    expect(eventOf(text, word).agents).toEqual([agent]);
  });
});

describe('an ordered inquiry is under way, and vague spans date no similar happening', () => {
  it('guard (passes before the change too): ordered an inquiry stays asserted', () => {
    expect(eventOf('The minister condemned the attack and ordered an inquiry.', 'inquiry').event?.modality).toBe('asserted');
  });
  it('guard (passes before the change too): similar attacks in recent months are a kind', () => {
    expect(eventOf('Militants have carried out similar raids in the north in recent months.', 'raids').event).toBeUndefined();
  });
});

describe('public order restored or kept is no purchase order', () => {
  it.each([
    ['President Bio said order had been restored.'],
    ['Police said order was restored in the town on Monday.'],
    ['Officials said public order had broken down.'],
    ['Police said law and order had been maintained.'],
  ])('%s', (text) => {
    expect(eventOf(text, 'order').event).toBeUndefined();
  });
  it('guard (passes before the change too): an airline placing an order buys', () => {
    expect(eventOf('The airline placed an order for 20 jets on Monday.', 'order').event?.type).toBe('economic');
  });
});

describe('a country after "brokered by" is no place the article is about', () => {
  it.each([
    ['Hamas released 24 hostages on Friday under a truce brokered by Qatar.', 'released', 'Qatar'],
    ['Rebels freed 12 soldiers on Friday in a deal brokered by Norway.', 'freed', 'Norway'],
  ])('%s', (text, word, broker) => {
    expect(eventOf(text, word).places).not.toContain(broker);
  });
  it('guard (passes before the change too): a country named as where it happened stays the place', () => {
    expect(eventOf('Rebels freed 12 soldiers in Mali on Friday in a deal brokered by Norway.', 'freed').places).toContain('Mali');
  });
});

describe('a court dissolving a party rules (a ruler dissolving parliament stays no event: it cost the check half a false event)', () => {
  it.each([
    ["Thailand's Constitutional Court dissolved the opposition Move Forward party on Wednesday.", 'legal'],
    ['A court in Bangkok dissolved the party on Wednesday.', 'legal'],
  ])('%s', (text, type) => {
    expect(eventOf(text, 'dissolved').event?.type).toBe(type);
  });
  it('guard (passes before the change too): sugar dissolving is no event', () => {
    expect(eventOf('The sugar dissolved in water.', 'dissolved').event).toBeUndefined();
  });
});

describe('supporters and mourners gathering are a gathering of protest', () => {
  it.each([
    ["Hundreds of supporters gathered outside the party's headquarters in Bangkok."],
    ['Thousands of mourners gathered in the square on Sunday to denounce the killing.'],
  ])('%s', (text) => {
    expect(eventOf(text, 'gathered').event?.type).toBe('protest');
  });
  it('guard (passes before the change too): crowds gathering to watch is none', () => {
    expect(eventOf('Crowds gathered to watch the parade.', 'gathered').event).toBeUndefined();
  });
});

describe('a court annulling, nullifying or invalidating a vote rules', () => {
  it.each([
    ["Malawi's constitutional court annulled the results of last year's presidential election on Monday.", 'annulled'],
    ['The Supreme Court nullified the vote on Friday, citing irregularities.', 'nullified'],
    ['A court in Kinshasa invalidated the results on Tuesday.', 'invalidated'],
  ])('%s', (text, word) => {
    expect(eventOf(text, word).event?.type).toBe('legal');
  });
  it('guard (passes before the change too): a couple annulling their marriage is none', () => {
    expect(eventOf('The couple annulled their marriage in 2019.', 'annulled').event).toBeUndefined();
  });
});

describe('pupils, schoolgirls and worshippers taken or killed are group participants', () => {
  it.each([
    ['Gunmen abducted at least 40 pupils from a boarding school on Friday.', 'abducted', 'pupils'],
    ['A suicide bomber killed 30 worshippers at a mosque on Friday.', 'killed', 'worshippers'],
    ['Bandits kidnapped 300 schoolgirls from a school in Zamfara state.', 'kidnapped', 'schoolgirls'],
  ])('%s', (text, word, group) => {
    expect(eventOf(text, word).names).toContain(group);
  });
});

describe('"the group" or "the militia" is the organisation named last before it', () => {
  it.each([
    ['The Rapid Support Forces captured the town on Monday. The paramilitary group shelled a hospital on Thursday.', 'shelled', 'Rapid Support Forces'],
    ['Hamas fired rockets at Israel on Monday. The militant group also attacked a border post.', 'attacked', 'Hamas'],
  ])('%s', (text, word, agent) => {
    expect(eventOf(text, word).agents).toContain(agent);
  });
  it('guard (passes before the change too): "a group of protesters" stays the protesters', () => {
    expect(eventOf('A group of protesters marched on Monday.', 'marched').agents).toContain('protesters');
  });
});

describe('pirates opening a sentence are the group that acts', () => {
  it.each([
    ['Pirates seized a tanker on Tuesday.', 'seized'],
    ['Pirates have hijacked a cargo ship off Somalia.', 'hijacked'],
    ['Somali pirates hijacked a tanker on Tuesday.', 'hijacked'],
  ])('%s', (text, word) => {
    expect(eventOf(text, word).agents.some((a) => /pirates/i.test(a))).toBe(true);
  });
  it('guard (passes before the change too): police opening a sentence act', () => {
    expect(eventOf('Police arrested 14 people on Monday.', 'arrested').agents).toContain('police');
  });
});
