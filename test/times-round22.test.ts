// Round 22 classes of TimeML values, each on sentences written for this table in the styles of historical background
// paragraphs, obituaries, economic data releases, sports fixtures, weather and climate reports and technology launches.
// Every triple failed before round 22, except the guards marked as such.
import { describe } from 'vitest';
import { describeNotTimes, describeValueTables, type TimeCase as Case } from './helpers/time-tables.js';

const A_PERIOD_NARRATED_FROM_AN_EARLIER_DATE: readonly Case[] = [
  // in a past clause, "the decade", "the year", "the century" after "the end of", "later in" and the like is the one
  // of the time told before it when that lies in an earlier such period than the report's
  ['The general seized power in 1988. By the end of the decade, the currency had lost 90 percent of its value.', '2024-06-05', 'the end of the decade', '198'],
  ['Velmont joined the customs union in 1995, and by the end of the decade its exports had doubled.', '2024-06-05', 'the end of the decade', '199'],
  ['In 1963 the Korsa dam was finished. Later in the decade the valley flooded twice.', '2024-06-05', 'Later in the decade', '196'],
  ['The reform passed in 1991, and in the early part of the decade, inflation fell sharply.', '2024-06-05', 'the early part of the decade', '199'],
  ['The Pellan steelworks opened in 1972. By the end of the year it employed 4,000 people.', '2024-06-05', 'the end of the year', '1972'],
  ['The ferry line was sold in March 2009. Later in the year, its new owner cut two routes.', '2024-06-05', 'Later in the year', '2009'],
  ['The city was founded in 1650. By the middle of the century it was a trading hub.', '2024-06-05', 'the middle of the century', '16'],
  ['The Ardmoor mine opened in April 2011. By the end of the month, 300 miners had been hired.', '2024-06-05', 'the end of the month', '2011-04'],
  // a decade told after the last year is the one narrated in
  ['Born in 1939, she studied in Vienna in the late 1950s and had returned home by the end of the decade.', '2024-02-09', 'the end of the decade', '195'],
  // ahead of the report, or with the earlier time in the report's own period, the report's period
  ['guard (passes before the change too): The Orlane group was founded in 1998. It plans to list its shares before the end of the decade.', '2024-06-05', 'the end of the decade', '202'],
  ['guard (passes before the change too): Shares have risen since 2020, and analysts expect them to double by the end of the decade.', '2024-06-05', 'the end of the decade', '202'],
  ['guard (passes before the change too): Sales rose in March. By the end of the year, the chain had opened 40 stores.', '2024-12-20', 'the end of the year', '2024'],
];

const A_YEAR_CLOSED_BY_A_QUARTER: readonly Case[] = [
  // a year closed by a quarter is the four quarters up to it, P1Y as "the 12 months to June" is P12M
  ['The Ardenian economy grew 0.9 percent in the year to the second quarter.', '2024-08-05', 'the year', 'P1Y'],
  ['GDP expanded 2.1 percent in the year to the first quarter, revised figures showed.', '2024-06-05', 'the year', 'P1Y'],
  ['Household spending rose 1.4 percent in the year through the June quarter, the bureau said.', '2024-09-04', 'the year', 'P1Y'],
  ['guard (passes before the change too): The Ardenian economy grew 0.9 percent in the year to the second quarter.', '2024-08-05', 'the second quarter', '2024-Q2'],
];

const FIXTURES_OF_A_PLURAL_PRONOUN_OR_WHO: readonly Case[] = [
  // a bare fixture verb after "they", "we" or "who" is a plural present of the fixture list: ahead of the report
  ['Velmar return to league action at the weekend, when they host Pellborough on Sunday.', '2024-03-13', 'Sunday', '2024-03-17'],
  ['Ostra Rovers, who face Harlow on Sunday, sit fourth in the table.', '2024-03-13', 'Sunday', '2024-03-17'],
  ['The champions, who visit Kestrel on Monday, trained behind closed doors.', '2024-03-13', 'Monday', '2024-03-18'],
  ['Calloway said his players were tired but that they play again on Saturday.', '2024-03-13', 'Saturday', '2024-03-16'],
  ['guard (passes before the change too): Fans who met the players on Sunday were delighted.', '2024-03-13', 'Sunday', '2024-03-10'],
  ['guard (passes before the change too): They played Harlow on Sunday and lost.', '2024-03-13', 'Sunday', '2024-03-10'],
];

