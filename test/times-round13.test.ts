// Round 13 classes of TimeML values, each on sentences written for this table in the styles of 2000-2013 AP and
// Reuters wires, 1990s TimeBank-style newswire and broadcast transcripts, business previews and guidance, Wikinews
// reports written the day after, and historical retrospectives. Every triple failed before round 13, except the
// guards marked as such.
import { describe } from 'vitest';
import { describeValueTables, type TimeCase as Case } from './helpers/time-tables.js';

const AGO_WITHOUT_A_FIGURE: readonly Case[] = [
  // "a year ago" in a sentence that states no figure counts back from the telling, not from the quarter discussed
  ['Sales in the third quarter had risen 0.3 percent. Tesco issued its first profit warning in 20 years a year ago.', '2013-01-09', 'a year ago', '2012'],
  ['Profit rose 8% in the third quarter. A year ago, the company sold its shipping arm to a rival.', '2013-01-09', 'A year ago', '2012'],
  ['Revenue rose in the second half. The chain opened its first store in China a year ago.', '2013-01-09', 'a year ago', '2012'],
  ['guard (passes before the change too): Net income doubled in the fourth quarter. The bank named a new chief executive two years ago.', '2011-02-10', 'two years ago', '2009'],
  // a figure or a change in one keeps the comparison with the period discussed
  ['guard (passes before the change too): Net rose in the third quarter. A year ago, it earned $4 million.', '2013-01-09', 'A year ago', '2011-Q3'],
  ['guard (passes before the change too): Sales rose in October. A year ago, they slumped.', '1989-11-15', 'A year ago', '1988-10'],
  ['guard (passes before the change too): Orders this week were up 5% on a year ago.', '2025-11-04', 'a year ago', '2024-W45'],
];

describe('times, round 13', () => {
  describeValueTables('round 13', {
    '"ago" with no figure in its sentence': AGO_WITHOUT_A_FIGURE,
  });
});
