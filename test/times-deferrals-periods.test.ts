// Round 5 classes of TimeML values, each on sentences written for this table: new dates after a deferral,
// quarters named by their closing month, possessive years before a hyphenated part, "the latest period", a year
// after "since" that does not set the year of the rest of the sentence, modified centuries, and decades that
// describe a style. 1998-10-16 is a Friday; 2020-04-22 a Wednesday.
import { describe, expect, it } from 'vitest';
import { describeNotTimes, describeValueTables, timesIn, type TimeCase as Case } from './helpers/time-tables.js';

const F = '1998-10-16';

const DEFERRALS: readonly Case[] = [
  ['The hearing was postponed until Jan. 12.', F, 'Jan. 12', '1999-01-12'],
  ['A judge on Tuesday set a March 3 trial date.', F, 'March 3', '1999-03-03'],
  ['The court scheduled a Feb. 9 hearing on the motion.', F, 'Feb. 9', '1999-02-09'],
  ['The magistrate gave the defence until Feb. 1 to file its motions.', F, 'Feb. 1', '1999-02-01'],
  ['The judge adjourned the case to Feb. 2.', F, 'Feb. 2', '1999-02-02'],
  ['The vote was pushed back to Monday.', F, 'Monday', '1998-10-19'],
  ['Talks were delayed until Wednesday.', F, 'Wednesday', '1998-10-21'],
  ['The regulator extended the deadline to Sept. 30.', '1998-08-20', 'Sept. 30', '1998-09-30'],
  ['Lawmakers deferred the decision until March.', F, 'March', '1999-03'],
  ['The ceasefire was extended until Sunday.', F, 'Sunday', '1998-10-18'],
  // no deferral verb: the past reading stays
  ['The strike lasted until Jan. 12.', F, 'Jan. 12', '1998-01-12'],
  ['Prices rose to March 3 levels.', F, 'March 3', '1998-03-03'],
  ['The union walked out on Monday.', F, 'Monday', '1998-10-12'],
  ['The strike, which was extended in May, lasted until June 3.', F, 'June 3', '1998-06-03'],
];

const SINCE_AND_THE_MONTH_MAY: readonly Case[] = [
  ["It was the stock market's worst day since October.", '2009-06-10', 'October', '2008-10'],
  ['Rates will stay at their lowest since November.', '2009-06-10', 'November', '2008-11'],
  ['Prices have risen since Friday.', '2009-06-10', 'Friday', '2009-06-05'],
  ['Oil is at its highest since Dec. 20.', '2009-06-10', 'Dec. 20', '2008-12-20'],
  // a capitalised "May" before a verb is the month, not a modal that would make the verb future
  ['Sales in May fell 29 percent.', '2009-06-10', 'May', '2009-05'],
  ['Revenue in May rose from a year earlier.', '2009-06-10', 'May', '2009-05'],
  ['Exports in May will be reported next week.', '2009-04-10', 'May', '2009-05'],
];

const W = '2025-12-03'; // a Wednesday

const PRESENT_SCHEDULES: readonly Case[] = [
  ['Parliament votes Friday on the budget.', W, 'Friday', '2025-12-05'],
  ['Congress returns on Monday.', W, 'Monday', '2025-12-08'],
  ['The retailer reports results on Tuesday.', W, 'Tuesday', '2025-12-09'],
  ['Results are expected as early as Monday.', W, 'Monday', '2025-12-08'],
  ['The vote is scheduled Monday.', W, 'Monday', '2025-12-08'],
  ['Schools close at noon Friday.', W, 'Friday', '2025-12-05'],
  ['Markets open Monday after the holiday.', W, 'Monday', '2025-12-08'],
  // reporting verbs, nouns in -s and a verb earlier in the clause keep the past reading
  ["The ministry says Monday's attack killed four.", W, 'Monday', '2025-12-01'],
  ['He made his remarks Friday.', W, 'Friday', '2025-11-28'],
  ['Generals held crisis talks on Thursday.', W, 'Thursday', '2025-11-27'],
  ['Results were expected Monday.', W, 'Monday', '2025-12-01'],
];

