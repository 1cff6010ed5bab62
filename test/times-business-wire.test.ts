// Round 6 classes of TimeML values, each on sentences written for this table in the styles of business newswire
// (commodity columns, data releases, earnings with fiscal quarters, European and Japanese quarterly reports) and
// the weekday directions from the two ends of an ISO week. 2007-04-09 is a Monday, 2007-04-15 a Sunday,
// 1989-10-23 a Monday.
import { describe, expect, it } from 'vitest';
import { describeNotTimes, describeValueTables, timesIn, type TimeCase as Case } from './helpers/time-tables.js';

const MON = '2007-04-09';
const SUN = '2007-04-15';

const DELIVERY_AND_FIGURE_MONTHS: readonly Case[] = [
  // a contract month is the current one or ahead, whatever the tense of the market report
  ['Copper for December delivery fell 2.3 cents a pound.', '1989-10-23', 'December', '1989-12'],
  ['Gold for October delivery rose $2.10 an ounce.', '1989-10-23', 'October', '1989-10'],
  ['Crude for April delivery rose 60 cents to $39.08 a barrel.', '2009-02-20', 'April', '2009-04'],
  ['Wheat for May delivery slipped 3 cents.', MON, 'May', '2007-05'],
  ['March futures closed lower in Chicago.', MON, 'March', '2008-03'],
  ['June futures settled at 1,420.', '2007-07-02', 'June', '2008-06'],
  // a contract is not a delivery month: its month keeps the tense of the clause
  ['Airbus won the February contract after a long bidding war.', '2008-06-10', 'February', '2008-02'],
  // a figure for an ambiguous month after "for" is that month, the one nearest the telling
  ['Retail sales are expected to show a 0.5% gain for March.', MON, 'March', '2007-03'],
  ['Retail sales for May will be released on Tuesday.', '2011-06-08', 'May', '2011-05'],
  ['Economists had forecast a rise for August, the ministry said.', '2011-09-14', 'August', '2011-08'],
  ['Orders for June were weaker than expected.', '2011-07-26', 'June', '2011-06'],
  ['Economists had expected a 2% gain for September.', '1989-10-23', 'September', '1989-09'],
  ['Sales for March rose 4 percent.', '2009-12-10', 'March', '2009-03'],
];

const MONTH_RANGES: readonly Case[] = [
  ['Operating profit for the April-June period was 2.1 billion kronor.', '2011-07-20', 'the April-June period', '2011-Q2'],
  ['Net income in the July-September quarter fell 12 percent.', '2011-11-04', 'the July-September quarter', '2011-Q3'],
  ['Sales in January-March 2011 fell.', '2011-06-01', 'January-March 2011', '2011-Q1'],
  ['Exports grew in the January-June period.', '2011-08-10', 'the January-June period', '2011-H1'],
  ['Output rose in the July-December period.', '2012-02-10', 'the July-December period', '2011-H2'],
  ['The April to June quarter was the strongest on record.', '2011-08-01', 'The April to June quarter', '2011-Q2'],
  ['The carmaker will report its October-December results in February.', '2011-12-15', 'October-December', '2011-Q4'],
  // the period named this way is the one a comparison counts from
  ['Profit for the April-June period fell from the same period last year.', '2011-07-20', 'the same period last year', '2010-Q2'],
];

const FISCAL_QUARTERS_ENDED: readonly Case[] = [
  // a numbered quarter tied to its closing date is the calendar quarter that closes then
  ['Net income for its fiscal first quarter, ended Sept. 30, fell 23%.', '1989-10-23', 'first quarter', '1989-Q3'],
  ['It reported a loss for its fiscal second quarter, which ended Sept. 29.', '2007-11-12', 'second quarter', '2007-Q3'],
  ['Sales in the third quarter ended Dec. 31 rose 4%.', '1998-01-20', 'the third quarter', '1997-Q4'],
  ['Profit for the first half ended June 30 doubled.', '2009-08-14', 'the first half', '2009-H1'],
  ['Results for the fourth quarter, which ends Dec. 31, should improve.', '1997-10-23', 'the fourth quarter', '1997-Q4'],
  ['In the fiscal year ended June 30, the company earned $81 million.', '1989-10-23', 'the fiscal year', 'FY1989'],
  ['For the fiscal year ending March 31, it expects a profit.', '2010-11-05', 'the fiscal year', 'FY2011'],
  // without a quarter named, a past-tense report speaks of the quarter just ended
  ['The charge came in the year-ago quarter.', '1989-10-23', 'the year-ago quarter', '1988-Q3'],
];

