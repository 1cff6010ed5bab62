// Round 12 classes of TimeML values, each on sentences written for this table in the styles of TimeML newswire
// (1989-1998 WSJ, AP and CNN business, markets and political copy) and Wikinews business and conflict reports.
// Every triple failed before round 12, except the guards marked as such.
import { describe } from 'vitest';
import { describeNotTimes, describeValueTables, type TimeCase as Case } from './helpers/time-tables.js';

const HOLIDAY_WEEKS: readonly Case[] = [
  // a holiday before "weekend" or "week" names the (week)end that holds it; a Monday holiday closes the weekend before
  ['Shoppers crowded malls over the Thanksgiving weekend.', '2013-11-30', 'Thanksgiving weekend', '2013-W48-WE'],
  ['Retailers expect strong sales during the Thanksgiving holiday weekend.', '2013-11-25', 'Thanksgiving holiday weekend', '2013-W48-WE'],
  ['Highway deaths rose over the Labor Day weekend, police said.', '2013-09-03', 'Labor Day weekend', '2013-W35-WE'],
  ['Traffic is expected to be heavy over Memorial Day weekend.', '2013-05-20', 'Memorial Day weekend', '2013-W21-WE'],
  ['Thousands of pilgrims gathered in Jerusalem over the Easter weekend.', '2012-04-10', 'Easter weekend', '2012-W14-WE'],
  ['Fireworks injured 30 people over the Fourth of July weekend.', '2010-07-06', 'Fourth of July weekend', '2010-W26-WE'],
  ['Airports will be busy during Christmas week.', '2010-12-20', 'Christmas week', '2010-W51'],
];

const HOLIDAY_PERIODS: readonly Case[] = [
  ['guard (passes before the change too): Sales slumped during the Christmas season.', '2010-12-28', 'Christmas', 'PXD'],
  ['guard (passes before the change too): An Easter truce collapsed within hours.', '2011-04-26', 'Easter', 'PXD'],
];

const LENGTHS_AHEAD: readonly Case[] = [
  // "over/within/during/throughout the next <unit>" measures a stretch ahead, as "over the past decade" measures back
  ['The firm plans to invest $3 billion over the next decade.', '2011-06-10', 'the next decade', 'P10Y'],
  ['Prices could double within the next decade, the study said.', '2011-06-10', 'the next decade', 'P10Y'],
  ['The city will spend $2 billion during the coming decade.', '2011-06-10', 'the coming decade', 'P10Y'],
  ['The carrier will cut 500 jobs over the next year.', '2011-06-10', 'the next year', 'P1Y'],
  ['Over the next month, the chain will close 40 stores.', '1998-03-02', 'the next month', 'P1M'],
  ['guard (passes before the change too): Demand tripled over the last decade.', '2011-06-10', 'the last decade', 'P10Y'],
  ['guard (passes before the change too): The next decade will be hard for farmers.', '2011-06-10', 'next decade', '202'],
];

const THAT_DAY_AFTER_A_COARSE_TIME: readonly Case[] = [
  ['guard (passes before the change too): Police raided the camp on July 1. Riots spread last week. That night, looters burned shops.', '1997-07-10', 'That night', '1997-07-01TNI'],
  ['guard (passes before the change too): Rebels attacked the town on Tuesday. Fighting spread in March. Later that day, troops arrived.', '1998-04-10', 'Later that day', '1998-04-07'],
];

const START_YEAR_FISCAL_NAMES: readonly Case[] = [
  // a fiscal year closing in January-March, in an article that names it by the year it starts in
  ['Tokai Bank said its profit for fiscal 1997 would fall 20%. The bank\'s fiscal year ends March 31.', '1997-11-20', 'fiscal year', 'FY1997'],
  ['Toyota expects record profit in the year to March 1998, its fiscal 1997.', '1997-08-10', 'the year', 'FY1997'],
  ['Kmart lost money in fiscal 1989. Its fiscal year ended Jan. 31, and sales fell.', '1990-03-08', 'Its fiscal year', 'FY1989'],
  // the year it ends in when the article names that one, or a year closing later in the calendar
  ['guard (passes before the change too): Hitachi earned more in fiscal 1998. The fiscal year ended March 31.', '1998-05-20', 'The fiscal year', 'FY1998'],
  ['guard (passes before the change too): Vantix earned $40 million in fiscal 1989. Its fiscal year ended Sept. 30.', '1990-01-12', 'Its fiscal year', 'FY1989'],
  ['guard (passes before the change too): Japanese banks reported losses for the fiscal year that ended March 31.', '1998-05-22', 'the fiscal year', 'FY1998'],
];

