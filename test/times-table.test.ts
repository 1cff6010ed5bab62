import { describe, expect, it } from 'vitest';
import { extractTimes } from '../src/extract/times.js';
import { segmentText } from '../src/text/segment.js';
import { splitSentences } from '../src/text/sentences.js';

function timesIn(text: string, referenceDate: string | null) {
  const blocks = segmentText(text);
  return extractTimes(text, splitSentences(text, blocks), { referenceDate, blocks }).times;
}

/** [sentence, reference date, expression as written, expected TimeML value] */
type Case = readonly [string, string, string, string];

const ABSOLUTE: readonly Case[] = [
  ['Talks ended on December 2.', '2025-12-03', 'December 2', '2025-12-02'],
  ['Talks ended on Dec. 2.', '2025-12-03', 'Dec. 2', '2025-12-02'],
  ['The deal was signed on 2 December 2025.', '2025-12-20', '2 December 2025', '2025-12-02'],
  ['The deal was signed on December 2, 2025, in Moscow.', '2025-12-20', 'December 2, 2025', '2025-12-02'],
  ['The form is dated 12/02/2025.', '2025-12-20', '12/02/2025', '2025-12-02'],
  ['The ruling is dated 25/12/2020.', '2021-01-20', '25/12/2020', '2020-12-25'],
  ['The photo is dated 7/8/07.', '2007-07-09', '7/8/07', '2007-07-08'],
  ['The file is dated 2025-12-02.', '2025-12-20', '2025-12-02', '2025-12-02'],
  ['Prices peaked in March 2008.', '2010-01-01', 'March 2008', '2008-03'],
  ['The plant opened in 2014.', '2015-06-01', '2014', '2014'],
  ['Crime fell sharply in the 1990s.', '2015-06-01', 'the 1990s', '199'],
  ['Growth slowed in the 2010s.', '2021-06-01', 'the 2010s', '201'],
  ["Music from the '90s returned.", '2021-06-01', "the '90s", '199'],
  ['Snow fell in mid-December.', '2025-12-20', 'mid-December', '2025-12'],
  ['The vote took place in late November.', '2025-12-03', 'late November', '2025-11'],
  ['He resigned in early 2009.', '2010-06-01', 'early 2009', '2009'],
  ['The firm was founded on the 2nd of December 2001.', '2010-06-01', 'the 2nd of December 2001', '2001-12-02'],
  ['The report appeared on April 2nd.', '2008-04-09', 'April 2nd', '2008-04-02'],
  ['Its shares were listed in September 2006.', '2007-06-09', 'September 2006', '2006-09'],
  ['The terms of the 1991 agreement still hold.', '2006-05-08', '1991', '1991'],
  ['Jobs was born on February 24, 1955.', '2011-10-06', 'February 24, 1955', '1955-02-24'],
  ['Revenue rose in fiscal 2009.', '2009-11-01', 'fiscal 2009', 'FY2009'],
  ['Such weapons spread in the 21st century.', '2015-06-01', 'the 21st century', '20'],
  ['The 2008 Beijing Olympic Games drew crowds.', '2008-09-01', '2008', '2008'],
  ['Shops closed on Christmas Day.', '2025-12-28', 'Christmas Day', '2025-12-25'],
  ['The city has been calm since the end of January.', '2009-03-17', 'the end of January', '2009-01'],
  ['The store has led the market since the beginning of the year.', '2008-04-09', 'the beginning of the year', '2008'],
];

const YEAR_ROLLOVER: readonly Case[] = [
  ['The broadcasts began on August 10.', '2015-08-21', 'August 10', '2015-08-10'],
  ['The plane made its maiden flight on 11 December.', '2010-01-25', '11 December', '2009-12-11'],
  ['The agreement is scheduled to be signed on September 2.', '2008-08-30', 'September 2', '2008-09-02'],
  ['The software will be available on June 17.', '2009-06-09', 'June 17', '2009-06-17'],
  ['Apple announced another event to be held on October 12.', '2005-10-04', 'October 12', '2005-10-12'],
  ['The talks ended on December 30.', '2026-01-02', 'December 30', '2025-12-30'],
  ['The summit will open on January 5.', '2025-12-20', 'January 5', '2026-01-05'],
  ['The law was passed in December.', '2026-01-10', 'December', '2025-12'],
  ['The election will be held in March.', '2025-12-03', 'March', '2026-03'],
  ['Lawmakers rejected the proposal in October.', '2004-11-24', 'October', '2004-10'],
  ['The shuffle was introduced in January.', '2005-09-07', 'January', '2005-01'],
  ['The company was founded on February 29.', '2025-06-01', 'February 29', '2024-02-29'],
  ['The market reopened on February 29.', '2024-03-02', 'February 29', '2024-02-29'],
  ['The vote will take place on February 29.', '2027-01-10', 'February 29', '2028-02-29'],
  ['The airliner arrives on November 11, three days late.', '2005-11-05', 'November 11', '2005-11-11'],
];

