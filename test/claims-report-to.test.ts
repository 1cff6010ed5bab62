import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

/*
 * "Report to" a place or a superior is an act, not speech ("must report to prison", "the agency reports to the
 * ministry"); with "that" it reports, and the addressee, bare plural audiences included ("to police", "to
 * shareholders"), is no part of the claim. Invented names.
 */
function claims(text: string): [string, string][] {
  return parseArticle(`Report\n\n${text}`, { publishedAt: '2024-02-01' }).claims.map((c) => [c.cue, c.content]);
}

describe('reporting to someone or somewhere', () => {
  it.each([
    ['Tom Brandt was sentenced in May. Brandt must report to prison by March 3.', []],
    ['The Varen agency reports to the finance ministry.', []],
    ['Lena Okafor will report to her unit on Monday.', []],
    ['Ana Ruiz reported to police that her car had been stolen.', [['reported', 'her car had been stolen']]],
    ['Tom Brandt reported to prosecutors that the files were gone.', [['reported', 'the files were gone']]],
    ['Lena Okafor said to shareholders that the deal was fair.', [['said', 'the deal was fair']]],
    ['guard (passes before the change too): Lena Okafor reported to the board that profits fell.', [['reported', 'profits fell']]],
  ])('%s', (text, expected) => {
    expect(claims(text.replace(/^guard \(passes before the change too\): /, ''))).toEqual(expected);
  });
});
