import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

/*
 * Round 24 (names, helper "names25"): classes from invented Latin American, Dutch and German, Chinese and Japanese,
 * Turkish and Persian, football, militia, NGO, foreign-ministry and market reports. Every name here is invented.
 */
function parse(text: string, headline = 'Report') {
  return parseArticle(`${headline}\n\n${text}`, { publishedAt: '2024-05-16' });
}
const actorNames = (text: string) => parse(text).actors.map((a) => a.name);
const actorKind = (text: string, name: string) => parse(text).actors.find((a) => a.name === name)?.kind;
const mentionTexts = (text: string) => parse(text).actors.flatMap((a) => a.mentions.map((m) => m.text));

describe('a capitalised "All" inside a sentence opens a party or league name', () => {
  it('"Dapo Okonkwo\'s All Progressives Congress faced a revolt" keeps the whole party', () => {
    const names = actorNames('Dapo Okonkwo\'s All Progressives Congress faced a revolt on Thursday.');
    expect(names).toContain('All Progressives Congress');
    expect(names).not.toContain('Congress');
  });
  it('"The senator\'s All Progressives Congress faction met" keeps the whole party', () => {
    const names = actorNames('The senator\'s All Progressives Congress faction met in the capital on Monday.');
    expect(names).toContain('All Progressives Congress');
    expect(names).not.toContain('Congress');
  });
  it('"Voters deserted the All Progressives Congress" keeps the whole party', () => {
    expect(actorNames('Voters in the north deserted the All Progressives Congress in large numbers.')).toContain('All Progressives Congress');
  });
  it('guard (passes before the change too): a sentence-opening "All" is the determiner ("All Labour Party members")', () => {
    expect(actorNames('All Labour Party members voted for the motion on Tuesday.')).not.toContain('All Labour Party');
  });
});

describe('a body\'s head and "for a" with a capitalised aim is one name', () => {
  it('"The Union for a Popular Renewal won" gives one body and no place "Union"', () => {
    const r = parse('The Union for a Popular Renewal won the vote in Lyon.');
    expect(r.actors.map((a) => a.name)).toContain('Union for a Popular Renewal');
    expect(r.places.map((p) => p.name)).not.toContain('Union');
  });
  it('"The Alliance of Patriots for a Free and Sovereign Velmaria denied" gives one body and no person', () => {
    const r = parse('The Alliance of Patriots for a Free and Sovereign Velmaria denied any role in the attack.');
    expect(r.actors.map((a) => a.name)).toContain('Alliance of Patriots for a Free and Sovereign Velmaria');
    expect(r.actors.filter((a) => a.kind === 'person')).toHaveLength(0);
  });
  it('"The Coalition for a Free Karvonia called for sanctions" gives the whole coalition', () => {
    expect(actorNames('The Coalition for a Free Karvonia called for sanctions on Monday.')).toContain('Coalition for a Free Karvonia');
  });
  it('"Leaders of the Movement for a Democratic Future said" opens the name at "Movement"', () => {
    expect(actorNames('Leaders of the Movement for a Democratic Future said they would boycott the poll.')).toContain('Movement for a Democratic Future');
  });
  it('"The Rally for a Sovereign Kessaly said" gives the rally, not a person "Sovereign Kessaly"', () => {
    const r = parse('The Rally for a Sovereign Kessaly said it would take part in the talks.');
    expect(r.actors.map((a) => a.name)).toContain('Rally for a Sovereign Kessaly');
    expect(r.actors.map((a) => a.name)).not.toContain('Sovereign Kessaly');
  });
  it('guard (passes before the change too): "He voted for a Green Party candidate" makes no body of the vote', () => {
    expect(actorNames('He voted for a Green Party candidate in the spring.').some((n) => /for a/.test(n))).toBe(false);
  });
});

describe('an index named by a coined code word after its provider is no body', () => {
  it('"the MSCI Colbex index" gives no organisation "MSCI"', () => {
    expect(actorNames('Shares of Grupo Lerma fell 3 percent, while the MSCI Colbex index slipped 0.8 percent.')).not.toContain('MSCI');
  });
  it('"the FTSE Bursa Kelantra KLXI index" gives no organisation', () => {
    expect(actorNames('Stocks rose on the FTSE Bursa Kelantra KLXI index on Thursday.')).toHaveLength(0);
  });
  it('guard (passes before the change too): "Analysts at Brevik Partners said the Vantor Composite index fell" keeps the firm', () => {
    expect(actorNames('Analysts at Brevik Partners said the Vantor Composite index fell.')).toContain('Brevik Partners');
  });
});