const RELATIVE_DAYS: readonly Case[] = [
  ['Talks ended yesterday.', '2025-12-03', 'yesterday', '2025-12-02'],
  ['Talks resume today.', '2025-12-03', 'today', '2025-12-03'],
  ['The president speaks tonight.', '2025-12-03', 'tonight', '2025-12-03TNI'],
  ['Talks resume tomorrow.', '2025-12-03', 'tomorrow', '2025-12-04'],
  ['Fireworks lit the sky yesterday.', '2026-01-01', 'yesterday', '2025-12-31'],
  ['The market reopens tomorrow.', '2025-12-31', 'tomorrow', '2026-01-01'],
  ['He left yesterday.', '2024-03-01', 'yesterday', '2024-02-29'],
  ['He left yesterday.', '2023-03-01', 'yesterday', '2023-02-28'],
  ['The shop was robbed last night.', '2025-12-03', 'last night', '2025-12-02TNI'],
  ['He spoke yesterday morning.', '2025-12-03', 'yesterday morning', '2025-12-02TMO'],
  ['It happened the day before yesterday.', '2025-12-03', 'the day before yesterday', '2025-12-01'],
  ['Apple announced the change this morning.', '2008-01-09', 'this morning', '2008-01-09TMO'],
  ['The blast happened this afternoon.', '2025-12-03', 'this afternoon', '2025-12-03TAF'],
];

// 2025-12-03 is a Wednesday.
const WEEKDAYS: readonly Case[] = [
  ['The minister spoke on Monday.', '2025-12-03', 'Monday', '2025-12-01'],
  ['Protests erupted Sunday.', '2025-12-03', 'Sunday', '2025-11-30'],
  ['He arrived last Friday.', '2025-12-03', 'last Friday', '2025-11-28'],
  ['They will meet next Tuesday.', '2025-12-03', 'next Tuesday', '2025-12-09'],
  ['The summit will be held on Friday.', '2025-12-03', 'Friday', '2025-12-05'],
  ["Sunday's march drew thousands.", '2025-12-03', 'Sunday', '2025-11-30'],
  ['The court ruled on Wednesday.', '2025-12-03', 'Wednesday', '2025-12-03'],
  ['The strike began on Friday.', '2025-12-01', 'Friday', '2025-11-28'],
  ['Talks collapsed on Tuesday.', '2026-01-02', 'Tuesday', '2025-12-30'],
  ['The vote will take place on Tuesday.', '2025-11-28', 'Tuesday', '2025-12-02'],
  ['The trial is set to begin on Wednesday.', '2006-03-28', 'Wednesday', '2006-03-29'],
  ['The company said on Monday that it will cut jobs.', '2025-12-03', 'Monday', '2025-12-01'],
  ['Fighting broke out on Thursday afternoon.', '2015-08-21', 'Thursday afternoon', '2015-08-20TAF'],
  ['Apple held a press conference on Friday morning.', '2010-07-17', 'Friday morning', '2010-07-16TMO'],
  ['The ministers met Tuesday evening.', '2025-12-03', 'Tuesday evening', '2025-12-02TEV'],
  ['Shots were heard Saturday night.', '2025-12-03', 'Saturday night', '2025-11-29TNI'],
  ['The council meets on Monday.', '2025-12-03', 'Monday', '2025-12-08'],
];

const ANCHORED: readonly Case[] = [
  ['The army entered the city on May 3. Two days later, it withdrew.', '2025-06-01', 'Two days later', '2025-05-05'],
  ['Rebels seized the town on May 3. The day before, troops had fled.', '2025-06-01', 'The day before', '2025-05-02'],
  ['The ship sank on March 30. The following day, divers arrived.', '2025-06-01', 'The following day', '2025-03-31'],
  ['The vote took place on December 30, 2024. A week later, results came.', '2025-06-01', 'A week later', '2025-W02'],
  ['He was elected in 2008. The following year he resigned.', '2015-06-01', 'The following year', '2009'],
  ['Troops arrived on June 2. Later that day, shooting began.', '2025-06-10', 'Later that day', '2025-06-02'],
];

