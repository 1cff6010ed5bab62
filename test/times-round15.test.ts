// Round 15 classes of TimeML values, each on sentences written for this table in the styles of 2005-2012 airline,
// retailer and bank results, central-bank and economic releases, 1989-1998 wire copy with weekdays and clock times,
// court and legislative calendars, and retrospectives. Every triple failed before round 15, except the guards marked
// as such.
import { describe, expect, it } from 'vitest';
import { segmentText } from '../src/text/segment.js';
import { splitSentences } from '../src/text/sentences.js';
import { describeValueTables, type TimeCase as Case } from './helpers/time-tables.js';

const CLOCKS_CLOSING_A_SENTENCE: readonly Case[] = [
  // a clock closing its sentence before a capitalised word that is no weekday, month or zone: the next sentence's
  // day is not the clock's
  ['Bush will speak at 9 p.m. Congress meets Friday.', '1991-01-16', '9 p.m.', '1991-01-16T21:00'],
  ['The White House said the president would make a statement at 3 p.m. EST. Congress will reconvene Thursday.', '1991-01-16', '3 p.m. EST', '1991-01-16T15:00'],
  ['The governor will sign the bill at 11 a.m. Lawmakers return to the capital on Monday.', '1997-05-20', '11 a.m.', '1997-05-20T11:00'],
  ['guard (passes before the change too): The mayor will hold a news conference at 11 a.m. The council votes on Monday.', '1991-01-16', '11 a.m.', '1991-01-16T11:00'],
  ['guard (passes before the change too): Trading resumes at 9:30 a.m. Monday.', '1998-04-08', '9:30 a.m.', '1998-04-13T09:30'],
];

describeValueTables('round 15', {
  CLOCKS_CLOSING_A_SENTENCE,
});

describe('round 15: sentences after a clock time', () => {
  const split = (text: string) => splitSentences(text, segmentText(text)).map((s) => s.text);
  it('a capitalised word after "p.m." that is no day, month or zone opens a sentence', () => {
    expect(split('Bush will speak at 9 p.m. Congress meets Friday.')).toEqual(['Bush will speak at 9 p.m.', 'Congress meets Friday.']);
    expect(split('The vote ends at 5 p.m. EST. Results follow later.')).toEqual(['The vote ends at 5 p.m. EST.', 'Results follow later.']);
  });
  it('guard (passes before the change too): a weekday, zone or bracket after the clock goes on the sentence', () => {
    expect(split('They met at 3 p.m. Friday and left at 4 p.m. EDT.')).toHaveLength(1);
    expect(split('It starts at 8 p.m. New York time on Monday.')).toHaveLength(1);
    expect(split('The blast came at 9 a.m. (1400 GMT) near the port.')).toHaveLength(1);
  });
  it('guard (passes before the change too): a clock in a phrase opening the sentence goes on into it', () => {
    expect(split('At 10 a.m. President Bush arrived. Shortly after 3 p.m. Police arrived.')).toEqual(['At 10 a.m. President Bush arrived.', 'Shortly after 3 p.m. Police arrived.']);
  });
});