const FULL_YEAR: readonly Case[] = [
  // "full-year" is the year under discussion: the year of the quarter just reported, else the current one
  ['Fourth-quarter net rose 15%. Full-year revenue rose 8%.', '1990-01-25', 'Full-year', '1989'],
  ['The company cut its full-year forecast on Tuesday.', '2011-07-20', 'full-year', '2011'],
];

const SPLIT_FISCAL_YEARS: readonly Case[] = [
  // a fiscal year written over two calendar years is named by the year it ends in
  ['The budget for the 1990-91 fiscal year rose.', '1991-11-15', 'the 1990-91 fiscal year', 'FY1991'],
  ['Revenue in fiscal 1990-91 fell.', '1991-11-15', 'fiscal 1990-91', 'FY1991'],
  ['Spending in fiscal 1999-2000 rose.', '2000-11-15', 'fiscal 1999-2000', 'FY2000'],
  ['The 1991 fiscal year began.', '1991-11-15', 'The 1991 fiscal year', 'FY1991'],
];

const PERIODS_CLOSING_IN_A_MONTH: readonly Case[] = [
  // American "through" closes a period as "ended" does
  ['Sales in the year through March fell.', '1991-11-15', 'the year', 'FY1991'],
  ['The company earned $2 million in the quarter through June.', '1991-11-15', 'the quarter', '1991-Q2'],
  ['Results for the quarter ending in March will be released in May.', '1989-11-15', 'the quarter', '1990-Q1'],
  ['The fiscal year that ended in June was its best.', '1989-11-15', 'The fiscal year', 'FY1989'],
  ['Sales for the quarter that ended in December rose.', '2010-02-10', 'the quarter', '2009-Q4'],
];

const BRITISH_PERIODS: readonly Case[] = [
  // "the year to March 31" is the financial year closing then, as "the year ending March 31"
  ['Pre-tax profits for the year to March 31 rose 12 per cent.', '2010-05-20', 'the year', 'FY2010'],
  ['Sales for the year to December 31 fell.', '2010-02-20', 'the year', '2009'],
  ['Turnover in the year to March fell 3 per cent.', '2010-05-20', 'the year', 'FY2010'],
  ['Output rose 0.4 per cent in the quarter to September, figures showed.', '2010-10-26', 'the quarter', '2010-Q3'],
  // "Wednesday week": the Wednesday a week after the coming one
  ['The retailer will report results on Wednesday week.', '2010-05-20', 'Wednesday week', '2010-06-02'],
  ['The board meets on Thursday week.', '2010-05-20', 'Thursday week', '2010-05-27'],
  ['The inquiry reopens on Monday week.', '2010-05-23', 'Monday week', '2010-05-31'],
  // American "a week from Tuesday", "a week ago Monday": one date, whole weeks from the coming or the last weekday
  ['The vote is a week from Tuesday.', '2009-11-18', 'a week from Tuesday', '2009-12-01'],
  ['The hearing is two weeks from Friday.', '2009-11-18', 'two weeks from Friday', '2009-12-04'],
  ['The fire started a week ago Monday.', '2009-11-18', 'a week ago Monday', '2009-11-09'],
  // "for a week from Monday" is a stretch starting on Monday
  ['The store will be closed for a week from Monday.', '2009-11-18', 'a week', 'P1W'],
  ['The store will be closed for a week from Monday.', '2009-11-18', 'Monday', '2009-11-23'],
];

const ELIDED_QUARTERS_AND_HALVES: readonly Case[] = [
  // after a numbered quarter or half, "the second" alone is another one of the same year
  ['The economy grew at a 2.5% rate in the third quarter, down from 2.7% in the second.', '1989-11-07', 'the second', '1989-Q2'],
  ['Sales fell in the first half of 1998 but rose in the second.', '1999-02-01', 'the second', '1998-H2'],
  ['Earnings in the second quarter beat those in the first.', '1998-08-01', 'the first', '1998-Q1'],
  ['Margins in the fourth quarter were wider than in the third.', '2001-02-01', 'the third', '2000-Q3'],
];

