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

describe('a deadline or a "since" clause does not replace the period a results report discusses', () => {
  const report = (aside: string) =>
    `Thursday, November 6, 2008\n\nVelmar Air on Wednesday reported a net loss of 40 million euros for the third quarter${aside}.\n\nThe loss compared with a profit of 8 million euros in the same period a year earlier.`;
  it.each([
    [', and said it would cut 300 jobs by the end of next year'],
    [', its worst result since it was privatised in 1996'],
    [' and said it would close two depots by 2010'],
    [', the first loss since the company listed in 2004'],
  ])('%s', (aside) => {
    const parsed = parseArticle(`Invented report\n\n${report(aside)}`);
    expect(parsed.times.find((t) => t.text === 'the same period a year earlier')?.value).toBe('2007-Q3');
  });
  it('guard (passes before the change too): with nothing between, the quarter a year back', () => {
    const parsed = parseArticle(`Invented report\n\n${report('')}`);
    expect(parsed.times.find((t) => t.text === 'the same period a year earlier')?.value).toBe('2007-Q3');
  });
});

describe('a bare verb after a past "did" and a negation keeps the past', () => {
  // reports of Thursday, February 11, 2016: the nearest Saturday is the coming one
  const onThursday = (body: string) => parseArticle(`Invented report\n\n${body}`, { publishedAt: '2016-02-11' }).times.map((t) => ({ text: t.text, value: t.value }));
  it.each([
    ['"I did not do well on Saturday night, and that will never happen again," he told supporters.', 'Saturday night', '2016-02-06TNI'],
    ['The team didn\'t do enough on Saturday.', 'Saturday', '2016-02-06'],
    ['They did not have a chance on Saturday.', 'Saturday', '2016-02-06'],
  ])('%s', (body, text, value) => {
    expect(onThursday(body)).toContainEqual({ text, value });
  });
  it('guard (passes before the change too): a present "does not" keeps the coming day', () => {
    expect(onThursday('The shop does not do business on Saturday.')).toContainEqual({ text: 'Saturday', value: '2016-02-13' });
  });
});
