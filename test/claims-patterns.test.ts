import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

function claimsOf(text: string) {
  const parsed = parseArticle(text, { publishedAt: '2025-06-10' });
  const name = (id: string | null) => parsed.actors.find((a) => a.id === id)?.name ?? null;
  return parsed.claims.map((c) => ({ ...c, claimant: name(c.claimantId) }));
}

describe('speech cues', () => {
  it('reads a speaker after the cue and its apposition: \'"...," said X, head of Y\'', () => {
    const [c] = claimsOf('"The dam will hold," said Rosa Klein, head of the regional flood office.');
    expect(c).toMatchObject({ claimant: 'Rosa Klein', cue: 'said', content: 'The dam will hold' });
  });

  it('takes the person at the head of a postposed title phrase', () => {
    const [c] = claimsOf('"We will appeal," said Calloway Motors chief executive Dana Hollis.');
    expect(c?.claimant).toBe('Dana Hollis');
  });

  it('takes the person, not the organisation, in "X, chief executive of Y said"', () => {
    const [c] = claimsOf('Dana Hollis, chief executive of Calloway Motors said the strike had ended.');
    expect(c?.claimant).toBe('Dana Hollis');
  });

  it('leaves the addressee of "told" out of the content', () => {
    const [c] = claimsOf('Minister Paul Otto told reporters the talks had stalled.');
    expect(c).toMatchObject({ claimant: 'Paul Otto', cue: 'told', content: 'the talks had stalled' });
  });

  it('leaves the channel "on X" out of the content', () => {
    const [c] = claimsOf('Governor Lisa Marsh wrote on X that the bridge would close for repairs.');
    expect(c).toMatchObject({ claimant: 'Lisa Marsh', cue: 'wrote', content: 'the bridge would close for repairs' });
  });

  it('reads "in a statement" before the speaker', () => {
    const [c] = claimsOf('In a statement, Senator Ruth Dale said the vote would be held in July.');
    expect(c).toMatchObject({ claimant: 'Ruth Dale', content: 'the vote would be held in July' });
  });

  it('reads a progressive cue ("are stating that")', () => {
    const [c] = claimsOf('Governor Lisa Marsh is stating that the levee held overnight.');
    expect(c).toMatchObject({ claimant: 'Lisa Marsh', content: 'the levee held overnight' });
  });

  it('gives "quoted X as saying" to X', () => {
    const cs = claimsOf('The local radio quoted Senator Ruth Dale as saying the vote was postponed.');
    expect(cs.find((c) => c.cue === 'saying')?.claimant).toBe('Ruth Dale');
  });

  it('gives a participle after "by" the subject of the sentence', () => {
    const cs = claimsOf('Mayor Ken Ito defended the budget by saying that taxes would not rise.');
    expect(cs.find((c) => c.cue === 'saying')).toMatchObject({ claimant: 'Ken Ito', content: 'taxes would not rise' });
  });

  it('gives a passive cue to the agent after "by"', () => {
    const [c] = claimsOf('The offer was rejected by Chancellor Eva Lind on Monday.');
    expect(c).toMatchObject({ claimant: 'Eva Lind', kind: 'rejection' });
  });
});

describe('beliefs, intentions and findings', () => {
  it('reads a belief as an assessment', () => {
    const [c] = claimsOf('Senator Ruth Dale believes the bill will pass next week.');
    expect(c).toMatchObject({ claimant: 'Ruth Dale', kind: 'assessment', content: 'the bill will pass next week' });
  });

  it('reads a hope as an assessment', () => {
    const [c] = claimsOf('Mayor Ken Ito hopes to reopen the school in May.');
    expect(c).toMatchObject({ claimant: 'Ken Ito', cue: 'hopes', kind: 'assessment' });
  });

  it('reads a plan as an assessment', () => {
    const [c] = claimsOf('Governor Lisa Marsh plans to sign the bill on Friday.');
    expect(c).toMatchObject({ claimant: 'Lisa Marsh', cue: 'plans', kind: 'assessment' });
  });

  it('reads the finding of a poll as a report by its author', () => {
    const [c] = claimsOf('A poll by the Meridian Institute shows that most voters oppose the new tax.');
    expect(c).toMatchObject({ claimant: 'Meridian Institute', kind: 'report', content: 'most voters oppose the new tax' });
  });
});

