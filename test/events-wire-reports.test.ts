import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

/** The event whose trigger is `word` in an invented report published on Sunday 15 March 2026. */
function eventOf(text: string, word: string) {
  const parsed = parseArticle(text, { publishedAt: '2026-03-15' });
  const event = parsed.events.find((e) => e.trigger.text.toLowerCase() === word);
  const names = (event?.participants ?? []).map((p) => parsed.actors.find((a) => a.id === p.actorId)?.name ?? p.actorId);
  return { event, names, parsed };
}

describe('date: a time in the attribution dates the telling, not a happening that hangs on a dated clause', () => {
  it.each([
    ['An earthquake struck the province of Tavros on Tuesday, killing at least 37 people, officials said on Wednesday.', 'killing', '2026-03-10'],
    ['Floods swept through three villages on Thursday, killing 40 people, the disaster agency said on Friday.', 'killing', '2026-03-12'],
    ['Gunmen stormed a hotel in Lorn on Monday, wounding six guests, police told reporters on Tuesday.', 'wounding', '2026-03-09'],
  ])('%s', (text, word, date) => {
    expect(eventOf(text, word).event?.date).toBe(date);
  });

  it('still dates a claimed happening with no dated clause of its own by when it was claimed', () => {
    expect(eventOf('On Monday, the army said it had captured the town of Marra.', 'captured').event?.date).toBe('2026-03-09');
  });
});

describe('triggers: "later" and "earlier" before a verb are adverbs of time', () => {
  it.each([
    ['Troops later arrested four suspects in a village outside Kessa.', 'arrested', 'arrest'],
    ['Rebels earlier seized the town of Marra.', 'seized', 'capture'],
    ['Police later detained two men in the capital, Lorn.', 'detained', 'arrest'],
  ])('%s', (text, word, type) => {
    expect(eventOf(text, word).event?.type).toBe(type);
  });

  it('keeps a participle after "the later" an adjective', () => {
    expect(eventOf('The later arrested men were freed on bail.', 'arrested').event).toBeUndefined();
  });
});

describe('responsibility: nobody is an actor, and a blast somebody owns up to is an attack', () => {
  it.each([
    'No group has claimed responsibility for the attack on the checkpoint.',
    'No organisation has claimed responsibility for the blast in Lorn.',
  ])('makes no actor of "%s"', (text) => {
    const { parsed } = eventOf(text, 'attack');
    expect(parsed.actors.map((a) => a.name.toLowerCase())).not.toContain(text.split(' has')[0]?.toLowerCase());
    expect(parsed.actors.filter((a) => /^no /i.test(a.name))).toEqual([]);
  });

  it('types a blast that a group claimed as an attack', () => {
    expect(eventOf('The Liberation Front claimed responsibility for the blast at the market in Lorn.', 'blast').event?.type).toBe('attack');
  });

  it('keeps a gas explosion whose owner accepted responsibility an accident', () => {
    expect(eventOf('The company accepted responsibility for the gas explosion at the plant.', 'explosion').event?.type).toBe('accident');
  });
});

describe('participants: a title or description named by an apposition', () => {
  it.each([
    ["Velland's president, Arvid Holm, will travel to Ostria in May.", 'travel', ['Arvid Holm']],
    ['The two ministers, Lena Varga and Tomas Reinholt, held talks in Geneva.', 'talks', ['Lena Varga', 'Tomas Reinholt']],
    ['The rebel commander, Juma Okello, was arrested in Lorn on Friday.', 'arrested', ['Juma Okello']],
  ])('%s', (text, word, names) => {
    expect(eventOf(text, word).names).toEqual(expect.arrayContaining(names));
  });

  it('still skips a description after the name', () => {
    expect(eventOf("Arvid Holm, Velland's president, will travel to Ostria in May.", 'travel').names).toContain('Arvid Holm');
  });
});

describe('triggers: a portion of happenings ("five hours of talks", "a series of raids")', () => {
  it.each([
    ['The two ministers held five hours of talks in Geneva on Thursday.', 'talks', 'meeting'],
    ['Diplomats held a new round of talks in Vienna on Monday.', 'talks', 'meeting'],
    ['The army carried out a series of raids in the north on Sunday.', 'raids', 'attack'],
    ['Aircraft launched a wave of airstrikes on the town of Kessa on Friday.', 'airstrikes', 'attack'],
  ])('%s', (text, word, type) => {
    expect(eventOf(text, word).event?.type).toBe(type);
  });

  it('gives the light verb before the portion its subject', () => {
    expect(eventOf('The army carried out a series of raids in the north on Sunday.', 'raids').names).toContain('army');
  });

  it('keeps a bare plural after a preposition background ("joined rallies")', () => {
    expect(eventOf('Students often joined rallies in the capital.', 'rallies').event).toBeUndefined();
  });
});

