import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

/*
 * Classes found by the lead reading invented reports in round 12 (floods, an Indian state's clashes, a takeover
 * approach, drone strikes, an opposition figure's release). Every sentence here is invented.
 */

const HEAD = 'Invented report\n\nMonday, May 6, 2024\n\n';

function parse(body: string) {
  return parseArticle(HEAD + body, { publishedAt: '2024-05-06' });
}

function claimantOf(body: string, words: string): string | null | undefined {
  const parsed = parse(body);
  const claim = parsed.claims.find((c) => (c.content ?? '').includes(words));
  return claim ? (parsed.actors.find((a) => a.id === claim.claimantId)?.name ?? null) : undefined;
}

describe('a given name before a surname that is also a word of the land is a person', () => {
  it.each([
    ['A court ordered the release of opposition politician Amadou Fall on Friday.', 'Amadou Fall'],
    ['Voters in the district backed Ruth Hill, a former teacher.', 'Ruth Hill'],
    ['The minister met Peter Hill in Lagos on Tuesday.', 'Peter Hill'],
  ])('%s', (body, name) => {
    const parsed = parse(body);
    expect(parsed.actors.find((a) => a.name === name)?.kind).toBe('person');
    expect(parsed.places.some((p) => p.name === name)).toBe(false);
  });

  it.each([
    ['Floods hit homes in Rose Hill on Sunday.', 'Rose Hill'],
    ['Two people drowned near Grace Falls on Sunday.', 'Grace Falls'],
  ])('guard (passes before the change too): after a preposition of place it stays a place: %s', (body, name) => {
    expect(parse(body).places.some((p) => p.name === name)).toBe(true);
  });
});

describe('a plural capitalised only because it opens the sentence is no group of speakers', () => {
  it.each([
    ['Shares of Kessler Bank fell after the Swiss lender said it would cut 2,000 jobs.', 'cut 2,000 jobs', 'Kessler Bank'],
    ['Stocks of Ostra Mining jumped after the Canadian miner said it had found gold.', 'found gold', 'Ostra Mining'],
    ['Prices of Talvik Foods bonds slid after the struggling firm said it would delay a payment.', 'delay a payment', 'Talvik Foods'],
  ])('%s', (body, words, claimant) => {
    expect(claimantOf(body, words)).toBe(claimant);
  });

  it.each([
    ['Kurds in northern Syria said they had been shelled.', 'been shelled', 'Kurds'],
    ['Republicans in the Senate said the bill would fail.', 'bill would fail', 'Republicans'],
  ])('guard (passes before the change too): a people plural still speaks: %s', (body, words, claimant) => {
    expect(claimantOf(body, words)).toBe(claimant);
  });

  it('a people plural opening a group with its complement keeps its capital', () => {
    expect(claimantOf('Palestinians in Gaza said the strikes had continued overnight.', 'strikes had continued')).toBe('Palestinians in Gaza');
    expect(claimantOf('Residents of the valley said the water rose within minutes.', 'water rose')).toBe('residents of the valley');
  });
});

describe('a common word before a lower-case plural of bodies is no organisation', () => {
  it.each([
    ['Aid agencies said roads into the area had been washed away.', 'Aid'],
    ['Relief agencies warned that cholera could spread in the camps.', 'Relief'],
    ['Rescue agencies said four bodies had been recovered.', 'Rescue'],
  ])('%s', (body, word) => {
    expect(parse(body).actors.some((a) => a.name === word)).toBe(false);
  });

  it('guard (passes before the change too): a company before its staff stays a company', () => {
    expect(parse('Kestrel workers said the plant would close.').actors.find((a) => a.name === 'Kestrel')?.kind).toBe('organization');
  });
});

describe('a description of a known body ending in its kind names that body, not a second one', () => {
  it.each([
    ["Russia's Defense Ministry said its forces had struck three airfields. The Russian ministry claimed its air defences had destroyed 12 drones.", 'destroyed 12 drones', 'Russian Defense Ministry'],
    ["India's Foreign Ministry said talks would resume. The Indian ministry added that no date had been set.", 'no date had been set', 'Indian Foreign Ministry'],
    ['Congress won 40 seats in the state. The opposition Congress party blamed the government for the violence.', 'for the violence', 'Congress'],
    ['The Haitian National Police arrested two men on Sunday. The national police said the men were armed.', 'men were armed', 'Haitian National Police'],
  ])('%s', (body, words, claimant) => {
    const parsed = parse(body);
    expect(claimantOf(body, words)).toBe(claimant);
    expect(parsed.actors.filter((a) => a.kind === 'organization').length).toBe(1);
  });

  it('guard (passes before the change too): two known bodies that fit the description: neither is chosen', () => {
    const body = "Russia's Defense Ministry and Russia's Foreign Ministry issued statements. The Russian ministry said the drones were destroyed.";
    const claimant = claimantOf(body, 'drones were destroyed');
    expect(claimant).not.toBe('Russian Defense Ministry');
    expect(claimant).not.toBe('Russian Foreign Ministry');
  });
});

