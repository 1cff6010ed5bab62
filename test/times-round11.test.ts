// Round 11 classes of TimeML values, each on sentences written for this table in the styles of TimeML newswire
// (1989-1998 WSJ, AP and CNN business, markets and political copy) and Wikinews business and conflict reports.
// Every triple failed before round 11, except the guards marked as such.
import { describe } from 'vitest';
import { describeNotTimes, describeValueTables, type TimeCase as Case } from './helpers/time-tables.js';

const FISCAL_YEAR_PARTS: readonly Case[] = [
  // a quarter or half of a written fiscal year is one expression; with no fiscal calendar known it keeps the fiscal
  // numbering, as the TIDES guidelines write it (FY1990-Q1)
  ['The company earned $12 million in the first quarter of fiscal 1990, up from $9 million.', '1990-01-20', 'the first quarter of fiscal 1990', 'FY1990-Q1'],
  ['Profit in the second quarter of fiscal 1990 rose 8%.', '1990-02-10', 'the second quarter of fiscal 1990', 'FY1990-Q2'],
  ['Sales fell in fiscal 1991\'s second half, the company said.', '1991-05-20', 'fiscal 1991\'s second half', 'FY1991-H2'],
  ['Net fell in the second half of fiscal 1989.', '1990-05-20', 'the second half of fiscal 1989', 'FY1989-H2'],
  ['The retailer lost money in the fiscal 1989 fourth quarter.', '1990-03-02', 'the fiscal 1989 fourth quarter', 'FY1989-Q4'],
  ['Analysts expect a profit in the third quarter of fiscal year 1998.', '1997-11-04', 'the third quarter of fiscal year 1998', 'FY1998-Q3'],
];

const FISCAL_YEAR_PARTS_IN_CALENDAR: readonly Case[] = [
  // once the company's fiscal year is known to close in September, fiscal 1990 runs from October 1989
  ['Its fiscal year ends Sept. 30. Net fell in the first quarter of fiscal 1990.', '1990-05-20', 'the first quarter of fiscal 1990', '1989-Q4'],
  ['The company\'s fiscal year ends June 30. Revenue rose in fiscal 1998\'s second quarter.', '1998-02-12', 'fiscal 1998\'s second quarter', '1997-Q4'],
  ['Its fiscal year ends June 30. Sales rose in the first half of fiscal 2009.', '2009-02-14', 'the first half of fiscal 2009', '2008-H2'],
  // a fiscal half that straddles two calendar halves (April to September) keeps its fiscal numbering
  ['Its fiscal year ends March 31. Sales rose in the first half of fiscal 2009.', '2008-11-14', 'the first half of fiscal 2009', 'FY2009-H1'],
  // the closing date pins the calendar quarter of a part of a written fiscal year too
  ['Net fell in the fourth quarter of fiscal 1989, which ended Sept. 30.', '1990-05-20', 'the fourth quarter of fiscal 1989', '1989-Q3'],
];

const NAMED_OWNER_FISCAL_YEAR: readonly Case[] = [
  // after a possessive name, "fiscal year" with a closing date is pinned by the date like "its fiscal year"
  ['Delta\'s fiscal year ends June 30.', '1990-04-19', 'fiscal year', 'FY1990'],
  ['The carrier\'s fiscal year ended Sept. 30, and profit fell.', '1990-01-12', 'fiscal year', 'FY1989'],
  ['guard (passes before the change too): Its fiscal year ended Sept. 30, and profit fell.', '1990-01-12', 'Its fiscal year', 'FY1989'],
];

const FISCAL_YEAR_GUARDS: readonly Case[] = [
  ['guard (passes before the change too): The company earned $12 million in the first quarter of 1990.', '1990-05-20', 'the first quarter of 1990', '1990-Q1'],
  ['guard (passes before the change too): Earnings in the fiscal second quarter rose 12%.', '1990-01-20', 'second quarter', '1989-Q4'],
  ['guard (passes before the change too): Vantix earned $40 million in fiscal 1989.', '1990-02-10', 'fiscal 1989', 'FY1989'],
];

const THE_FISCAL_YEAR: readonly Case[] = [
  // "the fiscal year" alone is the fiscal year named in the sentences before it
  ['Vantix earned $40 million in fiscal 1989. In the fiscal year, sales rose 12%.', '1990-02-10', 'the fiscal year', 'FY1989'],
  ['Revenue for fiscal 1997 was $2.1 billion. The company cut 900 jobs during the fiscal year.', '1997-12-01', 'the fiscal year', 'FY1997'],
  ['Its fiscal year ends Sept. 30. Vantix expects a loss for the fiscal year.', '1990-02-10', 'the fiscal year', 'FY1990'],
  ['guard (passes before the change too): For the fiscal year ended June 30, the utility earned $88 million. Sales in the fiscal year rose 4%.', '1998-08-14', 'the fiscal year', 'FY1998'],
];

