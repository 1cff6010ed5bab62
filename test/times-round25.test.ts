// Round 25 classes of TimeML values, each on sentences written for this table in the styles of weather and disaster
// timelines, election nights and market reports, anniversaries and history pieces, legal deadlines and clock times
// with zones. Every triple failed before round 25, except the guards marked as such.
import { describeNotTimes, describeValueTables, type TimeCase as Case } from './helpers/time-tables.js';

const A_WEEKDAY_IN_A_ZONE_CONVERSION: readonly Case[] = [
  // the conversion of a clock to another zone may cross midnight from the day of telling: its weekday may lie one day
  // against the clause's tense (tense pairs: a past clause reaching tomorrow, a future one reaching yesterday)
  ['Polls closed at 8 p.m. local time (0100 GMT Wednesday).', '2024-11-05', 'Wednesday', '2024-11-06'],
  ['Polls closed at 8 p.m. local time (0100 GMT Wednesday).', '2024-11-05', '8 p.m. local time', '2024-11-05T20:00'],
  ['Voting ended at 7 p.m. (0000 GMT on Monday) in the coastal provinces.', '2024-06-09', 'Monday', '2024-06-10'],
  ['The summit opens at 9 a.m. (2300 GMT Wednesday).', '2024-05-16', 'Wednesday', '2024-05-15'],
  ['The summit opens at 9 a.m. (2300 GMT Wednesday).', '2024-05-16', '9 a.m.', '2024-05-16T09:00'],
  ['Counting will start at 7:30 a.m. (2230 GMT Saturday), the commission said.', '2024-06-09', 'Saturday', '2024-06-08'],
  ['guard (passes before the change too): The blast happened at 11:30 p.m. (0330 GMT Friday).', '2024-05-17', 'Friday', '2024-05-17'],
  ['guard (passes before the change too): The quake struck at 11:15 p.m. (1515 GMT Friday).', '2024-05-21', 'Friday', '2024-05-17'],
  ['guard (passes before the change too): Voting will close at 9 p.m. (0300 GMT Thursday).', '2024-05-15', 'Thursday', '2024-05-16'],
];

const A_SPAN_OF_YEARS_ON: readonly Case[] = [
  // "Forty years on" opening its clause counts on from the time told before it, as "Forty years later" does
  ['The mine closed in 1984. Forty years on, the valley is still scarred.', '2024-05-17', 'Forty years on', '2024'],
  ['The flood struck in 1994. A decade on, the town was rebuilt.', '2024-05-17', 'A decade on', '200'],
  ['The bridge collapsed in March 2014. Ten years on, the crossing has no replacement.', '2024-05-17', 'Ten years on', '2024'],
  ['Workers were laid off in 2019; five years on they are still waiting for compensation.', '2024-05-17', 'five years on', '2024'],
  ['The armistice was signed on May 8, 1945. Three days on, the first trains ran.', '2024-05-17', 'Three days on', '1945-05-11'],
  // with no time told before it the length stays (the span takes "on" in)
  ['Twenty years on, survivors gathered at the memorial.', '2024-05-17', 'Twenty years on', 'P20Y'],
  ['guard (passes before the change too): The flood struck in 1994. Twenty years later, the town was rebuilt.', '2024-05-17', 'Twenty years later', '2014'],
];

describeNotTimes('round 25: "on" after a span that does not open a clause is no "later"', [
  ['guard (passes before the change too): The talks dragged on for two years on and off.', 'on and'],
  ['guard (passes before the change too): The mine closed in 1984. It is two years on from the last strike.', 'on from'],
], '2024-05-17');

const THE_EARLY_HOURS: readonly Case[] = [
  // the hours after midnight with no day named: the day the text was at, else the report's day; with a day named,
  // one expression with the day's value (as "early Sunday")
  ['The fire broke out in the early hours, police said.', '2024-05-17', 'the early hours', '2024-05-17'],
  ['Troops entered the town in the small hours.', '2024-05-17', 'the small hours', '2024-05-17'],
  ['Negotiators worked until the wee hours to close the deal.', '2024-05-17', 'the wee hours', '2024-05-17'],
  ['The storm hit the coast on Tuesday. In the early hours, the river burst its banks.', '2024-05-17', 'the early hours', '2024-05-14'],
  ['The attack began in the early hours of the morning.', '2024-05-17', 'the early hours of the morning', '2024-05-17TMO'],
  ['Gunmen attacked the village in the early hours of Sunday.', '2024-05-17', 'the early hours of Sunday', '2024-05-12'],
  ['Police said the blast happened in the small hours of May 12.', '2024-05-17', 'the small hours of May 12', '2024-05-12'],
  ['guard (passes before the change too): The boat capsized early Thursday.', '2024-05-17', 'early Thursday', '2024-05-16'],
];

describeNotTimes('round 25: "the early hours" as a subject is no time', [
  ['guard (passes before the change too): The early hours are the most dangerous, doctors say.', 'early'],
], '2024-05-17');