const YEARS_INSIDE_RELATIVE_CLAUSES: readonly Case[] = [
  // a year inside ", which ... ," does not give its year to the quarter after the clause closes
  ['The steelmaker, which lost $32 million in 1988, said it would take a charge in the fourth quarter.', '1989-11-15', 'the fourth quarter', '1989-Q4'],
  ['The airline, which was founded in 1971, expects a profit in the second half.', '1998-03-10', 'the second half', '1998-H2'],
  // without the relative clause the year carries, as before
  ['In 1988, the company took a charge in the fourth quarter.', '1989-11-15', 'the fourth quarter', '1988-Q4'],
];

const FIRST_MONTHS_OF_THE_YEAR: readonly Case[] = [
  // "the first N months" puts its year under discussion: what is compared with it is the year before
  ['Sales in the first two months of the year were down 5 percent from the year-earlier period.', '2008-03-04', 'the year-earlier period', '2007'],
  ['For the first eight months, the deficit ran $164 billion, against $150 billion a year earlier.', '1998-10-20', 'a year earlier', '1997'],
  ['Revenue in the first 10 months rose from the same period last year.', '2005-11-20', 'the same period last year', '2004'],
];

const ELLIPTICAL_PERIODS: readonly Case[] = [
  ['Inflation will stay above 2 percent this year and next.', '2007-03-08', 'next', '2008'],
  ['Profits fell last year and this.', '2007-03-08', 'this', '2007'],
  ['The deal could close this month or next, he said.', '2007-03-08', 'next', '2007-04'],
  ['Spending will rise this quarter and next.', '2007-03-08', 'next', '2007-Q2'],
];

const NAMED_DAYS: readonly Case[] = [
  ['Voters went to the polls on Election Day.', '2012-11-08', 'Election Day', '2012-11-06'],
  ['Turnout on Election Day will be high.', '2000-10-20', 'Election Day', '2000-11-07'],
  ['Stores opened at dawn on Black Friday.', '2011-11-28', 'Black Friday', '2011-11-25'],
  ['Offices will close on Martin Luther King Day.', '2009-01-10', 'Martin Luther King Day', '2009-01-19'],
  ["Banks were shut on Presidents' Day.", '2010-02-20', "Presidents' Day", '2010-02-15'],
  ["Parades marked St. Patrick's Day.", '2010-03-20', "St. Patrick's Day", '2010-03-17'],
  ['Fireworks lit the sky on the Fourth of July.', '2010-07-06', 'Fourth of July', '2010-07-04'],
  ['Veterans gathered on Armistice Day.', '1998-11-12', 'Armistice Day', '1998-11-11'],
];

const REFERENCES_BACK: readonly Case[] = [
  // a day-sized reference back skips a coarser time in between to the day the narrative was at
  ['Jets struck the city on Wednesday. The raids were the worst since 1995. The same day, envoys left.', '1999-03-25', 'The same day', '1999-03-24'],
  ['Troops crossed the border on May 3. It was the first incursion since 2001. That night, shelling began.', '2009-05-10', 'That night', '2009-05-03TNI'],
  // "the night before", "the morning after": that part of the day before or after the day told last
  ['The storm hit on Sunday. Officials had warned residents the night before.', '1999-09-20', 'the night before', '1999-09-18TNI'],
  ['The vote was held on March 3. The morning after, the results were clear.', '2009-03-10', 'The morning after', '2009-03-04TMO'],
];

const JOINED_SEASONS: readonly Case[] = [
  // the second of two joined seasons is a season; "spring", "morning", "during" are no -ing verbs detaching the infinitive
  ['Economists expect sales to cool in the spring and summer.', '1997-04-29', 'summer', '1997-SU'],
  ['Prices rose in the fall and winter.', '1997-04-29', 'winter', '1996-WI'],
  ['He has asked them to return during the evening on Friday.', '1997-04-29', 'Friday', '1997-05-02'],
];

const NARRATED_CLOCKS: readonly Case[] = [
  // a past clock time after a sentence naming a day still to come is on the day of the report
  ['The deadline expires at midnight Sunday. Trading halted at 2:15 p.m.', '2009-11-18', '2:15 p.m.', '2009-11-18T14:15'],
  ['The summit ends at midday on Thursday. At 4 p.m., shares were up 2%.', '2009-11-18', '4 p.m.', '2009-11-18T16:00'],
  // after a day already past, the narrated day holds
  ['The blast occurred on Tuesday. Police arrived around 3 a.m.', '2009-11-18', '3 a.m.', '2009-11-17T03:00'],
];

