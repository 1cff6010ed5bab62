// Round 13 classes of TimeML values, each on sentences written for this table in the styles of 2000-2013 AP and
// Reuters wires, 1990s TimeBank-style newswire and broadcast transcripts, business previews and guidance, Wikinews
// reports written the day after, and historical retrospectives. Every triple failed before round 13, except the
// guards marked as such.
import { describe } from 'vitest';
import { describeNotTimes, describeValueTables, type TimeCase as Case } from './helpers/time-tables.js';

const AGO_WITHOUT_A_FIGURE: readonly Case[] = [
  // "a year ago" in a sentence that states no figure counts back from the telling, not from the quarter discussed
  ['Sales in the third quarter had risen 0.3 percent. Tesco issued its first profit warning in 20 years a year ago.', '2013-01-09', 'a year ago', '2012'],
  ['Profit rose 8% in the third quarter. A year ago, the company sold its shipping arm to a rival.', '2013-01-09', 'A year ago', '2012'],
  ['Revenue rose in the second half. The chain opened its first store in China a year ago.', '2013-01-09', 'a year ago', '2012'],
  ['guard (passes before the change too): Net income doubled in the fourth quarter. The bank named a new chief executive two years ago.', '2011-02-10', 'two years ago', '2009'],
  // a figure or a change in one keeps the comparison with the period discussed
  ['guard (passes before the change too): Net rose in the third quarter. A year ago, it earned $4 million.', '2013-01-09', 'A year ago', '2011-Q3'],
  ['guard (passes before the change too): Sales rose in October. A year ago, they slumped.', '1989-11-15', 'A year ago', '1988-10'],
  ['guard (passes before the change too): Orders this week were up 5% on a year ago.', '2025-11-04', 'a year ago', '2024-W45'],
];

const QUARTERS_CLOSING_EARLY: readonly Case[] = [
  // a quarter or half closing on a day early in a calendar quarter ran mostly through the one before
  ['For the first quarter, which ended October 26, net income fell.', '2013-11-13', 'the first quarter', '2013-Q3'],
  ['For the quarter ended Oct. 2, net income fell 4%.', '2013-11-13', 'the quarter', '2013-Q3'],
  ['Sales in the quarter ended April 28 rose 6%, the retailer said.', '2012-05-24', 'the quarter', '2012-Q1'],
  ['Kmart lost money in its fourth quarter ended Jan. 31.', '1990-03-08', 'fourth quarter', '1989-Q4'],
  ['Profit for the quarter ending in January will rise 5 percent from a year earlier.', '2013-11-13', 'the quarter', '2013-Q4'],
  ['Profit for the first half ended Jan. 2 doubled.', '2011-02-14', 'the first half', '2010-H2'],
  ['guard (passes before the change too): For the quarter ended June 29, net income fell.', '2013-07-30', 'the quarter', '2013-Q2'],
  ['guard (passes before the change too): Net rose in the quarter ending Dec. 31.', '1990-01-18', 'the quarter', '1989-Q4'],
  ['guard (passes before the change too): Sales in the third quarter ended Nov. 30 rose 4%.', '1998-12-20', 'the third quarter', '1998-Q4'],
];

const COMPARED_WITH_A_CLOSED_QUARTER: readonly Case[] = [
  // the month that closes a quarter is no period compared: "a year earlier" is the quarter a year back
  ['Profit for the quarter ending in January will rise 5 percent from a year earlier.', '2013-11-13', 'a year earlier', '2012-Q4'],
  ['Revenue for the quarter ended in March fell 3% from a year ago.', '2013-05-13', 'a year ago', '2012-Q1'],
  ['guard (passes before the change too): Sales in May rose 8% from a year earlier.', '2013-11-13', 'a year earlier', '2012-05'],
];

