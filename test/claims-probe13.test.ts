import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

/*
 * Attribution forms found by reading the parse of invented reports in the sealed sets' styles (round 12: 2016
 * debates, super PAC filings, Security Council statements, rebels in eastern Congo, airline results, a bribery
 * sentencing) and the classes "Left after round 11". Every sentence is invented; each positive row failed before its
 * fix, guards are labelled.
 */

function parse(text: string, publishedAt = '2016-10-20') {
  const parsed = parseArticle(text, { publishedAt });
  const name = (id: string | null) => parsed.actors.find((a) => a.id === id)?.name ?? null;
  return { parsed, claims: parsed.claims.map((c) => ({ ...c, claimant: name(c.claimantId) })) };
}
const claimsOf = (text: string) => parse(text).claims;
const readings = (text: string) => claimsOf(text).map((c) => [c.claimant, c.cue, c.content]);

describe('a clause of time after the cue is the saying\'s circumstance, the quote before it the claim', () => {
  it.each([
    ['"I will look at it at the time," Donald Brennan said when the moderator pressed him.', 'Donald Brennan', 'I will look at it at the time'],
    ['"This is a sad day," Mayor Ana Ruiz told reporters after the verdict was read.', 'Ana Ruiz', 'This is a sad day'],
    ['"Nobody is above the law," Judge Karen Holt said before she handed down the sentence.', 'Karen Holt', 'Nobody is above the law'],
    ['"We will not back down," Tom Lee said as protesters gathered outside the plant.', 'Tom Lee', 'We will not back down'],
    ['The bridge is safe, Governor Ivo Pohl said on Monday while engineers inspected the cracks.', 'Ivo Pohl', 'The bridge is safe'],
  ])('%s', (text, claimant, content) => {
    expect(readings(text)).toEqual([[claimant, expect.any(String), content]]);
  });

  it.each([
    ['In Gaza, officials said as many as 40 people died.', 'as many as 40 people died'],
    ['Before the vote, Senator Ruth Dale said after a review that the plant was safe.', 'the plant was safe'],
    ['In May, officials said when the dam broke, 40 people died.', 'when the dam broke, 40 people died'],
  ])('guard (passes before the change too): the claim after the cue stays in %s', (text, content) => {
    expect(claimsOf(text).map((c) => c.content)).toEqual([content]);
  });
});

describe('one kin member or an agent noun after "one/a" is an unnamed source', () => {
  it.each([
    ['"He never came home," one mother told the court on Wednesday.', 'mother', 'He never came home'],
    ['One widow said the soldiers had burned the village.', 'widow', 'the soldiers had burned the village'],
    ['A sister told reporters that the police had ignored her calls.', 'sister', 'the police had ignored her calls'],
    ['A contractor told the jury that the payments were bribes.', 'contractor', 'the payments were bribes'],
    ['During the trial, a developer testified that he had paid the mayor.', 'developer', 'he had paid the mayor'],
  ])('%s', (text, claimant, content) => {
    expect(readings(text)).toEqual([[claimant, expect.any(String), content]]);
  });

  it.each([
    '"We want answers," one resident told the court.',
    '"I forgive him," said one mother, who lost two sons.',
  ])('guard (passes before the change too): %s', (text) => {
    expect(claimsOf(text)).toHaveLength(1);
  });

  it.each([
    'A computer error said nothing.',
    'The mother of the victim wept as the verdict was read.',
  ])('guard (passes before the change too): no claim in %s', (text) => {
    expect(claimsOf(text)).toEqual([]);
  });
});

describe('"each side" opening the subject speaks for the parties, as "both sides" does', () => {
  it.each([
    ['Fighting flared along the line on Tuesday. Each side accuses the other of breaking the truce.', 'accuses'],
    ['Each side blames the other for the collapse of the ceasefire.', 'blames'],
    ['Each camp insists its candidate won the debate.', 'insists'],
  ])('%s', (text, cue) => {
    expect(claimsOf(text).map((c) => [c.claimant, c.cue])).toEqual([[expect.stringMatching(/^(?:sides|camps)$/), cue]]);
  });

  it('guard (passes before the change too): a group on each side of a border is the group', () => {
    expect(claimsOf('Villagers on each side of the border said the shelling had stopped.').map((c) => c.claimant)).toEqual(['villagers on each side of the border']);
  });
});

