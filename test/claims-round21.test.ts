import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

/*
 * Round 21 (claims24): invented committee hearings, press conferences, court testimony, joint communiques and
 * reported-speech chains. Every sentence is invented; each positive row failed before its fix, guards are labelled.
 */

function claimsOf(text: string, publishedAt = '2024-05-16') {
  const parsed = parseArticle(text, { publishedAt });
  const name = (id: string | null) => parsed.actors.find((a) => a.id === id)?.name ?? null;
  return parsed.claims.map((c) => ({ claimant: name(c.claimantId), cue: c.cue, kind: c.kind, content: c.content }));
}

function kindsOf(text: string): string[] {
  return claimsOf(text).map((c) => c.kind);
}

describe('a third party\'s saying relayed inside the claim is not the speaker\'s act (kind/relayed-saying)', () => {
  it.each([
    'Clara Voss told the jury that her manager had said the files must disappear.',
    'Ivo Renn said the foreman had told the crew that the scaffolding must come down by noon.',
    'Lara Quist testified that the director had insisted the accounts should be closed before the audit.',
    'Jan Pohl said the general had told him the town would be attacked at dawn.',
  ])('%s', (text) => {
    expect(kindsOf(text)).toEqual(['statement']);
  });

  it.each([
    ['Karl Dent said he had told the board the plant must close.', 'call'],
    ['Ana Brook said the government must act now.', 'call'],
  ])('guard (passes before the change too): the speaker\'s own call stays one: %s', (text, kind) => {
    expect(kindsOf(text)).toEqual([kind]);
  });
});

describe('a quality measured by what it caused tells what happened (kind/degree-result)', () => {
  it.each([
    'Pavel Dorn said the wind was so strong that it tore the roof off the school.',
    'Lena Holt said the crowd was so large that police closed the square.',
    'A reporter for the Velmar Courier said the explosion was so powerful that windows shattered two miles away.',
  ])('%s', (text) => {
    expect(kindsOf(text)).toEqual(['report']);
  });

  it('guard (passes before the change too): a quality weighed with no result stays a judgement', () => {
    expect(kindsOf('Pavel Dorn said the plan was reckless.')).toEqual(['assessment']);
  });
});

describe('an act described as a move for a purpose the speaker imputes is judged (kind/imputed-purpose)', () => {
  it.each([
    'According to Ana Varga, the audit is an attempt by the cabinet to discredit the mayor.',
    'Tomas Reyes said the raid was a ploy by the army to intimidate voters.',
    'Opposition leader Mira Sand said the early vote was nothing but a pretext to delay reforms.',
  ])('%s', (text) => {
    expect(kindsOf(text)).toEqual(['assessment']);
  });
});

describe('a hope that another party acts calls on it (kind/hope-of-another)', () => {
  it.each([
    'The Kessling Employers Federation voiced hope that prosecutors treat the detained managers fairly.',
    'The foreign ministers expressed hope that the warring parties would respect the ceasefire.',
    'Rosa Alvarez said she hoped the court would free the two journalists.',
  ])('%s', (text) => {
    expect(kindsOf(text)).toEqual(['call']);
  });

  it('guard (passes before the change too): a hope for a thing or a process is no call', () => {
    expect(kindsOf('Rosa Alvarez said she hoped the talks would succeed.')).not.toContain('call');
  });
});

describe('promises counted or weighed are a thing heard, no pledge (kind/promises-counted)', () => {
  it.each([
    'Opposition councillor Marco Vitti said: "People here have heard enough promises."',
    'Dana Holm said voters had been given many promises before every election.',
    'Dana Holm said the residents were tired of empty pledges.',
  ])('%s', (text) => {
    expect(kindsOf(text)).toEqual(['statement']);
  });

  it('guard (passes before the change too): the speaker\'s own promise stays a pledge', () => {
    expect(kindsOf('Dana Holm said: "We promise to cut fares."')).toEqual(['pledge']);
  });
});

