import type { Granularity, TimeKind } from '../../schema/time.js';
import {
  addDays,
  addMonths,
  daysInMonth,
  easterSunday,
  formatDay,
  formatPeriod,
  formatWeek,
  isValidYmd,
  isoWeekday,
  nthWeekdayOfMonth,
  pad,
  periodStart,
  shiftPeriod,
  toDays,
  type PeriodGranularity,
  type Ymd,
} from './calendar.js';
import { SEASON_START, type MovableFeast, type Unit } from './lexicon.js';
import { calendarFeastDays, orthodoxEasterSunday, type CalendarDay } from './other-calendars.js';
import type { PartOfDay, Tense, TimeSpec } from './spec.js';
import { thisSeasonYear } from './this-season.js';
import { weekdayFits, weekdayPinnedYear } from './weekday-pinned.js';

/**
 * The reference date ("document creation time"). `y` is null when the text pins the month and day but not
 * the year ("Yesterday, on December 2" without a year anywhere): day arithmetic still works, years print as XXXX.
 */
export interface Reference {
  y: number | null;
  m: number;
  d: number;
}

/** A resolved date or period that later expressions may be anchored to ("two days later", "the prior quarter"). */
export interface AnchorPoint {
  key: number;
  /** A day of the period (its first day for months, seasons, quarters, halves and years). */
  day: Ymd;
  gran: PeriodGranularity;
}

export interface ResolveContext {
  ref: Reference | null;
  tense: Tense;
  /** The latest resolved date before this expression in the text. */
  previous: AnchorPoint | null;
  /** The latest date earlier in the same sentence: gives a clock time its day, anchors an apposition. */
  sentenceDate: AnchorPoint | null;
  /**
   * The period the text is discussing: the latest resolved week, month, season, quarter, half or year before this
   * expression ("the quarter", "the same period last year" and comparisons refer back to it).
   */
  period?: AnchorPoint | null;
  /**
   * The last quarter or half under discussion, when a year was told after it: "The company reaffirmed its forecast for
   * fiscal 2006. In the previous quarter, ..." steps back from the quarter reported, not from the report's (round 15).
   */
  part?: AnchorPoint | null;
  /** A year written out earlier in the same sentence ("In 2010, sales fell in March"): the year of a bare month. */
  sentenceYear?: { key: number; y: number } | null;
  /** The expression is the term of a comparison ("up 8% from a year earlier", "than twelve months ago"). */
  comparison?: boolean;
  /** A hyphenated quarter or half before a noun ("fourth-quarter results"): figures published after the period. */
  figures?: boolean;
  /** The sentence states a figure or a change in one ("it earned $4 million", "they fell"), outside its times. */
  quantified?: boolean;
  /**
   * The latest day-precise date of the last few sentences: what "the same day" or "that night" refers back to when
   * a coarser time came in between ("Jets struck on Wednesday. The worst since 1995. The same day, ...").
   */
  lastDay?: AnchorPoint | null;
  /** A decade told after `previous` ("in the late 1950s": "195"), which a later "the decade" refers to. */
  decadeTold?: { decade: number; key: number } | null;
}

export interface Resolved {
  value: string;
  kind: TimeKind;
  granularity: Granularity;
  /** 'publication', the key of an earlier expression, or null for absolute values. */
  anchor: 'publication' | number | null;
  /** Parts of the value are X because the reference date is unknown. */
  unresolved: boolean;
  point: AnchorPoint | null;
  /** The relative part of "Yesterday, on December 2" disagrees with the date: the reason why. */
  mismatch?: string;
}

/** Year used for day arithmetic when only the month and day of the reference are known (a leap year). */
const DUMMY_YEAR = 2000;

type YearMode = 'past' | 'future' | 'nearest' | 'strict-past' | 'strict-future' | 'this' | 'results';

function yearMode(dir: 'last' | 'next' | 'this' | 'bare', tense: Tense): YearMode {
  if (dir === 'last') return 'strict-past';
  if (dir === 'next') return 'strict-future';
  if (dir === 'this') return 'this';
  return tense === 'future' ? 'future' : tense === 'past' ? 'past' : 'nearest';
}

/**
 * The year of a month-day without one: in past-tense reporting the most recent one not after the reference,
 * in future-tense the next one, otherwise the nearest (so "arrives on November 11" written on November 5 is
 * this year's).
 */
function yearForMonthDay(ref: Ymd, m: number, d: number, mode: YearMode): number | null {
  const refDays = toDays(ref);
  let best: number | null = null;
  let bestScore = Infinity;
  for (let y = ref.y - 8; y <= ref.y + 8; y++) {
    if (!isValidYmd({ y, m, d })) continue;
    const score = dayScore(toDays({ y, m, d }) - refDays, y === ref.y, mode);
    if (score < bestScore) [best, bestScore] = [y, score];
  }
  return best;
}

/** How far a candidate day `diff` days from the reference lies from what `mode` asks; Infinity if it does not fit. */
function dayScore(diff: number, sameYear: boolean, mode: YearMode): number {
  switch (mode) {
    case 'past': return diff <= 0 ? -diff : Infinity;
    case 'strict-past': return diff < 0 ? -diff : Infinity;
    case 'future': return diff >= 0 ? diff : Infinity;
    case 'strict-future': return diff > 0 ? diff : Infinity;
    case 'this': return sameYear ? 0 : Infinity;
    default: return Math.abs(diff) + (diff > 0 ? 0.5 : 0); // ties go to the past
  }
}

function yearForMonth(ref: Ymd, m: number, mode: YearMode): number {
  switch (mode) {
    case 'past': return m <= ref.m ? ref.y : ref.y - 1;
    case 'strict-past': return m < ref.m ? ref.y : ref.y - 1;
    case 'future': return m >= ref.m ? ref.y : ref.y + 1;
    case 'strict-future': return m > ref.m ? ref.y : ref.y + 1;
    case 'this': return ref.y;
    default: {
      const back = (ref.m - m + 12) % 12;
      const forward = (m - ref.m + 12) % 12;
      return back <= forward ? yearForMonth(ref, m, 'past') : yearForMonth(ref, m, 'future');
    }
  }
}

/**
 * The year of a period that starts in month `startMonth` and lasts `length` months (a season, quarter or half)
 * when the text gives none.
 */
function yearForPeriod(ref: Ymd, startMonth: number, length: number, mode: YearMode): number {
  const refIndex = ref.y * 12 + ref.m - 1;
  const startOf = (y: number) => y * 12 + startMonth - 1;
  const endOf = (y: number) => startOf(y) + length - 1;
  const candidates = [ref.y - 2, ref.y - 1, ref.y, ref.y + 1, ref.y + 2];
  const pick = (ok: (y: number) => boolean, latest: boolean) => {
    const list = candidates.filter(ok);
    return (latest ? list[list.length - 1] : list[0]) ?? ref.y;
  };
  switch (mode) {
    // "Rainfall this winter has been low" in January: the winter that began last December, which holds the report
    // (round 22; was the winter to begin next December). Id: `times/this-winter`.
    case 'this': return pick((y) => startOf(y) <= refIndex && endOf(y) >= refIndex, true);
    case 'strict-past': return pick((y) => endOf(y) < refIndex, true);
    case 'strict-future': return pick((y) => startOf(y) > refIndex, false);
    case 'future': return pick((y) => endOf(y) >= refIndex, false);
    // the figures of a period come out in the month after it: "will report fourth-quarter results" in January
    // (quarterly and half-year results come out up to about six weeks after the period: two months at month precision)
    case 'results': return pick((y) => endOf(y) >= refIndex - 2, false);
    default: return pick((y) => startOf(y) <= refIndex, true);
  }
}

