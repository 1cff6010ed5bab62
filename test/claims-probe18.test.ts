import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

/*
 * Round 16 (claims18): invented conflict and diplomacy reports with ministries' press releases, 2016 campaign
 * surrogates, company guidance with analysts' notes, UN agencies' appeals and court and prosecutor statements. Every
 * sentence is invented; each positive row failed before its fix, guards are labelled.
 */

function claimsOf(text: string, publishedAt = '2016-10-16') {
  const parsed = parseArticle(text, { publishedAt });
  const name = (id: string | null) => parsed.actors.find((a) => a.id === id)?.name ?? null;
  return parsed.claims.map((c) => ({ claimant: name(c.claimantId), cue: c.cue, kind: c.kind, content: c.content }));
}

describe('a modal cue inside an earlier cue\'s clause is predicted, no claim (claims/predicted-saying)', () => {
  it.each([
    ['The ministry called the shelling "an act of aggression" and said its forces would respond to any further attack.', ['called', 'said']],
    ['The rebels described the raid as "a massacre" and said Commander Ali Musa would reply to any attack.', ['described', 'said']],
  ])('%s', (text, cues) => {
    expect(claimsOf(text).map((c) => c.cue)).toEqual(cues);
  });

  it('guard (passes before the change too): a cue right after its own subject still claims', () => {
    expect(claimsOf('Lee said the rebels had attacked the town, and the army said it had repelled them.').map((c) => c.cue)).toEqual(['said', 'said']);
  });
});

describe('what a reply answers is no word of it (claims/reply-stimulus-only)', () => {
  it.each([
    ['The army responded to the attack with airstrikes on rebel positions.'],
    ['The police responded to the riot with water cannon.'],
    ['The government responded to the strike within hours.'],
  ])('%s', (text) => {
    expect(claimsOf(text)).toEqual([]);
  });

  it('guard (passes before the change too): a reply with a quote after a colon claims the quote', () => {
    expect(claimsOf('The ministry responded to the report in a statement: "These claims are false."').map((c) => c.claimant)).toEqual(['ministry']);
  });
});

describe('"The statement said" after a saying "in a statement" is the speaker\'s (speaker/statement-of-channel)', () => {
  it.each([
    ['In a statement, the army said its troops had repelled the attack. The statement added that three soldiers had been wounded.', 'army'],
    ['The Interior Ministry said in a press release that 40 suspects had been arrested. The statement said they would be charged on Monday.', 'Interior Ministry'],
    ['The Interior Ministry issued a communique on Tuesday. The statement said 40 suspects had been arrested.', 'Interior Ministry'],
  ])('%s', (text, claimant) => {
    const claims = claimsOf(text);
    expect(claims[claims.length - 1]?.claimant).toBe(claimant);
  });

  it('guard (passes before the change too): a statement by a named author is the author\'s', () => {
    expect(claimsOf('A statement from the Interior Ministry said 40 suspects had been arrested.').map((c) => c.claimant)).toEqual(['Interior Ministry']);
  });
});

describe('a commentator\'s employer named before the staff noun is no "the company" (speaker/commentator-employer-before)', () => {
  it.each([
    ['Kessler Brewing reported a rise in profit on Tuesday. Goldman Sachs analyst Tom Reyes said the results beat his forecast. The company said it would raise its dividend.', 'Kessler Brewing'],
    ['Velmar Motors cut its outlook on Monday. Nomura chief economist Ana Lee said demand was weak. The company said it would close a plant.', 'Velmar Motors'],
  ])('%s', (text, claimant) => {
    const claims = claimsOf(text);
    expect(claims[claims.length - 1]?.claimant).toBe(claimant);
  });
});

describe('the speaker\'s next act after "and" is no part of the claim (content/speaker-next-act)', () => {
  it.each([
    ['The Justice Department said it was reviewing the ruling and declined to comment further.', 'it was reviewing the ruling'],
    ['Analysts at Jefferies said the cut was deeper than expected and lowered their price target on the stock.', 'the cut was deeper than expected'],
    ['Morgan Stanley said margins would shrink next year and cut its rating on the shares to underweight.', 'margins would shrink next year'],
  ])('%s', (text, content) => {
    expect(claimsOf(text).map((c) => c.content)).toEqual([content]);
  });

  it('guard (passes before the change too): a third party declining stays in the claim', () => {
    expect(claimsOf('Officials said the rebels declined to comment.').map((c) => c.content)).toEqual(['the rebels declined to comment']);
  });
});

describe('a third party\'s refusal is no rejection of the speaker (kind/refusal-of-speaker)', () => {
  it.each([
    ['A police spokesman said two men had been detained and refused to give their names.'],
    ['Officials said the rebels refused to hand over their weapons.'],
    ['Ana Lee said the company had refused to pay the fine.'],
  ])('%s', (text) => {
    expect(claimsOf(text).map((c) => c.kind)).not.toContain('rejection');
  });

  it('guard (passes before the change too): the speaker\'s own refusal is a rejection', () => {
    expect(claimsOf('The ministry said it refused to negotiate with terrorists.').map((c) => c.kind)).toEqual(['rejection']);
  });
});