describe('kin of a named person speak as themselves (speaker/kin-of-named)', () => {
  it.each([
    ['A cousin of the pilot Ana Ruiz said the helicopter had been due for maintenance.', "Ruiz's cousin"],
    ['An uncle of the victim Pedro Salas said the family had not been told.', "Salas's uncle"],
    ['The sister of Tomas Lenk told reporters that he had never owned a gun.', null],
  ])('%s', (text, claimant) => {
    const claims = claimsOf(`Crash\n\nAna Ruiz and Pedro Salas were named.\n\n${text}`);
    if (claimant === null) expect(claims.map((c) => c.claimant)).not.toContain('Tomas Lenk');
    else expect(claims.map((c) => c.claimant)).toEqual([claimant]);
  });
});

describe('anyone who once worked for a body or person speaks for themselves (speaker/former-member)', () => {
  it.each([
    ['A former clerk at Hollis Bank testified that her manager had ordered her to shred files.', 'former clerk at Hollis Bank'],
    ['A former mechanic at the Alvor bus company said the fleet was badly maintained.', 'former mechanic at the Alvor bus company'],
    ['A former engineer at Calder Rail said the signals had failed twice before.', 'former engineer at Calder Rail'],
  ])('%s', (text, claimant) => {
    expect(claimsOf(text).map((c) => c.claimant)).toEqual([claimant]);
  });

  it('guard (passes before the change too): a serving spokesman still speaks for the body', () => {
    expect(claimsOf('A spokesman for Hollis Bank said the files had been archived.').map((c) => c.claimant)).toEqual(['Hollis Bank']);
  });
});

describe('heads of state of a list of countries head that list (speaker/group-of-named-list)', () => {
  it.each([
    'The heads of state of Ghana and Togo said they would send relief teams.',
    'The heads of state of Chile and Peru said the crossing would reopen.',
  ])('%s', (text) => {
    const claimants = claimsOf(text).map((c) => c.claimant ?? '');
    expect(claimants).toHaveLength(1);
    expect(claimants[0]).toMatch(/^heads of state of/);
  });
});

describe('an interview printed as questions and answers: the answers are the interviewee\'s (claims/interview-answer)', () => {
  const interview = [
    'Governor rules out rate cut',
    '',
    'KESSLING, May 16 - In an interview with the Norland Herald, central bank governor Erik Lund said inflation remained too high. Excerpts:',
    '',
    'Q: Markets expect a cut in September. Are they wrong?',
    'A: Markets are entitled to their views. Our job is to bring inflation back to 2 percent.',
    '',
    'Q: Will the weak krone force you to raise rates again?',
    'A: We do not target the exchange rate.',
  ].join('\n');

  it('each answer is a claim of the person interviewed', () => {
    const claims = claimsOf(interview);
    expect(claims.filter((c) => c.content.startsWith('Markets are entitled') || c.content.startsWith('We do not target')).map((c) => c.claimant)).toEqual(['Erik Lund', 'Erik Lund']);
  });

  it('a question claims nothing', () => {
    expect(claimsOf(interview).map((c) => c.content)).not.toContain('a cut in September');
  });

  it('the later sentences of an answer are in its quote', () => {
    const parsed = parseArticle(interview, { publishedAt: '2024-05-16' });
    expect(parsed.claims.find((c) => c.content.startsWith('Markets are entitled'))?.quote).toContain('Our job is to bring inflation back');
  });

  it('guard (passes before the change too): an "A:" line with no question before it claims nothing', () => {
    expect(claimsOf('Notes\n\nA: The meeting starts at noon.')).toEqual([]);
  });
});

describe('a subject that says no one spoke makes no claim (claims/no-one-said)', () => {
  it.each([
    'Nobody in the government has said the plant will close.',
    'No one at the ministry told the families that the search had ended.',
    'None of the witnesses said they saw a gun.',
  ])('%s', (text) => {
    expect(claimsOf(text)).toEqual([]);
  });

  it.each([
    ['A police spokesman said nobody had been hurt.', 1],
    ['Nobody was hurt, police said.', 1],
    ['Few economists expect the bank to cut rates.', 1],
    ['Neither side said it would attend the talks.', 0],
  ])('guard (passes before the change too): %s', (text, n) => {
    expect(claimsOf(text)).toHaveLength(n);
  });
});
