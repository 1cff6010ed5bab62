// Round 9 classes of TimeML values, each on sentences written for this table in the styles of TimeML newswire
// (1989-1998 WSJ and AP business and political wire, 2008-2013 British and Australian results reports). Every
// triple failed before round 9, except the guards marked as such.
import { describe } from 'vitest';
import { describeNotTimes, describeValueTables, type TimeCase as Case } from './helpers/time-tables.js';

const COMPARED_TERMS: readonly Case[] = [
  // a bare month, quarter or half compared with a period of a written year is the latest one not after it
  ['Inflation eased to 2 percent in January 1998 from 2.3 percent in December.', '1998-02-12', 'December', '1997-12'],
  ['Inflation eased in January 1998, after 2.3 percent in December.', '1998-02-12', 'December', '1997-12'],
  ['Unemployment fell to 5.1 percent in February 1991 from 5.4 percent in November.', '1991-04-05', 'November', '1990-11'],
  ['Net rose in the first quarter of 1997 from the fourth quarter.', '1998-02-12', 'the fourth quarter', '1996-Q4'],
  ['Output grew 1.2 percent in the second quarter of 1990, compared with 0.4 percent in the third quarter.', '1991-02-01', 'the third quarter', '1989-Q3'],
  ['Growth slowed to 2 percent in the first half of 1997 from 3 percent in the second half.', '1998-02-12', 'the second half', '1996-H2'],
  ['The bank earned $1.1 billion in the second half of 1997, up from $900 million in the first half.', '1998-02-12', 'the first half', '1997-H1'],
  ['Exports in the third quarter of 1996 were higher than in the second quarter.', '1998-02-12', 'the second quarter', '1996-Q2'],
];

const COMPARED_TERMS_GUARDS: readonly Case[] = [
  // guards (passed before): an earlier period of the same year, a narrative "and", a year alone
  ['Inflation eased in December 1997 from 2.3 percent in November.', '1998-02-12', 'November', '1997-11'],
  ['Sales rose 5 percent in the fourth quarter of 1997, after a 3 percent gain in the third quarter.', '1998-02-12', 'the third quarter', '1997-Q3'],
  ['Net rose in the third quarter of 1997 and fell in the fourth quarter.', '1998-02-12', 'the fourth quarter', '1997-Q4'],
  ['In 1997, exports rose in December from November.', '1998-02-12', 'November', '1997-11'],
];

const HALF_YEAR_FIGURES: readonly Case[] = [
  // "half-year" before a report's figures is the half just ended (or the half discussed), not the measure P6M
  ['The bank said its half-year results would be published in September.', '1998-08-02', 'half-year', '1998-H1'],
  ['Half-year profit rose 10% to 40 million pounds.', '2012-08-02', 'Half-year', '2012-H1'],
  ['The miner reported half-year profit of A$200 million.', '1998-03-02', 'half-year', '1997-H2'],
  ['The company posted a half-yearly loss of 40 million pounds.', '2012-08-02', 'half-yearly', '2012-H1'],
  ['The retailer will report half-year earnings next week.', '2009-09-01', 'half-year', '2009-H1'],
  // "half-yearly" elsewhere is a set of six months, not the set "yearly"
  ['The group will pay a half-yearly dividend.', '2012-08-02', 'half-yearly', 'P6M'],
  ['Rates are reviewed half-yearly.', '2012-08-02', 'half-yearly', 'P6M'],
];

