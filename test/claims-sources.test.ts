import { describe, expect, it } from 'vitest';
import { claimsOf, parseClaims } from './helpers/claims.js';

describe('"according to" a source the entity stage did not name', () => {
  it('makes a group of an unnamed group noun', () => {
    const { claims, parsed } = parseClaims('According to the police, the two trucks had been parked near the depot.');
    expect(claims.map((c) => [c.claimant, c.cue, c.kind, c.content])).toEqual([
      ['police', 'According to', 'report', 'the two trucks had been parked near the depot'],
    ]);
    expect(parsed.actors.find((a) => a.name === 'police')?.kind).toBe('group');
  });

  it('keeps the modifiers of the group', () => {
    const [c] = claimsOf('According to local residents, the river has been empty for weeks.');
    expect(c?.claimant).toBe('local residents');
  });

  it('leaves a reporting noun to its own cue', () => {
    const cs = claimsOf('According to Danish media reports, the ferry was sold.');
    expect(cs.filter((c) => c.cue === 'According to')).toEqual([]);
  });

  it('names nobody in "according to plan" or "according to the report"', () => {
    expect(claimsOf('According to plan, the ferry left at noon.')).toEqual([]);
    expect(claimsOf('According to the schedule, the ferry left at noon.')).toEqual([]);
  });
});

describe('the antecedent of a relative pronoun before the cue', () => {
  it('gives "X, who said" to X', () => {
    const [c] = claimsOf('The crew met Tomas Riva, head of the regional water board, who said the dams would hold.');
    expect([c?.claimant, c?.content]).toEqual(['Tomas Riva', 'the dams would hold']);
  });

  it('gives a person in apposition with "with" to the person, not the body', () => {
    const [c] = claimsOf('The paper quotes Ines Varga, an engineer with the Harbour Authority of Kelso, who said the pier was unsafe.');
    expect(c?.claimant).toBe('Ines Varga');
  });

  it('gives nobody a "who" whose antecedent is no person or group', () => {
    expect(claimsOf('The plan was drafted by the Harbour Authority of Kelso, who said it was final.').map((c) => c.claimant)).not.toContain('Harbour Authority of Kelso');
  });
});

describe('a clause of another source joined on', () => {
  it('ends the first claim at "although" and gives the second its own speaker', () => {
    const cs = claimsOf('Mayor Lena Brook rejected the plan in March, although local analysts say the plan was sound.');
    expect(cs.map((c) => [c.claimant, c.cue, c.content])).toEqual([
      ['Lena Brook', 'rejected', 'the plan in March'],
      ['local analysts', 'say', 'the plan was sound'],
    ]);
  });

  it('keeps reported speech inside a that-clause in the outer claim', () => {
    const cs = claimsOf('Mayor Lena Brook said that analysts say the plan was sound.');
    expect(cs.map((c) => c.claimant)).toEqual(['Lena Brook']);
  });
});

describe('content after an addressee and the circumstances of the telling', () => {
  it('takes the clause after "that", not the addressee, and no kind from the circumstances', () => {
    const [c] = claimsOf('Governor Lisa Marsh told the donors on a farewell call on Saturday that the bridge would hold.');
    expect([c?.content, c?.kind]).toEqual(['the bridge would hold', 'statement']);
  });

  it.each([
    ['Mayor Lena Brook said on a phone call with reporters that the bridge would hold.', 'the bridge would hold'],
    ['Judge Ines Varga wrote for the majority that the statute was void.', 'the statute was void'],
    ['Mayor Lena Brook said at a rally with supporters in Velmar that the bridge would hold.', 'the bridge would hold'],
    // a name in apposition to the place of the telling, and a place of several words
    ['Commander Ivo Rask told reporters in the capital, Velmar, that the town had fallen.', 'the town had fallen'],
    ['Governor Lisa Marr said at a rally in her home state, Ohio, that taxes would fall.', 'taxes would fall'],
    ['Minister Omar Tal told journalists in the northern city of Korvask that the offensive would go on.', 'the offensive would go on'],
    ['Minister Ana Ruiz said, as she left the court, that the verdict was unjust.', 'the verdict was unjust'],
  ])('%j: circumstances before "that" are no part of the content', (text, content) => {
    expect(claimsOf(text).map((c) => c.content)).toEqual([content]);
  });

  it.each([
    ['The opposition claimed victory, but the ruling party said early results showed its candidate ahead.', 'early results showed its candidate ahead'],
    ['The port reopened, but Korvel Holdings said last year\'s contract was never honoured.', "last year's contract was never honoured"],
  ])('%j: a clause opened by a time adjective after the cue is the content, not a circumstance', (text, content) => {
    expect(claimsOf(text).map((c) => c.content)).toContain(content);
  });

  it('still reads a time after the cue as the circumstance of a postposed attribution', () => {
    const cs = claimsOf('Nordvik Steel closed the plant, Nordvik said late last year.');
    expect(cs.map((c) => c.content)).toEqual(['Nordvik Steel closed the plant']);
  });

  it.each([
    ['Chief Executive Lena Brook told analysts the review would take nine months.', 'the review would take nine months'],
    ['General Ivo Marsh told troops the siege would end soon.', 'the siege would end soon'],
  ])('%j: the addressee of "told" is no part of the content', (text, content) => {
    expect(claimsOf(text).map((c) => c.content)).toEqual([content]);
  });

  it('still reads "told reporters the talks had stalled"', () => {
    const [c] = claimsOf('Governor Lisa Marsh told reporters the talks had stalled.');
    expect(c?.content).toBe('the talks had stalled');
  });
});