describe('a surname with particles named alone is the person named in full', () => {
  it('"Castaño de la Vega, a member of the party, denied" after the full name is the senator, not a place', () => {
    const r = parse('Senator Lucía Maribel Castaño de la Vega was charged on Thursday. Castaño de la Vega, a member of the Conservative Party, denied wrongdoing.');
    expect(r.places.map((p) => p.name)).not.toContain('Castaño de la Vega');
    expect(r.actors.find((a) => a.name === 'Lucía Maribel Castaño de la Vega')?.mentions).toHaveLength(2);
  });
  it('"Van der Meulen, 24, scored" after "Teun van der Meulen" is the player with his particles', () => {
    expect(mentionTexts('Ajax sold striker Teun van der Meulen on Monday. Van der Meulen, 24, scored 19 goals last season.')).toContain('Van der Meulen');
  });
  it('"Ibáñez del Olmo, 61, resigned" after the full name keeps "Ibáñez del" in the mention', () => {
    expect(mentionTexts('Minister Ramiro Ibáñez del Olmo faced questions in Congress. Ibáñez del Olmo, 61, resigned a week later.')).toContain('Ibáñez del Olmo');
  });
  it('"The board thanked von Wartenberg" keeps "von" in the mention', () => {
    expect(mentionTexts('Coach Dirk von Wartenberg was sacked. The board thanked von Wartenberg for his work.')).toContain('von Wartenberg');
  });
  it('"A lawyer for dos Reis Almeida said" keeps "dos" in the mention', () => {
    expect(mentionTexts('The investor Paulo Henrique dos Reis Almeida filed a complaint. A lawyer for dos Reis Almeida said he would testify.')).toContain('dos Reis Almeida');
  });
  it('guard (passes before the change too): "Van den Brink said" after the full name joins the person', () => {
    const r = parse('Pieter van den Brink joined the board in May. Van den Brink said he was pleased.');
    expect(r.actors.filter((a) => a.kind === 'person')).toHaveLength(1);
  });
});

describe('a body opened at a capitalised gerund after "for" takes the words before "for"', () => {
  it('"The Velmarian Curia\'s Dicastery for Promoting Rural Renewal said" gives the whole dicastery', () => {
    const names = actorNames('The Velmarian Curia\'s Dicastery for Promoting Rural Renewal said it would send aid.');
    expect(names.some((n) => n.endsWith('Dicastery for Promoting Rural Renewal'))).toBe(true);
    expect(names).not.toContain('Promoting Rural Renewal');
  });
  it('guard (passes before the change too): "Partners for Ending Hunger said" gives the whole body', () => {
    expect(actorNames('The group Partners for Ending Hunger said it had raised funds for the camps.')).toContain('Partners for Ending Hunger');
  });
  it('"The Holy See\'s Dicastery for Promoting Coastal Unity met" gives the whole dicastery, no person', () => {
    const r = parse('The Holy See\'s Dicastery for Promoting Coastal Unity met on Monday.');
    expect(r.actors.map((a) => a.name)).toContain('Dicastery for Promoting Coastal Unity');
  });
  it('guard (passes before the change too): "She thanked Maria Lopez for Hosting Dinner" names no body', () => {
    expect(actorNames('She thanked Maria Lopez for Hosting Dinner on Friday.').some((n) => /Hosting/.test(n))).toBe(false);
  });
  it('guard (passes before the change too): "the Centre for Countering Digital Hate" stays whole', () => {
    expect(actorNames('The Centre for Countering Digital Hate published a report on Monday.')).toContain('Centre for Countering Digital Hate');
  });
});

describe('a state\'s name owning something is no person', () => {
  it('"The Vatican\'s envoy arrived" gives no person Vatican', () => {
    const r = parse('The Vatican\'s envoy arrived in the capital on Tuesday.');
    expect(r.actors.filter((a) => a.kind === 'person').map((a) => a.name)).not.toContain('Vatican');
  });
  it('"Officials said Chad\'s president would attend" gives no person Chad', () => {
    expect(actorKind('Officials said Chad\'s president would attend the summit.', 'Chad')).not.toBe('person');
  });
  it('"Chad\'s army said it had repelled the attack" gives no person Chad', () => {
    expect(actorKind('Chad\'s army said it had repelled the attack near the border.', 'Chad')).not.toBe('person');
  });
  it('guard (passes before the change too): "Chad\'s wife said he was tired" keeps the person Chad', () => {
    expect(actorKind('Chad\'s wife said he was tired after the long drive.', 'Chad')).toBe('person');
  });
});

describe('an armed body named by "for" and its aim is one name', () => {
  it('"The Democratic Forces for the Liberation of Velmaria denied" gives one body', () => {
    expect(actorNames('The Democratic Forces for the Liberation of Velmaria denied the report on Sunday.')).toContain('Democratic Forces for the Liberation of Velmaria');
  });
  it('"The Patriotic Army for the Defence of Kessaly said" gives one body and no person Kessaly', () => {
    const r = parse('The Patriotic Army for the Defence of Kessaly said it had seized the town.');
    expect(r.actors.map((a) => a.name)).toContain('Patriotic Army for the Defence of Kessaly');
    expect(r.actors.filter((a) => a.kind === 'person')).toHaveLength(0);
  });
});
