import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

/*
 * Classes found by the lead reading invented reports in round 13 (provincial polls, a campaign trade row, militia
 * clashes in a capital, brewer results, a volcano, a court halting a deployment). Every sentence here is invented.
 */

const HEAD = 'Invented report\n\nWednesday, May 22, 2024\n\n';

function parse(body: string) {
  return parseArticle(HEAD + body, { publishedAt: '2024-05-22' });
}

function eventOf(body: string, trigger: string) {
  const parsed = parse(body);
  const event = parsed.events.find((e) => e.trigger.text === trigger);
  const name = (id: string) => parsed.actors.find((a) => a.id === id)?.name;
  return event ? { ...event, names: event.participants.map((p) => `${p.role}:${name(p.actorId)}`) } : undefined;
}

describe('a happening somebody was kept from did not happen', () => {
  it.each([
    ['Police prevented hundreds of protesters from marching to the parliament building on Tuesday.', 'marching'],
    ['The judge stopped the government from deporting the two activists.', 'deporting'],
    ['The rebels refrained from attacking the town.', 'attacking'],
    ['Security forces kept the opposition leader from travelling to the capital.', 'travelling'],
    ['Police blocked the opposition from holding a rally in the capital.', 'rally'],
  ])('%s', (body, trigger) => {
    expect(eventOf(body, trigger)?.modality).toBe('negated');
  });

  it('whoever keeps others from the act does not do it', () => {
    for (const [body, trigger, keeper] of [
      ['Police prevented hundreds of protesters from marching to the parliament building on Tuesday.', 'marching', 'agent:police'],
      ['Guards stopped the prisoners from attacking the warden.', 'attacking', 'agent:guards'],
    ] as const) {
      const event = eventOf(body, trigger);
      expect(event).toBeDefined();
      expect(event?.names).not.toContain(keeper);
    }
  });

  it.each([
    ['Police stopped the convoy and arrested four men.', 'arrested'],
    ['Troops returned from patrolling the border and attacked a rebel camp.', 'attacked'],
  ])('guard (passes before the change too): a happening after the keeping verb in its own clause stays asserted: %s', (body, trigger) => {
    expect(eventOf(body, trigger)?.modality).toBe('asserted');
  });
});

describe('a plural common word capitalised only as the sentence opener names no speaking body', () => {
  it.each([
    ['Exporters said the new tariff would cost them orders.', 'exporters'],
    ['Manufacturers warned that prices would rise.', 'manufacturers'],
  ])('a plural of agents opening the sentence is a group: %s', (body, name) => {
    const parsed = parse(body);
    const speaker = parsed.actors.find((a) => a.id === parsed.claims[0]?.claimantId);
    expect([speaker?.kind, speaker?.name]).toEqual(['group', name]);
  });

  it.each([
    ['Elections planned for December were postponed indefinitely.', 'Elections'],
    ['Reforms promised by the president have stalled.', 'Reforms'],
    ['Strikes announced by the unions last week began on Monday.', 'Strikes'],
  ])('%s', (body, word) => {
    const parsed = parse(body);
    expect(parsed.actors.some((a) => a.name === word)).toBe(false);
    expect(parsed.claims).toHaveLength(0);
  });

  it.each([
    ['Kurds said they had been shelled.', 'Kurds'],
    ['Siemens said on Monday it would cut jobs.', 'Siemens'],
  ])('guard (passes before the change too): a people plural or a name ending in s still speaks: %s', (body, word) => {
    const parsed = parse(body);
    const claim = parsed.claims[0];
    expect(parsed.actors.find((a) => a.id === claim?.claimantId)?.name).toBe(word);
  });
});