const fullRef = (ref: Reference | null): Ymd | null => (ref && ref.y !== null ? { y: ref.y, m: ref.m, d: ref.d } : null);

function podSuffix(pod: PartOfDay | undefined): string {
  return pod ? `T${pod}` : '';
}

function dayValue(day: Ymd, yearKnown: boolean, pod?: PartOfDay): string {
  const text = formatDay(day);
  return (yearKnown ? text : `XXXX${text.slice(4)}`) + podSuffix(pod);
}

const point = (key: number, day: Ymd, gran: AnchorPoint['gran']): AnchorPoint => ({ key, day, gran });

/**
 * Resolves a grammar spec to a TimeML value against the reference date and earlier expressions.
 * Returns null when the expression cannot stand ("that day" with nothing before it).
 *
 * @example resolveSpec({ t: 'relDay', offset: -1 }, 1, { ref: { y: 2025, m: 12, d: 3 }, tense: 'past', previous: null, sentenceDate: null })?.value // "2025-12-02"
 */
export function resolveSpec(spec: TimeSpec, key: number, ctx: ResolveContext): Resolved | null {
  // each kind of spec has its resolver; the table keeps this function a dispatch, and a new kind a type error here
  const resolve = RESOLVERS[spec.t] as (spec: TimeSpec, key: number, ctx: ResolveContext, ref: Ymd | null) => Resolved | null;
  return resolve(spec, key, ctx, fullRef(ctx.ref));
}

type SpecOf<T extends TimeSpec['t']> = Extract<TimeSpec, { t: T }>;

/** A resolved date or time; `kind` follows the value (a clock or part of day makes a time). */
function date(value: string, granularity: Granularity, anchor: Resolved['anchor'], p: AnchorPoint | null, unresolved = false): Resolved {
  return { value, kind: value.includes('T') && !value.startsWith('P') ? 'time' : 'date', granularity, anchor, unresolved, point: p };
}

const RESOLVERS: { [T in TimeSpec['t']]: (spec: SpecOf<T>, key: number, ctx: ResolveContext, ref: Ymd | null) => Resolved | null } = {
  fixed: resolveFixed,
  date: resolveDate,
  dayOfMonth: resolveDayOfMonth,
  relDay: resolveRelDay,
  weekday: resolveWeekday,
  relUnit: resolveRelUnit,
  season: resolveSeason,
  part: resolvePart,
  discussed: resolveDiscussed,
  fiscalClipped: resolveFiscalClipped,
  fiscalRel: resolveFiscalRel,
  overnight: resolveOvernight,
  ago: resolveAgo,
  anchored: resolveAnchored,
  clock: resolveClock,
};

/**
 * "on the 25th": the day of the month of the date or month the text named last; without one, of the reference
 * month, or the month before (past) or after (future) when the day has not come yet (or has passed).
 */
function resolveDayOfMonth(spec: SpecOf<'dayOfMonth'>, key: number, ctx: ResolveContext, ref: Ymd | null): Resolved | null {
  const prev = ctx.previous;
  let y: number;
  let m: number;
  let anchor: Resolved['anchor'];
  if (prev && (prev.gran === 'day' || prev.gran === 'month')) [y, m, anchor] = [prev.day.y, prev.day.m, prev.key];
  else if (ref) {
    const back = ctx.tense === 'past' || ctx.tense === 'unknown';
    const shift = back ? (spec.d > ref.d ? -1 : 0) : ctx.tense === 'future' ? (spec.d < ref.d ? 1 : 0) : 0;
    const month = ref.y * 12 + ref.m - 1 + shift;
    [y, m, anchor] = [Math.floor(month / 12), (month % 12) + 1, 'publication'];
  } else return null;
  if (spec.d > daysInMonth(y, m)) return null;
  const day = { y, m, d: spec.d };
  return date(dayValue(day, true), 'day', anchor, point(key, day, 'day'));
}

function resolveFixed(spec: SpecOf<'fixed'>, key: number, ctx: ResolveContext, ref: Ymd | null): Resolved | null {
  return { value: spec.value, kind: spec.kind, granularity: spec.gran, anchor: null, unresolved: false, point: null };
}

function resolveDate(spec: SpecOf<'date'>, key: number, ctx: ResolveContext, ref: Ymd | null): Resolved | null {
  if (spec.movable) return resolveMovable(spec.movable, spec, key, ctx, ref);
  if (spec.reportDay) return ref && spec.y !== undefined ? date(`${pad(spec.y, 4)}-${pad(ref.m)}-${pad(ref.d)}`, 'day', 'publication', point(key, { y: spec.y, m: ref.m, d: ref.d }, 'day')) : null;
  const gran: Granularity = spec.d !== undefined ? (spec.pod ? 'part-of-day' : 'day') : spec.m !== undefined ? 'month' : 'year';
  let y = spec.y;
  let anchor: Resolved['anchor'] = null;
  if (y === undefined && spec.yy !== undefined) {
    y = unclipYear(spec.yy, ref);
    anchor = ref ? 'publication' : null;
  } else if (y === undefined && spec.m !== undefined && spec.yAnaphoric && ctx.previous) {
    y = ctx.previous.day.y + monthStepYears(spec.m, spec.monthStep, ctx.previous);
    anchor = ctx.previous.key;
  } else if (spec.monthStep !== undefined) {
    return null; // "the following May" with no time told before it
  } else if (y === undefined && spec.m !== undefined && spec.yOffset !== undefined && ref) {
    y = ref.y + spec.yOffset;
    anchor = 'publication';
  } else if (y === undefined && spec.m !== undefined && spec.dir === 'bare' && ctx.sentenceYear && weekdayFits(spec.m, spec.d, spec.weekday, ctx.sentenceYear.y)) {
    y = ctx.sentenceYear.y;
    anchor = ctx.sentenceYear.key;
  } else if (y === undefined && spec.m !== undefined) {
    if (!ref) {
      const md = spec.d !== undefined ? `-${pad(spec.m)}-${pad(spec.d)}` : `-${pad(spec.m)}`;
      return date(`XXXX${md}${podSuffix(spec.pod)}`, gran, null, null, true);
    }
    // a quarter reported in the past tense has ended: "the December quarter" told in December is last year's
    const plain = yearMode(spec.dir, ctx.tense);
    const mode = plain === 'past' && spec.periodOf && spec.d === undefined ? 'strict-past' : plain;
    y = spec.d !== undefined ? weekdayPinnedYear(spec.m, spec.d, spec.weekday, yearForMonthDay(ref, spec.m, spec.d, mode) ?? ref.y) : yearForMonth(ref, spec.m, mode);
    anchor = 'publication';
  }
  if (y === undefined) return null;
  if (spec.m === undefined) return date(pad(y, 4), 'year', anchor, point(key, { y, m: 1, d: 1 }, 'year'));
  if (spec.weekOfMonth !== undefined) {
    const thursday = nthWeekdayOfMonth(y, spec.m, 4, spec.weekOfMonth);
    return date(formatWeek(thursday), 'week', anchor, point(key, thursday, 'week'));
  }
  if (spec.d === undefined && (spec.periodOf === 'quarter' || spec.periodOf === 'half')) {
    // "the September quarter": the quarter that closes with that month
    const start = closedPeriodStart({ y, m: spec.m, d: daysInMonth(y, spec.m) }, spec.periodOf);
    return date(formatPeriod(start, spec.periodOf), valueGranularity(spec.periodOf), anchor, point(key, start, spec.periodOf));
  }
  if (spec.periodOf === 'year') return yearPeriod(spec, y, key, anchor);
  if (spec.d === undefined) return date(`${pad(y, 4)}-${pad(spec.m)}`, 'month', anchor, point(key, { y, m: spec.m, d: 1 }, 'month'));
  const day = { y, m: spec.m, d: spec.d };
  if (spec.periodOf === 'week') return weekOfDay(day, spec.weekendOf === true, key, anchor);
  if (spec.periodOf) {
    const start = spec.periodOf === 'quarter' || spec.periodOf === 'half' ? closedPeriodStart(day, spec.periodOf) : periodStart(day, spec.periodOf);
    return date(formatPeriod(start, spec.periodOf), valueGranularity(spec.periodOf), anchor, point(key, start, spec.periodOf));
  }
  const resolved = date(dayValue(day, true, spec.pod), gran, anchor, point(key, day, 'day'));
  const mismatch = dayMismatch(spec, ctx, day);
  if (mismatch !== undefined) resolved.mismatch = mismatch;
  return resolved;
}