describe('a saying with nothing said is no claim', () => {
  it.each([
    'Maria Delgado was asked about the poll on Monday. Delgado answered on Twitter.',
    'Governor Tom Lee replied in a statement.',
  ])('%s', (text) => {
    expect(claimsOf(text)).toEqual([]);
  });

  it('the speaker of an empty saying still takes the next pronoun', () => {
    expect(claimsOf('Ruth Dale spoke first. Tom Lee answered on Twitter. He said the poll was fake.').map((c) => [c.claimant, c.content])).toEqual([['Tom Lee', 'the poll was fake']]);
  });
});

describe('a participle weighing a reported result against expectations is the writer\'s', () => {
  it.each([
    ["Halvern Motors reported a 12 percent rise in quarterly profit, beating analysts' expectations as sales of trucks improved.", 'a 12 percent rise in quarterly profit'],
    ['Nordwind Airlines said its profit rose 31 percent, topping forecasts as summer demand lifted fares.', 'its profit rose 31 percent'],
    ['Calder Bank said revenue fell 4 percent in the quarter, missing Wall Street estimates.', 'revenue fell 4 percent in the quarter'],
  ])('%s', (text, content) => {
    expect(claimsOf(text).map((c) => c.content)).toEqual([content]);
  });
});

describe('a counterfactual of the past judges; it warns of nothing', () => {
  it.each([
    'Republicans countered that the proposals would not have stopped the attack.',
    'The families said the bombing could have been prevented.',
    'Critics said the army should have acted sooner to stop the violence.',
  ])('%s', (text) => {
    expect(claimsOf(text).map((c) => c.kind)).toEqual(['assessment']);
  });

  it('guard (passes before the change too): a harm ahead still warns', () => {
    expect(claimsOf('General Ivo Lind said the army would attack if provoked.').map((c) => c.kind)).toEqual(['warning']);
  });
});

describe('a state of mind nested in a claim stays in the outer claim', () => {
  it.each([
    ['Foreign Minister Elias Varga said that Ankara wanted a fair solution for both communities.', 'Elias Varga'],
    ['Senator Ana Ruiz said Governor Tom Lee believed the tax would pass.', 'Ana Ruiz'],
    ['Prime Minister Ivo Lind said that Russia feared a wider war.', 'Ivo Lind'],
  ])('%s', (text, claimant) => {
    expect(claimsOf(text).map((c) => c.claimant)).toEqual([claimant]);
  });

  it('guard (passes before the change too): a nested saying with its named subject is a claim of its own', () => {
    expect(claimsOf('Senator Ana Ruiz said Governor Tom Lee told her the tax would pass.').map((c) => c.claimant)).toEqual(['Ana Ruiz', 'Tom Lee']);
  });
});

describe('a gendered pronoun with no person of its gender named goes to nobody', () => {
  it.each([
    'The governor\'s office denied the report. Senator Paula Reyes said the office had misled voters. His office said the report was false.',
    'Hillary Clinton spoke in Ohio on Monday. He said the poll was fake.',
  ])('%s', (text) => {
    expect(claimsOf(text).map((c) => c.content)).not.toContain('the report was false');
    expect(claimsOf(text).map((c) => c.content)).not.toContain('the poll was fake');
  });

  it('a person of the gender named earlier is still found, and the empty saying between is no claim', () => {
    expect(claimsOf('Tom Lee spoke first. Hillary Clinton answered. Maria Ruiz agreed. He said the poll was fake.').map((c) => c.claimant)).toEqual(['Tom Lee']);
  });
});

describe('"according to" local or state media is a group source', () => {
  it.each([
    ['Bangladesh imposed a curfew after 105 people were killed, according to local media.', 'local media'],
    ['According to state media, at least 40 miners were trapped.', 'state media'],
    ['According to Turkish media, the suspects were detained in Istanbul.', 'Turkish media'],
  ])('%s', (text, claimant) => {
    expect(claimsOf(text).map((c) => [c.claimant, c.cue.toLowerCase()])).toEqual([[claimant, 'according to']]);
  });
});