describe('a subject or possessive pronoun opening reported speech is its speaker', () => {
  it.each([
    ["Ukraine's air force said it shot down 30 drones overnight, while Russia's Defense Ministry said its forces had struck three airfields.", 'struck', 'Russian Defense Ministry'],
    ['The Malian army said it had retaken the town, while the rebel alliance said its fighters had ambushed a convoy nearby.', 'ambushed', 'rebel alliance'],
  ])('%s', (body, trigger, agent) => {
    const parsed = parse(body);
    const event = parsed.events.find((e) => e.trigger.text === trigger);
    const agentId = event?.participants.find((p) => p.role === 'agent')?.actorId;
    expect(parsed.actors.find((a) => a.id === agentId)?.name).toBe(agent);
  });
});

describe('a participle joined by "and" to another, with no object of its own, claims nothing', () => {
  it.each([
    ['Moussa Keita was freed on Friday, his lawyers said. Hundreds of his supporters gathered outside the court, chanting and waving flags.', 'waving flags'],
    ['The minister spoke for an hour. Reporters crowded the hall, writing and recording as she went on.', 'recording'],
  ])('%s', (body, words) => {
    expect(parse(body).claims.filter((c) => (c.content ?? '').includes(words))).toEqual([]);
  });

  it('guard (passes before the change too): a participle with its own quote still claims', () => {
    const parsed = parse('Protesters marched through the capital on Sunday, chanting "Down with the junta".');
    expect(parsed.claims.map((c) => c.content)).toContain('Down with the junta');
  });
});

describe('a bracketed acronym after a description of a body no name ends speaks for that body', () => {
  it.each([
    ['The UN mission in South Sudan (UNMISS) said its peacekeepers had sheltered 2,000 civilians.', 'sheltered 2,000 civilians', 'UNMISS'],
    ['The African Union mission in Somalia (AMISOM) said its troops had repelled the attack.', 'repelled the attack', 'AMISOM'],
  ])('%s', (body, words, claimant) => {
    expect(claimantOf(body, words)).toBe(claimant);
  });

  it('guard (passes before the change too): an acronym after a full name goes with that name', () => {
    expect(claimantOf('Calloway Power Company (CPC) said it would close two plants.', 'close two plants')).toBe('Calloway Power Company');
  });
});

describe('a quantity phrase before a numbered object keeps the object as the infinitive\'s subject', () => {
  it.each([
    ['The storm forced more than 600 people to flee their homes, police said.', 'flee', 'police'],
    ['The army ordered at least 40 families to leave the area, officials said.', 'leave', 'officials'],
    ['Police said the storm forced more than 600 people to flee the coast.', 'flee', 'police'],
  ])('%s', (body, trigger, speaker) => {
    const parsed = parse(body);
    const event = parsed.events.find((e) => e.trigger.text === trigger);
    const names = (event?.participants ?? []).map((p) => parsed.actors.find((a) => a.id === p.actorId)?.name);
    expect(event).toBeDefined();
    expect(names).not.toContain(speaker);
  });
});

describe('a participial cue after the main clause takes the main clause\'s subject, never its object', () => {
  it.each([
    ['A Malaysian court on Tuesday sentenced former prime minister Amir Rahman to 12 years in prison after finding him guilty of abuse of power.', 'guilty of abuse', 'Malaysian court'],
    ['A federal jury on Friday convicted Ruth Dale of fraud after finding her guilty on all counts.', 'guilty on all counts', 'federal jury'],
  ])('%s', (body, words, claimant) => {
    expect(claimantOf(body, words)).toBe(claimant);
  });

  it.each([
    ['The Federal Court heard the appeal in March. The court jailed Ana Ruiz for five years after finding her guilty of bribery.', 'guilty of bribery', 'Federal Court'],
    ['The Trade Ministry opened an inquiry in May. The ministry fined Kessler Foods on Monday, saying the firm had broken the rules.', 'broken the rules', 'Trade Ministry'],
  ])('guard (passes before the change too): a body named before and referred back to: %s', (body, words, claimant) => {
    expect(claimantOf(body, words)).toBe(claimant);
  });

  it('with no subject named or made, no claim goes to the object', () => {
    const claimant = claimantOf('A jury convicted Tom Lee of fraud on Monday after finding him guilty on all counts.', 'guilty on all counts');
    expect(claimant === undefined || claimant !== 'Tom Lee').toBe(true);
  });
});