const SET_WORDS: readonly Case[] = [
  ['Sales have been weak of late, the chain said.', MON, 'of late', 'PAST_REF'],
  ['He served Three Years in Texas, the court heard.', MON, 'Three Years', 'P3Y'],
  ['Interest on the notes is paid semiannually.', MON, 'semiannually', 'P6M'],
];

const EXPECTING_VERBS: readonly Case[] = [
  // a present verb of expecting looks ahead
  ['The company expects a profit in the second half.', '1998-03-10', 'the second half', '1998-H2'],
  ['The ministry predicts growth of 2 percent in the fourth quarter.', '2009-02-10', 'the fourth quarter', '2009-Q4'],
  ['She anticipates a decision on Friday.', MON, 'Friday', '2007-04-13'],
  // its past keeps the past reading
  ['The company expected a loss on Friday, and it came.', MON, 'Friday', '2007-04-06'],
];

const WANTED_RESULTS: readonly Case[] = [
  // a participle after a present verb of wanting and its object is still to come
  ['The White House wants the law passed by March.', '2009-11-18', 'March', '2010-03'],
  ['The company expects the deal completed by June.', '2009-11-18', 'June', '2010-06'],
  ['The union needs the contract signed by Monday.', '2009-11-18', 'Monday', '2009-11-23'],
  // a plain passive stays past
  ['The law was passed in March.', '2009-11-18', 'March', '2009-03'],
  ['He had the report finished by Friday.', '2009-11-18', 'Friday', '2009-11-13'],
  ['Economists expect that sales rose in March.', '2009-11-18', 'March', '2009-03'],
];

const COPULA_WEEKDAYS: readonly Case[] = [
  // a weekday as the predicate of a present "is/are" is when something is to happen
  ['The vote is on Friday.', MON, 'Friday', '2007-04-13'],
  ['The deadline is Saturday.', MON, 'Saturday', '2007-04-14'],
  ['The talks are on Thursday, officials said.', MON, 'Thursday', '2007-04-12'],
  ['The final is Sunday.', MON, 'Sunday', '2007-04-15'],
  // a possessive after a present reporting verb stays a past happening
  ["Police say Friday's blast killed six.", MON, 'Friday', '2007-04-06'],
  ["The big news is Saturday's vote, which drew record turnout.", MON, 'Saturday', '2007-04-07'],
  ['The market was closed on Friday.', MON, 'Friday', '2007-04-06'],
];

/** Tense pairs for every weekday from the first day of an ISO week (a Monday) and from its last (a Sunday). */
const WEEKDAY_DIRECTIONS_FROM_MONDAY: readonly Case[] = [
  ['The minister resigned on Monday.', MON, 'Monday', '2007-04-09'],
  ['The minister will resign on Monday.', MON, 'Monday', '2007-04-09'],
  ['Rebels attacked the base on Tuesday.', MON, 'Tuesday', '2007-04-03'],
  ['Rebels will attack the base on Tuesday.', MON, 'Tuesday', '2007-04-10'],
  ['The court ruled on Wednesday.', MON, 'Wednesday', '2007-04-04'],
  ['The court will rule on Wednesday.', MON, 'Wednesday', '2007-04-11'],
  ['The union struck on Thursday.', MON, 'Thursday', '2007-04-05'],
  ['The union will strike on Thursday.', MON, 'Thursday', '2007-04-12'],
  ['Voters went to the polls on Friday.', MON, 'Friday', '2007-04-06'],
  ['Voters will go to the polls on Friday.', MON, 'Friday', '2007-04-13'],
  ['The bridge reopened on Saturday.', MON, 'Saturday', '2007-04-07'],
  ['The bridge is scheduled to reopen on Saturday.', MON, 'Saturday', '2007-04-14'],
  ['Crowds gathered on Sunday.', MON, 'Sunday', '2007-04-08'],
  ['Crowds are expected to gather on Sunday.', MON, 'Sunday', '2007-04-15'],
];

