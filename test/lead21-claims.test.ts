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