/**
 * The calendar quarter or half that most of a quarter or half closing on `day` lies in: its middle, half a period
 * before the close. "the quarter ended Oct. 2" and "the first quarter, which ended October 26" (fiscal quarters of
 * 13 weeks) ran mostly through July-September, 2013-Q3 (was 2013-Q4, the quarter of the closing day); "the quarter
 * ending in January" (November-January) is the fourth; a close at a calendar quarter's end keeps that quarter
 * (round 13).
 */
function closedPeriodStart(day: Ymd, gran: 'quarter' | 'half'): Ymd {
  return periodStart(addDays(day, gran === 'quarter' ? -45 : -91), gran);
}

/**
 * The year a date closes or opens ("the year ended Dec. 31", "the fiscal year that ended in June", "the fiscal year
 * that begins Oct. 1"): a year closing on another day than December 31 is a fiscal year, named by the year it ends in.
 */
function yearPeriod(spec: SpecOf<'date'>, y: number, key: number, anchor: Resolved['anchor']): Resolved {
  const m = spec.m ?? 12;
  const calendar = spec.periodStarts ? m === 1 && (spec.d ?? 1) === 1 : m === 12 && (spec.d ?? 31) === 31;
  // a fiscal year opened by a date ends in the year after it, unless it opens on January 1
  const fy = spec.periodStarts && !calendar ? y + 1 : y;
  return date(calendar ? pad(fy, 4) : `FY${pad(fy, 4)}`, 'year', anchor, point(key, { y: fy, m: 1, d: 1 }, 'year'));
}

/** Why a written date disagrees with the relative day or the weekday written beside it, if it does (the date is kept). */
function dayMismatch(spec: SpecOf<'date'>, ctx: ResolveContext, day: Ymd): string | undefined {
  if (spec.relDay !== undefined && ctx.ref) {
    const refDay = { y: ctx.ref.y ?? day.y, m: ctx.ref.m, d: ctx.ref.d };
    const expected = addDays(refDay, spec.relDay);
    if (expected.m !== day.m || expected.d !== day.d || (ctx.ref.y !== null && expected.y !== day.y)) {
      return `the relative day points to ${formatDay(expected)} but the date says ${formatDay(day)}; kept the date`;
    }
  } else if (spec.weekday !== undefined && isoWeekday(day) !== spec.weekday) {
    return `${formatDay(day)} is not the weekday the text names; kept the date`;
  }
  return undefined;
}

/** The day a movable feast falls on in year `y` (a feast of another calendar: its first that year, if any). */
function feastDay(feast: MovableFeast, y: number): Ymd | null {
  if ('other' in feast) {
    const day = calendarFeastDays(feast.other, y)[0];
    return day ? addDays(day, feast.plus ?? 0) : null;
  }
  if ('easter' in feast) return addDays(feast.orthodox ? orthodoxEasterSunday(y) : easterSunday(y), feast.easter);
  return addDays(nthWeekdayOfMonth(y, feast.m, feast.wd, feast.n), feast.plus ?? 0);
}

/**
 * The day of a feast of a lunar or lunisolar calendar named without a year, which may fall twice in one Gregorian
 * year or drift across its end: the candidate days of the years around the report are scored as a month-day is (one
 * within `FEAST_NEAR_DAYS` of the report wins whatever the tense). Id: `times/other-calendar-feasts` (round 20).
 */
function nearestCalendarFeast(feast: CalendarDay, ref: Ymd, mode: YearMode): Ymd | null {
  const refDays = toDays(ref);
  let best: Ymd | null = null;
  let bestScore = Infinity;
  for (let y = ref.y - 1; y <= ref.y + 1; y++) {
    for (const day of calendarFeastDays(feast, y)) {
      const diff = toDays(day) - refDays;
      const score = Math.abs(diff) <= FEAST_NEAR_DAYS ? Math.abs(diff) - 1000 : dayScore(diff, y === ref.y, mode);
      if (score < bestScore) [best, bestScore] = [day, score];
    }
  }
  return best;
}

/** How many days from the report a feast named without a year is taken to be this year's, in either direction. */
const FEAST_NEAR_DAYS = 10;

/**
 * "Thanksgiving", "Easter", "Memorial Day": the year is chosen as for a month and day without one (the latest one
 * in past-tense reporting, the next one in future tense), then the day is worked out for that year; a feast within
 * `FEAST_NEAR_DAYS` of the report is this year's.
 */
function resolveMovable(feast: MovableFeast, spec: SpecOf<'date'>, key: number, ctx: ResolveContext, ref: Ymd | null): Resolved | null {
  let y = spec.y ?? (spec.dir === 'bare' ? ctx.sentenceYear?.y : undefined);
  let anchor: Resolved['anchor'] = spec.y !== undefined ? null : spec.dir === 'bare' && ctx.sentenceYear ? ctx.sentenceYear.key : 'publication';
  if (y === undefined) {
    if (!ref) return date(`XXXX-XX-XX${podSuffix(spec.pod)}`, spec.pod ? 'part-of-day' : 'day', null, null, true);
    const mode = yearMode(spec.dir, ctx.tense);
    if ('other' in feast) {
      const day = nearestCalendarFeast(feast.other, ref, mode);
      return dayOfFeast(day && addDays(day, feast.plus ?? 0), spec, key, 'publication');
    }
    const near = feastDay(feast, ref.y)!;
    // "at a Labor Day picnic" in a report of the day after, "before Thanksgiving" in the week before: a feast within
    // days of the report is this year's, whatever the tense. Id: `times/feast-near-report`.
    const close = Math.abs(toDays(near) - toDays(ref)) <= FEAST_NEAR_DAYS;
    y = close ? ref.y : yearForMonthDay(ref, near.m, near.d, mode) ?? ref.y;
    anchor = 'publication';
  }
  return dayOfFeast(feastDay(feast, y), spec, key, anchor);
}

/** The value of a feast's day (its week or weekend for "Christmas week"); none when its calendar gives no day. */
function dayOfFeast(day: Ymd | null, spec: SpecOf<'date'>, key: number, anchor: Resolved['anchor']): Resolved | null {
  if (!day) return null;
  if (spec.periodOf === 'week') return weekOfDay(day, spec.weekendOf === true, key, anchor);
  return date(dayValue(day, true, spec.pod), spec.pod ? 'part-of-day' : 'day', anchor, point(key, day, 'day'));
}

