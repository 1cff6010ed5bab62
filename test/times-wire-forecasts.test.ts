// Round 7 classes of TimeML values, each on sentences written for this table in the styles of TimeML newswire
// (1989 earnings columns, 1997-1998 AP and Xinhua economic and U.N. wire, 2008-2013 markets and results copy).
// Every triple failed before round 7, except the guards marked as such.
import { describeNotTimes, describeValueTables, type TimeCase as Case } from './helpers/time-tables.js';

const REPORTED_FORECASTS: readonly Case[] = [
  // a quarter or half modifying the subject of a reported clause takes that clause's tense, not the tense of "said"
  ['The company said second-half earnings would improve.', '1997-05-15', 'second-half', '1997-H2'],
  ['The company said third-quarter earnings would improve.', '1997-05-15', 'third-quarter', '1997-Q3'],
  ['The company said fourth-quarter sales would rise.', '1997-05-15', 'fourth-quarter', '1997-Q4'],
  ['The company said fourth-quarter sales would rise.', '1997-03-15', 'fourth-quarter', '1997-Q4'],
  ['The retailer said third-quarter sales would rise.', '1997-01-15', 'third-quarter', '1997-Q3'],
  ['Analysts said fourth-quarter profit could fall.', '1997-05-15', 'fourth-quarter', '1997-Q4'],
  ['The chipmaker warned fourth-quarter revenue would be flat.', '2001-09-12', 'fourth-quarter', '2001-Q4'],
  ['Executives predicted third-quarter results will beat estimates.', '2011-06-20', 'third-quarter', '2011-Q3'],
  // the figures of a quarter come out in the month after it: a future verb there still means the quarter just ended
  ['Apple will report fourth-quarter results on Jan. 25.', '2013-01-14', 'fourth-quarter', '2012-Q4'],
  ['The company will report second-quarter earnings on July 20.', '2013-07-02', 'second-quarter', '2013-Q2'],
];

const REPORTED_FORECAST_GUARDS: readonly Case[] = [
  // guards (passed before): the saying day, a past happening, an event inside the period, a clause opened by "that"
  ['The minister said Monday the plant would reopen.', '2013-01-17', 'Monday', '2013-01-14'],
  ['Officials said Tuesday\'s attack would not deter them.', '2013-01-17', 'Tuesday', '2013-01-15'],
  ['The company expects to return to profit in the fourth quarter.', '2013-01-14', 'the fourth quarter', '2013-Q4'],
  ['The company said second-half sales rose.', '1997-09-15', 'second-half', '1997-H2'],
  ['The chipmaker warned that fourth-quarter revenue would be flat.', '2001-09-12', 'fourth-quarter', '2001-Q4'],
  ['The company said earnings would improve in the second half.', '1997-05-15', 'the second half', '1997-H2'],
  ['Officials said first-quarter growth would be weak.', '1997-04-08', 'first-quarter', '1997-Q1'],
];

const MONTHS_BEFORE_HAPPENINGS: readonly Case[] = [
  // an ambiguous month name before a parliamentary break, a monthly release or a market event
  ['The Senate will break for the August recess on Friday.', '1997-07-16', 'August', '1997-08'],
  ['Lawmakers returned from the August recess.', '1997-09-10', 'August', '1997-08'],
  ['Economists expect the May jobs report to show gains.', '1997-06-02', 'May', '1997-05'],
  ['The April trade deficit widened.', '1997-06-20', 'April', '1997-04'],
  ['Stocks never recovered from the March plunge.', '1997-06-20', 'March', '1997-03'],
  ['The June inflation figures are due Friday.', '1997-07-08', 'June', '1997-06'],
];

const YEAR_SO_FAR_RANGES: readonly Case[] = [
  // a range of months from January that is no quarter or half is the year so far, a duration; its year is discussed
  ['Exports rose 12 percent in the January-September period.', '1998-10-14', 'the January-September period', 'P9M'],
  ['Imports fell in January-November, the customs office said.', '1998-12-20', 'January-November', 'P11M'],
  ['Exports rose 12 percent in the January-September period, up from the same period last year.', '1998-10-14', 'the same period last year', '1997'],
  ['Output grew 8 percent in the January-October period. A year earlier, it grew 9 percent.', '1998-11-14', 'A year earlier', '1997'],
  // guard (passed before): a written year stays the year discussed
  ['Foreign investment in the January-November period of 1998 fell. The same period a year earlier saw a rise.', '1999-01-20', 'The same period a year earlier', '1997'],
];

