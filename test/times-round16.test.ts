// Round 16 classes of TimeML values, each on sentences written for this table in the styles of monthly airline and
// retailer figures, results calendars, 1990s budget and strike wires, and merger and launch schedules. Every triple
// failed before round 16, except the guards marked as such.
import { describeNotTimes, describeValueTables, type TimeCase as Case } from './helpers/time-tables.js';

const MONTHS_SHARING_A_WRITTEN_YEAR: readonly Case[] = [
  // months or month-days joined by list or range words share the year written after the last one
  ['The government shut down in November and December 1995.', '1997-02-18', 'November', '1995-11'],
  ['Prices rose from March to June 1994.', '1997-02-18', 'March', '1994-03'],
  ['The plant closed in October or November 1993.', '1997-02-18', 'October', '1993-10'],
  ['The company lost money in January, February and March 1995.', '1997-02-18', 'January', '1995-01'],
  ['The storms of January and February 1996 caused heavy damage.', '1997-02-18', 'January', '1996-01'],
  ['He was in office from May 3 to June 20, 2009.', '2012-06-10', 'May 3', '2009-05-03'],
  ['The ministers met on May 3 and June 20, 2009.', '2012-06-10', 'May 3', '2009-05-03'],
  // a month after the last one's is in the year before
  ['The strike ran from November to February 1996.', '1998-06-10', 'November', '1995-11'],
  ['guard (passes before the change too): The riots of May 1992 and June 1993 shook the city.', '1997-02-18', 'May 1992', '1992-05'],
  ['guard (passes before the change too): Sales fell between May and July 1996.', '1997-02-18', 'May', '1996-05'],
];

const TIMES_AFTER_A_RELATIVE_ASIDE: readonly Case[] = [
  // a relative clause set off by commas before the time is an aside: the verb before it gives the tense
  ['The group will publish its report, which it finished in December, on Friday.', '2006-01-10', 'Friday', '2006-01-13'],
  ['The company will report results for its fiscal first quarter, which ended Dec. 31, on Jan. 18.', '2006-01-10', 'Jan. 18', '2006-01-18'],
  ['The airline will present the plan, which creditors rejected last month, to a judge on Thursday.', '2006-01-10', 'Thursday', '2006-01-12'],
  ['guard (passes before the change too): The bill, which passed the House in March, was signed on Tuesday.', '2006-01-12', 'Tuesday', '2006-01-10'],
  ['guard (passes before the change too): The union rejected the offer, which the company made in December, on Monday.', '2006-01-12', 'Monday', '2006-01-09'],
];

const PERIODS_A_RELATIVE_CLAUSE_CLOSES: readonly Case[] = [
  // a quarter a relative clause says ended is over, whatever the verb of the clause; a time after its closing date
  // belongs to the main verb
  ['The company will report results for its fiscal first quarter, which ended Dec. 31, on Jan. 18.', '2006-01-10', 'first quarter', '2005-Q4'],
  ['The retailer will post figures for the quarter, which ended Dec. 31, next week.', '2006-01-10', 'the quarter', '2005-Q4'],
  ['The company will report results for its fiscal first quarter ended Dec. 31 on Jan. 18.', '2006-01-10', 'Jan. 18', '2006-01-18'],
  ['The bank is due to publish earnings for the quarter ended March 31 on May 2.', '2006-04-20', 'May 2', '2006-05-02'],
  ['guard (passes before the change too): The company reported a loss for its second quarter, which ended Dec. 31.', '2006-01-10', 'second quarter', '2005-Q4'],
];