const YEAR_SO_FAR: readonly Case[] = [
  // "the first nine months" are this year's even after a year still to come or a year long past was named
  ['Analysts said more cuts are likely early next year. In the first nine months, Chemex earned $131 million, down from $158 million in the year-earlier period.', '1989-11-02', 'the year-earlier period', '1988'],
  ['The carmaker expects a recovery in 1999. For the first six months, it lost $40 million, against a profit in the year-earlier period.', '1998-08-05', 'the year-earlier period', '1997'],
  ['It closed two plants in 1987. In the first nine months, Chemex earned $131 million, down from $158 million in the year-earlier period.', '1989-11-02', 'the year-earlier period', '1988'],
  ['guard (passes before the change too): Net fell in August. For the nine months, the company earned $4 million, against $9 million in the year-earlier period.', '1989-10-27', 'the year-earlier period', '1988'],
  ['guard (passes before the change too): For 1989, net rose 8%. In the first nine months, it rose 5% from the year-earlier period.', '1990-01-25', 'the year-earlier period', '1988'],
];

const CLOCK_ZONES: readonly Case[] = [
  // a clock time keeps its zone word in the span; the value is the local clock
  ['The talks will resume at 3 p.m. EST on Friday.', '1998-03-10', '3 p.m. EST', '1998-03-13T15:00'],
  ['The quake struck at 4:12 a.m. PST.', '1998-03-10', '4:12 a.m. PST', '1998-03-10T04:12'],
  ['Trading opens at 9:30 a.m. Eastern time.', '2012-06-05', '9:30 a.m. Eastern time', '2012-06-05T09:30'],
  // four digits with "local time" or a zone are a clock, not a year
  ['Polls close at 1900 local time.', '2011-10-05', '1900 local time', '2011-10-05T19:00'],
  ['The ceasefire took effect at 0600 local time (0300 GMT).', '1998-03-10', '0600 local time', '1998-03-10T06:00'],
  ['Markets in Frankfurt closed at 1730 CET.', '2009-04-22', '1730 CET', '2009-04-22T17:30'],
  ['The deadline expired at midnight EST Tuesday.', '1991-01-18', 'midnight EST', '1991-01-15T24:00'],
  ['The truce begins at noon GMT on Friday.', '2012-03-14', 'noon GMT', '2012-03-16T12:00Z'],
  ['guard (passes before the change too): The ceasefire took effect at 0600 GMT.', '1998-03-10', '0600 GMT', '1998-03-10T06:00Z'],
  ['guard (passes before the change too): The plane left at 10:30 a.m. local time.', '1998-03-10', '10:30 a.m. local time', '1998-03-10T10:30'],
];

const SUBJECT_IN_S_BEFORE_WEEKDAY: readonly Case[] = [
  // a plural noun before "on <weekday>" is the subject when a past verb or an auxiliary follows the day
  ['Syrian government forces on Tuesday regained control of the city.', '2012-03-14', 'Tuesday', '2012-03-13'],
  ['Rebel forces on Monday captured the airport.', '2012-03-14', 'Monday', '2012-03-12'],
  ['Government forces on Sunday reportedly shelled the town.', '2011-10-05', 'Sunday', '2011-10-02'],
  ['Relief agencies on Friday said the road had reopened.', '1998-03-10', 'Friday', '1998-03-06'],
  ['guard (passes before the change too): Security forces on Friday will begin a new offensive.', '2012-03-14', 'Friday', '2012-03-16'],
  ['guard (passes before the change too): Parliament votes on Friday on the budget.', '2012-03-14', 'Friday', '2012-03-16'],
  ['guard (passes before the change too): Protesters on Sunday marched through the capital.', '2012-03-14', 'Sunday', '2012-03-11'],
];