describe('a name right after "the" and a place noun is that place, never the state acting', () => {
  it.each([
    ['Clashes between rival armed groups in the Libyan capital Tripoli killed at least 22 people.', 'Tripoli'],
    ['Fighting in the Sudanese capital, Khartoum, killed 12 people.', 'Khartoum'],
    ['The Kenyan capital Nairobi hosted the talks.', 'Nairobi'],
    ['Gunfire in the Malian capital Bamako wounded nine people on Sunday.', 'Bamako'],
  ])('%s', (body, name) => {
    const parsed = parse(body);
    expect(parsed.places.some((p) => p.name === name)).toBe(true);
    expect(parsed.actors.some((a) => a.kind === 'government' || a.name.includes(name))).toBe(false);
  });

  it.each([
    ['Nairobi said it would send troops.', 'Kenya'],
    ['The talks in Nairobi ended, and Kenya said it would send troops.', 'Kenya'],
  ])('guard (passes before the change too): a capital or a country acting alone is still the state: %s', (body, state) => {
    expect(parse(body).actors.find((a) => a.kind === 'government')?.name).toBe(state);
  });
});

describe('a country named once in passing is not the place a report is about', () => {
  it.each([
    ['Floodwaters rose in Karsk on Sunday. The mayor of Karsk said pumps sent from Germany had arrived. Schools in Karsk stayed shut. Two people drowned.', 'drowned', 'Karsk'],
    ['Thousands marched in Brentford on Monday. Organisers said factories in Brentford had lost work to Mexico. In Brentford, shops closed early. Riot police later fired tear gas.', 'fired', 'Brentford'],
  ])('%s', (body, trigger, place) => {
    const parsed = parse(body);
    const event = parsed.events.find((e) => e.trigger.text === trigger);
    expect(event).toBeDefined();
    expect(event?.placeIds.map((id) => parsed.places.find((p) => p.id === id)?.name)).toEqual([place]);
  });

  it('guard (passes before the change too): a country named as a place more than once is still the place', () => {
    const parsed = parse('Floods hit Malawi on Sunday. The mayor of Karsk said pumps sent from Germany had arrived. Aid reached Malawi on Monday. Two people drowned.');
    const event = parsed.events.find((e) => e.trigger.text === 'drowned');
    expect(event?.placeIds.map((id) => parsed.places.find((p) => p.id === id)?.name)).toEqual(['Malawi']);
  });
});

describe('a market index written with its index noun is no body, whichever layer found it', () => {
  it.each([
    ['Shares in the brewer fell 4 percent, making them the worst performers on the AEX index.', 'AEX'],
    ['The OMX index in Stockholm closed 1.2 percent lower on Friday.', 'OMX'],
    ['Bank stocks dragged the FTSE MIB index down 2 percent.', 'FTSE MIB'],
    ['Traders sold banks, and the PSI index in Lisbon lost 1.5 percent.', 'PSI'],
  ])('%s', (body, name) => {
    expect(parse(body).actors.map((a) => a.name)).not.toContain(name);
  });
});


describe('a happening named after "in connection with" or "charged with" is what the act is about, not its setting', () => {
  it.each([
    ['Monitors reported an arson attack on a party office in Matara on Friday night. Police said they had arrested four men in connection with the attack.', 'arrested', '2024-05-17'],
    ['A bus was bombed near Garissa on Sunday. Police detained six suspects in connection with the bombing.', 'detained', '2024-05-19'],
    ['Rebels shelled the town of Orsk on Monday. Two men have been charged with the shelling.', 'charged', '2024-05-20'],
  ])('%s', (body, trigger, earlier) => {
    const event = eventOf(body, trigger);
    expect(event).toBeDefined();
    expect(event?.date).not.toBe(earlier);
  });

  it('guard (passes before the change too): a happening that is the setting still dates the clause', () => {
    expect(eventOf('Rebels shelled the town of Orsk on Monday. Two children were wounded in the shelling.', 'wounded')?.date).toBe('2024-05-20');
  });
});

