// Round 10 classes of TimeML values, each on sentences written for this table in the styles of TimeML newswire
// (1989-1998 WSJ and AP business, markets and political wire, 2012-2013 markets reports). Every triple failed before
// round 10, except the guards marked as such.
import { describe } from 'vitest';
import { describeNotTimes, describeValueTables, type TimeCase as Case } from './helpers/time-tables.js';

const MEETING_RECORDS: readonly Case[] = [
  // the record of a meeting is no length of time, and the month of the meeting it records is over
  ['Minutes of the Fed\'s July meeting, due out on Wednesday, could offer clues.', '2013-08-20', 'July', '2013-07'],
  ['Minutes of the central bank\'s March meeting will be published on Tuesday.', '2012-04-02', 'March', '2012-03'],
  ['A review of the March crash will be published next week.', '2013-08-20', 'March', '2013-03'],
  ['The aftermath of the May floods will shape the budget.', '1998-06-20', 'May', '1998-05'],
  ['The transcript of the June hearing will be released on Friday.', '1997-09-02', 'June', '1997-06'],
];

const MEETING_RECORD_GUARDS: readonly Case[] = [
  // guards (passes before the change too): a happening still to come, a length before "of", a past clause
  ['guard (passes before the change too): The Fed will decide at its September meeting.', '2013-08-20', 'September', '2013-09'],
  ['guard (passes before the change too): The party will contest the November elections.', '2013-01-20', 'November', '2013-11'],
  ['guard (passes before the change too): The bomb went off within minutes of the ceremony.', '2013-08-20', 'minutes', 'PTXM'],
  ['guard (passes before the change too): The Fed\'s minutes of its June meeting showed division.', '2013-08-20', 'June', '2013-06'],
];

const QUARTER_LENGTHS: readonly Case[] = [
  // a stretch counted in quarters of a year: P3Q, as TimeML taggers of newswire write it
  ['Profit has fallen in the past three quarters.', '1998-03-10', 'the past three quarters', 'P3Q'],
  ['Earnings rose for three straight quarters.', '1989-10-25', 'three straight quarters', 'P3Q'],
  ['The economy shrank for two consecutive quarters.', '2009-02-01', 'two consecutive quarters', 'P2Q'],
  ['Sales have declined four quarters in a row.', '2001-07-11', 'four quarters', 'P4Q'],
  ['The company expects losses over the next two quarters.', '1990-01-20', 'the next two quarters', 'P2Q'],
  ['The bank has beaten estimates in each of the last eight quarters.', '2013-04-15', 'the last eight quarters', 'P8Q'],
  ['Margins narrowed during the previous four quarters.', '1997-11-03', 'the previous four quarters', 'P4Q'],
];

const TRADING_DAYS: readonly Case[] = [
  // trading sessions counted back or ahead from now are days, like "five straight sessions"
  ['The market fell in five of the previous six sessions.', '1989-10-25', 'the previous six sessions', 'P6D'],
  ['Stocks have gained in the past two sessions.', '2012-06-05', 'the past two sessions', 'P2D'],
  ['Prices may swing over the next three sessions, traders said.', '1998-08-28', 'the next three sessions', 'P3D'],
  ['guard (passes before the change too): Shares rose for five straight sessions.', '1998-08-28', 'five straight sessions', 'P5D'],
];

const COUPLE_WITH_ADJECTIVE: readonly Case[] = [
  // an adjective between "a" and "couple of" keeps the count of two
  ['"We\'ve had a rough couple of weeks," one trader said.', '1989-10-25', 'a rough couple of weeks', 'P2W'],
  ['It was a busy couple of months for the company.', '2008-05-12', 'a busy couple of months', 'P2M'],
  ['After a difficult couple of years, the airline returned to profit.', '1995-03-01', 'a difficult couple of years', 'P2Y'],
];

const THE_YEAR_NOW: readonly Case[] = [
  // "the year" of a present or future clause is the report's year, not a past year named before it
  ['The fund lost 9% in 1994. It is up 12% so far for the year.', '1995-08-01', 'the year', '1995'],
  ['Stocks plunged in 1987. The index is up 18% for the year.', '1989-10-20', 'the year', '1989'],
  ['Net rose 5% in 1988. For the year, the company expects a loss.', '1989-10-20', 'the year', '1989'],
  ['The bank lost money in 2008. It will return to profit for the year, analysts say.', '2010-03-15', 'the year', '2010'],
];

const THE_YEAR_GUARDS: readonly Case[] = [
  // guards (passes before the change too): an earnings sentence in the past keeps the year discussed
  ['guard (passes before the change too): The Dow fell 508 points on Oct. 19, 1987. The index has recovered, and its gains for the year now total 25%.', '1989-10-20', 'the year', '1989'],
  ['guard (passes before the change too): Net rose 5% in 1988. For the year, revenue rose 8%.', '1989-02-20', 'the year', '1988'],
  ['guard (passes before the change too): Net rose 5% in 1988. Revenue for the year was $3 billion.', '1989-02-20', 'the year', '1988'],
];

describeValueTables('times round 10', {
  'records of meetings': MEETING_RECORDS,
  'records of meetings, guards': MEETING_RECORD_GUARDS,
  'lengths in quarters': QUARTER_LENGTHS,
  'trading days counted back or ahead': TRADING_DAYS,
  'a couple with an adjective': COUPLE_WITH_ADJECTIVE,
  'the year of a present clause': THE_YEAR_NOW,
  'the year of a past clause, guards': THE_YEAR_GUARDS,
});

describe('times round 10: no time', () => {
  describeNotTimes('records and fractions', [
    ['Minutes of the Fed\'s July meeting, due out on Wednesday, could offer clues.', 'Minutes'],
    ['Investors pored over minutes of the central bank\'s last meeting.', 'minutes'],
    ['guard (passes before the change too): Three quarters of the vote was counted.', 'quarters'],
    ['guard (passes before the change too): He won three quarters of the seats in the past two elections.', 'quarters'],
    ['guard (passes before the change too): Over the past two sessions of Congress, little passed.', 'sessions'],
  ], '2013-08-20');
});
