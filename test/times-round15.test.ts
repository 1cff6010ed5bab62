// Round 15 classes of TimeML values, each on sentences written for this table in the styles of 2005-2012 airline,
// retailer and bank results, central-bank and economic releases, 1989-1998 wire copy with weekdays and clock times,
// court and legislative calendars, and retrospectives. Every triple failed before round 15, except the guards marked
// as such.
import { describe, expect, it } from 'vitest';
import { segmentText } from '../src/text/segment.js';
import { splitSentences } from '../src/text/sentences.js';
import { describeNotTimes, describeValueTables, type TimeCase as Case } from './helpers/time-tables.js';

const CLOCKS_CLOSING_A_SENTENCE: readonly Case[] = [
  // a clock closing its sentence before a capitalised word that is no weekday, month or zone: the next sentence's
  // day is not the clock's
  ['Bush will speak at 9 p.m. Congress meets Friday.', '1991-01-16', '9 p.m.', '1991-01-16T21:00'],
  ['The White House said the president would make a statement at 3 p.m. EST. Congress will reconvene Thursday.', '1991-01-16', '3 p.m. EST', '1991-01-16T15:00'],
  ['The governor will sign the bill at 11 a.m. Lawmakers return to the capital on Monday.', '1997-05-20', '11 a.m.', '1997-05-20T11:00'],
  ['guard (passes before the change too): The mayor will hold a news conference at 11 a.m. The council votes on Monday.', '1991-01-16', '11 a.m.', '1991-01-16T11:00'],
  ['guard (passes before the change too): Trading resumes at 9:30 a.m. Monday.', '1998-04-08', '9:30 a.m.', '1998-04-13T09:30'],
];

const BODY_BUSINESS_IN_THE_PRESENT: readonly Case[] = [
  // a body's act of business in the present, its object before the weekday, is on its calendar (tense pairs below)
  ['The House votes on the plan Wednesday.', '1997-05-20', 'Wednesday', '1997-05-21'],
  ['The Senate debates the nomination on Thursday.', '1997-05-20', 'Thursday', '1997-05-22'],
  ['The court hears arguments in the case Monday.', '1997-05-20', 'Monday', '1997-05-26'],
  ['The committee considers the bill Friday.', '1997-05-20', 'Friday', '1997-05-23'],
  ['The judge sentences the former mayor on Friday.', '1997-05-20', 'Friday', '1997-05-23'],
  ['guard (passes before the change too): The House voted on the plan Wednesday.', '1997-05-22', 'Wednesday', '1997-05-21'],
  ['guard (passes before the change too): Election officials counted the votes Friday.', '1997-05-20', 'Friday', '1997-05-16'],
  ['guard (passes before the change too): The party won most of the votes on Sunday.', '1997-05-20', 'Sunday', '1997-05-18'],
];

const PRESENT_STATES_UNTIL_A_DATE: readonly Case[] = [
  // a state that holds now and lasts until a date ends after the telling
  ['The company has until Sept. 30 to file its report.', '2009-03-25', 'Sept. 30', '2009-09-30'],
  ['The ban remains in place until October.', '2009-03-25', 'October', '2009-10'],
  ['The museum is closed until March 1.', '2009-11-25', 'March 1', '2010-03-01'],
  ['Lawmakers have until Oct. 1 to raise the limit.', '2011-03-10', 'Oct. 1', '2011-10-01'],
  ['guard (passes before the change too): The strike lasted until March.', '2009-11-25', 'March', '2009-03'],
  ['guard (passes before the change too): The plant was closed until March.', '2009-11-25', 'March', '2009-03'],
  ['guard (passes before the change too): He had until March to respond, but he never did.', '2009-11-25', 'March', '2009-03'],
];