/**
 * The week, or with `weekend` the weekend, that holds a day. A Monday or Tuesday holiday closes the weekend before
 * it ("Labor Day weekend" is the Saturday to Monday before), so its weekend is the previous ISO week's (round 12).
 */
function weekOfDay(day: Ymd, weekend: boolean, key: number, anchor: Resolved['anchor']): Resolved {
  const wd = isoWeekday(day);
  const held = weekend && wd <= 2 ? addDays(day, -wd - 1) : day;
  const start = periodStart(held, 'week');
  return date(formatPeriod(start, 'week') + (weekend ? '-WE' : ''), valueGranularity('week'), anchor, point(key, start, 'week'));
}

function resolveRelDay(spec: SpecOf<'relDay'>, key: number, ctx: ResolveContext, ref: Ymd | null): Resolved | null {
  if (!ctx.ref) return date(`XXXX-XX-XX${podSuffix(spec.pod)}`, spec.pod ? 'part-of-day' : 'day', 'publication', null, true);
  const known = ctx.ref.y !== null;
  const day = addDays({ y: ctx.ref.y ?? DUMMY_YEAR, m: ctx.ref.m, d: ctx.ref.d }, spec.offset);
  return date(dayValue(day, known, spec.pod), spec.pod ? 'part-of-day' : 'day', 'publication', known ? point(key, day, 'day') : null, !known);
}

function resolveWeekday(spec: SpecOf<'weekday'>, key: number, ctx: ResolveContext, ref: Ymd | null): Resolved | null {
  if (!ref && spec.weekend) return date('XXXX-WXX-WE', 'week', 'publication', null, true);
  if (!ref) return date(`XXXX-WXX-${spec.wd}${podSuffix(spec.pod)}`, spec.pod ? 'part-of-day' : 'day', 'publication', null, true);
  const refWd = isoWeekday(ref);
  let delta: number;
  const back = (refWd - spec.wd + 7) % 7;
  const forward = (spec.wd - refWd + 7) % 7;
  if (spec.inWeek !== undefined) delta = spec.wd - refWd + 7 * spec.inWeek; // "Monday next week": that week's Monday
  else if (spec.weeks !== undefined) delta = (spec.weeks > 0 ? forward : -back) + 7 * spec.weeks;
  else if (spec.dir === 'last') delta = -(back || 7);
  else if (spec.dir === 'next') delta = forward || 7;
  // Past and undetermined reporting looks back (to today at the nearest), the future forward; the present
  // takes the nearer one ("the deadline is Friday" on a Wednesday; "says Monday's attack" on a Wednesday).
  // A converted clock's day may lie one day against the tense: "Polls closed at 8 p.m. (0100 GMT Wednesday)" told on
  // Tuesday is tomorrow's Wednesday in GMT, "The summit opens at 9 a.m. (2300 GMT Wednesday)" told on Thursday is
  // yesterday's (round 25, id `times/converted-weekday`; were last and next week's).
  else if (ctx.tense === 'future') delta = spec.converted && back === 1 ? -1 : forward;
  else if (ctx.tense === 'present') delta = forward < back ? forward : -back;
  else delta = spec.converted && forward === 1 ? 1 : -back;
  const day = addDays(ref, delta);
  if (spec.weekend) return date(`${formatWeek(day)}-WE`, 'week', 'publication', point(key, day, 'week'));
  if (spec.endsWeek) return date(formatWeek(day), 'week', 'publication', point(key, day, 'week'));
  return date(dayValue(day, true, spec.pod), spec.pod ? 'part-of-day' : 'day', 'publication', point(key, day, 'day'));
}

/**
 * "The general seized power in 1988. By the end of the decade, the currency had lost 90 percent": in a past clause
 * "the year", "the month", "the decade" or "the century" after "the end of", "later in" and the like is the one of
 * the time told before it when that time lies in an earlier such period than the report's (a historical paragraph
 * narrates from its own dates; was the report's decade). Id: `times/narrated-period`; round 22.
 */
function narratedPeriod(spec: SpecOf<'relUnit'>, key: number, ctx: ResolveContext, ref: Ymd): Resolved | null {
  const prev = ctx.previous;
  if (!spec.definite || ctx.tense !== 'past') return null;
  const told = ctx.decadeTold;
  if (spec.unit === 'decade' && told) return told.decade < Math.floor(ref.y / 10) ? date(String(told.decade), 'decade', told.key, null) : null;
  if (!prev) return null;
  const { y, m } = prev.day;
  const anchor = prev.key;
  switch (spec.unit) {
    case 'year':
      return y < ref.y ? date(pad(y, 4), 'year', anchor, point(key, { y, m: 1, d: 1 }, 'year')) : null;
    case 'month': {
      const fine = prev.gran === 'day' || prev.gran === 'month';
      return fine && y * 12 + m < ref.y * 12 + ref.m ? date(`${pad(y, 4)}-${pad(m)}`, 'month', anchor, point(key, { y, m, d: 1 }, 'month')) : null;
    }
    case 'decade':
      return Math.floor(y / 10) < Math.floor(ref.y / 10) ? date(String(Math.floor(y / 10)), 'decade', anchor, null) : null;
    case 'century':
      return Math.floor(y / 100) < Math.floor(ref.y / 100) ? date(pad(Math.floor(y / 100)), 'decade', anchor, null) : null;
  }
  return null;
}

/**
 * "Net debt was 1.2 billion euros at the end of the year" (February), "Cash stood at $2 billion at the end of the
 * quarter" (October): the end of a period that has just begun lies ahead, so a past clause tells of the end of the one
 * before (round 22; was the current year and quarter). In its last month (last week for a month) the current period's
 * end may be past already, and stays. Id: `times/past-period-end`.
 */
function pastPeriodEnd(spec: SpecOf<'relUnit'>, ref: Ymd, tense: ResolveContext['tense']): SpecOf<'relUnit'> {
  if (!spec.closing || tense !== 'past' || spec.offset !== 0) return spec;
  const monthsLeft = spec.unit === 'quarter' ? 2 - ((ref.m - 1) % 3) : spec.unit === 'half' ? 5 - ((ref.m - 1) % 6) : spec.unit === 'year' ? 12 - ref.m : null;
  const nearlyOver = monthsLeft === null ? spec.unit !== 'month' || ref.d > daysInMonth(ref.y, ref.m) - 7 : monthsLeft === 0;
  return nearlyOver ? spec : { ...spec, offset: -1 };
}

