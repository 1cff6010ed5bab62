// Round 21 classes of TimeML values, each on sentences written for this table in the styles of economic data releases,
// central-bank calendars, retail and holiday trading updates, airline traffic figures, sports and school calendars,
// anniversaries and historical background. Every triple failed before round 21, except the guards marked as such.
import { describeValueTables, type TimeCase as Case } from './helpers/time-tables.js';

const THE_SAME_DAY_A_YEAR_OFF: readonly Case[] = [
  // "the same day" before a count of years back is the day told last a year back, as "the same week last year" is
  ['Footfall on Boxing Day was down 3 percent on the same day last year.', '2024-12-27', 'the same day last year', '2023-12-26'],
  ['Takings at the Velmont store on Saturday were 8 percent above the same day a year earlier.', '2024-12-27', 'the same day a year earlier', '2023-12-21'],
  ['Rail passengers on Christmas Eve outnumbered those on the same date two years ago.', '2024-12-27', 'the same date two years ago', '2022-12-24'],
  ['guard (passes before the change too): Sales in the week to Sunday were up 2 percent on the same week last year.', '2024-12-27', 'the same week last year', '2023-W51'],
];

const THIS_TIME_A_YEAR_OFF: readonly Case[] = [
  // "this time" a year off is the period under discussion a year off, as "the same time last year" is
  ['Passenger numbers in March ran 6 percent ahead of this time last year.', '2024-04-10', 'this time last year', '2023-03'],
  ['Hotel occupancy this month is below this time last year, the tourism board said.', '2024-06-03', 'this time last year', '2023-06'],
  ['At this time last year, the Korvath mill was close to shutting.', '2024-06-03', 'this time last year', '2023'],
  ['By this time next year, the new terminal will be handling flights.', '2024-06-03', 'this time next year', '2025'],
  ['Water levels in the reservoir in August were lower than this time two years ago.', '2024-09-02', 'this time two years ago', '2022-08'],
  ['guard (passes before the change too): Passenger numbers in March ran ahead of the same time last year.', '2024-04-10', 'the same time last year', '2023-03'],
];

const DAYS_COUNTED_FROM_A_CLOCK_BEFORE: readonly Case[] = [
  // a day counted on at the head of a sentence counts from the clock of the sentence before when no day was told: in
  // a past clause it cannot run past the report, so the clock goes back a day
  ['Police were called to the Kestrel bar at 2 a.m. The following day, three men were charged.', '2024-06-03', 'The following day', '2024-06-03'],
  ['Police were called to the Kestrel bar at 2 a.m. The following day, three men were charged.', '2024-06-03', '2 a.m.', '2024-06-02T02:00'],
  ['Rescuers reached the collapsed mine at 4 a.m. The next day, the army took over the search.', '2024-06-05', 'The next day', '2024-06-05'],
  ['The blaze broke out in a warehouse at around 9 p.m. By the next morning, 40 homes had burned.', '2024-06-05', 'the next morning', '2024-06-05TMO'],
  // one sentence with no time in between does not move the narrative
  ['Trading in Orvane shares was halted at 11 a.m. They had fallen 4 percent. The next day, they recovered.', '2024-06-05', 'The next day', '2024-06-05'],
  // ahead of the report the clock keeps the report's day
  ['guard (passes before the change too): The convoy will set off from the depot at 5 a.m. The following day, it will reach the border.', '2024-06-05', 'The following day', '2024-06-06'],
  ['guard (passes before the change too): The storm hit the coast at 3 a.m. on Tuesday. The following day, power was restored.', '2024-06-05', 'The following day', '2024-06-05'],
];

const A_STATISTIC_OVER_THE_YEAR_TO_A_MONTH: readonly Case[] = [
  // a measure of the whole economy over "the year to <month>" is a rolling twelve months, P1Y as "the 12 months to
  // June" is P12M; a company's figures keep the fiscal year
  ['Consumer prices in Ardenia rose 2.1 percent in the year to June, the statistics office said.', '2024-07-17', 'the year', 'P1Y'],
  ['Average wages grew 5.7 percent in the year to May, the slowest pace since 2021.', '2024-07-17', 'the year', 'P1Y'],
  ['House prices in the capital fell 1.2 percent in the year through March.', '2024-04-20', 'the year', 'P1Y'],
  ['Exports of cut flowers climbed 6 percent in the year to May, customs data showed.', '2024-07-02', 'the year', 'P1Y'],
  ['guard (passes before the change too): Consumer prices in Ardenia rose 2.1 percent in the year to June, the statistics office said.', '2024-07-17', 'June', '2024-06'],
  ['guard (passes before the change too): Qarvel Airways said profit in the year to June rose 41 percent.', '2024-08-22', 'the year', 'FY2024'],
  ['guard (passes before the change too): Sales at the Brenholt chain rose 4 percent in the year to June.', '2024-08-22', 'the year', 'FY2024'],
  ['guard (passes before the change too): Retail prices rose 3 percent in the 12 months to June.', '2024-07-17', '12 months', 'P12M'],
];

describeValueTables('round 21', {
  'the same day a year off': THE_SAME_DAY_A_YEAR_OFF,
  'this time a year off': THIS_TIME_A_YEAR_OFF,
  'days counted from a clock in the sentence before': DAYS_COUNTED_FROM_A_CLOCK_BEFORE,
  'a statistic over the year to a month': A_STATISTIC_OVER_THE_YEAR_TO_A_MONTH,
});
