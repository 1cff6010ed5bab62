// Round 17 classes of TimeML values, each on sentences written for this table in the styles of 1989-1998 wire stories
// (Gulf war, Soviet collapse, savings-and-loan and Asian crises), retail holiday seasons, harvests and OPEC meetings,
// budget and court calendars, and anniversaries. Every triple failed before round 17, except the guards marked as such.
import { describeNotTimes, describeValueTables, type TimeCase as Case } from './helpers/time-tables.js';

const WEEKDAYS_BESIDE_A_DAY: readonly Case[] = [
  // "the <weekday> after/before <day>": the first such weekday after (the last before) that day
  ['Kennedy was buried on the Monday after Thanksgiving in 1963.', '1993-11-22', 'Monday', '1963-12-02'],
  ['Stores will open at 5 a.m. on the Friday after Thanksgiving.', '1996-11-20', 'Friday', '1996-11-29'],
  ['Most offices close early on the Friday before Christmas.', '1996-11-20', 'Friday', '1996-12-20'],
  ['The runoff is set for the Tuesday after Labor Day.', '1996-11-20', 'Tuesday', '1997-09-02'],
  ['The legislature must pass the budget by the Monday after Easter.', '1997-02-10', 'Monday', '1997-03-31'],
  ['The strike began on the Sunday before Christmas, 1989.', '1990-03-01', 'Sunday', '1989-12-24'],
  ['Voters went to the polls on the Tuesday after March 1.', '1994-03-20', 'Tuesday', '1994-03-08'],
  ['Stores expect record crowds on the last Saturday before Christmas.', '1996-11-20', 'last Saturday', '1996-12-21'],
  ['guard (passes before the change too): He left last Saturday before dawn.', '1996-12-20', 'last Saturday', '1996-12-14'],
  // a weekday beside no day keeps its clause's reading; a weekday without "the" too
  ['guard (passes before the change too): He was buried on the Monday after his death.', '1993-11-24', 'Monday', '1993-11-22'],
  ['guard (passes before the change too): The talks resumed on Monday after the Christmas break.', '1996-12-31', 'Monday', '1996-12-30'],
];

const FISCAL_YEAR_CLOSED_ON_A_DATE: readonly Case[] = [
  // "the fiscal year" closed by a day written after it is the fiscal year that day closes (named by its end year)
  ['The government is funded until the end of the fiscal year on Sept. 30.', '2011-03-10', 'the fiscal year', 'FY2011'],
  ['The Pentagon will run short of cash before the fiscal year ends on Sept. 30.', '2011-03-10', 'the fiscal year', 'FY2011'],
  ['The city will close its books at the end of the fiscal year on June 30.', '1996-03-01', 'the fiscal year', 'FY1996'],
  ['The state spent $2 billion in the fiscal year that ended on June 30.', '1995-05-02', 'the fiscal year', 'FY1994'],
  ['guard (passes before the change too): Lawmakers have until the end of the fiscal year, which ends June 30, to balance the books.', '1995-05-02', 'the fiscal year', 'FY1995'],
  ['guard (passes before the change too): The budget covers the fiscal year that begins Oct. 1.', '2011-03-10', 'the fiscal year', 'FY2012'],
];

const PRESENT_VERBS_AFTER_AND: readonly Case[] = [
  // a present verb in -s joined by "and"/"but" to a past one dates what follows it
  ['The strike began in October and shows no sign of ending before Christmas.', '1990-11-20', 'Christmas', '1990-12-25'],
  ['The walkout started last month and threatens no end before Christmas.', '1992-11-12', 'Christmas', '1992-12-25'],
  ['The siege began in August but offers no prospect of relief before Christmas.', '1992-11-30', 'Christmas', '1992-12-25'],
  ['Sales dropped in September and remain weak ahead of Christmas.', '1992-11-30', 'Christmas', '1992-12-25'],
  ['guard (passes before the change too): Shipments fell in October and stay low through Christmas.', '1992-11-30', 'Christmas', '1992-12-25'],
  // tense pairs: the past verb alone keeps the past
  ['guard (passes before the change too): The strike began in October and ended before Christmas.', '1991-02-20', 'Christmas', '1990-12-25'],
  ['guard (passes before the change too): Cars and trucks the plant built before Christmas sold poorly.', '1991-02-20', 'Christmas', '1990-12-25'],
];