const COMPARISON_TERMS: readonly Case[] = [
  // a year named as the term of a comparison does not become the period the report discusses
  ['The surplus in the first nine months of this year stood at 32 billion dollars, compared with 28 billion dollars in the same period of 1997. Officials expect trade to grow 10 percent in the whole year.', '1998-10-14', 'the whole year', '1998'],
  // guard (passed before): the quarter discussed stays the one named before the comparison
  ['Net income rose to $5 million in the third quarter, compared with $3.2 million in the same months of 1997. Revenue for the quarter rose 8%.', '1998-10-14', 'the quarter', '1998-Q3'],
];

const SPANS_CLOSED_BY_A_MONTH: readonly Case[] = [
  // the month that closes "the six months through September" is not the period compared
  ['For the six months through September, net profit dropped 22 percent to 420 billion yen from a year earlier.', '2008-11-06', 'a year earlier', '2007'],
  ['In the nine months to September, sales rose 4% from the same period last year.', '2008-11-06', 'the same period last year', '2007'],
  // guard (passed before): a month alone is still the period compared
  ['In September, sales rose 4% from a year earlier.', '2008-11-06', 'a year earlier', '2007-09'],
];

const FISCAL_YEARS: readonly Case[] = [
  // a fiscal year closing with a month whose year is given or counted
  ['Net profit for the fiscal year ending next March would fall 15 percent.', '2008-11-06', 'the fiscal year', 'FY2009'],
  ['Sales in the fiscal year ended March 2008 rose.', '2008-11-06', 'the fiscal year', 'FY2008'],
  ['The company said profit in the year ending next June would rise.', '2008-11-06', 'the year', 'FY2009'],
  // a written fiscal year after a possessive
  ["The company's 1997 fiscal year ends in June.", '1997-09-16', '1997 fiscal year', 'FY1997'],
  ['Its 1990-91 fiscal year ended in March.', '1991-09-16', '1990-91 fiscal year', 'FY1991'],
  ['The deal is expected to close by year\'s end.', '1989-10-23', "year's end", '1989'],
];

const EARNINGS_PERIODS: readonly Case[] = [
  // the wire's "the third period" of an earnings report is the quarter
  ['Revenue in the third period climbed 11%.', '1990-10-18', 'the third period', '1990-Q3'],
  ['Net income in the second period fell to $4 million.', '1990-10-18', 'the second period', '1990-Q2'],
  ['The company earned $12 million, or 40 cents a share, in the first period.', '1990-05-02', 'the first period', '1990-Q1'],
];

const DECADES_AGO: readonly Case[] = [
  // TimeML keeps the unit's granularity: a decade (198) or a century (18)
  ['Acme was founded a decade ago.', '1990-07-18', 'a decade ago', '198'],
  ['The Berlin Wall fell three decades ago.', '2019-11-09', 'three decades ago', '198'],
  ['The church was built a century ago.', '1990-07-18', 'a century ago', '18'],
  ['The plant was built two decades earlier.', '1990-07-18', 'two decades earlier', '197'],
];

const DEFERRALS_WITH_AN_OBJECT: readonly Case[] = [
  // a deferral verb, its object and a duration before ", until": the new date lies ahead
  ['The Security Council on Tuesday extended the mandate of U.N. peacekeepers in Angola for three months, until the end of April.', '1998-01-27', 'the end of April', '1998-04'],
  ['The government extended the curfew in the capital by a week, until Monday.', '1998-01-28', 'Monday', '1998-02-02'],
  ['The court postponed the trial of the four defendants by a month, until March.', '1998-01-27', 'March', '1998-03'],
  // guards (passed before): another verb on the way keeps the past
  ['The strike, which was extended in May, lasted until June 3.', '1998-09-27', 'June 3', '1998-06-03'],
  ['The union extended the strike, which lasted until June 3.', '1998-09-27', 'June 3', '1998-06-03'],
];