const AHEAD_OF_HAPPENING: readonly Case[] = [
  // a weekday or month naming a happening after "ahead of", "on the eve of", "in the run-up to" is still to come
  ['Ahead of Sunday\'s anniversary, opposition groups called for protests.', '2012-03-14', 'Sunday', '2012-03-18'],
  ['The army deployed tanks ahead of Friday\'s protests.', '2012-03-14', 'Friday', '2012-03-16'],
  ['Stocks slipped on Monday ahead of Wednesday\'s Fed decision.', '2013-08-20', 'Wednesday', '2013-08-21'],
  ['In the run-up to Friday\'s summit, diplomats met in Geneva.', '1998-03-10', 'Friday', '1998-03-13'],
  ['On the eve of Saturday\'s talks, the rebels freed two hostages.', '1997-12-18', 'Saturday', '1997-12-20'],
  ['On the eve of May\'s election, the president resigned.', '2012-03-14', 'May', '2012-05'],
  ['guard (passes before the change too): Polls ahead of Sunday\'s vote had shown a close race.', '2012-03-14', 'Sunday', '2012-03-11'],
  ['guard (passes before the change too): The army deployed tanks before Friday\'s protests.', '2012-03-14', 'Friday', '2012-03-09'],
];

const RANGE_ENDS: readonly Case[] = [
  // the second end of a range of days is the first such day on or after the first end
  ['Next month, the Fed\'s policy committee meets for the first time since June 30-July 1, and economists said a cut could come.', '1998-08-28', 'July 1', '1998-07-01'],
  ['Prices have been falling since Jan. 15-16, when the talks collapsed.', '1998-08-28', '16', '1998-01-16'],
  ['Since Jan. 30-31, the central bank has held rates.', '2013-08-20', '31', '2013-01-31'],
  ['guard (passes before the change too): The summit will be held between Dec. 30 and Jan. 2.', '1998-08-28', 'Jan. 2', '1999-01-02'],
  ['guard (passes before the change too): The strike lasted from Dec. 28 to Jan. 4.', '1998-08-28', 'Jan. 4', '1998-01-04'],
  ['guard (passes before the change too): Markets were closed on Aug. 3 and Aug. 7.', '1998-08-28', 'Aug. 7', '1998-08-07'],
];

const QUARTER_CLOSING_SPAN: readonly Case[] = [
  // "the three months to September" is the quarter closing then, not the year so far: the quarter discussed stays
  ['Revenue for the quarter rose 39 percent. The company sold 17 million phones in the three months to September, compared with 20 million in the previous quarter.', '2011-10-19', 'the previous quarter', '2011-Q2'],
  ['Profit for the quarter fell. Sales in the three months to June were flat, against a rise in the previous quarter.', '2008-07-24', 'the previous quarter', '2008-Q1'],
  ['guard (passes before the change too): Net fell in August. In the nine months to September, the company earned $4 million, against $9 million in the year-earlier period.', '1989-10-27', 'the year-earlier period', '1988'],
];

const FISCAL_YEAR_OF_A_PINNED_PART: readonly Case[] = [
  // a fiscal quarter pinned by its closing date says which fiscal year "the fiscal year" is
  ['Apple reported a profit for its fiscal fourth quarter, which ended on September 24. For the fiscal year, Apple earned $25.9 billion.', '2011-10-19', 'the fiscal year', 'FY2011'],
  ['The company earned $3 million in its fiscal first quarter, ended Sept. 30. It expects a profit for the fiscal year.', '1989-10-20', 'the fiscal year', 'FY1990'],
];

const RELATIVE_CLAUSE_MONTH: readonly Case[] = [
  // a month in a relative clause ("a strike that ended in May") dates its noun, not the period the report discusses
  ['Goodyear said second-quarter earnings fell 16%, reflecting a strike at a Canadian plant that ended in May. Net income dropped from $105.2 million in the 1988 period.', '1989-07-14', 'the 1988 period', '1988-Q2'],
  ['Profit in the third quarter fell 8%, hurt by a price war which began in August. Sales fell from the year-earlier period.', '1997-10-22', 'the year-earlier period', '1996-Q3'],
  ['guard (passes before the change too): Second-quarter profit fell. The company said that sales fell in May. Net income dropped from the 1988 period.', '1989-07-14', 'the 1988 period', '1988-05'],
];

const SISTER_HALF_COMPARED: readonly Case[] = [
  // a bare quarter or half compared with a later one of the same sentence ("similar to the first half") is in its year
  ['The company said it expects results in the second half to be similar to the first half.', '1989-07-14', 'the first half', '1989-H1'],
  ['Analysts expect fourth-quarter profit to be similar to the third quarter.', '1998-10-05', 'the third quarter', '1998-Q3'],
  ['guard (passes before the change too): Net rose 3% in the second quarter from the first quarter.', '1989-07-14', 'the first quarter', '1989-Q1'],
  ['guard (passes before the change too): Sales fell in the fourth quarter and are expected to recover in the first quarter.', '1989-07-14', 'the first quarter', '1990-Q1'],
];

