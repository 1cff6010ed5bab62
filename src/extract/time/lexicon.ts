/**
 * Words of English time expressions, as data. Values follow the TimeML TIMEX3 guidelines
 * (TimeML 1.2.1 annotation guidelines, §2.2 "TIMEX3"; ISO-TimeML as used by MEANTIME) unless a
 * list says otherwise. Every list is general English; nothing here names an article.
 */
import type { CalendarDay } from './other-calendars.js';

/** Month names and their newswire abbreviations (AP style: Jan., Feb., Aug., Sept., Oct., Nov., Dec.). */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['january', 1], ['february', 2], ['march', 3], ['april', 4], ['may', 5], ['june', 6], ['july', 7],
  ['august', 8], ['september', 9], ['october', 10], ['november', 11], ['december', 12],
  ['jan', 1], ['feb', 2], ['mar', 3], ['apr', 4], ['jun', 6], ['jul', 7], ['aug', 8], ['sep', 9],
  ['sept', 9], ['oct', 10], ['nov', 11], ['dec', 12],
]);

/** The newswire abbreviations among MONTHS ("jan", "feb", "sept"): the entries after the twelve full names. */
export const MONTH_ABBREVIATIONS: ReadonlySet<string> = new Set([...MONTHS.keys()].slice(12));

/**
 * Month names that are also everyday words or given names ("May" the modal and the name, "March" the verb,
 * "April", "June" and "August" as names): they count as months only beside a day, a year or a preposition.
 */
export const AMBIGUOUS_MONTHS: ReadonlySet<string> = new Set(['may', 'march', 'april', 'june', 'august']);

/**
 * Superlatives that rank a month against others of its name ("the wettest June on record", "their busiest May",
 * "the worst April in a decade"): after one of them "June" or "May" is the month, never a person (round 22; was no
 * time). Id: `times/ranked-months`; source: weather-service and climate reports, airline, retail and market copy.
 */
export const RANKING_SUPERLATIVES: ReadonlySet<string> = new Set([
  'hottest', 'warmest', 'coldest', 'coolest', 'mildest', 'wettest', 'driest', 'sunniest', 'dullest', 'windiest',
  'snowiest', 'stormiest', 'cloudiest', 'busiest', 'quietest', 'slowest', 'strongest', 'weakest', 'biggest',
  'largest', 'smallest', 'highest', 'lowest', 'best', 'worst', 'deadliest', 'bloodiest', 'calmest',
]);

/** ISO weekday numbers (Monday = 1), as TimeML writes them in `XXXX-WXX-7`. */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ['monday', 1], ['tuesday', 2], ['wednesday', 3], ['thursday', 4], ['friday', 5], ['saturday', 6], ['sunday', 7],
]);

/** Plural weekdays ("on Sundays") denote sets. */
export const WEEKDAY_PLURALS: ReadonlyMap<string, number> = new Map([
  ['mondays', 1], ['tuesdays', 2], ['wednesdays', 3], ['thursdays', 4], ['fridays', 5], ['saturdays', 6], ['sundays', 7],
]);

/** Parts of the day and their TimeML codes (TMO, TAF, TEV, TNI). */
export const PARTS_OF_DAY: ReadonlyMap<string, string> = new Map([
  ['morning', 'MO'], ['afternoon', 'AF'], ['evening', 'EV'], ['night', 'NI'],
]);

/** Seasons and their TimeML codes; "fall" is also a verb and a noun, so it needs this/last/next or a year. */
export const SEASONS: ReadonlyMap<string, string> = new Map([
  ['spring', 'SP'], ['summer', 'SU'], ['autumn', 'FA'], ['fall', 'FA'], ['winter', 'WI'],
]);

/** First month of each season (meteorological seasons of the northern hemisphere; winter starts in December). */
export const SEASON_START: Readonly<Record<string, number>> = { SP: 3, SU: 6, FA: 9, WI: 12 };

/** Cardinal number words. */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['zero', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7],
  ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14],
  ['fifteen', 15], ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19], ['twenty', 20],
  ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90],
  ['dozen', 12],
]);