const A_PART_OF_THE_DAY_ON_A_NAMED_DAY: readonly Case[] = [
  // "the night on Sunday" is Sunday's night, as "at dawn on Tuesday" is, not the night of a day told before it
  ['Highs of 44C were recorded on Saturday afternoon. Firefighters worked through the night on Sunday.', '2024-08-05', 'the night', '2024-08-04TNI'],
  ['Police were called on Friday evening. Officers searched the woods through the night on Saturday.', '2024-08-05', 'the night', '2024-08-03TNI'],
  ['The Velna ferry sank on Friday. In the morning on Saturday, divers found the hull.', '2024-08-05', 'the morning', '2024-08-03TMO'],
  ['The storm struck on July 30. Power returned late in the evening on August 2.', '2024-08-05', 'the evening', '2024-08-02TEV'],
  ['Crews cleared the tracks through the night on Sunday.', '2024-08-05', 'the night', '2024-08-04TNI'],
  ['guard (passes before the change too): Police were called on Friday evening. Officers searched the woods through the night.', '2024-08-05', 'the night', '2024-08-02TNI'],
  ['guard (passes before the change too): Crews cleared the tracks through the night on Sunday.', '2024-08-05', 'Sunday', '2024-08-04'],
];

const A_MONTH_RANKED_AMONG_ITS_NAMESAKES: readonly Case[] = [
  // after a superlative that ranks it, "June", "May", "March" are the month, never a person
  ['It was the wettest June on record, the weather service said.', '2024-08-05', 'June', '2024-06'],
  ['Keldor airport had its busiest May since it opened.', '2024-08-05', 'May', '2024-05'],
  ['Brenholt stores had their best April in a decade.', '2024-08-05', 'April', '2024-04'],
  ['This was the driest March since records began in the province.', '2024-08-05', 'March', '2024-03'],
  ['guard (passes before the change too): It was the hottest July on record.', '2024-08-05', 'July', '2024-07'],
];

const LAUNCHES_IN_THE_PRESENT: readonly Case[] = [
  // a present verb of a product or show coming out, with no object, tells the release calendar: ahead of the report
  ['The Norvex console launches in March, the company said.', '2024-09-10', 'March', '2025-03'],
  ['The phone ships in October in the United States and early next year in Europe, the company said.', '2024-09-10', 'October', '2024-10'],
  ['The sequel debuts in April in cinemas across Europe.', '2024-09-10', 'April', '2025-04'],
  ['The new talk show premieres in May on the Velcast network.', '2024-09-10', 'May', '2025-05'],
  ['guard (passes before the change too): Two rocket launches in March failed.', '2024-09-10', 'March', '2024-03'],
  ['guard (passes before the change too): The phone went on sale in March.', '2024-09-10', 'March', '2024-03'],
];

const OVERNIGHT_AFTER_A_DAY_TOLD: readonly Case[] = [
  // "overnight" after a day told earlier in its sentence is that day's night, unless the day dates a telling
  ['Fighting broke out on Tuesday and continued overnight.', '2024-10-12', 'overnight', '2024-10-08TNI'],
  ['Polls closed at 8 p.m. on Sunday, and counting began overnight.', '2024-10-12', 'overnight', '2024-10-06TNI'],
  ['The storm made landfall on Monday evening and weakened overnight.', '2024-10-12', 'overnight', '2024-10-07TNI'],
  ['The Tarsk ferry left port on October 3 and sank overnight.', '2024-10-12', 'overnight', '2024-10-03TNI'],
  ['guard (passes before the change too): The army said on Friday that rebels had shelled the town overnight.', '2024-10-11', 'overnight', '2024-10-10TNI'],
  ['guard (passes before the change too): Prices fell overnight in Asia.', '2024-10-12', 'overnight', '2024-10-11TNI'],
];