const PERIODS: readonly Case[] = [
  ['Talks continue this month.', '2025-12-03', 'this month', '2025-12'],
  ['Prices fell last month.', '2026-01-15', 'last month', '2025-12'],
  ['Talks resume next month.', '2025-12-31', 'next month', '2026-01'],
  ['Parliament met this week.', '2025-12-03', 'this week', '2025-W49'],
  ['Officials met last week.', '2009-12-30', 'last week', '2009-W52'],
  ['Officials met last week.', '2026-01-01', 'last week', '2025-W52'],
  ['A decision is due next week.', '2025-12-29', 'next week', '2026-W02'],
  ['Sales rose this year.', '2025-12-03', 'this year', '2025'],
  ['Protests erupted last year.', '2012-02-15', 'last year', '2011'],
  ['Elections are due next year.', '2025-12-03', 'next year', '2026'],
  ['He lived there earlier this year.', '2009-12-30', 'earlier this year', '2009'],
  ['The economy grew over the past year.', '2025-12-03', 'the past year', 'P1Y'],
  ['The factory closed a year ago.', '2025-12-03', 'a year ago', '2024'],
  ['The war began two years ago.', '2025-12-03', 'two years ago', '2023'],
  ['They met three days ago.', '2025-12-03', 'three days ago', '2025-11-30'],
  ['The firm was sold two months ago.', '2026-01-15', 'two months ago', '2025-11'],
  ['Leaders met earlier this week.', '2008-08-30', 'earlier this week', '2008-W35'],
  ['The flaw became public this weekend.', '2010-01-25', 'this weekend', '2010-W04-WE'],
  ['The unrest of the past two months hurt trade.', '2009-03-17', 'the past two months', 'P2M'],
  ['It will cut jobs over the next four years.', '2007-02-28', 'the next four years', 'P4Y'],
  ['Costs rose over the past decade.', '2005-06-06', 'the past decade', 'P10Y'],
];

const SEASONS_AND_QUARTERS: readonly Case[] = [
  ['The law passed last spring.', '2025-12-03', 'last spring', '2025-SP'],
  ['The law passed last spring.', '2025-04-10', 'last spring', '2024-SP'],
  ['The festival returns this summer.', '2025-05-01', 'this summer', '2025-SU'],
  ['Profits rose in the third quarter.', '2025-12-03', 'the third quarter', '2025-Q3'],
  ['Fourth-quarter profits doubled.', '2026-02-10', 'Fourth-quarter', '2025-Q4'],
  ['Profits doubled during the last quarter.', '2007-01-18', 'the last quarter', '2006-Q4'],
  ['Output fell in the first half of 2009.', '2010-01-18', 'the first half of 2009', '2009-H1'],
  ['The merger should close in Q3 2026.', '2025-12-03', 'Q3 2026', '2026-Q3'],
  ['The plan was agreed in the winter of 2009.', '2010-06-01', 'the winter of 2009', '2009-WI'],
];

const CLOCK_TIMES: readonly Case[] = [
  ['The jet took off at 6am.', '2025-12-03', '6am', '2025-12-03T06:00'],
  ['The jet took off at 6 a.m. yesterday.', '2025-12-03', '6 a.m.', '2025-12-02T06:00'],
  ['The first flight left at 18:00.', '2025-12-03', '18:00', '2025-12-03T18:00'],
  ['Polls closed at 6:30 p.m. on Tuesday.', '2025-12-03', '6:30 p.m.', '2025-12-02T18:30'],
  ['It made its first flight Tuesday at 18:00 UTC.', '2009-12-16', '18:00 UTC', '2009-12-15T18:00Z'],
  ['The plane landed at noon.', '2025-12-03', 'noon', '2025-12-03T12:00'],
  ['The ultimatum expires at 5 p.m. Saturday.', '2015-08-21', '5 p.m.', '2015-08-22T17:00'],
];

const DURATIONS: readonly Case[] = [
  ['They talked for five hours.', '2025-12-03', 'five hours', 'PT5H'],
  ['It was a nearly five-hour meeting.', '2025-12-03', 'five-hour', 'PT5H'],
  ['He served three years in prison.', '2025-12-03', 'three years', 'P3Y'],
  ['The ban lasts 30 days.', '2025-12-03', '30 days', 'P30D'],
  ['He took six months off.', '2025-12-03', 'six months', 'P6M'],
  ["The aircraft's fifty-year service life matters.", '2025-12-03', 'fifty-year', 'P50Y'],
  ['The week-long sit-in ended.', '2025-12-03', 'week-long', 'P1W'],
  ['The strike lasted a few days.', '2025-12-03', 'a few days', 'PXD'],
  ['It could take several years.', '2025-12-03', 'several years', 'PXY'],
  ['Rescuers worked for hours.', '2025-12-03', 'hours', 'PTXH'],
  ['The decades-long dispute ended.', '2025-12-03', 'decades-long', 'PXY'],
  ['The tankers are built at a rate of 15 a year.', '2025-12-03', 'a year', 'P1Y'],
  ['It will respond within 48 hours.', '2025-12-03', '48 hours', 'PT48H'],
  ['The project is almost two and a half years late.', '2025-12-03', 'two and a half years', 'P2.5Y'],
  ['The meeting lasted half an hour.', '2025-12-03', 'half an hour', 'PT30M'],
  ['It is a 12- to 18-month campaign.', '2025-12-03', '12- to 18-month', 'P18M'],
  ['The broadcasts ended an 11-year lull.', '2025-12-03', '11-year', 'P11Y'],
  ['The plane was delivered 18 months behind schedule.', '2025-12-03', '18 months', 'P18M'],
  ['The change will occur within the next six months.', '2025-12-03', 'the next six months', 'P6M'],
  ['The engine failed after thirty minutes.', '2025-12-03', 'thirty minutes', 'PT30M'],
  ['The shipments will run from 2009 to 2011.', '2007-06-09', 'from 2009 to 2011', 'P2Y'],
];

