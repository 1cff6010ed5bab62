import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

/*
 * Wire-copy attribution patterns (Reuters/AP style), each tested on several invented sentences.
 */

function claimsOf(text: string, publishedAt = '2025-06-12') {
  const parsed = parseArticle(text, { publishedAt });
  const name = (id: string | null) => parsed.actors.find((a) => a.id === id)?.name ?? null;
  return parsed.claims.map((c) => ({ ...c, claimant: name(c.claimantId) }));
}

describe('a quote before its speaker, with circumstances after the cue', () => {
  it.each([
    ['"We will rebuild," Maria Lopez said in an interview with the BBC.', 'Maria Lopez', 'We will rebuild'],
    ['"The dam held," Governor Ivo Pohl said at a news conference in the capital.', 'Ivo Pohl', 'The dam held'],
    ['"Prices will fall," Trade Minister Rosa Klein told a briefing in Oslo on Monday.', 'Rosa Klein', 'Prices will fall'],
    ['"No one was hurt," Mayor Ken Ito wrote on Telegram.', 'Ken Ito', 'No one was hurt'],
    ['"Talks will resume," Dana Hollis said in a statement posted on the company website.', 'Dana Hollis', 'Talks will resume'],
    ['"Every hour counts," Senator Ruth Dale said in her weekly radio address.', 'Ruth Dale', 'Every hour counts'],
    ['Mayor Ken Ito toured the site. "Every hour counts," he said in his nightly video address.', 'Ken Ito', 'Every hour counts'],
  ])('%s', (text, claimant, content) => {
    const c = claimsOf(text).find((x) => x.claimant === claimant);
    expect(c?.content).toBe(content);
  });

  it('still reads a clause after circumstances of the saying', () => {
    const [c] = claimsOf('Mayor Ken Ito said in an interview with a local radio station that the dam had held.');
    expect(c).toMatchObject({ claimant: 'Ken Ito', content: 'the dam had held' });
  });
});

describe('a clause before an inverted attribution without quotes', () => {
  it.each([
    ['The bridge was destroyed in the shelling, the regional governor, Ivo Pohl, wrote on Telegram.', 'Ivo Pohl', 'The bridge was destroyed in the shelling'],
    ['The depot burned for six hours, two local officials told Reuters.', 'local officials', 'The depot burned for six hours'],
    ['Minister Rosa Klein will visit Lima next month, two diplomatic sources told the newspaper.', 'diplomatic sources', 'Minister Rosa Klein will visit Lima next month'],
    ['The strike will end on Friday, union leader Tomas Brandt said in a statement.', 'Tomas Brandt', 'The strike will end on Friday'],
    ['The ferry sank near the harbour, Captain Lea Moor, a coast guard officer, told reporters on Sunday.', 'Lea Moor', 'The ferry sank near the harbour'],
  ])('%s', (text, claimant, content) => {
    const c = claimsOf(text).find((x) => x.claimant === claimant);
    expect(c?.content).toBe(content);
  });

  it('keeps a list of places in the clause when no apposition stands before the speaker', () => {
    const [c] = claimsOf('Prices rose in Lima, in Quito and in Bogota, Minister Rosa Klein said.');
    expect(c?.content).toBe('Prices rose in Lima, in Quito and in Bogota');
  });
});

describe('a time between the cue and its clause dates the saying', () => {
  it.each([
    ['Several Senate Republicans said on Tuesday they doubted the bill could pass.', 'they doubted the bill could pass', '2025-06-10'],
    ['Governor Ivo Pohl said on Monday the dam would hold.', 'the dam would hold', '2025-06-09'],
    ['Mayor Ken Ito said late on Wednesday the curfew would be lifted.', 'the curfew would be lifted', '2025-06-11'],
    ['Senator Ruth Dale said on Monday in a statement that the vote was postponed.', 'the vote was postponed', '2025-06-09'],
    ['Minister Rosa Klein said yesterday prices would fall.', 'prices would fall', '2025-06-11'],
  ])('%s', (text, content, date) => {
    const [c] = claimsOf(text);
    expect(c).toMatchObject({ content, date });
  });
});