const COORDINATED_MONTHS: readonly Case[] = [
  ['Between March and May, prices doubled.', W, 'May', '2025-05'],
  ['Sales rose from April to June.', W, 'June', '2025-06'],
  ['Prices rose in January and May.', W, 'May', '2025-05'],
  ['Output fell in March-May.', W, 'May', '2025-05'],
  // a month name before a noun of a dated happening is the month even when it is also a verb or a name
  ['Diplomats are preparing for March talks.', W, 'March', '2026-03'],
  ['The May elections were peaceful.', W, 'May', '2025-05'],
  ['Since the May attack, security has been tight.', W, 'May', '2025-05'],
];

const DAYS_OF_THE_MONTH: readonly Case[] = [
  ['The board met on the 12th and again on the 14th.', F, 'the 14th', '1998-10-14'],
  ['The strike began on Sept. 2 and ended on the 9th.', F, 'the 9th', '1998-09-09'],
  ['The ship sank on the 30th.', F, 'the 30th', '1998-09-30'],
  ['The first payment is due on the 25th.', F, 'the 25th', '1998-10-25'],
  ['Ministers will meet again on the 5th.', F, 'the 5th', '1998-11-05'],
  ['Bids must be filed by the 3rd.', F, 'the 3rd', '1998-11-03'],
];

const BROKER_SHORTHAND_AND_DOTTED_DATES: readonly Case[] = [
  ['Profit in 1H 2020 will fall.', '2020-03-10', '1H 2020', '2020-H1'],
  ['Sales in 3Q19 rose 4%.', '2020-03-10', '3Q19', '2019-Q3'],
  ['Margins widened in 2H20.', '2021-03-10', '2H20', '2020-H2'],
  ['4Q revenue fell short of forecasts.', '2020-03-10', '4Q', '2019-Q4'],
  ['The accord was signed on 03.10.2019.', '2020-03-10', '03.10.2019', '2019-10-03'],
  ['The accord was signed on 25.12.2018.', '2020-03-10', '25.12.2018', '2018-12-25'],
];

const SETS_OF_WEEKDAYS: readonly Case[] = [
  ['The show airs Monday nights.', W, 'Monday nights', 'XXXX-WXX-1TNI'],
  ['He jogs on Sunday mornings.', W, 'Sunday mornings', 'XXXX-WXX-7TMO'],
  ['The council meets every other Tuesday.', W, 'every other Tuesday', 'XXXX-WXX-2'],
  ['Protesters gather every Friday night.', W, 'every Friday night', 'XXXX-WXX-5TNI'],
  // one night stays a date
  ['Monday night was chaotic.', W, 'Monday night', '2025-12-01TNI'],
];

const QUARTERS_NAMED_BY_THEIR_MONTH: readonly Case[] = [
  ['Net income fell in the September quarter.', F, 'the September quarter', '1998-Q3'],
  ['Sales in the December quarter rose 4%.', F, 'the December quarter', '1997-Q4'],
  ['September-quarter profit beat forecasts.', F, 'September-quarter', '1998-Q3'],
  ['The miner expects higher output in the March quarter.', F, 'the March quarter', '1999-Q1'],
  ['Revenue in the June 1997 quarter was flat.', F, 'the June 1997 quarter', '1997-Q2'],
  ['Profit for the December half doubled.', '1999-02-20', 'the December half', '1998-H2'],
  // a quarter reported in the past has ended; one still to be reported may be the current one
  ['Net fell in the December quarter.', '1998-12-04', 'the December quarter', '1997-Q4'],
  ['Net in the December quarter will rise.', '1998-12-04', 'the December quarter', '1998-Q4'],
];

