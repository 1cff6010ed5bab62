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