const SETS: readonly Case[] = [
  ['The market opens every Sunday.', '2025-12-03', 'every Sunday', 'XXXX-WXX-7'],
  ['The magazine appears weekly.', '2025-12-03', 'weekly', 'P1W'],
  ['Tourism brings $800 million annually.', '2025-12-03', 'annually', 'P1Y'],
  ['Flights leave daily.', '2025-12-03', 'daily', 'P1D'],
  ['Officials meet twice a year.', '2025-12-03', 'twice a year', 'P1Y'],
  ['The council meets every two weeks.', '2025-12-03', 'every two weeks', 'P2W'],
];

const REFERENCES: readonly Case[] = [
  ['Police now occupy the square.', '2025-12-03', 'now', 'PRESENT_REF'],
  ['The store currently sells music.', '2025-12-03', 'currently', 'PRESENT_REF'],
  ['South Korea had recently started the broadcasts.', '2025-12-03', 'recently', 'PAST_REF'],
  ['He had previously denied it.', '2025-12-03', 'previously', 'PAST_REF'],
  ['Such rules applied in the past.', '2025-12-03', 'the past', 'PAST_REF'],
  ['A deal is expected soon.', '2025-12-03', 'soon', 'FUTURE_REF'],
  ['Talks may resume in the future.', '2025-12-03', 'the future', 'FUTURE_REF'],
  ['Apple has more recently begun selling TV shows.', '2025-12-03', 'more recently', 'PAST_REF'],
];

// 2025-12-04 is a Thursday: each weekday in a past-tense and a future-tense clause, then modality and governing verbs.
const WEEKDAY_DIRECTIONS: readonly Case[] = [
  ['The minister resigned on Monday.', '2025-12-04', 'Monday', '2025-12-01'],
  ['The minister will resign on Monday.', '2025-12-04', 'Monday', '2025-12-08'],
  ['Rebels attacked the base on Tuesday.', '2025-12-04', 'Tuesday', '2025-12-02'],
  ['Rebels will attack the base on Tuesday.', '2025-12-04', 'Tuesday', '2025-12-09'],
  ['The court ruled on Wednesday.', '2025-12-04', 'Wednesday', '2025-12-03'],
  ['The court will rule on Wednesday.', '2025-12-04', 'Wednesday', '2025-12-10'],
  ['The union said on Thursday that talks failed.', '2025-12-04', 'Thursday', '2025-12-04'],
  ['The union will strike on Thursday.', '2025-12-04', 'Thursday', '2025-12-04'],
  ['Voters went to the polls on Friday.', '2025-12-04', 'Friday', '2025-11-28'],
  ['Voters will go to the polls on Friday.', '2025-12-04', 'Friday', '2025-12-05'],
  ['The bridge reopened on Saturday.', '2025-12-04', 'Saturday', '2025-11-29'],
  ['The bridge is scheduled to reopen on Saturday.', '2025-12-04', 'Saturday', '2025-12-06'],
  ['Crowds gathered on Sunday.', '2025-12-04', 'Sunday', '2025-11-30'],
  ['Crowds are expected to gather on Sunday.', '2025-12-04', 'Sunday', '2025-12-07'],
  ['The board could vote on Monday.', '2025-12-04', 'Monday', '2025-12-08'],
  ['The senate may debate the bill on Tuesday.', '2025-12-04', 'Tuesday', '2025-12-09'],
  ['Ministers might meet again on Saturday.', '2025-12-04', 'Saturday', '2025-12-06'],
  ['The hostage may have died on Monday.', '2025-12-04', 'Monday', '2025-12-01'],
  ['The two leaders agreed to meet on Tuesday.', '2025-12-04', 'Tuesday', '2025-12-09'],
  ['The president has sent his envoy to visit the region on Monday.', '2025-12-04', 'Monday', '2025-12-08'],
  ['The envoy flew to Cairo to meet the president on Monday.', '2025-12-04', 'Monday', '2025-12-01'],
  ['He returned to work on Monday.', '2025-12-04', 'Monday', '2025-12-01'],
  ['The talks resume on Monday.', '2025-12-04', 'Monday', '2025-12-08'],
  ['The deadline is Saturday.', '2025-12-04', 'Saturday', '2025-12-06'],
  ["Police say Tuesday's blast killed five.", '2025-12-04', 'Tuesday', '2025-12-02'],
  ['The company announced a meeting to be held on Friday.', '2025-12-04', 'Friday', '2025-12-05'],
];

