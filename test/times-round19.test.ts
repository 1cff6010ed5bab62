// Round 19 classes of TimeML values, each on sentences written for this table in the styles of deadlines and
// ultimatums, wire clocks with zones, rotas and services, calendars outside the US and team schedules. Every triple
// failed before round 19, except the guards marked as such.
import { describeNotTimes, describeValueTables, type TimeCase as Case } from './helpers/time-tables.js';

const EVERY_ORDINAL: readonly Case[] = [
  // "every second <unit or weekday>": a step of two, as "every other" is
  ['The parish council meets every second Tuesday in the church hall.', '2023-03-20', 'every second Tuesday', 'XXXX-WXX-2'],
  ['Household waste is collected every second week under the new rota.', '2019-06-04', 'every second week', 'P2W'],
  ['The ferry to the outer islands sails every third day in winter.', '2019-06-04', 'every third day', 'P3D'],
  ['Elections to the regional assembly are held every fourth year.', '2019-06-04', 'every fourth year', 'P4Y'],
  // tense pairs: "every second" alone is still the unit, and "every other" keeps its reading
  ['guard (passes before the change too): Somewhere in the region a child dies every second from hunger.', '2019-06-04', 'every second', 'PT1S'],
  ['guard (passes before the change too): The board meets every other Tuesday.', '2023-03-20', 'every other Tuesday', 'XXXX-WXX-2'],
];

const DEADLINES_WITH_A_CLOCK: readonly Case[] = [
  // a clock between the deadline's preposition and its weekday does not cut the day from the deadline
  ['The army gave residents until noon Thursday to leave the valley.', '2021-03-02', 'Thursday', '2021-03-04'],
  ['The army gave residents until noon Thursday to leave the valley.', '2021-03-02', 'noon', '2021-03-04T12:00'],
  ['The judge postponed the hearing until 9 a.m. Monday.', '2021-03-02', 'Monday', '2021-03-08'],
  ['Creditors set a deadline of 5 p.m. Friday for a new offer.', '2021-03-02', '5 p.m.', '2021-03-05T17:00'],
  ['The kidnappers set a deadline of midnight Sunday for the ransom.', '2021-03-02', 'Sunday', '2021-03-07'],
  ['The ministry gave the banks until 5:30 p.m. EST on Friday to respond.', '2021-03-02', 'Friday', '2021-03-05'],
  ['The curfew was extended until 6 a.m. local time Saturday.', '2021-03-02', 'Saturday', '2021-03-06'],
  ['The bridge will stay closed until 9 p.m. Sunday, engineers said.', '2021-03-02', 'Sunday', '2021-03-07'],
  // tense pairs: a state that lasted, a deadline missed or passed stay past
  ['guard (passes before the change too): The strike lasted until noon Sunday.', '2021-03-02', 'Sunday', '2021-02-28'],
  ['guard (passes before the change too): The company missed a deadline of noon Thursday.', '2021-03-02', 'Thursday', '2021-02-25'],
  ['guard (passes before the change too): The deadline passed at noon Thursday without a deal.', '2021-03-02', 'Thursday', '2021-02-25'],
];

const CLOCKS_CONVERTED_TO_ANOTHER_ZONE: readonly Case[] = [
  // the weekday inside the conversion takes the verb outside the parenthesis
  ['Voting ends at 8 p.m. (0100 GMT Wednesday).', '2021-03-02', 'Wednesday', '2021-03-03'],
  ['The summit opens at 10 a.m. (0300 GMT Thursday) in the capital.', '2021-03-02', 'Thursday', '2021-03-04'],
  // the local clock's day follows from the converted clock's day and the two hours
  ['Voting ends at 8 p.m. (0100 GMT Wednesday).', '2021-03-02', '8 p.m.', '2021-03-02T20:00'],
  ['Polls closed at 8 p.m. (0100 GMT Sunday).', '2021-03-02', '8 p.m.', '2021-02-27T20:00'],
  ['The ship sank at 2 a.m. local time (1800 GMT Sunday).', '2021-03-02', '2 a.m. local time', '2021-03-01T02:00'],
  // and the converted clock's day from the local day written after the local clock
  ['The rocket lifted off at 8 p.m. Sunday (0100 GMT).', '2021-03-02', '0100 GMT', '2021-03-01T01:00Z'],
  ['The blast went off at 11:30 p.m. on Friday (0430 GMT), police said.', '2021-03-02', '0430 GMT', '2021-02-27T04:30Z'],
  // tense pairs: a past verb keeps a past weekday, and a conversion on the same day changes nothing
  ['guard (passes before the change too): The blast occurred at 11:30 p.m. (2030 GMT) on Saturday.', '2021-03-02', '2030 GMT', '2021-02-27T20:30Z'],
  ['guard (passes before the change too): The quake struck at 9:15 a.m. (0015 GMT Monday).', '2021-03-02', '9:15 a.m.', '2021-03-01T09:15'],
  ['guard (passes before the change too): The polls close at 7 p.m. local time (1600 GMT) on Sunday.', '2021-03-02', 'Sunday', '2021-03-07'],
];