describe('nominal and possessive sources', () => {
  it.each([
    ["Veranthia's air force said on Wednesday it had shot down 30 drones.", "Veranthia's air force", 'it had shot down 30 drones'],
    ["The country's disaster agency said on Friday that 40 people had died.", 'disaster agency', '40 people had died'],
    ['Rain will continue until Sunday, the national weather service warned.', 'national weather service', 'Rain will continue until Sunday'],
    ["Norland's state news agency reported that the border had reopened.", "Norland's state news agency", 'the border had reopened'],
    ['The port was closed, the regional health ministry said in a statement.', 'regional health ministry', 'The port was closed'],
  ])('%s', (text, claimant, content) => {
    const c = claimsOf(text).find((x) => x.claimant === claimant);
    expect(c?.content).toBe(content);
  });

  it.each([
    ['According to two aides familiar with the talks, negotiators plan to meet again on Thursday.', 'aides', 'negotiators plan to meet again on Thursday'],
    ['According to people familiar with the matter, the bank will cut 500 jobs.', 'people', 'the bank will cut 500 jobs'],
    ['The mill will close in May, according to three workers at the plant.', 'workers', 'The mill will close in May'],
    ['According to senior officials in the capital, the curfew will be lifted.', 'senior officials', 'the curfew will be lifted'],
  ])('gives "according to <group> <modifier>" to the group: %s', (text, claimant, content) => {
    const cs = claimsOf(text);
    expect(cs).toHaveLength(1);
    expect(cs[0]).toMatchObject({ claimant, content });
  });

  it.each([
    ['Analysts polled by Norstat had expected a profit of 2.3 billion crowns.', 'analysts'],
    ['Economists surveyed by the Calloway Institute expect growth to slow.', 'Economists'],
  ])('gives a cue after "<group> <participle> by X" to the group, not X: %s', (text, claimant) => {
    const [c] = claimsOf(text);
    expect(c?.claimant?.toLowerCase()).toBe(claimant.toLowerCase());
  });

  it('still names nobody for "according to plan"', () => {
    expect(claimsOf('According to plan, the bridge will open in May.')).toHaveLength(0);
  });
});

describe('"the company" is the company the article is about', () => {
  it('prefers the company named most often to a data provider named once just before', () => {
    const text = [
      'Halden Freight profit falls as rates slump',
      'Halden Freight Inc. reported a 20 percent drop in quarterly profit on Thursday. Shares in Halden Freight fell 4 percent.',
      'Analysts polled by Norstat had expected a smaller fall.',
      'The company expects rates to recover next year.',
    ].join('\n\n');
    const c = claimsOf(text).find((x) => x.cue === 'expects');
    expect(c?.claimant).toBe('Halden Freight');
  });

  it('takes the organisation just described with that noun ("X, a research firm. The firm said")', () => {
    const text = [
      'Calloway Motors sold more cars in March than Brevik Shipping moved containers, and Calloway Motors grew fastest.',
      'That is according to figures from Norstat Group, a market research firm. The firm said sales rose 12 percent.',
    ].join('\n\n');
    const c = claimsOf(text).find((x) => x.content === 'sales rose 12 percent');
    expect(c?.claimant).toBe('Norstat Group');
  });

  it('reads "the Oslo-listed company" as "the company"', () => {
    const text = 'Halden Freight Inc. cut its forecast on Monday. Net profit fell to 2.1 billion crowns, the Oslo-listed company said.';
    const c = claimsOf(text).find((x) => x.cue === 'said');
    expect(c).toMatchObject({ claimant: 'Halden Freight', content: 'Net profit fell to 2.1 billion crowns' });
  });
});