const MONTH_DIRECTIONS: readonly Case[] = [
  ['The talks resume in October.', '2025-06-15', 'October', '2025-10'],
  ['Sales fell in October.', '2026-02-10', 'October', '2025-10'],
  ['The plant will close in March.', '2025-06-15', 'March', '2026-03'],
  ['The plant closed in March.', '2025-06-15', 'March', '2025-03'],
  ['Officials could announce a decision in January.', '2025-06-15', 'January', '2026-01'],
  ['Sales rose in August of this year.', '2025-12-04', 'August of this year', '2025-08'],
  ['He left the party in May last year.', '2025-12-04', 'May last year', '2024-05'],
  ['Talks resume in March next year.', '2025-12-04', 'March next year', '2026-03'],
  ['In 2010, sales fell in March.', '2025-12-04', 'March', '2010-03'],
  ['The mine opened in 2003, and as of February it employs 500 people.', '2008-04-09', 'February', '2008-02'],
];

// 2025-11-04 falls in the fourth quarter: "the quarter" of a past-tense report is the third, just ended.
const PERIOD_COMPARISONS: readonly Case[] = [
  ['Profit rose 8% on the same quarter last year.', '2025-11-04', 'the same quarter last year', '2024-Q3'],
  ['Net income in the third quarter rose to $5 million from $4 million a year earlier.', '2025-11-04', 'a year earlier', '2024-Q3'],
  ['Sales in October rose 4% from a year earlier.', '2025-11-04', 'a year earlier', '2024-10'],
  ['Exports fell in September. They were flat against twelve months earlier.', '2025-11-04', 'twelve months earlier', '2024-09'],
  ['Revenue rose compared with the year-earlier quarter.', '2025-11-04', 'the year-earlier quarter', '2024-Q3'],
  ['Costs fell from the year-ago period.', '2025-11-04', 'the year-ago period', '2024'],
  ['In the third quarter of 2024, revenue rose. It fell in the same quarter a year earlier.', '2025-11-04', 'the same quarter a year earlier', '2023-Q3'],
  ['Retail sales in March rose 3% from the same month last year.', '2025-04-20', 'the same month last year', '2024-03'],
  ['Spending in the first half rose over the same period a year earlier.', '2025-08-01', 'the same period a year earlier', '2024-H1'],
  ['Orders this week were up 5% on a year ago.', '2025-11-04', 'a year ago', '2024-W45'],
  ['Ticket sales were up on the same week last year.', '2025-11-04', 'the same week last year', '2024-W45'],
  ['Profit in the second quarter was flat compared with a year ago.', '2025-08-20', 'a year ago', '2024-Q2'],
  ['Sales fell from a year ago.', '2025-11-04', 'a year ago', '2024'],
  ['Net income in the third quarter rose from a year-ago profit of $4 million.', '2025-11-04', 'year-ago', '2024-Q3'],
  ['Earnings in the latest quarter fell.', '2025-11-04', 'the latest quarter', '2025-Q3'],
  ['He was elected in 2008. A year earlier he had resigned.', '2015-06-01', 'A year earlier', '2007'],
];