const DATES_SET_FOR_A_DEADLINE: readonly Case[] = [
  // a date a verb of fixing gave to a deadline or date noun lies ahead of the telling
  ['A federal judge on Tuesday set a trial date of Sept. 10 for the former executive.', '2012-02-14', 'Sept. 10', '2012-09-10'],
  ['The board set a target date of Oct. 1 for the merger.', '2012-02-14', 'Oct. 1', '2012-10-01'],
  ['The agency set a deadline of April 15 for comments.', '2012-05-02', 'April 15', '2013-04-15'],
  ['The court imposed a deadline of Nov. 30 for the sale.', '2012-02-14', 'Nov. 30', '2012-11-30'],
  ['guard (passes before the change too): The company missed a deadline of Feb. 1 to file.', '2012-02-14', 'Feb. 1', '2012-02-01'],
  ['guard (passes before the change too): The union had set a deadline of Feb. 1, which passed quietly.', '2012-02-14', 'Feb. 1', '2012-02-01'],
];

const PLANS_AFTER_AN_OPENING_TIME: readonly Case[] = [
  // a time opening the sentence before "are expected to", "is set to": the clause looks ahead
  ['In the second half, fuel costs are expected to rise.', '2010-02-25', 'the second half', '2010-H2'],
  ['In the fourth quarter, output is set to fall.', '2012-08-20', 'the fourth quarter', '2012-Q4'],
  ['On Monday, the talks are expected to resume.', '2010-02-24', 'Monday', '2010-03-01'],
  ['guard (passes before the change too): In the second half, costs rose 5 percent.', '2010-02-25', 'the second half', '2009-H2'],
];

const THE_YEAR_OF_ITS_FIRST_OR_LAST_MONTHS: readonly Case[] = [
  // "the year" after a count of its first or last months is a year of the report: one whose months are over when told
  // in the past, one whose months are still to come in a forecast
  ['In the first 11 months of the year, exports rose 8 percent.', '2012-12-12', 'the year', '2012'],
  ['Sales in the final three months of the year rose 4 percent.', '2012-01-20', 'the year', '2011'],
  ['The bank said its fourth-quarter profit fell. It earned $702 million in the last three months of the year.', '2009-01-15', 'the year', '2008'],
  ['In the final three months of the year, sales are expected to rise.', '2012-09-20', 'the year', '2012'],
  ['Car sales fell 12 percent in the first five weeks of the year.', '2010-02-20', 'the year', '2010'],
  ['guard (passes before the change too): Exports rose 8 percent in the first nine months of this year.', '2012-10-20', 'this year', '2012'],
];

const PREVIOUS_QUARTERS_AFTER_A_YEAR: readonly Case[] = [
  // "the previous quarter" steps back from the quarter reported, even after a year told in between
  ['Profit rose 4 percent in the second quarter. It earned $1.7 billion, compared with $1.6 billion in the year-earlier period. Sales fell 1.2 percent. The retailer reaffirmed its forecast for fiscal 2006. In the previous quarter, sales had risen 1.1 percent.', '2006-08-15', 'the previous quarter', '2006-Q1'],
  ['Profit rose 9 percent in the third quarter, against a loss in the year-ago quarter. Costs were flat. The bank kept its target for 2011. Revenue was higher than in the prior quarter.', '2011-10-20', 'the prior quarter', '2011-Q2'],
  ['guard (passes before the change too): Home Depot said its second-quarter profit rose 4 percent. In the previous quarter, sales had risen 1.1 percent.', '2006-08-15', 'the previous quarter', '2006-Q1'],
];

const YEARS_COUNTED_BACK_FROM_A_WRITTEN_FISCAL_YEAR: readonly Case[] = [
  // a year counted back right after a written fiscal year is the fiscal year that many back
  ['In fiscal 1989, sales rose 5 percent. A year earlier, they had fallen 3 percent.', '1989-11-20', 'A year earlier', 'FY1988'],
  ['Net income for fiscal 1996 rose to $45 million from $38 million a year earlier.', '1996-08-02', 'a year earlier', 'FY1995'],
  ['Profit in fiscal 2010 was $45 million, up from $38 million the previous year.', '2010-10-20', 'the previous year', 'FY2009'],
  ['The company earned $45 million in fiscal 1989. Two years earlier, it lost money.', '1989-11-20', 'Two years earlier', 'FY1987'],
  ['guard (passes before the change too): Profit in 1989 was $45 million, up from $38 million a year earlier.', '1990-02-20', 'a year earlier', '1988'],
];

