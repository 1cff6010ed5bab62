// Round 24 classes of TimeML values, each on sentences written for this table in the styles of sports seasons,
// academic and fiscal years, court and project timetables, weather forecasts, data releases and historical
// retrospectives. Every triple failed before round 24, except the guards marked as such.
import { describe } from 'vitest';
import { describeNotTimes, describeValueTables, type TimeCase as Case } from './helpers/time-tables.js';

const A_DEFERRAL_AND_ITS_NEW_END: readonly Case[] = [
  // the new end of a deferral lies ahead of the telling in a headline too, after "through", after "prorogued", and
  // with a longer object between the verb and its preposition
  ['Corruption trial of former mayor adjourned until October', '2024-07-11', 'October', '2024-10'],
  ['Budget vote postponed until November', '2024-08-20', 'November', '2024-11'],
  ['The ministry on Friday extended its drought alert through the weekend.', '2024-07-12', 'the weekend', '2024-W28-WE'],
  ['The carrier suspended flights to Velmora through Sunday.', '2024-07-10', 'Sunday', '2024-07-14'],
  ['The regional assembly was prorogued until September.', '2024-07-12', 'September', '2024-09'],
  ['Governor Ansel Brack prorogued the legislature until October.', '2024-07-12', 'October', '2024-10'],
  ['The operator pushed back the opening of the new terminal to November.', '2024-07-12', 'November', '2024-11'],
  ['guard (passes before the change too): The hearing was adjourned until September.', '2024-07-11', 'September', '2024-09'],
  ['guard (passes before the change too): Heavy rain fell through the weekend.', '2024-07-15', 'the weekend', '2024-W28-WE'],
  ['guard (passes before the change too): The museum was closed until March.', '2023-12-08', 'March', '2023-03'],
];

const A_TIME_AT_THE_EARLIEST: readonly Case[] = [
  // a time followed by "at the earliest" is the first moment something may come: ahead of the telling
  ['The Ostmark central bank kept rates on hold until September at the earliest, dealers said.', '2024-07-12', 'September', '2024-09'],
  ['The board ruled out a decision before March at the earliest.', '2024-07-12', 'March', '2025-03'],
  ['Engineers pushed any repairs past January at the very earliest.', '2024-07-12', 'January', '2025-01'],
  ['guard (passes before the change too): The bridge reopened in March.', '2024-07-12', 'March', '2024-03'],
];

const A_RELEASE_ASIDE: readonly Case[] = [
  // a time in a participle of release dates the publishing, not the period whose figures are compared
  ['Figures released last week showed 812 burglaries, up from 640 the previous year.', '2024-05-17', 'the previous year', '2023'],
  ['The survey, published last month, counted 41 breweries, against 30 the year before.', '2024-05-17', 'the year before', '2023'],
  ['Statistics issued last week put the jobless rate at 6.1 percent, down from 6.8 percent the previous year.', '2024-05-17', 'the previous year', '2023'],
  ['guard (passes before the change too): The audit, released on Monday, showed a loss of 3 million pounds, up from 1 million pounds the previous year.', '2024-05-17', 'the previous year', '2023'],
  ['guard (passes before the change too): Exports in April, reported on Wednesday, fell 3 percent from the previous month.', '2024-05-17', 'the previous month', '2024-03'],
];

const AN_UNNAMED_DATE: readonly Case[] = [
  // a day left unnamed after a preposition: TimeML's unknown date
  ['Ticket holders will be refunded at a later date.', '2024-05-17', 'a later date', 'XXXX-XX-XX'],
  ['The Velden derby has been moved to a future date, the league said.', '2024-05-17', 'a future date', 'XXXX-XX-XX'],
  ['The recording asked callers to try again at a later time.', '2024-05-17', 'a later time', 'XXXX-XX-XX'],
  ['The ceremony was postponed until an unspecified date.', '2024-05-17', 'an unspecified date', 'XXXX-XX-XX'],
];

describeNotTimes('round 24: a later date that is no preposition\'s object is no time', [
  ['guard (passes before the change too): The later date suited both families.', 'later'],
], '2024-05-17');