const FUTURE_IN_THE_PAST: readonly Case[] = [
  // a "would" future seen from a past day or month named before it counts from that day or month
  ['The minister said on Monday that the vote would be held on Friday.', '1998-01-10', 'Friday', '1998-01-09'],
  ['On Monday, the union said it would strike on Thursday.', '1998-01-10', 'Thursday', '1998-01-08'],
  ['The strike, which began on Monday, would last until Friday, the union said.', '1998-01-10', 'Friday', '1998-01-09'],
  ['In October, the bank predicted that growth would slow in the fourth quarter.', '1998-01-10', 'the fourth quarter', '1997-Q4'],
  ['Last March, the government promised that the law would take effect in July.', '1998-01-10', 'July', '1997-07'],
  ['In September, the company said it would close the plant in December.', '1990-02-15', 'December', '1989-12'],
  ['In November, the company said it would expand the plant in the spring.', '1998-06-10', 'spring', '1998-SP'],
  // past verbs of planning, promising and agreeing, "was to" and "were expected to" look ahead from their day too
  ['On Monday, the union said it planned to strike on Thursday.', '1998-01-10', 'Thursday', '1998-01-08'],
  ['The minister announced on Monday that the vote was to be held on Friday.', '1998-01-10', 'Friday', '1998-01-09'],
  ['On Monday, the two sides agreed to meet again on Thursday.', '1998-01-10', 'Thursday', '1998-01-08'],
  ['Officials said Tuesday that the talks were expected to resume on Friday.', '1998-01-10', 'Friday', '1998-01-09'],
  ['In February, the rebels vowed to retake the city in the summer.', '1995-10-02', 'summer', '1995-SU'],
  // "the year" and "the month" of a "would" clause are those of the saying ("this year" stays the reporter's)
  ['The company had said in November that it would cut 2,000 jobs by the end of the year.', '1998-01-10', 'the end of the year', '1997'],
  ['On Dec. 29, officials said the fund would be exhausted by the end of the month.', '1998-02-03', 'the end of the month', '1997-12'],
];

const FUTURE_IN_THE_PAST_GUARDS: readonly Case[] = [
  // guards (passed before): "will" counts from the report; the same reading from either day; a conditional past
  ['The company said on Monday it will open the plant on Friday.', '1998-01-10', 'Friday', '1998-01-16'],
  ['On Friday, the ministry said it would announce the results on Monday.', '1998-01-10', 'Monday', '1998-01-12'],
  ['In December, officials said talks would resume in January.', '1998-01-10', 'January', '1998-01'],
  ['Sales in March would have been higher without the strike.', '1998-01-10', 'March', '1997-03'],
  ['On Tuesday, the prime minister said he would call elections in the spring.', '1997-07-05', 'spring', '1998-SP'],
  ['On Monday, the union said it plans to strike on Thursday.', '1998-01-10', 'Thursday', '1998-01-15'],
  ['In November, the company said it would cut 2,000 jobs by the end of this year.', '1998-01-10', 'the end of this year', '1998'],
];

const DUE_DATES: readonly Case[] = [
  // a due date set off as an aside lies near the telling on either side, whatever the clause's verb
  ['IMF officials said the next installment of the loan, due in mid-March, would be delayed.', '1998-02-27', 'mid-March', '1998-03'],
  ['The ministry said the first payment, due in April, had been postponed.', '1990-03-20', 'April', '1990-04'],
  ['Analysts said the trade figures, due in March, would show a decline.', '1998-02-20', 'March', '1998-03'],
  // "due to" before a noun is a cause, not an infinitive of the future
  ['The plant closed due to the strike in January.', '1998-02-27', 'January', '1998-01'],
  ['Output fell due to heavy rains in October.', '1997-02-14', 'October', '1996-10'],
];

const DUE_DATES_GUARDS: readonly Case[] = [
  // guards (passed before): a copula before "due" keeps the clause's reading; "due to" + verb looks ahead
  ['The report was due in March but came out in May.', '1998-11-20', 'March', '1998-03'],
  ['The treaty is due to be signed in March.', '1998-02-27', 'March', '1998-03'],
  ['Officials said the agency\'s annual report, due in December, had been completed.', '1998-02-27', 'December', '1997-12'],
];

const GLUED_DAY_RANGES: readonly Case[] = [
  // a hyphen glued to both days joins them even when a word follows the range (the second day was lost)
  ['Sales in the Oct. 11-20 period fell 8%.', '1989-10-26', '20', '1989-10-20'],
  ['The talks ran from Oct. 11-20 in Geneva.', '1989-10-26', '20', '1989-10-20'],
  ['Voting is set for March 3-5 across the country.', '1998-02-20', '5', '1998-03-05'],
];

