// TimeML TIMEX3 conventions of annotated newswire (TimeML 1.2.1 guidelines, TIMEX2/TIMEX3 practice), each on
// sentences written for this table. 1998-10-28 is a Wednesday; 2025-12-03 is a Wednesday.
import { describe, expect, it } from 'vitest';
import { describeNotTimes, describeValueTables, timesIn, type TimeCase as Case } from './helpers/time-tables.js';

const W = '1998-10-28';

const CLOCK_TIMES_AND_PARTS_OF_DAY: readonly Case[] = [
  ['The market closed at 3:30 p.m. EST on Friday.', W, '3:30 p.m. EST', '1998-10-23T15:30'],
  ['Trading halted at 10 a.m. local time.', W, '10 a.m. local time', '1998-10-28T10:00'],
  ['The strike ended at noon.', W, 'noon', '1998-10-28T12:00'],
  ['The quake struck at 2:30 in the afternoon.', W, '2:30 in the afternoon', '1998-10-28T14:30'],
  ['The talks resume at 8 in the morning.', W, '8 in the morning', '1998-10-28T08:00'],
  ["The bomb went off at 9 o'clock at night.", W, "9 o'clock at night", '1998-10-28T21:00'],
  ['The raid began at 3 at night.', W, '3 at night', '1998-10-28T03:00'],
  ['Police arrived at 11:45 p.m. local time Tuesday.', W, '11:45 p.m. local time', '1998-10-27T23:45'],
  ['The blast came at 1 a.m. Wednesday.', W, '1 a.m.', '1998-10-28T01:00'],
  ['The shelling continued Tuesday night.', W, 'Tuesday night', '1998-10-27TNI'],
  ['The senator spoke Monday night.', W, 'Monday night', '1998-10-26TNI'],
  ['Stocks fell this morning.', W, 'this morning', '1998-10-28TMO'],
  ['The company said late yesterday that it would sell the unit.', W, 'late yesterday', '1998-10-27'],
];

const WEEKS_AND_WEEKENDS: readonly Case[] = [
  ['Shares rose this week.', W, 'this week', '1998-W44'],
  ['Protesters gathered last weekend.', W, 'last weekend', '1998-W43-WE'],
  ['The board will meet later this week.', W, 'later this week', '1998-W44'],
  ['The plan was approved earlier in the week.', W, 'earlier in the week', '1998-W44'],
  ['Sales slowed this past weekend.', W, 'this past weekend', '1998-W43-WE'],
  ['Officials expect the talks to last through the weekend.', '1998-02-11', 'the weekend', '1998-W07-WE'],
  ["Prices fell to last year's level on Monday.", '1998-02-11', 'Monday', '1998-02-09'],
  ['Prices fell in the first week of December.', W, 'the first week of December', '1997-W49'],
  ['The summit will be held in the second week of November.', W, 'the second week of November', '1998-W46'],
  ['Sales peaked in the last week of June 2009.', W, 'the last week of June 2009', '2009-W26'],
  ['The vote is set for the first week of June.', W, 'the first week of June', '1999-W22'],
];

const DECADES_AND_CENTURIES: readonly Case[] = [
  ['Steel dominated the 20th century.', W, 'the 20th century', '19'],
  ['Prices were stable in the 1900s.', W, 'the 1900s', '19'],
  ['The tradition dates to the 1700s.', W, 'the 1700s', '17'],
  ['The town grew quickly in the 2000s.', '2015-06-01', 'the 2000s', '200'],
  ['Riots broke out in the early 1960s.', W, 'the early 1960s', '196'],
  ['The bubble burst in the late 1980s.', W, 'the late 1980s', '198'],
  ['The firm expects growth in the next decade.', W, 'next decade', '200'],
];