const FISCAL_CALENDARS_CARRIED: readonly Case[] = [
  // once a fiscal quarter is pinned to its closing date (or the fiscal year's end is given), the company's other
  // numbered quarters in the next sentences are its fiscal quarters, valued as the calendar quarters they cover
  ['The company reported a loss in its fiscal first quarter ended Sept. 30. In the second quarter, it expects a profit.', '1989-10-23', 'the second quarter', '1989-Q4'],
  ['Profit rose in the fiscal third quarter ended June 30. Fourth-quarter sales should improve.', '1989-07-20', 'Fourth-quarter', '1989-Q3'],
  ['Its fiscal year ends Sept. 30. The company said it expects fourth-quarter results to improve.', '1990-07-18', 'fourth-quarter', '1990-Q3'],
  ['Net rose in its fiscal second quarter, which ended Dec. 31. The company said the fiscal third quarter would be weaker.', '1990-01-25', 'third quarter', '1990-Q1'],
  ['Net rose in its fiscal first quarter ended Sept. 30. Analysts said the company\'s second-quarter results would improve.', '1989-10-23', 'second-quarter', '1989-Q4'],
  ['Acme\'s fiscal first quarter ended Sept. 30. Sales fell. Costs rose. Margins shrank. Debt grew. Acme expects a profit in the fiscal second quarter.', '1989-10-23', 'second quarter', '1989-Q4'],
  // guards (passed before): the comparison keeps the pinned quarter; a calendar year's quarters; another company
  // far from the fiscal quarter
  ['Net rose in its fiscal second quarter, which ended Dec. 31. In the year-earlier quarter, it earned $3 million.', '1990-01-25', 'the year-earlier quarter', '1988-Q4'],
  ['Net income rose in the third quarter ended Sept. 30. Fourth-quarter sales should improve.', '1989-10-23', 'Fourth-quarter', '1989-Q4'],
  ['Acme\'s fiscal first quarter ended Sept. 30. Sales fell. Costs rose. Margins shrank. Beta Corp. said third-quarter profit rose.', '1989-10-23', 'third-quarter', '1989-Q3'],
];

const AGO_WITHIN_THE_YEAR: readonly Case[] = [
  // "N years ago this month / this week / today" is one date at the finer precision
  ['It was seven years ago this month that the Gulf War began.', '1998-01-22', 'seven years ago this month', '1991-01'],
  ['The wall fell a year ago today.', '1990-11-09', 'a year ago today', '1989-11-09'],
  ['The company went public two years ago this week.', '1998-01-22', 'two years ago this week', '1996-W04'],
  // guard (passed before): a bare "ago" keeps the year (since round 8 no measure record beside it: TimeML 1.2)
  ['The plant closed two years ago.', '1998-01-22', 'two years ago', '1996'],
];

const SCHEDULED_FOR: readonly Case[] = [
  // a verb of scheduling and its object before "for" and a date: the date lies ahead
  ['Unions have called a nationwide strike for Thursday.', '2013-03-12', 'Thursday', '2013-03-14'],
  ['The court scheduled the hearing for March 3.', '2013-02-12', 'March 3', '2013-03-03'],
  ['Party leaders set the vote for Friday.', '2013-03-12', 'Friday', '2013-03-15'],
  // a result for an ambiguous month
  ['The company posted a loss for March.', '2013-05-12', 'March', '2013-03'],
  // guards (passed before): "called for", a possessive, a reason
  ['He called for talks on Thursday.', '2013-03-12', 'Thursday', '2013-03-07'],
  ["The senator called for Thursday's vote to be delayed.", '2013-03-12', 'Thursday', '2013-03-07'],
  ["Police arrested two men for Saturday's attack.", '2013-03-12', 'Saturday', '2013-03-09'],
];

const FALL_AND_NAMED_DAYS: readonly Case[] = [
  // "fall" as the season after a time preposition or early/late, "July Fourth", a fiscal year opened by its first day
  ['The prosecutor hoped to finish his work by early fall.', '1998-06-07', 'early fall', '1998-FA'],
  ['The trip had been scheduled for the fall but was moved up.', '1998-06-07', 'fall', '1998-FA'],
  ['Lawmakers hope to resolve their differences before the July Fourth recess.', '1998-06-07', 'July Fourth', '1998-07-04'],
  ['Fireworks lit the sky on July Fourth.', '1998-07-07', 'July Fourth', '1998-07-04'],
  ['The House approved a budget for the fiscal year that begins Oct. 1.', '1998-06-07', 'the fiscal year', 'FY1999'],
  ['Spending in the fiscal year that began Oct. 1 will rise.', '1998-11-07', 'the fiscal year', 'FY1999'],
  // guards (passed before): the opening date stays a date of its own
  ['The House approved a budget for the fiscal year that begins Oct. 1.', '1998-06-07', 'Oct. 1', '1998-10-01'],
];

const CLOCKS_BEFORE_THEIR_DAY: readonly Case[] = [
  // a clock time takes the day written right after it, before a date earlier in the sentence
  ['The Nikkei lost 647 points yesterday and was down an additional 211 points at midday today.', '1989-10-17', 'midday', '1989-10-17T12:00'],
  ['Talks ended Monday, and a vote is set for noon Friday.', '1989-10-17', 'noon', '1989-10-20T12:00'],
  ['He left on Monday and the ceasefire began at 6 a.m. on Tuesday.', '1989-10-18', '6 a.m.', '1989-10-17T06:00'],
  // guard (passed before): a day before the clock
  ['The plane landed on Monday at 9 p.m.', '1989-10-18', '9 p.m.', '1989-10-16T21:00'],
];

