// Round 18 classes of TimeML values, each on sentences written for this table in the styles of weather and disaster
// timelines, space-mission and sports schedules, election calendars and market and earnings previews. Every triple
// failed before round 18, except the guards marked as such.
import { describeNotTimes, describeValueTables, type TimeCase as Case } from './helpers/time-tables.js';

const NIGHTS_OF_WEEKDAYS: readonly Case[] = [
  // "overnight <weekday>": that weekday's night, one expression
  ['The storm made landfall overnight Tuesday near the port.', '2012-10-31', 'overnight Tuesday', '2012-10-30TNI'],
  ['Rebels shelled the town overnight Saturday, killing four.', '2014-03-04', 'overnight Saturday', '2014-03-01TNI'],
  ['Heavy snow is forecast overnight Thursday across the plains.', '2013-02-05', 'overnight Thursday', '2013-02-07TNI'],
  ['The river crested overnight on Monday.', '2011-04-27', 'overnight on Monday', '2011-04-25TNI'],
  ['Gunmen stormed the hotel overnight Friday into Saturday.', '2015-11-23', 'overnight Friday', '2015-11-20TNI'],
  // a bare "overnight" and a weekday with its own part keep their readings
  ['guard (passes before the change too): Temperatures will fall sharply overnight.', '2012-10-31', 'overnight', '2012-10-31TNI'],
  ['guard (passes before the change too): The dam gave way late Monday night.', '2012-10-31', 'late Monday night', '2012-10-29TNI'],
];

const PLANS_MADE_AGAIN: readonly Case[] = [
  // "rescheduled for", "reset for": the new date of a plan lies ahead of the telling, as "scheduled for" does
  ['The launch was scrubbed Tuesday and rescheduled for Friday.', '2012-06-20', 'Friday', '2012-06-22'],
  ['The hearing was rescheduled for Monday after the judge fell ill.', '2009-03-11', 'Monday', '2009-03-16'],
  ['The rained-out match was reset for Saturday afternoon.', '2016-05-04', 'Saturday afternoon', '2016-05-07TAF'],
  // a return planned when it was told: "due back", "expected home"
  ['The president was due back in the capital on Tuesday.', '1991-08-19', 'Tuesday', '1991-08-20'],
  ['The crew was expected home on Thursday after six months in orbit.', '2012-06-18', 'Thursday', '2012-06-21'],
  ['Negotiators were expected back at the table on Monday.', '2013-07-10', 'Monday', '2013-07-15'],
  // tense pairs: a deadline that was due, and a return that happened, stay past
  ['guard (passes before the change too): The payment was due on Tuesday.', '2012-06-18', 'Tuesday', '2012-06-12'],
  ['guard (passes before the change too): The president came back on Tuesday.', '1991-08-19', 'Tuesday', '1991-08-13'],
];

const CLOCKS_BEFORE_A_LATER_CLOCKS_DAY: readonly Case[] = [
  // a day counted on after a later clock ("at 3:40 p.m. the next day") is not the earlier clock's
  ['The flights will depart at 1:05 p.m. and arrive at 3:40 p.m. the next day.', '2012-06-18', '1:05 p.m.', '2012-06-18T13:05'],
  ['The overnight train leaves at 9 p.m. and reaches the coast at 6 a.m. the following day.', '2014-08-04', '9 p.m.', '2014-08-04T21:00'],
  ['guard (passes before the change too): The flights will depart at 1:05 p.m. and arrive at 3:40 p.m. the next day.', '2012-06-18', '3:40 p.m.', '2012-06-19T15:40'],
  // a named day holds both clocks, and two clocks joined by one word share the day after them
  ['guard (passes before the change too): The talks began at 10 a.m. and ended at 4 p.m. on Friday.', '2012-06-18', '10 a.m.', '2012-06-15T10:00'],
  ['guard (passes before the change too): The curfew runs between 9 p.m. and 11 p.m. the next day.', '2012-06-18', '9 p.m.', '2012-06-19T21:00'],
];

const QUARTERS_OF_FORECAST_FIGURES: readonly Case[] = [
  // analysts or a passive "expected" forecasting a figure's change for a quarter just ended: that quarter
  ['Analysts expect earnings to rise 30 percent in the first quarter.', '2010-04-16', 'the first quarter', '2010-Q1'],
  ['Profit is expected to rise 25 percent in the second quarter.', '2010-07-14', 'the second quarter', '2010-Q2'],
  ['Economists expect the economy grew at a 3 percent rate in the first quarter.', '2010-04-16', 'the first quarter', '2010-Q1'],
  ['Economists polled by Reuters expect revenue to fall for the fourth quarter.', '2009-01-22', 'the fourth quarter', '2008-Q4'],
  // tense pairs: a company's own outlook, no change named, and a quarter long past look ahead
  ['guard (passes before the change too): The company expects to return to profit in the first quarter.', '2010-10-20', 'the first quarter', '2011-Q1'],
  ['guard (passes before the change too): The company expects sales to grow 5 percent for the fourth quarter.', '2012-01-19', 'the fourth quarter', '2012-Q4'],
  ['guard (passes before the change too): Analysts expect earnings to rise 10 percent in the first quarter.', '2010-07-14', 'the first quarter', '2011-Q1'],
];