describe('a person followed by a body or title in apposition', () => {
  it('gives "X, Member of Parliament for Y, said" to X', () => {
    const [c] = claimsOf('Simon Pratt, Member of Parliament for East Harlow, said he would back the plan.');
    expect(c?.claimant).toBe('Simon Pratt');
  });

  it('gives "X of the Y, Z, said" to X', () => {
    const [c] = claimsOf('Ben Odell of the rights group, Open Door Trust, said the harvest was lost.');
    expect(c?.claimant).toBe('Ben Odell');
  });

  it('still gives a body its own claim', () => {
    const [c] = claimsOf('Agrifront, the farmers\' union, said the harvest was lost.');
    expect(c?.claimant).toBe('Agrifront');
  });
});

describe('titles and organisation nouns through the entity stage\'s resolvers', () => {
  it('gives "the president" to nobody when only a former president and a vice president were named', () => {
    const cs = claimsOf('Former President Ana Ruiz met Vice President Tomas Riva on Monday. The president said the talks were useful.');
    expect(cs.map((c) => c.claimant)).toEqual([]);
  });

  it('gives "the president" to the one current president', () => {
    const cs = claimsOf('President Ana Ruiz met Vice President Tomas Riva on Monday. The president said the talks were useful.');
    expect(cs.map((c) => c.claimant)).toEqual(['Ana Ruiz']);
  });

  it('gives "the ministry" to the ministry named before', () => {
    const cs = claimsOf('Acme Mining and the Harbour Ministry signed a deal. The ministry said the port would open.');
    expect(cs.map((c) => c.claimant)).toEqual(['Harbour Ministry']);
  });
});

describe('a claim before its cue when only the circumstances of the saying follow', () => {
  it('takes the clause before "X said on Monday"', () => {
    const [c] = claimsOf('The bridge will reopen next week, Governor Lisa Marsh said on Monday.');
    expect([c?.claimant, c?.content, c?.date]).toEqual(['Lisa Marsh', 'The bridge will reopen next week', '2025-06-09']);
  });

  it('takes the quote before "X told reporters" and "X said in a statement"', () => {
    expect(claimsOf('"The bridge will reopen," Governor Lisa Marsh told reporters.').map((c) => c.content)).toEqual(['The bridge will reopen']);
    expect(claimsOf('The bridge will reopen next week, Lisa Marsh said in a statement.').map((c) => c.content)).toEqual(['The bridge will reopen next week']);
  });

  it('still takes the clause after "said on Monday that"', () => {
    const [c] = claimsOf('Governor Lisa Marsh said on Monday that the bridge would reopen.');
    expect(c?.content).toBe('the bridge would reopen');
  });
});

// Invented wire copy: a speaker named by the role alone.
describe('a speaker named only by a role', () => {
  it.each([
    ['Tarkel Shipping cut 300 jobs on Monday. A spokesman said the cuts were needed.', 'Tarkel Shipping'],
    ['The Transport Ministry closed the bridge. The spokeswoman later said it would reopen in May.', 'Transport Ministry'],
    ['Police in Kelso arrested two men. Korvel Holdings confirmed the arrests, and a spokesperson said the men were employees.', 'Korvel Holdings'],
  ])('%j: a bare spokesperson speaks for the body last named', (text, claimant) => {
    expect(claimsOf(text).map((c) => c.claimant)).toContain(claimant);
  });

  it('gives a postposed spokesperson the body its clause names, never the body of the sentence before', () => {
    expect(claimsOf('The Harbour Council met on Monday. Korvel Holdings cut 300 jobs, a spokesman said.').map((c) => c.claimant)).toContain('Korvel Holdings');
    const cs = claimsOf('The Harbour Council met on Monday. The exiled cabinet blamed the rebels for the attack, a spokesman said.');
    expect(cs.map((c) => c.claimant)).not.toContain('Harbour Council');
  });

  it.each([
    ['Korvel Holdings cut 300 jobs. The company\'s chief executive said the layoffs were needed.', 'Korvel Holdings'],
    ['Korvel Holdings cut 300 jobs. The layoffs were needed, the company\'s chief executive said.', 'Korvel Holdings'],
    ['The Transport Ministry closed the bridge. The ministry\'s spokesman said it would reopen in May.', 'Transport Ministry'],
  ])('%j: a role a generic organisation noun owns speaks for that organisation', (text, claimant) => {
    expect(claimsOf(text).map((c) => c.claimant)).toContain(claimant);
  });

  it('gives a bare spokesperson no speaker when no body was named', () => {
    expect(claimsOf('Rebels took the town overnight. A spokesman said the roads were closed.').filter((c) => c.cue === 'said')).toEqual([]);
  });

  it.each([
    ['Gunfire was heard near the port. An official said the border was closed.', 'official'],
    ['Two buses collided outside Kelso. A witness said the driver had fallen asleep.', 'witness'],
  ])('%j: an unnamed role with no one to refer back to speaks for itself', (text, claimant) => {
    expect(claimsOf(text).map((c) => c.claimant)).toContain(claimant);
  });

  it('still gives "the official" to the official the article named', () => {
    const text = 'Interior Ministry official Lena Marsh visited the camp. The official said the border was closed.';
    expect(claimsOf(text).map((c) => c.claimant)).toEqual(['Lena Marsh']);
  });
});

