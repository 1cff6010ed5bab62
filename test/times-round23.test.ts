// Round 23 classes of TimeML values, each on sentences written for this table in the styles of quarterly earnings
// calls, central-bank calendars, commodity and currency wraps, retail holiday seasons, company histories, tax and
// filing deadlines and IPO timetables. Every triple failed before round 23, except the guards marked as such.
import { describe } from 'vitest';
import { describeNotTimes, describeValueTables, type TimeCase as Case } from './helpers/time-tables.js';

const A_COUNTED_YEAR_OPENING_THE_SENTENCE: readonly Case[] = [
  // "Last year," / "Two years ago," / "A year earlier," at the head of a sentence sets the year of the months, days,
  // feasts and quarters after it in the clause, as "In 2019," does
  ['Last year, Korvel Stores took $210 million on Black Friday alone.', '2024-11-20', 'Black Friday', '2023-11-24'],
  ['Last year, the Pellworth chain opened its doors at 5 a.m. on Thanksgiving.', '2024-11-20', 'Thanksgiving', '2023-11-23'],
  ['Last year, Ardent Mills held its annual meeting on March 3.', '2024-05-20', 'March 3', '2023-03-03'],
  ['Two years ago, the Tamsby smelter closed in April.', '2024-05-20', 'April', '2022-04'],
  ['Two years ago the Oriel festival opened on Easter Sunday.', '2024-05-20', 'Easter Sunday', '2022-04-17'],
  ['A year earlier, Brightwater Foods lost money in the first quarter.', '2024-05-20', 'the first quarter', '2023-Q1'],
  ['Last year had the warmest June the Velmar station has recorded.', '2024-08-20', 'June', '2023-06'],
  ['guard (passes before the change too): In 2019, Ardent Mills held its annual meeting on March 3.', '2024-05-20', 'March 3', '2019-03-03'],
  ['guard (passes before the change too): Next year, the Oriel festival will open in March.', '2024-05-20', 'March', '2025-03'],
];

describeNotTimes('round 23: "minutes" as the record of a meeting is no length of time', [
  ['The minutes showed policymakers at the Ardenian central bank were split.', 'minutes'],
  ['According to the minutes, released on Wednesday, most members backed a pause.', 'minutes'],
  ["The committee's minutes suggested little appetite for another hike.", 'minutes'],
  ['Bond traders will scour the minutes for clues about the path of rates.', 'minutes'],
  ['The Fed minutes are due at 2 p.m. on Wednesday.', 'minutes'],
  ['Minutes showed a majority of the committee favoured a pause.', 'Minutes'],
  ['The minutes were published three weeks after the meeting.', 'minutes'],
  ['guard (passes before the change too): The council approved the minutes of its previous meeting.', 'minutes'],
], '2024-08-21');

const MINUTES_THAT_ARE_A_LENGTH: readonly Case[] = [
  ['guard (passes before the change too): In the minutes after the blast, residents fled the block.', '2024-08-21', 'the minutes', 'PTXM'],
  ['guard (passes before the change too): Within minutes, shares of Torvane had fallen 10 percent.', '2024-08-21', 'minutes', 'PTXM'],
];

const A_TIME_IN_THE_SUBJECT_OF_A_REPORTED_CLAUSE: readonly Case[] = [
  // with no "that", a time in a phrase after the subject noun of a reported clause takes that clause's modal
  ['Ostrava Foods said sales during the holiday quarter would be at the low end of its range.', '2024-11-20', 'the holiday quarter', '2024-Q4'],
  ['The finance minister said output in December would fall.', '2024-08-20', 'December', '2024-12'],
  ['Analysts said exports in September could slow sharply.', '2024-08-21', 'September', '2024-09'],
  ['Union leaders said the strike on Friday would go ahead.', '2024-08-21', 'Friday', '2024-08-23'],
  ['guard (passes before the change too): The minister said on Monday the Harwick plant would reopen.', '2024-08-21', 'Monday', '2024-08-19'],
  ['guard (passes before the change too): The minister told reporters on Monday the Harwick plant would reopen.', '2024-08-21', 'Monday', '2024-08-19'],
  ['guard (passes before the change too): Delmont announced plans on Monday to close three plants.', '2024-08-21', 'Monday', '2024-08-19'],
  ['guard (passes before the change too): Officials said the meeting in July was productive.', '2024-08-21', 'July', '2024-07'],
];