const DURATIONS_AND_POINTS: readonly Case[] = [
  ['He has been chairman for three years.', W, 'three years', 'P3Y'],
  ['He joined the firm three years ago.', W, 'three years ago', '1995'],
  ['The plant will open in three years.', W, 'three years', 'P3Y'],
  ['A year from now, rates will be higher.', W, 'A year from now', '1999'],
  // counted from today, a day (round 13; was the week 1998-W46)
  ['The vote is two weeks from today.', W, 'two weeks from today', '1998-11-11'],
  ['The loan is due six months from now.', W, 'six months from now', '1999-04'],
  ['Prices will be higher a few years from now.', W, 'a few years from now', 'FUTURE_REF'],
  ['Sales fell 5% over the past 12 months.', W, 'the past 12 months', 'P12M'],
  // round 7: the unit's granularity, as HeidelTime's TimeBank rules give it (UNDEF-this-decade-MINUS-1): the decade 198
  ['The plant closed a decade ago.', W, 'a decade ago', '198'],
  ['Prices rose six months ago.', W, 'six months ago', '1998-04'],
  ['The rally began two weeks ago.', W, 'two weeks ago', '1998-W42'],
  ['Sales grew a few months ago.', W, 'a few months ago', 'PAST_REF'],
  ['The storm killed 12 people in the past 24 hours.', W, 'the past 24 hours', 'PT24H'],
  ['The index has fallen in each of the past three weeks.', W, 'the past three weeks', 'P3W'],
  ['Talks will continue in the coming days.', W, 'the coming days', 'PXD'],
  ['Sales rose 10% in the past year.', W, 'the past year', 'P1Y'],
  ['The company has lost money in recent years.', W, 'recent years', 'PXY'],
  ['The company has struggled for years.', W, 'years', 'PXY'],
  ['Troops arrived within minutes of the blast.', W, 'minutes', 'PTXM'],
  ['He spent hours on the phone.', W, 'hours', 'PTXH'],
  ['The board meets each quarter.', W, 'each quarter', 'P3M'],
  ['The hostages were freed after 444 days.', W, '444 days', 'P444D'],
  ['The Treasury sold 30-year bonds.', W, '30-year', 'P30Y'],
  ['The dispute has lasted half a century.', W, 'half a century', 'P50Y'],
  ['Talks ended after an hour.', W, 'an hour', 'PT1H'],
  ['It was the biggest single-day loss on record.', W, 'single-day', 'P1D'],
  ['The index lost 7% in a single day.', W, 'a single day', 'P1D'],
  ['The project took 1 1/2 years.', W, '1 1/2 years', 'P1.5Y'],
  ['He served 2 1/2 years in prison.', W, '2 1/2 years', 'P2.5Y'],
  ['The overhaul took two-and-a-half years.', W, 'two-and-a-half years', 'P2.5Y'],
];

const VAGUE_AGES: readonly Case[] = [
  ['These days, few buyers pay cash.', W, 'These days', 'PRESENT_REF'],
  ['Few buyers pay cash these days.', W, 'these days', 'PRESENT_REF'],
  ['In those days, the town was poor.', W, 'those days', 'PAST_REF'],
  ['The ban stays in place for now.', W, 'for now', 'PRESENT_REF'],
  ['In the past, the firm paid dividends.', W, 'the past', 'PAST_REF'],
];

const MONTHS_YEARS_AND_BUSINESS: readonly Case[] = [
  ['He was appointed earlier this month.', W, 'earlier this month', '1998-10'],
  ['Production will start in mid-2010.', W, 'mid-2010', '2010'],
  ['Profit rose in fiscal 1998.', W, 'fiscal 1998', 'FY1998'],
  ['The deal should close by year-end.', W, 'year-end', '1998'],
  ["Prices should stabilize by the year's end.", W, "the year's end", '1998'],
  ['Profit rose in the current fiscal year.', W, 'the current fiscal year', 'FY1998'],
  ['The firm began in the latter half of 1996.', W, 'the latter half of 1996', '1996-H2'],
  ['Sales slowed in the latter part of 1996.', W, 'the latter part of 1996', '1996'],
  ['Hiring slowed in the early part of the year.', W, 'the early part of the year', '1998'],
  ['The stock has risen 40% so far this year.', W, 'this year', '1998'],
];

const HOLIDAYS: readonly Case[] = [
  ['Markets were closed for Easter.', W, 'Easter', '1998-04-12'],
  ['Traffic was heavy on Labor Day.', W, 'Labor Day', '1998-09-07'],
  ['The parade was held on Memorial Day.', W, 'Memorial Day', '1998-05-25'],
  ['Stores will open late on Thanksgiving.', W, 'Thanksgiving', '1998-11-26'],
  ['Shoppers crowded stores on Thanksgiving Day.', '2025-12-03', 'Thanksgiving Day', '2025-11-27'],
  ['Talks stalled just before Good Friday.', '2025-04-30', 'Good Friday', '2025-04-18'],
  ['Ceremonies will be held on Veterans Day.', W, 'Veterans Day', '1998-11-11'],
  ['The market reopens on Easter Monday.', '2024-03-20', 'Easter Monday', '2024-04-01'],
  ['Crowds gathered on Bastille Day.', W, 'Bastille Day', '1998-07-14'],
];