/** Ordinal words, for "the third quarter", "the first half" and "the 2nd of December". */
export const ORDINAL_WORDS: ReadonlyMap<string, number> = new Map([
  ['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['fifth', 5], ['sixth', 6], ['seventh', 7],
  ['eighth', 8], ['ninth', 9], ['tenth', 10], ['eleventh', 11], ['twelfth', 12], ['thirteenth', 13],
  ['fourteenth', 14], ['fifteenth', 15], ['sixteenth', 16], ['seventeenth', 17], ['eighteenth', 18],
  ['nineteenth', 19], ['twentieth', 20], ['twenty-first', 21], ['thirtieth', 30],
]);

/** Quantities without a number: TimeML writes them as X ("a few days" = PXD). */
export const VAGUE_QUANTITIES: ReadonlySet<string> = new Set(['few', 'several', 'many', 'some', 'numerous']);

/**
 * Units of duration with their TimeML designator. `time` units go after the `T` of a duration (PT5H);
 * decades and centuries are written in years (the MEANTIME annotators value "the past decade" as P10Y and
 * "decades-long" as PXY).
 */
export interface Unit {
  name: 'second' | 'minute' | 'hour' | 'day' | 'week' | 'fortnight' | 'month' | 'year' | 'decade' | 'century';
  code: 'S' | 'M' | 'H' | 'D' | 'W' | 'Y';
  time: boolean;
  /** How many `code`s one unit is. */
  factor: number;
}
const unit = (name: Unit['name'], code: Unit['code'], time: boolean, factor = 1): Unit => ({ name, code, time, factor });
const SECOND = unit('second', 'S', true);
const MINUTE = unit('minute', 'M', true);
const HOUR = unit('hour', 'H', true);
/** The day as a unit of counting and anchoring ("the day", "two days"). */
export const DAY = unit('day', 'D', false);
const WEEK = unit('week', 'W', false);
const FORTNIGHT = unit('fortnight', 'W', false, 2);
const MONTH = unit('month', 'M', false);
const YEAR = unit('year', 'Y', false);
const DECADE = unit('decade', 'Y', false, 10);
const CENTURY = unit('century', 'Y', false, 100);

export const UNITS_SINGULAR: ReadonlyMap<string, Unit> = new Map([
  ['second', SECOND], ['minute', MINUTE], ['hour', HOUR], ['day', DAY], ['week', WEEK], ['fortnight', FORTNIGHT],
  ['month', MONTH], ['year', YEAR], ['decade', DECADE], ['century', CENTURY],
]);
export const UNITS_PLURAL: ReadonlyMap<string, Unit> = new Map([
  ['seconds', SECOND], ['minutes', MINUTE], ['hours', HOUR], ['days', DAY], ['weeks', WEEK],
  ['fortnights', FORTNIGHT], ['months', MONTH], ['years', YEAR], ['decades', DECADE], ['centuries', CENTURY],
]);

/**
 * Nouns counted in days: a night away ("three nights" = P3D), a trading session on a market ("five straight
 * sessions" = P5D). "session" counts only with a modifier of succession or "trading", since "two sessions of
 * parliament" are not days.
 */
export const DAY_NOUNS: ReadonlyMap<string, { plural: boolean; needsModifier: boolean }> = new Map([
  ['night', { plural: false, needsModifier: false }], ['nights', { plural: true, needsModifier: false }],
  ['session', { plural: false, needsModifier: true }], ['sessions', { plural: true, needsModifier: true }],
]);

/**
 * Words between a number and its unit that leave the duration as it is: "five straight sessions" (P5D), "three
 * consecutive months" (P3M), "two more years", "a full year", "three trading days".
 */
export const DURATION_MODIFIERS: ReadonlySet<string> = new Set([
  'straight', 'consecutive', 'successive', 'running', 'full', 'whole', 'entire', 'more', 'additional', 'further',
  'extra', 'long', 'solid', 'trading', 'business', 'working', 'calendar', 'school', 'sitting',
]);

/**
 * Media and stored material measured in time: "75 hours of video" is an amount of material, not a stretch of
 * time, and TimeML leaves it unmarked.
 */
export const MEDIA_NOUNS: ReadonlySet<string> = new Set([
  'video', 'videos', 'footage', 'music', 'audio', 'programming', 'programmes', 'programs', 'content', 'recordings',
  'recording', 'playback', 'movies', 'films', 'television', 'tv', 'songs', 'tape', 'tapes',
]);

/**
 * Verbs of storing: a count of hours or minutes that is stored ("stores 150 hours", "150 hours can be stored",
 * "archives up to 40 hours") is an amount of material, like "75 hours of video", and TimeML leaves it unmarked.
 * "hold", "keep" and "save" are left out: "held for 40 hours" is a detention and "saves commuters 20 minutes" a
 * span of time, both real durations.
 */
export const STORAGE_VERBS: ReadonlySet<string> = new Set(['store', 'stores', 'stored', 'storing', 'archive', 'archives', 'archived']);

/** Auxiliaries between a stored amount and its passive verb ("150 hours can be stored"). */
export const STORAGE_AUXILIARIES: ReadonlySet<string> = new Set([
  'can', 'could', 'will', 'would', 'may', 'might', 'be', 'is', 'are', 'was', 'were', 'been', 'being', 'have', 'has',
]);

/**
 * Units of length, volume and data: "km per hour", "60 miles an hour", "words per minute" are speeds and rates of
 * measure, not time expressions.
 */
export const MEASURE_UNITS: ReadonlySet<string> = new Set([
  'km', 'kms', 'kilometres', 'kilometers', 'kilometre', 'kilometer', 'miles', 'mile', 'metres', 'meters', 'metre',
  'meter', 'feet', 'foot', 'inches', 'yards', 'knots', 'mph', 'kph', 'cm', 'mm', 'litres', 'liters', 'gallons',
  'words', 'beats', 'revolutions', 'rpm', 'frames', 'bits', 'bytes', 'kilobytes', 'megabytes', 'gigabytes',
  'megabits', 'kilobits', 'gigabits', 'cubic', 'degrees', 'centimetres', 'centimeters', 'millimetres', 'millimeters',
  // radiation doses and detector counts ("10 sieverts per hour", "20,000 counts per minute")
  'sieverts', 'millisieverts', 'microsieverts', 'becquerels', 'grays', 'rems', 'counts',
]);

/** One-word "unit-long" compounds (Merriam-Webster spells these closed). */
export const LONG_COMPOUNDS: ReadonlyMap<string, Unit> = new Map([
  ['weeklong', WEEK], ['yearlong', YEAR], ['monthlong', MONTH], ['daylong', DAY],
]);

/**
 * Frequency adjectives and adverbs: TimeML sets with a period value ("annually" = P1Y). "annual" is left out:
 * before a noun ("annual report", "annual conference") annotators mostly leave it unmarked.
 */
export const SET_WORDS: ReadonlyMap<string, string> = new Map([
  ['daily', 'P1D'], ['weekly', 'P1W'], ['monthly', 'P1M'], ['yearly', 'P1Y'], ['annually', 'P1Y'],
  ['quarterly', 'P3M'], ['hourly', 'PT1H'], ['nightly', 'TNI'], ['biweekly', 'P2W'], ['fortnightly', 'P2W'],
  ['semiannually', 'P6M'],
]);

/** Adverbs TimeML values as a reference to the present, past or future. */
export const REF_WORDS: ReadonlyMap<string, string> = new Map([
  ['now', 'PRESENT_REF'], ['currently', 'PRESENT_REF'], ['presently', 'PRESENT_REF'], ['nowadays', 'PRESENT_REF'],
  ['recently', 'PAST_REF'], ['lately', 'PAST_REF'], ['previously', 'PAST_REF'], ['formerly', 'PAST_REF'],
  ['soon', 'FUTURE_REF'], ['shortly', 'FUTURE_REF'], ['hitherto', 'PAST_REF'], ['henceforth', 'FUTURE_REF'],
]);

/**
 * Fixed phrases TimeML values as a reference to the present, past or future ("before long", "back then",
 * "in years past", "for the time being", "a while ago"). Each is a sequence of lower-case tokens; the longest
 * phrase starting at a token wins.
 */
export const REF_PHRASES: ReadonlyArray<{ words: readonly string[]; value: string; afterPreposition?: boolean }> = [
  { words: ['before', 'long'], value: 'FUTURE_REF' },
  { words: ['in', 'due', 'course'], value: 'FUTURE_REF' },
  { words: ['the', 'years', 'ahead'], value: 'FUTURE_REF' },
  { words: ['the', 'days', 'ahead'], value: 'FUTURE_REF' },
  { words: ['the', 'weeks', 'ahead'], value: 'FUTURE_REF' },
  { words: ['the', 'months', 'ahead'], value: 'FUTURE_REF' },
  // "in the old days": a past age, like "in those days", not a count of days
  { words: ['the', 'old', 'days'], value: 'PAST_REF' },
  { words: ['back', 'then'], value: 'PAST_REF' },
  // "these days" is the present age and "in those days" a past one, not a count of days (TIMEX2/TimeML guidelines)
  { words: ['these', 'days'], value: 'PRESENT_REF' },
  { words: ['those', 'days'], value: 'PAST_REF' },
  { words: ['years', 'past'], value: 'PAST_REF' },
  { words: ['days', 'past'], value: 'PAST_REF' },
  { words: ['times', 'past'], value: 'PAST_REF' },
  { words: ['long', 'ago'], value: 'PAST_REF' },
  { words: ['a', 'while', 'ago'], value: 'PAST_REF' },
  { words: ['some', 'time', 'ago'], value: 'PAST_REF' },
  { words: ['a', 'long', 'time', 'ago'], value: 'PAST_REF' },
  { words: ['once', 'upon', 'a', 'time'], value: 'PAST_REF' },
  { words: ['recent', 'times'], value: 'PAST_REF' },
  // "sales have been weak of late": the same as "lately"
  { words: ['of', 'late'], value: 'PAST_REF' },
  { words: ['the', 'time', 'being'], value: 'PRESENT_REF' },
  { words: ['the', 'present', 'day'], value: 'PRESENT_REF' },
  { words: ['the', 'present', 'time'], value: 'PRESENT_REF' },
  { words: ['this', 'moment'], value: 'PRESENT_REF', afterPreposition: true },
  { words: ['the', 'moment'], value: 'PRESENT_REF', afterPreposition: true },
  { words: ['this', 'point'], value: 'PRESENT_REF', afterPreposition: true },
  { words: ['this', 'stage'], value: 'PRESENT_REF', afterPreposition: true },
  // "at this hour, rescuers are still searching" (broadcast copy; round 10)
  { words: ['this', 'hour'], value: 'PRESENT_REF', afterPreposition: true },
  { words: ['as', 'of', 'now'], value: 'PRESENT_REF' },
  { words: ['for', 'now'], value: 'PRESENT_REF' },
  { words: ['right', 'now'], value: 'PRESENT_REF' },
  { words: ['just', 'now'], value: 'PRESENT_REF' },
  { words: ['modern', 'times'], value: 'PRESENT_REF' },
  // round 24: a day left unnamed after a preposition ("refunded at a later date", "postponed to a future date"):
  // TimeML writes an unknown date `XXXX-XX-XX`, as the MEANTIME newswire guidelines value "a later time". Id:
  // `times/unnamed-date`.
  { words: ['a', 'later', 'date'], value: 'XXXX-XX-XX', afterPreposition: true },
  { words: ['a', 'later', 'time'], value: 'XXXX-XX-XX', afterPreposition: true },
  { words: ['a', 'future', 'date'], value: 'XXXX-XX-XX', afterPreposition: true },
  { words: ['an', 'unspecified', 'date'], value: 'XXXX-XX-XX', afterPreposition: true },
  { words: ['an', 'undisclosed', 'date'], value: 'XXXX-XX-XX', afterPreposition: true },
  { words: ['an', 'unknown', 'date'], value: 'XXXX-XX-XX', afterPreposition: true },
];

/** First words of compound adjectives of the present ("present-day Iraq", "modern-day piracy"): PRESENT_REF. */
export const PRESENT_ADJECTIVES: ReadonlySet<string> = new Set(['present', 'modern']);

/**
 * Nouns after "today's" that make "today" the present age rather than the day of publication ("today's youth",
 * "in today's world"); "of today" after a noun does the same ("the Europe of today").
 */
export const GENERIC_TODAY_NOUNS: ReadonlySet<string> = new Set([
  'world', 'society', 'youth', 'generation', 'children', 'kids', 'teenagers', 'young', 'standards', 'terms', 'money',
  'dollars', 'prices', 'economy', 'era', 'age', 'culture', 'media', 'technology', 'politics', 'climate',
  'consumers', 'workforce', 'global', 'globalized', 'modern', 'digital',
]);

/**
 * A holiday whose date moves from year to year: the `n`th weekday `wd` (ISO, Monday = 1) of month `m` (n = -1:
 * the last), a number of days from Easter Sunday (`orthodox`: of the Julian computus), or a day of another calendar
 * (round 20).
 */
export type MovableFeast = { m: number; wd: number; n: number; plus?: number } | { easter: number; orthodox?: boolean } | { other: CalendarDay; plus?: number };

/** "Eid al-Fitr" (1 Shawwal), "Eid al-Adha" (10 Dhu al-Hijjah) on the Umm al-Qura calendar; spellings of "Eid". */
const EID_AL_FITR: CalendarDay = { calendar: 'islamic-umalqura', month: '10', day: 1 };
const EID_AL_ADHA: CalendarDay = { calendar: 'islamic-umalqura', month: '12', day: 10 };
const EID_SPELLINGS = ['eid', 'id'] as const;
/** The first day of the first month of the Chinese calendar, and the first day of Hanukkah (25 Kislev). */
const LUNAR_NEW_YEAR: CalendarDay = { calendar: 'chinese', month: '1', day: 1 };
const HANUKKAH: CalendarDay = { calendar: 'hebrew', month: 'Kislev', day: 25 };
/** Diwali (Lakshmi Puja): the new moon closing the month of Ashvin (`hindu-calendar.ts`); 1 Ramadan (Umm al-Qura). */
const DIWALI: CalendarDay = { calendar: 'hindu', month: 'Ashvin', day: 30 };
const RAMADAN_FIRST: CalendarDay = { calendar: 'islamic-umalqura', month: '9', day: 1 };
const RAMADAN_SPELLINGS = ['ramadan', 'ramadhan', 'ramazan', 'ramzan'] as const;

/**
 * Holidays TimeML values as the day they fall on: fixed dates (month, day) and, with `movable`, feasts whose
 * date moves (`m`/`d` are then unused). The weekday feasts are the United States federal ones newswire names
 * most (Thanksgiving, Memorial Day, Labor Day); Easter follows the Gregorian computus.
 */
export const HOLIDAYS: ReadonlyArray<{ words: readonly string[]; m: number; d: number; movable?: MovableFeast; capitalised?: boolean; lowerLead?: boolean }> = [
  // United States days set by statute: Election Day is "the Tuesday next after the first Monday in November"
  // (2 U.S.C. 7), King's birthday and Washington's birthday the third Monday of January and February (5 U.S.C.
  // 6103); Black Friday is the day after Thanksgiving. Only capitalised: "on election day" in another country's
  // report names its own vote.
  { words: ['election', 'day'], m: 11, d: 0, movable: { m: 11, wd: 1, n: 1, plus: 1 }, capitalised: true },
  { words: ['black', 'friday'], m: 11, d: 0, movable: { m: 11, wd: 4, n: 4, plus: 1 }, capitalised: true },
  // round 23: the retail calendar after Thanksgiving (the National Retail Federation's Shop.org named Cyber Monday
  // in 2005, the Monday after Thanksgiving; Giving Tuesday follows it, Small Business Saturday falls between)
  { words: ['cyber', 'monday'], m: 11, d: 0, movable: { m: 11, wd: 4, n: 4, plus: 4 }, capitalised: true },
  { words: ['giving', 'tuesday'], m: 11, d: 0, movable: { m: 11, wd: 4, n: 4, plus: 5 }, capitalised: true },
  { words: ['small', 'business', 'saturday'], m: 11, d: 0, movable: { m: 11, wd: 4, n: 4, plus: 2 }, capitalised: true },
  { words: ['martin', 'luther', 'king', 'day'], m: 1, d: 0, movable: { m: 1, wd: 1, n: 3 } },
  { words: ['martin', 'luther', 'king', 'jr', '.', 'day'], m: 1, d: 0, movable: { m: 1, wd: 1, n: 3 } },
  { words: ['presidents', "'", 'day'], m: 2, d: 0, movable: { m: 2, wd: 1, n: 3 } },
  { words: ['presidents', 'day'], m: 2, d: 0, movable: { m: 2, wd: 1, n: 3 } },
  { words: ['st', '.', 'patrick', "'s", 'day'], m: 3, d: 17 },
  { words: ['armistice', 'day'], m: 11, d: 11 },
  { words: ['fourth', 'of', 'july'], m: 7, d: 4 },
  { words: ['july', 'fourth'], m: 7, d: 4, capitalised: true },
  { words: ['july', '4th'], m: 7, d: 4 },
  { words: ['thanksgiving', 'day'], m: 11, d: 0, movable: { m: 11, wd: 4, n: 4 } },
  { words: ['thanksgiving'], m: 11, d: 0, movable: { m: 11, wd: 4, n: 4 } },
  { words: ['memorial', 'day'], m: 5, d: 0, movable: { m: 5, wd: 1, n: -1 } },
  { words: ['labor', 'day'], m: 9, d: 0, movable: { m: 9, wd: 1, n: 1 } },
  { words: ['columbus', 'day'], m: 10, d: 0, movable: { m: 10, wd: 1, n: 2 } },
  { words: ['mother', "'s", 'day'], m: 5, d: 0, movable: { m: 5, wd: 7, n: 2 } },
  { words: ['father', "'s", 'day'], m: 6, d: 0, movable: { m: 6, wd: 7, n: 3 } },
  { words: ['easter', 'sunday'], m: 4, d: 0, movable: { easter: 0 } },
  { words: ['easter', 'monday'], m: 4, d: 0, movable: { easter: 1 } },
  { words: ['easter'], m: 4, d: 0, movable: { easter: 0 } },
  { words: ['good', 'friday'], m: 4, d: 0, movable: { easter: -2 } },
  { words: ['palm', 'sunday'], m: 4, d: 0, movable: { easter: -7 } },
  { words: ['ash', 'wednesday'], m: 2, d: 0, movable: { easter: -46 } },
  { words: ['veterans', 'day'], m: 11, d: 11 },
  { words: ['boxing', 'day'], m: 12, d: 26 },
  { words: ['bastille', 'day'], m: 7, d: 14 },
  // round 19: the Orthodox churches that keep the Julian calendar (Russia, Serbia, Ukraine's until 2023, Ethiopia's
  // Genna) hold Christmas on December 25 Julian, January 7 Gregorian from 1900 to 2099 (id `times/orthodox-christmas`;
  // "Orthodox Christmas" was December 25)
  { words: ['orthodox', 'christmas', 'eve'], m: 1, d: 6 },
  { words: ['orthodox', 'christmas', 'day'], m: 1, d: 7 },
  { words: ['orthodox', 'christmas'], m: 1, d: 7 },
  // round 20: feasts of other calendars, the day they fall on (or begin on, for a festival of several days, as
  // "Easter" is its Sunday), from the Julian computus and ICU's calendars (`other-calendars.ts`, id
  // `times/other-calendar-feasts`). Ramadan, a month, is no day and is left out (its first and last days are read,
  // round 21); Diwali, whose Hindu calendar ICU does not implement, is worked out from the new moon (round 21).
  { words: ['orthodox', 'easter', 'sunday'], m: 4, d: 0, movable: { easter: 0, orthodox: true } },
  { words: ['orthodox', 'easter'], m: 4, d: 0, movable: { easter: 0, orthodox: true } },
  { words: ['orthodox', 'good', 'friday'], m: 4, d: 0, movable: { easter: -2, orthodox: true } },
  ...EID_SPELLINGS.flatMap((eid) => [
    { words: [eid, 'al', '-', 'fitr'], m: 4, d: 0, movable: { other: EID_AL_FITR } },
    { words: [eid, 'ul', '-', 'fitr'], m: 4, d: 0, movable: { other: EID_AL_FITR } },
    { words: [eid, 'al', '-', 'adha'], m: 6, d: 0, movable: { other: EID_AL_ADHA } },
    { words: [eid, 'ul', '-', 'adha'], m: 6, d: 0, movable: { other: EID_AL_ADHA } },
  ]),
  // round 21 (id `times/ramadan-days`): Ramadan is a month and keeps no value, but its first and last days and its
  // eve are days ("the first day of Ramadan"; `lowerLead`: the entry opens with a lower-case word); the last is the
  // day before Eid al-Fitr, as the month has 29 or 30 days
  ...RAMADAN_SPELLINGS.flatMap((r) => [
    { words: ['first', 'day', 'of', r], m: 3, d: 0, movable: { other: RAMADAN_FIRST }, lowerLead: true },
    { words: ['last', 'day', 'of', r], m: 4, d: 0, movable: { other: EID_AL_FITR, plus: -1 }, lowerLead: true },
    { words: ['eve', 'of', r], m: 3, d: 0, movable: { other: RAMADAN_FIRST, plus: -1 }, lowerLead: true },
  ]),
  // round 21: Diwali from the new moon (id `times/diwali-new-moon`)
  { words: ['diwali'], m: 11, d: 0, movable: { other: DIWALI } },
  { words: ['deepavali'], m: 11, d: 0, movable: { other: DIWALI } },
  { words: ['divali'], m: 11, d: 0, movable: { other: DIWALI } },
  { words: ['lunar', 'new', 'year', "'s", 'eve'], m: 2, d: 0, movable: { other: LUNAR_NEW_YEAR, plus: -1 } },
  { words: ['chinese', 'new', 'year', "'s", 'eve'], m: 2, d: 0, movable: { other: LUNAR_NEW_YEAR, plus: -1 } },
  { words: ['lunar', 'new', 'year', "'s", 'day'], m: 2, d: 0, movable: { other: LUNAR_NEW_YEAR } },
  { words: ['lunar', 'new', 'year'], m: 2, d: 0, movable: { other: LUNAR_NEW_YEAR } },
  { words: ['chinese', 'new', 'year', "'s", 'day'], m: 2, d: 0, movable: { other: LUNAR_NEW_YEAR } },
  { words: ['chinese', 'new', 'year'], m: 2, d: 0, movable: { other: LUNAR_NEW_YEAR } },
  { words: ['rosh', 'hashanah'], m: 9, d: 0, movable: { other: { calendar: 'hebrew', month: 'Tishri', day: 1 } } },
  { words: ['rosh', 'hashana'], m: 9, d: 0, movable: { other: { calendar: 'hebrew', month: 'Tishri', day: 1 } } },
  { words: ['yom', 'kippur'], m: 9, d: 0, movable: { other: { calendar: 'hebrew', month: 'Tishri', day: 10 } } },
  { words: ['passover'], m: 4, d: 0, movable: { other: { calendar: 'hebrew', month: 'Nisan', day: 15 } } },
  { words: ['hanukkah'], m: 12, d: 0, movable: { other: HANUKKAH } },
  { words: ['chanukah'], m: 12, d: 0, movable: { other: HANUKKAH } },
  { words: ['christmas', 'eve'], m: 12, d: 24 },
  { words: ['christmas', 'day'], m: 12, d: 25 },
  { words: ['christmas'], m: 12, d: 25 },
  { words: ['new', 'year', "'s", 'eve'], m: 12, d: 31 },
  { words: ['new', 'year', "'s", 'day'], m: 1, d: 1 },
  { words: ['new', 'year', "'s"], m: 1, d: 1 },
  { words: ['new', 'year'], m: 1, d: 1 },
  { words: ['halloween'], m: 10, d: 31 },
  { words: ['valentine', "'s", 'day'], m: 2, d: 14 },
];

/**
 * Nouns of a stretch of time or of the trade done in it that a bare holiday before them turns into the holiday
 * period ("Christmas sales", "the Christmas shopping season", "the Easter holidays", "a Thanksgiving truce"), which
 * annotators value as a vague span (PXD). Any other noun after a bare holiday ("a Christmas miracle", "a Christmas
 * sweater", "the Easter bunny") makes the holiday a plain modifier and no time expression. Id:
 * `times/holiday-period-nouns` (round 12); source: TimeML marks temporal expressions only, and a holiday naming a
 * thing's kind points at no time.
 */
export const HOLIDAY_PERIOD_NOUNS: ReadonlySet<string> = new Set([
  'sales', 'sale', 'shopping', 'season', 'seasons', 'period', 'periods', 'holiday', 'holidays', 'break', 'recess',
  'rush', 'spending', 'trading', 'travel', 'vacation', 'vacations', 'truce', 'ceasefire', 'cease-fire', 'getaway',
  'retail', 'selling', 'buying', 'quarter', 'fortnight', 'week', 'weeks', 'days', 'time', 'festivities', 'peak',
  'lull', 'slowdown', 'closure', 'shutdown', 'weekend', 'spree', 'boom', 'slump', 'amnesty', 'exodus',
]);

/**
 * Head nouns of organisations and movements named after a date ("the February 14 Youth Coalition",
 * "the April 6 Youth Movement", "the March 14 Alliance", "the 26th of July Movement"): a date followed by
 * one of these (within a few capitalised words) is part of a name, not a time expression.
 */
export const NAME_HEADS: ReadonlySet<string> = new Set([
  'movement', 'coalition', 'group', 'party', 'revolution', 'youth', 'alliance', 'front', 'brigade', 'brigades',
  'committee', 'organization', 'organisation', 'army', 'union', 'association', 'society', 'foundation',
  'institute', 'council', 'bloc', 'martyrs', 'students', 'club', 'network', 'league', 'forces', 'battalion',
  'company', 'corporation', 'school', 'street', 'square', 'stadium', 'bridge', 'avenue', 'road',
]);

/**
 * Words that make a preceding weekday a newspaper or programme title ("the Sunday Times", "Saturday Night Live").
 */
export const WEEKDAY_NAME_FOLLOWERS: ReadonlySet<string> = new Set([
  'times', 'telegraph', 'express', 'mirror', 'post', 'herald', 'mail', 'tribune', 'independent', 'star', 'sport',
  'people', 'review', 'observer', 'night', 'school', 'service', 'league', 'club',
]);

/** Capitalised words that make a following weekday a named day ("Black Monday", "Super Tuesday", "Good Friday"). */
export const WEEKDAY_NAME_PRECEDERS: ReadonlySet<string> = new Set([
  'black', 'super', 'cyber', 'bloody', 'good', 'ash', 'holy', 'palm', 'easter', 'shrove', 'maundy', 'blue', 'giving',
]);

/** Nouns that mark a preceding four-digit number as a count, not a year ("2000 people"). */
export const COUNT_NOUNS: ReadonlySet<string> = new Set([
  'people', 'persons', 'jobs', 'employees', 'workers', 'staff', 'troops', 'soldiers', 'units', 'aircraft', 'planes',
  'jets', 'airliners', 'cars', 'vehicles', 'homes', 'houses', 'tons', 'tonnes', 'barrels', 'shares', 'points',
  'km', 'kilometres', 'kilometers', 'miles', 'metres', 'meters', 'feet', 'pounds', 'dollars', 'euros', 'yen',
  'passengers', 'seats', 'copies', 'users', 'customers', 'votes', 'deaths', 'cases', 'men', 'women', 'children',
  'residents', 'protesters', 'members', 'students', 'patients', 'refugees', 'migrants', 'police', 'officers',
  'rounds', 'rockets', 'missiles', 'shells', 'acres', 'hectares', 'megawatts', 'mw', 'kg', 'hours', 'days',
  'songs', 'tracks', 'apps', 'stores', 'flights', 'orders', 'engines', 'words', 'pages', 'times',
]);

/** Words after which a year-sized number is not a year: approximators, currency and numbering. */
export const NON_YEAR_PRECEDERS: ReadonlySet<string> = new Set([
  'than', 'about', 'around', 'approximately', 'nearly', 'almost', 'roughly', 'some', 'over', 'under', 'least',
  '$', '£', '€', '¥', '#', 'no', 'number', 'flight', 'route', 'model', 'room', 'page', 'pages', 'top', 'rank',
  'ranked', 'only', 'just', 'total', 'resolution', 'article', 'section', 'chapter', 'clause', 'highway',
  'interstate', 'rule', 'paragraph', 'code', 'exit', 'gate', 'platform', 'bus', 'train', 'squawk',
]);

/**
 * Nouns of commodity and futures trading that a month name before them dates as a delivery month ("copper for
 * December delivery", "March futures"): the contract month is the current one or ahead, even in a past-tense market
 * report. Source: commodity-report usage (AP/WSJ market columns, CME contract naming). "contract" is left out: "the
 * February contract" of an aircraft maker was signed in February.
 */
export const DELIVERY_NOUNS: ReadonlySet<string> = new Set(['delivery', 'futures']);

/**
 * Nouns of a figure that "for" + a month after them dates ("a 0.5% gain for March", "retail sales for May"): there
 * an ambiguous month name ("March", "May") is the month, not the verb or a name. Economic-report vocabulary.
 */
export const FIGURE_NOUNS: ReadonlySet<string> = new Set([
  'gain', 'gains', 'rise', 'rises', 'increase', 'increases', 'decline', 'declines', 'drop', 'drops', 'fall', 'falls',
  'sales', 'figure', 'figures', 'data', 'numbers', 'report', 'reports', 'results', 'orders', 'output', 'index',
  'rate', 'deficit', 'surplus', 'forecast', 'estimate', 'estimates', 'reading', 'payrolls', 'production', 'spending',
  'inflation', 'prices', 'exports', 'imports', 'loss', 'losses', 'profit', 'profits', 'earnings',
]);

/** Prepositions and determiners that let a month name or a year stand alone ("in May", "since 1991"). */
export const TIME_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in', 'on', 'since', 'by', 'until', 'till', 'through', 'throughout', 'during', 'from', 'to', 'of', 'before',
  'after', 'between', 'early', 'late', 'mid', 'last', 'next', 'this', 'that', 'each', 'every', 'until', 'around',
  'circa', 'for', 'and', 'or', 'within', 'into', 'toward', 'towards', 'past', 'as',
]);

