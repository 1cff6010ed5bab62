import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

/*
 * Claim classes found by the lead reading invented reports in round 25 (a storm response, a UN vote). Every sentence
 * here is invented and differs from the probe sentences the classes were found with.
 */

function claimsOf(body: string) {
  const r = parseArticle(`Invented report\n\n${body}`, { publishedAt: '2024-09-12' });
  const name = new Map(r.actors.map((a) => [a.id, a.name]));
  return r.claims.map((c) => ({ speaker: c.claimantId ? name.get(c.claimantId) ?? '' : '', cue: c.cue, content: c.content }));
}

describe('a subject with a relative aside before its cue is the speaker, never the content (content/subject-relative-aside)', () => {
  it.each([
    ['Marta Oyelaran, who heads the port authority, warned of delays.', 'Marta Oyelaran', 'delays'],
    ['The general, who returned from the front on Sunday, promised reinforcements.', 'general', 'reinforcements'],
    ['Tomas Reval, whose ministry runs the railways, promised new trains.', 'Tomas Reval', 'new trains'],
  ])('%s', (body, speaker, object) => {
    const claim = claimsOf(body).find((c) => c.speaker === speaker);
    expect(claim?.content).toContain(object);
    expect(claim?.content).not.toContain(speaker);
  });
});

describe('a clause joined by a conjunction whose subject has a relative aside is another source (claims/joined-clause-aside)', () => {
  it.each([
    ['The drivers\' union said the offer was an insult, while Castell Freight, which runs 400 lorries, said the offer was final.', 'Castell Freight', 'the offer was final', 'Castell'],
    ['Farmers said the levy would ruin them, but Ana Pereira, who drafted the bill, said most farms would pay nothing.', 'Ana Pereira', 'most farms would pay nothing', 'Pereira'],
  ])('%s', (body, second, secondContent, notInFirst) => {
    const claims = claimsOf(body);
    expect(claims.find((c) => c.content.startsWith(secondContent))?.speaker).toBe(second);
    expect(claims[0]?.content).not.toContain(notInFirst);
  });
});

describe('the name after an infinitive cue is its object, never its speaker (content/infinitive-cue-object; the second case is a guard, passing before the change too)', () => {
  it.each([
    ['Western envoys regretted that the text did not even mention Velmar, while Norway, which abstained, said the draft failed to condemn Arvid Holm.', 'Arvid Holm'],
    ['The inquiry\'s report stopped short of blaming anyone and chose not to criticise Orsolya Farkas.', 'Orsolya Farkas'],
  ])('%s', (body, object) => {
    expect(claimsOf(body).map((c) => c.speaker)).not.toContain(object);
  });
});
