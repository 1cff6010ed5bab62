import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

/*
 * A stock market index is no actor or place, whether its index noun is written in lower case ("the Kospi index") or
 * capitalised as part of its name ("the Nikkei Stock Average", "the Taiex Composite Index"). Invented sentences.
 */
function names(text: string): string[] {
  const parsed = parseArticle(`Markets\n\n${text}`, { publishedAt: '1998-06-15' });
  return [...parsed.actors, ...parsed.places].map((r) => r.name);
}

describe('an index named with a capitalised index noun', () => {
  it.each([
    ['The 225-issue Nikkei Stock Average fell 431 points on Monday.', 'Nikkei'],
    ['guard (passes before the change too): Traders in Velmar sold banks, and the Orvane Stock Average ended 20 points lower.', 'Orvane'],
    ['guard (passes before the change too): The Kospi Composite Index lost 2 percent as the won weakened.', 'Kospi'],
  ])('%s', (text, index) => {
    expect(names(text.replace(/^guard \(passes before the change too\): /, ''))).not.toContain(index);
  });
});