const BUSINESS_CALENDAR: readonly Case[] = [
  ['For the quarter, revenue rose 5%.', '2025-11-04', 'the quarter', '2025-Q3'],
  ['Revenue fell 2% from the prior quarter.', '2025-11-04', 'the prior quarter', '2025-Q3'],
  ['Profit fell in the second quarter. Costs rose 4% in the quarter.', '2025-11-04', 'the quarter', '2025-Q2'],
  ['Sales rose in the second quarter after falling in the previous quarter.', '2025-11-04', 'the previous quarter', '2025-Q1'],
  ['The firm will report results for the fourth quarter.', '2025-11-04', 'the fourth quarter', '2025-Q4'],
  ['Profits doubled in the first half.', '2025-08-01', 'the first half', '2025-H1'],
  ['The company expects growth in the second half.', '2025-08-01', 'the second half', '2025-H2'],
  ['In 2010, sales fell in the second quarter.', '2025-11-04', 'the second quarter', '2010-Q2'],
  ['Earnings for the year rose 3%.', '2025-11-04', 'the year', '2025'],
  ['The company expects a loss this fiscal year.', '2025-11-04', 'this fiscal year', 'FY2025'],
  ['Revenue rose in the last fiscal year.', '2025-11-04', 'the last fiscal year', 'FY2024'],
  ['Revenue will rise next fiscal year.', '2025-11-04', 'next fiscal year', 'FY2026'],
  ['Sales rose in fiscal \'97.', '1998-03-01', "fiscal '97", 'FY1997'],
  ['The 2011 fiscal year ended with a loss.', '2012-01-10', 'The 2011 fiscal year', 'FY2011'],
  ['Sales are up 5% year-to-date.', '2025-11-04', 'year-to-date', '2025'],
  ['The firm expects to finish the work by year-end.', '2025-11-04', 'year-end', '2025'],
  ['Profit fell in this year\'s first half.', '2025-11-04', "this year's first half", '2025-H1'],
  ['Sales rose in 2008\'s second quarter.', '2010-01-10', "2008's second quarter", '2008-Q2'],
  ['For the week, the index rose 2%.', '2025-11-07', 'the week', '2025-W45'],
  ['The fund has gained 7% year to date.', '2025-11-04', 'year to date', '2025'],
];

const SEASONS_AND_PARTS: readonly Case[] = [
  ['The festival returns this autumn.', '2025-06-01', 'this autumn', '2025-FA'],
  ['The plant will open in the fall.', '2025-06-01', 'fall', '2025-FA'],
  ['The law passed last autumn.', '2025-06-01', 'last autumn', '2024-FA'],
  ['The shop opened in the spring of 2010.', '2015-06-01', 'the spring of 2010', '2010-SP'],
  ['In 2010, the plant shut during the summer.', '2015-06-01', 'summer', '2010-SU'],
  ['Growth will pick up early next year.', '2025-12-04', 'early next year', '2026'],
  ['They will meet next weekend.', '2025-12-04', 'next weekend', '2025-W50-WE'],
  ['Shares fell overnight.', '2025-12-04', 'overnight', '2025-12-03TNI'],
  ['Overnight, rebels shelled the town.', '2025-12-04', 'Overnight', '2025-12-03TNI'],
  ['Markets will be closed overnight.', '2025-12-04', 'overnight', '2025-12-04TNI'],
  ['Troops arrived on June 2. Late that evening, shooting began.', '2025-06-10', 'Late that evening', '2025-06-02TEV'],
  ['On Tuesday, protesters gathered in the morning.', '2025-12-04', 'the morning', '2025-12-02TMO'],
  ['The ship sank on March 30. The next morning, divers arrived.', '2025-06-01', 'The next morning', '2025-03-31TMO'],
];

const VAGUE_REFERENCES: readonly Case[] = [
  ['A deal is expected before long.', '2025-12-04', 'before long', 'FUTURE_REF'],
  ['Back then, the town was small.', '2025-12-04', 'Back then', 'PAST_REF'],
  ['In years past, the fair drew crowds.', '2025-12-04', 'years past', 'PAST_REF'],
  ['Present-day Iraq is different.', '2025-12-04', 'Present-day', 'PRESENT_REF'],
  ['Modern-day piracy is rising.', '2025-12-04', 'Modern-day', 'PRESENT_REF'],
  ['At this point, no one knows.', '2025-12-04', 'this point', 'PRESENT_REF'],
  ['She had waited years for this moment.', '2025-12-04', 'this moment', 'PRESENT_REF'],
  ['Talks are frozen for the time being.', '2025-12-04', 'the time being', 'PRESENT_REF'],
  ['The town was founded long ago.', '2025-12-04', 'long ago', 'PAST_REF'],
  ['Nowadays few people write letters.', '2025-12-04', 'Nowadays', 'PRESENT_REF'],
  ['Prices have risen lately.', '2025-12-04', 'lately', 'PAST_REF'],
  ["Today's youth read less.", '2025-12-04', "Today's", 'PRESENT_REF'],
  ['The problems we face today are new.', '2025-12-04', 'today', 'PRESENT_REF'],
  ['The Europe of today is different.', '2025-12-04', 'today', 'PRESENT_REF'],
  ['For now, the border stays shut.', '2025-12-04', 'For now', 'PRESENT_REF'],
  ['The border closed today.', '2025-12-04', 'today', '2025-12-04'],
];

const MORE_SETS: readonly Case[] = [
  ['Officials meet every month.', '2025-12-04', 'every month', 'P1M'],
  ['The cycle repeats every few years.', '2025-12-04', 'every few years', 'PXY'],
  ['The fair returns every summer.', '2025-12-04', 'every summer', 'XXXX-SU'],
  ['Officials meet twice weekly.', '2025-12-04', 'twice weekly', 'P1W'],
  ['The shop closes on weekends.', '2025-12-04', 'weekends', 'XXXX-WXX-WE'],
  ['The well pumps 1.5 million barrels a day.', '2025-12-04', 'a day', 'P1D'],
  ['Flights leave every other day.', '2025-12-04', 'every other day', 'P2D'],
  ['The paper is published each week.', '2025-12-04', 'each week', 'P1W'],
];