const FINANCIAL_YEARS_NAMED: readonly Case[] = [
  // a split year written with a slash, as British, Indian and Australian copy writes it, is the fiscal year it ends in
  ['The government forecasts growth of 8 percent in the 2015/16 fiscal year.', '2015-05-20', 'the 2015/16 fiscal year', 'FY2016'],
  ['In fiscal 2014/15, exports of engineering goods fell.', '2015-05-20', 'fiscal 2014/15', 'FY2015'],
  ['The treasury said borrowing for the 2014/15 financial year was 87 billion pounds.', '2015-05-20', 'the 2014/15 financial year', 'FY2015'],
  ['Ministers approved the budget for the 2016-17 financial year on Tuesday.', '2016-02-03', 'the 2016-17 financial year', 'FY2017'],
  // a financial year counted from the current one
  ['The ministry expects the deficit to narrow next financial year.', '2015-05-20', 'next financial year', 'FY2016'],
  ['The council overspent its roads budget last financial year.', '2015-05-20', 'last financial year', 'FY2014'],
  // tense pairs: "fiscal" and a hyphen read as before
  ['guard (passes before the change too): The ministry expects the deficit to narrow next fiscal year.', '2015-05-20', 'next fiscal year', 'FY2016'],
  ['guard (passes before the change too): Growth is forecast at 6 percent in the 2015-16 fiscal year.', '2015-05-20', 'the 2015-16 fiscal year', 'FY2016'],
];

const TEAM_FIXTURES: readonly Case[] = [
  // a team's plural present of a fixture is on its calendar
  ['The Lakers host Boston on Thursday.', '2021-03-02', 'Thursday', '2021-03-04'],
  ['The New York Knicks visit Miami on Friday.', '2021-03-02', 'Friday', '2021-03-05'],
  ['The Celtics play the Bucks on Saturday night.', '2021-03-02', 'Saturday night', '2021-03-06TNI'],
  ['Arsenal face Chelsea at home on Sunday.', '2021-03-02', 'Sunday', '2021-03-07'],
  ['Real Sociedad host Valencia on Saturday.', '2021-03-02', 'Saturday', '2021-03-06'],
  ['Britain and France meet in Paris on Thursday.', '2021-03-02', 'Thursday', '2021-03-04'],
  // tense pairs: a past fixture ("hosted", "beat") stays past, and so does a past game after "after"
  ['guard (passes before the change too): The Lakers hosted Boston on Sunday.', '2021-03-02', 'Sunday', '2021-02-28'],
  ['guard (passes before the change too): The Lakers beat Boston on Sunday.', '2021-03-02', 'Sunday', '2021-02-28'],
  ['guard (passes before the change too): The Lakers host Boston on Thursday after losing to Denver on Sunday.', '2021-03-02', 'Sunday', '2021-02-28'],
];