/** Future-tense markers that govern a following clause ("will", "is to", "scheduled to"). */
export const FUTURE_MODALS: ReadonlySet<string> = new Set(['will', "'ll", 'shall', 'would', 'wo', 'going', 'gonna']);

/**
 * Modals of possibility and obligation: what they govern has not happened yet ("could vote on Friday", "must leave
 * by March"), unless "have" follows ("may have died on Monday" is past). Lower-case "may" only: "May" is the month.
 */
export const PROSPECTIVE_MODALS: ReadonlySet<string> = new Set(['could', 'may', 'might', 'should', 'must', 'can', 'ought', 'cannot']);

/**
 * Verbs and adjectives that send a following to-infinitive into the future even when they are in the past
 * ("agreed to meet on Monday", "vowed to return in May"): plans, promises, requests and readiness.
 */
export const PROSPECTIVE_GOVERNORS: ReadonlySet<string> = new Set([
  'agreed', 'agree', 'agrees', 'decided', 'decide', 'decides', 'promised', 'promise', 'promises', 'pledged',
  'pledge', 'pledges', 'vowed', 'vow', 'vows', 'threatened', 'threaten', 'threatens', 'asked', 'ask', 'asks',
  'urged', 'urge', 'urges', 'invited', 'invite', 'invites', 'hoped', 'hope', 'hopes', 'wanted', 'want', 'wants',
  'intended', 'intend', 'intends', 'prepared', 'prepare', 'prepares', 'ready', 'likely', 'unlikely', 'able',
  'voted', 'ordered', 'order', 'orders', 'told', 'called', 'expected', 'expect', 'expects', 'scheduled', 'set', 'due',
  'planned', 'plan', 'plans', 'slated', 'poised', 'aims', 'aim', 'aimed', 'seeks', 'seek', 'sought', 'offered',
  'offers', 'refused', 'refuses', 'declined', 'needs', 'need', 'needed', 'has', 'have', 'is', 'are', 'am', 'will',
  // round 15: advice and instructions ("advised their citizens to leave by midweek", "instructed staff to return by
  // Monday", "required to file by March 1")
  'advised', 'advise', 'advises', 'instructed', 'instruct', 'instructs', 'encouraged', 'encourage', 'encourages',
  'directed', 'required', 'requires', 'require',
  // round 15 (lead): the progressive of the same verbs ("leaders were urging him to concede after the primary on June
  // 14", "were asking him to quit before the vote on June 14": the past "were" before them was read as the tense)
  'agreeing', 'deciding', 'promising', 'pledging', 'vowing', 'threatening', 'asking', 'urging', 'inviting', 'hoping',
  'wanting', 'intending', 'preparing', 'ordering', 'telling', 'calling', 'expecting', 'planning', 'aiming', 'seeking',
  'offering', 'advising', 'instructing', 'encouraging', 'requiring',
  // round 17: court orders to appear ("summoned him to appear for a hearing on Oct. 20", "subpoenaed her to testify
  // on Monday": the appearance follows the order)
  'summoned', 'summons', 'subpoenaed', 'subpoenas', 'compelled',
]);

