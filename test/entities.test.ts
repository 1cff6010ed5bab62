import { describe, expect, it } from 'vitest';
import { entitiesOf } from './helpers/pipeline.js';

const actor = (text: string, name: string) => entitiesOf(text).actors.find((a) => a.name === name);
const place = (text: string, name: string) => entitiesOf(text).places.find((p) => p.name === name || p.aliases.includes(name));

describe('people', () => {
  it('splits a title off a full name', () => {
    const a = actor('French President Emmanuel Macron arrived in Berlin on Monday.', 'Emmanuel Macron');
    expect(a?.kind).toBe('person');
    expect(a?.titles).toContain('President');
  });

  it('joins a later surname mention to the full name', () => {
    const a = actor('Chancellor Olaf Scholz met reporters. Later, Scholz said the talks went well.', 'Olaf Scholz');
    expect(a?.aliases).toContain('Scholz');
    expect(a?.mentions).toHaveLength(2);
  });

  it('joins a later mention by the first word of a full name when one person has it', () => {
    const { actors } = entitiesOf('President Yarin Tobo met reporters in Lome on Monday. Later, Yarin thanked the visitors for coming.');
    expect(actors.filter((a) => a.kind === 'person').map((a) => a.name)).toEqual(['Yarin Tobo']);
    expect(actors.find((a) => a.name === 'Yarin Tobo')?.mentions).toHaveLength(2);
  });

  it('leaves a place named like a person\'s given name a place', () => {
    const text = 'Senator Jordan Pell arrived on Monday. Pell later flew to Jordan for talks with officials in Amman.';
    expect(place(text, 'Jordan')).toBeDefined();
    expect(actor(text, 'Jordan Pell')?.mentions).toHaveLength(2);
  });

  it('joins no one by a first word two people share', () => {
    const { actors } = entitiesOf('Yarin Tobo met Yarin Sesay in Lome on Monday. Later, Yarin thanked the visitors for coming.');
    expect(actors.find((a) => a.name === 'Yarin Tobo')?.mentions).toHaveLength(1);
    expect(actors.find((a) => a.name === 'Yarin Sesay')?.mentions).toHaveLength(1);
  });

  it('strips a possessive from a name', () => {
    const { actors } = entitiesOf("Prime Minister Keir Starmer spoke. Starmer's office declined to comment.");
    expect(actors.some((a) => a.name.endsWith("'s"))).toBe(false);
    expect(actors.find((a) => a.name === 'Keir Starmer')?.mentions.length).toBe(2);
  });

  it('keeps a lower-case role before a name as its title', () => {
    const a = actor('The plan was drafted by presidential envoy Steve Moore and others.', 'Steve Moore');
    expect(a?.titles.some((t) => t.includes('envoy'))).toBe(true);
  });

  it('names both people in a hyphenated compound', () => {
    const { actors } = entitiesOf('Angela Merkel and Barack Obama met. A Merkel-Obama summit is planned.');
    const merkel = actors.find((a) => a.name === 'Angela Merkel');
    const obama = actors.find((a) => a.name === 'Barack Obama');
    expect(merkel?.mentions.map((m) => m.text)).toEqual(['Angela Merkel', 'Merkel']);
    expect(obama?.mentions.map((m) => m.text)).toEqual(['Barack Obama', 'Obama']);
  });
});

describe('common words read as persons', () => {
  const quote = 'Freed hostage Marta Quintero spoke in Paris on Tuesday. "The forest was hostile, full of armed men. And in this world where everything is against you, there is God. And above all, there were my children," Quintero said.\n\nShe called on Paul Varga to keep negotiating for the others.';

  it('makes no person of a common word that neither acts nor owns, so no later "she" can point to it', () => {
    const { actors } = entitiesOf(quote);
    expect(actors.map((a) => a.name)).not.toContain('God');
    expect(actors.find((a) => a.name === 'Marta Quintero')?.kind).toBe('person');
  });

  it('keeps a common word as a person where it acts', () => {
    expect(actor('Senator Ana Ruiz met the governor. Asked about the plan later, Bush said it would pass.', 'Bush')?.kind).toBe('person');
  });
});

describe('a first line written as a sentence', () => {
  it('reads names in a first line ending in "?" or "!" as in body text, not as a title', () => {
    const text = 'We had a wonderful weekend with Lena Lindqvist and her friends in Kastrova!\n\nThe food was great.';
    expect(actor(text, 'Lena Lindqvist')?.kind).toBe('person');
    expect(place('Why did Okafor leave the bakery in Brenmouth so suddenly?\n\nNobody knows.', 'Brenmouth')).toBeDefined();
  });
});

