import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

/*
 * Round 25 (names, helper "names26"): classes from invented West and East African politics, South and Southeast
 * Asian business, maritime incident and court, and football reports. Every name here is invented.
 */
function parse(text: string, headline = 'Report') {
  return parseArticle(`${headline}\n\n${text}`, { publishedAt: '2024-05-16' });
}
const actorNames = (text: string) => parse(text).actors.map((a) => a.name);
const actorKind = (text: string, name: string) => parse(text).actors.find((a) => a.name === name)?.kind;
const everyName = (text: string) => {
  const r = parse(text);
  return [...r.actors.map((a) => a.name), ...r.places.map((p) => p.name)];
};

describe('a ship named once as a ship is no actor in any mention', () => {
  it('"A bulk carrier, the Marisol Dawn, ran aground ... The Marisol Dawn was carrying" gives no person', () => {
    const text = 'A bulk carrier, the Marisol Dawn, ran aground off Crete on Monday.\n\nThe Marisol Dawn was carrying 40,000 tonnes of grain, the coast guard said.';
    expect(everyName(text)).not.toContain('Marisol Dawn');
  });
  it('"The Stella Korvane, a Liberian-flagged tanker, caught fire" and its later mentions give no person', () => {
    const text = 'The Stella Korvane, a Liberian-flagged tanker, caught fire in the Gulf on Sunday.\n\nFirefighters boarded the Stella Korvane as it listed.';
    expect(everyName(text)).not.toContain('Stella Korvane');
  });
  it('"The MV Pacific Orchid was boarded ... The Pacific Orchid\'s captain told officials" gives no person', () => {
    const text = 'The MV Pacific Orchid was boarded by police on Saturday.\n\nThe Pacific Orchid\'s captain told officials the ship had been searched.';
    expect(everyName(text)).not.toContain('Pacific Orchid');
  });
  it('guard (passes before the change too): "X, a ferry operator, said" keeps the company', () => {
    expect(actorNames('Kessler Marine, a ferry operator, said the route would reopen on Friday.')).toContain('Kessler Marine');
  });
  it('guard (passes before the change too): the ship\'s owner named after "its owner" stays a company', () => {
    const text = 'A tanker, the Aurora Meridian, was seized on Sunday, its owner Eastline Shipping said.';
    expect(actorNames(text)).toContain('Eastline Shipping');
  });
});

describe('a side of a result is a club in every mention of the report', () => {
  it('"Valmora beat Castelrio 2-1 ... scored twice for Valmora" makes Valmora a club, no place', () => {
    const text = 'Valmora beat Castelrio 2-1 on Sunday to move top of the Premier Division.\n\nStriker Tiago Arendsen scored twice for Valmora, who have won six straight matches.\n\nReal Portavia host Valmora on Wednesday.\n\nValmora\'s president Luis Carbonell said the club would not sell Arendsen to Castelrio.';
    const r = parse(text);
    expect(r.actors.find((a) => a.name === 'Valmora')?.kind).toBe('organization');
    expect(r.places.map((p) => p.name)).not.toContain('Valmora');
  });
  it('guard (passes before the change too): "Drevna edged Kolvik 1-0 ... a deal to join Drevna" keeps Drevna a club', () => {
    const text = 'Drevna edged Kolvik 1-0 in the cup on Saturday.\n\nThe winger agreed a deal to join Drevna from a club in Lisbon.';
    const r = parse(text);
    expect(r.places.map((p) => p.name)).not.toContain('Drevna');
  });
  it('"Dorvenne were held 1-1 by Sporting Kelmar" makes both sides clubs', () => {
    const r = parse('Dorvenne were held 1-1 by Sporting Kelmar on Saturday.');
    expect(r.actors.find((a) => a.name === 'Sporting Kelmar')?.kind).toBe('organization');
    expect(r.actors.find((a) => a.name === 'Dorvenne')?.kind).toBe('organization');
  });
  it('"Brenmoor were beaten 3-0 by Ostrava Vale" makes both sides clubs', () => {
    const r = parse('Brenmoor were beaten 3-0 by Ostrava Vale in the semi-final.');
    expect(r.actors.find((a) => a.name === 'Ostrava Vale')?.kind).toBe('organization');
  });
  it('"lost 3-0 to Varsk Athletic." gives the club without the full stop', () => {
    expect(actorNames('Legia Brenna lost 3-0 to Varsk Athletic.')).toContain('Varsk Athletic');
  });
  it('"Legia Brenna, who lost 3-0 to Varsk Athletic, are bottom" makes both sides clubs', () => {
    const r = parse('Legia Brenna, who lost 3-0 to Varsk Athletic, are bottom of the table.');
    expect(r.actors.find((a) => a.name === 'Legia Brenna')?.kind).toBe('organization');
    expect(r.actors.find((a) => a.name === 'Varsk Athletic')?.kind).toBe('organization');
  });
  it('guard (passes before the change too): a national side stays the country', () => {
    expect(parse('Ghana beat Togo 2-0 in Accra on Friday.').places.map((p) => p.name)).toContain('Ghana');
  });
});