/**
 * Nouns that commonly follow "to" without being verbs ("returned to work on Monday", "sentenced to death", "came to
 * power"), so "to" before them is a preposition, not an infinitive marker.
 */
export const NOUNS_AFTER_TO: ReadonlySet<string> = new Set([
  'work', 'power', 'court', 'office', 'trial', 'prison', 'jail', 'hospital', 'school', 'church', 'bed', 'death',
  'date', 'war', 'market', 'town', 'sea', 'safety', 'justice', 'life', 'light', 'account', 'rest', 'polls', 'press',
  'home', 'dinner', 'lunch', 'breakfast', 'parliament', 'congress', 'camp', 'college', 'university', 'mass', 'bail',
  'pieces', 'zero', 'order', 'time', 'day', 'noon', 'midnight', 'dawn', 'force', 'land', 'shore', 'port', 'air',
]);

/** Words after "to" that are not bare verbs: determiners, pronouns, prepositions and the like. */
export const NOT_INFINITIVES: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'that', 'these', 'those', 'him',
  'them', 'us', 'me', 'it', 'whom', 'which', 'what', 'where', 'each', 'every', 'some', 'any', 'all', 'both', 'more',
  'less', 'about', 'around', 'nearly', 'almost', 'over', 'under', 'and', 'or', 'no', 'one', 'two', 'three', 'four',
  'five', 'six', 'seven', 'eight', 'nine', 'ten', 'date', 'then', 'now', 'today', 'tomorrow', 'yesterday', 'mid',
  'early', 'late', 'last', 'next', 'much', 'many', 'other', 'another', 'such', 'own', 'whether', 'how', 'who',
]);