const LIMITS_AFTER_BEFORE: readonly Case[] = [
  // a bare season after "before", "after", "into" and "throughout" is the season; after "before" in a present clause
  // (or one whose verb no cue knows) it is still ahead
  ['The company sees no improvement before spring.', '1990-11-20', 'spring', '1991-SP'],
  ['The airline lost money in the third quarter and sees no recovery before summer.', '1991-11-20', 'summer', '1992-SU'],
  ['The fighting dragged on into winter.', '1993-02-10', 'winter', '1992-WI'],
  ['Farmers plant the crop after winter.', '1995-01-10', 'winter', '1994-WI'],
  ['Prices are unlikely to fall before spring.', '1990-11-20', 'spring', '1991-SP'],
  // tense pairs: a past clause keeps the past
  ['The plant closed before summer.', '1993-10-10', 'summer', '1993-SU'],
  ['guard (passes before the change too): No rain fell before March.', '1993-10-10', 'March', '1993-03'],
  ['guard (passes before the change too): The company expects no improvement until spring.', '1990-11-20', 'spring', '1991-SP'],
];

const TIMES_OF_HABITS: readonly Case[] = [
  // a bare month, day, weekday or season in a clause of habit names every one: XXXX-MM, XXXX-MM-DD, XXXX-WXX-D, XXXX-SP
  ['The festival is usually held in June.', '1995-03-01', 'June', 'XXXX-06'],
  ['OPEC ministers traditionally meet in December.', '1995-03-01', 'December', 'XXXX-12'],
  ['The race is run every year in May.', '1995-03-01', 'May', 'XXXX-05'],
  ['The harvest normally begins in late September.', '1995-03-01', 'late September', 'XXXX-09'],
  ['The Bundesbank council usually meets on Thursday.', '1995-03-01', 'Thursday', 'XXXX-WXX-4'],
  ['The sale is typically held on Jan. 2.', '1995-03-01', 'Jan. 2', 'XXXX-01-02'],
  ['Gasoline prices usually rise in the spring.', '1995-03-01', 'spring', 'XXXX-SP'],
  ['The company customarily reports results in mid-July.', '1995-03-01', 'mid-July', 'XXXX-07'],
  ['The festival, usually held in June, was canceled this year.', '1995-03-01', 'June', 'XXXX-06'],
  // tense pairs: the clause after a comma and "but", a time with a direction and a clause with no habit keep their values
  ['guard (passes before the change too): Prices usually rise in the spring, but this year they fell in February.', '1995-03-01', 'February', '1995-02'],
  ['guard (passes before the change too): The festival was held in June.', '1995-03-01', 'June', '1994-06'],
  ['guard (passes before the change too): The board usually meets in private, and it met last Thursday.', '1995-03-01', 'last Thursday', '1995-02-23'],
  ['guard (passes before the change too): The race is held every June.', '1995-03-01', 'every June', 'XXXX-06'],
];

const DAYS_BESIDE_A_DAY: readonly Case[] = [
  // "the day/week/weekend/night after/before <day>": counted from the day written right after it
  ['On the day after Christmas, stores slashed prices by half.', '1992-12-28', 'the day after', '1992-12-26'],
  ['The week before Christmas was the busiest of the season.', '1992-12-28', 'The week before', '1992-W51'],
  ['The weekend before Christmas brought record crowds to the malls.', '1992-12-28', 'The weekend before', '1992-W51-WE'],
  ['Stores expect heavy traffic the weekend after Thanksgiving.', '1990-11-08', 'the weekend after', '1990-W47-WE'],
  ['The talks will resume the week after Labor Day.', '1990-11-08', 'the week after', '1991-W37'],
  ['The night before Election Day, both candidates held rallies.', '1990-11-08', 'The night before', '1990-11-05TNI'],
  ['Retailers said sales in the week after Christmas were strong.', '1992-12-30', 'the week after', '1992-W53'],
  // "the day before yesterday" stays one expression; a day with none after it keeps no value
  ['guard (passes before the change too): He arrived the day before yesterday.', '1990-11-08', 'the day before yesterday', '1990-11-06'],
];