describe('an ordinal or superlative phrase after a postposed cue sums up the clause before it', () => {
  it.each([
    ['Ukraine and Russia exchanged 190 prisoners on Saturday, officials on both sides said, the first such swap in a month.', 'officials on both sides', 'exchanged 190 prisoners'],
    ['Rebels seized the town of Orsk on Monday, residents said, the latest in a string of losses for the army.', 'residents', 'seized the town of Orsk'],
    ['Prices rose 4 percent in March, the statistics office said, the fastest pace in a decade.', 'statistics office', 'Prices rose 4 percent'],
  ])('%s', (body, claimant, words) => {
    const parsed = parse(body);
    expect(parsed.claims).toHaveLength(1);
    const claim = parsed.claims[0];
    expect(claim?.content).toContain(words);
    expect(parsed.actors.find((a) => a.id === claim?.claimantId)?.name).toBe(claimant);
  });

  it('guard (passes before the change too): a that-clause after the cue is still the claim', () => {
    const claim = parse('The ministry said on Monday that the latest talks had failed.').claims[0];
    expect(claim?.content).toBe('the latest talks had failed');
  });
});

describe('a described body opening a relative clause after "which" speaks', () => {
  it.each([
    ['Kenya suspended mobile services, which the interior ministry said was needed to keep order.', 'interior ministry'],
    ['The army shelled the camp, which the health ministry said had killed 12 people.', 'health ministry'],
    ['Police closed the border, which the state broadcaster said would stay shut until Monday.', 'state broadcaster'],
  ])('%s', (body, claimant) => {
    const parsed = parse(body);
    expect(parsed.claims.map((c) => parsed.actors.find((a) => a.id === c.claimantId)?.name)).toEqual([claimant]);
  });
});

describe('a source opening a relative clause inside another claim attributes on its own', () => {
  it.each([
    ['The party claimed victory in the vote, a result that analysts said would put pressure on the president.', 'analysts', 'put pressure on the president'],
    ['The party said it had won the vote, which observers said was marred by fraud.', 'observers', 'marred by fraud'],
    ['Ivo Lind said the plan, which economists said was flawed, would pass.', 'economists', 'was flawed'],
  ])('%s', (body, claimant, words) => {
    const parsed = parse(body);
    expect(parsed.claims).toHaveLength(2);
    const inner = parsed.claims.filter((c) => c.content.includes(words)).sort((a, b) => a.content.length - b.content.length)[0];
    expect(parsed.actors.find((a) => a.id === inner?.claimantId)?.name).toBe(claimant);
  });

  it.each([
    ['Ana Ruiz said that officials expected the talks to fail.'],
    ['The ministry denied reports that officials had said the talks failed.'],
  ])('guard (passes before the change too): a that-clause of the outer cue is no relative clause: %s', (body) => {
    expect(parse(body).claims).toHaveLength(1);
  });
});

describe('a clause with its own subject after a noun object and ", and" is the writer\'s, not the claim', () => {
  it.each([
    ['Separately, Mobil Corp. reported a 27 percent increase in earnings, and Exxon Corp. is scheduled to report its results Thursday.', 'a 27 percent increase in earnings'],
    ['Acme Inc. reported a loss of 3 million dollars, and its shares fell 5 percent.', 'a loss of 3 million dollars'],
    ['The ministry announced new sanctions, and the central bank raised interest rates.', 'new sanctions'],
  ])('%s', (body, content) => {
    expect(parse(body).claims[0]?.content).toBe(content);
  });

  it.each([
    ['Ana Ruiz said the plan would fail, and Tom Kale said it would pass.', 'the plan would fail'],
    ['The ministry said that prices would rise, and that wages would fall.', 'prices would rise, and that wages would fall'],
  ])('guard (passes before the change too): a clause of the claim is no noun object: %s', (body, content) => {
    expect(parse(body).claims[0]?.content).toBe(content);
  });
});