const PERIODS_ENDING: readonly Case[] = [
  // a period "ending" on a date closes on the nearer such date whatever the clause's verb (a past verb made it last year's)
  ['It reaffirmed its forecast of record earnings for the year ending June 30.', '1990-01-18', 'the year', 'FY1990'],
  ['It reaffirmed its forecast of record earnings for the year ending June 30.', '1990-01-18', 'June 30', '1990-06-30'],
  ['The bank cut its profit forecast for the year ending March 31.', '1998-02-03', 'the year', 'FY1998'],
];

const PERIODS_ENDING_GUARDS: readonly Case[] = [
  // guards (passed before): "ended" keeps the past; a period just closed is the nearer one too
  ['The company forecast record earnings for the year ended June 30.', '1990-01-18', 'the year', 'FY1989'],
  ['Net rose in the quarter ending Dec. 31.', '1990-01-18', 'the quarter', '1989-Q4'],
  ['Net fell in the year ending Sept. 30.', '1990-11-18', 'the year', 'FY1990'],
];

const PRINT_DATELINES: readonly Case[] = [
  // a print dateline a day or three before publication names the day "today" and "yesterday" count from
  ['WASHINGTON, June 2 -- The Senate voted today to approve the bill.', '1997-06-03', 'today', '1997-06-02'],
  ['WASHINGTON, June 2 -- The Senate voted today to approve the bill. Senators said yesterday that the vote was close.', '1997-06-03', 'yesterday', '1997-06-01'],
  ['BEIJING, June 11 (Xinhua) -- China said today that exports rose in May.', '1998-06-12', 'today', '1998-06-11'],
  ['MOSCOW, Dec. 30 -- The president will sign the budget tomorrow, aides said.', '1998-01-01', 'tomorrow', '1997-12-31'],
];

const PRINT_DATELINES_GUARDS: readonly Case[] = [
  // guards (passed before): a dateline of the publication day, or one too far back to be the writing day
  ['BEIJING, June 12 (Xinhua) -- China said today that exports rose in May.', '1998-06-12', 'today', '1998-06-12'],
  ['BEIJING, June 2 (Xinhua) -- China said today that exports rose in May.', '1998-06-12', 'today', '1998-06-12'],
  ['WASHINGTON (AP) -- The Senate voted today to approve the bill.', '1997-06-03', 'today', '1997-06-03'],
];

const YEARS_AFTER_OVER: readonly Case[] = [
  // "over" before a year that ends its phrase names the year ("over" was always read as "more than")
  ['Over 2012 as a whole, the economy grew 2.2 percent.', '2013-01-24', '2012', '2012'],
  ['Over 1997, consumer prices rose 1.7 percent.', '1998-01-15', '1997', '1997'],
  ['Exports rose 4 percent over 2011, the ministry said.', '2013-01-24', '2011', '2011'],
];

const WEEKENDS: readonly Case[] = [
  // "the past weekend" is the weekend just gone (was "the past" = PAST_REF and no weekend)
  ['Over the past weekend, troops shelled the town.', '1998-03-05', 'the past weekend', '1998-W09-WE'],
  ['The previous weekend, rebels had attacked the airport.', '1998-03-05', 'The previous weekend', '1998-W09-WE'], // guard (passed before)
  // "the weekend of March 14": one expression, the weekend of the week that holds the date
  ['The summit is planned for the weekend of March 14.', '1998-03-05', 'the weekend of March 14', '1998-W11-WE'],
  ['The talks were held the weekend of Feb. 21, 1998.', '1998-03-05', 'the weekend of Feb. 21, 1998', '1998-W08-WE'],
];

