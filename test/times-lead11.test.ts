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

const REFUSED_ACTS: readonly Case[] = [
  // what was refused never happens: a weekday after "declined to comment" dates the refusal, in its tense
  ['A spokesperson for the department declined to comment on Tuesday.', '2025-04-23', 'Tuesday', '2025-04-22'],
  ['The company refused to comment on Monday.', '2025-04-23', 'Monday', '2025-04-21'],
  ['The airline declined to comment on Friday.', '2014-03-12', 'Friday', '2014-03-07'],
];

const REFUSED_ACT_GUARDS: readonly Case[] = [
  ['guard (passes before the change too): The two leaders agreed to meet on Tuesday.', '2025-04-23', 'Tuesday', '2025-04-29'],
  ['guard (passes before the change too): The company plans to comment on Monday.', '2025-04-23', 'Monday', '2025-04-28'],
];

const AFTER_GERUNDS: readonly Case[] = [
  // a gerund after "after" or "since" tells what came before the main clause, whatever its tense
  ['After losing A$1.86 billion in the twelve months to June, the airline expects a profit.', '2022-08-25', 'June', '2022-06'],
  ['After cutting 300 jobs in the year to March, the bank will hire again.', '2013-05-20', 'March', '2013-03'],
];

const AFTER_GERUND_GUARDS: readonly Case[] = [
  ['guard (passes before the change too): The airline lost A$1.86 billion in the twelve months to June.', '2022-08-25', 'June', '2022-06'],
];

describeValueTables('times round 11 (lead)', {
  'a gerund after "after"': AFTER_GERUNDS,
  'after-gerund guards': AFTER_GERUND_GUARDS,
  'a feast within days of the report': FEASTS_NEAR_THE_REPORT,
  'feast guards': FEAST_GUARDS,
  'a refused act dates the refusal': REFUSED_ACTS,
  'refused act guards': REFUSED_ACT_GUARDS,
});