const ACTS_OF_AN_ELECTION_CALENDAR: readonly Case[] = [
  // a bare "debate", "rally", "campaign", "play" after a plural subject is a present of the calendar, ahead of the report
  ['The two candidates debate on Wednesday.', '2024-10-10', 'Wednesday', '2024-10-16'],
  ['The three candidates campaign in the north on Monday.', '2024-10-10', 'Monday', '2024-10-14'],
  ['Thousands of farmers rally outside parliament on Wednesday.', '2024-10-10', 'Wednesday', '2024-10-16'],
  ['The two teams play on Wednesday in Lisbon.', '2024-10-10', 'Wednesday', '2024-10-16'],
  ['guard (passes before the change too): The candidates\' debate on Wednesday drew 5 million viewers.', '2024-10-10', 'Wednesday', '2024-10-09'],
  ['guard (passes before the change too): An opposition rally on Monday drew thousands.', '2024-10-10', 'Monday', '2024-10-07'],
  ['guard (passes before the change too): The two teams played on Wednesday.', '2024-10-10', 'Wednesday', '2024-10-09'],
];

const THE_END_OF_A_PERIOD_IN_A_PAST_CLAUSE: readonly Case[] = [
  // the end of a period that has just begun lies ahead: a past clause tells of the end of the one before
  ['Net debt was 1.2 billion euros at the end of the year.', '2024-02-14', 'the end of the year', '2023'],
  ['The Halvor group employed 41,000 people at the end of the year.', '2024-03-01', 'the end of the year', '2023'],
  ['Cash stood at $2 billion at the end of the quarter.', '2024-10-24', 'the end of the quarter', '2024-Q3'],
  ['Inventories at the port had risen sharply by the end of the month.', '2024-11-05', 'the end of the month', '2024-10'],
  // in the period's last month its end may be past already; ahead of the report it is the current one
  ['guard (passes before the change too): Shoppers flocked to the stores at the end of the year.', '2024-12-20', 'the end of the year', '2024'],
  ['guard (passes before the change too): The company expects cash of $2 billion at the end of the quarter.', '2024-10-24', 'the end of the quarter', '2024-Q4'],
];

const THE_WINTER_THAT_HOLDS_THE_REPORT: readonly Case[] = [
  // "this winter" in January or February is the winter that began the December before
  ['Rainfall this winter has been 40 percent below average.', '2024-01-10', 'this winter', '2023-WI'],
  ['Heating bills this winter are the highest in a decade.', '2024-02-10', 'this winter', '2023-WI'],
  ["This winter's storms have killed 12 people in the province.", '2024-01-22', 'This winter', '2023-WI'],
  ['guard (passes before the change too): Heating bills this winter are expected to rise.', '2024-10-10', 'this winter', '2024-WI'],
  ['guard (passes before the change too): Sales this summer have been weak.', '2024-07-10', 'this summer', '2024-SU'],
];

const A_PASSIVE_STATE_UNTIL_A_DAY: readonly Case[] = [
  // a state a passive put in place lasts until a day on either side of the telling: the nearer such day
  ['He was remanded in custody until Dec. 22.', '2023-12-08', 'Dec. 22', '2023-12-22'],
  ['The ferry service was halted until Dec. 18 after the storm.', '2023-12-08', 'Dec. 18', '2023-12-18'],
  ['Two officers were barred from duty until Dec. 30.', '2023-12-08', 'Dec. 30', '2023-12-30'],
  ['The Orlin border crossing was closed until Dec. 20, officials said.', '2023-12-08', 'Dec. 20', '2023-12-20'],
  ['guard (passes before the change too): The dock strike lasted until Dec. 2.', '2023-12-08', 'Dec. 2', '2023-12-02'],
  ['guard (passes before the change too): The museum was closed until March.', '2023-12-08', 'March', '2023-03'],
];