describe('the kind of body written after an organisation\'s name is the head of the speaker\'s phrase', () => {
  it.each([
    ["Yemen's Houthi movement said the region needed calm.", 'Houthi'],
    ['The Hezbollah movement, which is backed by Iran, said the strikes would not go unanswered.', 'Hezbollah'],
    ['The Shabaab militia claimed the attack on the base.', 'Shabaab'],
  ])('%s', (body, claimant) => {
    const parsed = parse(body);
    expect(parsed.claims.map((c) => parsed.actors.find((a) => a.id === c.claimantId)?.name)).toEqual([claimant]);
  });
});

describe('a demonym of several words naming people of the nation is no name', () => {
  it.each([
    ['Among the passengers were five Indians and two South Koreans, the airline said.', 'South Koreans'],
    ['The victims included three Britons and a Sri Lankan.', 'Sri Lankan'],
  ])('%s', (body, name) => {
    expect(parse(body).actors.map((a) => a.name)).not.toContain(name);
  });

  it('"the airline said" then goes to the airline the report named', () => {
    const parsed = parse('Yeti Airlines flew the route daily. Among the passengers were five Indians and two South Koreans, the airline said.');
    expect(parsed.actors.find((a) => a.id === parsed.claims[0]?.claimantId)?.name).toBe('Yeti Airlines');
  });

  it('guard (passes before the change too): a country of several words stays a place', () => {
    expect(parse('Aid reached South Korea and New Zealand on Monday.').places.map((p) => p.name)).toEqual(['South Korea', 'New Zealand']);
  });

  it('guard (passes before the change too): "three New Zealanders" is no name', () => {
    expect(parse('The victims included three New Zealanders.').actors.map((a) => a.name)).not.toContain('New Zealanders');
  });
});

describe('a plural anaphor of several named actors gives each of them the claim', () => {
  function claimants(body: string): string[] {
    const parsed = parse(body);
    return parsed.claims.map((c) => parsed.actors.find((a) => a.id === c.claimantId)?.name ?? '?').sort();
  }

  it.each([
    ['Kenya and Uganda agreed to reopen the border, the two countries said.', ['Kenya', 'Uganda']],
    ['Kenya and Uganda agreed to reopen the border. Both countries said trade would resume.', ['Kenya', 'Uganda']],
    ['Acme Corp and Brill Inc agreed to merge, the companies said.', ['Acme', 'Brill']],
  ])('%s', (body, expected) => {
    expect(claimants(body)).toEqual(expected);
  });

  it('guard (passes before the change too): a count the named actors do not fit gives no one', () => {
    expect(claimants('Kenya and Uganda agreed to reopen the border, the three countries said.')).not.toContain('Kenya');
  });

  it('guard (passes before the change too): the plural inside a claim is no speaker', () => {
    expect(claimants('Kenya said the talks failed. Analysts said the two countries would keep talking.')).toEqual(['Kenya', 'analysts']);
  });
});

describe('an object relative after a comma answers the phrase it hangs on', () => {
  it.each([
    ['Ana Ruiz was arrested on charges of fraud, which she denies.', 'Ana Ruiz', 'charges of fraud'],
    ['Tom Kale faces charges of corruption, which he has denied.', 'Tom Kale', 'charges of corruption'],
    ['Lena Varga is accused of taking bribes, which she rejects.', 'Lena Varga', 'taking bribes'],
  ])('%s', (body, claimant, content) => {
    const parsed = parse(body);
    const denial = parsed.claims.find((c) => c.kind === 'denial' || c.kind === 'rejection');
    expect(parsed.actors.find((a) => a.id === denial?.claimantId)?.name).toBe(claimant);
    expect(denial?.content).toBe(content);
  });

  it('guard (passes before the change too): the happening the sentence tells stays the writer\'s', () => {
    expect(eventOf('Ana Ruiz was arrested on charges of fraud, which she denies.', 'arrested')?.modality).toBe('asserted');
  });
});