const RESULTS_OF_A_PERIOD: readonly Case[] = [
  // figures are published after their period: a future verb early in the next period still means the one just ended
  ['The company said it would report results for the quarter next week.', '1989-10-17', 'the quarter', '1989-Q3'],
  ['The company will report results for the quarter on Nov. 8.', '1989-10-17', 'the quarter', '1989-Q3'],
  ['The company will report third-quarter results on Nov. 14.', '1989-11-02', 'third-quarter', '1989-Q3'],
  ['The company expects first-half profit to double.', '1990-08-03', 'first-half', '1990-H1'],
  // guards (passed before): a period still running, a happening inside the coming quarter
  ['The company expects fourth-quarter results to improve.', '1989-11-02', 'fourth-quarter', '1989-Q4'],
  ['Sales are expected to rise in the quarter.', '1989-10-17', 'the quarter', '1989-Q4'],
  ['Analysts expect fourth-quarter earnings to fall.', '1989-10-17', 'fourth-quarter', '1989-Q4'],
];

const YEAR_ENDS_AND_YEARS_OF_PERIODS: readonly Case[] = [
  // "year-end 1988", "end-1988", "end-March" name the period; "the 1988 quarter" is the quarter discussed in 1988
  ['Reserves stood at $4 billion at year-end 1988.', '1989-10-19', 'year-end 1988', '1988'],
  ['Debt was cut to $1 billion at end-1988.', '1989-10-19', 'end-1988', '1988'],
  ['Inventories rose at end-March.', '1989-10-19', 'end-March', '1989-03'],
  ['Net fell to $3 million from $4 million in the 1988 quarter.', '1989-10-19', 'the 1988 quarter', '1988-Q3'],
  ['Net rose in the third quarter. In the 1988 period, net was $4 million.', '1989-10-19', 'the 1988 period', '1988-Q3'],
  ['Net rose 8% in the first half. In the 1988 half, it fell.', '1989-10-19', 'the 1988 half', '1988-H1'],
  // guard (passed before): a name keeps the year alone
  ['The 1988 Quarter Horse championship drew crowds.', '1989-10-19', '1988', '1988'],
];

const LONG_CLAUSES: readonly Case[] = [
  // the main verb farther back than the usual window still gives the tense
  ['The rebels seized control of northern Mali in April last year, after a coup in Bamako in March.', '2013-01-16', 'March', '2012-03'],
  ['The agency raised its estimate of the output of crude oil and natural gas liquids from the fields in the North Sea after a strike in September.', '1989-04-10', 'September', '1988-09'],
];

const RELATIVE_SCHEDULES: readonly Case[] = [
  // a bare schedule verb after "which"/"that" standing for a plural subject tells a schedule
  ['The talks, which resume Wednesday, are expected to focus on trade.', '1998-08-04', 'Wednesday', '1998-08-05'],
  ['The shops, which close at noon on Saturday, reopen Monday.', '1998-08-04', 'Saturday', '1998-08-08'],
  // guards (passed before): a future verb after the clause; past verbs after the pronoun
  ['Talks that open Monday will focus on trade.', '1998-08-04', 'Monday', '1998-08-10'],
  ['The talks, which began Wednesday, ended in failure.', '1998-08-06', 'Wednesday', '1998-08-05'],
  ['The plant, which opened on Monday, employs 300 people.', '1998-08-06', 'Monday', '1998-08-03'],
];

const WEEKS_TO_A_DAY: readonly Case[] = [
  // British "the week to Friday" and American "the week through Friday" close the week on that day, as "ended" does
  ['The index fell 2.3% in the week to Friday.', '2009-03-16', 'the week', '2009-W11'],
  ['Mortgage applications rose in the week through Friday.', '2009-03-18', 'the week', '2009-W11'],
  // guards (passed before): the day stays a date of its own; a quarter to its closing month
  ['The index fell 2.3% in the week to Friday.', '2009-03-16', 'Friday', '2009-03-13'],
  ['Prices rose in the quarter to June.', '2009-08-16', 'the quarter', '2009-Q2'],
];

const ARRANGEMENTS_IN_THE_PAST: readonly Case[] = [
  // "was to" + verb tells an arrangement still ahead of the telling
  ['Arafat was to meet Mubarak in Cairo on Monday.', '1997-11-09', 'Monday', '1997-11-10'],
  ['The ministers were to sign the accord on Friday.', '1997-11-12', 'Friday', '1997-11-14'],
  // guards (passed before): a perfect infinitive, "due to"
  ['He was to have met Mubarak on Monday, but the meeting was cancelled.', '1997-11-12', 'Monday', '1997-11-10'],
  ['He was due to arrive on Thursday.', '1997-11-12', 'Thursday', '1997-11-13'],
];