const UNNAMED_FISCAL_YEARS: readonly Case[] = [
  // "the first N months of the fiscal year": the year those months opened, named by the year it ends in
  ['The Treasury said the deficit in the first four months of the fiscal year was $80 billion.', '1990-03-05', 'the fiscal year', 'FY1990'],
  ['The government ran a surplus of $12 billion in the first four months of the fiscal year, the Treasury said.', '1998-02-11', 'the fiscal year', 'FY1998'],
  ['Orders rose 6% in the first 10 months of the fiscal year.', '1989-11-20', 'the fiscal year', 'FY1989'],
  // a past "the fiscal year" with none named: the year closed most recently
  ['It earned $18 million in the fiscal year, the company said.', '1990-02-10', 'the fiscal year', 'FY1989'],
  ['The utility said its revenue rose 4% during the fiscal year.', '1997-09-15', 'the fiscal year', 'FY1997'],
  ['Vantix earned $40 million in the fiscal year just ended.', '1990-02-10', 'the fiscal year', 'FY1989'],
];

const PARTS_OF_THE_FISCAL_YEAR: readonly Case[] = [
  // "the third quarter of the fiscal year" is one expression, a part of the fiscal year named before it
  ['Vantix earned $40 million in fiscal 1989. Revenue rose in the third quarter of the fiscal year.', '1990-02-10', 'the third quarter of the fiscal year', 'FY1989-Q3'],
  ['Net income for fiscal 1997 was $2.1 billion. Sales slowed in the second half of the fiscal year.', '1997-12-01', 'the second half of the fiscal year', 'FY1997-H2'],
  ['Its fiscal year ends Sept. 30. Vantix earned $40 million in fiscal 1989. Revenue rose in the third quarter of the fiscal year.', '1990-02-10', 'the third quarter of the fiscal year', '1989-Q2'],
];

const PARTS_OF_NAMED_DAYS: readonly Case[] = [
  // a part of the day after a preposition, joined to the relative day or weekday written right after it
  ['Iraq invaded Kuwait early yesterday. At dawn today, tanks were seen near the Saudi border.', '1990-08-03', 'dawn today', '1990-08-03TMO'],
  ['Troops will withdraw by nightfall tomorrow, the minister said.', '1990-08-03', 'nightfall tomorrow', '1990-08-04TEV'],
  ['Police stormed the building at dawn on Saturday.', '1998-06-15', 'dawn on Saturday', '1998-06-13TMO'],
  ['The shelling stopped at dusk Thursday, residents said.', '1998-06-15', 'dusk Thursday', '1998-06-11TEV'],
  ['guard (passes before the change too): Fighting went on until nightfall, witnesses said.', '1998-06-15', 'nightfall', '1998-06-15TEV'],
  // and to a day counted from the one before: "at dawn the next day", "at dusk that day"
  ['Fighting went on until nightfall on Friday, and at dawn the next day troops moved in.', '1998-06-15', 'dawn the next day', '1998-06-13TMO'],
  ['Rebels seized the town on June 2. By nightfall the following day, they had reached the river.', '1998-06-15', 'nightfall the following day', '1998-06-03TEV'],
  ['Rebels seized the town on June 2. At dusk that day, the army fell back.', '1998-06-15', 'dusk that day', '1998-06-02TEV'],
];

const TWO_PERIODS_BACK: readonly Case[] = [
  // "the week before last", "the year after next": two periods back or ahead of the report's
  ['The week before last, talks collapsed.', '1998-06-15', 'The week before last', '1998-W23'],
  ['The rebels had agreed to a truce the month before last.', '1998-06-15', 'the month before last', '1998-04'],
  ['The harvest failed the year before last, aid workers said.', '1998-06-15', 'the year before last', '1996'],
  ['The summit will be held the week after next.', '1998-06-15', 'the week after next', '1998-W27'],
  ['Prices fell the weekend before last.', '1998-06-15', 'the weekend before last', '1998-W23-WE'],
];