describe('calling a gathering joined by "and" to another act claims nothing', () => {
  it.each([
    ['Prime Minister Ana Ruiz called an emergency cabinet meeting and formed a panel to investigate the crash.'],
    ['Governor Tom Kale called a snap election and resigned the same day.'],
  ])('%s', (body) => {
    expect(parse(body).claims.filter((c) => c.cue === 'called')).toHaveLength(0);
  });

  it('the act joined to it still has the subject ("The union called a strike and urged ...")', () => {
    const parsed = parse('The union called a strike and urged members to stay home.');
    expect(parsed.claims.map((c) => [parsed.actors.find((a) => a.id === c.claimantId)?.name, c.cue])).toEqual([['union', 'urged']]);
  });
});

describe('a coup won for someone is a success, no seizure of power', () => {
  it.each([
    ['The summit was a diplomatic coup for the prime minister.'],
    ['Winning the contract was a major coup for the firm.'],
    ['The interview was a publicity coup.'],
  ])('%s', (body) => {
    expect(parse(body).events.some((e) => e.trigger.text === 'coup')).toBe(false);
  });

  it.each([
    ['Soldiers staged a coup in Niger on Wednesday.'],
    ['The general led a military coup against the president.'],
  ])('guard (passes before the change too): a coup by soldiers is a happening: %s', (body) => {
    expect(parse(body).events.some((e) => e.trigger.text === 'coup')).toBe(true);
  });
});

describe('a described person\'s campaign or aides speak for that person', () => {
  it.each([
    ["Bernie Sanders won Michigan. The Vermont senator's campaign said the result proved his message resonated.", 'Bernie Sanders'],
    ["Ted Cruz won Texas. The Texas Republican's aides said he would stay in the race.", 'Ted Cruz'],
    ["Tom Kale won the seat. The Ohio Democrat's aides said he would serve a full term.", 'Tom Kale'],
  ])('%s', (body, claimant) => {
    const parsed = parse(body);
    expect(parsed.claims.map((c) => parsed.actors.find((a) => a.id === c.claimantId)?.name)).toEqual([claimant]);
  });
});

describe('a participial aside with a city and its state or country stands between a subject and its cue', () => {
  it.each([
    ['Ana Ruiz, speaking in Lyon, France, said the plan would fail.', 'Ana Ruiz'],
    ['Tom Kale, speaking at his golf club in Jupiter, Florida, dismissed the attacks on his business record.', 'Tom Kale'],
    ['Lena Varga, visiting troops near Kandahar, Afghanistan, told reporters the war was over.', 'Lena Varga'],
  ])('%s', (body, claimant) => {
    const parsed = parse(body);
    expect(parsed.claims.map((c) => parsed.actors.find((a) => a.id === c.claimantId)?.name)).toEqual([claimant]);
  });
});

describe('attacks on a record, a plan or an idea are made in words, plural or not', () => {
  it.each([
    ['Tom Kale dismissed the attacks on his business record.'],
    ['Critics stepped up their attacks on the budget.'],
    ['The senator shrugged off repeated assaults on her reputation.'],
  ])('%s', (body) => {
    expect(parse(body).events.filter((e) => e.type === 'attack')).toHaveLength(0);
  });

  it.each([
    ['Rebels carried out attacks on army posts.'],
    ['The attacks on the convoy killed six soldiers.'],
  ])('guard (passes before the change too): attacks on people or places are happenings: %s', (body) => {
    expect(parse(body).events.some((e) => e.type === 'attack')).toBe(true);
  });
});

describe('a named body placed with "in" speaks, not its place', () => {
  it.each([
    ['Bayer agreed to buy Monsanto. The National Farmers Union in the United States said it feared higher prices for seeds.', 'National Farmers Union'],
    ['The Kenya Red Cross in Nairobi said 40 people had died.', 'Kenya Red Cross'],
    ['Floods hit the coast. The Philippine Red Cross in Manila said it had sent boats.', 'Philippine Red Cross'],
  ])('%s', (body, claimant) => {
    const parsed = parse(body);
    expect(parsed.claims.map((c) => parsed.actors.find((a) => a.id === c.claimantId)?.name)).toEqual([claimant]);
  });
});

