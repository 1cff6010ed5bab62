// Round 21 classes of TimeML values, each on sentences written for this table in the styles of economic data releases,
// central-bank calendars, retail and holiday trading updates, airline traffic figures, sports and school calendars,
// anniversaries and historical background. Every triple failed before round 21, except the guards marked as such.
import { describe, expect, it } from 'vitest';
import { diwaliDay, newMoonJde } from '../src/extract/time/hindu-calendar.js';
import { describeNotTimes, describeValueTables, type TimeCase as Case } from './helpers/time-tables.js';

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

const THE_SAME_PERIOD_IN_A_WRITTEN_YEAR: readonly Case[] = [
  // "the same <period> of/in <year>" is the period discussed in that year, as "the 1988 quarter" is
  ['Passenger numbers at Keldor airport in December were below the same month in 2019.', '2024-01-08', 'the same month in 2019', '2019-12'],
  ['Operating profit in the third quarter fell from the same quarter of 2022.', '2024-01-08', 'the same quarter of 2022', '2022-Q3'],
  ['Footfall on Boxing Day was 5 percent above the same day in 2019.', '2024-01-08', 'the same day in 2019', '2019-12-26'],
  // with no week discussed, the week of the day told last
  ['Takings on Christmas Eve were higher than in the same week of 2022.', '2024-01-08', 'the same week of 2022', '2022-W51'],
  ['guard (passes before the change too): Operating profit in the third quarter fell from the same quarter last year.', '2024-01-08', 'the same quarter last year', '2022-Q3'],
];

const THE_FULL_YEAR_WRITTEN: readonly Case[] = [
  // "the full year" before a written year is that year
  ['For the full year 2023, traffic at the airport rose 18 percent to 52 million passengers.', '2024-01-10', 'the full year 2023', '2023'],
  ['Over the whole year 2021, prices in the capital rose 4 percent.', '2024-01-10', 'the whole year 2021', '2021'],
  ['guard (passes before the change too): The Tessaro group expects sales to grow in the full year.', '2024-05-10', 'the full year', '2024'],
];

const MONTHS_AFTER_A_SPAN_OF_TWO_YEARS: readonly Case[] = [
  // a month of the first half of the year after "2023-24" lies in its second year (seasons, school years and July-June
  // fiscal years run across the new year); a span named for a purpose holds no months
  ['The Dornhill league\'s 2023-24 season ends in May.', '2024-03-11', 'May', '2024-05'],
  ['The club\'s 2019-20 campaign was halted in March by the pandemic.', '2024-03-11', 'March', '2020-03'],
  ['The 2015-16 school year ended in June with record exam results.', '2024-03-11', 'June', '2016-06'],
  ['guard (passes before the change too): Enrolment for the 2024-25 school year opens in April.', '2024-03-11', 'April', '2024-04'],
  ['guard (passes before the change too): The 2015-16 season began in August with a home win.', '2024-03-11', 'August', '2015-08'],
  ['guard (passes before the change too): In 2019, the Velmar club won the title in May.', '2024-03-11', 'May', '2019-05'],
];

const DIWALI_FROM_THE_NEW_MOON: readonly Case[] = [
  // the new moon after the Sun enters sidereal Libra (Meeus ch. 49 and 25, Lahiri ayanamsa); India's gazetted
  // holidays: 2023-11-12, 2024-10-31, 2025-10-20, 2016-10-30, 2009-10-17
  ['Delhi\'s air quality worsened sharply after Diwali, officials said.', '2023-11-20', 'Diwali', '2023-11-12'],
  ['Jewellers in Mumbai reported brisk trade ahead of Diwali.', '2024-10-29', 'Diwali', '2024-10-31'],
  ['Retailers expect record sales before Diwali this year.', '2025-10-10', 'Diwali', '2025-10-20'],
  ['Fireworks were banned in the city for Deepavali.', '2016-11-02', 'Deepavali', '2016-10-30'],
  ['The prime minister visited troops on the border on Diwali.', '2009-10-20', 'Diwali', '2009-10-17'],
];

const DAYS_OF_RAMADAN: readonly Case[] = [
  // Ramadan itself is a month with no day value; its first and last days and its eve are days (Umm al-Qura: 1
  // Ramadan 1445 = 2024-03-11, 1 Shawwal 1445 = 2024-04-10, 1 Ramadan 1446 = 2025-03-01)
  ['The truce in Velmara was agreed on the first day of Ramadan.', '2024-04-02', 'first day of Ramadan', '2024-03-11'],
  ['Fighting resumed around the port on the last day of Ramadan.', '2024-04-15', 'last day of Ramadan', '2024-04-09'],
  ['The stock exchange will shorten its hours from the first day of Ramadan.', '2025-02-20', 'first day of Ramadan', '2025-03-01'],
  ['Markets in the old city were crowded on the eve of Ramadan.', '2025-03-05', 'eve of Ramadan', '2025-02-28'],
];

describeValueTables('round 21', {
  'the same day a year off': THE_SAME_DAY_A_YEAR_OFF,
  'this time a year off': THIS_TIME_A_YEAR_OFF,
  'days counted from a clock in the sentence before': DAYS_COUNTED_FROM_A_CLOCK_BEFORE,
  'a statistic over the year to a month': A_STATISTIC_OVER_THE_YEAR_TO_A_MONTH,
  'the same period in a written year': THE_SAME_PERIOD_IN_A_WRITTEN_YEAR,
  'the full year before a written year': THE_FULL_YEAR_WRITTEN,
  'months after a span of two years': MONTHS_AFTER_A_SPAN_OF_TWO_YEARS,
  'Diwali from the new moon': DIWALI_FROM_THE_NEW_MOON,
  'days of Ramadan': DAYS_OF_RAMADAN,
});

describe('round 21: the new moon and Diwali', () => {
  it('gives the new moon of 1977 February 18 as Meeus example 49.a does, within two minutes', () => {
    expect(Math.abs(newMoonJde(-283) - 2443192.65118)).toBeLessThan(2 / 1440);
  });
  // India's gazetted Diwali holidays, 2000-2025
  const gazetted = ['2000-10-26', '2001-11-14', '2002-11-04', '2003-10-25', '2004-11-12', '2005-11-01', '2006-10-21', '2007-11-09', '2008-10-28', '2009-10-17', '2010-11-05', '2011-10-26', '2012-11-13', '2013-11-03', '2014-10-23', '2015-11-11', '2016-10-30', '2017-10-19', '2018-11-07', '2019-10-27', '2020-11-14', '2021-11-04', '2022-10-24', '2023-11-12', '2024-10-31', '2025-10-20'];
  it.each(gazetted)('gives Diwali on %s', (day) => {
    const d = diwaliDay(Number(day.slice(0, 4)))!;
    expect(`${d.y}-${String(d.m).padStart(2, '0')}-${String(d.d).padStart(2, '0')}`).toBe(day);
  });
});

describeNotTimes('round 21: Ramadan, a month, keeps no day value (guard, passes before the change too)', [
  ['Muslims across the region are observing Ramadan, which began on March 11.', 'Ramadan'],
  ['Shops in the old city close early during the holy month of Ramadan.', 'Ramadan'],
], '2024-04-02');
