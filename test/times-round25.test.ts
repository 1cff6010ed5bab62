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

describeValueTables('round 25', {
  'a weekday in a zone conversion': A_WEEKDAY_IN_A_ZONE_CONVERSION,
  'a span of years on': A_SPAN_OF_YEARS_ON,
  'the early hours': THE_EARLY_HOURS,
});