describe('more wire attributions', () => {
  it.each([
    ['The talks collapsed late on Monday, a senior official said, speaking on condition of anonymity.', 'senior official', 'The talks collapsed late on Monday'],
    ['The convoy was hit twice, two security sources said, declining to be named.', 'security sources', 'The convoy was hit twice'],
    ['"We are not leaving," one resident, Lea Ortiz, told Reuters by phone.', 'Lea Ortiz', 'We are not leaving'],
    ['"The water is rising," a farmer, Tomas Brandt, said on Sunday.', 'Tomas Brandt', 'The water is rising'],
  ])('takes the clause before the speaker: %s', (text, claimant, content) => {
    const c = claimsOf(text).find((x) => x.claimant === claimant);
    expect(c?.content).toBe(content);
  });

  it.each([
    ['The ceasefire is holding, a spokeswoman for the Ardenian foreign ministry said.', 'Ardenian foreign ministry', 'The ceasefire is holding'],
    ['A spokesman for the national weather service said the storm would weaken.', 'national weather service', 'the storm would weaken'],
    ['An official with the state grid operator said power would return by noon.', 'state grid operator', 'power would return by noon'],
  ])('gives "a spokeswoman for <body>" to the body: %s', (text, claimant, content) => {
    const c = claimsOf(text).find((x) => x.claimant === claimant);
    expect(c?.content).toBe(content);
  });

  it.each([
    ['Governor Ken Ito said Tuesday the dam would hold.', 'the dam would hold', '2025-06-10'],
    ['Senator Ruth Dale said Monday that the vote was postponed.', 'the vote was postponed', '2025-06-09'],
  ])('reads a bare weekday after the cue as the day of the saying: %s', (text, content, date) => {
    const [c] = claimsOf(text);
    expect(c).toMatchObject({ content, date });
  });
});

describe('unnamed sources with a modifier', () => {
  it.each([
    ['The deal could be signed within days, a person familiar with the matter said.', 'person familiar with the matter', 'The deal could be signed within days'],
    ['The deal could be signed within days, said two people briefed on the talks.', 'people', 'The deal could be signed within days'],
    ['The mine will close in March, officials close to the ministry said.', 'officials', 'The mine will close in March'],
    ['Two sources close to the investigation said the pilot had been warned.', 'sources', 'the pilot had been warned'],
    ['The fleet will sail on Friday, said diplomats in Valletta.', 'diplomats', 'The fleet will sail on Friday'],
  ])('%s', (text, claimant, content) => {
    const c = claimsOf(text).find((x) => x.claimant?.toLowerCase() === claimant);
    expect(c?.content).toBe(content);
  });

  it('reads no source from a phrase whose verb is an infinitive', () => {
    const cs = claimsOf('Tension grew between the unions, and port managers who are trying to maintain order on the docks.');
    expect(cs.filter((c) => c.claimant !== null)).toHaveLength(0);
  });
});

describe('US political news forms', () => {
  it.each([
    ['Sen. Ruth Dale of Ohio said the bill would fail.', 'Ruth Dale', 'the bill would fail'],
    ['Gov. Ken Ito of Texas told reporters the border was secure.', 'Ken Ito', 'the border was secure'],
    ['Governor Ken Ito said at a rally in Ohio on Tuesday that the election was rigged.', 'Ken Ito', 'the election was rigged'],
    ['Senator Ruth Dale has argued for years that the law is unconstitutional.', 'Ruth Dale', 'the law is unconstitutional'],
    ['Governor Ken Ito said Tuesday in an interview with a radio station that the wall would be built.', 'Ken Ito', 'the wall would be built'],
    ['"We won," Dale said at a victory party in Columbus, where hundreds of supporters had gathered.', 'Dale', 'We won'],
    ['"It is over," Ito said at a news conference in Austin, which lasted an hour.', 'Ito', 'It is over'],
    ["Ken Ito, who faces two rivals in Tuesday's primary, said that the race was open.", 'Ken Ito', 'the race was open'],
    ["Ruth Dale, who lost Sunday's runoff, said the count was flawed.", 'Ruth Dale', 'the count was flawed'],
  ])('%s', (text, claimant, content) => {
    const c = claimsOf(text).find((x) => x.claimant === claimant);
    expect(c?.content).toBe(content);
  });
});