const DEFERRALS_BY_A_LENGTH: readonly Case[] = [
  // "postponed a day, to Thursday": the length of the delay between the verb and its new date
  ['The launch was postponed a day, to Thursday.', '1998-01-12', 'Thursday', '1998-01-15'],
  ['The hearing was pushed back two days, to Wednesday.', '1998-01-12', 'Wednesday', '1998-01-14'],
  ['The talks were extended by 24 hours, to Tuesday night.', '1998-01-12', 'Tuesday night', '1998-01-13TNI'],
  ['guard (passes before the change too): The vote was delayed a week, until Friday.', '1998-01-12', 'Friday', '1998-01-16'],
  // tense pair: a past act with no deferral keeps the past
  ['guard (passes before the change too): Sales rose 5 percent in the week, to Friday.', '1998-01-12', 'Friday', '1998-01-09'],
];

const PRESENT_ACTS_AFTER_AN_APPOSITION: readonly Case[] = [
  // a present act on the calendar after an apposition or relative clause set off by commas
  ['Serena Williams, the defending champion, plays her fourth-round match Tuesday.', '2010-06-28', 'Tuesday', '2010-06-29'],
  ['The team, which has lost five straight games, hosts Denver on Friday night.', '2010-06-28', 'Friday night', '2010-07-02TNI'],
  ['The governor, a Republican in his second term, signs the budget on Thursday.', '2013-06-24', 'Thursday', '2013-06-27'],
  // tense pairs: a past verb after the apposition, and a verb of saying, keep the past
  ['guard (passes before the change too): The governor, a Republican in his second term, signed the budget on Thursday.', '2013-06-24', 'Thursday', '2013-06-20'],
  ['guard (passes before the change too): Smith, who retired in May, says he fished on Thursday.', '2010-06-28', 'Thursday', '2010-06-24'],
];

const MARKET_DAYS_AND_WEEKS: readonly Case[] = [
  // "on the day", "for the day", "on the week" after a market's change: the trading day and week of the sentence
  ['The pound rose 0.3 percent on the day.', '2013-05-17', 'the day', '2013-05-17'],
  ['The Dow was 12 points lower on the day.', '1989-10-16', 'the day', '1989-10-16'],
  ['On Thursday, gold fell 1 percent on the day.', '2013-05-17', 'the day', '2013-05-16'],
  ['The Nikkei was flat for the day.', '2010-04-16', 'the day', '2010-04-16'],
  ['The index is up 2 percent on the week.', '2013-05-17', 'the week', '2013-W20'],
  ['Brent crude was 3 percent higher on the week.', '2016-02-12', 'the week', '2016-W06'],
  ['guard (passes before the change too): The dollar ended the day at 121.50 yen.', '1995-03-01', 'the day', '1995-03-01'],
];

const HAPPENINGS_AWAITED: readonly Case[] = [
  // a present verb of needing or awaiting whose object the time dates: still to come
  ['Rubio needs a win in Florida on Tuesday.', '2016-03-14', 'Tuesday', '2016-03-15'],
  ['Republicans need a big turnout on Tuesday.', '2016-03-14', 'Tuesday', '2016-03-15'],
  ['Investors await the central bank decision on Wednesday.', '2013-05-06', 'Wednesday', '2013-05-08'],
  ['The governor wants a vote on the bill by Friday.', '2016-03-14', 'Friday', '2016-03-18'],
  // tense pairs: a past need, a time that dates a happening after which the need arose, a relative clause's own past
  ['guard (passes before the change too): Rubio needed a win on Tuesday.', '2016-03-14', 'Tuesday', '2016-03-08'],
  ['guard (passes before the change too): The city needs more aid after the storm on Friday.', '2016-03-14', 'Friday', '2016-03-11'],
  ['The company needs the cash it raised on Friday.', '2016-03-14', 'Friday', '2016-03-11'],
  ['The needs of the refugees were discussed on Friday.', '2016-03-14', 'Friday', '2016-03-11'],
  ['The union wants the raise they promised on Thursday.', '2014-09-02', 'Thursday', '2014-08-28'],
  ['The needs of flood victims were assessed on Sunday.', '2014-09-02', 'Sunday', '2014-08-31'],
];

