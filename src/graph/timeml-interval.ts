import type { Granularity } from '../schema/time.js';
import { addMonths, isValidYmd, isoWeek, isoWeekday, toDays } from '../extract/time/calendar.js';

/**
 * The stretch of time a TimeML date value covers: `[start, end)` in milliseconds of a floating calendar
 * (computed as if in UTC; a value's time zone, if any, is ignored so that "December 2" means the article's
 * December 2 wherever the code runs). Nothing here reads the clock.
 */
export interface DateInterval {
  start: number;
  end: number;
  granularity: Granularity;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/**
 * Parts of day, as hours of that day. The night is cut at midnight so that "Tuesday night" stays inside
 * Tuesday: a day query should find it without `overlap`.
 */
const PART_OF_DAY: Record<string, readonly [number, number]> = {
  MO: [5, 12], // morning
  MI: [11, 14], // mid-day
  AF: [12, 18], // afternoon
  EV: [17, 21], // evening
  NI: [21, 24], // night
  DT: [6, 18], // daytime
};

/** Northern meteorological seasons as [first month, month after the last]; winter YYYY starts in December YYYY. */
const SEASON: Record<string, readonly [number, number]> = {
  SP: [3, 6],
  SU: [6, 9],
  FA: [9, 12],
  WI: [12, 15],
};

const DAY_MS = 24 * HOUR;

/** Milliseconds of a floating date; months may run past 12 (month 13 is January of the next year). */
function at(year: number, month: number, day = 1, hour = 0, minute = 0, second = 0): number {
  const first = addMonths(year, 1, month - 1);
  return (toDays({ y: first.y, m: first.m, d: 1 }) + day - 1) * DAY_MS + hour * HOUR + minute * MINUTE + second * 1000;
}

function isDay(y: number, m: number, d: number): boolean {
  return isValidYmd({ y, m, d });
}

/** Monday of ISO week 1: the week that holds January 4. */
function isoWeekOneMonday(year: number): number {
  const jan4 = { y: year, m: 1, d: 4 };
  return (toDays(jan4) - (isoWeekday(jan4) - 1)) * DAY_MS;
}

function isoWeeksInYear(year: number): number {
  return isoWeek({ y: year, m: 12, d: 28 }).week;
}

const YEAR = /^(\d{4})$/;
const DECADE = /^(\d{3})X?$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const WEEK = /^(\d{4})-W(\d{2})(-WE)?$/;
const QUARTER = /^(\d{4})-Q([1-4])$/;
const HALF = /^(\d{4})-H([12])$/;
const SEASON_VALUE = /^(\d{4})-(SP|SU|FA|WI)$/;
const PART = /^(\d{4})-(\d{2})-(\d{2})T(MO|MI|AF|EV|NI|DT)$/;
const CLOCK = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?$/;

/**
 * The interval an absolute TimeML TIMEX3 date value covers, or null for anything else (durations such as `P3D`,
 * references such as `PRESENT_REF`, partial values such as `XXXX-12-02`, malformed or impossible dates).
 *
 * Handles `YYYY`, decades `YYY`/`YYYX`, `YYYY-MM`, `YYYY-MM-DD`, ISO weeks `YYYY-Www` and weekends `YYYY-Www-WE`,
 * quarters `YYYY-Qn`, halves `YYYY-Hn`, seasons `YYYY-SP|SU|FA|WI`, parts of day `YYYY-MM-DDTMO|MI|AF|EV|NI|DT` and clock times
 * `YYYY-MM-DDTHH:MM[:SS]`. Fiscal years (`FY2011`) have no interval: where a fiscal year starts depends on the body.
 *
 * @example
 * const day = timemlInterval('2025-12-02');
 * day?.granularity; // 'day'
 * day && day.end - day.start; // 86_400_000
 * timemlInterval('PRESENT_REF'); // null
 */
export function timemlInterval(value: string): DateInterval | null {
  let m: RegExpExecArray | null;
  if ((m = YEAR.exec(value))) {
    const year = Number(m[1]);
    return { start: at(year, 1), end: at(year + 1, 1), granularity: 'year' };
  }
  if ((m = DECADE.exec(value))) {
    const year = Number(m[1]) * 10;
    return { start: at(year, 1), end: at(year + 10, 1), granularity: 'decade' };
  }
  if ((m = MONTH.exec(value))) {
    const year = Number(m[1]);
    const month = Number(m[2]);
    if (month < 1 || month > 12) return null;
    return { start: at(year, month), end: at(year, month + 1), granularity: 'month' };
  }
  if ((m = DAY.exec(value))) {
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (!isDay(year, month, day)) return null;
    return { start: at(year, month, day), end: at(year, month, day + 1), granularity: 'day' };
  }
  if ((m = WEEK.exec(value))) {
    const year = Number(m[1]);
    const week = Number(m[2]);
    if (week < 1 || week > isoWeeksInYear(year)) return null;
    const monday = isoWeekOneMonday(year) + (week - 1) * 7 * DAY_MS;
    if (m[3]) return { start: monday + 5 * DAY_MS, end: monday + 7 * DAY_MS, granularity: 'week' };
    return { start: monday, end: monday + 7 * DAY_MS, granularity: 'week' };
  }
  if ((m = QUARTER.exec(value))) {
    const year = Number(m[1]);
    const first = (Number(m[2]) - 1) * 3 + 1;
    return { start: at(year, first), end: at(year, first + 3), granularity: 'quarter' };
  }
  if ((m = HALF.exec(value))) {
    // halves share the quarter level of granularity, as the time stage gives them (extract/time/resolve.ts)
    const year = Number(m[1]);
    const first = m[2] === '1' ? 1 : 7;
    return { start: at(year, first), end: at(year, first + 6), granularity: 'quarter' };
  }
  if ((m = SEASON_VALUE.exec(value))) {
    const year = Number(m[1]);
    const [from, to] = SEASON[m[2] as string] as readonly [number, number];
    return { start: at(year, from), end: at(year, to), granularity: 'season' };
  }
  if ((m = PART.exec(value))) {
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (!isDay(year, month, day)) return null;
    const [from, to] = PART_OF_DAY[m[4] as string] as readonly [number, number];
    return { start: at(year, month, day, from), end: at(year, month, day, to), granularity: 'part-of-day' };
  }
  if ((m = CLOCK.exec(value))) {
    const [year, month, day, hour, minute] = [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5])];
    const second = m[6] === undefined ? undefined : Number(m[6]);
    if (!isDay(year, month, day) || hour > 23 || minute > 59 || (second !== undefined && second > 59)) return null;
    const start = at(year, month, day, hour, minute, second ?? 0);
    return { start, end: start + (second === undefined ? MINUTE : 1000), granularity: 'minute' };
  }
  return null;
}