const A_PART_OF_THE_DAY_BEFORE_A_TRADING_NOUN: readonly Case[] = [
  // a bare part of the day before a noun of a market's dealings dates the session on the report's day (tense pairs)
  ['Shares in Kelbrook Foods fell 2 percent in afternoon trading.', '2024-05-17', 'afternoon', '2024-05-17TAF'],
  ['The dollar rose against the yen in morning trade in Tokyo.', '2024-05-17', 'morning', '2024-05-17TMO'],
  ['Brent crude slipped during afternoon dealings in London.', '2024-05-17', 'afternoon', '2024-05-17TAF'],
  ['Stocks are set to open lower in morning trading, futures suggest.', '2024-05-17', 'morning', '2024-05-17TMO'],
  ['The regulator fined Norvale on Monday. Its shares fell 3 percent in afternoon trading.', '2024-03-07', 'afternoon', '2024-03-07TAF'],
  ['guard (passes before the change too): Stocks rallied in late afternoon trading.', '2024-05-17', 'late afternoon', '2024-05-17TAF'],
  ['guard (passes before the change too): Tokyo shares rose in morning trading on Friday.', '2024-05-17', 'Friday', '2024-05-17'],
];

describeNotTimes('round 25: a part of the day heading no trading phrase after a preposition is left alone', [
  ['guard (passes before the change too): The afternoon session was calm.', 'afternoon'],
  ['guard (passes before the change too): Morning trading was thin.', 'Morning'],
  ['guard (passes before the change too): The yen weakened in overnight trade.', 'overnight'],
  ['guard (passes before the change too): Tokyo shares rose in morning trading on Friday.', 'morning'],
], '2024-05-17');

const A_ZONE_SPELLED_OUT: readonly Case[] = [
  // Greenwich time spelled out is UTC; a US zone spelled out and a place's time keep the local clock
  ['Trading was halted at 14:00 Greenwich Mean Time.', '2024-05-17', '14:00 Greenwich Mean Time', '2024-05-17T14:00Z'],
  ['The vote ends at 1700 Coordinated Universal Time.', '2024-05-17', '1700 Coordinated Universal Time', '2024-05-17T17:00Z'],
  ['Retail sales data are due at 8:30 a.m. Eastern Standard Time.', '2024-05-17', '8:30 a.m. Eastern Standard Time', '2024-05-17T08:30'],
  ['The launch is set for 10 a.m. Moscow time on Friday.', '2024-05-15', '10 a.m. Moscow time', '2024-05-17T10:00'],
  ['Markets open at 9:30 a.m. New York time.', '2024-05-17', '9:30 a.m. New York time', '2024-05-17T09:30'],
  ['guard (passes before the change too): Polls close at 8 p.m. Eastern time.', '2024-11-05', '8 p.m. Eastern time', '2024-11-05T20:00'],
];

const A_PAST_CLOCK_AFTER_A_DAY_TO_COME: readonly Case[] = [
  // a day still to come earlier in the sentence cannot hold a past clock time: it is told on the report's day
  ['The river is expected to peak by nightfall on Saturday, the water authority said in a statement issued at 6 a.m. local time.', '2024-05-17', '6 a.m. local time', '2024-05-17T06:00'],
  ['Police will reopen the coast road on Monday, a spokesman said at 9 a.m.', '2024-05-17', '9 a.m.', '2024-05-17T09:00'],
  ['The summit will be held on Tuesday, officials announced at a briefing at noon.', '2024-05-17', 'noon', '2024-05-17T12:00'],
  ['guard (passes before the change too): The blast hit on Tuesday and police arrived at 3 a.m.', '2024-05-17', '3 a.m.', '2024-05-14T03:00'],
  ['guard (passes before the change too): The ferry will leave on Monday at 9 a.m.', '2024-05-17', '9 a.m.', '2024-05-20T09:00'],
];

const COUNTED_ON_PAST_THE_REPORT: readonly Case[] = [
  // a clause not in the future cannot count on past the report: the span stays a length, or has no value
  ['A storm hit the coast on Tuesday. The last flood hit in the spring of 1997. Twenty-seven years on, residents say defences were never built.', '2024-05-17', 'Twenty-seven years on', 'P27Y'],
  ['guard (passes before the change too): The plant will close in 2030. Two years later, the site becomes a park.', '2024-05-17', 'Two years later', '2032'],
  ['guard (passes before the change too): The last flood hit in 1997. Twenty-seven years later, residents say defences were never built.', '2024-05-17', 'Twenty-seven years later', '2024'],
];

describeNotTimes('round 25: a span counted on from no told time in a clause not in the future has no date', [
  ['Ten years later, the town remembers.', 'Ten'],
  ['A decade later, the valley remembers its miners.', 'decade'],
  ['The last flood hit in the spring of 1997. Twenty-seven years later, residents say defences were never built.', 'Twenty'],
  ['Crews cleared the road on Wednesday. The quarry closed in the autumn of 1989. Thirty years later, villagers still talk of it.', 'Thirty'],
], '2024-05-17');