const PARTS_A_YEAR_AGO: readonly Case[] = [
  // "year-ago"/"year-earlier"/"prior-year" before a numbered quarter or half: that part a year back
  ['The bank earned $12 million in the year-ago first quarter.', '1991-04-18', 'the year-ago first quarter', '1990-Q1'],
  ['Net income fell from year-ago first-quarter earnings of $5 million.', '1991-04-18', 'year-ago first-quarter', '1990-Q1'],
  ['The loss compares with a profit of $3 million in the year-earlier fourth quarter.', '1991-02-05', 'the year-earlier fourth quarter', '1989-Q4'],
  ['Sales rose 4 percent from the prior-year second quarter.', '1991-08-18', 'the prior-year second quarter', '1990-Q2'],
  ['Profit doubled from the year-ago first half.', '1991-08-18', 'the year-ago first half', '1990-H1'],
  ['guard (passes before the change too): Profit rose 5 percent from the year-ago quarter.', '1991-04-18', 'the year-ago quarter', '1990-Q1'],
];

const ORDERS_TO_APPEAR: readonly Case[] = [
  // a noun in -ing ("for sentencing", "the hearing") does not cut a time from the order's infinitive; a court's
  // summons or subpoena looks ahead as an order does
  ['The judge ordered the defendant to appear for sentencing on Nov. 13.', '1995-10-04', 'Nov. 13', '1995-11-13'],
  ['The witness was told to return for questioning on Monday.', '1995-10-04', 'Monday', '1995-10-09'],
  ['The court summoned the former minister to appear for a hearing on Oct. 20.', '1995-10-04', 'Oct. 20', '1995-10-20'],
  ['The committee subpoenaed her to testify on Friday.', '1995-10-04', 'Friday', '1995-10-06'],
  // tense pairs: a past act with a purpose keeps the past
  ['guard (passes before the change too): Police used tear gas to stop the rioting on Saturday.', '1995-10-04', 'Saturday', '1995-09-30'],
  ['guard (passes before the change too): The judge sentenced him on Monday.', '1995-10-04', 'Monday', '1995-10-02'],
];

const DATES_MOVED_FROM: readonly Case[] = [
  // the date a happening was moved from lies near the one it was moved to
  ['The trial was moved to Jan. 8 from Dec. 4.', '1995-10-04', 'Dec. 4', '1995-12-04'],
  ['The vote was postponed from Nov. 30 to Feb. 2.', '1995-10-04', 'Nov. 30', '1995-11-30'],
  ['The vote was postponed from Nov. 30 to Feb. 2.', '1995-10-04', 'Feb. 2', '1996-02-02'],
  ['The launch was pushed back to May from December.', '1995-10-04', 'December', '1995-12'],
  ['The launch was pushed back to March.', '1995-10-04', 'March', '1996-03'],
  ['The summit was brought forward to April from June.', '1996-02-10', 'April', '1996-04'],
  // tense pairs: a range of a past happening and a figure's term keep their readings
  ['guard (passes before the change too): The strike lasted from Dec. 4 to Jan. 8.', '1995-10-04', 'Dec. 4', '1994-12-04'],
  ['guard (passes before the change too): Sales rose to $5 million from $4 million in December.', '1995-10-04', 'December', '1994-12'],
  ['The hearing was moved up to Oct. 20 from Nov. 14.', '1995-10-04', 'Nov. 14', '1995-11-14'],
];

const FISCAL_YEARS_OPENED_AND_PERIODS_CLOSED: readonly Case[] = [
  // a fiscal year with no year written, opened on a day after it, is the year that day opens
  ['The current fiscal year, which began Oct. 1, will see a deficit of $110 billion.', '1989-11-02', 'The current fiscal year', 'FY1990'],
  ['This fiscal year, which started July 1, will bring a deficit.', '1989-11-02', 'This fiscal year', 'FY1990'],
  ['The fiscal year that began Jan. 1 will be a hard one for the city.', '1990-02-02', 'The fiscal year', 'FY1990'],
  ['The new fiscal year began Monday without a budget.', '1990-10-05', 'The new fiscal year', 'FY1991'],
  ['The new fiscal year, which starts Oct. 1, will bring deep cuts.', '1990-09-20', 'The new fiscal year', 'FY1991'],
  // a period closed by a day after it needs no preposition before it
  ['The week ending Oct. 27 saw a decline in jobless claims.', '1989-11-02', 'The week', '1989-W43'],
  ['The quarter ended Sept. 30 was the company\'s best.', '1989-11-02', 'The quarter', '1989-Q3'],
  ['The week ended Friday brought heavy selling.', '1989-11-02', 'The week', '1989-W43'],
  ['guard (passes before the change too): The state\'s current fiscal year began July 1.', '1990-02-02', 'current fiscal year', 'FY1990'],
  ['guard (passes before the change too): In the week ended Friday, the money supply fell $1.2 billion.', '1989-11-02', 'the week', '1989-W43'],
];