const CONDITIONS_UNDER_A_THREAT_OR_WOULD: readonly Case[] = [
  // the past of an if/unless clause under "would", "could", a threat or a warning is still to come
  ['The union threatened to strike if no agreement was reached by Friday.', '1995-11-14', 'Friday', '1995-11-17'],
  ['Workers said they would walk out unless the company improved its offer by Thursday.', '1995-11-14', 'Thursday', '1995-11-16'],
  ['The rebels warned they would resume fighting if troops did not withdraw by Sunday.', '1995-11-14', 'Sunday', '1995-11-19'],
  ['He said that if the bill passed on Thursday he would sign it.', '1995-11-14', 'Thursday', '1995-11-16'],
  ['Officials said the plant would close if no buyer was found by March.', '1995-11-14', 'March', '1996-03'],
  ['The company warned that it could close the plant unless workers accepted the cuts by Monday.', '1995-11-14', 'Monday', '1995-11-20'],
  // tense pairs: a condition that failed, a question and a plain past keep the past
  ['guard (passes before the change too): He would have signed the bill if it had passed on Thursday.', '1995-11-14', 'Thursday', '1995-11-09'],
  ['guard (passes before the change too): Reporters asked if the plane crashed on Friday, but officials would not say.', '1995-11-14', 'Friday', '1995-11-10'],
  ['guard (passes before the change too): The talks failed on Friday, and the union struck.', '1995-11-14', 'Friday', '1995-11-10'],
  ['guard (passes before the change too): If the strike went ahead on Saturday, it was because talks had failed.', '1995-11-14', 'Saturday', '1995-11-11'],
];

const MONTHS_BEFORE_MONTHLY_FIGURES: readonly Case[] = [
  // "May" (a word too) before a noun of a monthly figure, after a determiner or a verb of publishing, is the month
  ['Southwest Airlines said its May traffic rose 5.1 percent.', '2007-06-06', 'May', '2007-05'],
  ['Wal-Mart will report May sales on Thursday.', '2007-06-06', 'May', '2007-05'],
  ['Analysts expect May same-store sales to rise 1.5 percent.', '2007-06-06', 'May', '2007-05'],
  ['Boeing said its May deliveries fell to 30 jets.', '2007-06-06', 'May', '2007-05'],
  ['The carrier posted May passenger numbers that beat forecasts.', '2007-06-12', 'May', '2007-05'],
  ['The airline said its April traffic fell 2 percent.', '2007-05-08', 'April', '2007-04'],
  // a plural noun of figures after the month, whatever comes before it
  ['The company said March sales fell 2 percent.', '2011-04-20', 'March', '2011-03'],
  ['Toyota said March exports dropped sharply after the quake.', '2011-04-20', 'March', '2011-03'],
  ['Sales fell in March, and April sales are likely to fall as well.', '2011-04-20', 'April', '2011-04'],
  ['guard (passes before the change too): The airline said its January traffic fell 2 percent.', '2007-02-08', 'January', '2007-01'],
];

const MONTHS_AFTER_A_DATED_OBJECT: readonly Case[] = [
  // a month and year dating the verb's object do not give their year to a bare month later in the clause
  ['The court annulled the May 2019 election in February.', '2020-06-10', 'February', '2020-02'],
  ['The board rejected the June 2012 offer in March.', '2013-09-10', 'March', '2013-03'],
  ['Regulators reopened the October 2011 crash inquiry in January.', '2013-09-10', 'January', '2013-01'],
  ['guard (passes before the change too): In the May 2019 election in February, turnout fell.', '2020-06-10', 'February', '2019-02'],
  ['guard (passes before the change too): Bush won the 2000 election in November.', '2004-06-10', 'November', '2000-11'],
];

const PRESENT_DEPARTURES_AND_TOURS: readonly Case[] = [
  // a present verb of leaving by air or sea, or a present act whose object holds a participle, is on the calendar
  ['Bush flies to Washington on Thursday.', '1990-07-16', 'Thursday', '1990-07-19'],
  ['The president leaves for Europe on Thursday.', '1990-07-16', 'Thursday', '1990-07-19'],
  ['The royal yacht sails for Lisbon on Friday.', '1990-07-16', 'Friday', '1990-07-20'],
  ['The queen tours the flooded towns on Thursday.', '1990-07-16', 'Thursday', '1990-07-19'],
  ['The governor inspects the damaged levees on Friday.', '1990-07-16', 'Friday', '1990-07-20'],
  ['guard (passes before the change too): Bush flew to Washington on Thursday.', '1990-07-16', 'Thursday', '1990-07-12'],
  ['guard (passes before the change too): The president left for Europe on Thursday.', '1990-07-16', 'Thursday', '1990-07-12'],
  ['guard (passes before the change too): The queen toured the flooded towns on Thursday.', '1990-07-16', 'Thursday', '1990-07-12'],
];