describe('triggers: earthquakes and their aftershocks', () => {
  it.each([
    ['A strong aftershock rattled the region on Wednesday afternoon.', 'aftershock'],
    ['A tremor was felt in the capital on Monday.', 'tremor'],
    ['Mudslides buried two villages in the north on Sunday.', 'mudslides'],
  ])('%s', (text, word) => {
    expect(eventOf(text, word).event?.type).toBe('accident');
  });

  it('reads tremors sent through markets as a figure', () => {
    expect(eventOf('The resignation sent tremors through the markets.', 'tremors').event).toBeUndefined();
  });
});

describe('date: a when-clause with a time of its own dates the happening it hangs on', () => {
  it.each([
    ['At least 15 people were killed when a passenger train collided with a freight train on Saturday.', 'killed', '2026-03-14'],
    ['Six miners died when a tunnel collapsed at the Varna mine on Monday.', 'died', '2026-03-09'],
    ['Two soldiers were wounded as rebels attacked a checkpoint on Friday.', 'wounded', '2026-03-13'],
  ])('%s', (text, word, date) => {
    expect(eventOf(text, word).event?.date).toBe(date);
  });

  it('does not date a happening by an "after" clause, which may come long after', () => {
    expect(eventOf('Six miners died, weeks after a tunnel collapsed at the Varna mine on Monday.', 'died').event?.date ?? null).not.toBe('2026-03-09');
  });
});

describe('date: a happening an act is about does not time the act', () => {
  it('leaves an inquiry into an earlier crash without the crash date', () => {
    const text = 'A train crashed near Solt on Saturday. Prosecutors have opened an inquiry into the crash.';
    expect(eventOf(text, 'inquiry').event?.date).not.toBe('2026-03-14');
  });

  it('still dates casualties by the attack they were hurt in', () => {
    const text = 'Rebels attacked the town of Marra on Friday. Six people were injured in the attack.';
    expect(eventOf(text, 'injured').event?.date).toBe('2026-03-13');
  });
});

describe('triggers: the source after "according to" is no happening', () => {
  it.each([
    ['The train was travelling at full speed, according to a preliminary investigation.', 'investigation'],
    ['According to the indictment, the men planned the robbery for months.', 'indictment'],
  ])('%s', (text, word) => {
    expect(eventOf(text, word).event).toBeUndefined();
  });

  it('keeps an investigation that was opened', () => {
    expect(eventOf('Prosecutors opened an investigation on Monday.', 'investigation').event?.type).toBe('legal');
  });
});

describe('light verbs: calling a strike, an election or a meeting convenes one', () => {
  it.each([
    ['The transport union called a general strike for Thursday.', 'strike', 'protest'],
    ['Doctors called a three-day strike from Wednesday.', 'strike', 'protest'],
    ['The prime minister called a snap election.', 'election', 'election'],
  ])('%s', (text, word, type) => {
    const { event } = eventOf(text, word);
    expect(event?.type).toBe(type);
    expect(event?.modality).toBe('planned');
  });

  it('makes the caller take part', () => {
    expect(eventOf('Doctors called a three-day strike from Wednesday.', 'strike').names).toContain('doctors');
  });

  it('does not make somebody who calls an attack cowardly its attacker', () => {
    const text = 'Gunmen attacked a police station in Kessa on Saturday. The president called the attack cowardly.';
    const parsed = parseArticle(text, { publishedAt: '2026-03-15' });
    const attack = parsed.events.find((e) => e.type === 'attack');
    const names = (attack?.participants ?? []).map((p) => parsed.actors.find((a) => a.id === p.actorId)?.name);
    expect(names).not.toContain('president');
    expect(attack?.modality).toBe('asserted');
  });
});

describe('roles: the object of a gerund of causing does what the infinitive says', () => {
  it.each([
    ['Rebels captured the town on Monday, forcing government troops to withdraw to the capital.', 'withdraw'],
    ['Rebels seized the bridge, prompting government troops to retreat to the capital.', 'retreat'],
  ])('%s', (text, word) => {
    const { names } = eventOf(text, word);
    expect(names).toContain('government troops');
    expect(names).not.toContain('rebels');
  });
});

