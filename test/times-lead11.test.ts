// Classes of TimeML values the lead found in round 11 on invented reports. Every triple failed before the change,
// except the guards marked as such.
import { describeValueTables, type TimeCase as Case } from './helpers/time-tables.js';

const FEASTS_NEAR_THE_REPORT: readonly Case[] = [
  // a movable feast named without a year, within days of the report, is this year's whatever the tense
  ['Speaking to union workers at a Labor Day picnic, the senator attacked the plan.', '2016-09-06', 'Labor Day', '2016-09-05'],
  ['In a Memorial Day address at Arlington, the president will honour the fallen.', '2017-05-30', 'Memorial Day', '2017-05-29'],
  ['Stores will reopen after Thanksgiving.', '2015-11-27', 'Thanksgiving', '2015-11-26'],
];

const FEAST_GUARDS: readonly Case[] = [
  ['guard (passes before the change too): The president will speak on Labor Day.', '2016-08-20', 'Labor Day', '2016-09-05'],
  ['guard (passes before the change too): Sales fell after Thanksgiving.', '2016-03-01', 'Thanksgiving', '2015-11-26'],
];

describeValueTables('times round 11 (lead)', { 'a feast within days of the report': FEASTS_NEAR_THE_REPORT, 'feast guards': FEAST_GUARDS });
