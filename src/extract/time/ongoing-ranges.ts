import { daysInMonth, toDays } from './calendar.js';
import type { Reference } from './resolve.js';
import type { Tense } from './spec.js';

/** A month or month-day with no year of its own: one end of a range ("July 15", "mid-July"). */
export interface RangeEnd {
  m: number;
  d?: number;
}

/**
 * "The consultation runs from July 15 to Sept. 30" (August 5), "The tax filing season runs from January 29 to April
 * 15" (February 5), "The sale runs from Dec. 26 to Jan. 5" (December 20): a range of months or days whose latest
 * start not after the report ends on or after it holds the report, and a clause that is not past speaks of that
 * range, the one going on, not of the next one (round 23; the present schedule verb had sent both ends a year ahead,
 * and the second end followed the first). Id: `times/ongoing-range`; source: invented retail seasons, consultations
 * and tax calendars. A past clause keeps its own reading ("sales from July 15 to Sept. 30 rose" is last year's).
 * Returns the years of the two ends, or null when the range does not hold the report.
 */
export function ongoingRangeYears(first: RangeEnd, second: RangeEnd, ref: Reference | null, tense: Tense): { first: number; second: number } | null {
  if (!ref || ref.y === null || tense === 'past') return null;
  const refDay = { y: ref.y, m: ref.m, d: ref.d };
  const startsAfterReport = first.m * 100 + (first.d ?? 1) > ref.m * 100 + ref.d;
  const y1 = startsAfterReport ? ref.y - 1 : ref.y;
  const wraps = second.m * 100 + (second.d ?? 31) < first.m * 100 + (first.d ?? 1);
  const y2 = wraps ? y1 + 1 : y1;
  const endDay = { y: y2, m: second.m, d: second.d ?? daysInMonth(y2, second.m) };
  return toDays(endDay) >= toDays(refDay) ? { first: y1, second: y2 } : null;
}
