// A date after "for" that a verb of scheduling fixed lies ahead of the telling also when the verb's object is long
// ("called an emergency summit of EU leaders for April 10"). Sentences written for this table in the style of wire
// copy on summits and hearings.
import { describeValueTables, type TimeCase as Case } from './helpers/time-tables.js';

const LONG_OBJECTS: readonly Case[] = [
  ['Council President Ana Ruiz called an emergency summit of EU leaders for April 10.', '2019-03-29', 'April 10', '2019-04-10'],
  ['The court set a new hearing on the appeal for January 8.', '2018-12-14', 'January 8', '2019-01-08'],
  ['The ministry announced a second round of peace talks for December 20.', '2018-12-14', 'December 20', '2018-12-20'],
];

const GUARDS: readonly Case[] = [
  // guards (passed before): a short object, and a past date told with a past verb and no scheduling verb
  ['Unions have called a nationwide strike for Thursday.', '2019-03-29', 'Thursday', '2019-04-04'],
  ['The speaker scheduled a final vote on the budget bill for March 3.', '2019-02-20', 'March 3', '2019-03-03'],
  ['The leaders met in Brussels on April 10.', '2019-06-01', 'April 10', '2019-04-10'],
];

describeValueTables('scheduled with a long object', { LONG_OBJECTS, 'guards (passes before the change too)': GUARDS });