describe('modality and mentions in parliamentary reports', () => {
  it('reads a no-confidence vote as held, not negated', () => {
    expect(eventOf('The government survived a no-confidence vote in parliament on Wednesday.', 'vote').event?.modality).toBe('asserted');
  });

  it('keeps a real negation', () => {
    expect(eventOf('Police said no arrests were made.', 'arrests').event?.modality).toBe('negated');
  });

  it('does not count ballots as a vote', () => {
    expect(eventOf('The motion won 82 votes in the 170-seat chamber.', 'votes').event).toBeUndefined();
  });

  it('tells the next election apart from the vote already told', () => {
    const text = 'Voters elected a new parliament in Ostria on Sunday. The next general election is due in 2030.';
    const { event } = eventOf(text, 'election');
    expect(event?.date).toBe('2030');
    expect(event?.modality).toBe('planned');
  });
});

describe('pronouns: a body named by a singular collective is an "it"', () => {
  it.each([
    ['The Norvian army said its aircraft had bombed rebel positions on Tuesday.', 'bombed', 'Norvian army'],
    ['The army said it had captured the town of Marra.', 'captured', 'army'],
  ])('%s', (text, word, who) => {
    expect(eventOf(text, word).names).toContain(who);
  });
});

describe('politics: elections held, campaigns for an office, courts and crowds blocking', () => {
  it.each([
    ['Voters will go to the polls on June 4.', 'go to the polls', 'election'],
    ['Ostrians went to the polls on Sunday.', 'went to the polls', 'election'],
    ['The senator launched her presidential campaign in Iowa on Saturday.', 'campaign', 'election'],
    ['She campaigned for president in 2002.', 'campaigned', 'election'],
    ['A federal judge blocked the executive order on asylum on Monday.', 'blocked', 'legal'],
    ['Protesters blocked roads in the capital on Monday.', 'blocked', 'protest'],
  ])('%s', (text, word, type) => {
    expect(eventOf(text, word).event?.type).toBe(type);
  });

  it.each([
    ['Activists campaigned for the release of political prisoners.', 'campaigned'],
    ['The company began an advertising campaign in May.', 'campaign'],
    ['The Senate blocked the bill.', 'blocked'],
    ['Clouds blocked the view of the eclipse.', 'blocked'],
  ])('no event: %s', (text, word) => {
    expect(eventOf(text, word).event).toBeUndefined();
  });
});

describe('senses: rises and contests are no shooting or battle', () => {
  it.each([
    ['He shot to fame in 2010.', 'shot'],
    ['The party faces a tough battle to hold the seat.', 'battle'],
    ['The company is in a fight to save jobs.', 'fight'],
  ])('%s', (text, word) => {
    expect(eventOf(text, word).event).toBeUndefined();
  });

  it.each([
    ['Soldiers shot two protesters in Lorn on Monday.', 'shot', 'attack'],
    ['Rebels launched a battle to retake the city on Monday.', 'battle', 'clash'],
  ])('%s', (text, word, type) => {
    expect(eventOf(text, word).event?.type).toBe(type);
  });
});

describe('triggers: "blew up"', () => {
  it.each([
    ['A suicide bomber blew himself up at a funeral in Kolm on Friday.', 'blew himself up', 'attack'],
    ['Militants blew up a bridge near Kolm on Sunday.', 'blew up', 'attack'],
    ['A fuel tanker blew up on the highway near Kolm on Monday.', 'blew up', 'accident'],
  ])('%s', (text, word, type) => {
    expect(eventOf(text, word).event?.type).toBe(type);
  });

  it.each(['Her career blew up after the scandal.', 'The dispute blew up into a crisis.'])('no event: %s', (text) => {
    expect(eventOf(text, 'blew up').event).toBeUndefined();
  });
});

describe('light verbs: imposing sanctions', () => {
  it('makes whoever imposes them the agent', () => {
    const { event, names } = eventOf('The European Union imposed sanctions on three Norvian officials last month.', 'sanctions');
    expect(event?.type).toBe('sanction');
    expect(event?.participants.find((p) => p.role === 'agent')).toBeDefined();
    expect(names).toContain('European Union');
  });
});

