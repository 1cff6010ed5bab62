// Round 22 classes of TimeML values, each on sentences written for this table in the styles of historical background
// paragraphs, obituaries, economic data releases, sports fixtures, weather and climate reports and technology launches.
// Every triple failed before round 22, except the guards marked as such.
import { describe } from 'vitest';
import { describeValueTables, type TimeCase as Case } from './helpers/time-tables.js';

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

describe('times round 22', () => {
  describeValueTables('round 22', {
    'a period narrated from an earlier date': A_PERIOD_NARRATED_FROM_AN_EARLIER_DATE,
    'a year closed by a quarter': A_YEAR_CLOSED_BY_A_QUARTER,
    'fixtures of a plural pronoun or who': FIXTURES_OF_A_PLURAL_PRONOUN_OR_WHO,
    'a part of the day on a named day': A_PART_OF_THE_DAY_ON_A_NAMED_DAY,
    'a month ranked among its namesakes': A_MONTH_RANKED_AMONG_ITS_NAMESAKES,
    'launches in the present': LAUNCHES_IN_THE_PRESENT,
  });
});
