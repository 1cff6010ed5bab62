import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

/*
 * Attribution forms found by reading the parse of invented reports in the sealed sets' styles (round 9: a fishing
 * dispute between two states, a US Senate debate, a miner's results on the wire). Every sentence is invented; each
 * positive row failed before its fix.
 */

function parse(text: string, publishedAt = '2016-10-14') {
  const parsed = parseArticle(text, { publishedAt });
  const name = (id: string | null) => parsed.actors.find((a) => a.id === id)?.name ?? null;
  return { parsed, claims: parsed.claims.map((c) => ({ ...c, claimant: name(c.claimantId) })) };
}
const claimsOf = (text: string) => parse(text).claims;

describe('a quote sentence after a quoted claim goes on with its speaker', () => {
  it('joins the next sentence of quote to the claim\'s quote', () => {
    const claims = claimsOf('"This is an act of piracy," Foreign Minister Aldo Renn told reporters. "We expect the crews to be released." He added that the boats were old.');
    expect(claims.map((c) => [c.claimant, c.content])).toEqual([['Aldo Renn', 'This is an act of piracy'], ['Aldo Renn', 'the boats were old']]);
    expect(claims[0]?.quote).toBe('This is an act of piracy. We expect the crews to be released.');
  });

  it.each([
    ['"Senator Dale wants to cut care," Ana Ruiz said. "That is not a plan. That is a threat."', 'Senator Dale wants to cut care. That is not a plan. That is a threat.'],
    ['"It has been a hard year," Chief Executive Martin Ashby said in a statement. "We are taking the right steps."', 'It has been a hard year. We are taking the right steps.'],
  ])('%s', (text, quote) => {
    const claims = claimsOf(text);
    expect(claims).toHaveLength(1);
    expect(claims[0]?.quote).toBe(quote);
  });

  it('leaves a quote of its own cue and the next paragraph alone', () => {
    const claims = claimsOf('"We are ready," Ana Ruiz said. "The docks are finished," she added.\n\n"We will win," Ruiz said.');
    expect(claims.map((c) => c.quote)).toEqual(['We are ready,', 'The docks are finished,', 'We will win,']);
  });
});

describe('answering "back" is a reporting cue before a clause or a quote', () => {
  it.each([
    ['Prime Minister Hedda Lund shot back that her government would not be lectured.', 'Hedda Lund', 'shot back', 'her government would not be lectured'],
    ['Senator Ana Ruiz fired back: "This is a lie."', 'Ana Ruiz', 'fired back', 'This is a lie'],
    ['"That is absurd," Ana Ruiz hit back.', 'Ana Ruiz', 'hit back', 'That is absurd'],
  ])('%s', (text, claimant, cue, content) => {
    const claim = claimsOf(text)[0];
    expect([claim?.claimant, claim?.cue, claim?.content]).toEqual([claimant, cue, content]);
  });

  it.each([
    'The troops fired back at the gunmen on Tuesday.',
    'The rebels hit back with rockets near the airport.',
  ])('%s', (text) => {
    expect(claimsOf(text)).toEqual([]);
  });
});

describe('a description of a person in an absolute "with" clause', () => {
  it.each([
    ['Senator Rob Ellory and his challenger, former Governor Ted Halvorsen, traded attacks on Thursday, with the former governor accusing Ellory of voting to repeal the law.', 'Ted Halvorsen', 'Ellory of voting'],
    ['Ted Halvorsen spoke in Dayton on Thursday, with the former governor saying the law works.', 'Ted Halvorsen', 'the law works'],
    ['Ted Halvorsen spoke in Dayton on Thursday.\n\nThe debate ended early, with the former governor saying the law works.', 'Ted Halvorsen', 'the law works'],
  ])('%s', (text, claimant, content) => {
    const claim = claimsOf(text).find((c) => c.content.startsWith(content));
    expect(claim?.claimant).toBe(claimant);
  });

  it('names nobody when two persons could be meant', () => {
    expect(claimsOf('Ted Halvorsen met Rob Ellory on Thursday, with the former governor saying the law works.')).toEqual([]);
  });
});