const YEARS_CLOSING_IN_A_BARE_MONTH: readonly Case[] = [
  // Reuters "the year ending March": the closing month needs no "in" or day, and "March" is the month there
  ['Sony raised its forecast for the year ending March on Thursday.', '2013-10-31', 'the year', 'FY2014'],
  ['Sony raised its forecast for the year ending March on Thursday.', '2013-10-31', 'March', '2014-03'],
  ['Nintendo cut its profit outlook for the year ending March.', '2011-07-28', 'the year', 'FY2012'],
  ['The utility lost money in the year ended June, it said.', '2012-08-30', 'June', '2012-06'],
  ['The utility lost money in the year ended June, it said.', '2012-08-30', 'the year', 'FY2012'],
  ['guard (passes before the change too): Sony raised its forecast for the year to March.', '2013-10-31', 'the year', 'FY2014'],
  ['guard (passes before the change too): Sales for the year ending in June rose 5%.', '2013-08-20', 'the year', 'FY2013'],
];

const PERIODS_THAT_ENDED: readonly Case[] = [
  // a period that "ended" is over, whatever the verb of its clause
  ['Sony expects a loss for the year ended March 31.', '2013-06-20', 'the year', 'FY2013'],
  ['The company expects to post a loss for the year ended in March.', '2013-06-20', 'the year', 'FY2013'],
  ['guard (passes before the change too): Analysts forecast a profit for the year ended Sept. 30, which the company will report next month.', '1989-10-20', 'the year', 'FY1989'],
  ['Sony will report results for the quarter ended June 30 next week.', '2013-07-20', 'the quarter', '2013-Q2'],
  ['guard (passes before the change too): The company expects record earnings for the year ending June 30.', '1990-01-20', 'the year', 'FY1990'],
];

const FORECASTS_FOR_A_CLOSING_YEAR: readonly Case[] = [
  // a forecast "for the year ending <date>" is of the year still to close, not the nearer past one
  ['The airline raised its forecast for the year ending June 30.', '2012-08-20', 'the year', 'FY2013'],
  ['The miner cut its output guidance for the year ending in June.', '2013-09-02', 'the year', 'FY2014'],
  ['guard (passes before the change too): Qantas posted a loss for the year ending June 30.', '2012-08-20', 'the year', 'FY2012'],
];

const ASIDE_YEARS_AFTER_AN_ADVERB: readonly Case[] = [
  // a year in an aside opened by an adverb and a participle belongs to the aside, not to the main clause
  ['The marathon, first run in 1897, is held every year on the third Monday in April.', '2013-04-10', 'the third Monday in April', '2013-04-15'],
  ['The race, first held in 1911, takes place on the last Sunday in May.', '2013-04-10', 'the last Sunday in May', '2013-05-26'],
  ['The festival, last staged in 2009, returns on the first Friday of August.', '2013-04-10', 'the first Friday of August', '2013-08-02'],
  ['The stadium, originally built in 1923, will host the final on the second Sunday in July.', '2013-04-10', 'the second Sunday in July', '2013-07-14'],
  ['The ferry line, first run in 1905, will stop on the first Monday in June.', '2013-04-10', 'the first Monday in June', '2013-06-03'],
  ['guard (passes before the change too): The bridge, which opened in 1937, will close in March for repairs.', '2013-01-10', 'March', '2013-03'],
  ['guard (passes before the change too): In 1990, the race was held on the third Monday in April.', '2013-01-10', 'the third Monday in April', '1990-04-16'],
];

const QUOTES_GOING_ON: readonly Case[] = [
  // a quotation going on in the next sentence ('"...," he added') was said on the weekday the first one names
  ['"We are ready," Lowe said on Tuesday. "Yesterday was a good day," he added.', '2013-05-17', 'Yesterday', '2013-05-13'],
  ['"The vote went well," the senator told reporters on Monday. "Tomorrow we take up the budget," she said.', '2013-05-17', 'Tomorrow', '2013-05-14'],
  ['"We will not give up," the coach said Wednesday. "Today was hard for everyone," he added.', '2012-03-10', 'Today', '2012-03-07'],
  // no saying on a weekday right before, or a sentence between: the report's day
  ['guard (passes before the change too): Lowe spoke on Tuesday. "Yesterday was a good day," he added.', '2013-05-17', 'Yesterday', '2013-05-16'],
  ['guard (passes before the change too): "We are ready," Lowe said on Tuesday. Talks resumed. "Yesterday was a good day," he added.', '2013-05-17', 'Yesterday', '2013-05-16'],
];