/** Verbs and adjectives that announce a scheduled act when followed by "to" or "for" ("is scheduled for"). */
export const FUTURE_GOVERNORS: ReadonlySet<string> = new Set([
  'scheduled', 'set', 'due', 'expected', 'planned', 'plans', 'plan', 'planning', 'slated', 'poised', 'intends',
  'intend', 'aims', 'hopes', 'upcoming', 'forthcoming', 'begins', 'starts', 'opens',
  // round 18: a plan made again ("the launch was scrubbed and rescheduled for Friday", "reset for Saturday")
  'rescheduled', 'reset',
]);

/** Common irregular past-tense forms of newswire verbs (the regular ones end in -ed). */
export const IRREGULAR_PAST: ReadonlySet<string> = new Set([
  'was', 'were', 'had', 'did', 'said', 'told', 'began', 'came', 'went', 'took', 'made', 'met', 'held', 'left',
  'saw', 'gave', 'got', 'found', 'led', 'won', 'lost', 'fell', 'rose', 'sold', 'bought', 'brought', 'kept',
  'paid', 'sent', 'spent', 'struck', 'thought', 'wrote', 'broke', 'chose', 'flew', 'grew', 'knew', 'ran', 'shot',
  'spoke', 'stood', 'fought', 'caught', 'became', 'began', 'put', 'set', 'hit', 'cut', 'quit', 'let', 'beat',
  'felt', 'heard', 'meant', 'built', 'sought', 'drove', 'forgot', 'hid', 'hung', 'laid', 'lay', 'lent', 'overtook',
  'rode', 'rang', 'sank', 'sat', 'slid', 'stole', 'swore', 'threw', 'tore', 'undertook', 'withdrew', 'wore',
  'unveiled', 'arose', 'bore', 'dealt', 'drew', 'fled', 'forbade', 'froze', 'ate', 'shook', 'slept', 'spun',
  'strove', 'swept', 'woke', 'wound',
  // participles of the perfect ("has spoken", "have taken"), which also place an event in the past
  'spoken', 'taken', 'given', 'written', 'seen', 'done', 'gone', 'known', 'shown', 'begun', 'driven',
  'risen', 'fallen', 'chosen', 'stolen', 'broken', 'frozen', 'hidden', 'eaten', 'beaten', 'forgotten', 'ridden',
  'thrown', 'withdrawn', 'drawn', 'flown', 'grown', 'sworn', 'torn', 'worn', 'woken', 'shaken', 'undertaken',
  'overtaken', 'arisen', 'sung', 'sunk',
]);