describe('a spokesperson of "her/his" after a clause naming two persons speaks for the one of the pronoun\'s gender', () => {
  it.each([
    ['Angela Merkel spoke to Pavel Orlov by telephone, her spokesman said.', 'Angela Merkel'],
    ['Hillary Clinton met Bernie Sanders on Tuesday, and her aides said the meeting went well.', 'Hillary Clinton'],
  ])('%s', (text, claimant) => {
    expect(claimsOf(text).map((c) => [c.claimant, c.cue])).toEqual([[claimant, 'said']]);
  });

  it('the spokesperson\'s attribution wraps the act the same person did ("demanded ..., her spokesman said")', () => {
    expect(claimsOf('German Chancellor Angela Merkel spoke to Pavel Orlov by telephone and demanded an explanation, her spokesman said.').map((c) => [c.claimant, c.cue, c.content]))
      .toEqual([['Angela Merkel', 'demanded', 'an explanation'], ['Angela Merkel', 'said', 'German Chancellor Angela Merkel spoke to Pavel Orlov by telephone and demanded an explanation']]);
  });
});

describe('kind: "citing" gives the speaker\'s reason, a judgement', () => {
  it.each([
    'Nordwind Airlines cut 300 jobs on Monday, citing weak demand for flights to Asia.',
    'The appeals court rejected the request, citing the risk to public safety.',
  ])('%s', (text) => {
    const citing = claimsOf(text).find((c) => c.cue === 'citing');
    expect(citing?.kind).toBe('assessment');
  });
});

describe('kind: an obligation to see a fact asserts it as the speaker judges it', () => {
  it.each([
    '"We should recognize from the start that the plant has released huge amounts of radiation," Dr Ken Oda said.',
    'Senator Ana Ruiz said Americans must understand that the debt is a danger to the economy.',
    'Ambassador Tom Reyes said the world has to accept that the blockade has failed.',
  ])('%s', (text) => {
    expect(claimsOf(text).map((c) => c.kind)).toEqual(['assessment']);
  });

  it('guard (passes before the change too): an obligation to act still calls', () => {
    expect(claimsOf('Senator Ana Ruiz said the government must act now.').map((c) => c.kind)).toEqual(['call']);
  });
});

describe('a participle after an act of an unnamed body speaks for that body, not for a name in its object', () => {
  it.each([
    ['A federal appeals court on Friday upheld the conviction of former Governor Robert Hale, rejecting his argument that the gifts were routine.', 'federal appeals court'],
    ['A state court in Velmar overturned the sentence of Tom Lee, saying the trial had been unfair.', 'state court'],
  ])('%s', (text, claimant) => {
    expect(claimsOf(text).map((c) => c.claimant)).toEqual([claimant]);
  });
});

describe('an -ing form joined by "and" to a participle after a comma is a participle of the clause', () => {
  it.each([
    ['Senator Bernie Sanders endorsed Hillary Clinton on Tuesday, ending a bitter primary fight and urging his supporters to help defeat Donald Brennan.', 'Bernie Sanders', 'urging'],
    ['General Ivo Lind ordered the town evacuated, closing the roads and warning residents that the dam could burst.', 'Ivo Lind', 'warning'],
  ])('%s', (text, claimant, cue) => {
    expect(claimsOf(text).map((c) => [c.claimant, c.cue])).toEqual([[claimant, cue]]);
  });

  it('guard (passes before the change too): two participles with no object claim nothing', () => {
    expect(claimsOf('Protesters gathered outside the court, chanting and waving flags.')).toEqual([]);
  });
});

describe('a plural addressee of "told" before a clause is no part of the claim', () => {
  it.each([
    ['Defense attorney Sara Klein told jurors her client had acted in self-defense.', 'her client had acted in self-defense'],
    ['Chief executive Anna Berg told investigators the company had followed the rules.', 'the company had followed the rules'],
    ['Sara Klein told the jury her client had acted in self-defense.', 'her client had acted in self-defense'],
  ])('%s', (text, content) => {
    expect(claimsOf(text).map((c) => c.content)).toEqual([content]);
  });
});