const LATER_ITEMS_OF_A_DATE_LIST: readonly Case[] = [
  // a later item of a list of dates takes the first item's tense, not that of a verb after the list
  ['The device goes on sale in Europe on Sept. 15, in North America on Sept. 19 and in Japan on Oct. 21, the company said.', '2010-03-15', 'Oct. 21', '2010-10-21'],
  ['The tour opens in Berlin on Nov. 2, in Paris on Nov. 9 and in Madrid on Dec. 1, organizers said.', '2010-03-15', 'Dec. 1', '2010-12-01'],
  ['guard (passes before the change too): The band played in Berlin on Nov. 2, in Paris on Nov. 9 and in Madrid on Dec. 1.', '2010-03-15', 'Dec. 1', '2009-12-01'],
];

const TWO_PARTS_SHARING_ONE_NOUN: readonly Case[] = [
  // two numbered quarters or halves sharing one noun are two periods, the first in the second's year
  ['Economists expect the economy to contract in the third and fourth quarters.', '2008-10-08', 'the third', '2008-Q3'],
  ['Economists expect the economy to contract in the third and fourth quarters.', '2008-10-08', 'fourth quarters', '2008-Q4'],
  ['The deal is expected to close in the second or third quarter.', '1998-03-24', 'the second', '1998-Q2'],
  ['Output fell in the first and second quarters of 2008.', '2009-05-08', 'second quarters of 2008', '2008-Q2'],
  ['The company expects profit to improve in the first and second halves of next year.', '2008-10-08', 'the first', '2009-H1'],
  ['guard (passes before the change too): Sales rose in the third quarter, the second in a row.', '2008-10-08', 'the third quarter', '2008-Q3'],
];

const SECOND_DAYS_OF_AN_OPENED_RANGE: readonly Case[] = [
  // a range opened by "from" or "between" keeps its second day before a preposition
  ['Apple will hold its developers conference from June 6 to 10 in San Francisco.', '2011-04-20', '10', '2011-06-10'],
  ['The talks will run from May 3 to 5 at the palace.', '2011-04-20', '5', '2011-05-05'],
  ['Voting takes place between Oct. 12 and 14 in most provinces.', '2011-04-20', '14', '2011-10-14'],
  ['guard (passes before the change too): The summit will be held on Nov. 17-18 in Osaka.', '1995-11-14', '18', '1995-11-18'],
];

const PERIODS_OF_A_REVISED_FORECAST: readonly Case[] = [
  // a quarter or half after "<forecast> for", the forecast given or revised in a simple past, is still to come
  ['The company raised its outlook for the September quarter.', '2013-07-25', 'the September quarter', '2013-Q3'],
  ['The company raised its forecast for the fourth quarter.', '2013-07-25', 'the fourth quarter', '2013-Q4'],
  ['The retailer gave a weak outlook for the holiday quarter.', '2013-07-25', 'the holiday quarter', '2013-Q4'],
  ['The carmaker trimmed its full-year profit guidance for the second half.', '2013-03-25', 'the second half', '2013-H2'],
  ['guard (passes before the change too): The company beat its forecast for the second quarter.', '2013-07-25', 'the second quarter', '2013-Q2'],
  ['guard (passes before the change too): The company had raised its outlook for the second quarter in April.', '2013-07-25', 'the second quarter', '2013-Q2'],
  ['guard (passes before the change too): The company beat its own forecast for the December quarter.', '2013-01-24', 'the December quarter', '2012-Q4'],
];