function resolveRelUnit(given: SpecOf<'relUnit'>, key: number, ctx: ResolveContext, ref: Ymd | null): Resolved | null {
  const narrated = ref ? narratedPeriod(given, key, ctx, ref) : null;
  if (narrated) return narrated;
  const spec = ref ? pastPeriodEnd(given, ref, ctx.tense) : given;
  if (!ref) {
    const X: Record<string, string> = {
      week: 'XXXX-WXX', weekend: 'XXXX-WXX-WE', month: 'XXXX-XX', year: 'XXXX', quarter: 'XXXX-QX', half: 'XXXX-HX', decade: 'XXX', century: 'XX',
    };
    if (spec.unit === 'month' && ctx.ref) {
      const mm = addMonths(DUMMY_YEAR, ctx.ref.m, spec.offset).m;
      return date(`XXXX-${pad(mm)}`, 'month', 'publication', null, true);
    }
    return date(X[spec.unit] ?? 'XXXX', spec.unit === 'weekend' ? 'week' : spec.unit === 'half' ? 'quarter' : spec.unit === 'century' ? 'decade' : spec.unit, 'publication', null, true);
  }
  switch (spec.unit) {
    case 'week':
    case 'weekend': {
      const day = addDays(ref, 7 * spec.offset);
      return date(formatWeek(day) + (spec.unit === 'weekend' ? '-WE' : ''), 'week', 'publication', point(key, day, 'week'));
    }
    case 'month': {
      const { y, m } = addMonths(ref.y, ref.m, spec.offset);
      return date(`${pad(y, 4)}-${pad(m)}`, 'month', 'publication', point(key, { y, m, d: 1 }, 'month'));
    }
    case 'year': {
      const y = ref.y + (spec.turnOfYear ? (ref.m >= 7 ? 1 : 0) : spec.offset);
      return date(pad(y, 4), 'year', 'publication', point(key, { y, m: 1, d: 1 }, 'year'));
    }
    case 'quarter':
    case 'half': {
      const size = spec.unit === 'quarter' ? 3 : 6;
      const perYear = 12 / size;
      const index = ref.y * perYear + Math.floor((ref.m - 1) / size) + spec.offset;
      const y = Math.floor(index / perYear);
      const n = (index % perYear) + 1;
      const start = { y, m: (n - 1) * size + 1, d: 1 };
      return date(`${pad(y, 4)}-${spec.unit === 'quarter' ? 'Q' : 'H'}${n}`, 'quarter', 'publication', point(key, start, spec.unit));
    }
    case 'decade':
      return date(String(Math.floor(ref.y / 10) + spec.offset), 'decade', 'publication', null);
    case 'century':
      return date(pad(Math.floor(ref.y / 100) + spec.offset), 'decade', 'publication', null);
  }
  return null;
}

/**
 * The year of a season counted from the time told last: "that summer" is the one of its year; "the following winter"
 * the first to begin after it (after a bare year, in the next year); "the previous spring" the last to begin before it.
 */
function seasonYearFrom(previous: AnchorPoint | null, startMonth: number, step: number): number | null {
  if (!previous) return null;
  const base = previous.day;
  if (step === 0) return base.y;
  if (previous.gran === 'year') return base.y + step;
  const at = base.y * 12 + base.m;
  if (step > 0) return base.y * 12 + startMonth > at ? base.y : base.y + 1;
  return base.y * 12 + startMonth < at ? base.y : base.y - 1;
}

function resolveSeason(spec: SpecOf<'season'>, key: number, ctx: ResolveContext, ref: Ymd | null): Resolved | null {
  const startMonth = SEASON_START[spec.season] ?? 1;
  const seasonPoint = (y: number) => point(key, { y, m: startMonth, d: 1 }, 'season');
  if (spec.y !== undefined) return date(`${pad(spec.y, 4)}-${spec.season}`, 'season', null, seasonPoint(spec.y));
  if (spec.yy !== undefined) {
    const y = unclipYear(spec.yy, ref);
    return date(`${pad(y, 4)}-${spec.season}`, 'season', ref ? 'publication' : null, seasonPoint(y));
  }
  if (spec.anaphor !== undefined) {
    const y = seasonYearFrom(ctx.previous ?? null, startMonth, spec.anaphor);
    return y === null ? null : date(`${pad(y, 4)}-${spec.season}`, 'season', ctx.previous!.key, seasonPoint(y));
  }
  if (spec.dir === 'bare' && ctx.sentenceYear) {
    const y = ctx.sentenceYear.y;
    return date(`${pad(y, 4)}-${spec.season}`, 'season', ctx.sentenceYear.key, seasonPoint(y));
  }
  if (!ref) return date(`XXXX-${spec.season}`, 'season', 'publication', null, true);
  const y = spec.dir === 'this' ? thisSeasonYear(ref, startMonth, ctx.tense) : yearForPeriod(ref, startMonth, 3, yearMode(spec.dir, ctx.tense));
  return date(`${pad(y, 4)}-${spec.season}`, 'season', 'publication', seasonPoint(y));
}

function resolvePart(spec: SpecOf<'part'>, key: number, ctx: ResolveContext, ref: Ymd | null): Resolved | null {
  const label = `${spec.of}${spec.n}`;
  const size = spec.of === 'Q' ? 3 : 6;
  const partPoint = (y: number) => point(key, { y, m: (spec.n - 1) * size + 1, d: 1 }, spec.of === 'Q' ? 'quarter' : 'half');
  if (spec.y !== undefined) return date(`${pad(spec.y, 4)}-${label}`, 'quarter', null, partPoint(spec.y));
  // "the first quarter of fiscal 1990" with no fiscal calendar known: the fiscal year's part as TIDES writes it
  if (spec.fy !== undefined) return date(`FY${pad(spec.fy, 4)}-${label}`, 'quarter', null, null);
  if (spec.yOffset === undefined && ctx.sentenceYear) {
    const y = ctx.sentenceYear.y;
    return date(`${pad(y, 4)}-${label}`, 'quarter', ctx.sentenceYear.key, partPoint(y));
  }
  if (!ref) return date(`XXXX-${label}`, 'quarter', 'publication', null, true);
  // "will report fourth-quarter results" in January: the quarter just ended, whose figures are still to come
  const mode = ctx.figures && spec.dir === 'bare' && ctx.tense === 'future' ? 'results' : yearMode(spec.dir, ctx.tense);
  const y = (spec.yOffset !== undefined ? ref.y + spec.yOffset : yearForPeriod(ref, (spec.n - 1) * size + 1, size, mode)) - (spec.yearsBack ?? 0);
  return date(`${pad(y, 4)}-${label}`, 'quarter', 'publication', partPoint(y));
}

function resolveFiscalClipped(spec: SpecOf<'fiscalClipped'>, key: number, ctx: ResolveContext, ref: Ymd | null): Resolved | null {
  return date(`FY${pad(unclipYear(spec.yy, ref), 4)}`, 'year', ref ? 'publication' : null, null);
}

function resolveFiscalRel(spec: SpecOf<'fiscalRel'>, key: number, ctx: ResolveContext, ref: Ymd | null): Resolved | null {
  if (!ref) return date('FYXXXX', 'year', 'publication', null, true);
  return { ...date(`FY${pad(ref.y + spec.offset, 4)}`, 'year', 'publication', null), kind: 'date' };
}

function resolveOvernight(spec: SpecOf<'overnight'>, key: number, ctx: ResolveContext, ref: Ymd | null): Resolved | null {
  const told = ctx.sentenceDate;
  // "Fighting broke out on Tuesday and continued overnight": the night of the day that dates the happening (`dayBefore`)
  if (spec.dayBefore && told?.gran === 'day' && ctx.tense === 'past') return date(`${formatDay(told.day)}TNI`, 'part-of-day', told.key, point(key, told.day, 'day'));
  if (!ref) return date('XXXX-XX-XXTNI', 'part-of-day', 'publication', null, true);
  const day = ctx.tense === 'future' ? ref : addDays(ref, -1);
  return date(`${formatDay(day)}TNI`, 'part-of-day', 'publication', point(key, day, 'day'));
}

