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

describe('times round 23', () => {
  describeValueTables('round 23', {
    'a counted year opening the sentence': A_COUNTED_YEAR_OPENING_THE_SENTENCE,
    'minutes that are a length': MINUTES_THAT_ARE_A_LENGTH,
    'a time in the subject of a reported clause': A_TIME_IN_THE_SUBJECT_OF_A_REPORTED_CLAUSE,
    'a range that holds the report': A_RANGE_THAT_HOLDS_THE_REPORT,
    'a period counted to date': A_PERIOD_COUNTED_TO_DATE,
    'a financial year named by its year': A_FINANCIAL_YEAR_NAMED_BY_ITS_YEAR,
  });
});