const A_RANGE_THAT_HOLDS_THE_REPORT: readonly Case[] = [
  // a range of months or days whose latest start ends on or after the report is the one going on, in a clause
  // that is not past
  ['The public consultation runs from July 15 to Sept. 30.', '2024-08-05', 'July 15', '2024-07-15'],
  ['The public consultation runs from July 15 to Sept. 30.', '2024-08-05', 'Sept. 30', '2024-09-30'],
  ['The tax filing season runs from January 29 to April 15.', '2024-02-05', 'January 29', '2024-01-29'],
  ['The back-to-school season runs from mid-July to early September.', '2024-08-05', 'mid-July', '2024-07'],
  ['The Harlow winter exhibition runs from November to January.', '2024-12-20', 'November', '2024-11'],
  ['The Pellan trade fair runs between March 1 and May 31.', '2024-04-10', 'March 1', '2024-03-01'],
  ['guard (passes before the change too): The sale runs from Dec. 26 to Jan. 5.', '2024-12-20', 'Dec. 26', '2024-12-26'],
  ['guard (passes before the change too): The sale runs from Dec. 26 to Jan. 5.', '2024-12-20', 'Jan. 5', '2025-01-05'],
  ['guard (passes before the change too): The festival ran from July 1 to July 20.', '2024-08-05', 'July 1', '2024-07-01'],
];

const A_PERIOD_COUNTED_TO_DATE: readonly Case[] = [
  // "week-to-date", "month-to-date", "quarter-to-date" are the current period, as "year-to-date" is the year
  ['The Ardenian crown has gained 0.8 percent week-to-date.', '2024-03-12', 'week-to-date', '2024-W11'],
  ['Shares of Merrow Telecom are up 4 percent month-to-date.', '2024-03-12', 'month-to-date', '2024-03'],
  ['Quarter-to-date sales at the Halden chain are up 3 percent.', '2024-03-12', 'Quarter-to-date', '2024-Q1'],
  ['guard (passes before the change too): The Velmar index is up 4 percent year-to-date.', '2024-03-12', 'year-to-date', '2024'],
];

const A_FINANCIAL_YEAR_NAMED_BY_ITS_YEAR: readonly Case[] = [
  // a financial year named by a written year is the fiscal year, as "the 2024 fiscal year" is; a split "2023-24"
  // after "FY" or "financial year" is named by the year it ends in
  ['Kestrel Mining guided to capital spending of A$900 million for the 2024 financial year.', '2024-02-15', 'the 2024 financial year', 'FY2024'],
  ['Orrin Textiles said exports in financial year 2023-24 rose 4 percent.', '2024-05-31', 'financial year 2023-24', 'FY2024'],
  ["The lender's net profit in FY2023-24 rose 12 percent.", '2024-05-31', 'FY2023-24', 'FY2024'],
  ['Sales in the fiscal year 2023 were the best in the brewer\'s history.', '2024-05-31', 'fiscal year 2023', 'FY2023'],
  ['guard (passes before the change too): Kestrel Mining guided to higher spending for the 2024 fiscal year.', '2024-02-15', 'the 2024 fiscal year', 'FY2024'],
  ['guard (passes before the change too): In the fiscal year, Pellan Foods cut 2,000 jobs.', '2024-05-31', 'the fiscal year', 'FY2024'],
];

