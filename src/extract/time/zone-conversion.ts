// A clock time and its conversion to another zone ("at 8 p.m. (0100 GMT Wednesday)") name one moment, so the day of
// one follows from the day of the other and the two hours.
import type { Token } from './tokens.js';

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

/** Zones a converted clock is written in, and meridiems ending one ("(0100 GMT Wednesday)", "(1 a.m. EST Friday)"). */
const CONVERSION_ZONE_TAILS: ReadonlySet<string> = new Set([
  'gmt', 'utc', 'est', 'edt', 'cst', 'cdt', 'mst', 'mdt', 'pst', 'pdt', 'et', 'bst', 'cet', 'cest', 'a.m.', 'p.m.',
]);
/** Tokens a converted clock takes at most between "(" and its zone: "1", "01 : 00", "1 : 30 a.m.". */
const CONVERSION_CLOCK_REACH = 5;

/**
 * The weekday starting at token `start` is written inside the conversion of a clock time to another zone ("at 8 p.m.
 * (0100 GMT Wednesday)", "at 9 a.m. (2300 GMT on Wednesday)"). Such a day may lie one day against the clause's tense,
 * since the conversion can cross midnight. Id: `times/converted-weekday` (round 25).
 * @example convertedWeekdayAt(tokenize('closed at 8 p.m. (0100 GMT Wednesday)', 0), 7) // true
 */
export function convertedWeekdayAt(tokens: readonly Token[], start: number): boolean {
  let k = tokens[start - 1]?.lower === 'on' ? start - 2 : start - 1;
  if (!CONVERSION_ZONE_TAILS.has(tokens[k]?.lower ?? '')) return false;
  if (tokens[k - 1] && CONVERSION_ZONE_TAILS.has(tokens[k - 1]!.lower)) k -= 1; // "1 a.m. EST"
  for (let j = k - 1, seen = false; j >= Math.max(0, k - CONVERSION_CLOCK_REACH); j--) {
    const t = tokens[j]!;
    if (t.text === '(') return seen;
    if (t.kind === 'num') seen = true;
    else if (t.text !== ':' && t.text !== '.') return false;
  }
  return false;
}