const WEEKDAYS_OF_A_MONTH: readonly Case[] = [
  // "the first Tuesday of November" is a day worked out like a movable holiday, in the year the tense or text gives
  ['Voters go to the polls on the first Tuesday of November 2016.', '2016-10-20', 'the first Tuesday of November 2016', '2016-11-01'],
  ['The committee met on the second Thursday of March.', '1998-06-15', 'the second Thursday of March', '1998-03-12'],
  ['It will meet again on the first Friday in September.', '1998-06-15', 'the first Friday in September', '1998-09-04'],
  ['Shareholders approved the deal on the last Monday in May.', '1998-06-15', 'the last Monday in May', '1998-05-25'],
];

const QUARTER_CLOSING_ON_THE_REPORT: readonly Case[] = [
  // a past "the quarter" told in the last days of a quarter is the quarter closing then (a market close)
  ['The Standard & Poor\'s 500 index ended the quarter up 13.5%.', '1998-03-31', 'the quarter', '1998-Q1'],
  ['For the quarter, the Nasdaq composite rose 11%, traders said.', '1998-06-30', 'the quarter', '1998-Q2'],
  ['Treasury bonds closed the quarter with a loss on Tuesday.', '1997-09-30', 'the quarter', '1997-Q3'],
  ['guard (passes before the change too): The index ended the quarter up 13.5%, analysts noted.', '1998-04-02', 'the quarter', '1998-Q1'],
  ['guard (passes before the change too): For the quarter, net income fell 8%.', '1998-03-20', 'the quarter', '1997-Q4'],
];

const VAGUE_QUARTERS_AND_MOMENTS: readonly Case[] = [
  // an unstated number of quarters is PXQ, as "recent weeks" is PXW
  ['Margins have narrowed in recent quarters, the company said.', '2012-07-11', 'recent quarters', 'PXQ'],
  ['Sales fell over the past few quarters.', '2012-07-11', 'the past few quarters', 'PXQ'],
  ['The firm expects growth in coming quarters.', '2012-07-11', 'coming quarters', 'PXQ'],
  ['guard (passes before the change too): Sales fell in the past two quarters.', '2012-07-11', 'the past two quarters', 'P2Q'],
  // "moments ago" is the recent past, as "minutes ago" is
  ['Just moments ago, the president arrived in Ohio.', '1998-02-18', 'moments ago', 'PAST_REF'],
  ['A moment ago, the jury returned to the courtroom.', '1998-02-18', 'A moment ago', 'PAST_REF'],
  ['The plane landed a few moments ago, our correspondent reports.', '1998-02-18', 'a few moments ago', 'PAST_REF'],
];

const WEEKDAYS_OF_A_NAMED_WEEK: readonly Case[] = [
  // "Monday next week" is one expression, the weekday of the week named right after it
  ['The prime minister will meet protest leaders on Monday next week.', '2013-06-14', 'Monday next week', '2013-06-17'],
  ['Police raided the office on Tuesday last week, the lawyer said.', '2013-06-14', 'Tuesday last week', '2013-06-04'],
  ['The vote is on Thursday this week, officials said.', '2013-06-11', 'Thursday this week', '2013-06-13'],
  ['guard (passes before the change too): Monday, next week will be busy.', '2013-06-14', 'next week', '2013-W25'],
];

const OVERNIGHT_CLOCK_RANGES: readonly Case[] = [
  // the second end of a range of clock times earlier in the day than the first is on the next day
  ['The curfew runs from 10 p.m. to 6 a.m., the army said.', '2013-06-14', '6 a.m.', '2013-06-15T06:00'],
  ['Power was cut on Tuesday between 11 p.m. and 2 a.m.', '2013-06-14', '2 a.m.', '2013-06-12T02:00'],
  ['guard (passes before the change too): Shops may open between 9 a.m. and 5 p.m.', '2013-06-14', '5 p.m.', '2013-06-14T17:00'],
];

const CLOCKS_TWO_SENTENCES_ON: readonly Case[] = [
  // a past clock two sentences after the day is on that day when the sentence between names no time
  ['The central bank on Friday raised its key rate by half a point. The peso rallied against the dollar. It was trading at 12.35 by 1300 GMT.', '2013-05-18', '1300 GMT', '2013-05-17T13:00Z'],
  ['Rebels shelled the port on Thursday. Residents fled into the hills. The shelling stopped at 5 p.m., witnesses said.', '2013-05-18', '5 p.m.', '2013-05-16T17:00'],
  ['guard (passes before the change too): The ferry ran aground on Thursday. Crews searched the hull for hours. The last passenger left at 4 a.m.', '2013-05-18', '4 a.m.', '2013-05-18T04:00'],
  ['guard (passes before the change too): Rebels shelled the port on Thursday. Residents fled. Aid will arrive at 9 a.m.', '2013-05-18', '9 a.m.', '2013-05-18T09:00'],
];