const YEAR_THROUGH_A_MONTH: readonly Case[] = [
  // "Through September," opening a sentence closes the year so far: the period compared is the year before
  ['Through September, orders were up 6% from the same period last year.', '1989-10-20', 'the same period last year', '1988'],
  ['Through June, the company sold 2 million cars, up 8% from the same period a year earlier.', '2013-07-20', 'the same period a year earlier', '2012'],
  ['Through November, exports fell 3 percent from a year earlier, the ministry said.', '1998-12-20', 'a year earlier', '1997'],
  ['guard (passes before the change too): Through September, orders were up 6% from the same period last year.', '1989-10-20', 'September', '1989-09'],
  ['guard (passes before the change too): Talks ran through September. Orders rose 6% from the same period last year.', '1989-10-20', 'the same period last year', '1988-09'],
];

const HOLIDAY_QUARTERS: readonly Case[] = [
  // the quarter of the year-end shopping season is the calendar quarter holding December
  ['The retailer expects same-store sales to rise in the holiday quarter.', '2013-11-14', 'the holiday quarter', '2013-Q4'],
  ['Apple sold 51 million iPhones in the Christmas quarter.', '2014-01-28', 'the Christmas quarter', '2013-Q4'],
  ['Best Buy said its holiday quarter was weak.', '2014-01-10', 'holiday quarter', '2013-Q4'],
  ['Holiday-quarter sales fell 2 percent, the chain said.', '2014-01-10', 'Holiday-quarter', '2013-Q4'],
];

const THE_NEW_YEAR: readonly Case[] = [
  // lower-case "the new year": the year about to begin when told late in a year, the one just begun early in it
  ['EU leaders will try again in the new year.', '2012-11-23', 'the new year', '2013'],
  ['The company plans to cut jobs early in the new year, union officials said.', '2013-12-10', 'the new year', '2014'],
  ['Talks stalled before the new year and resumed in February.', '2014-03-10', 'the new year', '2014'],
  ['guard (passes before the change too): Thousands celebrated the New Year in Sydney.', '2014-01-01', 'New Year', '2014-01-01'],
];

const DAYS_FROM_TODAY: readonly Case[] = [
  // weeks, months or a year counted "from today" land on a day
  ['A week from today, voters go to the polls.', '1998-10-27', 'A week from today', '1998-11-03'],
  ['Two weeks from today, voters go to the polls.', '1998-10-27', 'Two weeks from today', '1998-11-10'],
  ['The law takes effect six months from today.', '1998-08-31', 'six months from today', '1999-02-28'],
  ['A year from today, the euro will be launched.', '1998-01-01', 'A year from today', '1999-01-01'],
  ['guard (passes before the change too): The bill takes effect 30 days from today.', '1998-10-27', '30 days from today', '1998-11-26'],
  ['guard (passes before the change too): Two years from now, the plant will close.', '1998-08-31', 'Two years from now', '2000'],
];

const PAST_MIDNIGHTS: readonly Case[] = [
  // a past midnight with no day, or on the report's day, is the one the day began with
  ['The ceasefire took effect at midnight.', '1998-12-20', 'midnight', '1998-12-19T24:00'],
  ['The strike began at midnight, union leaders said.', '2011-03-08', 'midnight', '2011-03-07T24:00'],
  ['Officials said the cease-fire, which took effect at midnight, was holding this morning.', '1998-12-20', 'midnight', '1998-12-19T24:00'],
  ['guard (passes before the change too): The curfew will begin at midnight.', '1998-12-20', 'midnight', '1998-12-20T24:00'],
  ['guard (passes before the change too): The deadline passed at midnight Friday.', '1998-12-20', 'midnight', '1998-12-18T24:00'],
  ['guard (passes before the change too): Rebels attacked the town on Tuesday. Fighting continued until midnight.', '1998-12-20', 'midnight', '1998-12-15T24:00'],
];