describe('the outlet that carried a statement is no speaker and no part of the claim', () => {
  it.each([
    ['The Syrian government, in a statement carried by the state news agency SANA, said its forces were responding to attacks.', 'its forces were responding to attacks'],
    ['The Syrian government said in a statement carried by SANA that its forces were responding to attacks.', 'its forces were responding to attacks'],
  ])('%s', (text, content) => {
    const claims = claimsOf(text);
    expect(claims.map((c) => c.content)).toEqual([content]);
    expect(claims[0]?.claimant).not.toMatch(/SANA|television/);
  });

  it('guard (passes before the change too): a channel on state television', () => {
    expect(claimsOf('The Iranian government said in a statement broadcast on state television that the talks had failed.').map((c) => c.content)).toEqual(['the talks had failed']);
  });
});

describe('a group possessor with lower-case modifiers names the union', () => {
  it.each([
    ["The flight attendants' union said talks had broken down.", "flight attendants' union"],
    ["The air traffic controllers' union said talks had broken down.", "air traffic controllers' union"],
    ["An official of the steel workers' union, who asked not to be identified, said members would reject any new cuts.", "steel workers' union"],
  ])('%s', (text, claimant) => {
    expect(claimsOf(text).map((c) => c.claimant)).toEqual([claimant]);
  });

  it('guard (passes before the change too): a one-word possessor', () => {
    expect(claimsOf("The nurses' union said talks had broken down.").map((c) => c.claimant)).toEqual(["nurses' union"]);
  });
});

describe('a title "of" a place in apposition before the cue is part of the speaker phrase', () => {
  it.each([
    ['"Half the town is gone," the mayor of Amatrice, Sergio Pirozzi, told state radio.', 'Sergio Pirozzi', 'Half the town is gone'],
    ['The bridge collapsed at dawn, the governor of Lazio, Nicola Zingaretti, said.', 'Nicola Zingaretti', 'The bridge collapsed at dawn'],
  ])('%s', (text, claimant, content) => {
    expect(claimsOf(text).map((c) => [c.claimant, c.content])).toEqual([[claimant, content]]);
  });
});

describe('the head, chief or director of an unnamed body speaks for it', () => {
  it.each([
    ['The head of the national geophysics institute warned that aftershocks could continue for weeks.', 'national geophysics institute'],
    ['The director of the state health agency said the outbreak was under control.', 'state health agency'],
  ])('%s', (text, claimant) => {
    expect(claimsOf(text).map((c) => c.claimant)).toEqual([claimant]);
  });
});

describe('kind: a feeling said not to be felt is no denial', () => {
  it.each([
    'Senator Bernie Sanders said he was not surprised by the emails.',
    'Governor Ana Ruiz said she was not bothered by the recount.',
  ])('%s', (text) => {
    expect(claimsOf(text).map((c) => c.kind)).not.toContain('denial');
  });
});

describe('an officer of the body "its" refers to speaks for it', () => {
  it.each([
    ['The African Union urged both countries to exercise restraint. Its chairman said the dispute should be resolved through dialogue.', 'African Union'],
    ['Calder Bank cut 300 jobs on Monday. Its president said the cuts were painful but necessary.', 'Calder Bank'],
  ])('%s', (text, claimant) => {
    expect(claimsOf(text).filter((c) => c.cue === 'said').map((c) => c.claimant)).toEqual([claimant]);
  });

  it('guard (passes before the change too): its spokesman speaks for the body', () => {
    expect(claimsOf('The African Union urged restraint. Its spokesman said the dispute should be resolved.').filter((c) => c.cue === 'said').map((c) => c.claimant)).toEqual(['African Union']);
  });
});

describe('telling a story, a tale or jokes is no claim', () => {
  it.each([
    'Senator Ana Ruiz told a story about her father.',
    'Senator Ana Ruiz told reporters the story of her escape from the fire.',
    'Governor Tom Lee told the crowd jokes about his rival.',
  ])('%s', (text) => {
    expect(claimsOf(text)).toEqual([]);
  });

  it.each([
    ['Senator Ana Ruiz told the story that the mayor had lied.', 'the mayor had lied'],
    ['Senator Ana Ruiz told reporters a different story was emerging.', 'a different story was emerging'],
  ])('guard (passes before the change too): %s', (text, content) => {
    expect(claimsOf(text).map((c) => c.content)).toEqual([content]);
  });
});