const WEEKDAY_DIRECTIONS_FROM_SUNDAY: readonly Case[] = [
  ['The minister resigned on Monday.', SUN, 'Monday', '2007-04-09'],
  ['The minister will resign on Monday.', SUN, 'Monday', '2007-04-16'],
  ['Rebels attacked the base on Tuesday.', SUN, 'Tuesday', '2007-04-10'],
  ['Rebels could attack the base on Tuesday.', SUN, 'Tuesday', '2007-04-17'],
  ['The court ruled on Wednesday.', SUN, 'Wednesday', '2007-04-11'],
  ['The court is expected to rule on Wednesday.', SUN, 'Wednesday', '2007-04-18'],
  ['The union struck on Thursday.', SUN, 'Thursday', '2007-04-12'],
  ['The union plans to strike on Thursday.', SUN, 'Thursday', '2007-04-19'],
  ['Voters went to the polls on Friday.', SUN, 'Friday', '2007-04-13'],
  ['Voters will go to the polls on Friday.', SUN, 'Friday', '2007-04-20'],
  ['The bridge reopened on Saturday.', SUN, 'Saturday', '2007-04-14'],
  ['The bridge will reopen on Saturday.', SUN, 'Saturday', '2007-04-21'],
  ['Crowds gathered on Sunday.', SUN, 'Sunday', '2007-04-15'],
  ['Crowds will gather on Sunday.', SUN, 'Sunday', '2007-04-15'],
];

describeValueTables('round 6', {
  'delivery and figure months': DELIVERY_AND_FIGURE_MONTHS,
  'ranges of months that are a quarter or half': MONTH_RANGES,
  'numbered and fiscal periods tied to their closing date': FISCAL_QUARTERS_ENDED,
  'periods closing in a month': PERIODS_CLOSING_IN_A_MONTH,
  'split fiscal years': SPLIT_FISCAL_YEARS,
  'full-year': FULL_YEAR,
  'British periods, weeks from a weekday': BRITISH_PERIODS,
  'elided quarters and halves': ELIDED_QUARTERS_AND_HALVES,
  'years inside relative clauses': YEARS_INSIDE_RELATIVE_CLAUSES,
  'the first months of a year': FIRST_MONTHS_OF_THE_YEAR,
  'elliptical periods': ELLIPTICAL_PERIODS,
  'named days': NAMED_DAYS,
  'weekdays after a present copula': COPULA_WEEKDAYS,
  'set words': SET_WORDS,
  'narrated clock times': NARRATED_CLOCKS,
  'joined seasons': JOINED_SEASONS,
  'references back': REFERENCES_BACK,
  'present verbs of expecting': EXPECTING_VERBS,
  'wanted results': WANTED_RESULTS,
  'weekday directions from a Monday': WEEKDAY_DIRECTIONS_FROM_MONDAY,
  'weekday directions from a Sunday': WEEKDAY_DIRECTIONS_FROM_SUNDAY,
});

describeNotTimes('round 6: not times', [
  // a range of months that is no calendar quarter or half is not one period
  ['Output in the June-August period fell.', 'June-August period'],
  ['She said it would go ahead, a victory for May.', 'May'],
  ['The rally was a show of support for March organisers.', 'March'],
  ['In Kenya, election day passed calmly.', 'election day'],
  ['He said next and then left.', 'next'],
  ['The delivery van arrived.', 'delivery'],
  ['He finished the third quarter as the second.', 'second'],
  ['He likes spring and summer flowers.', 'summer'],
  ['In the year that ended with his death, he wrote two books.', 'year'],
  ['She met the widow of late President Kennedy.', 'late'],
  // a rolling British quarter is no calendar quarter
  ['Unemployment fell by 12,000 in the quarter to January.', 'quarter'],
  // a capitalised measure inside a name
  ['Growth targets for industry are written into the Ninth Five-Year Plan.', 'Five-Year'],
  ['Israel captured the city in the Six-Day War.', 'Six-Day'],
  ["England lost the Hundred Years' War.", 'Hundred'],
  ['Profit rose in the fourth quarter, the second consecutive gain.', 'second'],
], MON);

describe('round 6: spans', () => {
  it('"this year and next" gives two dates, the second for the bare word', () => {
    const times = timesIn('Growth will slow this year and next.', '2007-03-08');
    expect(times.map((t) => [t.text, t.value, t.rule])).toEqual([
      ['this year', '2007', 'rel-period'],
      ['next', '2008', 'rel-period-elliptical'],
    ]);
  });
  it('"from April to June" stays two months, not a quarter', () => {
    const times = timesIn('Prices rose from April to June.', '2007-08-01');
    expect(times.map((t) => t.value)).toEqual(['2007-04', '2007-06']);
  });
});
