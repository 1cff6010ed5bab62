// Round 14 classes of TimeML values, each on sentences written for this table in the styles of 2004-2011 Wikinews
// business reports, 1989-1998 TimeBank-style wires and broadcast transcripts, weekly and monthly economic releases,
// anniversaries and retrospectives. Every triple failed before round 14, except the guards marked as such.
import { describeNotTimes, describeValueTables, type TimeCase as Case } from './helpers/time-tables.js';

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

const RELEASES_STILL_TO_SHOW: readonly Case[] = [
  // a publishing participle in an aside takes the tense of the main verb: a report still expected to show is not out
  ["The government's monthly jobs report, released Friday, is expected to show employers added 100,000 jobs.", '2011-09-01', 'Friday', '2011-09-02'],
  ['The trade figures, published on Tuesday, will likely show a wider deficit.', '2011-09-01', 'Tuesday', '2011-09-06'],
  ['The survey, released Monday, is forecast to show a drop in confidence.', '2011-09-01', 'Monday', '2011-09-05'],
  // tense pair: a report that showed something is out
  ['guard (passes before the change too): The report, released Friday, showed employers added 100,000 jobs.', '2011-09-01', 'Friday', '2011-08-26'],
  ['guard (passes before the change too): The law, passed Tuesday, takes effect next month.', '2011-09-01', 'Tuesday', '2011-08-30'],
];

const FULL_YEAR_FIGURES_EARLY_IN_A_YEAR: readonly Case[] = [
  // a year's figures come out in the first quarter after it: "full-year results" then are last year's
  ['Airbus will publish its full-year results on March 9.', '2010-01-18', 'full-year', '2009'],
  ['The company reported full-year profit of $2 billion.', '2010-02-18', 'full-year', '2009'],
  ['Airbus said it expects deliveries this year to be at a similar level. It will publish its full-year financial results on March 9.', '2010-01-18', 'full-year', '2009'],
  ['guard (passes before the change too): The bank will report full-year earnings in February.', '2010-10-18', 'full-year', '2010'],
  ['guard (passes before the change too): The carmaker raised its full-year forecast.', '2010-02-18', 'full-year', '2010'],
];

const DAYS_A_LENGTH_BEFORE: readonly Case[] = [
  // a day named without a year after "N years/months after/since the" lies that long before the report
  ['Ten years after the Sept. 11 attacks, the site of the World Trade Center is again a construction zone.', '2011-09-07', 'Sept. 11', '2001-09-11'],
  ['Eight months after the Nov. 3 election, the new parliament has yet to sit.', '2013-07-01', 'Nov. 3', '2012-11-03'],
  ['Two years since the March 11 disaster, 300,000 people remain in temporary housing.', '2013-03-10', 'March 11', '2011-03-11'],
  ['guard (passes before the change too): Two weeks after the March 3 vote, no result has been announced.', '2013-03-17', 'March 3', '2013-03-03'],
];

const PLURAL_SUBJECTS_WITH_A_PLACE: readonly Case[] = [
  // a plural subject with a place after it, or "vote" after a plural subject, is a present of schedule: the day is ahead
  ['Voters in Ohio go to the polls on Tuesday in a special election.', '2018-08-06', 'Tuesday', '2018-08-07'],
  ['Farmers across New South Wales return to the fields on Friday.', '2018-08-06', 'Friday', '2018-08-10'],
  ['Britons vote on Thursday in a general election.', '2017-06-05', 'Thursday', '2017-06-08'],
  ['Lawmakers vote Friday on the spending bill.', '2018-08-06', 'Friday', '2018-08-10'],
  ['guard (passes before the change too): The vote on Thursday was close.', '2018-08-06', 'Thursday', '2018-08-02'],
  ['guard (passes before the change too): The results of the vote on Sunday were annulled.', '2018-08-06', 'Sunday', '2018-08-05'],
];

const MONTHS_BEFORE_IN_FIGURES: readonly Case[] = [
  // a month counted back in a sentence of figures goes from the month discussed, not from the day of the telling
  ['Factories ran at 83.2 percent of capacity in September, the Federal Reserve said today. Production slipped 0.2 percent, after rising 0.3 percent the month before.', '1995-10-17', 'the month before', '1995-08'],
  ['Housing starts fell 4 percent in May, the department said on Tuesday. They had risen 2 percent the previous month.', '2012-06-19', 'the previous month', '2012-04'],
  ['guard (passes before the change too): He was arrested on June 3. The month before, he had fled to Spain.', '1995-10-17', 'The month before', '1995-05'],
];

const WHOLE_FISCAL_YEARS: readonly Case[] = [
  // "the full/entire fiscal year" is the fiscal year the report is in, as "the fiscal year" is
  ['Microsoft said profit in its fiscal fourth quarter rose 30 percent. Revenue for the full fiscal year was $69.9 billion.', '2012-07-19', 'the full fiscal year', 'FY2012'],
  ['Vantix earned $40 million in fiscal 1989. For the entire fiscal year, sales rose 12%.', '1989-11-20', 'the entire fiscal year', 'FY1989'],
  ['guard (passes before the change too): Vantix earned $40 million in fiscal 1989. In the fiscal year, sales rose 12%.', '1989-11-20', 'the fiscal year', 'FY1989'],
];

