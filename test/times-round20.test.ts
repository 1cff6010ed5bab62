// Round 20 classes of TimeML values, each on sentences written for this table in the styles of holiday copy of other
// calendars, history features and sports and school calendars. Every triple failed before round 20, except the
// guards marked as such.
import { describeNotTimes, describeValueTables, type TimeCase as Case } from './helpers/time-tables.js';

const FEASTS_OF_OTHER_CALENDARS: readonly Case[] = [
  // Umm al-Qura (ICU islamic-umalqura): 1 Shawwal 1445 = 2024-04-10, 10 Dhu al-Hijjah 1444 = 2023-06-28
  ['Bus stations in Dhaka were packed as workers headed home for Eid al-Fitr.', '2024-04-08', 'Eid al-Fitr', '2024-04-10'],
  ['Livestock prices soared ahead of Eid al-Adha, traders in Karachi said.', '2023-06-20', 'Eid al-Adha', '2023-06-28'],
  ['The truce collapsed two days after Eid ul-Fitr.', '2024-05-02', 'Eid ul-Fitr', '2024-04-10'],
  // an Islamic feast falls twice in some Gregorian years: the one the tense points to
  ['Prisoners will be freed on Eid al-Fitr, the interior ministry said.', '2000-11-15', 'Eid al-Fitr', '2000-12-27'],
  ['Prisoners were freed on Eid al-Fitr, the interior ministry said.', '2000-11-15', 'Eid al-Fitr', '2000-01-08'],
  // the Chinese calendar (ICU chinese): the first day of its first month
  ['Factories across Guangdong will shut for two weeks around Lunar New Year.', '2025-01-06', 'Lunar New Year', '2025-01-29'],
  ['Spending on rail travel rose sharply over Chinese New Year.', '2024-02-20', 'Chinese New Year', '2024-02-10'],
  // the Hebrew calendar (ICU hebrew): 1 and 10 Tishri, 15 Nisan, 25 Kislev
  ['The border crossings will close for Rosh Hashanah, the army said.', '2023-09-10', 'Rosh Hashanah', '2023-09-16'],
  ['The attack came on Yom Kippur, the holiest day of the Jewish year.', '2023-10-20', 'Yom Kippur', '2023-09-25'],
  ['Hotels in Eilat were fully booked for Passover.', '2023-03-30', 'Passover', '2023-04-06'],
  ['The menorah in the square will be lit on the first night of Hanukkah.', '2022-12-01', 'Hanukkah', '2022-12-19'],
  ['Restaurants in Singapore were fully booked for Lunar New Year\'s Eve.', '2024-02-14', 'Lunar New Year\'s Eve', '2024-02-09'],
  // the Julian computus: Orthodox Easter 2023 was April 16, a week after the Western one
  ['Churches in Belgrade were full for Orthodox Easter.', '2023-04-18', 'Orthodox Easter', '2023-04-16'],
  ['A truce was declared for Orthodox Easter Sunday.', '2023-04-12', 'Orthodox Easter Sunday', '2023-04-16'],
  // guards: the Gregorian feasts and the Orthodox Christmas keep their days
  ['guard (passes before the change too): Churches in Rome were full for Easter.', '2023-04-18', 'Easter', '2023-04-09'],
  ['guard (passes before the change too): Shops closed early for Orthodox Christmas.', '2023-01-09', 'Orthodox Christmas', '2023-01-07'],
];

const FEASTS_NAMED_BY_A_WEEKDAY: readonly Case[] = [
  // a feast named by its weekday is that day before a noun too, as "Christmas Day sales" is
  ['The bishop will lead Easter Sunday services in the cathedral.', '2024-03-20', 'Easter Sunday', '2024-03-31'],
  ['Thousands joined Good Friday processions in Manila.', '2024-04-02', 'Good Friday', '2024-03-29'],
  ['Easter Monday traffic jams stretched for miles on the motorway.', '2024-04-03', 'Easter Monday', '2024-04-01'],
  ['guard (passes before the change too): Christmas Day sales fell for a second year.', '2024-12-28', 'Christmas Day', '2024-12-25'],
  // a title and a name after a feast of several words leave the feast its day
  ['guard (passes before the change too): On Christmas Day President Arenas visited a shelter in the capital.', '2024-12-28', 'Christmas Day', '2024-12-25'],
];

const DECADES_IN_WORDS: readonly Case[] = [
  // a decade written as a word is one of the 20th century, as "the '60s" is
  ['The estate was built in the sixties and has not been repaired since.', '2019-06-04', 'the sixties', '196'],
  ['Unemployment in the region has not been this high since the Eighties.', '2019-06-04', 'the Eighties', '198'],
  ['The treaty goes back to the late forties.', '2019-06-04', 'the late forties', '194'],
  ['The mine closed in the mid-nineties after a long strike.', '2019-06-04', 'the mid-nineties', '199'],
  ['guard (passes before the change too): The mine closed in the mid-1990s after a long strike.', '2019-06-04', 'the mid-1990s', '199'],
];

