/**
 * Proleptic Gregorian calendar arithmetic on plain `{y, m, d}` records. No `Date` objects, so nothing
 * here depends on the machine's clock or time zone; day counts follow Howard Hinnant's
 * `days_from_civil` / `civil_from_days` algorithms (http://howardhinnant.github.io/date_algorithms.html).
 */

/** A calendar day; `m` is 1-12, `d` is 1-31. */
export interface Ymd {
  y: number;
  m: number;
  d: number;
}

/** @example isLeapYear(2024) // true */
export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** @example daysInMonth(2024, 2) // 29 */
export function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** @example isValidYmd({ y: 2025, m: 2, d: 29 }) // false */
export function isValidYmd(date: Ymd): boolean {
  return (
    Number.isInteger(date.y) && date.m >= 1 && date.m <= 12 && date.d >= 1 && date.d <= daysInMonth(date.y, date.m)
  );
}

/** Days since 1970-01-01. @example toDays({ y: 1970, m: 1, d: 2 }) // 1 */
export function toDays({ y, m, d }: Ymd): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Inverse of `toDays`. @example fromDays(0) // { y: 1970, m: 1, d: 1 } */
export function fromDays(days: number): Ymd {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

/** @example addDays({ y: 2024, m: 2, d: 28 }, 1) // { y: 2024, m: 2, d: 29 } */
export function addDays(date: Ymd, n: number): Ymd {
  return fromDays(toDays(date) + n);
}

/** Adds whole months to a (year, month) pair. @example addMonths(2025, 12, 1) // { y: 2026, m: 1 } */
export function addMonths(y: number, m: number, n: number): { y: number; m: number } {
  const index = y * 12 + (m - 1) + n;
  return { y: Math.floor(index / 12), m: (((index % 12) + 12) % 12) + 1 };
}

/** ISO weekday, Monday = 1 ... Sunday = 7. @example isoWeekday({ y: 2025, m: 12, d: 2 }) // 2 */
export function isoWeekday(date: Ymd): number {
  return ((((toDays(date) + 3) % 7) + 7) % 7) + 1;
}

/** ISO 8601 week and its week-numbering year. @example isoWeek({ y: 2025, m: 12, d: 3 }) // { year: 2025, week: 49 } */
export function isoWeek(date: Ymd): { year: number; week: number } {
  const thursday = addDays(date, 4 - isoWeekday(date));
  const firstOfYear = toDays({ y: thursday.y, m: 1, d: 1 });
  return { year: thursday.y, week: Math.floor((toDays(thursday) - firstOfYear) / 7) + 1 };
}

export function pad(n: number, width = 2): string {
  const s = String(Math.abs(n)).padStart(width, '0');
  return n < 0 ? `-${s}` : s;
}

/** TimeML day value. @example formatDay({ y: 2025, m: 12, d: 2 }) // "2025-12-02" */
export function formatDay(date: Ymd): string {
  return `${pad(date.y, 4)}-${pad(date.m)}-${pad(date.d)}`;
}

/** TimeML week value. @example formatWeek({ y: 2025, m: 12, d: 3 }) // "2025-W49" */
export function formatWeek(date: Ymd): string {
  const { year, week } = isoWeek(date);
  return `${pad(year, 4)}-W${pad(week)}`;
}

/** Parses a strict `YYYY-MM-DD` day. @example parseDay('2025-02-29') // null */
export function parseDay(text: string): Ymd | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return null;
  const date = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  return isValidYmd(date) ? date : null;
}

/** Calendar periods a business or news text counts in, coarsest last. */
export type PeriodGranularity = 'day' | 'week' | 'month' | 'season' | 'quarter' | 'half' | 'year';

/** TimeML season codes by the month a (northern, meteorological) season starts in. */
const SEASON_BY_START: Readonly<Record<number, string>> = { 3: 'SP', 6: 'SU', 9: 'FA', 12: 'WI' };

/**
 * The first day of the period of granularity `gran` that holds `day`. Winter belongs to the year it starts in
 * (December), as TimeML's `YYYY-WI` does.
 *
 * @example periodStart({ y: 2025, m: 8, d: 14 }, 'quarter') // { y: 2025, m: 7, d: 1 }
 */
export function periodStart(day: Ymd, gran: PeriodGranularity): Ymd {
  switch (gran) {
    case 'day': return day;
    case 'week': return addDays(day, 1 - isoWeekday(day));
    case 'month': return { y: day.y, m: day.m, d: 1 };
    case 'quarter': return { y: day.y, m: Math.floor((day.m - 1) / 3) * 3 + 1, d: 1 };
    case 'half': return { y: day.y, m: day.m <= 6 ? 1 : 7, d: 1 };
    case 'season': {
      const back = (day.m - 3 + 12) % 3; // months since the season began
      const start = addMonths(day.y, day.m, -back);
      return { y: start.y, m: start.m, d: 1 };
    }
    case 'year': return { y: day.y, m: 1, d: 1 };
  }
}

