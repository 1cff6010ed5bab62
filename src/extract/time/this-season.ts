import type { Tense } from './spec.js';
import type { Ymd } from './calendar.js';

/**
 * The year of "this winter", "this spring" when no such season holds the report: a past clause speaks of the one
 * just ended ("Heating bills this winter were the highest on record", told in March or in May, is the winter begun the
 * December before), a future clause of the next ("Gas storage will be refilled before this winter", told in March);
 * otherwise the season ended in the month before the report ("Snowfall this winter has been below average", told in
 * March), else the one of the report's year, as before. Round 23 (round 22 read only January and February: "this
 * winter" in March was next December's whatever the tense). Id: `times/this-season-outside`. A season holding the
 * report is read by `yearForPeriod` ('this'). `startMonth` is the season's first month; seasons last three months.
 */
export function thisSeasonYear(ref: Ymd, startMonth: number, tense: Tense): number {
  const refIndex = ref.y * 12 + ref.m - 1;
  const startOf = (y: number): number => y * 12 + startMonth - 1;
  const holding = [ref.y - 1, ref.y].find((y) => startOf(y) <= refIndex && startOf(y) + 2 >= refIndex);
  if (holding !== undefined) return holding;
  const ended = startOf(ref.y) + 2 < refIndex ? ref.y : ref.y - 1;
  const next = startOf(ref.y) > refIndex ? ref.y : ref.y + 1;
  if (tense === 'past') return ended;
  if (tense === 'future') return next;
  return refIndex - (startOf(ended) + 2) === 1 ? ended : ref.y;
}