/** Words ending in -ed that are not past-tense verbs. */
export const NOT_PAST_ED: ReadonlySet<string> = new Set([
  'need', 'feed', 'speed', 'seed', 'bed', 'red', 'shed', 'bred', 'hundred', 'indeed', 'steed', 'breed', 'greed',
  'creed', 'deed', 'proceed', 'succeed', 'exceed', 'weed', 'heed', 'reed', 'bleed', 'united', 'limited', 'based',
  'scheduled', 'expected', 'planned', 'proposed', 'unprecedented', 'alleged', 'detailed', 'advanced', 'related',
]);

/** Present-tense auxiliaries: the clause is present tense, so an undated month or day is the nearest one. */
export const PRESENT_AUX: ReadonlySet<string> = new Set(['is', 'are', 'am', 'has', 'have', 'does', 'do', 'says', 'say']);

/**
 * Signs and words of a stated figure ("$4 million", "8%", "5 percent", "10 cents"). With a number outside any time
 * expression they tell that a sentence reports figures, whose "a year ago" compares the period under discussion.
 * Id: `times/figure-signs` (round 13); source: the result lines of earnings and markets copy.
 */
export const FIGURE_SIGNS: ReadonlySet<string> = new Set(['$', '%', '£', '€', '¥', 'percent', 'cents', 'pence']);