describe('a company whose verb the tagger reads as a noun shares it with a joined cue', () => {
  it.each([
    ['Calder Resources Plc cut its dividend by half on Thursday and warned that output would fall this year.', 'Calder Resources', 'output would fall this year'],
    ['Norvik Corp cut 300 jobs and said that sales would recover.', 'Norvik', 'sales would recover'],
  ])('%s', (text, claimant, content) => {
    const claim = claimsOf(text)[0];
    expect([claim?.claimant, claim?.content]).toEqual([claimant, content]);
  });
});

describe('a group with a nested complement speaks', () => {
  it.each([
    ['Fishermen in the port of Gallen said they had not been to sea since the seizures.', 'fishermen in the port of Gallen'],
    ['Farmers in the hills of northern Kenya said the rains had failed.', 'farmers in the hills of northern Kenya'],
  ])('%s', (text, claimant) => {
    expect(claimsOf(text)[0]?.claimant).toBe(claimant);
  });
});

describe('"according to" a body named by its modifiers', () => {
  it.each([
    ['According to the Korvian fisheries association, the trawlers carried 41 crew members.', 'Korvian fisheries association', 'the trawlers carried 41 crew members'],
    ['According to the state news agency, five soldiers died in the ambush.', 'state news agency', 'five soldiers died in the ambush'],
  ])('%s', (text, claimant, content) => {
    const claim = claimsOf(text)[0];
    expect([claim?.claimant, claim?.content, claim?.kind]).toEqual([claimant, content, 'report']);
  });
});

describe('second part: a siege, a bribery trial, a disputed election (invented)', () => {
  it('reads "have long accused" as the group\'s cue', () => {
    const claim = claimsOf('Human rights groups have long accused both sides of using hunger as a weapon.')[0];
    expect([claim?.claimant, claim?.cue]).toEqual(['Human rights groups', 'accused']);
  });

  it('reads a document noun before a name as its modifier ("the ruling National Congress")', () => {
    const claim = claimsOf('The ruling National Congress said on Tuesday it had won the vote.')[0];
    expect(claim?.claimant).toBe('National Congress');
  });

  it.each([
    'Rick Salerno pleaded guilty last year.',
    'Rick Salerno pleaded not guilty to fraud on Monday.',
    'Rick Salerno testified against the former mayor.',
    'Rick Salerno testified before the committee for six hours on Tuesday.',
  ])('a plea and testimony with no clause claim nothing: %s', (text) => {
    expect(claimsOf(text)).toEqual([]);
  });

  it('keeps testimony with a clause', () => {
    expect(claimsOf('Rick Salerno testified before the committee that he had paid the mayor.')[0]?.content).toBe('he had paid the mayor');
  });

  it('gives an answer in apposition to its source named in commas', () => {
    const claims = claimsOf('The ruling party said on Tuesday it had won at least 70 percent of the vote, a result the opposition candidate, Joseph Mwale, rejected as "daylight robbery."');
    expect(claims.map((c) => [c.claimant, c.cue])).toEqual([['ruling party', 'said'], ['Joseph Mwale', 'rejected']]);
    expect(claims[0]?.content).toBe('it had won at least 70 percent of the vote');
  });

  it.each([
    ['Police used loudspeakers to warn residents that the dam could burst.', 'police', 'warn', 'the dam could burst'],
    ['Governor Ana Ruiz went on television to announce that the curfew would end.', 'Ana Ruiz', 'announce', 'the curfew would end'],
  ])('an infinitive of purpose reports for the act\'s subject: %s', (text, claimant, cue, content) => {
    const claim = claimsOf(text)[0];
    expect([claim?.claimant, claim?.cue, claim?.content]).toEqual([claimant, cue, content]);
  });

  it.each([
    'Ana Ruiz declined to say whether she would run.',
    'Ana Ruiz has the right to say that the vote was rigged.',
  ])('no purpose: %s', (text) => {
    expect(claimsOf(text)).toEqual([]);
  });

  it('keeps a purpose infinitive inside another claim part of it', () => {
    const claims = claimsOf('Senator Ana Ruiz said police used loudspeakers to warn residents that the dam could burst.');
    expect(claims.map((c) => [c.claimant, c.content])).toEqual([['Ana Ruiz', 'police used loudspeakers to warn residents that the dam could burst']]);
  });
});

