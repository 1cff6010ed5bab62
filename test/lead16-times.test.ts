import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

/*
 * A time class found by the lead reading invented reports in round 16 (a campaign's Sunday shows). Every sentence is
 * invented; the reports are dated Monday, August 15, 2016.
 */

function timesOf(body: string): { text: string; value: string }[] {
  const parsed = parseArticle(`Invented report\n\n${body}`, { publishedAt: '2016-08-15' });
  return parsed.times.map((t) => ({ text: t.text, value: t.value }));
}

describe('a programme named in quotes is no time, even when its title holds a time word', () => {
  it.each([
    ['Ana Ruiz said on ABC\'s "This Week" that the campaign would not release the papers.', 'This Week'],
    ['Tom Reed told "Fox News Sunday" that the party was united.', 'Sunday'],
    ['The senator told CBS\' "60 Minutes" that he would vote for the bill.', '60 Minutes'],
    ['The governor said on NBC\'s "Today" show that she agreed.', 'Today'],
  ])('%s', (body, word) => {
    expect(timesOf(body).filter((t) => t.text.includes(word))).toEqual([]);
  });

  it.each([
    ['guard (passes before the change too): a day named outside the quote keeps its value', 'Ana Ruiz appeared on "Meet the Press" on Sunday.', 'Sunday', '2016-08-14'],
    ['guard (passes before the change too): a quoted phrase of speech, not in title case, keeps its time', 'Tom Reed said the vote was "due this week" and would pass.', 'this week', '2016-W33'],
  ])('%s', (_, body, text, value) => {
    expect(timesOf(body)).toContainEqual({ text, value });
  });
});