// Invented court and wire sentences: who speaks in "..., saying ..." after another speaker's claim.
describe('the speaker of a participial "saying" after another claim', () => {
  it.each([
    ['Mayor Lena Brook said the talks failed. A judge in Velmar temporarily blocked the layoffs, saying they were likely illegal.', 'judge'],
    ['Mayor Lena Brook said the talks failed. In Velmar, police arrested two men, saying they had planned an attack.', 'police'],
    ['Mayor Lena Brook said the talks failed. On Monday, the army shelled the city, saying rebels had fired first.', 'army'],
  ])('%j: the subject of the main clause speaks, not the last speaker', (text, claimant) => {
    const saying = claimsOf(text).find((c) => c.cue === 'saying');
    expect(saying?.claimant).toBe(claimant);
  });

  it('keeps a pronoun subject for its antecedent', () => {
    const saying = claimsOf('Mayor Lena Brook said the talks failed. She left the city on Monday, saying she feared for her life.').find((c) => c.cue === 'saying');
    expect(saying?.claimant).toBe('Lena Brook');
  });
});

// Invented diplomacy copy: a cue inside a relative clause set off by commas.
describe('a cue inside a relative clause', () => {
  it('ends its claim at the clause and leaves the main clause to its own attribution', () => {
    const cs = claimsOf('Slovakia, which had threatened to block the package, dropped its objections, two diplomats said.');
    expect(cs.map((c) => [c.claimant, c.content])).toEqual([
      ['Slovakia', 'to block the package'],
      ['diplomats', 'Slovakia, which had threatened to block the package, dropped its objections'],
    ]);
  });

  it('keeps a relative clause that runs on with "and" as it was', () => {
    const cs = claimsOf('The minister met Lena Brook, who said the vote was rigged, and later left.');
    expect(cs.map((c) => c.claimant)).toEqual(['Lena Brook']);
  });
});

describe('a postposed attribution followed by the writer\'s own clause', () => {
  it.each([
    ['An airstrike on a market killed 12 people on Monday, local officials said, as fighting intensified near the border.', 'An airstrike on a market killed 12 people on Monday'],
    ['The rebels shelled the town overnight, residents said, while government troops dug in.', 'The rebels shelled the town overnight'],
    ['The talks collapsed, two diplomats said, but a new round is planned for May.', 'The talks collapsed'],
    ['Prices rose for a third month, the statistics office said, even as wages stalled.', 'Prices rose for a third month'],
  ])('%j: the claim is the clause before the attribution', (text, content) => {
    expect(claimsOf(text).map((c) => c.content)).toEqual([content]);
  });
});

describe('a clause of the writer after the claim', () => {
  it.each([
    ['Governor Lisa Marr accused Senator Ivo Lind of planning tax cuts for the wealthy, as both prepared for the debate.', 'Senator Ivo Lind of planning tax cuts for the wealthy'],
    ['The army said rebels had shelled the town, as fighting spread to the north.', 'rebels had shelled the town'],
    ['Mayor Lena Brook said the economy would grow, as wages rose.', 'the economy would grow'],
  ])('%j: ", as <subject> <verb>" ends the claim', (text, content) => {
    expect(claimsOf(text).map((c) => c.content)).toEqual([content]);
  });

  it.each([
    ['Mayor Lena Brook said the plan would work, as expected.', 'the plan would work, as expected'],
    ['Mayor Lena Brook said, as the crowd cheered, that the war was over.', 'the war was over'],
  ])('%j: "as" with no clause of its own stays in the claim', (text, content) => {
    expect(claimsOf(text).map((c) => c.content)).toEqual([content]);
  });
});