const F = '1989-10-27';

const PERIOD_UNDER_DISCUSSION: readonly Case[] = [
  ['Net income rose in the third quarter. A year earlier, the company earned $4 million.', F, 'A year earlier', '1988-Q3'],
  ['Sales rose in October. A year ago, they fell.', '1989-11-15', 'A year ago', '1988-10'],
  ['Net income rose in the third quarter. Two years ago, it fell.', F, 'Two years ago', '1987'],
  ['Profit rose in the third quarter. Revenue for the period rose 5%.', F, 'the period', '1989-Q3'],
  [
    'Net rose in the third quarter. A year earlier, it fell. Sales were flat. Results for the year-earlier period included a gain.',
    F, 'the year-earlier period', '1988-Q3',
  ],
  ['Net rose in the third quarter. Sales in the prior quarter were flat. Revenue for the quarter rose.', F, 'the quarter', '1989-Q3'],
  ['The company reported a loss for the year ended Dec. 31.', W, 'the year', '1997'],
  ['Net income rose 5% in the quarter ended June 30.', W, 'the quarter', '1998-Q2'],
  ['Profit rose in the quarter ending Sept. 30.', W, 'the quarter', '1998-Q3'],
  ['Profit rose in the year ending March 31, 1998.', W, 'the year', 'FY1998'],
  ['The firm expects a profit for the full year.', W, 'the full year', '1998'],
  ['The index rose 4% for the week ended Friday.', W, 'the week', '1998-W43'],
  ['Jobless claims fell in the week ended Oct. 17.', W, 'the week', '1998-W42'],
];

const TABLES: Record<string, readonly Case[]> = {
  'the period under discussion': PERIOD_UNDER_DISCUSSION,
  'clock times and parts of the day': CLOCK_TIMES_AND_PARTS_OF_DAY,
  'weeks and weekends': WEEKS_AND_WEEKENDS,
  'decades and centuries': DECADES_AND_CENTURIES,
  'durations and points': DURATIONS_AND_POINTS,
  'vague ages': VAGUE_AGES,
  'months, years and business periods': MONTHS_YEARS_AND_BUSINESS,
  holidays: HOLIDAYS,
};

describeValueTables('newswire time values', TABLES);

describe('newswire time values: a point counted from now is one expression', () => {
  it.each([
    ['A year from now, rates will be higher.', 'A year from now'],
    ['The vote is two weeks from today.', 'two weeks from today'],
  ])('%s gives only "%s"', (sentence, expression) => {
    expect(timesIn(sentence, W).map((t) => t.text)).toEqual([expression]);
  });
});

/** [sentence, words that must not be (inside) a time expression] */
const NOT_TIMES: readonly (readonly [string, string])[] = [
  ['A 30-year-old man was arrested.', '30-year'],
  ['Boeing delivered a 747 to the carrier.', '747'],
  ['The board approved it in a 2-1 vote.', '2-1'],
  ['The bill passed 52-48.', '52'],
  ['He is 45 years old.', '45 years'],
  ['It was the first time he had spoken.', 'time'],
  ['She works part-time at the plant.', 'time'],
  ['He has won three times.', 'times'],
  ['Crowds filled Times Square.', 'Times'],
  ['At the time, the firm was small.', 'time'],
  ['Flight 800 crashed off Long Island.', '800'],
  ['Windows 95 sold well.', '95'],
  ['About 1,998 people signed.', '1,998'],
  ['The Dow rose 25.79 points to 2,645.90.', '2,645'],
  ['The tourists flew to Easter Island.', 'Easter'],
  ['The rebels killed 8 in the morning attack.', '8'],
  ['The mother of two, 34, was released.', '34'],
  ['He scored in the 89th minute.', 'minute'],
  ['The score was 3-0 at half-time.', 'half'],
  ['The firm cut 2,500 jobs.', '2,500'],
  ['The plant was idle for the period.', 'period'],
  ['During the period of martial law, many fled.', 'period'],
  ['The program ran in the 1998-99 school year.', '99 school'],
  ['The shares rose 1 1/2 points.', '1/2'],
  ['The Fed released the minutes of its last meeting.', 'minutes'],
  ['The office is open during business hours.', 'hours'],
  ['Shares fell in after-hours trading.', 'hours'],
];

describeNotTimes('newswire time values: numbers and words that are not times', NOT_TIMES, W);