const OVERTAKEN_PLANS: readonly Case[] = [
  // a weekday of a plan told in the past perfect is the nearer one, on either side (a Wednesday report)
  ['Ministers had hoped to reach a deal by Monday.', '2013-05-15', 'Monday', '2013-05-13'],
  ['The vote had been expected as early as Thursday.', '2013-05-15', 'Thursday', '2013-05-16'],
  ['He had planned to fly to Cairo on Sunday but cancelled the trip.', '2013-05-15', 'Sunday', '2013-05-12'],
  ['The president had intended to sign the bill on Monday, aides said.', '2013-05-15', 'Monday', '2013-05-13'],
  // tense pairs: the present plan looks ahead, the plain past looks back
  ['guard (passes before the change too): Ministers hope to reach a deal by Monday.', '2013-05-15', 'Monday', '2013-05-20'],
  ['guard (passes before the change too): The vote was held on Thursday.', '2013-05-15', 'Thursday', '2013-05-09'],
  ['The vote had been scheduled for Tuesday.', '2013-05-15', 'Tuesday', '2013-05-14'],
  ['guard (passes before the change too): The trip had been scheduled for the fall but was moved up.', '1998-06-07', 'fall', '1998-FA'],
];

const SEASONS_COUNTED_FROM_THE_STORY: readonly Case[] = [
  // "that summer", "the following winter", "the previous spring" count from the time told last, not from the report
  ['The war ended in 1975. That summer, the first refugees arrived.', '2006-05-10', 'That summer', '1975-SU'],
  ['The plant opened in March 1978 and closed the next winter.', '2006-05-10', 'the next winter', '1978-WI'],
  ['The team won the title in 2004 and lost it the following spring.', '2006-05-10', 'the following spring', '2005-SP'],
  ['The dam broke in June 1999. The previous spring, engineers had warned of cracks.', '2006-05-10', 'The previous spring', '1999-SP'],
  ['The strike began in May 1968. By that autumn, the government had fallen.', '2006-05-10', 'that autumn', '1968-FA'],
  ['guard (passes before the change too): He will retire next winter.', '2006-05-10', 'next winter', '2006-WI'],
];

const THAT_SAME: readonly Case[] = [
  // "that same year", "that same night": as "that year", "that night"
  ['The war ended in 1975. That same year, the first refugees arrived.', '2006-05-10', 'That same year', '1975'],
  ['Rebels took the town on Tuesday. That same night, troops shelled it.', '2012-03-10', 'That same night', '2012-03-06TNI'],
  ['guard (passes before the change too): Rebels took the town on Tuesday. That night, troops shelled it.', '2012-03-10', 'That night', '2012-03-06TNI'],
];

const SHORT_PAST_FORMS: readonly Case[] = [
  // a short regular past ("died", "used", "sued") before the weekday dates it, not the infinitive after it (a Monday report)
  ['Three people died on Saturday to protest the law, activists said.', '2013-05-20', 'Saturday', '2013-05-18'],
  ['Police used tear gas on Saturday night to break up the protest.', '2013-05-20', 'Saturday night', '2013-05-18TNI'],
  ['The company sued the city on Friday to block the law.', '2013-05-20', 'Friday', '2013-05-17'],
  ['Rebels tied the hostages up on Saturday to stop them fleeing.', '2013-05-20', 'Saturday', '2013-05-18'],
  // tense pair: the future passive still looks ahead
  ['guard (passes before the change too): The water will be used on Saturday to fight fires.', '2013-05-20', 'Saturday', '2013-05-25'],
];

