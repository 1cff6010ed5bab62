import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

/*
 * Round 13 (names), from invented Latin American, Gulf and Levant, British and Irish business, South-East Asian and
 * 2016 US state-politics reports: cue words next to a name (src/extract/name-cue-repairs.ts) and surnames of persons
 * the article names in full (typesFromFullNames, same module).
 */
function parse(text: string) {
  return parseArticle(`Report\n\n${text}`, { publishedAt: '2016-06-06' });
}
const actor = (text: string, name: string) => parse(text).actors.find((a) => a.name === name || a.aliases.includes(name));
const places = (text: string) => parse(text).places.map((p) => p.name);

describe('an honorific without a full stop opens a person', () => {
  it('"full confidence in Mr Staley" gives the person Staley, no place', () => {
    const text = 'Jes Staley apologised on Friday. The board said it had full confidence in Mr Staley.';
    expect(places(text)).not.toContain('Mr Staley');
    expect(actor(text, 'Staley')?.kind).toBe('person');
  });
  it('"welcomed by Ms Harlow\'s allies" gives the person Harlow with her title', () => {
    const names = parse('The decision was welcomed by Ms Harlow\'s allies in the party.').actors.map((x) => x.name);
    expect(names).toContain('Harlow');
    expect(names).not.toContain('Ms Harlow');
  });
});

describe('a name right after a kind of group is that body', () => {
  it('"the human rights group Foro Penal said" gives an organisation', () => {
    expect(actor('Police detained 28 people, the human rights group Foro Penal said.', 'Foro Penal')?.kind).toBe('organization');
  });
  it('"The rights group Karapatan said" gives an organisation', () => {
    expect(actor('The rights group Karapatan said 12 farmers were killed in the raid.', 'Karapatan')?.kind).toBe('organization');
  });
  it('"The advocacy group Equality Carolina filed a lawsuit" gives an organisation', () => {
    expect(actor('The advocacy group Equality Carolina filed a lawsuit in federal court.', 'Equality Carolina')?.kind).toBe('organization');
  });
});

describe('a name before a noun of an armed group\'s members is that group', () => {
  it('"Boko Haram fighters raided the village" gives an organisation', () => {
    expect(actor('Boko Haram fighters raided the village on Monday, residents said.', 'Boko Haram')?.kind).toBe('organization');
  });
  it('"Islamic State militants were surrounded" gives an organisation', () => {
    expect(actor('The prime minister said Islamic State militants were surrounded in the old city.', 'Islamic State')?.kind).toBe('organization');
  });
  it('"Al-Shabaab militants attacked a hotel" gives an organisation', () => {
    expect(actor('Al-Shabaab militants attacked a hotel in Mogadishu on Saturday.', 'Al-Shabaab')?.kind).toBe('organization');
  });
});

describe('Arabic words that open group names', () => {
  it('"Mohammed Alloush of Jaish al-Islam said" gives the body Jaish al-Islam', () => {
    expect(actor('Mohammed Alloush of Jaish al-Islam said the truce had failed.', 'Jaish al-Islam')?.kind).toBe('organization');
  });
  it('"A spokesman for Harakat Nour al-Din al-Zenki denied" gives a body', () => {
    expect(actor('A spokesman for Harakat Nour al-Din al-Zenki denied the report on Sunday.', 'Harakat Nour al-Din al-Zenki')?.kind).toBe('organization');
  });
  it('"Ahrar al-Sham and the army clashed" gives a body', () => {
    expect(actor('Witnesses said Ahrar al-Sham had clashed with the army near the border.', 'Ahrar al-Sham')?.kind).toBe('organization');
  });
});

describe('an institution named at the opening of a sentence', () => {
  it('"Bank of America analysts said" gives the bank, not "of America"', () => {
    const parsed = parse('Bank of America analysts said the sector remained weak.');
    expect(parsed.actors.map((a) => a.name)).toContain('Bank of America');
    expect(parsed.actors.map((a) => a.name)).not.toContain('of America');
  });
  it('"Bank of Japan officials said" gives the bank', () => {
    expect(actor('Bank of Japan officials said rates would not change this year.', 'Bank of Japan')?.kind).toBe('organization');
  });
  it('"Bank of England Governor Mark Carney said" gives the bank and the governor', () => {
    const parsed = parse('Bank of England Governor Mark Carney said rates would stay low.');
    expect(parsed.actors.map((a) => a.name)).toEqual(expect.arrayContaining(['Bank of England', 'Mark Carney']));
  });
});

describe('stockbroking firms', () => {
  it('"Davy Stockbrokers analyst Stephen Furlong said" gives the firm', () => {
    expect(actor('Davy Stockbrokers analyst Stephen Furlong said the warning was expected.', 'Davy Stockbrokers')?.kind).toBe('organization');
  });
  it('"A note from Merrion Stockbrokers said" gives the firm', () => {
    expect(actor('A note from Merrion Stockbrokers said the shares were cheap.', 'Merrion Stockbrokers')?.kind).toBe('organization');
  });
});

describe('a surname of a person the article names in full', () => {
  it('"a narrow lead over Keiko Fujimori" after "Alberto Fujimori" is a person, no place', () => {
    const text = 'Alberto Fujimori was jailed in 2009. His daughter held a narrow lead over Keiko Fujimori on Monday.';
    expect(places(text)).not.toContain('Keiko Fujimori');
    expect(actor(text, 'Keiko Fujimori')?.kind).toBe('person');
  });
  it('"thanked Verónika Mendoza" after "Ricardo Mendoza" is a person, no place', () => {
    const text = 'Ricardo Mendoza was jailed in 2009. The party thanked Verónika Mendoza, whose late endorsement was decisive. Mendoza told supporters she would wait.';
    expect(places(text)).not.toContain('Verónika Mendoza');
    expect(actor(text, 'Verónika Mendoza')?.kind).toBe('person');
  });
});
