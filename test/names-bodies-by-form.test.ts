import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

/*
 * Round 11 (names), from invented merger wires, election reports from Latin America and Africa, Middle East
 * diplomacy, sports governance and 2016 campaign news: bodies told from persons and places by what is written in or
 * around their names (src/extract/name-body-repairs.ts and the apposition, locative and propagation rules).
 */
function parse(text: string) {
  return parseArticle(`Report\n\n${text}`, { publishedAt: '2016-08-24' });
}
const actor = (text: string, name: string) => parse(text).actors.find((a) => a.name === name || a.aliases.includes(name));
const places = (text: string) => parse(text).places.map((p) => p.name);
const actors = (text: string) => parse(text).actors.map((a) => a.name);

describe('tickers and legal forms', () => {
  it('"Kelvara Corp (NYSE: KLV) said" gives no place "KLV"', () => {
    expect(places('Kelvara Corp (NYSE: KLV) said on Thursday it would buy a rival for $2 billion.')).not.toContain('KLV');
  });
  it('"Kestrel Mining Co (ASX: KMC) said" gives no place "KMC"', () => {
    expect(places('Kestrel Mining Co (ASX: KMC) said output fell in the second quarter.')).not.toContain('KMC');
  });
  it('"Roth AG said" gives a company, not a person', () => {
    expect(actor('Roth AG said on Monday it would cut 900 jobs at its plants.', 'Roth AG')?.kind).toBe('organization');
  });
  it('"a consortium led by Orrin Capital" gives a company, not a place', () => {
    const text = 'Tosmar Corp said it would sell its chip unit to a consortium led by Orrin Capital for $18 billion.';
    expect(places(text)).not.toContain('Orrin Capital');
    expect(actor(text, 'Orrin Capital')?.kind).toBe('organization');
  });
  it('"Elliott Management said it had sold its stake" gives a company, not a person', () => {
    expect(actor('Elliott Management said it had sold its stake in the utility.', 'Elliott Management')?.kind).toBe('organization');
  });
  it('"General Velmar Co said" keeps the opening word of the company\'s name', () => {
    expect(actors('General Velmar Co said it would cut 3,000 jobs.')).toContain('General Velmar');
  });
  it('"Western Dorrance Corp fell" keeps the compass word of the company\'s name', () => {
    expect(actors('Western Dorrance Corp, the disk drive maker, fell 3 percent.')).toContain('Western Dorrance');
  });
});

describe('clubs around cities', () => {
  it('"Real Zaragoza and Atletico Valencia were fined" gives two clubs, not persons', () => {
    const parsed = parse('Real Zaragoza and Atletico Valencia were fined by the league on Monday.');
    expect(parsed.actors.find((a) => a.name.includes('Zaragoza'))?.kind).toBe('organization');
    expect(parsed.actors.find((a) => a.name === 'Atletico Valencia')?.kind).toBe('organization');
  });
  it('"Leeds beat Norwich 3-0" gives two clubs, not two cities', () => {
    const parsed = parse('Leeds beat Norwich 3-0 at Elland Road on Saturday.');
    expect(parsed.places.map((p) => p.name)).not.toContain('Norwich');
    expect(parsed.actors.find((a) => a.name === 'Norwich')?.kind).toBe('organization');
  });
});

