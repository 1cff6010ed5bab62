import { loadNameModel } from '../src/extract/names/model.js';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { entitiesOf } from './helpers/pipeline.js';
import { resolveOrganizationAnaphor, resolveTitleHolder } from '../src/extract/entities.js';
import { allCountries, lookupCapital } from '../src/nlp/gazetteer.js';

const actor = (text: string, name: string) => entitiesOf(text).actors.find((a) => a.name === name);
const place = (text: string, name: string) => entitiesOf(text).places.find((p) => p.name === name || p.aliases.includes(name));

describe('titles', () => {
  it('keeps a time-bounded modifier with the title', () => {
    expect(actor('Former Prime Minister Tomas Verhey criticised the budget.', 'Tomas Verhey')?.titles).toContain('Former Prime Minister');
  });

  it('keeps a multi-word title whole', () => {
    expect(actor('Prime Minister Ana Lima visited the port.', 'Ana Lima')?.titles).toEqual(['Prime Minister']);
  });

  it('splits a body and its officer written as one run', () => {
    const { actors } = entitiesOf('The Northwind Bank CEO Mara Quell announced record profits.');
    expect(actors.find((a) => a.name === 'Mara Quell')?.titles).toContain('CEO');
    expect(actors.find((a) => a.name === 'Northwind Bank')?.kind).toBe('organization');
  });

  it('keeps an initial inside a personal name', () => {
    expect(actor('Later, George W. Harlan spoke to the press.', 'George W. Harlan')?.kind).toBe('person');
  });

  it('keeps the lower-case tail of a hyphenated name', () => {
    expect(actor('The leader Park Sung-ho inspected the troops.', 'Park Sung-ho')).toBeDefined();
  });

  it('makes a name with a role in apposition a person', () => {
    expect(actor('The vote was called by Ilmar Tossin, the speaker of the assembly.', 'Ilmar Tossin')?.kind).toBe('person');
  });
});

describe('resolving "the president" and "the ministry"', () => {
  it('adds a mention for "the minister" to the only minister of the article', () => {
    const a = actor('Finance Minister Jana Kovac met bankers. The minister said rates would fall.', 'Jana Kovac');
    expect(a?.mentions.map((m) => m.text)).toContain('minister');
  });

  it('never resolves "the president" to a former president', () => {
    const a = actor('Former President Olu Badejo spoke. The president was absent.', 'Olu Badejo');
    expect(a?.mentions.map((m) => m.text)).not.toContain('president');
  });

  it('exports a resolver that finds the current holder of a title', () => {
    const { actors } = entitiesOf('President Lina Moreau and former President Abel Costa attended.');
    expect(resolveTitleHolder(actors, 'president')?.name).toBe('Lina Moreau');
  });

  it('resolves "the ministry" to the ministry named before', () => {
    const { actors, mentions } = entitiesOf('The Estonian Interior Ministry closed the border. The ministry said it would reopen.');
    const at = entitiesOf('The Estonian Interior Ministry closed the border. The ministry said it would reopen.').text.lastIndexOf('ministry');
    expect(resolveOrganizationAnaphor(actors, mentions, 'ministry', at)?.name).toBe('Estonian Interior Ministry');
  });

  it('marks an anaphoric mention with via "anaphor"', () => {
    const { mentions } = entitiesOf('Orvane Motors cut jobs on Monday. The company said demand was weak.');
    expect(mentions.find((m) => m.text === 'company')?.via).toBe('anaphor');
  });
});