describe('seizing on something is taking a chance in words', () => {
  it.each([
    ['Republican nominee Tom Kale seized on the news at a campaign stop.'],
    ['Critics seized upon the remarks.'],
  ])('%s', (body) => {
    expect(parse(body).events.some((e) => e.type === 'capture')).toBe(false);
  });

  it.each([
    ['Rebels seized the town on Monday.'],
    ['The town was seized by rebels.'],
  ])('guard (passes before the change too): seizing a place is a capture: %s', (body) => {
    expect(parse(body).events.some((e) => e.type === 'capture')).toBe(true);
  });
});

describe('rivers, mud and torrents are natural forces, no attackers', () => {
  it.each([
    ['Rivers burst their banks across dozens of towns, destroying bridges and roads.'],
    ['Torrents of mud destroyed the village on Sunday.'],
    ['A swollen river destroyed two bridges overnight.'],
  ])('%s', (body) => {
    expect(parse(body).events.some((e) => e.type === 'attack')).toBe(false);
  });

  it('guard (passes before the change too): militants destroying a bridge attack it', () => {
    expect(parse('Militants destroyed a bridge with explosives.').events.some((e) => e.type === 'attack')).toBe(true);
  });
});

describe('a restrictive relative clause between a subject and its cue is no subject', () => {
  it.each([
    ['Orvia Foods owns the plant. The company that runs the plant said it was safe.', 'Orvia Foods'],
    ['guard (passes before the change too): Acme Corp runs the dam. It partially collapsed on Thursday, the company that operates it said.', 'Acme'],
  ])('%s', (body, claimant) => {
    body = body.replace('guard (passes before the change too): ', '');
    const parsed = parse(body);
    expect(parsed.claims.map((c) => parsed.actors.find((a) => a.id === c.claimantId)?.name)).toEqual([claimant]);
  });

  it('a public body named before is no company ("the company that operates it" after an agency)', () => {
    const parsed = parse('The civil defence agency said 39 people had died. A dam partially collapsed on Thursday, the company that operates it said.');
    expect(parsed.claims.filter((c) => c.content.includes('dam partially collapsed'))).toHaveLength(0);
  });
});

describe('a place named with a Romance particle runs on to its end', () => {
  it.each([
    ['Floods in Rio Grande do Sul killed 39 people on Friday.', 'Rio Grande do Sul'],
    ['Officials in Rio Grande do Norte said the dam held.', 'Rio Grande do Norte'],
  ])('%s', (body, place) => {
    const parsed = parse(body);
    expect(parsed.places.map((p) => p.name)).toContain(place);
    expect(parsed.actors.concat().map((a) => a.name)).not.toContain('Sul');
  });

  it('guard (passes before the change too): a Latin phrase after a country is no part of it', () => {
    expect(parse('Prices rose in Spain de facto.').places.map((p) => p.name)).toEqual(['Spain']);
  });
});

describe('an order a court or a judge gives is a ruling, not a purchase', () => {
  it.each([
    ['Justice Ana Ruiz issued the order hours before the law was set to take effect.', 'legal'],
    ['A judge granted a restraining order against the company.', 'legal'],
    ['The president signed an executive order on Monday.', 'other'],
  ])('%s', (body, type) => {
    expect(parse(body).events.find((e) => /^orders?$/.test(e.trigger.text))?.type).toBe(type);
  });

  it('guard (passes before the change too): an order for jets is a purchase', () => {
    expect(parse('The airline placed an order for 20 jets.').events.find((e) => e.trigger.text === 'order')?.type).toBe('economic');
  });
});