const COMPOUND_DURATIONS: readonly Case[] = [
  // lengths of ever smaller units joined by "and" or a comma are one duration
  ['Keating was sentenced to 12 years and seven months in federal prison.', '1993-07-09', '12 years and seven months', 'P12Y7M'],
  ['The flight from Tokyo lasted two hours and 15 minutes.', '1993-07-09', 'two hours and 15 minutes', 'PT2H15M'],
  ['She served three years and four months of a six-year term.', '1993-07-09', 'three years and four months', 'P3Y4M'],
  ['The hostages were held for 1 year, 2 months and 10 days.', '1993-07-09', '1 year, 2 months and 10 days', 'P1Y2M10D'],
  ['The siege lasted 51 days and 6 hours.', '1993-07-09', '51 days and 6 hours', 'P51DT6H'],
  // one unit twice, a larger unit after a smaller one, and weeks stay apart
  ['guard (passes before the change too): He got 12 years and his partner got seven years.', '1993-07-09', '12 years', 'P12Y'],
  ['guard (passes before the change too): The talks lasted six months and two years later resumed.', '1993-07-09', 'six months', 'P6M'],
  ['guard (passes before the change too): The strike lasted two weeks and three days.', '1993-07-09', 'two weeks', 'P2W'],
  ['guard (passes before the change too): The meeting lasted an hour and a half.', '1993-07-09', 'an hour and a half', 'PT1.5H'],
];

const NARRATIVE_AFTER_A_SPAN_OPENED: readonly Case[] = [
  // where a span began ("since Aug. 4") is no day the story is at: a later "evening" or "that night" goes on from the day told before it
  ['Hard-liners ousted Gorbachev early Monday. He had been on vacation since Aug. 4. By evening, crowds had gathered.', '1991-08-19', 'evening', '1991-08-19TEV'],
  ['Troops entered the city on Friday. The curfew has been in force since March 3. That night, looters took to the streets.', '1992-03-14', 'That night', '1992-03-13TNI'],
  ['Hard-liners ousted Gorbachev early Monday. He had been in the Crimea since Aug. 4 and was due to return on Tuesday. By evening, crowds had gathered.', '1991-08-19', 'evening', '1991-08-19TEV'],
  // with nothing told before the span, an onward count still goes from where it began; a day told plainly stays the anchor
  ['guard (passes before the change too): Talks have been stalled since Aug. 4. Two days later, the union walked out.', '1991-08-19', 'Two days later', '1991-08-06'],
  ['guard (passes before the change too): The strike began on Aug. 4. By evening, crowds had gathered.', '1991-08-19', 'evening', '1991-08-04TEV'],
];

const WEEKS_AND_MONTHS_AGO_TODAY: readonly Case[] = [
  // "a week ago today", "two months ago today": one day counted back, as "two weeks from today" is one ahead
  ['A week ago today, the ceasefire was signed in Grozny.', '1996-06-03', 'A week ago today', '1996-05-27'],
  ['The ceasefire was signed two weeks ago today.', '1996-06-03', 'two weeks ago today', '1996-05-20'],
  ['Two months ago today, the plant closed its gates.', '1996-06-03', 'Two months ago today', '1996-04-03'],
  ['guard (passes before the change too): A year ago today, the plant closed its gates.', '1996-06-03', 'A year ago today', '1995-06-03'],
  ['guard (passes before the change too): A week ago, the plant closed its gates.', '1996-06-03', 'A week ago', '1996-W22'],
];