const PAST_A_ZONE_PARENTHESIS: readonly Case[] = [
  // a short parenthesis (the clock in another zone) does not cut the weekday from its verb (a Monday report)
  ['The data is due at 8:30 a.m. EDT (1230 GMT) on Friday.', '2013-05-20', 'Friday', '2013-05-24'],
  ['The figures are expected at 10 a.m. (0800 GMT) on Thursday, officials said.', '2013-05-20', 'Thursday', '2013-05-23'],
  ['guard (passes before the change too): Police opened fire at 6 a.m. (0400 GMT) on Saturday.', '2013-05-20', 'Saturday', '2013-05-18'],
  ['The results will be released at 9 a.m. (0700 GMT) on Thursday.', '2013-05-20', 'Thursday', '2013-05-23'],
];

const COMPARED_BEFORE_THE_PERIOD: readonly Case[] = [
  // the term of a comparison written before the period it compares names that period a year back
  ['Core inflation, which excludes food and energy, rose 1.7 percent from a year earlier in May.', '2013-06-14', 'a year earlier', '2012-05'],
  ['Exports were up 4% on a year ago in the second quarter.', '2013-08-14', 'a year ago', '2012-Q2'],
  ['Retail sales rose 3 percent from a year ago in the week ended Saturday.', '2013-06-14', 'a year ago', '2012-W23'],
  // another clause, or none after it: the year as before
  ['guard (passes before the change too): Prices rose 2% from a year earlier, and wages fell in March.', '2013-06-14', 'a year earlier', '2012'],
  ['guard (passes before the change too): Prices rose 2% from a year earlier while wages fell in March.', '2013-06-14', 'a year earlier', '2012'],
  ['guard (passes before the change too): Sales rose 5% in May from a year earlier.', '2013-06-14', 'a year earlier', '2012-05'],
];

describe('times, round 13', () => {
  describeValueTables('round 13', {
    '"ago" with no figure in its sentence': AGO_WITHOUT_A_FIGURE,
    'quarters and halves closing early in a calendar quarter': QUARTERS_CLOSING_EARLY,
    'comparisons with a quarter closed by a month': COMPARED_WITH_A_CLOSED_QUARTER,
    'years closing in a bare month': YEARS_CLOSING_IN_A_BARE_MONTH,
    'periods that ended': PERIODS_THAT_ENDED,
    'forecasts for a year still to close': FORECASTS_FOR_A_CLOSING_YEAR,
    'years of asides opened by an adverb': ASIDE_YEARS_AFTER_AN_ADVERB,
    'quotations going on in the next sentence': QUOTES_GOING_ON,
    'the year so far through a month': YEAR_THROUGH_A_MONTH,
    'the quarter of the holidays': HOLIDAY_QUARTERS,
    'the new year': THE_NEW_YEAR,
    'days counted from today': DAYS_FROM_TODAY,
    'past midnights': PAST_MIDNIGHTS,
    'weekdays of overtaken plans': OVERTAKEN_PLANS,
    'seasons counted from the story': SEASONS_COUNTED_FROM_THE_STORY,
    '"that same" year or night': THAT_SAME,
    'short regular past forms': SHORT_PAST_FORMS,
    'weekdays after a zone in parentheses': PAST_A_ZONE_PARENTHESIS,
    'comparisons before the period compared': COMPARED_BEFORE_THE_PERIOD,
  });
  describeNotTimes('guard (passes before the change too): round 13, "new year" as a thing of the year', [
    ['Crowds gathered for the new year celebrations.', 'new year'],
    ["The new year's budget includes deep cuts.", 'new year'],
  ], '2014-01-01');
  describeNotTimes('guard (passes before the change too): round 13, "fall" after an anaphoric word as the noun', [
    ['That fall was steep, traders said.', 'fall'],
    ['The company sold the unit in 1998. The following fall in its shares cost it dearly.', 'fall'],
  ], '2006-05-10');
});