const PRESENT_PASSIVES: readonly Case[] = [
  // a present passive right before a weekday: the state on the nearer such day
  ['The Tokyo stock market is closed on Monday for a public holiday.', '2013-02-09', 'Monday', '2013-02-11'],
  ['The bridge is shut Friday for repairs.', '2013-02-12', 'Friday', '2013-02-15'],
  // guards (passed before): a past passive, a participle farther away
  ['The suspect was charged on Monday.', '2013-02-09', 'Monday', '2013-02-04'],
  ['Police say the man is accused of a robbery on Monday.', '2013-02-09', 'Monday', '2013-02-04'],
];

const TRADING_DAYS: readonly Case[] = [
  // "the day" a market ends or opens is the day of the sentence, else the report's
  ['The dollar ended the day at 121.50 yen.', '2013-02-09', 'the day', '2013-02-09'],
  ['On Friday, the Dow closed the day up 1.2 percent.', '2013-02-11', 'the day', '2013-02-08'],
  ['Shares opened the day lower in Tokyo.', '2013-02-11', 'the day', '2013-02-11'],
];

const RECORD_DATES: readonly Case[] = [
  // a dividend's or split's record date lies near the telling, on either side: the nearer one
  ['The stock split takes effect Nov. 15 for holders of record Oct. 31.', '1989-11-02', 'Oct. 31', '1989-10-31'],
  ['Shareholders of record Nov. 20 will receive one new share for every two held.', '1989-11-25', 'Nov. 20', '1989-11-20'],
  // guards (passed before): a record date ahead, after a past verb
  ['The dividend is payable Dec. 15 to holders of record Nov. 20.', '1989-11-02', 'Nov. 20', '1989-11-20'],
  ['The dividend was paid to shareholders of record Sept. 29.', '1989-11-02', 'Sept. 29', '1989-09-29'],
  ['The board declared a dividend payable Jan. 2 to stock of record Dec. 8.', '1989-11-02', 'Dec. 8', '1989-12-08'],
];

describeValueTables('round 7 wire', {
  'record dates': RECORD_DATES,
  'trading days': TRADING_DAYS,
  'present passives before a weekday': PRESENT_PASSIVES,
  'arrangements told in the past': ARRANGEMENTS_IN_THE_PAST,
  'weeks to a day': WEEKS_TO_A_DAY,
  'schedules in relative clauses': RELATIVE_SCHEDULES,
  'long clauses': LONG_CLAUSES,
  'year ends and the years of periods discussed': YEAR_ENDS_AND_YEARS_OF_PERIODS,
  'clock times before their day': CLOCKS_BEFORE_THEIR_DAY,
  'results of a period just ended': RESULTS_OF_A_PERIOD,
  'fall, July Fourth, fiscal years opened by a date': FALL_AND_NAMED_DAYS,
  'years ago this month, this week, today': AGO_WITHIN_THE_YEAR,
  'happenings scheduled for a date': SCHEDULED_FOR,
  'fiscal calendars carried through the report': FISCAL_CALENDARS_CARRIED,
  'reported forecasts of a quarter or half': REPORTED_FORECASTS,
  'reported forecasts: guards': REPORTED_FORECAST_GUARDS,
  'months before breaks, releases and market events': MONTHS_BEFORE_HAPPENINGS,
  'ranges of months from January': YEAR_SO_FAR_RANGES,
  'terms of a comparison': COMPARISON_TERMS,
  'spans closed by a month': SPANS_CLOSED_BY_A_MONTH,
  'fiscal years closing on a named month, owned fiscal years': FISCAL_YEARS,
  'numbered periods of earnings': EARNINGS_PERIODS,
  'decades and centuries ago': DECADES_AGO,
  'deferrals with an object': DEFERRALS_WITH_AN_OBJECT,
});

// guards (passed before)
describeNotTimes('round 7 wire: no time', [
  ['The Rangers scored twice in the third period.', 'third'],
  ['The Flyers led 3-1 after the second period of the game.', 'second'],
  ['He has an august reputation among lawyers.', 'august'],
  ['Shares suffered an early fall in Tokyo trading.', 'fall'],
  ['Investors braced for the fall of the government.', 'fall'],
  ['The year that began with such hope ended badly.', 'year'],
  ['Investors had been assured as recently as Friday that no devaluation was planned.', 'recently'],
  ['The rally ended the day of the election.', 'day'],
], '1990-10-18');
