// Clock times: "6am", "6 a.m.", "18:00 UTC", "6:30 p.m.", "noon", "1800 GMT".
import { MONTHS, WEEKDAYS } from './lexicon.js';
import { parseNumber } from './numbers.js';
import { freeNumber, match, tok, w, attached, type Rule, type TokenSeq } from './token-seq.js';

function meridiemAt(s: TokenSeq, i: number): { pm: boolean; end: number } | null {
  const l = w(s, i);
  if (l === 'am' || l === 'a.m.' || l === 'a.m') return { pm: false, end: i + 1 };
  if (l === 'pm' || l === 'p.m.' || l === 'p.m') return { pm: true, end: i + 1 };
  return null;
}

function zoneAt(s: TokenSeq, i: number): { zone: string; end: number } {
  const t = tok(s, i);
  if (t && (t.text === 'UTC' || t.text === 'GMT' || t.text === 'Z')) {
    const offset = tok(s, i + 1);
    // "GMT+3", "UTC -05:00" carry an offset; "10:42 GMT - Police say" (a live-blog stamp) is set off by a dash, with
    // a space before the next word (round 20; was no zone)
    const hasOffset = offset && (offset.text === '+' || offset.text === '-' || offset.text === '−') && tok(s, i + 2)?.kind === 'num' && attached(s, i + 2);
    return { zone: hasOffset ? '' : 'Z', end: i + 1 };
  }
  if (w(s, i) === 'local' && w(s, i + 1) === 'time') return { zone: '', end: i + 2 };
  // "3 p.m. EST", "9:30 a.m. Eastern time", "0600 CET": the zone is part of the expression; its value keeps the
  // local clock without an offset, as TimeBank-style annotation and HeidelTime write it (round 11)
  if (t && NAMED_ZONES.has(t.text)) return { zone: '', end: i + 1 };
  if (t && ZONE_REGIONS.has(t.text) && w(s, i + 1) === 'time') return { zone: '', end: i + 2 };
  return spelledZoneAt(s, i) ?? { zone: '', end: i };
}

/** Names of Greenwich time spelled out, whose clock is in UTC ("1400 Greenwich Mean Time"). */
const UNIVERSAL_ZONE_NAMES: readonly (readonly string[])[] = [['greenwich', 'mean', 'time'], ['coordinated', 'universal', 'time'], ['universal', 'time']];
/** Words between a US zone's region and "Time" ("Eastern Standard Time", "Pacific Daylight Time"). */
const ZONE_SEASONS: ReadonlySet<string> = new Set(['standard', 'daylight']);
/** Words of a place naming the time kept there, at most this many ("New York time", "Abu Dhabi time"). */
const PLACE_ZONE_WORDS = 2;

/**
 * A zone spelled out after a clock time: "1400 Greenwich Mean Time" is UTC (Z, as "1400 GMT"), "5 p.m. Eastern Standard
 * Time" and "10 a.m. Moscow time" keep the local clock without an offset, as "local time" does. Round 25 (were the
 * clock alone, "1700 Coordinated Universal Time" no time); id `times/spelled-zone`. Weekdays and months are no places
 * ("at noon Friday time" is not written).
 */
function spelledZoneAt(s: TokenSeq, i: number): { zone: string; end: number } | null {
  if (!tok(s, i)?.cap) return null;
  const universal = UNIVERSAL_ZONE_NAMES.find((words) => words.every((word, k) => w(s, i + k) === word));
  if (universal) return { zone: 'Z', end: i + universal.length };
  if (ZONE_REGIONS.has(tok(s, i)!.text) && ZONE_SEASONS.has(w(s, i + 1)) && w(s, i + 2) === 'time') return { zone: '', end: i + 3 };
  for (let k = i; k < i + PLACE_ZONE_WORDS; k++) {
    const t = tok(s, k);
    if (!t || t.kind !== 'word' || !t.cap || WEEKDAYS.has(t.lower) || MONTHS.has(t.lower)) return null;
    if (tok(s, k + 1)?.text === 'time') return { zone: '', end: k + 2 };
  }
  return null;
}

/** Abbreviations of time zones written after a clock time in US and European wire copy (ISO/IANA abbreviations). */
const NAMED_ZONES: ReadonlySet<string> = new Set([
  'EST', 'EDT', 'CST', 'CDT', 'MST', 'MDT', 'PST', 'PDT', 'AKST', 'AKDT', 'HST', 'ET', 'CT', 'PT', 'BST', 'CET', 'CEST', 'EET', 'EEST', 'WET', 'JST', 'IST',
]);

/** Regions naming a US time zone before "time" ("9:30 a.m. Eastern time"). */
const ZONE_REGIONS: ReadonlySet<string> = new Set(['Eastern', 'Central', 'Mountain', 'Pacific']);

/** Prepositions before a bare hour that make it a clock time ("at 8 in the morning", "by 10 at night"). */
const CLOCK_PREPOSITIONS: ReadonlySet<string> = new Set(['at', 'by', 'until', 'till', 'before', 'after', 'around', 'about', 'from', 'to', 'since']);