const PAST_NARRATIVE_DAYS: readonly Case[] = [
  // a part of the day in a past clause, after a background month or year and a day told ahead, is the story's day
  ['A quake struck early Thursday. The region was hit by a similar quake in June 1990. The president will visit on Friday. Aftershocks continued into the evening.', '1997-05-15', 'the evening', '1997-05-15TEV'],
  ['Rebels seized the town on Monday. A similar raid took place in 2009. Troops are due to arrive on Wednesday. Fighting went on through the night.', '2012-06-05', 'the night', '2012-06-04TNI'],
  // a future clause goes on from the day told ahead
  ['guard (passes before the change too): Rebels seized the town on Monday. Troops are due to arrive on Wednesday. They will patrol the streets in the evening.', '2012-06-05', 'the evening', '2012-06-06TEV'],
];

const FISCAL_YEARS_OF_PAST_CLAUSES: readonly Case[] = [
  // "the fiscal year" in a past clause, after a fiscal year still running was forecast: the one just closed
  ['Sony expects an operating profit of 300 billion yen in the year ending March 2015. Sony sold 40 million phones during the fiscal year.', '2014-05-14', 'the fiscal year', 'FY2014'],
  ['For the year to June 2013, Qantas forecasts a return to profit. The airline carried 46 million passengers in the fiscal year.', '2012-08-23', 'the fiscal year', 'FY2012'],
  // tense pairs: a future clause keeps the year forecast; a past year named stays
  ['guard (passes before the change too): For the year to June 2013, Qantas forecasts a return to profit. The airline expects to carry 48 million passengers in the fiscal year.', '2012-08-23', 'the fiscal year', 'FY2013'],
  ['guard (passes before the change too): Qantas lost money in the year to June. The airline carried 46 million passengers in the fiscal year.', '2012-08-23', 'the fiscal year', 'FY2012'],
];

const COUNTED_TIMES_WITH_AN_APPOSED_DATE: readonly Case[] = [
  // "N units earlier/later, in/on <date>,": the counted time is the date set off after it
  ['Two years earlier, in 1985, the plant had closed.', '1990-03-01', 'Two years earlier', '1985'],
  ['A year later, in 1986, the mill reopened under new owners.', '1990-03-01', 'A year later', '1986'],
  ['Three days later, on Friday, the rebels surrendered.', '1990-03-01', 'Three days later', '1990-02-23'],
  ['Two weeks earlier, on Feb. 12, the talks had collapsed.', '1990-03-01', 'Two weeks earlier', '1990-02-12'],
  ['guard (passes before the change too): The army attacked in 1982. A year later, in 1983, it withdrew.', '1990-03-01', 'A year later', '1983'],
  ['guard (passes before the change too): Five years ago, in 1985, the plant closed.', '1990-03-01', 'Five years ago', '1985'],
];

const MONTHS_OF_PAST_FIGURES: readonly Case[] = [
  // "the month" of a figure told in the past, with no month named: the month just ended
  ['Employers added 36,000 jobs in the month, the Labor Department said.', '2010-03-05', 'the month', '2010-02'],
  ['Retail sales for the month were up 0.3 percent.', '2010-03-12', 'the month', '2010-02'],
  ['The unemployment rate held at 9.7 percent for the month.', '1995-08-04', 'the month', '1995-07'],
  // tense pairs: a forecast, a month named before, and a report from a month's last days keep their months
  ['guard (passes before the change too): Sales will rise 2 percent in the month.', '2010-03-12', 'the month', '2010-03'],
  ['guard (passes before the change too): Retail sales rose 0.3 percent in January. Sales for the month were boosted by cars.', '2010-03-12', 'the month', '2010-01'],
  ['guard (passes before the change too): Stocks ended the month up 5 percent.', '2010-03-31', 'the month', '2010-03'],
];

describeValueTables('round 18', {
  NIGHTS_OF_WEEKDAYS,
  PLANS_MADE_AGAIN,
  CLOCKS_BEFORE_A_LATER_CLOCKS_DAY,
  QUARTERS_OF_FORECAST_FIGURES,
  DEFERRALS_BY_A_LENGTH,
  PRESENT_ACTS_AFTER_AN_APPOSITION,
  MARKET_DAYS_AND_WEEKS,
  HAPPENINGS_AWAITED,
  PAST_NARRATIVE_DAYS,
  FISCAL_YEARS_OF_PAST_CLAUSES,
  COUNTED_TIMES_WITH_AN_APPOSED_DATE,
  MONTHS_OF_PAST_FIGURES,
});

describeNotTimes('round 18: "on the day" with no market change is no time', [
  ['guard (passes before the change too): The company sold 5,000 tickets on the day.', 'day'],
  ['guard (passes before the change too): Voters turned out in force on the day.', 'day'],
  ['guard (passes before the change too): Sales were up 5 percent on the year.', 'year'],
], '2013-05-17');
