// Round 14 classes of TimeML values, each on sentences written for this table in the styles of 2004-2011 Wikinews
// business reports, 1989-1998 TimeBank-style wires and broadcast transcripts, weekly and monthly economic releases,
// anniversaries and retrospectives. Every triple failed before round 14, except the guards marked as such.
import { describeValueTables, type TimeCase as Case } from './helpers/time-tables.js';

const COUNTED_NOUNS_BEFORE_A_WEEKDAY: readonly Case[] = [
  // a word in -s after a number is a counted noun, not a verb of schedule: the weekday keeps its clause's tense
  ['Trading volume was about 410 million shares, down from 520 million shares Friday.', '1998-04-06', 'Friday', '1998-04-03'],
  ['Volume rose to 650 million shares, from 580 million shares Monday.', '1998-04-08', 'Monday', '1998-04-06'],
  ['Turnover was 1.2 billion shares, against 900 million shares Tuesday.', '1998-04-09', 'Tuesday', '1998-04-07'],
  ['guard (passes before the change too): Parliament votes Friday on the budget.', '1998-04-08', 'Friday', '1998-04-10'],
  ['guard (passes before the change too): Volume totaled 300 million shares Friday.', '1998-04-06', 'Friday', '1998-04-03'],
];

const PAST_VERBS_AFTER_A_MODAL: readonly Case[] = [
  // a past verb in a clause whose own modal follows a verb of expecting tells a past happening, not a wanted result
  ['Traders await the jobs report, which economists expect will show the economy added 150,000 jobs in March.', '2010-04-13', 'March', '2010-03'],
  ['The survey, which analysts expect will show builders started fewer homes in May, is due Tuesday.', '2012-06-15', 'May', '2012-05'],
  ['Investors expect it could show factories cut output in October.', '2009-11-12', 'October', '2009-10'],
  ['guard (passes before the change too): The company expects the deal completed by June.', '2012-02-10', 'June', '2012-06'],
];

const MONTHS_CLOSING_A_PERIOD_AFTER_IN: readonly Case[] = [
  // "the quarter ending in January": the closing month is the nearer one, or the coming one in a forecast
  ['The company said revenue in the quarter ending in January would grow 8 percent.', '2010-11-10', 'January', '2011-01'],
  ['The chain said sales in the three months ending in February would rise 4 percent.', '2011-01-20', 'February', '2011-02'],
  ['guard (passes before the change too): The retailer raised its forecast for the year ending in January.', '2012-11-20', 'January', '2013-01'],
  ['guard (passes before the change too): Profit fell in the quarter ending in June, the bank said.', '2010-07-20', 'June', '2010-06'],
];

const PAST_CLAUSES_AFTER_A_FUTURE_DAY: readonly Case[] = [
  // a day told in a future clause is no day a past clause goes on from
  ['Twenty years ago today, guards opened the border. On Monday, leaders will gather to mark it. Merkel crossed the border that night with her sister.', '2009-11-09', 'that night', '1989-11-09TNI'],
  ['Fifty years ago today, a cyclone struck the coast. On Sunday, survivors will gather at a memorial. Many of them fled inland the next day.', '2020-11-12', 'the next day', '1970-11-13'],
  ['On March 3, 1991, police beat a motorist in Los Angeles. A new film about it opens on Friday. The video aired on television the following day.', '2016-03-01', 'the following day', '1991-03-04'],
  // a future clause goes on from the future day
  ['guard (passes before the change too): Twenty years ago today, guards opened the border. On Monday, leaders will gather to mark it. They will dine together that night.', '2009-11-07', 'that night', '2009-11-09TNI'],
  ['guard (passes before the change too): Leaders will meet on Monday. Talks will resume the next day.', '2009-11-07', 'the next day', '2009-11-10'],
];

const FINANCIAL_YEARS: readonly Case[] = [
  // British, Australian and Indian "financial year" before a closing word is the fiscal year
  ['Profit in the financial year ended March 31 rose 12 percent.', '2011-05-20', 'the financial year', 'FY2011'],
  ['Its financial year ending in June was its best, the miner said.', '2011-08-25', 'Its financial year', 'FY2011'],
  ['The lender lost money in its latest financial year, which ended Feb. 28.', '2010-05-10', 'its latest financial year', 'FY2010'],
];