const A_FIGURE_SHOWN_BY_DATA_TO_COME: readonly Case[] = [
  // data still to come show figures of a period begun or ended: a time in the object of "to show" is not ahead
  ['Retail sales data on Friday are expected to show a 0.3 percent rise in October.', '2024-11-14', 'October', '2024-10'],
  ['Economists expect the figures to show a sharp drop in December.', '2024-01-10', 'December', '2023-12'],
  ['Figures on Monday will reveal a 2 percent gain in exports in November.', '2024-12-05', 'November', '2024-11'],
  ['Quarterly results are expected to show a rise in the fourth quarter.', '2024-01-10', 'the fourth quarter', '2023-Q4'],
  // tense pairs: in the quarter itself it is that quarter; with no figure the future stays
  ['guard (passes before the change too): Quarterly results are expected to show a rise in the fourth quarter.', '2024-10-10', 'the fourth quarter', '2024-Q4'],
  ['guard (passes before the change too): The carmaker will show its new model in March.', '2024-01-10', 'March', '2024-03'],
  ['guard (passes before the change too): The report is expected to show that prices rose in October.', '2024-11-14', 'October', '2024-10'],
];

const A_MONTH_BY_THE_VERB_TENSE: readonly Case[] = [
  // round 24's leftover, a month's direction by the verb's tense, told in August: guards of what holds
  ['guard (passes before the change too): The agency said prices in July will rise.', '2024-08-15', 'July', '2025-07'],
  ['guard (passes before the change too): Prices in July rose 2 percent, the agency said.', '2024-08-15', 'July', '2024-07'],
  ['guard (passes before the change too): Sales in November will rise, retailers said.', '2024-08-15', 'November', '2024-11'],
  ['guard (passes before the change too): Sales in November rose, retailers said.', '2024-08-15', 'November', '2023-11'],
];

const A_SEASON_OF_A_CLIPPED_YEAR: readonly Case[] = [
  // a clipped year after "of" names the season's year
  ["The summer of '76 was hotter still.", '2024-05-17', "The summer of '76", '1976-SU'],
  ["Veterans of the winter of '89 still remember the strike.", '2024-05-17', "the winter of '89", '1989-WI'],
  ["Farmers recall the autumn of '18, when the harvest failed.", '2024-05-17', "the autumn of '18", '2018-FA'],
  ['guard (passes before the change too): It was the summer of 2022.', '2024-05-17', 'the summer of 2022', '2022-SU'],
];

describeNotTimes('round 25: year on year and month on month name no time (no TimeML trigger)', [
  ['guard (passes before the change too): Exports rose 4 percent year on year.', 'year'],
  ['guard (passes before the change too): Prices climbed 3.1 percent year-on-year.', 'year'],
  ['guard (passes before the change too): Output fell 2 percent month on month.', 'month'],
  ['guard (passes before the change too): The index had gained 1.2 percent the session before.', 'session'],
], '2024-05-17');

const THE_COURSE_OF_A_DAY: readonly Case[] = [
  // "throughout the day", "during the day": the day the text was at, else the report's (as "later in the day")
  ['The quake struck on Tuesday. Aftershocks continued throughout the day.', '2024-05-17', 'the day', '2024-05-14'],
  ['Temperatures rose during the day, reaching 38C.', '2024-05-17', 'the day', '2024-05-17'],
  ['Rain will fall throughout the day, forecasters said.', '2024-05-17', 'the day', '2024-05-17'],
  ['guard (passes before the change too): Rain fell throughout the day on Sunday.', '2024-05-17', 'Sunday', '2024-05-12'],
  ['guard (passes before the change too): Later in the day, aftershocks continued.', '2024-05-17', 'Later in the day', '2024-05-17'],
];

describeNotTimes('round 25: "the day" heading a longer phrase is no course of a day', [
  ['guard (passes before the change too): During the day of the vote, turnout was high.', 'day'],
  ['guard (passes before the change too): Nurses worked through the day shift.', 'day'],
], '2024-05-17');

describeValueTables('round 25', {
  'a weekday in a zone conversion': A_WEEKDAY_IN_A_ZONE_CONVERSION,
  'a span of years on': A_SPAN_OF_YEARS_ON,
  'the early hours': THE_EARLY_HOURS,
  'a part of the day before a trading noun': A_PART_OF_THE_DAY_BEFORE_A_TRADING_NOUN,
  'a zone spelled out': A_ZONE_SPELLED_OUT,
  'a past clock after a day to come': A_PAST_CLOCK_AFTER_A_DAY_TO_COME,
  'counted on past the report': COUNTED_ON_PAST_THE_REPORT,
  'a figure shown by data to come': A_FIGURE_SHOWN_BY_DATA_TO_COME,
  "a month by the verb's tense": A_MONTH_BY_THE_VERB_TENSE,
  'a season of a clipped year': A_SEASON_OF_A_CLIPPED_YEAR,
  'the course of a day': THE_COURSE_OF_A_DAY,
});