const PERIODS_CLOSING_IN_THE_PRESENT: readonly Case[] = [
  // a period whose close is told in the present ends ahead, whatever the verb of its clause
  ['Sales rose 14 percent in the first nine months of the fiscal year, which ends in February.', '2007-11-13', 'the fiscal year', 'FY2008'],
  ['Sales rose in the first eight months of the fiscal year, which ends Sept. 30.', '2007-05-13', 'the fiscal year', 'FY2007'],
  ['Profit fell in the fiscal year, which ends Jan. 31.', '2007-11-13', 'the fiscal year', 'FY2008'],
  ['guard (passes before the change too): The fiscal year, which ends in February, has been difficult.', '2007-11-13', 'The fiscal year', 'FY2008'],
  ['guard (passes before the change too): Profit fell in the fiscal year, which ended in February.', '2007-11-13', 'the fiscal year', 'FY2007'],
];

const QUARTERS_CLOSED_BY_A_DATE_AFTER_THREE_MONTHS: readonly Case[] = [
  // the date closing "the three months" (or six, in June or December) closes the quarter or half discussed, so a year
  // counted back from it is that period a year back
  ["Australia's economy expanded 1.2 percent in the three months to June 30. From a year earlier, growth was 3.3 percent.", '2010-09-01', 'a year earlier', '2009-Q2'],
  ['Net income rose to $40 million in the three months ended Sept. 30. A year earlier, it earned $31 million.', '2007-10-24', 'A year earlier', '2006-Q3'],
  ['Sales fell 4 percent in the three months through March, and were down 6 percent from a year earlier.', '2009-05-12', 'a year earlier', '2008-Q1'],
  ['The bank earned $2 billion in the six months to Dec. 31. A year earlier, it lost money.', '2010-02-25', 'A year earlier', '2008-H2'],
  ['guard (passes before the change too): For the six months through September, net profit dropped 22% from a year earlier.', '2010-11-10', 'a year earlier', '2009'],
];

const PLURAL_NOUNS_IN_A_CLAUSE_OF_TIME: readonly Case[] = [
  // a plural noun of a suffix no verb takes ("arguments", "hearings") is no present verb of a clause of time
  ['The ruling came three months after oral arguments in March.', '2012-06-28', 'March', '2012-03'],
  ['The bill passed days after public hearings in May.', '2011-07-20', 'May', '2011-05'],
  ['Shares fell after weak earnings in January.', '2009-06-10', 'January', '2009-01'],
  ['guard (passes before the change too): France has pushed for a deal before the presidency rotates on June 1.', '2011-05-20', 'June 1', '2011-06-01'],
];

const PHRASAL_VERBS_OF_SCHEDULE: readonly Case[] = [
  // a present verb with its particle right before the time tells a schedule (tense pairs: a past verb keeps the past)
  ['If it fails, the government shuts down on Saturday.', '2003-03-12', 'Saturday', '2003-03-15'],
  ['The chief executive steps down on Friday.', '2003-03-12', 'Friday', '2003-03-14'],
  ['The plant shuts down Saturday for repairs.', '2003-03-12', 'Saturday', '2003-03-15'],
  ['guard (passes before the change too): The plant shut down Saturday for repairs.', '2003-03-12', 'Saturday', '2003-03-08'],
  ['guard (passes before the change too): Stocks closed up Friday.', '2003-03-12', 'Friday', '2003-03-07'],
];