const OUTCOMES_A_PREDICTION_NAMES: readonly Case[] = [
  // a time after the outcome a prediction names is the outcome's: near the telling on either side (tense pairs)
  ['Polls predicted a big win for Clinton on Tuesday.', '2016-02-29', 'Tuesday', '2016-03-01'],
  ['Surveys forecast a narrow victory for Trump on Tuesday.', '2016-02-29', 'Tuesday', '2016-03-01'],
  ['Pollsters are predicting a landslide for the ruling party in Sunday\'s vote.', '2016-02-29', 'Sunday', '2016-03-06'],
  ['guard (passes before the change too): Polls predicted a big win for Clinton on Tuesday.', '2016-03-02', 'Tuesday', '2016-03-01'],
  ['guard (passes before the change too): Analysts predicted a recession on Friday.', '2016-02-29', 'Friday', '2016-02-26'],
  ['guard (passes before the change too): Clinton won a big victory on Saturday.', '2016-02-29', 'Saturday', '2016-02-27'],
];

const QUARTERS_OF_FIGURES_STILL_TO_BE_POSTED: readonly Case[] = [
  // a quarter after "for", whose figures a future posting verb puts out early in the next quarter, is the one ended
  ['S&P 500 companies are expected to post profit growth of 7 percent for the fourth quarter.', '2012-01-19', 'the fourth quarter', '2011-Q4'],
  ['Analysts expect the bank to report a loss of $1.2 billion for the fourth quarter.', '2012-01-19', 'the fourth quarter', '2011-Q4'],
  ['The company will post earnings of about 50 cents a share for the fourth quarter.', '2012-01-19', 'the fourth quarter', '2011-Q4'],
  ['guard (passes before the change too): The company will post earnings of about 50 cents a share for the fourth quarter.', '2012-07-19', 'the fourth quarter', '2012-Q4'],
  ['guard (passes before the change too): The company expects sales to grow 5 percent for the fourth quarter.', '2012-01-19', 'the fourth quarter', '2012-Q4'],
];

const PARTS_OF_A_CALENDAR_YEAR: readonly Case[] = [
  // "of calendar 2008", "of calendar year 2009": the calendar year, said against a fiscal one
  ['Microsoft expects to close the deal in the second half of calendar 2008.', '2008-02-05', 'the second half of calendar 2008', '2008-H2'],
  ['Revenue rose in the first quarter of calendar year 2008.', '2008-06-05', 'the first quarter of calendar year 2008', '2008-Q1'],
  ['guard (passes before the change too): Profit rose in the second half of fiscal 2007.', '2008-02-05', 'the second half of fiscal 2007', 'FY2007-H2'],
];

const HOLIDAYS_WITH_A_YEAR_AFTER: readonly Case[] = [
  // a holiday with a year right after it ("in" or a comma between) is that year's
  ['The last shutdown was over the Columbus Day weekend in 1990.', '1995-11-14', 'Columbus Day weekend', '1990-W40-WE'],
  ['The truce held at Christmas in 1914.', '1995-11-14', 'Christmas', '1914-12-25'],
  ['The bombing took place on Easter Sunday in 1993.', '1995-11-14', 'Easter Sunday', '1993-04-11'],
  ['He was arrested on Christmas Day, 1989.', '1995-11-14', 'Christmas Day', '1989-12-25'],
  ['Kennedy was buried the Monday after Thanksgiving in 1963.', '1995-11-14', 'Thanksgiving', '1963-11-28'],
  ['guard (passes before the change too): The truce held at Christmas.', '1995-11-14', 'Christmas', '1994-12-25'],
];