describe('a wire dateline names its state or country as a place too', () => {
  it.each([
    ['Police fire tear gas at protesters\n\nNAIROBI, Kenya — Police fired tear gas at protesters on Tuesday.', ['NAIROBI', 'Kenya']],
    ['Drones downed overnight\n\nLVIV, Ukraine (AP) — Air defences shot down 12 drones overnight, officials said.', ['LVIV', 'Ukraine']],
    ['Caucus night\n\nDES MOINES, Iowa — Voters gathered in schools and churches on Monday.', ['DES MOINES', 'Iowa']],
  ])('%s', (text, names) => {
    const parsed = parseArticle(text, { publishedAt: '2024-05-06' });
    for (const name of names) expect(parsed.places.map((p) => p.name)).toContain(name);
  });

  it('guard (passes before the change too): a date after the city names no place', () => {
    const parsed = parseArticle('Ministers meet\n\nBRUSSELS, March 3 (Reuters) - Ministers met on Monday.', { publishedAt: '2024-03-03' });
    expect(parsed.places.map((p) => p.name)).toEqual(['BRUSSELS']);
  });
});

describe('a document with a participle\'s aside after it still speaks', () => {
  it.each([
    ['The Norvale Institute survey, conducted Aug. 3-7, found that most voters backed the plan.', 'most voters backed the plan', 'Norvale Institute'],
    ['A Kestrel Research poll, released on Monday, showed that most voters oppose the tax.', 'most voters oppose the tax', 'Kestrel Research'],
    ['The Harlow Foundation study, published in March, concluded that the program had failed.', 'program had failed', 'Harlow Foundation'],
  ])('%s', (body, words, claimant) => {
    expect(claimantOf(body, words)).toBe(claimant);
  });
});

describe('the comma after a range of numbers stays on the token before it', () => {
  it('"Aug. 3-7, found": the range keeps its comma', async () => {
    const { segmentText } = await import('../src/text/segment.js');
    const { splitSentences } = await import('../src/text/sentences.js');
    const { tagSentences } = await import('../src/nlp/tokens.js');
    const text = 'The survey, conducted Aug. 3-7, found that the race was close.';
    const [sentence] = tagSentences(text, splitSentences(text, segmentText(text)));
    const range = sentence?.tokens.find((t) => t.text === '3-7');
    expect(range?.post).toBe(', ');
  });
});

describe('a body described in an answer in apposition to a figure speaks', () => {
  it.each([
    ['The commission said at least five people had been shot dead by police, a figure the interior ministry disputed.', 'interior ministry', 'denial'],
    ['Medics said 40 people died in the clashes, a toll the health ministry rejected.', 'health ministry', 'rejection'],
    ['Ana Ruiz said the vote was rigged, a charge the electoral commission denied.', 'electoral commission', 'denial'],
  ])('%s', (body, answerer, kind) => {
    const parsed = parse(body);
    const answer = parsed.claims.find((c) => parsed.actors.find((a) => a.id === c.claimantId)?.name === answerer);
    expect(answer?.kind).toBe(kind);
    expect(answer?.disputes.length).toBe(1);
  });
});

describe('"Jr." after a speaker and a bare role in commas make no second person', () => {
  it.each([
    ['Edward L. Varga Jr., chairman and chief executive officer, said the company expects earnings to rise. Varga said costs fell.', 'Edward L. Varga'],
    ['Tom Brandt Jr., the chairman, said the board would meet in June.', 'Tom Brandt'],
  ])('%s', (body, name) => {
    const parsed = parse(body);
    const persons = parsed.actors.filter((a) => a.kind === 'person');
    expect(persons.length).toBe(1);
    expect(persons[0]?.name.startsWith(name)).toBe(true);
    for (const c of parsed.claims) expect(c.claimantId).toBe(persons[0]?.id);
  });
});