const OVERNIGHT_AFTER_A_PARTICIPLE: readonly Case[] = [
  // "overnight" between a participle and the clause's verb is an adverb of the participle
  ['Polls taken overnight showed his approval steady.', '1998-08-18', 'overnight', '1998-08-17TNI'],
  ['Figures released overnight suggest the economy is slowing.', '2009-04-14', 'overnight', '2009-04-13TNI'],
  ['Ballots counted overnight gave the opposition a lead.', '2012-05-07', 'overnight', '2012-05-06TNI'],
  ['guard (passes before the change too): Stocks in Asia fell overnight.', '1998-08-18', 'overnight', '1998-08-17TNI'],
];

const ENDS_OF_A_WEEK_OR_MONTH: readonly Case[] = [
  // "by week's end", "at month's end" as "by year's end": the current period
  ["A U.S. commander said the fighting could end by week's end.", '1991-02-27', "week's end", '1991-W09'],
  ["The index rose 4 percent by month's end.", '2008-10-31', "month's end", '2008-10'],
  ["The bank hopes to close the sale before quarter's end.", '2011-09-12', "quarter's end", '2011-Q3'],
  ["guard (passes before the change too): The deal should close by year's end.", '1991-02-27', "year's end", '1991'],
];

const STATES_LASTING_THROUGH_A_TIME: readonly Case[] = [
  // a present verb of lasting before "through" tells a state that ends ahead (tense pairs: the past keeps the past)
  ['Celebrations continue through the weekend.', '1997-07-01', 'the weekend', '1997-W27-WE'],
  ['The exhibition remains on view through Monday.', '1997-07-03', 'Monday', '1997-07-07'],
  ['Talks continue through Thursday.', '1997-07-04', 'Thursday', '1997-07-10'],
  ['guard (passes before the change too): The festival continued through the weekend.', '1997-07-01', 'the weekend', '1997-W26-WE'],
  ['guard (passes before the change too): Sales are up 5 percent through March.', '1997-07-01', 'March', '1997-03'],
];

const DEALS_AGREED_ON_A_DAY: readonly Case[] = [
  // a deal agreed or offered is done when agreed: the weekday after it dates the agreement (tense pair: a meeting
  // agreed to is still to come)
  ['Merrill Lynch agreed to sell itself to Bank of America on Sunday.', '2008-09-16', 'Sunday', '2008-09-14'],
  ['Disney agreed to buy Pixar on Tuesday for $7.4 billion.', '2006-01-26', 'Tuesday', '2006-01-24'],
  ['The insurer offered to pay $2 billion on Monday to settle the claims.', '2006-01-26', 'Monday', '2006-01-23'],
  ['guard (passes before the change too): The two sides agreed to meet on Friday.', '2006-01-26', 'Friday', '2006-01-27'],
  ['guard (passes before the change too): The company has agreed to sell the unit on Monday.', '2006-01-26', 'Monday', '2006-01-30'],
];

const LATER_AFTER_A_TOLD_TIME: readonly Case[] = [
  // guards: "later" counted from a time the text told keeps its value
  ['guard (passes before the change too): The plant opened in 1950. Half a century later, it closed.', '2012-05-01', 'Half a century later', '2000'],
  ['guard (passes before the change too): The suspect will be charged a day later.', '2012-05-01', 'a day later', '2012-05-02'],
];

const YEARS_AGO_ON_A_DAY_OF_THE_WEEK: readonly Case[] = [
  // "N years ago tomorrow", "N years ago this Sunday": that day of the report's week, counted back
  ['Ten years ago this Sunday, hijackers flew two planes into the towers.', '2011-09-09', 'Ten years ago this Sunday', '2001-09-11'],
  ['Twenty years ago tomorrow, the Berlin Wall fell.', '2009-11-08', 'Twenty years ago tomorrow', '1989-11-09'],
  ['Fifty years ago Monday, Allied troops landed in Normandy.', '1994-06-07', 'Fifty years ago Monday', '1944-06-06'],
  ['The coup came 25 years ago on Friday.', '2016-07-13', '25 years ago on Friday', '1991-07-15'],
  ['guard (passes before the change too): Forty years ago today, Neil Armstrong stepped onto the moon.', '2009-07-20', 'Forty years ago today', '1969-07-20'],
];