const DAYS_COUNTED_FROM_A_CLOCK: readonly Case[] = [
  // a day counted on from a clock with no day of its own counts from the clock's day; in a past clause it cannot run
  // past the report, so the clock moves back a day
  ['The ferry sailed from Mombasa at 11 p.m. and docked in Zanzibar the next morning.', '2022-08-12', 'the next morning', '2022-08-12TMO'],
  ['The ferry sailed from Mombasa at 11 p.m. and docked in Zanzibar the next morning.', '2022-08-12', '11 p.m.', '2022-08-11T23:00'],
  ['Gunmen stormed the hotel at about 7 p.m. and held guests until the following afternoon.', '2022-08-12', 'the following afternoon', '2022-08-12TAF'],
  ['The climbers set off at 2 a.m. and reached the summit at noon the following day.', '2022-08-12', '2 a.m.', '2022-08-11T02:00'],
  ['The climbers set off at 2 a.m. and reached the summit at noon the following day.', '2022-08-12', 'the following day', '2022-08-12'],
  // tense pairs: ahead of the report the clock keeps the report's day and the counted day is the next
  ['The relief flight will leave Nairobi at 9 p.m. and land in Juba the next morning.', '2022-08-12', '9 p.m.', '2022-08-12T21:00'],
  ['guard (passes before the change too): The relief flight will leave Nairobi at 9 p.m. and land in Juba the next morning.', '2022-08-12', 'the next morning', '2022-08-13TMO'],
  // after a day told in the sentence before, the clock is on the day counted from
  ['Floodwaters reached the town on Tuesday. The power failed at 10 p.m. and came back the following day.', '2022-08-12', '10 p.m.', '2022-08-09T22:00'],
  ['guard (passes before the change too): Floodwaters reached the town on Tuesday. The power failed at 10 p.m. and came back the following day.', '2022-08-12', 'the following day', '2022-08-10'],
];

const LIVE_BLOG_STAMPS: readonly Case[] = [
  // a clock opening the line, set off by a dash, colon or bar, is the post's stamp on the blog's day
  ['16:20 GMT - The ministry says polling stations will reopen on Thursday.', '2023-02-06', '16:20 GMT', '2023-02-06T16:20Z'],
  ['08:05: Aid agencies say the first convoy should arrive by Saturday.', '2023-02-06', '08:05', '2023-02-06T08:05'],
  ['1145 GMT | The army says the curfew will be lifted on Friday.', '2023-02-06', '1145 GMT', '2023-02-06T11:45Z'],
  // a dash after GMT sets the post off; it is no offset ("GMT-5")
  ['07:50 GMT - Rescuers have pulled two more people from the rubble.', '2023-02-06', '07:50 GMT', '2023-02-06T07:50Z'],
  // tense pair: a clock inside the sentence keeps the day written after it
  ['guard (passes before the change too): The polls will open at 07:00 GMT on Thursday.', '2023-02-06', '07:00 GMT', '2023-02-09T07:00Z'],
];

const ABBREVIATED_UNITS: readonly Case[] = [
  // abbreviated units right after digits, as live blogs and listings write them
  ['Posted 20 mins ago', '2023-02-06', '20 mins ago', '2023-02-06'],
  ['The 45-min hearing ended without a ruling.', '2023-02-06', '45-min', 'PT45M'],
  ['Queues at the border crossing stretched for 6 hrs on Sunday.', '2023-02-06', '6 hrs', 'PT6H'],
  ['guard (passes before the change too): Queues at the border crossing stretched for 6 hours on Sunday.', '2023-02-06', '6 hours', 'PT6H'],
];

describeValueTables('round 20', {
  'abbreviated units after digits': ABBREVIATED_UNITS,
  'live-blog clock stamps': LIVE_BLOG_STAMPS,
  'days counted on from a clock with no day': DAYS_COUNTED_FROM_A_CLOCK,
  'feasts of other calendars': FEASTS_OF_OTHER_CALENDARS,
  'feasts named by a weekday before a noun': FEASTS_NAMED_BY_A_WEEKDAY,
  'decades in words': DECADES_IN_WORDS,
});

describeNotTimes('round 20: ages and temperatures in words are no decades', [
  ['guard (passes before the change too): The suspect, a man in his sixties, was detained.', 'sixties'],
  ['guard (passes before the change too): Both candidates are in their late seventies.', 'seventies'],
  ['guard (passes before the change too): Daytime highs will be in the nineties all week.', 'nineties'],
], '2019-06-04');

describeNotTimes('round 20: a holiday of several words before a capitalised word is part of a name', [
  ['Veterans of the Yom Kippur War gathered in Jerusalem.', 'Yom Kippur'],
  ['Millions watched the Thanksgiving Day Parade on television.', 'Thanksgiving'],
  ['guard (passes before the change too): Tourists flew to Easter Island for the eclipse.', 'Easter'],
], '2023-10-20');

describeNotTimes('round 20: abbreviations with no digits before them are no units', [
  ['guard (passes before the change too): The HR director said the min wage would rise.', 'HR'],
  ['guard (passes before the change too): The HR director said the min wage would rise.', 'min'],
], '2023-02-06');
