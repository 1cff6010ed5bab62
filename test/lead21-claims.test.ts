import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

/*
 * Claim classes found by the lead reading invented reports in round 21 (a maritime stand-off with statements on
 * social media, forecasts quoted in business copy). Every sentence here is invented and differs from the probe
 * sentences the classes were found with.
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

describe('a name inside a phrase a preposition opens right after the cue is no speaker', () => {
  it.each([
    ['"The port stays shut," the harbour master wrote in a note to Veltra Shipping on Friday.', 'Veltra Shipping'],
    ['"We owe them nothing," the chairman said in a letter to Orvane Holdings.', 'Orvane Holdings'],
    ['"This is our land," the farmer said at a meeting in Kestrel Bay with Dunja Havel.', 'Dunja Havel'],
  ])('%s', (body, notSpeaker) => {
    expect(claimsOf(body).map(([s]) => s)).not.toContain(notSpeaker);
  });

  it('guard (passes before the change too): the person named earlier still speaks through the description', () => {
    const body = 'Interior Minister Halvard Steen toured the camp on Monday. "Nobody will be sent back," the minister said in a video on Instagram.';
    expect(claimsOf(body)).toEqual([['Halvard Steen', 'said']]);
  });

  it('guard (passes before the change too): a name right after the cue is its postposed subject', () => {
    expect(claimsOf('"The port stays shut," said Ilse Marrow, a harbour official.')).toEqual([['Ilse Marrow', 'said']]);
  });
});

describe('a plural common noun opening a quote is a forecast\'s subject, not a party binding itself', () => {
  it.each([
    '"Costs will keep climbing through the winter," Odile Farnham said.',
    '"Deliveries will continue to slip," Odile Farnham said.',
    '"Margins will hold up better than feared," Odile Farnham said.',
  ])('%s', (body) => {
    expect(kindsOf(body)).not.toContain('pledge');
  });

  it('guard (passes before the change too): a speaker\'s own "we will keep" still binds it', () => {
    expect(kindsOf('"We will keep searching until everyone is found," Odile Farnham said.')).toEqual(['pledge']);
  });
});

describe('a broadcast channel without a determiner before "that" is no part of the claim', () => {
  it.each([
    ['The junta said on air that it had dissolved parliament.', 'it had dissolved parliament'],
    ['Mirela Dusan said on state radio that the dam was holding.', 'the dam was holding'],
    ['Mirela Dusan said on national television on Sunday that the vote would go ahead.', 'the vote would go ahead'],
  ])('%s', (body, content) => {
    expect(parse(body).claims.map((c) => c.content)).toEqual([content]);
  });
});

describe('a quote opening on a capital after a clock or an abbreviation that can end a sentence starts a new sentence', () => {
  it.each([
    ['Shops must close from 9 p.m. to 5 a.m. "Nobody may leave home," Mirela Dusan said.', 'Nobody may leave home'],
    ['The parts were made in the U.K. "We never checked them," Mirela Dusan said.', 'We never checked them'],
  ])('%s', (body, content) => {
    expect(parse(body).claims.map((c) => c.content)).toEqual([content]);
  });

  it('guard (passes before the change too): a quoted word that is no sentence stays in its sentence', () => {
    expect(parse('The hearing opens at 10 a.m. "sharp", Mirela Dusan said.').claims.map((c) => c.content)).toEqual(['The hearing opens at 10 a.m. "sharp"']);
  });
});

describe('a participle after a clause a conjunction opens with its own subject is said by that subject', () => {
  it.each([
    ['The Unity Bloc claimed victory, but Interior Minister Sefa Orlov refused to concede, saying the tally was incomplete.', 'Sefa Orlov'],
    ['The Unity Bloc claimed victory, but the caretaker cabinet refused to concede, saying the tally was incomplete.', 'caretaker cabinet'],
  ])('%s', (body, speaker) => {
    const saying = claimsOf(body).filter(([, cue]) => cue === 'saying');
    expect(saying.map(([s]) => s)).toEqual([speaker]);
  });

  it('guard (passes before the change too): a body named as the second clause\'s subject speaks', () => {
    expect(claimsOf('Korvath Mining hailed the ruling, while the union representing its miners rejected it, saying the court had been misled.')).toContainEqual(['union', 'saying']);
  });

  it('guard (passes before the change too): a pronoun subject of the second clause still finds the speaker', () => {
    expect(claimsOf('Mara Lind claimed victory on Sunday, but she later refused to meet the rival, saying the count was rigged.')).toContainEqual(['Mara Lind', 'saying']);
  });
});