const HOLIDAYS_AND_PROCLAIMED_DAYS: readonly Case[] = [
  // the Orthodox Christmas of the Julian calendar is January 7
  ['The ceasefire began on Orthodox Christmas, residents said.', '2023-03-20', 'Orthodox Christmas', '2023-01-07'],
  ['Believers will gather in the cathedral on Orthodox Christmas Eve.', '2023-01-05', 'Orthodox Christmas Eve', '2023-01-06'],
  ['The patriarch led a midnight service on Orthodox Christmas Day.', '2016-01-08', 'Orthodox Christmas Day', '2016-01-07'],
  // a measure declared, ordered or proclaimed for a day lies ahead of the telling
  ['The Kremlin declared a truce for Orthodox Christmas.', '2023-01-05', 'Orthodox Christmas', '2023-01-07'],
  ['The government declared a public holiday for Monday.', '2021-03-05', 'Monday', '2021-03-08'],
  ['Police ordered a curfew for Saturday night in the old city.', '2021-03-05', 'Saturday night', '2021-03-06TNI'],
  ['The president proclaimed a national day of mourning for Sunday.', '2021-03-05', 'Sunday', '2021-03-07'],
  // tense pairs: Christmas alone, and a curfew that was imposed on a day, keep the past
  ['guard (passes before the change too): Shops closed early at Christmas.', '2023-03-20', 'Christmas', '2022-12-25'],
  ['guard (passes before the change too): Police imposed a curfew on Saturday night in the old city.', '2021-03-05', 'Saturday night', '2021-02-27TNI'],
];

const PRESENT_ACTS_IN_RELATIVE_CLAUSES: readonly Case[] = [
  // a present act right after "who"/"which"/"that" is on the calendar, as after a subject
  ['The minister, who visits Kenya on Thursday, said aid would rise.', '2019-09-04', 'Thursday', '2019-09-05'],
  ['The club, which hosts the final on Sunday, has sold every ticket.', '2019-09-04', 'Sunday', '2019-09-08'],
  ['The envoy, who chairs a donors meeting on Friday, urged restraint.', '2019-09-04', 'Friday', '2019-09-06'],
  // a plural subject's bare schedule verb after an aside set off by commas
  ['The talks, which began on Monday, end on Friday.', '2019-09-04', 'Friday', '2019-09-06'],
  ['The hearings, delayed twice by the pandemic, resume on Tuesday.', '2019-09-04', 'Tuesday', '2019-09-10'],
  // tense pairs: past verbs in the relative clause and after the aside keep the past; statives say nothing
  ['guard (passes before the change too): The minister, who visited Kenya on Thursday, said aid would rise.', '2019-09-04', 'Thursday', '2019-08-29'],
  ['guard (passes before the change too): The talks, which began on Monday, ended on Friday.', '2019-09-04', 'Friday', '2019-08-30'],
  ['guard (passes before the change too): The company, which owns the mine, cut 300 jobs on Thursday.', '2019-09-04', 'Thursday', '2019-08-29'],
];

const MINUTES_PAST_A_CLOCK: readonly Case[] = [
  // minutes counted from a clock time make one clock time, as ceasefire and launch copy writes a start
  ['The ceasefire took effect at one minute past midnight on Saturday.', '2016-03-02', 'one minute past midnight', '2016-02-27T00:01'],
  ['The truce will begin at one minute after midnight on Friday.', '2016-03-02', 'one minute after midnight', '2016-03-04T00:01'],
  ['Ten minutes before midnight on Sunday, the lights in the stadium went out.', '2016-03-02', 'Ten minutes before midnight', '2016-02-28T23:50'],
  ['The train pulled out 15 minutes after 9 p.m. on Monday.', '2016-03-02', '15 minutes after 9 p.m.', '2016-02-29T21:15'],
  // tense pair: minutes counted from a happening stay a duration
  ['guard (passes before the change too): The plane crashed 20 minutes after takeoff on Monday.', '2016-03-02', '20 minutes', 'PT20M'],
];

describeValueTables('round 19', {
  'minutes past a clock time': MINUTES_PAST_A_CLOCK,
  'present acts in relative clauses and after asides': PRESENT_ACTS_IN_RELATIVE_CLAUSES,
  'financial years named by two years or counted': FINANCIAL_YEARS_NAMED,
  'team fixtures in the present': TEAM_FIXTURES,
  'Orthodox Christmas and days proclaimed': HOLIDAYS_AND_PROCLAIMED_DAYS,
  'every second Tuesday, every third day': EVERY_ORDINAL,
  'deadlines with a clock before the day': DEADLINES_WITH_A_CLOCK,
  'clocks converted to another zone': CLOCKS_CONVERTED_TO_ANOTHER_ZONE,
});

describeNotTimes('round 19: ordinals of things after "every" are no times', [
  ['Every second person in the town is out of work.', 'second'],
  ['guard (passes before the change too): Every third household has no running water.', 'third'],
], '2019-06-04');
