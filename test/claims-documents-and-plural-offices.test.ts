import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

/*
 * Three sources of claims. Estimates and projections find like studies ("A projection by the Velmar Institute showed
 * ..."); a document owned by a body named with a common noun speaks for that body ("The ministry's report shows" is
 * the ministry's claim, not a speaker called "report"); members named inside an "including" aside with their home
 * states are not the subject, and holders of an office in the plural ("four conservative senators") speak as a
 * group. Invented names.
 */
function speakers(text: string): string[] {
  const parsed = parseArticle(`Report\n\n${text}`, { publishedAt: '2017-06-22' });
  return parsed.claims.map((c) => parsed.actors.find((a) => a.id === c.claimantId)?.name ?? '-');
}

describe('sources of findings and plural offices', () => {
  it.each([
    ['A projection by the Velmar Institute showed debt rising to 90 percent.', ['Velmar Institute']],
    ['guard (passes before the change too): An estimate by the Orvane Budget Office found that 23 million more people would be uninsured.', ['Orvane Budget Office']],
    ["The agency's projections show the deficit narrowing.", ['agency']],
    ["The ministry's report shows the deficit narrowing.", ['ministry']],
    ['At least four conservative senators, including Ann Ray of Ohio and Tom Dale of Texas, said they could not support the draft.', ['conservative senators']],
    ['guard (passes before the change too): Several mayors said the cuts went too far.', ['mayors']],
  ])('%s', (text, expected) => {
    expect(speakers(text.replace(/^guard \(passes before the change too\): /, ''))).toEqual(expected);
  });
});