const SCHEDULED_MONTHS: readonly Case[] = [
  // a month name that is also a word or a name, after a verb of scheduling and "for"/"until", is the month
  ['The hearing is scheduled for August.', '2003-09-10', 'August', '2004-08'],
  ['The vote was postponed until May.', '2003-09-10', 'May', '2004-05'], // guard (passed before: "until" already)
  ['The talks, set for June, were cancelled.', '2003-03-10', 'June', '2003-06'],
  // a plan that was replaced ("originally scheduled for", "initially set for") falls on the nearer side of the telling
  ['The hearing, originally scheduled for August, was moved to Oct. 14.', '2003-09-10', 'August', '2003-08'],
  ['The hearing, originally scheduled for October, was moved to Nov. 14.', '2003-09-10', 'October', '2003-10'], // guard (passed before)
  ['The meeting, initially set for May, was postponed to July 3.', '2003-06-20', 'May', '2003-05'],
];

const PARTICIPLE_ASIDES: readonly Case[] = [
  // a year inside an aside opened by a past participle (", enacted in 1996,") keeps its year to itself
  ['The law, enacted in 1996, was struck down in June.', '2003-09-10', 'June', '2003-06'],
  ['The company, founded in 1990, hired 200 workers in March.', '2003-09-10', 'March', '2003-03'],
  ['The bridge, built in 1931, was closed in October.', '1998-11-20', 'October', '1998-10'],
];

const FORECAST_FOR: readonly Case[] = [
  // a time a forecast is "for" lies near the telling on either side (a past verb made it last week's)
  ['Heavy rain was forecast for Thursday and Friday, state media said.', '2008-05-14', 'Thursday', '2008-05-15'],
  ['Heavy rain was forecast for Thursday and Friday, state media said.', '2008-05-14', 'Friday', '2008-05-16'],
  ['Snow was predicted for Saturday across the region.', '1998-01-08', 'Saturday', '1998-01-10'],
  ['The storm, predicted for Tuesday, never came.', '2008-05-14', 'Tuesday', '2008-05-13'], // guard (passed before)
];

describe('round 9 (times9)', () => {
  describeValueTables('round 9', {
    'compared terms': COMPARED_TERMS,
    'compared terms, guards': COMPARED_TERMS_GUARDS,
    'half-year figures': HALF_YEAR_FIGURES,
    'future in the past': FUTURE_IN_THE_PAST,
    'future in the past, guards': FUTURE_IN_THE_PAST_GUARDS,
    'due dates': DUE_DATES,
    'due dates, guards': DUE_DATES_GUARDS,
    'glued day ranges': GLUED_DAY_RANGES,
    'periods ending on a date': PERIODS_ENDING,
    'periods ending on a date, guards': PERIODS_ENDING_GUARDS,
    'print datelines': PRINT_DATELINES,
    'print datelines, guards': PRINT_DATELINES_GUARDS,
    'years after "over"': YEARS_AFTER_OVER,
    weekends: WEEKENDS,
    'scheduled months': SCHEDULED_MONTHS,
    'participle asides': PARTICIPLE_ASIDES,
    'forecast for': FORECAST_FOR,
  });
});

// guards (passed before): a range needs a glued hyphen or a closing day that ends the phrase
describeNotTimes('round 9: no day ranges', [
  ['On Dec. 2 and 24 people died.', '24'],
  ['The ratio fell on Oct. 11 - 20 percent of shares.', '20'],
  ['The Senate voted Oct. 11 51-49 to pass it.', '51'],
  // "over" before a count stays "more than" (guards)
  ['The town has over 2000 residents.', '2000'],
  ['Attendance was over 2000, police said.', '2000'],
  ['The plane flew at over 1950 feet.', '1950'],
], '1989-10-26');

// "the last weekend of May" is no "last weekend" (was the weekend before the report)
describeNotTimes('round 9: a last part of something', [
  ['The last weekend of May is always busy.', 'weekend'],
  ['Prices peaked during the last week of the campaign.', 'week'],
], '1998-03-05');

// "called for May to resign" is a demand, not a schedule (guard)
describeNotTimes('round 9: names after "for"', [
  ['The party called for May to resign.', 'May'],
  ['Most Tories voted for May.', 'May'],
], '2017-05-10');