describe('chanting with no words given claims nothing', () => {
  it.each([
    ['Supporters of Senator Ruth Dale booed and chanted during the opening session on Monday.'],
    ['Protesters chanted outside the embassy for hours.'],
    ['Students chanted through the night in the main square.'],
  ])('%s', (body) => {
    expect(parse(body).claims.filter((c) => c.cue === 'chanted')).toEqual([]);
  });

  it.each([
    ['Protesters chanted slogans against the president outside the palace.', 'slogans against the president'],
    ['Protesters chanted "Down with the junta" as police watched.', 'Down with the junta'],
  ])('guard (passes before the change too): words chanted are claimed: %s', (body, words) => {
    expect(parse(body).claims.some((c) => c.cue === 'chanted' && (c.content ?? '').includes(words))).toBe(true);
  });
});

describe('the main clause\'s subject speaks for a participle after it, wherever a name stands later', () => {
  it.each([
    ['U.S. regulators on Wednesday blocked the proposed merger of Halvern Rail and Corrigan Pacific, saying the deal would raise costs. Halvern said it would appeal. Shares of Corrigan fell 9 percent.', 'raise costs', 'U.S. regulators'],
  ])('%s', (body, words, claimant) => {
    expect(claimantOf(body, words)).toBe(claimant);
  });

  it('guard (passes before the change too): a group of a state speaks for its participle', () => {
    const body = 'Kenyan lawmakers on Tuesday rejected a loan from the Nordvik Bank, saying it would burden taxpayers. Nordvik said it regretted the vote.';
    expect(claimantOf(body, 'burden taxpayers')).toBe('Kenyan lawmakers');
  });
});

describe('weighing in the progressive is no claim', () => {
  it.each([
    ['Halvern Rail said it was deeply disappointed and was considering its options.', 'its options'],
    ['The Velmar Group said it had received the offer and was considering whether to accept it.', 'whether to accept'],
  ])('%s', (body, words) => {
    expect(parse(body).claims.filter((c) => c.cue === 'considering' && (c.content ?? '').includes(words))).toEqual([]);
  });
});

describe('after a noun-object cue, "and" with a past verb of the speaker\'s next act ends the claim', () => {
  it.each([
    ['Governor Ana Lawal condemned the killings and ordered security to be stepped up across the state.', 'condemned', 'the killings'],
    ['The Tarvik Group denied the report and withdrew from the council.', 'denied', 'the report'],
  ])('%s', (body, cue, content) => {
    expect(parse(body).claims.find((c) => c.cue === cue)?.content).toBe(content);
  });
});

describe('a past verb after its subject\'s name opens no title', () => {
  it.each([
    ['Ishiba beat economic security minister Sanae Takaichi in a runoff on Friday.', 'Sanae Takaichi', 'economic security minister'],
    ['Lee hit finance minister Ana Ruiz with a lawsuit on Monday.', 'Ana Ruiz', 'finance minister'],
  ])('%s', (body, name, title) => {
    expect(parse(body).actors.find((a) => a.name === name)?.titles).toEqual([title]);
  });
});

describe('harm to an abstraction is no casualty', () => {
  it.each([
    ['Kishida announced in August that he would not seek re-election amid scandals that hurt the party\'s popularity.'],
    ['The minister blamed the strikes, which hurt exports in the spring.'],
  ])('%s', (body) => {
    expect(parse(body).events.filter((e) => e.type === 'casualty')).toEqual([]);
  });

  it('guard (passes before the change too): people hurt are a casualty', () => {
    expect(parse('The blast hurt three workers at the plant.').events.some((e) => e.type === 'casualty')).toBe(true);
  });
});

describe('a claim before a coordinated cue runs to the last "and" before it', () => {
  it.each([
    ['A coalition spokesman, Colonel Ravi Menon, said the raids targeted rebel fighters and weapons depots and denied that civilians had been hit.', 'said', 'the raids targeted rebel fighters and weapons depots'],
    ['Ana Ruiz said costs and prices rose and warned that unions could strike.', 'said', 'costs and prices rose'],
  ])('%s', (body, cue, content) => {
    expect(parse(body).claims.find((c) => c.cue === cue)?.content).toBe(content);
  });
});

describe('who runs a body, written before its name, is a body of its own and no part of the speaker', () => {
  it.each([
    ['Houthi-run al-Masirah television said 14 children were among the dead.', 'al-Masirah', 'Houthi'],
    ['Hamas-run Al-Aqsa radio said the strike hit a school.', 'Al-Aqsa', 'Hamas'],
  ])('%s', (body, speaker, owner) => {
    const parsed = parse(body);
    expect(parsed.actors.map((a) => a.name)).toContain(owner);
    expect(parsed.actors.find((a) => a.id === parsed.claims[0]?.claimantId)?.name).toBe(speaker);
  });

  it('guard (passes before the change too): a body with no name keeps its compound', () => {
    const parsed = parse('State-run television said the president had resigned.');
    expect(parsed.actors.find((a) => a.id === parsed.claims[0]?.claimantId)?.name).toBe('state-run television');
  });
});