describe('business descriptions of the story\'s company', () => {
  it.each([
    ['Volta AG cut its forecast. The German carmaker said demand was weak.', 'Volta'],
    ['Volta AG cut its forecast. The struggling carmaker said demand was weak.', 'Volta'],
    ['Norvik Motor Co. reported a profit on Thursday. The Dearborn, Michigan-based automaker said revenue rose.', 'Norvik Motor'],
    ['Halden Bank ASA posted a loss. The lender said bad loans had doubled.', 'Halden Bank'],
  ])('%s', (text, claimant) => {
    expect(claimsOf(text).at(-1)?.claimant).toBe(claimant);
  });
});

describe('"they" after a group speaker of the same sentence', () => {
  it('gives the group, not the body named last', () => {
    const cs = claimsOf('The commission said the count was over. International observers said the vote was largely free and fair, though they noted isolated cases of vote buying.');
    expect(cs.find((c) => c.cue === 'noted')?.claimant).toBe('International observers');
  });

  it('reads plurals in -men as people', () => {
    const cs = claimsOf('The ministry said the port was closed. Local fishermen said the ban was unfair, and they warned that they would protest.');
    expect(cs.filter((c) => c.claimant === 'Local fishermen').map((c) => c.cue)).toEqual(['said', 'warned']);
  });
});

describe('a spokesperson or lawyer named by a possessive pronoun', () => {
  it.each([
    ['Ana Ruiz was charged on Monday. Her lawyer said the charges were baseless.', 'Ana Ruiz'],
    ['Norvik Group was fined. Its spokesman said the company would appeal.', 'Norvik Group'],
  ])('%s', (text, claimant) => {
    expect(claimsOf(text).at(-1)?.claimant).toBe(claimant);
  });
});

describe('unnamed sources of political reporting', () => {
  it.each([
    ['A senior aide said the plan was dead.', 'senior aide', 'the plan was dead'],
    ['"It is a bad look," said one senior aide, who spoke on condition of anonymity.', 'senior aide', 'It is a bad look'],
    ['"We will win," said two advisers, who asked not to be named.', 'advisers', 'We will win'],
    ['Republican strategists worry that the fight could hurt the party.', 'Republican strategists', 'the fight could hurt the party'],
  ])('%s', (text, claimant, content) => {
    const c = claimsOf(text).find((x) => x.claimant === claimant);
    expect(c?.content).toBe(content);
  });

  it.each([
    ['Abortion providers said the clinics would reopen.', 'Abortion providers', 'the clinics would reopen'],
    ['The ruling stands, but some hospitals warned that doctors could face lawsuits.', 'hospitals', 'doctors could face lawsuits'],
    ['Local organizers said the march would go ahead.', 'Local organizers', 'the march would go ahead'],
  ])('%s: a plural opening the clause is a group of sources', (text, claimant, content) => {
    expect(claimsOf(text).find((x) => x.claimant === claimant)?.content).toBe(content);
  });

  it.each([
    'The radiation findings have called into question the response of the government.',
    'Figures for May showed that sales fell.',
    'He met the Bahraini activists and political parties called for protests.',
  ])('%s: a thing, a finding or a non-initial plural is no source', (text) => {
    const cs = claimsOf(text);
    expect(cs.every((c) => !/findings|Figures|parties/.test(c.claimant ?? ''))).toBe(true);
  });

  it('gives "the ministry" no other body when the article names no ministry', () => {
    const cs = claimsOf('The United Nations said aid was arriving. Opposition leader Ana Ruiz accused the government of failing to prepare. The ministry denied the charge, saying it had stored supplies.');
    expect(cs.filter((c) => c.cue === 'denied' || c.cue === 'saying').map((c) => c.claimant)).toEqual(['ministry', 'ministry']);
  });
});

describe('a body named with a role or group possessor', () => {
  it.each([
    ["The teachers' union said the strike would go ahead.", "teachers' union", 'the strike would go ahead'],
    ["The mayor's office said the road would reopen.", "mayor's office", 'the road would reopen'],
    ['The local football club said the match was cancelled.', 'local football club', 'the match was cancelled'],
    ["The city's transport authority said the trams would run.", 'transport authority', 'the trams would run'],
  ])('%s', (text, claimant, content) => {
    const [c] = claimsOf(text);
    expect(c).toMatchObject({ claimant, content });
  });
});