describe('date: a when-clause right after a time is at that time', () => {
  it.each([
    ['The region suffered its worst fire season on record in 2023, when 14 people died.', 'died', '2023'],
    ['Tensions rose in May 2019, when troops entered the town of Marra.', 'entered', '2019-05'],
  ])('%s', (text, word, date) => {
    expect(eventOf(text, word).event?.date).toBe(date);
  });
});

describe('senses: fighting a fire or a flood is no clash', () => {
  it.each([
    ['More than 1,500 firefighters were battling the blaze on Sunday.', 'battling'],
    ['Villagers fought the floods for three days.', 'fought'],
  ])('%s', (text, word) => {
    expect(eventOf(text, word).event).toBeUndefined();
  });

  it('keeps troops battling rebels a clash', () => {
    expect(eventOf('Troops battled rebels near Kolm on Sunday.', 'battled').event?.type).toBe('clash');
  });

  it('reads a fire season as no fire', () => {
    expect(eventOf('The region suffered its worst fire season on record in 2023.', 'fire').event).toBeUndefined();
  });
});

describe('protest reports: places in apposition, outbreaks, dispersals', () => {
  it('keeps a place named in apposition inside the clause, with the time after it', () => {
    const { event, parsed } = eventOf('Tens of thousands of opposition supporters rallied in the capital, Lorn, on Saturday to protest against the result.', 'rallied');
    expect(event?.date).toBe('2026-03-14');
    expect(parsed.events.filter((e) => e.type === 'protest')).toHaveLength(1);
  });

  it.each([
    ['Clashes broke out when some demonstrators tried to break through the police lines.', 'clashes', 'clash'],
    ['Fighting erupted between the two groups.', 'fighting', 'clash'],
    ['Protests erupted across the country.', 'protests', 'protest'],
    ['Mount Vell erupted on Sunday.', 'erupted', 'accident'],
    ['Police dispersed the protesters with water cannon.', 'dispersed', 'clash'],
    ['Police used tear gas and batons to disperse the crowd.', 'used', 'clash'],
  ])('%s', (text, word, type) => {
    expect(eventOf(text, word).event?.type).toBe(type);
  });

  it.each([
    ['Fighting erupted between the two groups.', 'erupted'],
    ['The fog dispersed by noon.', 'dispersed'],
    ['The company used new software.', 'used'],
    ['Fighting continues.', 'fighting'],
  ])('no event: %s', (text, word) => {
    expect(eventOf(text, word).event).toBeUndefined();
  });

  it('tells a same-kind "with" clause as the manner of its happening', () => {
    const { parsed } = eventOf('Crowds were repelled from the square with police using tear gas.', 'repelled');
    expect(parsed.events.filter((e) => e.type === 'clash')).toHaveLength(1);
  });

  it('names no group after a preposition the tagger reads as an adjective', () => {
    const { names } = eventOf('Rebels fired rockets against civilians in the town.', 'fired');
    expect(names).toContain('civilians');
  });
});

describe('storm reports: landfall and the death toll', () => {
  it.each([
    ['The storm made landfall near Beira on Monday.', 'made landfall', 'accident', '2026-03-09'],
    ['The death toll from the cyclone rose to 86 on Thursday.', 'death toll', 'casualty', '2026-03-12'],
  ])('%s', (text, word, type, date) => {
    const { event } = eventOf(text, word);
    expect(event?.type).toBe(type);
    expect(event?.date).toBe(date);
  });

  it('keeps "death" before another noun a modifier', () => {
    expect(eventOf('The court upheld the death sentence on Monday.', 'death').event).toBeUndefined();
  });
});

describe('election results: winning an office', () => {
  it.each([
    ['Incumbent Governor Mark Hale won a second term on Tuesday.', 'won', '2026-03-10'],
    ['Senator Ana Ruiz won re-election in 2024.', 'won', '2024'],
  ])('%s', (text, word, date) => {
    const { event, names } = eventOf(text, word);
    expect(event?.type).toBe('election');
    expect(event?.date).toBe(date);
    expect(names.length).toBeGreaterThan(0);
  });

  it('leaves the election named in the clause as the happening', () => {
    const { parsed } = eventOf("The opposition won a landslide victory in Sunday's election.", 'won');
    expect(parsed.events.map((e) => e.trigger.text)).toEqual(['election']);
  });

  it.each([
    ['The team won the match on Sunday.'],
    ['She won an award in 2019.'],
    ['The plan won support from Republicans.'],
  ])('no event: %s', (text) => {
    expect(eventOf(text, 'won').event).toBeUndefined();
  });
});