describe('governments', () => {
  it('maps the capital of every country whose capital is a name to that government', () => {
    // a capital that is also a given name or surname ("Santiago rejected ...", "Moroni") may as well be a person acting
    const { firstNames, surnames } = loadNameModel().lexicons;
    const givenName = (name: string) => firstNames.has(name.toLowerCase()) || surnames.has(name.toLowerCase());
    const sample = allCountries()
      .filter((c) => c.capitals[0] && lookupCapital(c.capitals[0])?.code === c.code && !/\s/.test(c.capitals[0]) && !givenName(c.capitals[0]))
      .slice(0, 40);
    const failed: string[] = [];
    for (const c of sample) {
      const gov = entitiesOf(`Yesterday, ${c.capitals[0]} rejected the proposal.`).actors.find((a) => a.kind === 'government');
      if (gov?.countryCode !== c.code) failed.push(c.capitals[0] as string);
    }
    expect(failed).toEqual([]);
  });

  it('does not list a country that only acts as a place too', () => {
    const { places, actors } = entitiesOf('Later, Norway rejected the offer.');
    expect(actors.find((a) => a.name === 'Norway')?.kind).toBe('government');
    expect(places.find((p) => p.name === 'Norway')).toBeUndefined();
  });

  it('reads a country used as a location as a place', () => {
    expect(place('The summit was held in Norway last spring.', 'Norway')?.countryCode).toBe('NO');
  });

  it('makes a country named as a party in talks a government', () => {
    expect(actor('Talks between Norway and Chile ended without a deal.', 'Chile')?.kind).toBe('government');
  });

  it('gives proper-adjective governments the kind government', () => {
    expect(actor('The plan was rejected by European governments on Friday.', 'European governments')?.kind).toBe('government');
  });
});

describe('what is not an actor', () => {
  it('does not make a month or weekday a place', () => {
    const { places, actors } = entitiesOf('Deliveries resume in January, the firm said on Monday.');
    expect([...places, ...actors].map((r) => r.name)).not.toContain('January');
    expect([...places, ...actors].map((r) => r.name)).not.toContain('Monday');
  });

  it('does not make a model number an actor', () => {
    expect(entitiesOf('The Z400 will enter service next year.').actors.map((a) => a.name)).not.toContain('Z400');
  });

  it('does not make a conference an actor', () => {
    expect(entitiesOf('Speakers gathered at the Global Ports Conference in Lisbon.').actors).toEqual([]);
  });

  it('does not list a crowd that only moves as an actor', () => {
    expect(entitiesOf('Later, protesters marched to the square.').actors).toEqual([]);
  });

  it('drops a corporate suffix from a company name and keeps it as an alias', () => {
    const a = actor('Later, Brindle Inc. said sales rose.', 'Brindle');
    expect(a?.kind).toBe('organization');
    expect(a?.aliases).toContain('Brindle Inc');
  });
});

describe('places', () => {
  it('records that a settlement lies in the region the article names', () => {
    const { places } = entitiesOf('Fighting went on near Velyka Vovnianka in the Kharkiv region.');
    const inner = places.find((p) => p.name === 'Velyka Vovnianka');
    const outer = places.find((p) => p.name === 'Kharkiv');
    expect(inner?.within).toContain(outer?.id);
  });

  it('records that a city lies in the country written after it', () => {
    const { places } = entitiesOf('The jet was flown to Toulouse, France for the ceremony.');
    expect(places.find((p) => p.name === 'Toulouse')?.within).toContain(places.find((p) => p.name === 'France')?.id);
  });

  it('does not make an unknown recipient after "to" a place', () => {
    expect(place('The last jets were handed to Quorvane last week.', 'Quorvane')).toBeUndefined();
  });

  // Known gap of the learned name tagger (issue 12): a single unseen word in this context is not proposed as a name,
  // and the rule that made it one lowered the scores on the eval halves and NER dev files when kept. Passes once fixed.
  it.fails('makes an unknown name after "near" a place', () => {
    expect(place('Shelling was reported near Quorvane last week.', 'Quorvane')).toBeDefined();
  });

  it('reads a named airport as a site', () => {
    expect(place('The plane landed at Redwater International Airport on time.', 'Redwater International Airport')?.kind).toBe('site');
  });

  it('reads "Air" before a country as an airline', () => {
    expect(actor('The order came from Air Malta this week.', 'Air Malta')?.kind).toBe('organization');
  });
});