/**
 * Past forms of verbs that report a figure or its change ("they fell", "it earned", "sales doubled"). Id:
 * `times/figure-change-verbs` (round 13); source: the verbs of result and market sentences in business wires
 * (general English, no article's wording).
 */
export const FIGURE_CHANGE_VERBS: ReadonlySet<string> = new Set([
  'rose', 'fell', 'grew', 'dropped', 'declined', 'gained', 'climbed', 'jumped', 'slipped', 'increased', 'decreased',
  'improved', 'earned', 'lost', 'slumped', 'surged', 'tumbled', 'plunged', 'soared', 'eased', 'doubled', 'tripled',
  'halved', 'shrank', 'narrowed', 'widened', 'totaled', 'totalled', 'dipped', 'rebounded', 'contracted', 'expanded',
]);

/**
 * Bare forms of the same verbs after "to" in a forecast ("expect earnings to rise", "growth to slow"). Id:
 * `times/figure-change-bare-verbs` (round 18); source: earnings and economic previews in business wires.
 */
export const FIGURE_CHANGE_BARE_VERBS: ReadonlySet<string> = new Set([
  'rise', 'fall', 'grow', 'drop', 'decline', 'gain', 'climb', 'jump', 'slip', 'increase', 'decrease', 'improve', 'slow',
  'ease', 'shrink', 'contract', 'expand', 'double', 'slump', 'surge', 'tumble', 'plunge', 'soar', 'dip', 'rebound',
  'narrow', 'widen', 'total', 'top', 'exceed', 'accelerate', 'weaken', 'strengthen',
]);