const A_YEAR_TOLD_AFTER_ITS_MONTH: readonly Case[] = [
  // a month dating the noun before the verb takes the year that closes the clause
  ['Sales in December rose 4 percent in 2022.', '2024-05-17', 'December', '2022-12'],
  ['Shipments in March fell 2.5 percent in 2019, the port authority said.', '2024-05-17', 'March', '2019-03'],
  ['Spending during November jumped 7 percent in 2020, the survey found.', '2024-05-17', 'November', '2020-11'],
  ['Output in August climbed 1,200 tonnes in 2021.', '2024-05-17', 'August', '2021-08'],
  ['guard (passes before the change too): Harlen was hired in March after losing his job in 2022.', '2024-05-17', 'March', '2024-03'],
  ['guard (passes before the change too): The Brenmoor plant opened in March and closed in 2023.', '2024-05-17', 'March', '2024-03'],
  ['guard (passes before the change too): Sales in December rose 4 percent from 2022.', '2024-05-17', 'December', '2023-12'],
];

const A_MONTH_OF_A_FIGURE_AFTER_FOR: readonly Case[] = [
  // "for MONTH" after a plural noun of monthly figures, or before any verb of a figure's change, is the month
  ['Shipments for March fell 2.5 percent.', '2024-05-17', 'March', '2024-03'],
  ['Deliveries for April climbed 3 percent, the carmaker said.', '2024-05-17', 'April', '2024-04'],
  ['Output for April slipped 1 percent.', '2024-05-17', 'April', '2024-04'],
  ['guard (passes before the change too): Sales for March rose 2 percent.', '2024-05-17', 'March', '2024-03'],
];

describeNotTimes('round 24: "for March" that is the verb is no month', [
  ['guard (passes before the change too): Students called for March organisers to reroute the parade.', 'March'],
], '2024-05-17');

const A_SEQUENCED_HAPPENING_FORESEEN: readonly Case[] = [
  // "the next cut", "the first hike" after a past verb of foreseeing: the happening nearest the report; "cut" after a
  // word of sequence is a noun, not a past verb
  ['Traders signalled the next cut in March.', '2024-12-17', 'March', '2025-03'],
  ['Economists expected the first cut in March.', '2024-12-17', 'March', '2025-03'],
  ['Economists had expected the first cut in March.', '2024-12-17', 'March', '2025-03'],
  ['Markets had priced in the first hike in February.', '2024-12-17', 'February', '2025-02'],
  ['guard (passes before the change too): The Ardenian bank flagged the risk in its March report.', '2024-12-17', 'March', '2024-03'],
  ['guard (passes before the change too): Economists expected a cut in March.', '2024-12-17', 'March', '2025-03'],
];

const DECADES_AGO_WITHIN_A_PERIOD: readonly Case[] = [
  // whole decades counted back to this week, this month or today: that week, month or day in years
  ['Four decades ago this week, the last shift left the Carrow pit.', '2025-10-08', 'Four decades ago this week', '1985-W41'],
  ['Two decades ago this month, the Tessel bank collapsed.', '2025-10-08', 'Two decades ago this month', '2005-10'],
  ['A decade ago today, the Orrin tower opened to the public.', '2025-10-08', 'A decade ago today', '2015-10-08'],
  ['guard (passes before the change too): Three decades ago, the valley had no paved road.', '2025-10-08', 'Three decades ago', '199'],
  ['guard (passes before the change too): Forty years ago this week, the last shift left the Carrow pit.', '2025-10-08', 'Forty years ago this week', '1985-W41'],
];

const A_COUNT_TO_THE_DAY_IN_APPOSITION: readonly Case[] = [
  // after a comma right after a day, "N years to the day after X" restates that day
  ['A memorial service will be held on Sunday, 40 years to the day after the pit closed.', '2025-10-08', '40 years to the day', '2025-10-12'],
  ['The statue will be unveiled on Oct. 12, 50 years to the day since the flood.', '2025-10-08', '50 years to the day', '2025-10-12'],
  ['guard (passes before the change too): The quake struck on March 3, 2011. A year to the day after the quake, the school reopened.', '2025-10-08', 'A year to the day', '2012-03-03'],
];

const A_CLIPPED_SPLIT_FISCAL_YEAR: readonly Case[] = [
  // "FY24/25", "FY23-24": named by the year they end in
  ['In FY24/25 the Harrowgate council expects a deficit of 3 million pounds.', '2024-05-17', 'FY24/25', 'FY2025'],
  ['The FY23-24 results of Lanmore Textiles were strong.', '2024-05-17', 'FY23-24', 'FY2024'],
  ['guard (passes before the change too): FY24 revenue at Lanmore Textiles rose.', '2024-05-17', 'FY24', 'FY2024'],
  ['guard (passes before the change too): In FY2024-25 the council expects a deficit.', '2024-05-17', 'FY2024-25', 'FY2025'],
];