describe('headlines', () => {
  it('finds a name in a sentence-case headline that the body does not repeat', () => {
    expect(actor('Lena Lindqvist to leave the board of the port authority\n\nThe decision was announced on Monday.', 'Lena Lindqvist')?.kind).toBe('person');
    expect(actor('Kay Marlow\n\nThanks for the notes on the contract.', 'Kay Marlow')?.kind).toBe('person');
  });

  it('counts a place in the headline as a mention of the place the body names', () => {
    expect(place('Floods hit farms near Brenmouth after a week of rain\n\nRain fell in Brenmouth for a week.', 'Brenmouth')?.mentions).toHaveLength(2);
  });

  it('keeps the rule reading of a headline in title case', () => {
    expect(entitiesOf('Fantastic Lakeside Cottage Near Brenmouth\n\nWe stayed here for a week.').places).toEqual([]);
  });
});

describe('governments and organisations', () => {
  it('makes a company of a name typed as a person that the article also writes as a business', () => {
    expect(actor('Tarrel said it had sold 20 Tarrel A350 jets to the airline.', 'Tarrel')?.kind).toBe('organization');
  });

  it('keeps a person whose name begins with a given name beside a business noun', () => {
    expect(actor('Lena Varga said the company Lena Varga founded would grow.', 'Lena Varga')?.kind).toBe('person');
  });

  it('maps a capital used as an actor to the government of its country', () => {
    const gov = entitiesOf('Paris rejected the proposal on Tuesday.').actors.find((a) => a.kind === 'government');
    expect(gov?.name).toBe('France');
    expect(gov?.aliases).toContain('Paris');
  });

  it('maps a seat of government used as an actor to its country', () => {
    const gov = entitiesOf('The White House said the visit would go ahead.').actors.find((a) => a.kind === 'government');
    expect(gov?.name).toBe('United States');
  });

  it('makes "X\'s Defense Ministry" and "the Xian Defense Ministry" one organisation', () => {
    const { actors } = entitiesOf("Germany's Defense Ministry said troops left. The German Defense Ministry added more.");
    const orgs = actors.filter((a) => a.kind === 'organization');
    expect(orgs).toHaveLength(1);
    expect(orgs[0]?.name).toBe('German Defense Ministry');
  });

  it('takes a bracketed acronym as an organisation alias', () => {
    const org = actor('The contract went to the United States Air Force (USAF) this year.', 'United States Air Force');
    expect(org?.aliases).toContain('USAF');
  });
});

describe('groups', () => {
  it('finds a demonym with a group noun as a group actor', () => {
    expect(actor('Clashes continued as Ukrainian forces advanced near the river.', 'Ukrainian forces')?.kind).toBe('group');
  });

  it('finds an unnamed speaking group', () => {
    expect(actor('Prices will rise next year, analysts say.', 'analysts')?.kind).toBe('group');
  });
});

describe('places', () => {
  it('finds a country used as a location', () => {
    expect(place('The president was in Ireland at the time.', 'Ireland')?.countryCode).toBe('IE');
  });

  it('finds a town the tagger does not know after a locative preposition', () => {
    expect(place('Fighting was reported around Khlibodarivka on Sunday.', 'Khlibodarivka')).toBeDefined();
  });

  // Known gap of the learned name tagger (issue 12): "entered Bakhmut" is typed a person (compromise's lexicon
  // gives it a person tag), so its alias follows as a person. Passes once fixed.
  it.fails('joins "X (known in Y as Z)" into one place', () => {
    const text = 'Troops entered Bakhmut (known in Russia as Artemovsk) on Friday.';
    const p = place(text, 'Bakhmut');
    expect(p?.aliases).toContain('Artemovsk');
    expect(entitiesOf(text).places.filter((x) => x.name === 'Artemovsk')).toHaveLength(0);
  });

  it('gives gazetteer coordinates to a known city', () => {
    const p = place('Protesters gathered in Manchester on Saturday.', 'Manchester');
    expect(p?.coordinates?.lat).toBeGreaterThan(50);
  });

  it('does not turn a heading word into an actor', () => {
    const { actors } = entitiesOf('Talks Stall\n\nLeave a Reply\n\nBack To Top');
    expect(actors).toEqual([]);
  });
});

describe('offsets', () => {
  it('gives every mention the text it points at', () => {
    const text = 'Russian President Vladimir Putin hosted U.S. envoy Steve Witkoff. Kyiv denied it, said Ukraine’s Olena Ivanova.';
    const { actors, places } = entitiesOf(text);
    for (const m of [...actors, ...places].flatMap((r) => r.mentions)) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});

describe('pronouns', () => {
  it('never makes a capitalised pronoun into an actor', () => {
    const { actors } = entitiesOf('"We will fight on," the mayor said. He left the city. They said nothing.');
    expect(actors.map((a) => a.name)).not.toEqual(expect.arrayContaining(['We']));
    expect(actors.some((a) => ['We', 'He', 'They'].includes(a.name))).toBe(false);
  });
});