const THE_MIDDLE_OF_A_DECADE_OR_CENTURY: readonly Case[] = [
  // "mid-decade", "mid-century" as a time are the current decade or century, as "the middle of the decade" is
  ['The Orvane satellite network should be complete by mid-decade.', '2024-09-10', 'mid-decade', '202'],
  ['The country aims to reach net zero by mid-century.', '2024-09-10', 'mid-century', '20'],
  ['Emissions from shipping must fall to zero by midcentury, the report says.', '2024-09-10', 'midcentury', '20'],
  ['The Pellan steelworks opened in 1972. By mid-decade it employed 4,000 people.', '2024-06-05', 'mid-decade', '197'],
];

const A_HAPPENING_STAGED_IN_THE_PRESENT_PASSIVE: readonly Case[] = [
  // "is held", "is played" and the like tell the calendar of the happening: the date lies ahead
  ['The final round of matches is played on May 19.', '2024-03-13', 'May 19', '2024-05-19'],
  ['The Velmarian general election is held in November.', '2024-03-13', 'November', '2024-11'],
  ['The talks are hosted by Norway in Oslo on Jan. 20.', '2024-03-13', 'Jan. 20', '2025-01-20'],
  ['guard (passes before the change too): The final was played on Jan. 20.', '2024-03-13', 'Jan. 20', '2024-01-20'],
];

const A_PERIOD_S_END_WRITTEN_AS_A_POSSESSIVE: readonly Case[] = [
  // "year's end", "year-end", "the decade's end" read as "the end of the year" does in a past clause
  ['The Torvik mine closed in 1986; by the decade\'s end, the town had lost a third of its people.', '2024-06-05', 'the decade\'s end', '198'],
  ['The Pellan steelworks opened in 1972 and by year\'s end employed 4,000.', '2024-06-05', 'year\'s end', '1972'],
  ['Net debt stood at 1.2 billion euros at year-end, the group said.', '2024-02-14', 'year-end', '2023'],
  ['guard (passes before the change too): The group expects net debt to fall below 1 billion euros by year-end.', '2024-02-14', 'year-end', '2024'],
];

describeNotTimes('round 22, guard (passes before the change too): mid-century and mid-decade before a noun are adjectives', [
  ['The shop sells mid-century furniture.', 'mid-century'],
  ['A mid-decade review of the plan is due in March.', 'mid-decade'],
], '2024-06-05');

describe('times round 22', () => {
  describeValueTables('round 22', {
    'a period narrated from an earlier date': A_PERIOD_NARRATED_FROM_AN_EARLIER_DATE,
    'a year closed by a quarter': A_YEAR_CLOSED_BY_A_QUARTER,
    'fixtures of a plural pronoun or who': FIXTURES_OF_A_PLURAL_PRONOUN_OR_WHO,
    'a part of the day on a named day': A_PART_OF_THE_DAY_ON_A_NAMED_DAY,
    'a month ranked among its namesakes': A_MONTH_RANKED_AMONG_ITS_NAMESAKES,
    'launches in the present': LAUNCHES_IN_THE_PRESENT,
    'overnight after a day told': OVERNIGHT_AFTER_A_DAY_TOLD,
    'acts of an election calendar': ACTS_OF_AN_ELECTION_CALENDAR,
    'the end of a period in a past clause': THE_END_OF_A_PERIOD_IN_A_PAST_CLAUSE,
    'the winter that holds the report': THE_WINTER_THAT_HOLDS_THE_REPORT,
    'a passive state until a day': A_PASSIVE_STATE_UNTIL_A_DAY,
    'the middle of a decade or century': THE_MIDDLE_OF_A_DECADE_OR_CENTURY,
    'a happening staged in the present passive': A_HAPPENING_STAGED_IN_THE_PRESENT_PASSIVE,
    "a period's end written as a possessive": A_PERIOD_S_END_WRITTEN_AS_A_POSSESSIVE,
  });
});