describe('institutions, persons of bodies, committees', () => {
  it('"the National Registry said" gives a body, not a person', () => {
    expect(actor('In Colombia, the National Registry said the count would end on Monday.', 'National Registry')?.kind).toBe('organization');
  });
  it('"Tendai Kamau of the Popular Unity Movement rejected" gives the person and the body apart', () => {
    const parsed = parse('In Kenya, Tendai Kamau of the Popular Unity Movement rejected the result.');
    expect(parsed.actors.find((a) => a.name === 'Tendai Kamau')?.kind).toBe('person');
    expect(parsed.actors.find((a) => a.name === 'Popular Unity Movement')?.kind).toBe('organization');
  });
  it('"declared Tendai Mushonga of ZANU-PF the winner" gives the person and the party', () => {
    const parsed = parse('The electoral commission declared Tendai Mushonga of ZANU-PF the winner on Friday.');
    expect(parsed.actors.find((a) => a.name === 'Tendai Mushonga')?.kind).toBe('person');
    expect(parsed.actors.find((a) => a.name === 'ZANU-PF')?.kind).toBe('organization');
  });
  it('"Forward Ohio Again PAC, a pro-Trump group, filed" gives the committee and no "pro-Trump"', () => {
    const names = actors('Forward Ohio Again PAC, a pro-Trump group, filed a report with the election regulator.');
    expect(names).toContain('Forward Ohio Again PAC');
    expect(names).not.toContain('pro-Trump');
  });
  it('"donations to the Women Lead Texas PAC" gives the committee, no place', () => {
    const text = 'The candidate returned donations to the Women Lead Texas PAC on Tuesday.';
    expect(actors(text)).toContain('Women Lead Texas PAC');
    expect(places(text)).not.toContain('Texas');
  });
  it('"Priorities Nevada Action, the main super PAC backing X, said" gives the committee', () => {
    expect(actor('Priorities Nevada Action, the main super PAC backing the senator, said it would spend $5 million.', 'Priorities Nevada Action')?.kind).toBe('organization');
  });
  it('"Kataib al-Nour, one of the largest militias, rejected" gives a body, not a person', () => {
    expect(actor('Kataib al-Nour, one of the largest militias, rejected the decision.', 'Kataib al-Nour')?.kind).toBe('organization');
  });
  it('"Parents for Safe Streets held a rally" gives the advocacy group', () => {
    expect(actors('Parents for Safe Streets held a rally outside city hall on Sunday.')).toContain('Parents for Safe Streets');
  });
  it('"the Koch-backed Americans for Clean Water filed" gives the advocacy group', () => {
    expect(actors('The Koch-backed Americans for Clean Water filed a lawsuit on Monday.')).toContain('Americans for Clean Water');
  });
  it('"UEFA president X ... complain to UEFA" gives the body, not a place', () => {
    const text = 'FIBA president Carla Mendes said the federation would complain to FIBA.';
    expect(places(text)).not.toContain('FIBA');
    expect(actor(text, 'FIBA')?.kind).toBe('organization');
  });
  it('"the Colombia Humana movement would fight on" gives a body, not a place', () => {
    const text = 'Gustavo Petro told supporters the Colombia Humana movement would fight on.';
    expect(places(text)).not.toContain('Colombia Humana');
    expect(actor(text, 'Colombia Humana')?.kind).toBe('organization');
  });
  it('"the Chile Vamos alliance would back him" gives a body, not a place', () => {
    const text = 'Carlos Ruiz said the Chile Vamos alliance would back him in the runoff.';
    expect(places(text)).not.toContain('Chile Vamos');
    expect(actor(text, 'Chile Vamos')?.kind).toBe('organization');
  });
  it('"Air France-KLM and Lufthansa said" gives one group of two airlines', () => {
    expect(actors('Air France-KLM and Lufthansa said fuel costs rose by a fifth.')).toContain('Air France-KLM');
  });
  it('"Investors in Air France-KLM and Iberia lost money" gives the group, not "Air France" and "KLM"', () => {
    const names = actors('Investors in Air France-KLM and Iberia lost money.');
    expect(names).toContain('Air France-KLM');
    expect(names).not.toContain('KLM');
  });
});

describe('places', () => {
  it('"Senator Ann Hale, an Iowa Republican, said" gives the place Iowa, not "Iowa Republican"', () => {
    const text = 'Senator Ann Hale, an Iowa Republican, said she would back the bill. The Republican National Committee praised her.';
    expect(places(text)).not.toContain('Iowa Republican');
    expect(actors(text)).not.toContain('Republican');
  });
  it('"a former mayor of Lima, told supporters" gives the city, not the government of Peru', () => {
    const text = 'Luis Carrasco, a former mayor of Lima, told supporters he would run again.';
    expect(places(text)).toContain('Lima');
    expect(actors(text)).not.toContain('Peru');
  });
  it('"Lagos, Ogun and Rivers states" gives three places', () => {
    expect(places('Results from Lagos, Ogun and Rivers states were delayed.')).toContain('Rivers');
  });
  it('"The two Gulf states met" gives no actor "Gulf"', () => {
    expect(actors('The two Gulf states met in Kuwait on Tuesday.')).not.toContain('Gulf');
  });
  it('"Floods hit Assam and Bihar states." gives no actor "Bihar"', () => {
    expect(actors('Floods hit Assam and Bihar states.')).not.toContain('Bihar');
  });
});
