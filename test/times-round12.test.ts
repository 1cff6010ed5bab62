// Round 12 classes of TimeML values, each on sentences written for this table in the styles of TimeML newswire
// (1989-1998 WSJ, AP and CNN business, markets and political copy) and Wikinews business and conflict reports.
// Every triple failed before round 12, except the guards marked as such.
import { describe } from 'vitest';
import { describeNotTimes, describeValueTables, type TimeCase as Case } from './helpers/time-tables.js';

const HOLIDAY_WEEKS: readonly Case[] = [
  // a holiday before "weekend" or "week" names the (week)end that holds it; a Monday holiday closes the weekend before
  ['Shoppers crowded malls over the Thanksgiving weekend.', '2013-11-30', 'Thanksgiving weekend', '2013-W48-WE'],
  ['Retailers expect strong sales during the Thanksgiving holiday weekend.', '2013-11-25', 'Thanksgiving holiday weekend', '2013-W48-WE'],
  ['Highway deaths rose over the Labor Day weekend, police said.', '2013-09-03', 'Labor Day weekend', '2013-W35-WE'],
  ['Traffic is expected to be heavy over Memorial Day weekend.', '2013-05-20', 'Memorial Day weekend', '2013-W21-WE'],
  ['Thousands of pilgrims gathered in Jerusalem over the Easter weekend.', '2012-04-10', 'Easter weekend', '2012-W14-WE'],
  ['Fireworks injured 30 people over the Fourth of July weekend.', '2010-07-06', 'Fourth of July weekend', '2010-W26-WE'],
  ['Airports will be busy during Christmas week.', '2010-12-20', 'Christmas week', '2010-W51'],
];

const HOLIDAY_PERIODS: readonly Case[] = [
  ['guard (passes before the change too): Sales slumped during the Christmas season.', '2010-12-28', 'Christmas', 'PXD'],
  ['guard (passes before the change too): An Easter truce collapsed within hours.', '2011-04-26', 'Easter', 'PXD'],
];

const LENGTHS_AHEAD: readonly Case[] = [
  // "over/within/during/throughout the next <unit>" measures a stretch ahead, as "over the past decade" measures back
  ['The firm plans to invest $3 billion over the next decade.', '2011-06-10', 'the next decade', 'P10Y'],
  ['Prices could double within the next decade, the study said.', '2011-06-10', 'the next decade', 'P10Y'],
  ['The city will spend $2 billion during the coming decade.', '2011-06-10', 'the coming decade', 'P10Y'],
  ['The carrier will cut 500 jobs over the next year.', '2011-06-10', 'the next year', 'P1Y'],
  ['Over the next month, the chain will close 40 stores.', '1998-03-02', 'the next month', 'P1M'],
  ['guard (passes before the change too): Demand tripled over the last decade.', '2011-06-10', 'the last decade', 'P10Y'],
  ['guard (passes before the change too): The next decade will be hard for farmers.', '2011-06-10', 'next decade', '202'],
];

describeValueTables('round 12', {
  HOLIDAY_WEEKS, HOLIDAY_PERIODS, LENGTHS_AHEAD,
});

describe('round 12 negatives', () => {
  // a holiday naming the kind of a thing after a determiner is no time expression
  describeNotTimes('a holiday as the modifier of a noun that is no stretch of time', [
    ['Doctors called the boy\'s recovery a Christmas miracle.', 'Christmas'],
    ['She wore a Christmas sweater to the hearing.', 'Christmas'],
    ['The Easter bunny handed out eggs on the lawn.', 'Easter'],
    ['Her Thanksgiving dinner was cancelled by the storm.', 'Thanksgiving'],
  ], '2010-12-20');
});