const DAYS_A_LENGTH_BEFORE_AFTER_A_DAY: readonly Case[] = [
  // a day named after "<days or weeks> before" lies after the day the sentence told first
  ['Early voting began in Florida on Monday, two weeks before Election Day.', '2016-10-24', 'Election Day', '2016-11-08'],
  ['The talks opened on Nov. 28, four weeks before Christmas.', '2016-11-28', 'Christmas', '2016-12-25'],
  ['The letter was sent on Friday, 18 days before Nov. 8.', '2016-10-24', 'Nov. 8', '2016-11-08'],
  ['guard (passes before the change too): The attack came on Dec. 20, five days before Christmas.', '2016-10-24', 'Christmas', '2015-12-25'],
  ['guard (passes before the change too): The attack came days before Christmas.', '2016-10-24', 'Christmas', '2015-12-25'],
];

const DATES_OF_AN_END_AN_ENDPOINT_OPENS: readonly Case[] = [
  // "until the end of <period> on <date>": the date is the endpoint's, read as the endpoint is
  ['Lawmakers have until the end of the fiscal year on Sept. 30 to pass a budget.', '2011-03-02', 'Sept. 30', '2011-09-30'],
  ['The government is funded until the end of the fiscal year on Sept. 30.', '2011-03-02', 'Sept. 30', '2011-09-30'],
  ['Owners have until the end of the grace period on Jan. 15 to register their guns.', '2011-03-02', 'Jan. 15', '2012-01-15'],
  ['guard (passes before the change too): The ban remains in force until the end of the season on May 15.', '2011-03-02', 'May 15', '2011-05-15'],
  ['guard (passes before the change too): The strike lasted until the end of the season on May 15.', '2011-03-02', 'May 15', '2010-05-15'],
];

const HOLIDAYS_AS_SUBJECTS: readonly Case[] = [
  // a verb right after a holiday makes it the subject: the day, not the holiday period
  ['Easter fell on April 8 this year, compared with March 27 last year.', '2007-04-12', 'Easter', '2007-04-08'],
  ['Thanksgiving falls on Nov. 22 this year.', '2007-11-12', 'Thanksgiving', '2007-11-22'],
  ['Retailers said an early Easter pulled sales into March.', '2008-04-10', 'early Easter', '2008-03-23'],
  ['guard (passes before the change too): Christmas sales rose 3 percent.', '2007-04-12', 'Christmas', 'PXD'],
];

describeValueTables('round 16', {
  HOLIDAYS_AS_SUBJECTS,
  DATES_OF_AN_END_AN_ENDPOINT_OPENS,
  DAYS_A_LENGTH_BEFORE_AFTER_A_DAY,
  HOLIDAYS_WITH_A_YEAR_AFTER,
  QUARTERS_OF_FIGURES_STILL_TO_BE_POSTED,
  PARTS_OF_A_CALENDAR_YEAR,
  OUTCOMES_A_PREDICTION_NAMES,
  PERIODS_OF_A_REVISED_FORECAST,
  SECOND_DAYS_OF_AN_OPENED_RANGE,
  PRESENT_DEPARTURES_AND_TOURS,
  LATER_ITEMS_OF_A_DATE_LIST,
  TWO_PARTS_SHARING_ONE_NOUN,
  MONTHS_SHARING_A_WRITTEN_YEAR,
  TIMES_AFTER_A_RELATIVE_ASIDE,
  PERIODS_A_RELATIVE_CLAUSE_CLOSES,
  CONDITIONS_UNDER_A_THREAT_OR_WOULD,
  MONTHS_BEFORE_MONTHLY_FIGURES,
  MONTHS_AFTER_A_DATED_OBJECT,
});

// "may" as a modal before a figure word, and "May" as a name, are no months (guards of the monthly-figure class)
describeNotTimes('round 16: modals and names before figure nouns', [
  ['guard (passes before the change too): Prices may rise further, and sales may fall.', 'may rise'],
  ['guard (passes before the change too): Rising traffic may force the airline to add flights.', 'may force'],
  ['guard (passes before the change too): Theresa May sales pitch failed to win over voters.', 'May'],
  ['guard (passes before the change too): The reports may show a decline in exports.', 'may show'],
], '2011-04-20');