const A_COMPOUND_HEADED_BY_A_PAST_FORM: readonly Case[] = [
  // "a rate cut", "a takeover bid": a past form heading a noun after a determiner and a modifier is no past verb
  ['Dealers see a rate cut in June.', '2024-03-14', 'June', '2024-06'],
  ['Dealers now see the first rate cut in July.', '2024-03-14', 'July', '2024-07'],
  ['Analysts in Corvale see a deep spending cut in May.', '2024-03-14', 'May', '2024-05'],
  ['guard (passes before the change too): Investors in Corvale expect a deep spending cut in October.', '2024-03-14', 'October', '2024-10'],
  ['guard (passes before the change too): The Velmar central bank cut its key rate in June.', '2024-03-14', 'June', '2023-06'],
  ['guard (passes before the change too): The bank cut rates in June.', '2024-03-14', 'June', '2023-06'],
];

const A_PARTICIPLE_CLAUSE_AFTER_A_COMMA: readonly Case[] = [
  // a comma before "having" or a gerund opens a clause whose verb does not date the time before the comma
  ['Markets now bet on a first move in July, having priced it for April at the start of the month.', '2024-03-14', 'July', '2024-07'],
  ['Markets now bet on a first move in July, having priced it for April at the start of the month.', '2024-03-14', 'the start of the month', '2024-03'],
  ['Brokers now eye the next increase in May, having wagered on an earlier one.', '2024-03-14', 'May', '2024-05'],
  ['guard (passes before the change too): On Monday, having met the envoys, the minister flew home.', '2024-03-14', 'Monday', '2024-03-11'],
  ['guard (passes before the change too): The storm hit the coast on Monday, killing 12 people.', '2024-03-14', 'Monday', '2024-03-11'],
];

const A_CLOCK_AND_A_DAY_IN_ANOTHER_CLAUSE: readonly Case[] = [
  // a day told in another clause after a clock time that is not past is not the clock's day
  ['The curfew in Ostrava Vale starts at 10 p.m. and the market reopens on Tuesday.', '2024-04-12', '10 p.m.', '2024-04-12T22:00'],
  ['Shops in Harlen close at 6 p.m., while banks will reopen on Monday.', '2024-04-12', '6 p.m.', '2024-04-12T18:00'],
  ['Polls open at 7 a.m., but results are not expected until Sunday.', '2024-04-12', '7 a.m.', '2024-04-12T07:00'],
  ['guard (passes before the change too): The vote opens at 7 a.m. on Sunday.', '2024-04-12', '7 a.m.', '2024-04-14T07:00'],
  ['guard (passes before the change too): The talks will begin at 10 a.m. and end at 4 p.m. on Friday.', '2024-04-12', '4 p.m.', '2024-04-12T16:00'],
  ['guard (passes before the change too): The blast happened at 3 a.m. and police arrived on Tuesday.', '2024-04-12', '3 a.m.', '2024-04-09T03:00'],
];

describe('times round 24', () => {
  describeValueTables('round 24', {
    'a deferral and its new end': A_DEFERRAL_AND_ITS_NEW_END,
    'a time at the earliest': A_TIME_AT_THE_EARLIEST,
    'a release aside': A_RELEASE_ASIDE,
    'an unnamed date': AN_UNNAMED_DATE,
    'a year told after its month': A_YEAR_TOLD_AFTER_ITS_MONTH,
    'a sequenced happening foreseen': A_SEQUENCED_HAPPENING_FORESEEN,
    'a month of a figure after "for"': A_MONTH_OF_A_FIGURE_AFTER_FOR,
    'decades ago within a period': DECADES_AGO_WITHIN_A_PERIOD,
    'a count to the day in apposition': A_COUNT_TO_THE_DAY_IN_APPOSITION,
    'a clipped split fiscal year': A_CLIPPED_SPLIT_FISCAL_YEAR,
    'a compound headed by a past form': A_COMPOUND_HEADED_BY_A_PAST_FORM,
    'a participle clause after a comma': A_PARTICIPLE_CLAUSE_AFTER_A_COMMA,
    'a clock and a day in another clause': A_CLOCK_AND_A_DAY_IN_ANOTHER_CLAUSE,
  });
});
