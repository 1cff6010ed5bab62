// A clock time and its conversion to another zone ("at 8 p.m. (0100 GMT Wednesday)") name one moment, so the day of
// one follows from the day of the other and the two hours.

/** Offsets of civil time zones from UTC lie between -12 and +14 hours (the IANA tz database's range). */
const MOST_BEHIND = -12 * 60;
const MOST_AHEAD = 14 * 60;
const DAY_MINUTES = 24 * 60;

/**
 * The days to add to the day of the clock at `otherMinutes` (minutes since its midnight) to get the day of the same
 * moment told at `localMinutes` in another zone: 8 p.m. local and 0100 GMT Wednesday is Tuesday (-1), 9 a.m. in Tokyo
 * and 0000 GMT Monday is Monday (0), 1 a.m. in Sydney and 1400 GMT Monday is Tuesday (+1). Id:
 * `times/zone-conversion-day` (round 19).
 * @example zoneDayShift(20 * 60, 60) // -1
 */
export function zoneDayShift(localMinutes: number, otherMinutes: number): number {
  let offset = localMinutes - otherMinutes;
  if (offset > MOST_AHEAD) offset -= DAY_MINUTES;
  if (offset < MOST_BEHIND) offset += DAY_MINUTES;
  return Math.floor((otherMinutes + offset) / DAY_MINUTES);
}
