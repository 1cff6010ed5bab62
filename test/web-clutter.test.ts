import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';
import { segmentText } from '../src/text/segment.js';

const kindOf = (line: string) => {
  const text = `A headline for the test\n\nThe first paragraph is a sentence.\n\n${line}\n\nThe last paragraph is a sentence.`;
  return segmentText(text).find((b) => text.slice(b.start, b.end) === line)?.kind;
};

// Invented lines in the shapes news sites print around an article's body.
const CLUTTER = [
  'By Marta Quiroga',
  'By Marta Quiroga and Tobias Lenk, Staff Writers',
  'BY ANDERS VIK | The Harbour Gazette',
  'RELATED: Ten things to know about the budget',
  'Read more: How the vote was counted',
];
const DATE_LINES = ['Updated 4:12 PM ET, Tue March 10, 2026', 'Published: 12 May 2025', 'Last updated on June 3, 2024 09:15'];
const BODY = [
  'By Friday the river had fallen two metres.',
  'By the end of the day, Tobias Lenk had resigned.',
  'Officials said more photos would be released: the archive holds 300.',
  'Related talks between the two unions began on Monday.',
];

describe('web clutter around the body', () => {
  it.each(CLUTTER)('reads %j as clutter', (line) => expect(kindOf(line)).toBe('boilerplate'));
  it.each(DATE_LINES)('reads %j as a dateline', (line) => expect(kindOf(line)).toBe('dateline'));
  it.each(BODY)('keeps %j as body text', (line) => expect(kindOf(line)).toBe('paragraph'));

  it('gives no actor for a byline, and pins the date of an "Updated" line', () => {
    const text = [
      'Council delays vote on tram line',
      'By Marta Quiroga and Tobias Lenk',
      'Updated 9:05 AM, May 14, 2025',
      'The city council postponed its vote on the tram line on Tuesday, the mayor said.',
    ].join('\n\n');
    const article = parseArticle(text);
    const names = article.actors.map((a) => a.name);
    expect(names).not.toContain('Marta Quiroga');
    expect(article.times.find((t) => t.text === 'Tuesday')?.value).toBe('2025-05-13');
  });
});