const APPROXIMATED_AGO: readonly Case[] = [
  // "more/less than N years ago" counts from the report: "than" approximates, it compares nothing
  ['The plane was originally due in May 2008, more than two years ago.', '2010-10-19', 'two years ago', '2008'],
  ['The plant opened in March 1995, less than three years ago, and closed in the first quarter.', '1997-12-01', 'three years ago', '1994'],
  ['guard (passes before the change too): Net in the third quarter was higher than a year ago.', '1989-10-19', 'a year ago', '1988-Q3'],
];

const WEEKDAY_AND_ORDINAL_DAY: readonly Case[] = [
  // British "Tuesday 13th", "Friday the 2nd": the day of the month the text is in, not the weekday by tense
  ['The summit opens on Sunday 11 March and ends on Tuesday 13th.', '2007-03-06', 'Tuesday 13th', '2007-03-13'],
  ['The market fell sharply on Friday the 2nd, traders said.', '2007-03-06', 'Friday the 2nd', '2007-03-02'],
  ['guard (passes before the change too): The summit ends on Tuesday 13th March.', '2007-03-06', 'Tuesday 13th March', '2007-03-13'],
];

const HALF_HOURS: readonly Case[] = [
  // "a half hour" and "the next half hour" measure thirty minutes, as "half an hour" does
  ['Coming up in the next half hour, we look back at the summer of 1968.', '1998-07-20', 'the next half hour', 'PT30M'],
  ['The meeting with the prime minister lasted a half hour.', '1998-07-20', 'a half hour', 'PT30M'],
  ['guard (passes before the change too): In the past half-hour, prices jumped.', '1998-07-20', 'the past half-hour', 'PT30M'],
];

describeValueTables('round 12', {
  HALF_HOURS,
  WEEKDAY_AND_ORDINAL_DAY,
  APPROXIMATED_AGO,
  CLOCKS_TWO_SENTENCES_ON,
  OVERNIGHT_CLOCK_RANGES,
  WEEKDAYS_OF_A_NAMED_WEEK,
  VAGUE_QUARTERS_AND_MOMENTS,
  QUARTER_CLOSING_ON_THE_REPORT,
  PARTS_OF_NAMED_DAYS, TWO_PERIODS_BACK, WEEKDAYS_OF_A_MONTH,
  HOLIDAY_WEEKS, HOLIDAY_PERIODS, LENGTHS_AHEAD, THAT_DAY_AFTER_A_COARSE_TIME, START_YEAR_FISCAL_NAMES, UNNAMED_FISCAL_YEARS, PARTS_OF_THE_FISCAL_YEAR,
});

describe('round 12 negatives', () => {
  // a holiday naming the kind of a thing after a determiner is no time expression
  describeNotTimes('a holiday as the modifier of a noun that is no stretch of time', [
    ['Doctors called the boy\'s recovery a Christmas miracle.', 'Christmas'],
    ['She wore a Christmas sweater to the hearing.', 'Christmas'],
    ['The Easter bunny handed out eggs on the lawn.', 'Easter'],
    ['Her Thanksgiving dinner was cancelled by the storm.', 'Thanksgiving'],
  ], '2010-12-20');
  // a day counted from a week or month is unknown, and a "that day" after it does not skip back to an older date
  describeNotTimes('"that day" after a day counted from a coarse time', [
    ['On April 3, police arrested two men. Talks broke down two weeks ago, and a curfew was imposed the following day. Later that day, troops fired on the crowd.', 'Later that day'],
    ['On April 2, rebels shelled the port. The siege began last month, and aid arrived the next day. Later that day, a convoy was attacked.', 'Later that day'],
    ['Police raided the camp on April 1. Riots broke out in March, and the army moved in the following day. That night, looters burned shops.', 'That night'],
  ], '1998-04-10');
  describeNotTimes('quarters and moments that are no time', [
    ['Three quarters of the staff left in the first quarters of the merger.', 'quarters'],
    ['The moments after the blast were chaotic.', 'moments'],
  ], '2012-07-11');
  // a fiscal year still running with none named says too little to value
  describeNotTimes('guard (passes before the change too): a present or future "the fiscal year" with none named', [
    ['The company expects to return to profit in the fiscal year.', 'fiscal'],
    ['Analysts see sales rising in the fiscal year.', 'fiscal'],
  ], '1990-02-10');
});
