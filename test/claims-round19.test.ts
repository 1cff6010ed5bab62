import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

/*
 * Round 19 (claims22): invented press-conference, court-testimony, parliamentary, communiqué, anonymous-source,
 * fact-check, correction, poll, obituary and opinion reports. Every sentence is invented; each positive row failed
 * before its fix, guards are labelled.
 */

function claimsOf(text: string, publishedAt = '2024-05-17') {
  const parsed = parseArticle(text, { publishedAt });
  const name = (id: string | null) => parsed.actors.find((a) => a.id === id)?.name ?? null;
  return parsed.claims.map((c) => ({ claimant: name(c.claimantId), cue: c.cue, kind: c.kind, content: c.content }));
}

describe('a promise received in the passive binds the speaker to nothing (kind/pledge-received)', () => {
  it.each([
    'Henry Osei testified that he had been promised immunity in exchange for his testimony.',
    'The villagers said they were promised compensation by the mining company.',
    'Nurse Carla Brun told the inquiry that staff had been promised extra pay for the night shifts.',
    'Workers at the plant say they were repeatedly promised new contracts.',
  ])('%s', (text) => {
    const claims = claimsOf(text);
    expect(claims.length).toBe(1);
    expect(claims[0]?.kind).not.toBe('pledge');
  });

  it.each([
    'Mayor Ana Ruiz said she promised the families a full inquiry.',
    'Governor Tom Hale said the state promised to rebuild every home.',
    'The minister, Ivo Lind, said the government was committed to the reform and promised new funds.',
  ])('guard (passes before the change too): a promise the speaker\'s side makes is still a pledge: %s', (text) => {
    expect(claimsOf(text).map((c) => c.kind)).toContain('pledge');
  });
});

describe('a quantity said to fall short is no denial (kind/short-quantity)', () => {
  it.each([
    '"We don\'t have much of a race anymore," Senator Tom Hale said.',
    'Mayor Ana Ruiz said the hospital did not have enough doctors to cope.',
    '"They don\'t have many options left," Ruiz said of the rebels.',
    'The union said the mines did not have sufficient ventilation.',
    'Coach Piet Halden said his team did not have as much time to prepare as its rivals.',
  ])('%s', (text) => {
    const claims = claimsOf(text);
    expect(claims.length).toBe(1);
    expect(claims[0]?.kind).not.toBe('denial');
  });

  it.each([
    '"We don\'t have such people in our ranks," the rebel commander, Ivo Lind, said.',
    'Ana Ruiz said the city did not have a plan for the floods.',
  ])('guard (passes before the change too): a negated possession of a thing still denies: %s', (text) => {
    expect(claimsOf(text).map((c) => c.kind)).toEqual(['denial']);
  });
});

describe('a group noun whose complement is a list of names speaks, not the last name (speaker/group-of-named-list)', () => {
  it.each([
    ['Foreign ministers of Ghana, Togo and Burkina Faso pledged on Thursday to set up joint patrols.', 'ministers of Ghana, Togo and Burkina Faso'],
    ['Defence ministers of France, Italy and Spain agreed that the mission should be extended.', 'ministers of France, Italy and Spain'],
    ['Leaders of Kenya, Uganda and Tanzania said the pipeline would be finished by 2027.', 'eaders of Kenya, Uganda and Tanzania'],
    ['Officials of Kenya and Uganda said the pipeline would be finished by 2027.', 'fficials of Kenya and Uganda'],
  ])('%s', (text, speaker) => {
    const claims = claimsOf(text);
    expect(claims.length).toBe(1);
    expect(claims[0]?.claimant ?? '').toContain(speaker);
  });

  it.each([
    ['Ghana, Togo and Burkina Faso pledged on Thursday to set up joint patrols.', ['Ghana', 'Togo', 'Burkina Faso']],
    ['Kenya and Uganda said the pipeline would be finished by 2027.', ['Kenya', 'Uganda']],
  ])('guard (passes before the change too): a list of names opening the clause still speaks name by name: %s', (text, speakers) => {
    expect(claimsOf(text).map((c) => c.claimant).sort()).toEqual([...speakers].sort());
  });
});