describe('a ceasefire or a deal someone is trying to reach is still to come', () => {
  it.each([
    ['Egypt and Qatar have been trying to broker a ceasefire.', 'ceasefire'],
    ['Mediators are seeking to secure a truce before the holiday.', 'truce'],
    ['The two sides are working to reach a deal.', 'deal'],
  ])('%s', (body, trigger) => {
    expect(eventOf(body, trigger)?.modality).toBe('planned');
  });

  it('guard (passes before the change too): a ceasefire brokered is one', () => {
    expect(eventOf('Egypt brokered a ceasefire on Monday.', 'ceasefire')?.modality).toBe('asserted');
  });
});

describe('a name after "the" and before a noun of a public site names the site', () => {
  it.each([
    ['The strike hit the Khadija school in the city on Saturday.', 'Khadija'],
    ['Shells landed near the Maryam hospital overnight.', 'Maryam'],
  ])('%s', (body, name) => {
    const parsed = parse(body);
    expect(parsed.actors.some((a) => a.kind === 'person' && a.name === name)).toBe(false);
  });

  it('guard (passes before the change too): a person before "school" without "the" stays a person', () => {
    expect(parse('Officials said Maryam Khan school teacher was hurt.').actors.some((a) => a.name.startsWith('Maryam'))).toBe(true);
  });
});

describe('a person of a body speaks for it, and a name set off after a body noun is that body', () => {
  function claimants(body: string): string[] {
    const parsed = parse(body);
    return parsed.claims.map((c) => parsed.actors.find((a) => a.id === c.claimantId)?.name ?? '?');
  }

  it.each([
    ['Ben Ode of the British gay rights organization, Stonewall, said the law was unfair.', 'Ben Ode', 'Stonewall'],
    ['Tom Kale of the rights group Liberty said the law was unfair.', 'Tom Kale', 'Liberty'],
    ['Lena Varga of the aid charity, Hopewell, said the camp was full.', 'Lena Varga', 'Hopewell'],
  ])('%s', (body, person, org) => {
    expect(claimants(body)).toEqual([person]);
    expect(parse(body).actors.find((a) => a.name === org)?.kind ?? 'organization').toBe('organization');
  });

  it('guard (passes before the change too): a leader of a body in apposition stays a person', () => {
    expect(parse('He met the head of the party, Kale, on Monday.').actors.find((a) => a.name === 'Kale')?.kind).toBe('person');
  });
});

describe('a group noun inside a person\'s title, and whose body an owner is, take no part', () => {
  it.each([
    ['Zambian opposition leader Hakainde Hichilema won the election.', 'election', 'Zambian opposition'],
  ])('%s', (body, trigger, group) => {
    const parsed = parse(body);
    expect(parsed.actors.map((a) => a.name)).not.toContain(group);
    expect(eventOf(body, trigger)).toBeDefined();
  });

  it.each([
    ["Tom Kale said his party's agents had been attacked.", 'attacked', 'patient:Tom Kale'],
    ["Ana Ruiz said her company's offices had been raided by police.", 'raided', 'patient:Ana Ruiz'],
  ])('%s', (body, trigger, role) => {
    expect(eventOf(body, trigger)?.names).not.toContain(role);
  });
});

describe('two subjects joined by "and" before a relative aside both speak', () => {
  it.each([
    ['The African Union and the Southern African Development Community, which sent observers, said the vote was peaceful.', ['African Union', 'Southern African Development Community']],
    ['Kenya and Uganda, which share a border, said trade would resume.', ['Kenya', 'Uganda']],
  ])('%s', (body, expected) => {
    const parsed = parse(body);
    expect(parsed.claims.map((c) => parsed.actors.find((a) => a.id === c.claimantId)?.name).sort()).toEqual(expected);
  });
});

