import { describe, expect, it } from 'vitest';
import { refineKind } from '../src/extract/claim/kind.js';
import { parseArticle } from '../src/index.js';
import { FIGURATIVE_VICTIMS, HARM_DONE_WORDS, INFERENCE_WORDS } from '../src/nlp/lexicon/claim-kinds.js';

/*
 * Kinds of claims (round 7): conventions a general rule over the cue and the claimed clause can express. Every
 * clause here is invented; each positive row failed before its rule.
 */

function kindOf(text: string, start: string): string | undefined {
  const parsed = parseArticle(text, { publishedAt: '2016-05-04' });
  return parsed.claims.find((c) => c.content.startsWith(start))?.kind;
}

describe('a claim or an allegation asserts a fact', () => {
  it.each([
    ['Norvik claimed that its new tablet will outsell every rival by Christmas.', 'its new tablet', 'statement'],
    ['The lawsuit alleges that the firm must have known about the defect.', 'the firm must have known', 'statement'],
    ['Prosecutors allege that the men plan to smuggle weapons across the border.', 'the men plan to smuggle', 'statement'],
    ['Senator Ruth Dale said that we will provide the funds by May.', 'we will provide', 'pledge'],
  ])('%s', (text, start, kind) => {
    expect(kindOf(text, start)).toBe(kind);
  });

  it('keeps a claim neutral whatever its clause says', () => {
    expect(refineKind('statement', 'we will provide the funds', [], 'claimed')).toBe('statement');
    expect(refineKind('statement', 'we will provide the funds', [], 'said')).toBe('pledge');
  });
});

describe('a harm that has happened is a report', () => {
  it.each([
    ['Mayor Ilse Varga said at least 14 people died when the ferry capsized.', 'at least 14 people died', 'report'],
    ['A police officer told reporters that the blast destroyed three shops.', 'the blast destroyed', 'report'],
    ['Activist Tomas Brenn said the two activists were arrested and tortured in custody.', 'the two activists were arrested', 'report'],
    ['Residents said the shelling caused widespread destruction in the old town.', 'the shelling caused', 'report'],
    ['Senator Ruth Dale said the bill was killed in committee by its own sponsors.', 'the bill was killed', 'statement'],
    ['Senator Ruth Dale said two people were dead but the merger was not dead yet.', 'two people were dead', 'report'],
    ['Senator Ruth Dale said the deal was dead.', 'the deal was dead', 'assessment'],
    ['Governor Ana Ruiz said that the storm will destroy the harbour if the wall fails.', 'the storm will destroy', 'warning'],
  ])('%s', (text, start, kind) => {
    expect(kindOf(text, start)).toBe(kind);
  });

  it('keeps its words as data with ids', () => {
    for (const list of [HARM_DONE_WORDS, FIGURATIVE_VICTIMS, INFERENCE_WORDS]) expect(list.id).toMatch(/^kind-words\//);
  });
});

describe('a feeling is the speaker\'s judgement only when it is the speaker\'s', () => {
  it.each([
    ['Coach Piet Halden said he was shocked by the decision.', 'he was shocked', 'statement'],
    // (a named third person's feeling is told as a report since round 23, `kind/told-state-of-others`)
    ['Attorney Jon Weller said Marlow was very happy with the verdict.', 'Marlow was very happy', 'report'],
    ['Coach Piet Halden said, "We are shocked by the decision."', 'We are shocked', 'assessment'],
    ['The Velmar Teachers Union said it was deeply disappointed by the offer.', 'it was deeply disappointed', 'assessment'],
  ])('%s', (text, start, kind) => {
    expect(kindOf(text, start)).toBe(kind);
  });
});

describe('comparisons and conclusions', () => {
  it.each([
    ['Interior Minister Lena Sorel said the queue had been much longer than two hours.', 'the queue had been', 'statement'],
    ['Interior Minister Lena Sorel said the situation was worse than a year ago.', 'the situation was worse', 'assessment'],
    ['Envoy Marco Tellini said the release shows that talks can still work.', 'the release shows', 'assessment'],
  ])('%s', (text, start, kind) => {
    expect(kindOf(text, start)).toBe(kind);
  });
});