const CLIPPED_YEARS_AND_RANGES: readonly Case[] = [
  ["He graduated in '97.", '2010-06-01', "'97", '1997'],
  ['He was born in 98.', '2010-06-01', '98', '1998'],
  ["The plant opened in '05.", '2010-06-01', "'05", '2005'],
  ["It happened in Sept. '97.", '2010-06-01', "Sept. '97", '1997-09'],
  ["The plan dates from '19.", '2025-06-01', "'19", '2019'],
  ['The fair ran December 2-4.', '2025-12-10', 'December 2', '2025-12-02'],
  ['The fair ran December 2-4.', '2025-12-10', '4', '2025-12-04'],
  ['The fair runs Dec. 12 to 14, 2026.', '2025-12-10', '14, 2026', '2026-12-14'],
  ['The talks were held 2-4 December.', '2025-12-10', '2', '2025-12-02'],
  ['The talks were held 2-4 December.', '2025-12-10', '4 December', '2025-12-04'],
  ['Talks ran on 2 and 3 December 2025.', '2026-01-10', '2', '2025-12-02'],
  ['Output grew between 2009 and 2011.', '2015-06-01', '2011', '2011'],
  ['Output grew between 2009 and 2011.', '2015-06-01', 'between 2009 and 2011', 'P2Y'],
];

const ANAPHORIC: readonly Case[] = [
  ['The vote took place on March 3. That morning, lines formed.', '2025-06-01', 'That morning', '2025-03-03TMO'],
  ['Fighting began on May 12. That week, aid arrived.', '2025-06-01', 'That week', '2025-W20'],
  ['He was elected in 2004. In June of that year he resigned.', '2015-06-01', 'June of that year', '2004-06'],
  ['The strike began on May 3. Two weeks later, it ended.', '2025-06-01', 'Two weeks later', '2025-W20'],
];

const DURATIONS_WITH_MODIFIERS: readonly Case[] = [
  ['Shares fell for five straight sessions.', '2025-12-04', 'five straight sessions', 'P5D'],
  ['Prices rose for three consecutive months.', '2025-12-04', 'three consecutive months', 'P3M'],
  ['It will stay for three nights.', '2025-12-04', 'three nights', 'P3D'],
  ['He spent two more years abroad.', '2025-12-04', 'two more years', 'P2Y'],
  ['The strike lasted three full days.', '2025-12-04', 'three full days', 'P3D'],
  ['The index rose for four successive weeks.', '2025-12-04', 'four successive weeks', 'P4W'],
  ['Trading was halted for two trading days.', '2025-12-04', 'two trading days', 'P2D'],
  ['He spent the last three or four months in jail.', '2025-12-04', 'the last three or four months', 'PXM'],
  ['They talked for two or three hours.', '2025-12-04', 'two or three hours', 'PTXH'],
  ['He took leave for an indefinite period.', '2025-12-04', 'an indefinite period', 'PXD'],
  ['The shop will close for a short period of time.', '2025-12-04', 'a short period of time', 'PXD'],
  ['They met at 10.30 local time.', '2025-12-04', '10.30 local time', '2025-12-04T10:30'],
  ['The blast came at 07.30 UTC.', '2025-12-04', '07.30 UTC', '2025-12-04T07:30Z'],
];

const PARTS_OF_NAMED_DAYS: readonly Case[] = [
  ['Gunmen attacked on the night of March 14.', '2025-03-20', 'the night of March 14', '2025-03-14TNI'],
  ['Rebels crossed the river on the morning of 9 July.', '2025-07-12', 'the morning of 9 July', '2025-07-09TMO'],
  ['The strike began on the afternoon of October 3, 2019.', '2025-01-01', 'the afternoon of October 3, 2019', '2019-10-03TAF'],
  ['The convoy left on the evening of Monday.', '2025-12-04', 'the evening of Monday', '2025-12-01TEV'],
  ['The panel will vote on the morning of Tuesday.', '2025-12-04', 'the morning of Tuesday', '2025-12-09TMO'],
  ['The ferry sank during the night of April 2nd.', '2025-04-10', 'the night of April 2nd', '2025-04-02TNI'],
];