const POSSESSIVE_YEARS_AND_LATEST_PERIODS: readonly Case[] = [
  ["Last year's third-quarter results included a one-time gain.", F, "Last year's third-quarter", '1997-Q3'],
  ["This year's first-half sales were weak.", F, "This year's first-half", '1998-H1'],
  ["1996's fourth-quarter loss was the largest.", F, "1996's fourth-quarter", '1996-Q4'],
  ['In the 1995 fourth quarter, net rose 4%.', F, 'the 1995 fourth quarter', '1995-Q4'],
  ['Its 1997 first-half profit doubled.', F, '1997 first-half', '1997-H1'],
  ["Oct. 2's plunge rattled investors.", F, 'Oct. 2', '1998-10-02'],
  ["Friday, Oct. 9's sell-off was the worst.", F, 'Friday, Oct. 9', '1998-10-09'],
  ['Net fell in the third quarter. Shipments in the latest period declined 5%.', F, 'the latest period', '1998-Q3'],
  ['Output rose in September. In the latest month, exports fell.', F, 'the latest month', '1998-09'],
  ['Sales rose in the second half. The most recent period was the strongest.', F, 'The most recent period', '1998-H2'],
];

const YEAR_SO_FAR_COMPARED: readonly Case[] = [
  // "the nine months" of a report is the year so far; the stretch compared with it lies in the year before
  ['Net fell in August. For the nine months, the company earned $4 million, against $9 million in the year-earlier period.', '1989-10-27', 'the year-earlier period', '1988'],
  ['Sales in the third quarter rose. For the first six months, net was flat from a year earlier.', '1989-07-20', 'a year earlier', '1988'],
  ['Revenue in the quarter rose 3%. In the nine months, it rose 5% from the same period a year earlier.', '1989-10-27', 'the same period a year earlier', '1988'],
  // the quarter is still read as before once the nine months are told
  ['Net rose in the third quarter. For the nine months, it fell. In the quarter, sales rose 2%.', '1989-10-27', 'the quarter', '1989-Q3'],
];

const A_YEAR_AGO_AFTER_A_COMING_MONTH: readonly Case[] = [
  // a month still to come is no period "a year ago" looks back from, unless a comparison word ties them
  ['Talks will resume in December. Under an accord reached a year ago, Iran froze its program.', '2014-11-24', 'a year ago', '2013'],
  ['December sales will rise from a year earlier.', '2014-11-24', 'a year earlier', '2013-12'],
  ['Net rose in the third quarter. A year earlier, it earned $4 million.', '2014-11-24', 'A year earlier', '2013-Q3'],
];

const PERIODS_A_MARKET_CLOSES: readonly Case[] = [
  ['Shares ended the week down 4 percent.', '2007-08-10', 'the week', '2007-W32'],
  ['The index began the year at 1,400.', '2007-08-10', 'the year', '2007'],
  ['The Nasdaq closed the month 2% higher.', '2007-08-31', 'the month', '2007-08'],
  // the day of the date before it, else of the report
  ['Rebels attacked on Wednesday. Later in the day, the army struck back.', '2013-08-24', 'Later in the day', '2013-08-21'],
  ['The board met earlier in the day.', '2013-08-24', 'earlier in the day', '2013-08-24'],
];

const SINCE_A_YEAR: readonly Case[] = [
  ['The company, which has raised its dividend every year since 1994, expects fourth-quarter sales to be flat.', F, 'fourth-quarter', '1998-Q4'],
  ['Having lost money since 1995, the firm expects a profit in the second half.', F, 'the second half', '1998-H2'],
  // a year that sets the scene still sets the year of the months and quarters after it
  ['In 1994 the company expected fourth-quarter sales to be flat.', F, 'fourth-quarter', '1994-Q4'],
  ['In 1995, sales fell in March.', F, 'March', '1995-03'],
];

const CENTURIES_AND_DECADES: readonly Case[] = [
  ['The law was passed in the late 19th century.', F, 'the late 19th century', '18'],
  ['The church dates from the mid-19th century.', F, 'the mid-19th century', '18'],
  ['The port thrived in the early 18th century.', F, 'the early 18th century', '17'],
  ['The 1990s boom ended in a crash.', F, 'The 1990s', '199'],
  ['Prices fell sharply in the mid-1990s.', F, 'the mid-1990s', '199'],
  ['The firm was founded in the mid-1800s.', F, 'the mid-1800s', '18'],
  ['Growth slowed in mid-1980s Japan.', F, 'mid-1980s', '198'],
  ['The debt crisis of the 1980s still weighs on the region.', F, 'the 1980s', '198'],
];