describe('a day right after a noun object dates the saying and ends what was said', () => {
  it.each([
    ['Bawumia conceded defeat on Sunday, before the official results were declared.', 'conceded', 'defeat', '2024-05-05'],
    ['The Tarvik Group denied the report on Friday, hours after it was published.', 'denied', 'the report', '2024-05-03'],
  ])('%s', (body, cue, content, date) => {
    const claim = parse(body).claims.find((c) => c.cue === cue);
    expect(claim?.content).toBe(content);
    expect(claim?.date).toBe(date);
  });
});

describe('a name after a ship\'s prefix is a vessel: no actor, no place', () => {
  it.each([
    ['The KM Lestari Maju was sailing from Bau-Bau to Makassar when it was hit by a storm.', 'Lestari Maju'],
    ['HMS Dauntless escorted the tanker through the strait on Monday.', 'Dauntless'],
  ])('%s', (body, name) => {
    const parsed = parse(body);
    expect([...parsed.actors, ...parsed.places].some((x) => x.name.includes(name))).toBe(false);
  });
});

describe('a group led or backed by a state is a participant named with its compound', () => {
  it.each([
    ['Airstrikes by the Saudi-led coalition killed 30 people in Saada on Monday.', 'Airstrikes', 'Saudi-led coalition'],
    ['Jets of the US-led coalition bombed a depot near Raqqa on Sunday.', 'bombed', 'US-led coalition'],
  ])('%s', (body, trigger, agent) => {
    const parsed = parse(body);
    const event = parsed.events.find((e) => e.trigger.text === trigger);
    const names = (event?.participants ?? []).map((p) => parsed.actors.find((a) => a.id === p.actorId)?.name);
    expect(names).toContain(agent);
  });
});

describe('a model name between a number and a machine noun is no actor', () => {
  it.each([
    ['A door panel blew off a 737 MAX jet over Oregon in January.', 'MAX'],
    ['Regulators grounded the 777 MAX planes after a crash near Lagos.', 'MAX'],
  ])('%s', (body, name) => {
    expect(parse(body).actors.some((a) => a.name === name)).toBe(false);
  });

  it('guard (passes before the change too): a body after a count stays a body', () => {
    expect(parse('The 500 NATO troops arrived in Vilnius on Monday.').actors.some((a) => a.name === 'NATO')).toBe(true);
  });
});

describe('a document after a subordinator speaks', () => {
  it.each([
    ['The health secretary resigned last night after an inquiry found that her department had ignored warnings.', 'ignored warnings', 'inquiry'],
    ['The mayor apologised on Monday because an audit found that funds were missing.', 'funds were missing', 'audit'],
  ])('%s', (body, words, claimant) => {
    expect(claimantOf(body, words)).toBe(claimant);
  });
});

describe('a gathering called in the passive is convened, no claim', () => {
  it.each([
    ['The protest was called by the opposition Democratic Party, which says the vote was rigged.'],
    ['Thousands joined the march, which was called by the Teachers Union of Velmar.'],
  ])('%s', (body) => {
    expect(parse(body).claims.filter((c) => c.cue === 'called')).toEqual([]);
  });

  it('guard (passes before the change too): calling something a name still judges it', () => {
    expect(parse('Tom Lee called the talks a failure.').claims.map((c) => c.cue)).toContain('called');
  });
});

describe('a US state abbreviated after a city is no body, and the aside around it no subject', () => {
  it.each([
    ['Texaco agreed to buy a unit of Getty Petroleum Corp. for $1.2 billion. Getty, based in Jericho, N.Y., said it would use the proceeds to pay down debt.', 'pay down debt', 'Getty Petroleum'],
    ['Varda Motors cut 900 jobs. Varda, based in Dearborn, Mich., said demand had slumped.', 'demand had slumped', 'Varda Motors'],
  ])('%s', (body, words, claimant) => {
    const parsed = parse(body);
    expect(claimantOf(body, words)).toBe(claimant);
    expect(parsed.actors.some((a) => /^(?:N\.Y|Mich)\.?$/.test(a.name))).toBe(false);
  });
});