function resolveAgo(spec: SpecOf<'ago'>, key: number, ctx: ResolveContext, ref: Ymd | null): Resolved | null {
  // "Profit rose in the third quarter. A year ago, it earned $4 million" looks back from the quarter; "Tesco issued
  // its first profit warning a year ago", with no figure in its sentence, counts back from the telling, as "ago"
  // does (round 13; was the quarter a year back)
  const compared = ctx.comparison || ctx.quantified ? comparedPeriod(-spec.n, spec.unit, key, ctx) : null;
  if (compared) return compared;
  if (!ref) return date(agoUnresolved(spec.unit), 'day', 'publication', null, true);
  if (spec.within === 'day' && spec.unit.name !== 'year') {
    // "two weeks from today", "a month from today": the day that many weeks or months away (round 13)
    const whole = Math.round(spec.n * spec.unit.factor);
    const month = spec.unit.name === 'month' ? addMonths(ref.y, ref.m, -whole) : null;
    const day = month ? { y: month.y, m: month.m, d: Math.min(ref.d, daysInMonth(month.y, month.m)) } : addDays(ref, -7 * whole);
    return date(formatDay(day), 'day', 'publication', point(key, day, 'day'));
  }
  if (spec.within) {
    // "seven years ago this month": the reference's month (week, day) in the year counted back; "ten years ago
    // tomorrow", "ten years ago this Sunday": that day of the report's week (round 15)
    const near = spec.weekday !== undefined ? addDays(ref, nearestWeekdayOffset(isoWeekday(ref), spec.weekday)) : spec.dayOffset ? addDays(ref, spec.dayOffset) : ref;
    const day = { y: near.y - spec.n, m: near.m, d: Math.min(near.d, daysInMonth(near.y - spec.n, near.m)) };
    if (spec.within === 'month') return date(`${pad(day.y, 4)}-${pad(day.m)}`, 'month', 'publication', point(key, { ...day, d: 1 }, 'month'));
    if (spec.within === 'week') return date(formatWeek(day), 'week', 'publication', point(key, day, 'week'));
    return date(formatDay(day), 'day', 'publication', point(key, day, 'day'));
  }
  return offsetFrom(ref, -spec.n, spec.unit, undefined, key, 'publication');
}

/** Days from a weekday to the nearest given one, ahead on a tie (-3 to +3). */
function nearestWeekdayOffset(from: number, to: number): number {
  const ahead = (to - from + 7) % 7;
  return ahead <= 3 ? ahead : ahead - 7;
}

function resolveAnchored(spec: SpecOf<'anchored'>, key: number, ctx: ResolveContext, ref: Ymd | null): Resolved | null {
  if (spec.anchorAfter) return null; // valued from the day after it once its sentence is resolved (`daysBesideDays`)
  if (spec.toTheDay) return toTheDayFrom(spec, key, ctx.previous ?? null);
  if (spec.unit !== 'weekend' && spec.n < 0) {
    const compared = comparedPeriod(spec.n, spec.unit, key, ctx);
    if (compared) return compared;
  }
  const latest = spec.sameSentence ? ctx.sentenceDate : ctx.previous;
  // a day-sized reference back skips a coarser time in between to the day the narrative was at
  const prev = latest && !anchorFits(latest, spec.unit) && !spec.sameSentence && spec.needsPrevious && ctx.lastDay ? ctx.lastDay : latest;
  // "Output fell 0.2 percent in September, the Fed said today. It rose 0.3 percent the month before": a month counted
  // back in a sentence of figures goes from the month whose figures are discussed, not from the day of the telling
  // (round 14; was September, the month before today)
  const p = ctx.period;
  if (spec.unit !== 'weekend' && spec.unit.name === 'month' && spec.n < 0 && ctx.quantified && p?.gran === 'month' && prev?.gran === 'day') {
    return offsetFrom(p.day, spec.n, spec.unit, spec.pod, key, p.key);
  }
  const fine = prev && anchorFits(prev, spec.unit);
  if (!fine && spec.fallback) return { value: spec.fallback, kind: 'duration', granularity: 'duration', anchor: null, unresolved: false, point: null };
  if (!fine && spec.needsPrevious) return null;
  if (fine && prev && spec.n === 0 && spec.sameSentence) {
    return date(formatDay(prev.day), 'day', prev.key, point(key, prev.day, 'day'));
  }
  if (fine && prev) return countedOn(offsetFrom(prev.day, spec.n, spec.unit, spec.pod, key, prev.key), prev.day, spec, ctx, ref);
  // "left Iraq last November, and they returned two weeks later", "closed in March 1997. It reopened three days
  // later": counted from a coarser time the text named, the day or week is not known, and counted from the report
  // it would land in another period altogether; no value (round 11)
  if (prev && !spec.sameSentence && spec.n !== 0) return null;
  // "Two years later, the plant closed" with no time before it: a past happening counted forward from the report
  // would lie after it; the time it counts from is not told (round 15; was two years after the report)
  // round 25: nor any clause not in the future ("Ten years later, the town remembers" was 2034; `countedOn`)
  if (spec.n > 0 && ctx.tense !== 'future' && !prev && spec.unit !== 'weekend') return null;
  if (!ref) return date(spec.unit === 'weekend' ? 'XXXX-WXX-WE' : agoUnresolved(spec.unit) + podSuffix(spec.pod), 'day', 'publication', null, true);
  return offsetFrom(ref, spec.n, spec.unit, spec.pod, key, 'publication');
}

/**
 * "The flood hit in the spring of 1997. Twenty-seven years on, residents say ...": a clause not in the future cannot
 * count on past the report, so a date after it means the time counted from is not the one the text told last (a season or a
 * decade is no anchor point; a day told before them is); the length stays, or no value (round 25, id
 * `times/counted-past-report`; was 2051 from a day of the report's week).
 */
function countedOn(moved: Resolved, from: Ymd, spec: SpecOf<'anchored'>, ctx: ResolveContext, ref: Ymd | null): Resolved | null {
  const at = moved.point?.day;
  if (spec.n <= 0 || !ref || !at || ctx.tense === 'future') return moved;
  // counted from a time still to come, the clause tells a plan ("The plant closes in 2030. Two years later, ...")
  const ordinal = (d: Ymd) => d.y * 10000 + d.m * 100 + d.d;
  if (ordinal(at) <= ordinal(ref) || ordinal(from) > ordinal(ref)) return moved;
  return spec.fallback ? { value: spec.fallback, kind: 'duration', granularity: 'duration', anchor: null, unresolved: false, point: null } : null;
}

/** "A year to the day after the quake" (`toTheDayAfter` in durations.ts): the day told last, moved on; else the length. */
function toTheDayFrom(spec: SpecOf<'anchored'>, key: number, prev: AnchorPoint | null): Resolved | null {
  if (!prev || prev.gran !== 'day' || spec.unit === 'weekend') {
    return spec.fallback ? { value: spec.fallback, kind: 'duration', granularity: 'duration', anchor: null, unresolved: false, point: null } : null;
  }
  const { y, m, d } = prev.day;
  if (spec.unit.name === 'week') {
    const day = addDays(prev.day, 7 * spec.n);
    return date(formatDay(day), 'day', prev.key, point(key, day, 'day'));
  }
  const moved = spec.unit.name === 'month' ? addMonths(y, m, spec.n) : { y: y + spec.n, m };
  const day: Ymd = { ...moved, d: Math.min(d, daysInMonth(moved.y, moved.m)) };
  return date(formatDay(day), 'day', prev.key, point(key, day, 'day'));
}

/**
 * Years to add to the year of the time told last for "the following May" (+1 step) or "the previous March" (-1): the
 * first such month after or before it; after or before a bare year, the next or previous year's (round 14).
 */