describe('third part: wire conflict copy (invented)', () => {
  it.each([
    ['President Ivo Lind was quoted by the BBC as saying the army had withdrawn.', 'Ivo Lind'],
    ['Minister Anna Berg has been quoted by Reuters as saying that the talks had failed.', 'Anna Berg'],
  ])('the passive "was quoted by X as saying" is said by its subject: %s', (text, claimant) => {
    expect(claimsOf(text)[0]?.claimant).toBe(claimant);
  });

  it.each([
    ['Two soldiers were killed on Saturday, the U.S. embassy in Kabul said.', 'U.S. embassy', 'Two soldiers were killed on Saturday'],
    ['Two peacekeepers died in the ambush, the UN mission in Congo said in a statement.', 'UN mission', 'Two peacekeepers died in the ambush'],
  ])('a mission with its place after the claim speaks: %s', (text, claimant, content) => {
    const claim = claimsOf(text)[0];
    expect([claim?.claimant, claim?.content]).toEqual([claimant, content]);
  });

  it('keeps a role with a place in apposition to its name', () => {
    expect(claimsOf('Ana Lee, a judge in Chicago, said the law was void.')[0]?.claimant).toBe('Ana Lee');
  });
});

describe('fourth part: business wire (invented)', () => {
  it.each([
    ['Some analysts were more cautious. Others pointed out that a stronger crown could hurt exports.', 'analysts'],
    ['Some analysts were more cautious. Anna Frisk, an analyst at SEB, said margins had peaked. Others pointed out that a stronger crown could hurt exports.', 'analysts'],
    ['Economists were divided. Some said the bank would cut rates.', 'economists'],
  ])('a lone quantifier speaks for the group a sentence before opened with: %s', (text, claimant) => {
    const claims = claimsOf(text);
    expect(claims[claims.length - 1]?.claimant).toBe(claimant);
  });

  it('makes no actor of a lone quantifier', () => {
    const { parsed } = parse('Others said the plan would fail.');
    expect(parsed.actors.map((a) => a.name)).not.toContain('Others');
  });
});

describe('fifth part: a 2016 campaign report (invented)', () => {
  it.each([
    ['"It is going to be close," said two strategists.', 'strategists'],
    ['"It is going to be close," said one Democratic strategist.', 'Democratic strategist'],
    ['"It is going to be close," said one strategist who advises the Dale campaign.', 'strategist'],
    ['"We will lose Ohio," said a pollster who works for Senator Ana Ruiz.', 'pollster'],
  ])('an unnamed source after a quote ending in "be ..." speaks, not a name in its relative clause: %s', (text, claimant) => {
    expect(claimsOf(text)[0]?.claimant).toBe(claimant);
  });

  it('reads "and repeated his claim that" as a second claim of the subject', () => {
    const claims = claimsOf('Teodor Brand promised to bring back jobs and repeated his claim that the election was rigged.');
    expect(claims.map((c) => [c.claimant, c.content])).toEqual([['Teodor Brand', 'to bring back jobs'], ['Teodor Brand', 'the election was rigged']]);
  });
});

describe('sixth part: nuclear talks (invented)', () => {
  it('gives "he" in a clause joined to a person\'s claim to that person, not to the person of the sentence before', () => {
    const claims = claimsOf('Minister Philip Harlow said progress had been made. Secretary Jon Kessel said the two sides were closer than ever, though he cautioned that the talks would not go on forever.');
    expect(claims.map((c) => c.claimant)).toEqual(['Philip Harlow', 'Jon Kessel', 'Jon Kessel']);
  });
});
