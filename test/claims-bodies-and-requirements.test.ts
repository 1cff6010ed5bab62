import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

/*
 * Two readings of a claim's subject and kind. (1) "The union said", "The committee said": compromise tags bodies as
 * actors like persons, but a body noun is no description of the person named before. (2) What a procedure needs
 * ("needs approval from regulators") and what a relative clause says must happen are no call of the speaker.
 * Invented names.
 */
function parse(text: string) {
  return parseArticle(`Report\n\n${text}`, { publishedAt: '2024-02-01' });
}

describe('a body noun opening the sentence is no description of the last person', () => {
  it.each([
    'Tomas Korvel said the plant must close by June. The union said wages must rise.',
    'Ana Ruiz said the bill would pass. The federation said it would appeal in May.',
  ])('%s', (text) => {
    const parsed = parse(text);
    const speakers = parsed.claims.map((c) => parsed.actors.find((a) => a.id === c.claimantId)?.name);
    expect(speakers.filter((s) => s !== undefined && /Korvel|Ruiz/.test(s))).toHaveLength(1);
  });
});

describe('requirements and relative clauses are no calls', () => {
  it.each([
    ['Korvel said the purchase, which needs approval from regulators, would be completed in 2025.', 'statement'],
    ['Korvel said the deal still needs shareholder approval.', 'statement'],
    ['Korvel said the factory, which must close by June under the law, would be sold.', 'statement'],
    ['guard (passes before the change too): Korvel said the plant must close by June.', 'call'],
    ['guard (passes before the change too): Korvel said the company needs to raise wages.', 'call'],
  ])('%s', (text, kind) => {
    expect(parse(text.replace(/^guard \(passes before the change too\): /, '')).claims.map((c) => c.kind)).toEqual([kind]);
  });
});