describe('a name in apposition after a body noun, with "the", is the body', () => {
  it('"The departing party, the Reformist Bloc, said" gives the bloc', () => {
    expect(actorNames('The departing party, the Reformist Bloc, said it would vote against the budget.')).toContain('Reformist Bloc');
  });
  it('"Its partner party, the Liberal Bloc, said" gives the bloc', () => {
    expect(actorNames('Its partner party, the Liberal Bloc, said the coalition was over.')).toContain('Liberal Bloc');
  });
  it('"The farmers\' association, the Deutscher Bauernverband, said" gives a body, no person', () => {
    expect(actorKind('The farmers\' association, the Deutscher Bauernverband, said prices were too low.', 'Deutscher Bauernverband')).toBe('organization');
  });
  it('"The employers\' federation, the Confindustria Veneta, said" gives a body, no place', () => {
    const r = parse('The employers\' federation, the Confindustria Veneta, said it opposed the tax.');
    expect(r.actors.map((a) => a.name)).toContain('Confindustria Veneta');
    expect(r.places.map((p) => p.name)).not.toContain('Confindustria Veneta');
  });
  it('"The country\'s largest union, the Syndicat National des Enseignants, called a strike" gives the union', () => {
    expect(actorNames('The country\'s largest union, the Syndicat National des Enseignants, called a strike.')).toContain('Syndicat National des Enseignants');
  });
  it('guard (passes before the change too): a country in apposition stays a country', () => {
    const text = 'The host nation, the Netherlands, said it would fund the court.';
    expect(everyName(text)).toContain('Netherlands');
    expect(actorKind(text, 'Netherlands')).not.toBe('organization');
  });
});

describe('an Indonesian company written with "PT" and "Tbk" is one company', () => {
  it('"Indonesia\'s PT Sinar Harapan Abadi Tbk said" gives the whole company, not "Abadi"', () => {
    const names = actorNames('Indonesia\'s PT Sinar Harapan Abadi Tbk said on Tuesday it had agreed to buy the plantation.');
    expect(names.some((n) => n.startsWith('PT Sinar Harapan Abadi'))).toBe(true);
    expect(names).not.toContain('Abadi');
  });
  it('"PT Cahaya Timur said" gives a company, no person', () => {
    expect(actorKind('PT Cahaya Timur said it would list its shares next year.', 'PT Cahaya Timur')).toBe('organization');
  });
  it('"The deal values PT Sinar Harapan at $1 billion" gives the company', () => {
    expect(actorNames('The deal values PT Sinar Harapan at $1 billion.')).toContain('PT Sinar Harapan');
  });
  it('guard (passes before the change too): "10 a.m. PT Tuesday" is Pacific time, no company', () => {
    expect(actorNames('The launch is set for 10 a.m. PT Tuesday in San Jose.').some((n) => n.startsWith('PT'))).toBe(false);
  });
});

describe('a company written with two stacked legal forms is one record under its short name', () => {
  it('"Daesan Motor Co Ltd said ... Daesan Motor said" gives one company named "Daesan Motor"', () => {
    const names = actorNames('South Korea\'s Daesan Motor Co Ltd said profit rose.\n\nDaesan Motor said it would build a plant in Ohio.');
    expect(names).toContain('Daesan Motor');
    expect(names).not.toContain('Daesan Motor Co');
  });
  it('"Kurogane Steel Co., Ltd. cut its forecast ... Kurogane Steel said" gives one company', () => {
    const names = actorNames('Japan\'s Kurogane Steel Co., Ltd. cut its forecast.\n\nKurogane Steel said demand was weak.');
    expect(names.filter((n) => n.startsWith('Kurogane Steel'))).toEqual(['Kurogane Steel']);
  });
  it('guard (passes before the change too): one legal form is dropped as before ("Brindle Inc said")', () => {
    expect(actorNames('Brindle Inc said on Monday it would cut 300 jobs.')).toContain('Brindle');
  });
});

describe('a long form whose initials spell the bracketed acronym is a body without an English head word', () => {
  it('"a leader of the Pakistan Awami Tehreek (PAT)" gives a body, no place', () => {
    const r = parse('Police arrested Syed Imran Ali Shah, a leader of the Pakistan Awami Tehreek (PAT), on Monday.');
    expect(r.actors.find((a) => a.name === 'Pakistan Awami Tehreek')?.kind).toBe('organization');
    expect(r.places.map((p) => p.name)).not.toContain('Pakistan Awami Tehreek');
  });
  it('"The Bharatiya Nyay Morcha (BNM) won 12 seats" gives the party', () => {
    expect(actorNames('The Bharatiya Nyay Morcha (BNM) won 12 seats in the state.')).toContain('Bharatiya Nyay Morcha');
  });
  it('"Supporters of the Kenya Mwananchi Sauti (KMS) marched" gives a body, no place', () => {
    const r = parse('Supporters of the Kenya Mwananchi Sauti (KMS) marched in Nairobi.');
    expect(r.places.map((p) => p.name)).not.toContain('Kenya Mwananchi Sauti');
    expect(r.actors.map((a) => a.name)).toContain('Kenya Mwananchi Sauti');
  });
  it('guard (passes before the change too): "the Democratic Republic of Congo (DRC)" stays the country', () => {
    expect(parse('Troops entered the Democratic Republic of Congo (DRC) on Monday.').places.map((p) => p.kind)).toContain('country');
  });
});

describe('a one-word name opening a sentence before a role apposition is a person', () => {
  it('"Luhut, the coordinating minister, declined to comment" gives the person', () => {
    expect(actorKind('Luhut, the coordinating minister, declined to comment.', 'Luhut')).toBe('person');
  });
  it('"Anwarul, the party\'s spokesman, said" gives a person, no body', () => {
    expect(actorKind('Anwarul, the party\'s spokesman, said the boycott would continue.', 'Anwarul')).toBe('person');
  });
  it('guard (passes before the change too): "However, the minister said" makes no person "However"', () => {
    expect(actorNames('However, the minister said the plan was delayed.')).not.toContain('However');
  });
  it('guard (passes before the change too): "Kenya, the region\'s biggest economy, said" stays the state', () => {
    expect(actorKind('Kenya, the region\'s biggest economy, said it would send troops.', 'Kenya')).not.toBe('person');
  });
});