const A_WEEKDAY_THAT_PINS_THE_YEAR: readonly Case[] = [
  // a weekday written beside a month and day with no year picks the neighbouring year in which they agree
  ['The deadline for filing 2023 returns is Monday, April 15.', '2024-03-20', 'Monday, April 15', '2024-04-15'],
  ['The Ostrava shareholder vote took place on Tuesday, Jan. 10.', '2024-03-20', 'Tuesday, Jan. 10', '2023-01-10'],
  ['Filing 2023 accounts is due by Friday, Jan. 31, the registry said.', '2025-01-10', 'Friday, Jan. 31', '2025-01-31'],
  ['guard (passes before the change too): The hearing was held on Friday, Jan. 12.', '2024-03-20', 'Friday, Jan. 12', '2024-01-12'],
  ['guard (passes before the change too): The hearing is set for Friday, Jan. 10.', '2024-03-20', 'Friday, Jan. 10', '2025-01-10'],
];

const A_GERUND_AND_ITS_OBJECT: readonly Case[] = [
  // a schedule word in -s after a gerund that a verb of starting or stopping governs is that gerund's object noun
  ['The tax agency began accepting returns on Jan. 29.', '2024-03-20', 'Jan. 29', '2024-01-29'],
  ['The Velmar office started processing returns in January.', '2024-03-20', 'January', '2024-01'],
  ['guard (passes before the change too): Trading in Merrow shares resumes on Monday.', '2024-03-20', 'Monday', '2024-03-25'],
  ['guard (passes before the change too): Officials said voting opens on Friday.', '2024-03-20', 'Friday', '2024-03-22'],
];

const THE_WEEK_OF_A_DATE: readonly Case[] = [
  // "the week of Sept. 23" is the ISO week that holds the date
  ['Pricing of the Halvorsen offering is expected in the week of Sept. 23.', '2024-09-10', 'the week of Sept. 23', '2024-W39'],
  ['The Kessel vote was held in the week of Sept. 2.', '2024-09-10', 'the week of Sept. 2', '2024-W36'],
  ['Most shops in Arvika close in the week of Jan. 1.', '2024-12-20', 'the week of Jan. 1', '2025-W01'],
];

const A_HAPPENING_FORESEEN_IN_THE_PAST: readonly Case[] = [
  // a time in the noun object of a past verb of foreseeing or signalling is the one nearest the report
  ['Policymakers signalled a cut in September.', '2024-08-21', 'September', '2024-09'],
  ['Minutes showed a majority favoured a pause in September.', '2024-08-21', 'September', '2024-09'],
  ['The Ardenian central bank pencilled in two cuts in December.', '2024-08-21', 'December', '2024-12'],
  ['Analysts predicted a rebound in March.', '2024-02-10', 'March', '2024-03'],
  ['guard (passes before the change too): The bank signalled in March that it would cut.', '2024-08-21', 'March', '2024-03'],
  ['guard (passes before the change too): Officials expected a cut in September.', '2024-08-21', 'September', '2024-09'],
];

const DAYS_OF_THE_RETAIL_CALENDAR: readonly Case[] = [
  // the Monday, Tuesday and Saturday the retail calendar names after Thanksgiving
  ['Online spending over Cyber Monday is forecast to hit $13 billion.', '2024-11-20', 'Cyber Monday', '2024-12-02'],
  ['Shoppers spent $13.3 billion on Cyber Monday, an industry tracker said.', '2024-12-03', 'Cyber Monday', '2024-12-02'],
  ['Charities in Harlow hope for a record Giving Tuesday.', '2024-11-20', 'Giving Tuesday', '2024-12-03'],
  ['Small Business Saturday is expected to draw crowds to high streets.', '2024-11-20', 'Small Business Saturday', '2024-11-30'],
];

const THIS_SEASON_OUTSIDE_IT: readonly Case[] = [
  // "this winter" told after it: the one just ended in a past clause or the month after it, the next in a future one
  ['Heating bills this winter were the highest on record.', '2024-03-10', 'this winter', '2023-WI'],
  ['Snowfall this winter has been below average, the Velmar weather office said.', '2024-03-10', 'this winter', '2023-WI'],
  ['Gas demand this winter was 8 percent below the average.', '2024-05-10', 'this winter', '2023-WI'],
  ['guard (passes before the change too): Gas storage will need to be refilled before this winter.', '2024-03-10', 'this winter', '2024-WI'],
  ['guard (passes before the change too): Gas storage is full ahead of this winter.', '2024-10-10', 'this winter', '2024-WI'],
  ['guard (passes before the change too): Sales this summer were weak.', '2024-10-10', 'this summer', '2024-SU'],
];

