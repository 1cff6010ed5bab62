import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

/*
 * "Bank of Velmar chief executive Tom Reyes": a role written after an organisation whose name ends in "of X" or
 * "for X" is the role alone; the capitalised words after "of" end the organisation's name. Invented names.
 */
function titlesOf(text: string, name: string): string[] | undefined {
  return parseArticle(`Report\n\n${text}`, { publishedAt: '2008-09-15' }).actors.find((a) => a.name === name)?.titles;
}

describe('a role after an organisation named with "of" or "for"', () => {
  it.each([
    ['Bank of America chief executive Tom Reyes called the deal an opportunity.', 'Tom Reyes', ['chief executive']],
    ['Ministry of Transport spokeswoman Ana Lima said the line would reopen.', 'Ana Lima', ['spokeswoman']],
    ['guard (passes before the change too): State Department spokesman Ned Price said the talks went well.', 'Ned Price', ['State Department spokesman']],
  ])('%s', (text, name, titles) => {
    expect(titlesOf(text.replace(/^guard \(passes before the change too\): /, ''), name)).toEqual(titles);
  });
});