/**
 * Regular past forms too short for the -ed test of tense (five letters or more): "died on Saturday to protest",
 * "used tear gas on Saturday night to break up the protest" were read from the infinitive after them as next week.
 * Id: `times/short-regular-pasts` (round 13); source: English verbs of three letters ending in -e or -y.
 */
export const SHORT_REGULAR_PASTS: ReadonlySet<string> = new Set([
  'died', 'used', 'tied', 'lied', 'owed', 'sued', 'vied', 'eyed', 'aged', 'dyed', 'axed', 'bled', 'bred', 'sped',
]);

/**
 * Measures of a whole economy that statistics offices publish over a rolling twelve months ("Consumer prices rose 2.1
 * percent in the year to June", "Wages grew 5.7 percent in the year to May"): a year closed by "to" or "through" after
 * one of them is that stretch, the duration `P1Y`, as "the 12 months to June" is `P12M`, not a fiscal year (round 21;
 * was `FY…`). A company's figures ("profit", "sales at the retailer") keep the fiscal year: bare "sales" is not here.
 * Id: `times/statistic-year`; source: the release wording of national statistics offices and central banks.
 */
export const ECONOMY_MEASURES: ReadonlySet<string> = new Set([
  'inflation', 'prices', 'cpi', 'wages', 'pay', 'output', 'production', 'gdp', 'economy', 'unemployment', 'jobless',
  'joblessness', 'employment', 'exports', 'imports', 'rents', 'borrowing', 'lending', 'remittances', 'productivity',
  'retail', 'volumes', 'deflator', 'wage',
]);

/** Words of a company's own results that keep "the year to June" its fiscal year even beside a measure above. */
export const COMPANY_RESULT_WORDS: ReadonlySet<string> = new Set([
  'profit', 'profits', 'revenue', 'revenues', 'turnover', 'earnings', 'income', 'dividend', 'loss', 'losses', 'fiscal',
  'financial', 'company', 'group', 'shareholders',
]);

/**
 * Past verbs of telling right before a day ("the army said on Friday"): that day dates the telling, not a happening of
 * the clause, so "overnight" there is still the night before it. Id: `times/telling-days`; source: the attribution
 * verbs of wire copy.
 */
export const TELLING_PASTS: ReadonlySet<string> = new Set([
  'said', 'told', 'announced', 'reported', 'added', 'confirmed', 'stated', 'tweeted', 'wrote', 'posted',
]);

/**
 * Nouns of a forecast whose "for" names a period not yet closed. Id: `tense/forecast-nouns` (round 13; shared with
 * `times/full-year-forecast`, round 23); source: the guidance lines of results copy ("its outlook for", "its forecast
 * for", "guidance for").
 */
export const FORECAST_NOUNS: ReadonlySet<string> = new Set([
  'forecast', 'forecasts', 'outlook', 'guidance', 'projection', 'projections', 'estimate', 'estimates', 'target', 'targets', 'prediction', 'predictions',
]);