describe('kinds from the claimed clause', () => {
  it('reads a conditional harm after "said" as a warning', () => {
    const [c] = claimsOf('General Tom Avery said his troops would strike back if the shelling continued.');
    expect(c?.kind).toBe('warning');
  });

  it('reads an obligation after "said" as a call', () => {
    const [c] = claimsOf('Minister Jo Park said the city needs more money for its schools.');
    expect(c?.kind).toBe('call');
  });

  it('reads an evaluative judgement after "said" as an assessment', () => {
    const [c] = claimsOf('Mayor Ken Ito said the new plan is excellent.');
    expect(c?.kind).toBe('assessment');
  });

  it('keeps a plain report of fact after "said" a statement', () => {
    const [c] = claimsOf('Mayor Ken Ito said the council met on Tuesday.');
    expect(c?.kind).toBe('statement');
  });

  it('keeps a denied intention from reading as a threat', () => {
    const [c] = claimsOf('General Tom Avery said his country had no intention of going to war.');
    expect(c?.kind).toBe('statement');
  });
});

describe('speakers the entity stage may miss', () => {
  it('refers "the company" to the company named before', () => {
    const cs = claimsOf('Calloway Motors reported a loss. The company said demand had fallen.');
    expect(cs.find((c) => c.content === 'demand had fallen')?.claimant).toBe('Calloway Motors');
  });

  it('takes an unnamed plural speaker as a group actor', () => {
    const [c] = claimsOf('The road will reopen on Friday, officials said.');
    expect(c?.claimant?.toLowerCase()).toBe('officials');
  });

  it('keeps a speaker named only in its apposition out: "X, one of Y\'s deputies, said"', () => {
    const [c] = claimsOf('"We are ready," Mira Sand, one of Dale\'s deputies, said.');
    expect(c?.claimant).toBe('Mira Sand');
  });
});

describe('quotes', () => {
  it('keeps a quote of several sentences closed by "..., X said" in one claim', () => {
    const cs = claimsOf('"We will rebuild. Nobody will be left behind," Governor Lisa Marsh said.');
    expect(cs).toHaveLength(1);
    expect(cs[0]?.claimant).toBe('Lisa Marsh');
    expect(cs[0]?.content).toContain('We will rebuild');
    expect(cs[0]?.content).toContain('Nobody will be left behind');
  });

  it('reads curly quotes the same as straight ones', () => {
    const [c] = claimsOf('Mayor Tom Reed called the plan “a gift to developers” on Friday.');
    expect(c?.quote).toBe('a gift to developers');
  });
});

describe('hard negatives', () => {
  it('takes no claim from an indirect question', () => {
    const cs = claimsOf('Mayor Ken Ito was asked whether the school would reopen.');
    expect(cs).toEqual([]);
  });

  it('takes no claim from "responded by" an act', () => {
    const cs = claimsOf('The city council responded by closing the park.');
    expect(cs).toEqual([]);
  });

  it('takes no claim from "found" with an object', () => {
    const cs = claimsOf('Police found the stolen car in a ditch near the river.');
    expect(cs).toEqual([]);
  });

  it('takes no claim from the addressee of a passive cue', () => {
    const cs = claimsOf('Mayor Ken Ito was told the budget was short.');
    expect(cs).toEqual([]);
  });

  it('takes no claim from a product release', () => {
    const cs = claimsOf('Calloway Motors released a new tracking app on Monday.');
    expect(cs).toEqual([]);
  });
});

describe('dispute links', () => {
  it('does not read "propaganda" inside a claim about broadcasts as a dismissal', () => {
    const cs = claimsOf('Senator Ruth Dale said the border was calm. General Tom Avery said his troops would jam any station broadcasting propaganda.');
    expect(cs.find((c) => c.claimant === 'Tom Avery')?.disputes).toEqual([]);
  });

  it('links "X denied these" to every recent claim of the speaker it answers', () => {
    const cs = claimsOf('The rebels claimed they took the airport. They also said the mayor had fled. The army denied these, saying fighting continued.');
    const denial = cs.find((c) => c.cue === 'denied');
    expect(denial?.disputes).toHaveLength(2);
  });
});