const A_COUNT_TO_THE_DAY: readonly Case[] = [
  // "a year to the day after" is the day told before it that many years, months or weeks on
  ['The quake struck on Feb. 6, 2023. A year to the day after the quake, survivors gathered in the square.', '2024-05-20', 'A year to the day', '2024-02-06'],
  ['The Pellan plant exploded on March 3, 2022. One year to the day later, it reopened.', '2024-05-20', 'One year to the day later', '2023-03-03'],
  ['The mine flooded on Sept. 3, 2021. Two years to the day since the disaster, a memorial opened.', '2024-05-20', 'Two years to the day', '2023-09-03'],
  ['The bank failed on March 10, 2023. Six months to the day later, its assets were sold.', '2024-05-20', 'Six months to the day later', '2023-09-10'],
];

const A_DEADLINE_YEAR_SETS_NO_SCENE: readonly Case[] = [
  // a year after "by" or "until" is where a plan ends; the months after it in the clause are told from the report
  ['The bank now sees inflation back at target by the end of 2025, six months earlier than it forecast in September.', '2024-12-12', 'September', '2024-09'],
  ['Halden aims to cut its debt by 2026 from the levels it reached in March.', '2024-12-12', 'March', '2024-03'],
  ['guard (passes before the change too): In 2023, Halden sales fell in March.', '2024-12-12', 'March', '2023-03'],
];

const A_FULL_YEAR_FORECAST: readonly Case[] = [
  // a full-year forecast, outlook or guidance is of a year not yet over, never of a past year discussed before it
  ['Last year, Korvel sales rose 4 percent. On Wednesday the chain cut its full-year profit forecast.', '2024-11-19', 'full-year', '2024'],
  ['Pellan earned $2 billion in 2023. It raised its full-year outlook on Tuesday.', '2024-11-19', 'full-year', '2024'],
  ['Pellan earned $2 billion last year. Its full-year guidance was cautious.', '2024-02-19', 'full-year', '2024'],
  ['guard (passes before the change too): Pellan earned $2 billion in 2023. Full-year revenue rose 5 percent.', '2024-11-19', 'Full-year', '2023'],
];

describe('times round 23', () => {
  describeValueTables('round 23', {
    'a counted year opening the sentence': A_COUNTED_YEAR_OPENING_THE_SENTENCE,
    'minutes that are a length': MINUTES_THAT_ARE_A_LENGTH,
    'a time in the subject of a reported clause': A_TIME_IN_THE_SUBJECT_OF_A_REPORTED_CLAUSE,
    'a range that holds the report': A_RANGE_THAT_HOLDS_THE_REPORT,
    'a period counted to date': A_PERIOD_COUNTED_TO_DATE,
    'a financial year named by its year': A_FINANCIAL_YEAR_NAMED_BY_ITS_YEAR,
    'a weekday that pins the year': A_WEEKDAY_THAT_PINS_THE_YEAR,
    'a gerund and its object': A_GERUND_AND_ITS_OBJECT,
    'the week of a date': THE_WEEK_OF_A_DATE,
    'a happening foreseen in the past': A_HAPPENING_FORESEEN_IN_THE_PAST,
    'days of the retail calendar': DAYS_OF_THE_RETAIL_CALENDAR,
    'this season outside it': THIS_SEASON_OUTSIDE_IT,
    'a count to the day': A_COUNT_TO_THE_DAY,
    'a deadline year sets no scene': A_DEADLINE_YEAR_SETS_NO_SCENE,
    'a full-year forecast': A_FULL_YEAR_FORECAST,
  });
});
