import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

/*
 * Claim and event classes found by the lead reading invented reports in round 18 (a massacre in a Sahel village,
 * arrests of officials, a court freeing an activist). Every sentence here is invented.
 */

const HEAD = 'Invented report\n\nTuesday, February 16, 2021\n\n';

function parsed(body: string) {
  return parseArticle(HEAD + body, { publishedAt: '2021-02-16' });
}

function claimsOf(body: string) {
  const p = parsed(body);
  const name = (id: string | null) => p.actors.find((a) => a.id === id)?.name ?? null;
  return p.claims.map((c) => ({ claimant: name(c.claimantId), cue: c.cue, content: c.content }));
}

describe('a participle of accusing or blaming followed at once by its preposition is passive: nobody named claims it', () => {
  it.each([
    ['Police in Lagos arrested a former oil minister accused of stealing public funds.'],
    ['Three prison guards accused of torturing inmates were suspended by the army on Monday.'],
    ['Police questioned two pilots criticised for flying too low over the crowd.'],
  ])('%s', (body) => {
    expect(claimsOf(body).filter((c) => /^(?:accused|criticised)$/.test(c.cue))).toEqual([]);
  });

  it('the speaker of a later cue in the sentence is the subject, not the accused noun', () => {
    const claims = claimsOf('The Dogon militia Ogo Dana, a group accused of attacks on herders, denied any involvement on Monday.');
    expect(claims.map((c) => [c.cue, c.content])).toEqual([['denied', 'any involvement']]);
  });

  it('guard (passes before the change too): an active accusation with its object is a claim', () => {
    expect(claimsOf('Opposition leader Ana Costa accused the army of stealing public funds.').map((c) => [c.claimant, c.cue])).toEqual([['Ana Costa', 'accused']]);
  });
});

function eventsOf(body: string) {
  return parsed(body).events.map((e) => ({ type: e.type, trigger: e.trigger.text }));
}

describe('massacres, slaughter and slayings are casualty events', () => {
  it.each([
    ['Soldiers massacred 40 protesters in Harare on Monday.', 'massacred'],
    ['About 60 villagers were massacred by militiamen in the north last week.', 'massacred'],
    ['Two aid workers were slain near Goma on Friday.', 'slain'],
    ['Gunmen slaughtered 12 farmers in their fields on Sunday.', 'slaughtered'],
  ])('%s', (body, trigger) => {
    expect(eventsOf(body)).toContainEqual({ type: 'casualty', trigger });
  });
});