describe('round 13, late: plural people as speakers', () => {
  function claimants(body: string): string[] {
    const parsed = parse(body);
    return parsed.claims.map((c) => parsed.actors.find((a) => a.id === c.claimantId)?.name ?? '?').sort();
  }

  it.each([
    ['Nurses said the hospital had run out of oxygen.', ['nurses']],
    ['Monks told reporters the temple was safe.', ['monks']],
    ['Inmates said the guards had beaten them.', ['inmates']],
  ])('a plural opening the sentence right before a verb of saying speaks: %s', (body, expected) => {
    expect(claimants(body)).toEqual(expected);
  });

  it.each([
    ['Two people were killed in the clashes, police and residents said.', ['police', 'residents']],
    ['The bridge collapsed at noon, witnesses and officials said.', ['officials', 'witnesses']],
  ])('two groups joined by "and" after the clause they report both speak: %s', (body, expected) => {
    expect(claimants(body)).toEqual(expected);
  });

  it('guard (passes before the change too): a list of places after a comma is no postposed attribution', () => {
    expect(claimants('Officials in Lyon, Nantes and Lille said the strike would go on.')).toEqual(['officials in Lyon, Nantes and Lille']);
  });
});

describe('round 13, late: an office named by its lower-case owner', () => {
  it.each([
    ["At least 48 people have been killed since the unrest began, according to the national ombudsman's office.", "national ombudsman's office"],
    ["The budget was cut by half, according to the mayor's office.", "mayor's office"],
  ])('speaks after "according to": %s', (body, claimant) => {
    const parsed = parse(body);
    expect(parsed.claims.map((c) => parsed.actors.find((a) => a.id === c.claimantId)?.name)).toEqual([claimant]);
  });
});

describe('round 13, late: a place opening a body named a survey', () => {
  it.each([
    ['The quake was at a depth of 10 kilometres, the United States Geological Survey said.', 'United States Geological Survey'],
    ['The Kenya Geological Survey said the tremor was felt in Nairobi.', 'Kenya Geological Survey'],
  ])('%s', (body, name) => {
    const parsed = parse(body);
    expect(parsed.claims.map((c) => parsed.actors.find((a) => a.id === c.claimantId)?.name)).toEqual([name]);
  });
});

describe('round 13, late: a writer\'s apposition naming the act is no part of the claim', () => {
  it.each([
    ['Min Aung Hlaing appealed for international help, a rare request from a government shunned by the West.', 'international help'],
    ['The ministry announced new sanctions, a move that angered Beijing.', 'new sanctions'],
    ['Tom Kale said the plan would fail, a view shared by many economists.', 'the plan would fail'],
  ])('%s', (body, content) => {
    expect(parse(body).claims[0]?.content).toBe(content);
  });

  it('guard (passes before the change too): a "move to" phrase inside the claim stays in it', () => {
    expect(parse('Ana Ruiz said the country needed a step to peace, a move to the centre.').claims[0]?.content).toBe('the country needed a step to peace, a move to the centre');
  });
});

describe('round 13, late: a described title with a place modifier is nobody whose title lacks it', () => {
  function claimants(body: string): string[] {
    const parsed = parse(body);
    return parsed.claims.map((c) => parsed.actors.find((a) => a.id === c.claimantId)?.name ?? '?');
  }

  it.each([
    ['Bernie Sanders won Michigan on Tuesday. The Vermont senator said the result proved his message resonated. Senator Marco Rubio vowed to win Florida.', 'Bernie Sanders'],
    ["Ana Ruiz won the Ohio primary. The Ohio governor's campaign said the vote was a turning point. Governor Tom Kale of Texas endorsed her.", 'Ana Ruiz'],
  ])('%s', (body, claimant) => {
    expect(claimants(body)[0]).toBe(claimant);
  });

  it('guard (passes before the change too): a bare title still finds its holder', () => {
    expect(claimants('Senator Ana Ruiz lost. The senator said she was grateful.')).toEqual(['Ana Ruiz']);
  });
});