describeValueTables('deferrals and periods', {
  'a new date after a deferral lies ahead': DEFERRALS,
  'a present verb of schedule before a weekday looks ahead': PRESENT_SCHEDULES,
  'the second of two coordinated months': COORDINATED_MONTHS,
  'a day of the month alone': DAYS_OF_THE_MONTH,
  'sets of weekdays and their parts': SETS_OF_WEEKDAYS,
  'broker shorthand for quarters and halves; dotted day-first dates': BROKER_SHORTHAND_AND_DOTTED_DATES,
  'a time after "since" lies behind; the month May is no modal': SINCE_AND_THE_MONTH_MAY,
  'a quarter or half named by its closing month': QUARTERS_NAMED_BY_THEIR_MONTH,
  'possessive years and the latest period': POSSESSIVE_YEARS_AND_LATEST_PERIODS,
  'a year after "since" does not set the year of the sentence': SINCE_A_YEAR,
  'the year so far and what it is compared with': YEAR_SO_FAR_COMPARED,
  '"a year ago" after a month still to come': A_YEAR_AGO_AFTER_A_COMING_MONTH,
  'the period a market or a report closes or opens': PERIODS_A_MARKET_CLOSES,
  'modified centuries; decades': CENTURIES_AND_DECADES,
});

describeNotTimes('deferrals and periods: decades that describe a style, periods with nothing discussed', [
  ['The band, a 1990s grunge act, reunited.', '1990s'],
  ['The 1990s band played two sets.', '1990s'],
  ['He wore a 1970s suit to the gala.', '1970s'],
  ['She sang 1980s pop hits all night.', '1980s'],
  ['The cafe has a 1950s-style counter.', '1950s'],
  ['In the latest period, the team scored twice.', 'latest'],
  ['The latest month brought no relief.', 'latest'],
  ['Theresa May and June Smith met.', 'June'],
  ['He opened the week of talks with a speech.', 'week'],
  ['Every now and then, prices spike.', 'now'],
  ['Now and again the ground shakes.', 'Now'],
  ['"Now, let me be clear," the minister said.', 'Now'],
  ['The 5Q plan failed.', '5Q'],
  ['He sold 3 Q-tips.', '3'],
  ['The May government fell.', 'May'],
  ['Troops march talks forward.', 'march'],
  ['The army attacked on the first day of the offensive.', 'first day'],
  ['Turnout rose in the final week of the campaign.', 'final week'],
  ['They marked the 25th anniversary on a Sunday.', '25th'],
  ['She works on the 14th floor.', '14th'],
  ['The office on the 14th-floor corner was empty.', '14th'],
  ['Envoys from Chad and May Khan spoke.', 'May'],
], F);

describe('deferrals and periods: "now" of the present stays', () => {
  it.each(['Now, the company faces a lawsuit.', 'Prices are now higher.', 'Now 54, he runs a bakery.'])('%s', (sentence) => {
    expect(timesIn(sentence, W).map((t) => [t.text.toLowerCase(), t.value])).toContainEqual(['now', 'PRESENT_REF']);
  });
});

describe('deferrals and periods: "since" keeps its own year', () => {
  it('still reads the year after "since" as a date', () => {
    const times = timesIn('The firm has paid a dividend every year since 1994.', F);
    expect(times.map((t) => [t.text, t.value])).toContainEqual(['1994', '1994']);
  });
});

describe('deferrals and periods: a rate after a counted plural noun is a set', () => {
  it.each([
    ['The cathedral draws 13 million visitors a year.', 'a year', 'P1Y'],
    ['The plant builds 2,000 new cars a month.', 'a month', 'P1M'],
  ])('%s: "%s" is the set %s', (sentence, expression, value) => {
    const times = timesIn(sentence, W);
    expect(times.map((t) => [t.text, t.value, t.kind])).toContainEqual([expression, value, 'set']);
  });
  it('keeps "a year after" a duration', () => {
    const times = timesIn('He hired 200 workers a year after the plant opened.', W);
    expect(times.map((t) => [t.text, t.kind])).toContainEqual(['a year', 'duration']);
  });
});