describe('a document speaks for the author named in a participle aside after it (speaker/author-in-aside)', () => {
  it.each([
    ['The survey of 800 likely voters, conducted by Baldwin Research between May 8 and May 12, showed that most voters wanted lower taxes.', 'Baldwin Research'],
    ['The audit, carried out by Deloitte, found that the charity had overpaid its directors.', 'Deloitte'],
    ['The report, released on Wednesday by the Kessler Institute, concluded that the program had wasted $2 billion.', 'Kessler Institute'],
    ['The study, published last week by Amnesty International, found that detainees had been beaten.', 'Amnesty International'],
  ])('%s', (text, author) => {
    expect(claimsOf(text).map((c) => c.claimant)).toEqual([author]);
  });

  it.each([
    ['An email, obtained by The Washington Post, showed that the aide had been warned.', 'The Washington Post'],
  ])('guard (passes before the change too): who holds a leaked document did not write it: %s', (text, holder) => {
    expect(claimsOf(text).map((c) => c.claimant)).not.toContain(holder);
  });
});

describe('"which said" after a document the clause put out speaks for its issuer (speaker/issued-document-which)', () => {
  it.each([
    ['The Interior Ministry issued a statement, which said the border would remain closed.', 'Interior Ministry'],
    ['Reuters published a report on Monday, which said the bank was near collapse.', 'Reuters'],
    ['The Velmar Teachers Union sent a letter to members, which warned that strikes were likely.', 'Velmar Teachers Union'],
    ['Senator Ruth Dale posted a statement on Facebook, which said she would not seek re-election.', 'Ruth Dale'],
  ])('%s', (text, speaker) => {
    expect(claimsOf(text).map((c) => c.claimant)).toEqual([speaker]);
  });

  it.each([
    ['The ministry named Ana Ruiz, who said she would start at once.', 'Ana Ruiz'],
  ])('guard (passes before the change too): "who said" after a person keeps the person: %s', (text, speaker) => {
    expect(claimsOf(text).map((c) => c.claimant)).toEqual([speaker]);
  });
});

describe('"risk" naming a firm\'s function before its noun is no danger ahead (kind/risk-as-modifier)', () => {
  it.each([
    'Price conceded that the bank\'s risk models had been inadequate.',
    'Olsen said the bank\'s risk management had failed badly.',
    'Lind said the risk committee had met only twice in 2022.',
    'The Velmar Regulator said the lender\'s risk controls were weak.',
  ])('%s', (text) => {
    const claims = claimsOf(text);
    expect(claims.length).toBe(1);
    expect(claims[0]?.kind).not.toBe('warning');
  });

  it.each([
    'Olsen said the bank\'s losses posed a risk to the wider financial system.',
    'The agency said rising prices risk pushing the economy into recession.',
  ])('guard (passes before the change too): a risk named is still a warning: %s', (text) => {
    expect(claimsOf(text).map((c) => c.kind)).toEqual(['warning']);
  });
});

describe('a postposed "was quoted as saying" reports the clause before it (claims/postposed-quoted-as)', () => {
  it.each([
    ['Iran will not halt enrichment under any circumstances, Foreign Minister Hossein Amiri was quoted as saying on Thursday by the official news agency.', 'Hossein Amiri', 'Iran will not halt enrichment'],
    ['The border will stay closed, Interior Minister Ana Lind was quoted as saying.', 'Ana Lind', 'The border will stay closed'],
    ['The border will stay closed, Interior Minister Ana Lind was quoted as saying by state media.', 'Ana Lind', 'The border will stay closed'],
    ['The talks had failed, Prime Minister Ivo Petrov was quoted by Interfax as saying.', 'Ivo Petrov', 'The talks had failed'],
    ['"The army is ready," General Tomas Varga was quoted as saying by the state news agency.', 'Tomas Varga', 'The army is ready'],
  ])('%s', (text, claimant, content) => {
    const claims = claimsOf(text);
    expect(claims.map((c) => c.claimant)).toEqual([claimant]);
    expect(claims[0]?.content).toContain(content);
  });

  it('guard (passes before the change too): "was quoted as saying" before its clause keeps the clause after', () => {
    const claims = claimsOf('Interior Minister Ana Lind was quoted as saying the border would stay closed.');
    expect(claims[0]?.content).toBe('the border would stay closed');
  });
});

describe('a channel with an irregular participle and its outlet is no content (content/irregular-channel-participle)', () => {
  it.each([
    ['"We will respond," Defence Minister Omar Saleh said in remarks broadcast by state television.', 'We will respond'],
    ['"We are ready," General Tomas Varga said in a message read on state television.', 'We are ready'],
  ])('%s', (text, content) => {
    expect(claimsOf(text)[0]?.content).toBe(content);
  });
});