const PLANS_TOLD_ON_A_PAST_DAY: readonly Case[] = [
  // a past verb of planning right before a day, with its infinitive after it: the time planned counts from that day
  ['The two sides had agreed Wednesday to meet again Thursday, but the talks collapsed.', '1995-11-18', 'Thursday', '1995-11-16'],
  ['The union decided Monday to strike Friday.', '1995-11-18', 'Friday', '1995-11-17'],
  ['Dole promised on Tuesday to hold a vote Thursday.', '1995-11-18', 'Thursday', '1995-11-16'],
  ['The union voted Monday to strike on Friday.', '1995-11-18', 'Friday', '1995-11-17'],
  // tense pairs: a plan told in the present counts from the report
  ['guard (passes before the change too): The union plans to strike on Friday.', '1995-11-18', 'Friday', '1995-11-24'],
  ['guard (passes before the change too): The union agreed Monday to resume talks next week.', '1995-11-18', 'next week', '1995-W47'],
];

const CONDITIONS_IN_THE_PRESENT: readonly Case[] = [
  // a condition in the present under "will" is still to come
  ['Federal workers will return to work Monday if a deal is reached by Sunday night.', '1995-11-18', 'Sunday night', '1995-11-19TNI'],
  ['The union will strike unless the company improves its offer by Friday.', '1995-11-18', 'Friday', '1995-11-24'],
  ['The plant will close unless a buyer is found by Thursday.', '1995-11-18', 'Thursday', '1995-11-23'],
  // tense pairs: a condition that failed, a past condition and a question keep the past
  ['guard (passes before the change too): He would have signed the bill if it had passed on Thursday.', '1995-11-18', 'Thursday', '1995-11-16'],
  ['guard (passes before the change too): If the bill passed on Thursday, it was because Dole backed it.', '1995-11-18', 'Thursday', '1995-11-16'],
  ['guard (passes before the change too): Officials will decide if the launch went well on Tuesday.', '1995-11-18', 'Tuesday', '1995-11-14'],
  ['guard (passes before the change too): If the talks fail on Thursday, the government will shut down again.', '1995-11-18', 'Thursday', '1995-11-23'],
];

const STATES_AND_SCHEDULES_IN_THE_PRESENT: readonly Case[] = [
  // a document or figure describing a period tells no act on the calendar; "take effect" after a plural is one
  ['The report covers January through March.', '1996-06-10', 'January', '1996-01'],
  ['The survey covers January and February.', '1996-06-10', 'January', '1996-01'],
  ['The new rules take effect in January.', '1996-06-10', 'January', '1997-01'],
  ['Talks take place in Geneva on Friday.', '1996-06-10', 'Friday', '1996-06-14'],
  // tense pairs: the singular schedule verb and a past verb keep their readings
  ['guard (passes before the change too): The new law takes effect in January.', '1996-06-10', 'January', '1997-01'],
  ['guard (passes before the change too): The report covered January.', '1996-06-10', 'January', '1996-01'],
];

describeValueTables('times round 17', {
  'weekdays beside a day': WEEKDAYS_BESIDE_A_DAY,
  'fiscal years closed on a date': FISCAL_YEAR_CLOSED_ON_A_DATE,
  'present verbs after and': PRESENT_VERBS_AFTER_AND,
  'limits after before': LIMITS_AFTER_BEFORE,
  'times of habits': TIMES_OF_HABITS,
  'days beside a day': DAYS_BESIDE_A_DAY,
  'parts a year ago': PARTS_A_YEAR_AGO,
  'orders to appear': ORDERS_TO_APPEAR,
  'dates moved from': DATES_MOVED_FROM,
  'fiscal years opened and periods closed': FISCAL_YEARS_OPENED_AND_PERIODS_CLOSED,
  'compound durations': COMPOUND_DURATIONS,
  'narrative after a span opened': NARRATIVE_AFTER_A_SPAN_OPENED,
  'weeks and months ago today': WEEKS_AND_MONTHS_AGO_TODAY,
  'plans told on a past day': PLANS_TOLD_ON_A_PAST_DAY,
  'conditions in the present': CONDITIONS_IN_THE_PRESENT,
  'states and schedules in the present': STATES_AND_SCHEDULES_IN_THE_PRESENT,
});

describeNotTimes('times round 17: periods that end without a closing day are no times', [
  ['guard (passes before the change too): The week ended quietly on Wall Street.', 'week'],
  ['guard (passes before the change too): The year ended with a loss for most funds.', 'year'],
  ['guard (passes before the change too): The day after the election, the governor conceded.', 'day'],
  ['guard (passes before the change too): The agency will hire 200 people in the new fiscal year.', 'new'],
], '1989-11-02');