const PARTICIPLES_AS_ADJECTIVES: readonly Case[] = [
  // a form in -ed between a determiner and a noun is an adjective, not the past verb of the clause
  ['Sterling Drug said it will redeem its preferred stock on Nov. 30.', '1989-10-25', 'Nov. 30', '1989-11-30'],
  ['The bank said it would sell its unlisted shares in March.', '1989-10-25', 'March', '1990-03'],
  ['The ministry will auction the seized goods on Dec. 12.', '1989-10-25', 'Dec. 12', '1989-12-12'],
  ['guard (passes before the change too): The firm that acquired the rights in March said it would sell them.', '1989-10-25', 'March', '1989-03'],
];

const RECORD_DATES_AS_OF: readonly Case[] = [
  // a record date after "of record as of" lies near the telling, on either side
  ['The company said holders of record as of Nov. 15 will receive $52 a share.', '1989-10-25', 'Nov. 15', '1989-11-15'],
  ['guard (passes before the change too): Shareholders of record as of Dec. 1 were entitled to vote.', '1989-12-20', 'Dec. 1', '1989-12-01'],
  ['It said stockholders of record as of Jan. 5 will get one new share.', '1989-12-20', 'Jan. 5', '1990-01-05'],
];

const MONTHS_OF_THE_TEXT: readonly Case[] = [
  // "the last Tuesday of the month": the month the text told last, else the report's
  ['The board will publish its February survey on the last Tuesday of the month.', '2011-01-25', 'the last Tuesday of the month', '2011-02-22'],
  ['Sales fell in October. The chain will report on the second Thursday of the month.', '2012-11-02', 'the second Thursday of the month', '2012-10-11'],
  ['guard (passes before the change too): The vote is on the first Tuesday of November.', '2012-10-02', 'the first Tuesday of November', '2012-11-06'],
];

const THIS_DAY_IN_A_YEAR: readonly Case[] = [
  // "on this day in 1969": the report's month and day in that year
  ['On this day in 1969, Neil Armstrong became the first man to walk on the moon.', '2009-07-20', 'this day in 1969', '1969-07-20'],
  ['It was on this date in 1941 that Japanese planes attacked Pearl Harbor.', '2016-12-07', 'this date in 1941', '1941-12-07'],
  ['guard (passes before the change too): In 1969, Neil Armstrong walked on the moon.', '2009-07-20', '1969', '1969'],
];

const PRESENT_VERBS_IN_CLAUSES_OF_TIME: readonly Case[] = [
  // a present verb in a clause of time ("before X rotates", "until X lapses") tells what is still to come
  ["France has pushed for a deal before the council's presidency rotates on June 1.", '2013-05-17', 'June 1', '2013-06-01'],
  ['The ban remains in force until the law lapses in March.', '2013-05-17', 'March', '2014-03'],
  ['The party wants a vote before parliament breaks for the summer in July.', '2013-05-17', 'summer', '2013-SU'],
  // tense pair: a past verb there keeps the past
  ['guard (passes before the change too): He resigned before the scandal broke in March.', '2013-05-17', 'March', '2013-03'],
  ['guard (passes before the change too): Sales rose before the holidays in December.', '2013-05-17', 'December', '2012-12'],
];

const MONTHS_COUNTED_FROM_THE_STORY: readonly Case[] = [
  // "the following May", "the previous March", "that October" count from the time told last, as seasons do
  ['Thailand devalued the baht on July 2, 1997. Suharto was forced from power the following May.', '2017-06-30', 'the following May', '1998-05'],
  ['The war ended in 1975. The following April, the first refugees arrived.', '2017-06-30', 'The following April', '1976-04'],
  ['The dam broke in June 1999. The previous March, engineers had warned of cracks.', '2017-06-30', 'The previous March', '1999-03'],
  ['The plant opened in 1978. That October, it was hit by a strike.', '2017-06-30', 'That October', '1978-10'],
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
  'releases still to show': RELEASES_STILL_TO_SHOW,
  'full-year figures early in a year': FULL_YEAR_FIGURES_EARLY_IN_A_YEAR,
  'days a length before': DAYS_A_LENGTH_BEFORE,
  'plural subjects with a place': PLURAL_SUBJECTS_WITH_A_PLACE,
  'months before in figures': MONTHS_BEFORE_IN_FIGURES,
  'whole fiscal years': WHOLE_FISCAL_YEARS,
  'participles as adjectives': PARTICIPLES_AS_ADJECTIVES,
  'record dates "as of"': RECORD_DATES_AS_OF,
  'months of the text': MONTHS_OF_THE_TEXT,
  'this day in a year': THIS_DAY_IN_A_YEAR,
  'present verbs in clauses of time': PRESENT_VERBS_IN_CLAUSES_OF_TIME,
  'months counted from the story': MONTHS_COUNTED_FROM_THE_STORY,
});

describeNotTimes('times round 14: measures are no clipped years', [
  // "a reading of 96", "a score of 75": a bare two-digit number after a measure noun and "of" is its value
  ['Economists had expected a reading of 96.', '96'],
  ['The index rose to a level of 88.', '88'],
  ['He finished the round with a score of 75.', '75'],
], '2011-01-25');