/**
 * Moves a period by `n` of its own units and `years` whole years ("the prior quarter", "the same week last year").
 *
 * @example shiftPeriod({ y: 2025, m: 7, d: 1 }, 'quarter', -1, 0) // { y: 2025, m: 4, d: 1 }
 * @example shiftPeriod({ y: 2025, m: 12, d: 1 }, 'week', 0, -1) // the Monday of week 49 of 2024
 */
export function shiftPeriod(start: Ymd, gran: PeriodGranularity, n: number, years: number): Ymd {
  switch (gran) {
    case 'day': return shiftYears(addDays(start, n), years);
    case 'week': {
      const moved = addDays(start, 7 * n);
      if (years === 0) return moved;
      // the same ISO week number in another year (week 53 falls back to 52)
      const { year, week } = isoWeek(moved);
      return isoWeekMonday(year + years, Math.min(week, isoWeeksInYear(year + years)));
    }
    case 'month': case 'quarter': case 'half': case 'season': case 'year': {
      const months = { month: 1, quarter: 3, half: 6, season: 3, year: 12 }[gran];
      const { y, m } = addMonths(start.y, start.m, months * n + 12 * years);
      return { y, m, d: 1 };
    }
  }
}

function shiftYears(day: Ymd, years: number): Ymd {
  if (years === 0) return day;
  const y = day.y + years;
  return { y, m: day.m, d: Math.min(day.d, daysInMonth(y, day.m)) };
}

/** Monday of ISO week `week` of ISO year `year`. @example isoWeekMonday(2026, 1) // { y: 2025, m: 12, d: 29 } */
export function isoWeekMonday(year: number, week: number): Ymd {
  const jan4 = { y: year, m: 1, d: 4 };
  return addDays(jan4, 1 - isoWeekday(jan4) + 7 * (week - 1));
}

/** 52 or 53. @example isoWeeksInYear(2020) // 53 */
export function isoWeeksInYear(year: number): number {
  return isoWeek({ y: year, m: 12, d: 28 }).week;
}

/**
 * The TimeML value of the period of granularity `gran` that starts on `start`: `2025-12-02`, `2025-W49`,
 * `2025-12`, `2025-FA`, `2025-Q3`, `2025-H2`, `2025`.
 *
 * @example formatPeriod({ y: 2025, m: 7, d: 1 }, 'quarter') // "2025-Q3"
 */
export function formatPeriod(start: Ymd, gran: PeriodGranularity): string {
  switch (gran) {
    case 'day': return formatDay(start);
    case 'week': return formatWeek(start);
    case 'month': return `${pad(start.y, 4)}-${pad(start.m)}`;
    case 'season': return `${pad(start.y, 4)}-${SEASON_BY_START[start.m] ?? 'XX'}`;
    case 'quarter': return `${pad(start.y, 4)}-Q${Math.floor((start.m - 1) / 3) + 1}`;
    case 'half': return `${pad(start.y, 4)}-H${start.m <= 6 ? 1 : 2}`;
    case 'year': return pad(start.y, 4);
  }
}

/**
 * The `n`th ISO weekday `wd` of a month (n = -1: the last one), for holidays such as "the fourth Thursday of
 * November". @example nthWeekdayOfMonth(2025, 11, 4, 4) // { y: 2025, m: 11, d: 27 }
 */
export function nthWeekdayOfMonth(y: number, m: number, wd: number, n: number): Ymd {
  if (n < 0) {
    const last = { y, m, d: daysInMonth(y, m) };
    return addDays(last, -((isoWeekday(last) - wd + 7) % 7));
  }
  const first = { y, m, d: 1 };
  return addDays(first, ((wd - isoWeekday(first) + 7) % 7) + 7 * (n - 1));
}

/**
 * Easter Sunday of the Gregorian calendar (the anonymous Gregorian computus, "Meeus/Jones/Butcher").
 * @example easterSunday(2025) // { y: 2025, m: 4, d: 20 }
 */
export function easterSunday(y: number): Ymd {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { y, m: month, d: day };
}

/**
 * The calendar value an event or a claim is dated by: a time of day ("Monday night" = `2016-10-10TNI`,
 * "at 3 pm" = `2016-10-10T15:00`) dates a happening by its day, as event and claim dates are annotated; any other
 * value is returned as it is.
 */
export function dayOfTime(value: string): string {
  return /^\d{4}-\d{2}-\d{2}T/.test(value) ? value.slice(0, 10) : value;
}
