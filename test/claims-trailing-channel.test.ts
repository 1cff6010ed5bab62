import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

/*
 * The channel of a saying written after the claimed object ("confirmed the extension in a statement", "welcomed the
 * decision on Twitter") is no part of the content; a quote keeps its words. Invented names.
 */
function contents(text: string): string[] {
  return parseArticle(`Report\n\n${text}`, { publishedAt: '2019-03-29' }).claims.map((c) => c.content);
}

describe('a channel after the claimed object', () => {
  it.each([
    ['The Varen Front confirmed the extension in a statement.', 'the extension'],
    ['Tomas Korvel denied the report in an interview on Monday.', 'the report'],
    ['Ana Ruiz welcomed the decision on Twitter.', 'the decision'],
    ['Lena Okafor confirmed the deal at a news conference.', 'the deal'],
  ])('%s', (text, content) => {
    expect(contents(text)).toEqual([content]);
  });
});