describe('a channel with a participle\'s aside or bare remarks before "that" is no content (content/channel-aside-then-that)', () => {
  it.each([
    ['The International Atomic Energy Agency said in a confidential report, seen by AFP, that Iran had expanded its stockpile.', 'Iran had expanded its stockpile'],
    ['The ministry said in a statement, issued late on Monday, that the border would reopen.', 'the border would reopen'],
    ['Defence Minister Omar Saleh said in remarks broadcast by state television that the army would respond.', 'the army would respond'],
  ])('%s', (text, content) => {
    expect(claimsOf(text)[0]?.content).toBe(content);
  });

  it.each([
    ['The Velmar Institute said in a report published on Tuesday that poverty had fallen.', 'poverty had fallen'],
    ['"The talks are over," Foreign Minister Ana Lind said in comments broadcast on state radio.', 'The talks are over'],
  ])('guard (passes before the change too): a channel with its participle and no aside: %s', (text, content) => {
    expect(claimsOf(text)[0]?.content).toBe(content);
  });
});

describe('a fronted question before the subject lets a description speak as the person the text is about (speaker/fronted-question)', () => {
  it.each([
    ['Chelsea manager Tom Reeves insisted on Thursday that his team would recover. Questioned about the referee, the manager said the decision was wrong.', 'Tom Reeves'],
    ['Real Sociedad coach Imanol Lasa spoke on Thursday. Asked about the red card shown to striker Ander Cruz, the coach said the referee had made a mistake.', 'Imanol Lasa'],
    ['Acme chief executive Ruth Cole spoke to analysts on Tuesday. Pressed on the timing of the plant closures, the executive said no decision had been made.', 'Ruth Cole'],
  ])('%s', (text, speaker) => {
    expect(claimsOf(text).at(-1)?.claimant).toBe(speaker);
  });

  it('guard (passes before the change too): a named subject after the question speaks', () => {
    expect(claimsOf('Asked whether she would run again, Governor Ana Ruiz said she had not decided.')[0]?.claimant).toBe('Ana Ruiz');
  });
});

describe('a habit of saying speaks for the habit\'s subject (speaker/habitual-saying)', () => {
  it.each([
    ['Eleanor Vance liked to say that a good surgeon knows when not to operate.', 'Eleanor Vance', 'a good surgeon knows when not to operate'],
    ['Her father, Ivo Lind, used to say that hard work never killed anyone.', 'Ivo Lind', 'hard work never killed anyone'],
    ['Eleanor Vance died on Tuesday. She liked to tell students that a good surgeon knows when not to operate.', 'Eleanor Vance', 'a good surgeon knows when not to operate'],
    ['Senator Ana Ruiz loved to tell reporters that she had never lost a race.', 'Ana Ruiz', 'she had never lost a race'],
  ])('%s', (text, claimant, content) => {
    const claims = claimsOf(text);
    expect(claims.map((c) => c.claimant)).toEqual([claimant]);
    expect(claims[0]?.content).toBe(content);
  });

  it.each([
    'The money was used to pay the workers.',
    'The word was used to describe the protesters.',
  ])('guard (passes before the change too): a passive "used to" is no habit of saying: %s', (text) => {
    expect(claimsOf(text)).toEqual([]);
  });

  it('guard (passes before the change too): "would often say" already speaks', () => {
    expect(claimsOf('Ana Ruiz would often say that the city belonged to its people.')[0]?.claimant).toBe('Ana Ruiz');
  });
});

describe('a share of a plural of people opening the clause speaks as that plural, as polls report it (speaker/poll-share)', () => {
  it.each([
    ['Six in 10 respondents said they disapproved of the governor\'s handling of the budget.', 'respondents'],
    ['Two-thirds of voters said the economy was getting worse.', 'voters'],
    ['Fifty-five percent of Americans said they trusted the president.', 'Americans'],
    ['A majority of likely voters said the economy was the most important issue.', 'likely voters'],
    ['The poll was taken last week, and 55 percent of respondents said they trusted the mayor.', 'respondents'],
  ])('%s', (text, speaker) => {
    expect(claimsOf(text).map((c) => c.claimant)).toEqual([speaker]);
  });

  it.each([
    ['Most voters said the economy was getting worse.', 'Most voters'],
  ])('guard (passes before the change too): a quantifier before the plural keeps its group: %s', (text, speaker) => {
    expect(claimsOf(text).map((c) => c.claimant)).toEqual([speaker]);
  });

  it('guard (passes before the change too): a share of a thing names no speaker', () => {
    expect(claimsOf('Half of the budget said nothing about schools.')).toEqual([]);
  });
});