function monthStepYears(m: number, step: number | undefined, prev: AnchorPoint): number {
  if (!step) return 0;
  const wholeYear = prev.gran === 'year';
  if (step > 0) return wholeYear || m <= prev.day.m ? 1 : 0;
  return wholeYear || m >= prev.day.m ? -1 : 0;
}

function sameDay(a: Ymd, b: Ymd): boolean {
  return a.y === b.y && a.m === b.m && a.d === b.d;
}

function resolveClock(spec: SpecOf<'clock'>, key: number, ctx: ResolveContext, ref: Ymd | null): Resolved | null {
  const hhmm = `T${pad(spec.h)}:${pad(spec.min)}${spec.zone}`;
  const base = ctx.sentenceDate?.gran === 'day' ? ctx.sentenceDate : null;
  // "The ceasefire took effect at midnight", "the truce, which began at midnight, was holding this morning": a past
  // midnight on the report's day (or with no day of its own) is the one that day began with, the end of the day
  // before (round 13; was the coming midnight, T24:00 of the report's day)
  const reportDay = !base || (ref !== null && sameDay(base.day, ref));
  if (spec.h === 24 && ctx.tense === 'past' && ref && reportDay) return { ...date(formatDay(addDays(ref, -1)) + hhmm, 'minute', base ? base.key : 'publication', null), kind: 'time' };
  if (base) return { ...date(formatDay(base.day) + hhmm, 'minute', base.key, null), kind: 'time' };
  if (!ref) return { ...date(`XXXX-XX-XX${hhmm}`, 'minute', 'publication', null, true), kind: 'time' };
  return { ...date(formatDay(ref) + hhmm, 'minute', 'publication', null), kind: 'time' };
}

/**
 * The full year of a clipped one ("'97", "in 05"): the century that puts it nearest the reference year, at most
 * ten years ahead of it; 2000 stands in for an unknown reference.
 */
function unclipYear(yy: number, ref: Ymd | null): number {
  const base = ref?.y ?? 2000;
  let y = Math.floor(base / 100) * 100 + yy;
  if (y > base + 10) y -= 100;
  else if (y < base - 90) y += 100;
  return y;
}

/** Granularity of a TimeML value for the `granularity` field (halves share the quarter level). */
function valueGranularity(gran: PeriodGranularity): Granularity {
  return gran === 'half' ? 'quarter' : gran;
}

/**
 * "up 8% from a year earlier", "than twelve months ago": the term of a comparison names the period compared,
 * and so does "a year earlier" on its own after a period (see below),
 * so a whole number of years back from a week, month, season, quarter or half under discussion is that same
 * period in the earlier year (2025-Q3 -> 2024-Q3), not a bare year.
 */
function comparedPeriod(n: number, unit: Unit, key: number, ctx: ResolveContext): Resolved | null {
  const p = ctx.period;
  // "a year earlier" / "a year ago" right after a period names that period a year back even without a comparison
  // word ("Net rose in the third quarter. A year earlier, it earned $4 million." = the year-earlier quarter), as
  // TimeML newswire annotation values it; longer spans ("two years ago") keep their own precision.
  const yearBack = n === -1 && unit.name === 'year' && unit.factor === 1;
  if ((!ctx.comparison && !yearBack) || !p || p.gran === 'year' || p.gran === 'day') return null;
  // without a comparison word only a period already begun is what "a year ago" looks back from: in "Talks will
  // resume in December. An accord reached a year ago ..." the year is counted from the telling
  const r = ctx.ref;
  if (!ctx.comparison && r && r.y !== null && p.day.y * 10000 + p.day.m * 100 + p.day.d > r.y * 10000 + r.m * 100 + r.d) return null;
  const months = unit.name === 'year' ? 12 * n * unit.factor : unit.name === 'month' ? n : null;
  if (months === null || months === 0 || months % 12 !== 0) return null;
  const start = shiftPeriod(periodStart(p.day, p.gran), p.gran, 0, months / 12);
  return date(formatPeriod(start, p.gran), valueGranularity(p.gran), p.key, point(key, start, p.gran));
}

/** The granularity a "discussed" phrase asks for, in calendar terms. */
const DISCUSSED_GRAN: Readonly<Record<'day' | 'quarter' | 'half' | 'month' | 'week' | 'year', PeriodGranularity>> = {
  day: 'day', quarter: 'quarter', half: 'half', month: 'month', week: 'week', year: 'year',
};

/**
 * "the quarter", "the prior quarter", "the same quarter last year", "the year-earlier period": the period the
 * text is discussing, moved as asked. Without one in the text, a quarter or half is the latest completed one in
 * past-tense reporting (an earnings report speaks of the quarter just ended) and the current one otherwise.
 */
function resolveDiscussed(
  spec: Extract<TimeSpec, { t: 'discussed' }>,
  key: number,
  ctx: ResolveContext,
  ref: Ymd | null,
): Resolved | null {
  const p = ctx.period;
  let gran: PeriodGranularity;
  let start: Ymd;
  let anchor: Resolved['anchor'];
  if (spec.needsPeriod && (!p || (p.gran === 'day' && spec.unit !== 'week'))) return null;
  if (spec.unit === 'day') return sameDayYearsOff(spec, key, ctx, ref);
  if (spec.unit === 'any') {
    if (!p) {
      if (!ref) return null;
      [gran, start, anchor] = ['year', periodStart(ref, 'year'), 'publication'];
    } else [gran, start, anchor] = [p.gran === 'day' ? 'year' : p.gran, periodStart(p.day, p.gran === 'day' ? 'year' : p.gran), p.key];
  } else {
    gran = DISCUSSED_GRAN[spec.unit];
    // "will publish its full-year results on March 9", "reported full-year profit" (January to March): a year's
    // figures come out in the first quarter after it, so they are last year's, even after "this year" (round 14)
    const yearFigures = gran === 'year' && spec.years === 0 && spec.shift === 0 && ctx.figures === true && !!ref && ref.m <= 3;
    const thisYear = yearFigures && p && p.gran === 'year' && p.day.y === ref!.y;
    const fits = p && !thisYear && (p.gran === gran || (gran === 'year' && p.gran !== 'day') || (gran === 'week' && p.gran === 'day')) && !pastYearNow(spec, p, ctx, ref);
    const part = !fits && (!p || p.gran === 'year') && ctx.part?.gran === gran && spec.shift !== 0 ? ctx.part : null;
    // "the same week of 2022" after "the week before Christmas": the week of the day told last (round 21)
    const toldDay = gran === 'week' && spec.shift === 0 && (spec.years !== 0 || spec.inYear !== undefined) ? ctx.lastDay : null;
    if (p && fits) [start, anchor] = [periodStart(p.day, gran), p.key];
    else if (toldDay) [start, anchor] = [periodStart(toldDay.day, 'week'), toldDay.key];
    else if (part) [start, anchor] = [periodStart(part.day, gran), part.key];
    else if (ref && spec.monthsEnd !== undefined) [start, anchor] = [{ y: yearOfMonths(spec.monthsEnd, ctx.tense, ref), m: 1, d: 1 }, 'publication'];
    else if (ref) {
      // "the quarter" of a past-tense report is the one just ended; "the prior quarter" counts back from now.
      // "will report results for the quarter" early in the next one speaks of the quarter just ended too
      // (half-year figures may come out up to three months after the half: "will report half-year earnings" in September)
      const results = ctx.figures === true && (ref.m - 1) % (gran === 'quarter' ? 3 : 6) < (gran === 'half' ? 3 : 2);
      const lookBack = spec.shift === 0 && (((gran === 'quarter' || gran === 'half') && (ctx.tense === 'past' || ctx.tense === 'unknown' || results) && !closingDays(ref, gran)) || yearFigures || monthFigures(gran, ctx, ref));
      [start, anchor] = [shiftPeriod(periodStart(ref, gran), gran, lookBack ? -1 : 0, 0), 'publication'];
    } else return date(unknownPeriod(gran), valueGranularity(gran), 'publication', null, true);
  }
  const moved = shiftPeriod(start, gran, spec.shift, spec.inYear !== undefined ? spec.inYear - start.y : spec.years);
  return date(formatPeriod(moved, gran), valueGranularity(gran), anchor, point(key, moved, gran));
}

