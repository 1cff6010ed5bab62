import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

/*
 * Claim classes found by the lead reading invented reports in round 20 (a Security Council veto, a port strike, a
 * bridge collapse, a stopgap budget vote, a battle for a bridge). Every sentence here is invented and differs from
 * the probe sentences the classes were found with.
 */

function parse(body: string) {
  return parseArticle(`Invented report\n\n${body}`, { publishedAt: '2024-02-14' });
}

function claimsOf(body: string) {
  const p = parse(body);
  const name = (id: string | null) => p.actors.find((a) => a.id === id)?.name ?? null;
  return p.claims.map((c) => [name(c.claimantId), c.cue]);
}

function kindsOf(body: string) {
  return parse(body).claims.map((c) => c.kind);
}

describe('the agent of a participle with a phrase before "by" is no speaker; the noun before the participle speaks', () => {
  it.each([
    ['A militia leader reached by telephone by AFP denied that his men had looted the depot.', 'militia leader', 'denied'],
    ['A shop owner quoted by the state broadcaster NHK said the shelves were empty.', 'shop owner', 'said'],
    ['A fisherman interviewed on the quay by Al Jazeera said the catch had halved.', 'fisherman', 'said'],
  ])('%s', (body, speaker, cue) => {
    expect(claimsOf(body)).toEqual([[speaker, cue]]);
  });

  it('guard (passes before the change too): a participle right before "by" keeps its head as the speaker', () => {
    expect(claimsOf('Economists polled by Kestrel Analytics expected growth to slow.')).toEqual([['economists', 'expected']]);
  });
});

describe('the agent of a participle set off by commas is no speaker', () => {
  it('a spokesman reached by a paper speaks for the body named before the aside', () => {
    expect(claimsOf('A spokesman for Tarvo Logistics, reached on Sunday by the Harbour Gazette, said the depot would reopen.').map(([s]) => s)).toEqual(['Tarvo Logistics']);
  });

  it('the interviewer named in the aside is no speaker', () => {
    expect(claimsOf('The village elder, interviewed by Dana Fox, said the well had dried up.').map(([s]) => s)).not.toContain('Dana Fox');
  });
});

describe('one unnamed person with a complement of place or body speaks, not the place or body', () => {
  it.each([
    ['A midwife at the district clinic said three mothers had died in labour.', 'midwife'],
    ['One tenant of the tower block told the inquiry that the alarms never sounded.', 'tenant'],
    ['A pilgrim from the northern provinces said the crush began at the gate.', 'pilgrim'],
    ['A guard outside the ministry said the protesters had broken a window.', 'guard'],
  ])('%s', (body, speaker) => {
    expect(claimsOf(body).map(([s]) => s)).toEqual([speaker]);
  });

  it('a nurse alone speaks as an unnamed person', () => {
    expect(claimsOf('A nurse told the agency that the oxygen had run out.').map(([s]) => s)).toEqual(['nurse']);
  });

  it('guard (passes before the change too): a spokesman for a named body speaks for the body', () => {
    expect(claimsOf('A spokesman for the Kelvar Transit Authority said the line would reopen.').map(([s]) => s)).toEqual(['Kelvar Transit Authority']);
  });
});

describe('"on both sides of X" is the place of a group, not the group', () => {
  it.each([
    ['Herders on both sides of the ridge said the wolves had returned.', 'herders'],
    ['Fishermen on both sides of the strait complained that the quotas were unfair.', 'fishermen'],
  ])('%s', (body, head) => {
    const [speaker] = claimsOf(body).map(([s]) => s as string);
    expect(speaker?.toLowerCase().startsWith(head)).toBe(true);
  });
});

describe('telling someone to do something is a call', () => {
  it.each([
    'The water board told households to boil tap water until further notice.',
    'Mayor Ines Varga told shop owners to close early on Saturday.',
    'The Prudential Oversight Board told insurers on Tuesday to set aside more reserves.',
  ])('%s', (body) => {
    expect(kindsOf(body)).toEqual(['call']);
  });

  it.each([
    'Ines Varga told the council the repairs were due to finish in May.',
    'The water board told reporters that the leak had been fixed.',
  ])('guard (passes before the change too): a told fact stays no call: %s', (body) => {
    expect(kindsOf(body)).not.toContain('call');
  });
});

describe('"need" inside a relative clause describes someone and calls for nothing', () => {
  it.each([
    'Ines Varga said the scheme had let down the pensioners who need it most.',
    'The food bank said it was turning away families that need help.',
    'Oskar Lind said the clinic serves patients who need dialysis.',
  ])('%s', (body) => {
    expect(kindsOf(body)).not.toContain('call');
  });

  it('guard (passes before the change too): the city needs more nurses stays a call', () => {
    expect(kindsOf('Ines Varga said the city needs more nurses.')).toEqual(['call']);
  });
});

describe('a lower-case adjective between the opener and a named plural keeps the plural the speaker', () => {
  it.each([
    ['Most moderate Republicans insisted that the deal was fair.', 'Republicans'],
    ['The younger Socialists complained that the leadership had ignored them.', 'Socialists'],
    ['Many exiled Venezuelans said they would not return.', 'Venezuelans'],
  ])('%s', (body, speaker) => {
    expect(claimsOf(body).map(([s]) => s)).toEqual([speaker]);
  });

  it('guard (passes before the change too): a named plural with a quantifier alone, as before', () => {
    expect(claimsOf('Several Liberals said the budget was reckless.').map(([s]) => s)).toEqual(['Liberals']);
  });
});
