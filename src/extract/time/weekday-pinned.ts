import { isValidYmd, isoWeekday } from './calendar.js';

/**
 * "The deadline for filing 2023 returns is Monday, April 15" (March 2024), "The vote took place on Tuesday, Jan. 10"
 * (March 2024): a weekday written beside a month and day with no year pins the year, since the pair recurs only
 * every few years. When the year a rule chose gives another weekday and the year before or after gives the one
 * written, that year is meant (round 23; the first was 2023-04-15, a Saturday, from the "2023" before a noun, the
 * second 2024-01-10, a Wednesday). Id: `times/weekday-pinned-year`; source: invented tax-calendar and court copy.
 * Returns the year to use: `y` when it fits, no weekday is written or neither neighbour fits. A year the sentence
 * wrote before a noun ("2023 returns") that the weekday contradicts gives way to the report's (`weekdayFits`).
 */
export function weekdayPinnedYear(m: number, d: number | undefined, weekday: number | undefined, y: number): number {
  if (weekday === undefined || d === undefined || fits(y, m, d, weekday)) return y;
  if (fits(y - 1, m, d, weekday)) return y - 1;
  return fits(y + 1, m, d, weekday) ? y + 1 : y;
}

/** Whether month `m`, day `d` of year `y` agrees with the weekday written beside it, if any. */
export function weekdayFits(m: number, d: number | undefined, weekday: number | undefined, y: number): boolean {
  return weekday === undefined || d === undefined || fits(y, m, d, weekday);
}

/** Whether month `m`, day `d` of year `y` is a real day falling on ISO weekday `weekday`. */
function fits(y: number, m: number, d: number, weekday: number): boolean {
  return isValidYmd({ y, m, d }) && isoWeekday({ y, m, d }) === weekday;
}