const YEAR_AFTER_HAPPENING: readonly Case[] = [
  // a month-day before the noun of a happening and "in <year>" is in that year
  ['Central banks cut rates on Wednesday, the first such action since the September 11 attacks in 2001.', '2008-10-10', 'September 11', '2001-09-11'],
  ['The party has not won a seat since the March 3 vote in 2009.', '2012-02-01', 'March 3', '2009-03-03'],
  ['guard (passes before the change too): The vote is on March 3 in Ohio.', '2012-02-01', 'March 3', '2012-03-03'],
  ['guard (passes before the change too): The talks will resume on March 3, as agreed in 2009.', '2012-02-01', 'March 3', '2012-03-03'],
];

const WEEKDAY_CHOICES: readonly Case[] = [
  // the second of two weekdays joined by "or", "-" or "to" is on or after the first
  ['Annan is expected to leave on Thursday or Friday and stay for two or three days.', '1998-02-13', 'Friday', '1998-02-20'],
  ['The minister will visit on Tuesday or Wednesday, officials said.', '2012-03-14', 'Wednesday', '2012-03-21'],
  ['The festival will run Saturday to Monday.', '2010-05-17', 'Monday', '2010-05-24'],
  ['guard (passes before the change too): The ministers met on Thursday or Friday, aides said.', '1998-02-13', 'Friday', '1998-02-13'],
  ['guard (passes before the change too): Markets were closed on Monday and Friday.', '1998-02-11', 'Friday', '1998-02-06'],
];

describeValueTables('times round 11', {
  'a second weekday of a choice or stretch': WEEKDAY_CHOICES,
  'a happening dated by a year after its noun': YEAR_AFTER_HAPPENING,
  'a month in a relative clause': RELATIVE_CLAUSE_MONTH,
  'a sister part compared': SISTER_HALF_COMPARED,
  'the quarter closing a span of three months': QUARTER_CLOSING_SPAN,
  'the fiscal year of a pinned fiscal part': FISCAL_YEAR_OF_A_PINNED_PART,
  'the second end of a range of days': RANGE_ENDS,
  'a plural subject before a weekday': SUBJECT_IN_S_BEFORE_WEEKDAY,
  'a happening ahead': AHEAD_OF_HAPPENING,
  'parts of a written fiscal year': FISCAL_YEAR_PARTS,
  'parts of a written fiscal year in a known fiscal calendar': FISCAL_YEAR_PARTS_IN_CALENDAR,
  'fiscal parts, guards': FISCAL_YEAR_GUARDS,
  'a named owner\'s fiscal year': NAMED_OWNER_FISCAL_YEAR,
  '"the fiscal year" named before': THE_FISCAL_YEAR,
  'the year so far after a future or distant year': YEAR_SO_FAR,
  'clock times with zones': CLOCK_ZONES,
});

const LATER_FROM_A_DAY: readonly Case[] = [
  ['guard (passes before the change too): The plant closed on Jan. 5. It reopened two weeks later.', '1998-02-06', 'two weeks later', '1998-W04'],
  ['guard (passes before the change too): Sales fell in 1996. Two years later, they recovered.', '1998-02-06', 'Two years later', '1998'],
];

describeValueTables('times round 11, offsets', { 'counted from a day or year the text named': LATER_FROM_A_DAY });

describe('times round 11: offsets from a coarser time', () => {
  // "N days/weeks/months later" after a month or year: the day is not known, and counting from the report put it
  // in another period (after the report, for a past clause)
  describeNotTimes('no value', [
    ['U.N. inspectors left Iraq last November, and they returned two weeks later.', 'two weeks later'],
    ['The plant closed in March 1997. It reopened three days later.', 'three days later'],
    ['The mine closed in 1996. It reopened two months later.', 'two months later'],
    ['The company will open a plant in March. Two weeks later, it will open another.', 'Two weeks later'],
  ], '1998-02-06');
});

describe('times round 11: no time', () => {
  describeNotTimes('fiscal years and four-digit numbers', [
    ['guard (passes before the change too): The city has 1500 local residents.', '1500'],
    // "in the fiscal year just ended" moved to test/times-round12.test.ts: a past undated fiscal year is now the one
    // closed most recently (FY1989 here), round 12
    ['guard (passes before the change too): Vantix earned $40 million in fiscal 1989. It expects a loss in the fiscal year.', 'the fiscal year'],
    ['guard (passes before the change too): The fiscal year before, it lost money.', 'fiscal'],
  ], '1990-02-10');
});