/**
 * "in the morning", "in the afternoon", "in the evening", "at night" after an hour: the half of the day, as a.m. and
 * p.m. say it ("2:30 in the afternoon" = 14:30, "9 o'clock at night" = 21:00; "3 at night" stays 03:00).
 */
function dayPartAfter(s: TokenSeq, i: number, h: number): { pm: boolean; end: number } | null {
  if (w(s, i) === 'in' && w(s, i + 1) === 'the') {
    const part = w(s, i + 2);
    if (part === 'morning') return { pm: false, end: i + 3 };
    if (part === 'afternoon' || part === 'evening') return { pm: true, end: i + 3 };
  }
  if (w(s, i) === 'at' && w(s, i + 1) === 'night') return { pm: h >= 6 && h !== 12, end: i + 2 };
  return null;
}

/** An hour of 1-12 told with a.m. or p.m. (or a part of the day) as an hour of 0-23: 12 a.m. = 0, 12 p.m. = 12. */
function fromTwelveHour(h: number, pm: boolean): number {
  return pm ? (h === 12 ? 12 : h + 12) : h === 12 ? 0 : h;
}

/** "6am", "6 a.m.", "18:00 UTC", "6:30 p.m.", "noon", "midnight", "1800 GMT". */
export const clock: Rule = (s, i) => {
  const t = tok(s, i);
  if (!t) return null;
  if (t.lower === 'noon' || t.lower === 'midday' || t.lower === 'midnight') {
    if (w(s, i + 1) === '-' && attached(s, i + 1)) return null;
    const h = t.lower === 'midnight' ? 24 : 12;
    // "midnight EST Tuesday", "noon GMT": the zone is part of the expression (round 11)
    const zone = zoneAt(s, i + 1);
    return match(i, zone.end, { t: 'clock', h, min: 0, zone: zone.zone }, 'clock');
  }
  if (t.kind !== 'num' || !freeNumber(s, i)) return null;
  let h = Number(t.text);
  let min = 0;
  let end = i + 1;
  let explicit = false;
  const next = tok(s, end + 1);
  if (t.text.length <= 2 && (w(s, end) === ':' || w(s, end) === '.') && attached(s, end) && next?.kind === 'num' && attached(s, end + 1) && next.text.length === 2) {
    const dot = w(s, end) === '.';
    const mer = meridiemAt(s, end + 2);
    // "10.30" is a clock time only with a meridiem or a zone after it ("10.30 local time", "07.30 UTC")
    const zoned = zoneAt(s, end + 2).end > end + 2;
    if (!dot || mer || zoned) {
      min = Number(next.text);
      end += 2;
      explicit = true;
    }
  } else if (t.text.length === 4) {
    // "0300 GMT", "0600 local time", "1900 EST": four digits are a clock only with a zone after them
    const zone = zoneAt(s, end);
    if (zone.end === end) return null;
    h = Math.floor(h / 100);
    min = Number(t.text) % 100;
    explicit = true;
  }
  const mer = meridiemAt(s, end);
  if (mer) {
    if (h < 1 || h > 12) return null;
    h = fromTwelveHour(h, mer.pm);
    end = mer.end;
  } else {
    const oclock = w(s, end) === "o'clock";
    if (oclock) end += 1;
    const part = h >= 1 && h <= 12 ? dayPartAfter(s, end, h) : null;
    // a bare hour needs "o'clock", a part of the day after it and a clock preposition before it ("at 8 in the morning")
    if (!oclock && !explicit && !(part && CLOCK_PREPOSITIONS.has(w(s, i - 1)))) return null;
    if (part) {
      h = fromTwelveHour(h, part.pm);
      end = part.end;
    }
  }
  if (h > 24 || min > 59) return null;
  const zone = zoneAt(s, end);
  return match(i, zone.end, { t: 'clock', h, min, zone: zone.zone }, 'clock');
};

/** Words between a count of minutes and the clock time it is counted from ("one minute past midnight"). */
const MINUTE_LINKS: ReadonlyMap<string, number> = new Map([['past', 1], ['after', 1], ['to', -1], ['before', -1]]);

/**
 * "at one minute past midnight on Saturday", "five minutes to midnight", "20 minutes after noon": a count of minutes
 * before "past"/"after"/"to"/"before" and a clock time is one clock time (was a duration and midnight; the
 * ceasefire copy of wire reports names its start so). Midnight counted forward is the start of the day (00:01), back
 * the end of the day before (23:55). Id: `times/minutes-past-clock` (round 19).
 */
export const minutesPastClock: Rule = (s, i) => {
  const count = parseNumber(s, i);
  if (!count || count.n < 1 || count.n > 59 || !/^minutes?$/.test(w(s, count.end))) return null;
  const sign = MINUTE_LINKS.get(w(s, count.end + 1));
  const base = sign ? clock(s, count.end + 2) : null;
  if (!sign || !base || base.spec.t !== 'clock') return null;
  const from = (base.spec.h === 24 && sign > 0 ? 0 : base.spec.h) * 60 + base.spec.min;
  const at = from + sign * count.n;
  if (at < 0 || at >= 24 * 60) return null;
  return match(i, base.end, { t: 'clock', h: Math.floor(at / 60), min: at % 60, zone: base.spec.zone }, 'clock');
};