/** Counts of hours and minutes that are stored material, and durations of storing or holding that stay times. */
const STORED_AMOUNTS_STAY_DURATIONS: readonly Case[] = [
  ['Hostages were held for 40 hours.', '2025-12-04', '40 hours', 'PT40H'],
  ['Grain is stored three months before sale.', '2025-12-04', 'three months', 'P3M'],
  ['Sailors stored supplies for 40 hours.', '2025-12-04', '40 hours', 'PT40H'],
  ['The new bridge saves drivers 20 minutes.', '2025-12-04', '20 minutes', 'PT20M'],
];

const TABLES: Record<string, readonly Case[]> = {
  'absolute dates': ABSOLUTE,
  'year roll-over': YEAR_ROLLOVER,
  'relative days': RELATIVE_DAYS,
  weekdays: WEEKDAYS,
  'anchored expressions': ANCHORED,
  'weeks, months and years': PERIODS,
  'seasons and quarters': SEASONS_AND_QUARTERS,
  'clock times': CLOCK_TIMES,
  durations: DURATIONS,
  sets: SETS,
  'references to the present, past and future': REFERENCES,
  'weekday direction from tense and modality': WEEKDAY_DIRECTIONS,
  'month direction and the year of a month': MONTH_DIRECTIONS,
  'comparisons of periods': PERIOD_COMPARISONS,
  'business calendars': BUSINESS_CALENDAR,
  'seasons and parts of the day': SEASONS_AND_PARTS,
  'vague references': VAGUE_REFERENCES,
  'more sets': MORE_SETS,
  'clipped years and ranges': CLIPPED_YEARS_AND_RANGES,
  'references back to an earlier time': ANAPHORIC,
  'durations with modifiers and clock times with zones': DURATIONS_WITH_MODIFIERS,
  'parts of a named day': PARTS_OF_NAMED_DAYS,
  'stored amounts and real durations': STORED_AMOUNTS_STAY_DURATIONS,
};

for (const [name, cases] of Object.entries(TABLES)) {
  describe(`time values: ${name}`, () => {
    it.each(cases)('%s (published %s): "%s" is %s', (sentence, reference, expression, value) => {
      const times = timesIn(sentence, reference);
      expect(times.map((t) => [t.text, t.value])).toContainEqual([expression, value]);
    });
  });
}

/** [sentence, reference date, words that must not be a time expression] */
const NOT_TIMES: readonly (readonly [string, string])[] = [
  ['You may leave the room now if you wish.', 'may'],
  ['Thousands march through the capital.', 'march'],
  ['The Sunday Times reported the story.', 'Sunday'],
  ['Boeing sold 179 new aircraft for $40 billion.', '179'],
  ['The A320 and the 787 flew side by side.', '787'],
  ['The February 14 Youth Coalition called for protests.', 'February 14'],
  ['The April 6 Youth Movement joined the march.', 'April 6'],
  ['He finished second in the race.', 'second'],
  ['It was the second A380 to land.', 'second'],
  ['The now-cancelled deal angered lawmakers.', 'now'],
  ['More than 2000 people marched.', '2000'],
  ['The 56-year-old pilot survived.', '56-year'],
  ['Growth was strong year-on-year.', 'year'],
  ['She met Theresa May at the summit.', 'May'],
  ['The story ran in USA Today.', 'Today'],
  ['Officials discussed the future of the region.', 'future'],
  ['The car drove at 100 km per hour.', 'per hour'],
  ['The jet flew at 600 miles an hour.', 'an hour'],
  ['The device stores 75 hours of video.', 'hours'],
  ['On the larger disc, 150 hours can be stored.', 'hours'],
  ['The recorder stores up to 40 hours.', 'hours'],
  ['Up to 90 minutes are stored on each card.', 'minutes'],
  ['The archive stores 500 hours.', 'hours'],
  ['The night of the long knives is a film.', 'night'],
  ['Guests arrived on the morning of the vote.', 'morning'],
  ['The overnight curfew ended.', 'overnight'],
  ['The moment he arrived, shots rang out.', 'moment'],
  ["Apple released iLife '11 with new features.", "'11"],
  ['One in 10.', '10'],
  ['Two sessions of parliament ended.', 'sessions'],
  ['Tourists crowded the French Quarter.', 'Quarter'],
  ['Readings reached 20,000 counts per minute.', 'per minute'],
  ['The fall of the old regime surprised everyone.', 'fall'],
  ['Riots began on December 2 and 24 people died.', '24'],
  ['The wine is a blend of 60% merlot.', '60'],
  ['At the moment of the blast, the hall was empty.', 'moment'],
];

describe('time values: words that are not time expressions', () => {
  it.each(NOT_TIMES)('%s has no time expression at "%s"', (sentence, word) => {
    const at = sentence.indexOf(word);
    const times = timesIn(sentence, '2025-12-03');
    expect(times.filter((t) => t.start <= at && at < t.end)).toEqual([]);
  });
});