/**
 * "Footfall on Boxing Day was down 3 percent on the same day last year": the day told last (days are not periods
 * under discussion, so `period` never holds one), else the report's day, moved by whole years (round 21).
 */
function sameDayYearsOff(spec: Extract<TimeSpec, { t: 'discussed' }>, key: number, ctx: ResolveContext, ref: Ymd | null): Resolved | null {
  const told = ctx.lastDay ?? (ctx.previous?.gran === 'day' ? ctx.previous : null);
  const [start, anchor] = told ? [told.day, told.key] : ref ? [ref, 'publication' as const] : [null, null];
  if (!start || anchor === null) return date('XXXX-XX-XX', 'day', 'publication', null, true);
  const moved = shiftPeriod(start, 'day', 0, spec.inYear !== undefined ? spec.inYear - start.y : spec.years);
  return date(formatPeriod(moved, 'day'), 'day', anchor, point(key, moved, 'day'));
}

/**
 * The year of "the first 11 months of the year", "the final three months of the year": in a report of the past, the
 * latest year whose months named are over (the final three months told in January are last year's); in a forecast,
 * the first year whose months are not over yet.
 */
function yearOfMonths(monthsEnd: number, tense: Tense, ref: Ymd): number {
  if (tense === 'future') return monthsEnd >= ref.m ? ref.y : ref.y + 1;
  return monthsEnd < ref.m ? ref.y : ref.y - 1;
}

/**
 * "The index ended the quarter up 13.5%" told on March 31: a report from the last days of a quarter or half (a market
 * close, a quarter ending on a weekend) speaks of the period closing then, not the one before (round 12).
 */
function closingDays(ref: Ymd, gran: PeriodGranularity): boolean {
  const next = shiftPeriod(periodStart(ref, gran), gran, 1, 0);
  return toDays(next) - toDays(ref) <= CLOSING_DAYS;
}

/**
 * "Employers added 36,000 jobs in the month, the Labor Department said" (March 5), "Retail sales for the month were up
 * 0.3 percent" (March 12): a month's figure told in the past with no month named is the month just ended, whose figures
 * come out in the next one (round 18; was the month of the report). Id: `times/month-figures-past`.
 */
function monthFigures(gran: PeriodGranularity, ctx: ResolveContext, ref: Ymd): boolean {
  return gran === 'month' && ctx.tense === 'past' && ctx.quantified === true && !closingDays(ref, 'month');
}

/** Days before a period's end within which a report still speaks of that period as "the quarter" (round 12). */
const CLOSING_DAYS = 3;

/**
 * "Stocks crashed in 1987. The market's gains for the year stand at 18%", "For the year, the company expects a loss":
 * "the year" of a present or future clause is the year the report is in, not a past year named before it (an
 * earnings sentence in the past, "For the year, net rose", keeps the year discussed). Only a whole year discussed.
 */
function pastYearNow(spec: Extract<TimeSpec, { t: 'discussed' }>, p: AnchorPoint, ctx: ResolveContext, ref: Ymd | null): boolean {
  if (spec.unit !== 'year' || spec.shift !== 0 || spec.years !== 0 || p.gran !== 'year' || !ref) return false;
  return p.day.y < ref.y && (ctx.tense === 'present' || ctx.tense === 'future' || spec.forecast === true);
}

function unknownPeriod(gran: PeriodGranularity): string {
  return { day: 'XXXX-XX-XX', week: 'XXXX-WXX', month: 'XXXX-XX', season: 'XXXX-XX', quarter: 'XXXX-QX', half: 'XXXX-HX', year: 'XXXX' }[gran];
}

function agoUnresolved(unit: Unit | 'weekend'): string {
  if (unit === 'weekend') return 'XXXX-WXX-WE';
  switch (unit.name) {
    case 'week':
    case 'fortnight': return 'XXXX-WXX';
    case 'month': return 'XXXX-XX';
    case 'year':
    case 'decade':
    case 'century': return 'XXXX';
    default: return 'XXXX-XX-XX';
  }
}

function anchorFits(prev: AnchorPoint, unit: Unit | 'weekend'): boolean {
  const name = unit === 'weekend' ? 'week' : unit.name;
  if (name === 'year' || name === 'decade' || name === 'century') return true;
  if (name === 'month') return prev.gran !== 'year';
  if (name === 'week' || name === 'fortnight') return prev.gran === 'day' || prev.gran === 'week';
  return prev.gran === 'day';
}

/** The date `n` units from `base`, at the precision of the unit ("two weeks ago" is a week). */
function offsetFrom(
  base: Ymd,
  n: number,
  unit: Unit | 'weekend',
  pod: PartOfDay | undefined,
  key: number,
  anchor: Resolved['anchor'],
): Resolved {
  if (unit === 'weekend') {
    const day = addDays(base, 7 * n);
    return date(`${formatWeek(day)}-WE`, 'week', anchor, point(key, day, 'week'));
  }
  const whole = Math.round(n * unit.factor);
  switch (unit.name) {
    case 'second':
    case 'minute':
    case 'hour':
      return date(formatDay(base) + podSuffix(pod), pod ? 'part-of-day' : 'day', anchor, point(key, base, 'day'));
    case 'day': {
      const day = addDays(base, whole);
      return date(formatDay(day) + podSuffix(pod), pod ? 'part-of-day' : 'day', anchor, point(key, day, 'day'));
    }
    case 'week':
    case 'fortnight': {
      const day = addDays(base, 7 * whole);
      return date(formatWeek(day), 'week', anchor, point(key, day, 'week'));
    }
    case 'month': {
      const { y, m } = addMonths(base.y, base.m, whole);
      return date(`${pad(y, 4)}-${pad(m)}`, 'month', anchor, point(key, { y, m, d: 1 }, 'month'));
    }
    // "a decade ago", "three decades earlier": TimeML keeps the unit's granularity, the decade (198) or century (19)
    case 'decade':
    case 'century':
      if (Number.isInteger(n)) {
        const digits = unit.name === 'decade' ? 1 : 2;
        const y = base.y + whole;
        return date(pad(Math.floor(y / 10 ** digits), 4 - digits), unit.name === 'decade' ? 'decade' : 'year', anchor, null);
      }
    // falls through: "half a century ago" keeps the year
    default: {
      if (!Number.isInteger(n * unit.factor)) {
        const { y, m } = addMonths(base.y, base.m, Math.round(n * unit.factor * 12));
        return date(`${pad(y, 4)}-${pad(m)}`, 'month', anchor, point(key, { y, m, d: 1 }, 'month'));
      }
      const y = base.y + whole;
      return date(pad(y, 4), 'year', anchor, point(key, { y, m: 1, d: 1 }, 'year'));
    }
  }
}