const ADVICE_AND_INSTRUCTIONS_AHEAD: readonly Case[] = [
  // what someone was advised, instructed or required to do is still ahead (tense pair: the verb's own time stays)
  ['Foreign embassies advised their citizens to leave by midweek.', '1989-06-05', 'midweek', '1989-W23'],
  ['The State Department instructed staff to return by Thursday.', '1989-06-09', 'Thursday', '1989-06-15'],
  ['Companies were required to file by Jan. 15.', '2012-06-14', 'Jan. 15', '2013-01-15'],
  ['guard (passes before the change too): He directed traffic on Monday.', '2012-02-14', 'Monday', '2012-02-13'],
];

const PRESENT_ACTS_ON_THE_CALENDAR: readonly Case[] = [
  // a present third-person verb right after the sentence's subject, with its object, tells an act on the calendar
  // (tense pairs: the past keeps the past; plural nouns in -s before a verb are no present acts)
  ['The president signs the bill Friday.', '1998-04-08', 'Friday', '1998-04-10'],
  ['The central bank announces its decision Thursday.', '1998-04-08', 'Thursday', '1998-04-09'],
  ['Microsoft reports results after the bell Thursday.', '1998-04-08', 'Thursday', '1998-04-09'],
  ['The pope celebrates Mass on Sunday.', '1998-04-08', 'Sunday', '1998-04-12'],
  ['guard (passes before the change too): The president signed the bill Friday.', '1998-04-08', 'Friday', '1998-04-03'],
  ['guard (passes before the change too): Rebel forces on Monday captured the airport.', '2012-03-14', 'Monday', '2012-03-12'],
  ['guard (passes before the change too): The ministry says its troops killed 20 rebels on Friday.', '1998-04-08', 'Friday', '1998-04-03'],
  ['guard (passes before the change too): For the six months through September, net profit dropped 22 percent from a year earlier.', '2008-11-06', 'a year earlier', '2007'],
];

describeValueTables('round 15', {
  PRESENT_ACTS_ON_THE_CALENDAR,
  ADVICE_AND_INSTRUCTIONS_AHEAD,
  YEARS_AGO_ON_A_DAY_OF_THE_WEEK,
  LATER_AFTER_A_TOLD_TIME,
  DEALS_AGREED_ON_A_DAY,
  OVERNIGHT_AFTER_A_PARTICIPLE,
  ENDS_OF_A_WEEK_OR_MONTH,
  STATES_LASTING_THROUGH_A_TIME,
  PLURAL_NOUNS_IN_A_CLAUSE_OF_TIME,
  PHRASAL_VERBS_OF_SCHEDULE,
  QUARTERS_CLOSED_BY_A_DATE_AFTER_THREE_MONTHS,
  YEARS_COUNTED_BACK_FROM_A_WRITTEN_FISCAL_YEAR,
  PERIODS_CLOSING_IN_THE_PRESENT,
  THE_YEAR_OF_ITS_FIRST_OR_LAST_MONTHS,
  PREVIOUS_QUARTERS_AFTER_A_YEAR,
  CLOCKS_CLOSING_A_SENTENCE,
  BODY_BUSINESS_IN_THE_PRESENT,
  PRESENT_STATES_UNTIL_A_DATE,
  DATES_SET_FOR_A_DEADLINE,
  PLANS_AFTER_AN_OPENING_TIME,
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

// a past happening counted forward from no time told would lie after the report: "later" then has no value
describeNotTimes('round 15: "later" in the past with no time before it', [
  ['Two years later, the plant closed.', 'Two years later'],
  ['Half a century later, the plant closed for good.', 'Half a century later'],
  ['A day later, police arrested him.', 'A day later'],
], '2012-05-01');