describe('speaker continuity', () => {
  it('resolves "the general" to the person last named with that title', () => {
    const cs = claimsOf('General Tom Avery toured the base on Monday. The general also noted that supplies were short.');
    expect(cs.find((c) => c.cue === 'noted')?.claimant).toBe('Tom Avery');
  });

  it('gives "he" the subject of the previous sentence over a person named later in it', () => {
    const cs = claimsOf('Senator Ruth Dale met Mayor Ken Ito on Friday. "The bridge is safe," she said.');
    expect(cs[0]?.claimant).toBe('Ruth Dale');
  });

  it('reads a participle that opens a quote as a claim of the subject', () => {
    const cs = claimsOf('General Tom Avery noted his doubts saying, "The supply lines are too long."');
    expect(cs.find((c) => c.cue === 'saying')).toMatchObject({ claimant: 'Tom Avery', quote: 'The supply lines are too long.' });
  });

  it('takes the quote before the cue when nothing follows it', () => {
    const cs = claimsOf('"The border is calm," said Senator Ruth Dale. "Harsh words deserve a reply", she added; and, later, "we are ready".');
    expect(cs.find((c) => c.cue === 'added')?.content).toBe('Harsh words deserve a reply');
  });

  it('reads a subject with a time adverb before the cue ("X today announced")', () => {
    const [c] = claimsOf('Calloway Motors today announced that it would build a plant in Ohio.');
    expect(c).toMatchObject({ claimant: 'Calloway Motors', cue: 'announced', content: 'it would build a plant in Ohio' });
  });
});

describe('speakers in appositions and possessives', () => {
  it('skips a place named inside the apposition of an unknown speaker', () => {
    const [c] = claimsOf('Nadia Verlaine, a prominent union leader in Portugal, announced her intention to join the march.');
    expect(c).toMatchObject({ claimant: 'Nadia Verlaine', kind: 'pledge' });
  });

  it('gives "X\'s campaign argues" to X', () => {
    const [c] = claimsOf("Senator Ruth Dale's campaign argues that the poll is flawed.");
    expect(c).toMatchObject({ claimant: 'Ruth Dale', cue: 'argues', content: 'the poll is flawed' });
  });
});

describe('cues that only look like reporting', () => {
  it('takes no claim from "went on to win"', () => {
    const cs = claimsOf('Senator Ruth Dale went on to win the election.');
    expect(cs).toEqual([]);
  });

  it('reads "went on to say that" with the clause as content', () => {
    const [c] = claimsOf('Senator Ruth Dale went on to say that taxes would fall.');
    expect(c).toMatchObject({ claimant: 'Ruth Dale', cue: 'went on', content: 'taxes would fall' });
  });

  it('takes no claim from "posted a loss"', () => {
    const cs = claimsOf('Calloway Motors posted a loss for the quarter.');
    expect(cs).toEqual([]);
  });
});

describe('postposed speakers', () => {
  it('reads "..., said Title X" with a title before the name', () => {
    const [c] = claimsOf('The vote was close, said Senator Ruth Dale.');
    expect(c).toMatchObject({ claimant: 'Ruth Dale', content: 'The vote was close' });
  });

  it('does not take the object of a cue for a postposed speaker', () => {
    const cs = claimsOf('His mother, a retired teacher from Lyon, warned Senator Ruth Dale about the plan.');
    expect(cs.every((c) => c.claimant !== 'Ruth Dale')).toBe(true);
  });
});

describe('the government', () => {
  it('refers "the government" to the state named most often so far', () => {
    const cs = claimsOf('Moldova has banned rallies. Moldova detained dozens of students. Canada criticised the ban. The government now says it may charge the organisers.');
    expect(cs.find((c) => c.cue === 'says')?.claimant).toBe('Moldova');
  });
});