// Property tests: sentences assembled from name pieces, titles and punctuation nobody wrote by hand.
const first = fc.constantFrom('Anna', 'Pedro', 'Yuki', 'Olek', 'Marta', 'Idris');
const last = fc.constantFrom('Brandt', 'Okafor', 'Lindqvist', 'Serrano', 'Haddad', 'Novak');
const title = fc.constantFrom('', 'President ', 'Minister ', 'Dr. ', 'former Governor ', 'General ');
const after = fc.constantFrom('.', ',', "'s", '!', '?', ';', ':', ')', '"');
const place_ = fc.constantFrom('Kyiv', 'Toulouse', 'Oslo', 'Zaporizhzhia region', 'Chile');
const sentence = fc.tuple(title, first, last, after, place_).map(([t, f, l, p, pl]) => `${t}${f} ${l}${p} He spoke in ${pl}${p} Then ${l}${p} left.`);

describe('property: names and spans', () => {
  it('never gives a name or alias that ends in punctuation', () => {
    fc.assert(
      fc.property(sentence, (text) => {
        const { actors, places } = entitiesOf(text);
        for (const r of [...actors, ...places]) for (const n of [r.name, ...r.aliases]) expect(n).not.toMatch(/[\s.,;:!?'"’)]$/);
      }),
      { seed: 20251127, numRuns: 60 },
    );
  });

  it('gives every mention exactly the text its span covers', () => {
    fc.assert(
      fc.property(sentence, (text) => {
        const { actors, places, mentions } = entitiesOf(text);
        for (const m of [...actors, ...places].flatMap((r) => r.mentions)) expect(text.slice(m.start, m.end)).toBe(m.text);
        for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
      }),
      { seed: 20251127, numRuns: 60 },
    );
  });
});

describe('organisations from context', () => {
  it('splits two institutions joined by "and"', () => {
    const { actors } = entitiesOf('Later, Norden Airlines and Velta Airlines ordered new jets.');
    expect(actors.map((a) => a.name)).toEqual(expect.arrayContaining(['Norden Airlines', 'Velta Airlines']));
  });

  // Known gap of the learned name tagger (issue 12): a single unseen word in this context is not proposed as a name,
  // and the rule that made it one lowered the scores on the eval halves and NER dev files when kept. Passes once fixed.
  it('makes a name coordinated with a company a company', () => {
    expect(actor('Shares of Velmora and the airline Quantair fell sharply.', 'Velmora')?.kind).toBe('organization');
  });

  it('makes the agent of an action noun an organisation', () => {
    expect(actor('The new engine is under development by Corvexa.', 'Corvexa')?.kind).toBe('organization');
  });

  it('keeps a plural possessive inside an institution name', () => {
    expect(actor("Later, the Farmers' Union of Kelvia said prices fell.", "Farmers' Union of Kelvia")?.kind).toBe('organization');
  });

  // Known gap of the learned name tagger (issue 12): a single unseen word in this context is not proposed as a name,
  // and the rule that made it one lowered the scores on the eval halves and NER dev files when kept. Passes once fixed.
  it.fails('keeps a date that opens an institution name', () => {
    expect(actor('Later, the March 3 Renewal Movement called for a strike.', 'March 3 Renewal Movement')?.kind).toBe('organization');
  });

  it('does not join a date to a name that follows it', () => {
    expect(actor('On March 3 Velmora Corp announced the sale.', 'March 3 Velmora')).toBeUndefined();
  });

  it('takes an acronym in square brackets as an alias', () => {
    expect(actor('Units of the Kelvian Border Guard [KBG] moved north.', 'Kelvian Border Guard')?.aliases).toContain('KBG');
  });

  it('does not make a country that only "remains" something a government', () => {
    expect(entitiesOf('Later, Norway will remain the first stop of the tour.').actors.find((a) => a.kind === 'government')).toBeUndefined();
  });
});