const FISCAL_YEARS_CLOSED_BY_TO: readonly Case[] = [
  // "the fiscal year to June": British "to" and a month close a fiscal year as "ended" does
  ['Profit in the fiscal year to June rose 41 percent.', '2011-08-25', 'the fiscal year', 'FY2011'],
  ['Profit in the financial year to March 31 rose 12 percent.', '2011-05-20', 'the financial year', 'FY2011'],
  ['The bank expects profit to rise in the financial year to March.', '2011-08-25', 'the financial year', 'FY2012'],
  ['guard (passes before the change too): Profit in the year to June rose 41 percent.', '2011-08-25', 'the year', 'FY2011'],
];

const RELATIVE_FISCAL_YEARS_IN_A_KNOWN_CALENDAR: readonly Case[] = [
  // once a closing date has pinned the fiscal year, "this/the current/next fiscal year" counts from the one holding the day
  ['Profit in the year to June rose 41 percent. The airline expects fuel costs to rise in the current fiscal year.', '2011-08-25', 'the current fiscal year', 'FY2012'],
  ['Its fiscal year ends Sept. 30. The company expects sales to grow next fiscal year.', '1989-11-20', 'next fiscal year', 'FY1991'],
  ['The miner earned $2 billion in the year ended June 30. It will spend more on exploration this fiscal year.', '2013-08-20', 'this fiscal year', 'FY2014'],
  ['guard (passes before the change too): Profit will rise this fiscal year.', '2011-08-25', 'this fiscal year', 'FY2011'],
  ['guard (passes before the change too): Net income rose in the year ended Dec. 31. It expects growth this fiscal year.', '2011-02-25', 'this fiscal year', 'FY2011'],
];

const YEARS_COUNTED_FROM_A_FISCAL_YEAR: readonly Case[] = [
  // a year counted from a fiscal year pinned by its closing date is the fiscal year that many back
  ['Qantas said profit in the year to June rose 41 percent from a year earlier.', '2011-08-25', 'a year earlier', 'FY2010'],
  ['Profit for the fiscal year ended Sept. 30 fell to $40 million from $52 million a year earlier.', '1989-11-25', 'a year earlier', 'FY1988'],
  ['The utility earned $3 million in the year ended June 30, compared with $2 million the previous year.', '1989-08-25', 'the previous year', 'FY1988'],
  ['guard (passes before the change too): Sales rose 5 percent last year from a year earlier.', '1989-11-25', 'a year earlier', '1987'],
  ['guard (passes before the change too): Net income for the year ended Dec. 31 rose 8% from a year earlier.', '1990-02-25', 'a year earlier', '1988'],
];

const FISCAL_QUARTERS_FORECAST: readonly Case[] = [
  // a forecast of a fiscal quarter with no year and no fiscal calendar known is the quarter running, the one after
  // the quarter just reported
  ['Cisco Systems on Wednesday forecast fiscal second-quarter revenue below estimates.', '2010-11-10', 'second-quarter', '2010-Q4'],
  ['The chipmaker said it expects fiscal third-quarter sales to rise 10 percent.', '2011-05-18', 'third-quarter', '2011-Q2'],
  ['The retailer projected fiscal fourth-quarter earnings of 80 cents a share.', '2012-11-15', 'fourth-quarter', '2012-Q4'],
  // tense pair: a fiscal quarter reported in the past is the one just ended
  ['guard (passes before the change too): Cisco reported fiscal first-quarter revenue of $10.8 billion.', '2010-11-10', 'first-quarter', '2010-Q3'],
  ['guard (passes before the change too): The chipmaker said fiscal second-quarter sales rose 10 percent.', '2011-05-18', 'second-quarter', '2011-Q1'],
  // a forecast overtaken by the results keeps its clause's reading
  ['guard (passes before the change too): Analysts had forecast fourth-quarter profit of 50 cents a share.', '2011-01-20', 'fourth-quarter', '2010-Q4'],
];

describeValueTables('times round 14', {
  'counted nouns before a weekday': COUNTED_NOUNS_BEFORE_A_WEEKDAY,
  'past verbs after a modal': PAST_VERBS_AFTER_A_MODAL,
  'months closing a period after "in"': MONTHS_CLOSING_A_PERIOD_AFTER_IN,
  'past clauses after a future day': PAST_CLAUSES_AFTER_A_FUTURE_DAY,
  'financial years': FINANCIAL_YEARS,
  'fiscal years closed by "to"': FISCAL_YEARS_CLOSED_BY_TO,
  'relative fiscal years in a known calendar': RELATIVE_FISCAL_YEARS_IN_A_KNOWN_CALENDAR,
  'years counted from a fiscal year': YEARS_COUNTED_FROM_A_FISCAL_YEAR,
  'fiscal quarters forecast': FISCAL_QUARTERS_FORECAST,
});
