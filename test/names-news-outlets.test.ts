import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

/*
 * News outlets cited as sources under names a tagger misses ("The Guardian", "The Economist", "Al Jazeera") are
 * organisations and can claim. Invented sentences.
 */
function speakers(text: string): string[] {
  const parsed = parseArticle(`Report\n\n${text}`, { publishedAt: '2017-06-22' });
  return parsed.claims.map((c) => parsed.actors.find((a) => a.id === c.claimantId)?.name ?? '-');
}

describe('news outlets as sources', () => {
  it.each([
    ['According to The Guardian, in total about 200 people have been arrested.', ['The Guardian']],
    ['The Economist reported that the bank had lost $2 billion.', ['The Economist']],
    ['guard (passes before the change too): Al Jazeera said its reporter had been detained in Cairo.', ['Al Jazeera']],
    ['The crash was first reported by The Telegraph, which said 12 people had died.', ['The Telegraph']],
  ])('%s', (text, expected) => {
    expect(speakers(text.replace(/^guard \(passes before the change too\): /, ''))).toEqual(expected);
  });
});
