// Rules for dates relative to the publication or to an earlier time: today, weekdays, this/last/next periods,
// seasons, quarters, and anchored phrases ("the following day").
import {
  PARTS_OF_DAY,
  SEASONS,
  IRREGULAR_PAST,
  DAY,
  UNITS_SINGULAR,
  WEEKDAYS,
  WEEKDAY_NAME_FOLLOWERS,
  WEEKDAY_NAME_PRECEDERS,
  WEEKDAY_PLURALS,
  TELLING_PASTS,
  type Unit,
} from './lexicon.js';
import { clippedYearAt, dayAt, fiscalYear, monthAt, plausibleDay, yearTokenAt } from './dates.js';
import { ordinalAt } from './numbers.js';
import type { CountedPeriod, Direction, PartOfDay, TimeMatch, TimeSpec } from './spec.js';
import { attached, clauseEnd, fixed, match, tok, w, type Rule, type TokenSeq } from './token-seq.js';

/** Nouns of calendar periods that "this/last/next" count in. */
const PERIODS: ReadonlyMap<string, CountedPeriod> = new Map([
  ['week', 'week'], ['weekend', 'weekend'], ['month', 'month'], ['year', 'year'], ['quarter', 'quarter'],
  ['decade', 'decade'], ['century', 'century'],
]);

function directionAt(s: TokenSeq, i: number): { dir: Direction; end: number } {
  const l = w(s, i);
  const next = w(s, i + 1);
  if (l === 'this' && next === 'past') return { dir: 'last', end: i + 2 };
  if (l === 'this' && next === 'coming') return { dir: 'next', end: i + 2 };
  if (l === 'last' || l === 'past' || l === 'previous') return { dir: 'last', end: i + 1 };
  if (l === 'next' || l === 'coming') return { dir: 'next', end: i + 1 };
  if (l === 'this') return { dir: 'this', end: i + 1 };
  return { dir: 'bare', end: i };
}

/** today, yesterday, tomorrow, tonight, last night, this morning, yesterday afternoon. */
export const relativeDay: Rule = (s, i) => {
  const t = tok(s, i);
  const l = w(s, i);
  const OFFSETS: Record<string, number> = { today: 0, yesterday: -1, tomorrow: 1, tonight: 0 };
  const offset = OFFSETS[l];
  if (t && offset !== undefined) {
    const prev = tok(s, i - 1);
    // "USA Today", "the Today programme": a capitalised "Today" after a name or "the" is a title.
    if (t.cap && !s.titleCase && prev && (prev.lower === 'the' || (prev.kind === 'word' && prev.cap))) return null;
    if (l === 'tonight') return match(i, i + 1, { t: 'relDay', offset, pod: 'NI' }, 'rel-day');
    const pod = PARTS_OF_DAY.get(w(s, i + 1)) as PartOfDay | undefined;
    return match(i, pod ? i + 2 : i + 1, { t: 'relDay', offset, pod }, 'rel-day');
  }
  if (l === 'the' && w(s, i + 1) === 'day') {
    if (w(s, i + 2) === 'before' && w(s, i + 3) === 'yesterday') return match(i, i + 4, { t: 'relDay', offset: -2 }, 'rel-day');
    if (w(s, i + 2) === 'after' && w(s, i + 3) === 'tomorrow') return match(i, i + 4, { t: 'relDay', offset: 2 }, 'rel-day');
  }
  if (l === 'last' && w(s, i + 1) === 'night') return match(i, i + 2, { t: 'relDay', offset: -1, pod: 'NI' }, 'rel-day');
  if (l === 'this') {
    const pod = PARTS_OF_DAY.get(w(s, i + 1)) as PartOfDay | undefined;
    if (pod && pod !== 'NI') return match(i, i + 2, { t: 'relDay', offset: 0, pod }, 'rel-day');
  }
  return null;
};

/** Plural parts of the day, which make a weekday before them a set ("Monday nights"). */
const PLURAL_PARTS_OF_DAY: ReadonlyMap<string, string> = new Map([
  ['mornings', 'MO'], ['afternoons', 'AF'], ['evenings', 'EV'], ['nights', 'NI'],
]);

/** "Monday", "last Friday", "next Tuesday", "Thursday afternoon"; "on Sundays" is a set. */
export const weekday: Rule = (s, i) => {
  const { dir, end: j } = directionAt(s, i);
  const t = tok(s, j);
  if (!t || !t.cap) return null;
  const wd = WEEKDAYS.get(t.lower);
  if (wd === undefined) {
    const plural = WEEKDAY_PLURALS.get(t.lower);
    if (plural !== undefined && dir === 'bare') return match(i, j + 1, fixed(`XXXX-WXX-${plural}`, 'set', 'set'), 'weekday-set');
    return null;
  }
  const prev = tok(s, j - 1);
  if (prev?.cap && WEEKDAY_NAME_PRECEDERS.has(prev.lower)) return null; // "Black Monday", "Super Tuesday"
  const next = tok(s, j + 1);
  if (next?.kind === 'word' && next.cap) {
    // "the Sunday Times", "Saturday Night Live": a weekday inside a title.
    if (!s.titleCase && (w(s, j - 1) === 'the' || WEEKDAY_NAME_FOLLOWERS.has(next.lower))) return null;
    if (s.titleCase && WEEKDAY_NAME_FOLLOWERS.has(next.lower) && next.lower !== 'night') return null;
  }
  const pod = PARTS_OF_DAY.get(w(s, j + 1)) as PartOfDay | undefined;
  // "Monday nights", "on Sunday mornings": every such part of that weekday, a set
  const plural = PLURAL_PARTS_OF_DAY.get(w(s, j + 1));
  if (plural && dir === 'bare') return match(i, j + 2, fixed(`XXXX-WXX-${wd}T${plural}`, 'set', 'set'), 'weekday-set');
  // British "on Wednesday week": the Wednesday a week after the coming one
  if (!pod && dir === 'bare' && w(s, j + 1) === 'week' && clauseEnd(s, j + 2)) return match(i, j + 2, { t: 'weekday', wd, dir, weeks: 1 }, 'weekday-week-after');
  return match(i, pod ? j + 2 : j + 1, { t: 'weekday', wd, dir, pod }, 'weekday');
};

/**
 * "will try again in the new year", "early in the new year": lower-case "the new year" is the year about to begin,
 * next year when told in the second half of a year and this one in the first (round 13; was no time). "New Year"
 * with capitals is the holiday; "the new year's budget" and "a new year of talks" are not this phrase.
 */
export const newYear: Rule = (s, i) => {
  if (w(s, i) !== 'the' || w(s, i + 1) !== 'new' || w(s, i + 2) !== 'year') return null;
  if (tok(s, i + 1)?.cap || tok(s, i + 2)?.cap || NOT_NEW_YEAR_FOLLOWERS.has(w(s, i + 3))) return null;
  return match(i, i + 3, { t: 'relUnit', unit: 'year', offset: 1, turnOfYear: true }, 'new-year');
};

/** Words after "the new year" that make it a holiday or a thing of the year ("the new year's budget", "new year celebrations"). */
const NOT_NEW_YEAR_FOLLOWERS: ReadonlySet<string> = new Set(["'s", 'holiday', 'holidays', 'celebrations', 'celebration', 'eve', 'day', 'festivities', 'party', 'resolution', 'resolutions', 'message', 'address', '-']);

/** "this week", "last month", "next year", "this weekend", "the coming year", "the current quarter". */
export const relativePeriod: Rule = (s, i) => {
  let j = i;
  let offset: number | null = null;
  const l = w(s, i);
  if (l === 'the' && (w(s, i + 1) === 'current' || w(s, i + 1) === 'coming')) {
    offset = w(s, i + 1) === 'current' ? 0 : 1;
    j = i + 2;
  } else {
    const d = directionAt(s, i);
    if (d.dir === 'bare' || l === 'past' || l === 'coming' || l === 'previous') {
      if (l !== 'current') return null;
      offset = 0;
      j = i + 1;
    } else {
      offset = d.dir === 'last' ? -1 : d.dir === 'next' ? 1 : 0;
      j = d.end;
    }
  }
  const unit = PERIODS.get(w(s, j));
  if (!unit) return null;
  // "the last weekend of May", "the last month of the year": a part of what follows, not the one before this
  if (l === 'last' && w(s, i - 1) === 'the' && w(s, j + 1) === 'of') return null;
  if (w(s, j + 1) === '-' && attached(s, j + 1)) return null; // "next-generation" style compounds
  return match(i, j + 1, { t: 'relUnit', unit, offset }, 'rel-period');
};

/** Offsets of the words that can stand for a counted period whose noun was said just before ("this year and next"). */
const ELLIPTICAL_OFFSETS: ReadonlyMap<string, number> = new Map([['next', 1], ['last', -1], ['this', 0]]);

/**
 * "this year and next", "last year and this", "this month or next": the second word counts the same period as the
 * phrase before it, which TimeML marks as a date of its own (next year = 2026). Only at the end of the clause, so
 * "this year and next month" is left to the rules for "next month".
 */
export const ellipticalPeriod: Rule = (s, i) => {
  const offset = ELLIPTICAL_OFFSETS.get(w(s, i));
  const link = w(s, i - 1);
  if (offset === undefined || (link !== 'and' && link !== 'or') || !clauseEnd(s, i + 1)) return null;
  const before = relativePeriod(s, i - 3);
  if (!before || before.end !== i - 1 || before.spec.t !== 'relUnit' || before.spec.offset === offset) return null;
  return match(i, i + 1, { t: 'relUnit', unit: before.spec.unit, offset }, 'rel-period-elliptical');
};

/**
 * "Markets were calm midweek", "a midweek rally", "by mid-week": the middle of the week the text is at, valued as
 * that week (TimeML puts MID in `mod`): the week of the Wednesday the tense points to (round 10).
 */
export const midweek: Rule = (s, i) => {
  if (w(s, i) === 'midweek') return match(i, i + 1, { t: 'weekday', wd: 3, dir: 'bare', endsWeek: true }, 'midweek');
  if (w(s, i) === 'mid' && w(s, i + 1) === '-' && attached(s, i + 1) && w(s, i + 2) === 'week' && attached(s, i + 2)) {
    return match(i, i + 3, { t: 'weekday', wd: 3, dir: 'bare', endsWeek: true }, 'midweek');
  }
  return null;
};

/**
 * "the weekend", "over the weekend": in past-tense reports the latest weekend (its Saturday on or before the
 * reference date), in future-tense ones the next; "the weekend of March 14" and "the week of March 14" that week's.
 */
export const theWeekend: Rule = (s, i) => {
  if (w(s, i) !== 'the') return null;
  // "over the past weekend", "the previous weekend": the weekend just gone, as "last weekend" ("the past" was PAST_REF)
  if ((w(s, i + 1) === 'past' || w(s, i + 1) === 'previous') && w(s, i + 2) === 'weekend' && w(s, i + 3) !== 'of') {
    return match(i, i + 3, { t: 'relUnit', unit: 'weekend', offset: -1 }, 'rel-period');
  }
  // "in the week of Sept. 23", "the week of March 4": the ISO week that holds the date, as TimeML writes a week
  // (round 23; was the day alone). Id: `times/week-of-date`.
  const week = w(s, i + 1) === 'week' && w(s, i + 2) === 'of' ? monthDayAt(s, i + 3) : null;
  if (week) return match(i, week.end, { ...week.spec, periodOf: 'week' }, 'week-of-date');
  if (w(s, i + 1) !== 'weekend' || (w(s, i + 2) === '-' && attached(s, i + 2))) return null;
  // "the weekend of March 14": the weekend of the week that holds the date, one expression
  const dated = w(s, i + 2) === 'of' ? monthDayAt(s, i + 3) : null;
  if (dated) return match(i, dated.end, { ...dated.spec, periodOf: 'week', weekendOf: true }, 'weekend-of-date');
  return match(i, i + 2, { t: 'weekday', wd: 6, dir: 'bare', weekend: true }, 'weekend');
};

/** Periods "before last" and "after next" count in (round 12). */
const TWO_BACK_UNITS: ReadonlySet<string> = new Set(['week', 'weekend', 'month', 'year']);

/**
 * "the week before last", "the month before last", "the year after next": two periods back or ahead of the report's
 * (round 12; "the week before last" was no time, and "the year after next" the year after the year named before it).
 */
export const periodBeforeLast: Rule = (s, i) => {
  const at = w(s, i) === 'the' ? i + 1 : i;
  const unit = w(s, at);
  if (!TWO_BACK_UNITS.has(unit)) return null;
  const offset = w(s, at + 1) === 'before' && w(s, at + 2) === 'last' ? -2 : w(s, at + 1) === 'after' && w(s, at + 2) === 'next' ? 2 : 0;
  if (offset === 0) return null;
  return match(i, at + 3, { t: 'relUnit', unit: unit as CountedPeriod, offset }, 'rel-period');
};

/** A month and day at token k ("March 14", "Nov. 3, 1998"), as a date spec, or null. */
function monthDayAt(s: TokenSeq, k: number): { spec: Extract<TimeSpec, { t: 'date' }>; end: number } | null {
  const month = monthAt(s, k);
  const day = month ? dayAt(s, month.end) : null;
  if (!month || !day || !plausibleDay(month.m, day.d)) return null;
  const comma = w(s, day.end) === ',';
  const year = yearTokenAt(s, comma ? day.end + 1 : day.end);
  return { spec: { t: 'date', m: month.m, d: day.d, dir: 'bare', ...(year ? { y: year.y } : {}) }, end: year ? year.end : day.end };
}

/**
 * "the first week of December", "the last week of June 2009": the ISO week (TimeML has no week-of-month value).
 * A month's first week is the first one with four of its days in the month (the week of its first Thursday).
 */
export const weekOfMonth: Rule = (s, i) => {
  if (w(s, i) !== 'the') return null;
  const l = w(s, i + 1);
  const ord = l === 'last' || l === 'final' ? { n: -1, end: i + 2 } : ordinalAt(s, i + 1);
  if (!ord || ord.n > 4 || w(s, ord.end) !== 'week' || w(s, ord.end + 1) !== 'of') return null;
  const month = monthAt(s, ord.end + 2);
  if (!month) return null;
  const found = yearTokenAt(s, w(s, month.end) === ',' ? month.end + 1 : month.end);
  const spec: TimeSpec = { t: 'date', m: month.m, dir: 'bare', weekOfMonth: ord.n };
  if (found) spec.y = found.y;
  return match(i, found ? found.end : month.end, spec, 'week-of-month');
};

/**
 * "the third Monday in April", "the first Tuesday of November 2016", "the last Friday in June": the day worked out as
 * for a holiday whose date moves, the year chosen by the tense (round 12; was the nearest such weekday to the
 * report and the month alone).
 */
export const weekdayOfMonth: Rule = (s, i) => {
  if (w(s, i) !== 'the') return null;
  const l = w(s, i + 1);
  const ord = l === 'last' || l === 'final' ? { n: -1, end: i + 2 } : ordinalAt(s, i + 1);
  const wd = ord && tok(s, ord.end)?.cap ? WEEKDAYS.get(w(s, ord.end)) : undefined;
  if (!ord || ord.n > 5 || wd === undefined || (w(s, ord.end + 1) !== 'of' && w(s, ord.end + 1) !== 'in')) return null;
  // "will publish its February survey on the last Tuesday of the month": the month the text is at (round 14; was
  // "last Tuesday", the past week's)
  if (w(s, ord.end + 2) === 'the' && w(s, ord.end + 3) === 'month') {
    return match(i, ord.end + 4, { t: 'date', m: 1, d: 1, dir: 'bare', movable: { m: 1, wd, n: ord.n }, monthAnaphoric: true }, 'weekday-of-month');
  }
  const month = monthAt(s, ord.end + 2);
  if (!month) return null;
  const found = yearTokenAt(s, w(s, month.end) === ',' ? month.end + 1 : month.end);
  const spec: TimeSpec = { t: 'date', m: month.m, d: 1, dir: 'bare', movable: { m: month.m, wd, n: ord.n } };
  if (found) spec.y = found.y;
  return match(i, found ? found.end : month.end, spec, 'weekday-of-month');
};

/**
 * "On this day in 1969, Armstrong walked on the moon", "this date in 1941": the report's month and day in that year,
 * as anniversary columns mean it (round 14; was the year alone).
 */
export const thisDayInYear: Rule = (s, i) => {
  if (w(s, i) !== 'this' || (w(s, i + 1) !== 'day' && w(s, i + 1) !== 'date') || w(s, i + 2) !== 'in') return null;
  const found = yearTokenAt(s, i + 3);
  if (!found || found.end !== i + 4) return null;
  return match(i, found.end, { t: 'date', y: found.y, m: 1, d: 1, dir: 'bare', reportDay: true }, 'this-day-in-year');
};

/** "last May", "next March", "this December". */
export const relativeMonth: Rule = (s, i) => {
  const { dir, end } = directionAt(s, i);
  if (dir === 'bare' || w(s, i) === 'past' || w(s, i) === 'coming' || w(s, i) === 'previous') return null;
  const month = monthAt(s, end);
  if (!month || month.abbr) return null;
  const day = dayAt(s, month.end);
  if (day && plausibleDay(month.m, day.d)) return match(i, day.end, { t: 'date', m: month.m, d: day.d, dir }, 'month-day');
  return match(i, month.end, { t: 'date', m: month.m, dir }, 'rel-month');
};

/** "last spring" (2025-SP), "this summer", "the winter of 2009", "autumn 2008". */
/** Prepositions of time before "the fall" that make it the season ("in the fall", "scheduled for the fall"). */
const FALL_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in', 'during', 'by', 'until', 'till', 'since', 'through', 'throughout', 'this', 'early', 'late', 'for', 'before', 'into',
]);

/**
 * "in the fall", "scheduled for the fall", "by early fall", "in late fall" are the season; "the fall of Baghdad", "a
 * fall in prices", "an early fall in shares" are the noun.
 */
function seasonFall(s: TokenSeq, i: number): boolean {
  if (['of', 'in', 'on', 'at', 'to', 'from', 'by'].includes(w(s, i + 1))) return false;
  const prev = w(s, i - 1);
  if (prev === 'early' || prev === 'late') return !['a', 'an', 'the', 'its', 'their'].includes(w(s, i - 2));
  return prev === 'the' && FALL_PREPOSITIONS.has(w(s, i - 2));
}

/**
 * Words before a bare season that make it the season ("in the spring", "by summer", "before spring", "into winter").
 * Id: `times/season-prepositions`; source: harvest, strike and forecast copy of wire reports ("no improvement before
 * spring", "the siege dragged on into winter"; round 17 added before, after, till, into, throughout).
 */
const SEASON_PREPOSITIONS: ReadonlySet<string> = new Set([
  'the', 'early', 'late', 'mid', '-', 'in', 'during', 'by', 'until', 'since', 'through', 'this',
  'before', 'after', 'till', 'into', 'throughout',
]);

export const season: Rule = (s, i) => {
  const { dir, end: j } = directionAt(s, i);
  const t = tok(s, j);
  const code = SEASONS.get(t?.lower ?? '');
  if (!t || !code) return null;
  if (t.cap && !s.titleCase && j > 0 && dir === 'bare') return null; // "Arab Spring"
  let end = j + 1;
  let y: number | undefined;
  const k = w(s, end) === 'of' ? end + 1 : end;
  const found = yearTokenAt(s, k);
  if (found) {
    y = found.y;
    end = found.end;
  }
  // "the summer of '76", "the winter of '89": a clipped year after "of" (round 25, id `times/season-clipped-year`; was
  // last summer and the year apart)
  const clipped = !found && w(s, k - 1) === 'of' ? clippedYearAt(s, k) : null;
  if (clipped) return match(dir === 'bare' && w(s, i - 1) === 'the' ? i - 1 : i, clipped.end, { t: 'season', season: code, yy: clipped.yy, dir }, 'season');
  if (dir === 'bare' && y === undefined) {
    // "in the fall" is the season; "the fall of Baghdad", "a fall in prices" are the noun
    if (t.lower === 'fall' && !seasonFall(s, i)) return null;
    const prev = w(s, i - 1);
    // "in the spring and summer", "the fall or winter": the second of two joined seasons is a season too
    const joined = (prev === 'and' || prev === 'or') && SEASONS.has(w(s, i - 2)) && season(s, i - 2) !== null;
    // "before spring", "after winter", "into summer" (round 17; were no time): prepositions of time before a bare season
    if (!joined && !SEASON_PREPOSITIONS.has(prev)) return null;
  }
  const start = dir === 'bare' && w(s, i - 1) === 'the' && y !== undefined ? i - 1 : i; // "the winter of 2009"
  // "the summer months", "the winter months of 1997": the season, not a vague count of months beside it (round 10)
  if (w(s, end) === 'months' && y === undefined) end += 1;
  return match(start, end, { t: 'season', season: code, y, dir }, 'season');
};

/**
 * "closed the following winter", "that summer", "the previous spring": a season counted from the time the text told
 * last, not from the report (round 13; "the next winter" after "March 1978" was the report's next winter, "that
 * summer" and "the following winter" gave nothing). Without a time before, no value.
 */
export const anaphoricSeason: Rule = (s, i) => {
  const l = w(s, i);
  const step = l === 'the' ? SEASON_STEPS.get(w(s, i + 1)) : l === 'that' ? 0 : undefined;
  if (step === undefined) return null;
  const at = l === 'that' ? (w(s, i + 1) === 'same' ? i + 2 : i + 1) : i + 2;
  const code = SEASONS.get(w(s, at));
  if (!code || tok(s, at)?.cap || w(s, at + 1) === 'of') return null;
  // "that fall was steep" is the noun; "that fall, ..." opening a clause or after a preposition is the season
  if (w(s, at) === 'fall' && (FALL_NOUN_FOLLOWERS.has(w(s, at + 1)) || (l === 'that' && !(w(s, at + 1) === ',' || FALL_PREPOSITIONS.has(w(s, i - 1)))))) return null;
  return match(i, at + 1, { t: 'season', season: code, dir: 'bare', anaphor: step }, 'season-anaphoric');
};

/**
 * "Thailand devalued the baht on July 2, 1997. Suharto fell the following May", "The previous March, engineers had
 * warned", "That October, it was hit by a strike": a month counted from the time told last, as seasons are (round
 * 14; were no time, or the report's October).
 */
export const anaphoricMonth: Rule = (s, i) => {
  const l = w(s, i);
  const step = l === 'the' ? SEASON_STEPS.get(w(s, i + 1)) : l === 'that' ? 0 : undefined;
  if (step === undefined || step === 0 && l === 'the') return null;
  const at = l === 'that' ? (w(s, i + 1) === 'same' ? i + 2 : i + 1) : i + 2;
  const month = monthAt(s, at);
  if (!month || month.abbr || dayAt(s, month.end) || yearTokenAt(s, month.end) || w(s, month.end) === "'s") return null;
  // "that May be": after "that" an ambiguous month must stand alone before a comma
  if (l === 'that' && month.ambiguous && w(s, month.end) !== ',') return null;
  return match(i, month.end, { t: 'date', m: month.m, dir: 'bare', yAnaphoric: true, ...(step !== 0 ? { monthStep: step } : {}) }, 'month-anaphoric');
};

/** Words after "fall" that make it the noun ("the following fall in its shares", "the fall of Saigon"). */
const FALL_NOUN_FOLLOWERS: ReadonlySet<string> = new Set(['of', 'in', 'on', 'at', 'to', 'from', 'by']);

/** Steps of a season counted from the time told last ("the following winter" +1, "the previous spring" -1). */
const SEASON_STEPS: ReadonlyMap<string, number> = new Map([
  ['following', 1], ['next', 1], ['subsequent', 1], ['previous', -1], ['preceding', -1], ['prior', -1], ['same', 0],
]);

/**
 * "this year's first half", "last year's fourth quarter", "2008's second quarter": a quarter or half of a year
 * named before it in the possessive.
 */
export const possessiveYearPart: Rule = (s, i) => {
  let k: number;
  let y: number | undefined;
  let yOffset: number | undefined;
  let fy: number | undefined;
  const l = w(s, i);
  if ((l === 'this' || l === 'last' || l === 'next' || l === 'the') && w(s, i + 1) === 'year' && w(s, i + 2) === "'s") {
    // "the year's first half" is the first half of the year, as "the first half of the year" is (round 10)
    [yOffset, k] = [l === 'this' || l === 'the' ? 0 : l === 'last' ? -1 : 1, i + 3];
  } else {
    // "2008's second quarter", and without the possessive "the 1988 fourth quarter", "1997 first-half results";
    // "fiscal 1991's second half", "the fiscal 1989 fourth quarter": a part of that fiscal year (round 11)
    let at = w(s, i) === 'the' ? i + 1 : i;
    const fiscal = w(s, at) === 'fiscal';
    if (fiscal) at += w(s, at + 1) === 'year' ? 2 : 1;
    const found = yearTokenAt(s, at);
    if (!found) return null;
    const possessive = w(s, found.end) === "'s";
    if (!possessive && !ordinalAt(s, found.end)) return null;
    [k] = [possessive ? found.end + 1 : found.end];
    if (fiscal) fy = found.y;
    else y = found.y;
  }
  if (w(s, k) === 'fiscal') k += 1;
  const ord = ordinalAt(s, k);
  if (!ord) return null;
  let u = ord.end;
  if (w(s, u) === '-' && attached(s, u)) u += 1; // "last year's third-quarter results"
  if (w(s, u) === 'fiscal') u += 1;
  const unit = w(s, u);
  if (unit !== 'quarter' && unit !== 'half') return null;
  const of = unit === 'quarter' ? 'Q' : 'H';
  if (ord.n < 1 || ord.n > (of === 'Q' ? 4 : 2)) return null;
  const spec: TimeSpec = { t: 'part', n: ord.n, of, y, dir: 'bare' };
  if (yOffset !== undefined) spec.yOffset = yOffset;
  if (fy !== undefined) spec.fy = fy;
  return match(i, u + 1, spec, of === 'Q' ? 'quarter' : 'half-year');
};

/**
 * Broker shorthand: "3Q", "3Q19", "1H 2020", "2H20": the number before a capital Q or H glued to it, then a year
 * glued to it (two digits) or after a space (four digits).
 */
function brokerPeriodAt(s: TokenSeq, j: number): { n: number; of: 'Q' | 'H'; y?: number; end: number } | null {
  const t = tok(s, j);
  const letter = tok(s, j + 1);
  if (t?.kind !== 'num' || t.text.length !== 1 || !letter || !attached(s, j + 1) || (letter.text !== 'Q' && letter.text !== 'H')) return null;
  const of = letter.text;
  const n = Number(t.text);
  if (n < 1 || n > (of === 'Q' ? 4 : 2)) return null;
  const glued = tok(s, j + 2);
  if (glued && attached(s, j + 2)) {
    if (glued.kind !== 'num' || glued.text.length !== 2 || (tok(s, j + 3) && attached(s, j + 3) && tok(s, j + 3)!.kind !== 'punct')) return null;
    const yy = Number(glued.text);
    return { n, of, y: yy < 50 ? 2000 + yy : 1900 + yy, end: j + 3 };
  }
  const year = yearTokenAt(s, j + 2);
  return year ? { n, of, y: year.y, end: year.end } : { n, of, end: j + 2 };
}

/** "the third quarter", "fourth-quarter", "Q3 2025", "the first half of 2009", "the last quarter". */
/**
 * A half without a year is a half of a year after "the", in a hyphened modifier ("first-half profit") or after
 * "fiscal" ("the fiscal first half", round 10), not a half of a match.
 */
function halfOfYear(s: TokenSeq, i: number, k: number, hasThe: boolean): boolean {
  return hasThe || w(s, k - 2) === '-' || w(s, i - 1) === 'fiscal';
}

/** "fiscal 1990", "fiscal year 1990", "the 1990 fiscal year", "FY1990" at token `i`: the fiscal year's number. */
function writtenFiscalYear(s: TokenSeq, i: number): { y: number; end: number } | null {
  const m = fiscalYear(s, i);
  const y = m && m.spec.t === 'fixed' ? /^FY(\d{4})$/.exec(m.spec.value)?.[1] : undefined;
  return m && y ? { y: Number(y), end: m.end } : null;
}

export const quarter: Rule = (s, i) => {
  const hasThe = w(s, i) === 'the';
  const j = hasThe ? i + 1 : i;
  const t = tok(s, j);
  let n: number;
  let of: 'Q' | 'H';
  let k: number;
  const abbr = brokerPeriodAt(s, j);
  if (abbr) return match(i, abbr.end, { t: 'part', n: abbr.n, of: abbr.of, y: abbr.y, dir: 'bare' }, abbr.of === 'Q' ? 'quarter' : 'half-year');
  if (t && (t.text === 'Q' || t.text === 'H') && tok(s, j + 1)?.kind === 'num' && attached(s, j + 1)) {
    of = t.text;
    n = Number(tok(s, j + 1)!.text);
    k = j + 2;
  } else {
    const l = w(s, j);
    let ord = ordinalAt(s, j);
    if (!ord && (l === 'final' || l === 'last' || l === 'previous')) ord = { n: -1, end: j + 1 };
    if (!ord && l === 'latter' && w(s, j + 1) === 'half') ord = { n: 2, end: j + 1 }; // "the latter half of 1996" = H2
    if (!ord) return null;
    k = ord.end;
    if (w(s, k) === '-' && attached(s, k)) k += 1;
    if (w(s, k) === 'fiscal') k += 1;
    const unit = w(s, k);
    if (unit !== 'quarter' && unit !== 'half') return null;
    of = unit === 'quarter' ? 'Q' : 'H';
    k += 1;
    if (ord.n === -1) {
      // "the last quarter" is the quarter before the present one; "the final quarter of 2008" is Q4.
      if (l === 'final') n = of === 'Q' ? 4 : 2;
      else {
        const yearAfter = w(s, k) === 'of' ? yearTokenAt(s, k + 1) : null;
        if (yearAfter) n = of === 'Q' ? 4 : 2;
        else return hasThe || l !== 'last' ? match(i, k, { t: 'relUnit', unit: of === 'Q' ? 'quarter' : 'half', offset: -1 }, 'rel-period') : null;
      }
    } else n = ord.n;
  }
  if (n < 1 || n > (of === 'Q' ? 4 : 2)) return null;
  const year = yearOfPart(s, k, of);
  if (!year) return null;
  if (of === 'H' && year.y === undefined && year.yOffset === undefined && year.fy === undefined && !year.fyAnaphoric && !halfOfYear(s, i, k, hasThe)) return null;
  const spec: TimeSpec = { t: 'part', n, of, y: year.y, dir: 'bare' };
  if (year.yOffset !== undefined) spec.yOffset = year.yOffset;
  if (year.fy !== undefined) spec.fy = year.fy;
  if (year.fyAnaphoric) spec.fyAnaphoric = true;
  return match(i, year.end, spec, of === 'Q' ? 'quarter' : 'half-year');
};

/**
 * The year written after a quarter or half that ends before token `k`: "of 1997", ", 1997", "of this year", "of the
 * year", and "of fiscal 1990" (one expression, round 11); `end` stays `k` without one. Null for a half of something
 * else ("the first half of the match").
 */
function yearOfPart(s: TokenSeq, k: number, of: 'Q' | 'H'): { y?: number; yOffset?: number; fy?: number; fyAnaphoric?: boolean; end: number } | null {
  let ofYear = w(s, k) === 'of' || w(s, k) === ',' ? k + 1 : k;
  // "the second half of calendar 2008", "the first quarter of calendar year 2009": the calendar year, said against a
  // fiscal one (round 16; the half was no time)
  if (w(s, k) === 'of' && w(s, ofYear) === 'calendar') ofYear += w(s, ofYear + 1) === 'year' ? 2 : 1;
  const found = yearTokenAt(s, ofYear);
  if (found) return { y: found.y, end: found.end };
  if (w(s, k) !== 'of') return { end: k };
  const fiscal = writtenFiscalYear(s, ofYear);
  if (fiscal) return { fy: fiscal.y, end: fiscal.end };
  // "the third quarter of the fiscal year": a part of the fiscal year the article discusses (round 12)
  if (w(s, k + 1) === 'the' && w(s, k + 2) === 'fiscal' && w(s, k + 3) === 'year') return { fyAnaphoric: true, end: k + 4 };
  const rel = w(s, k + 1);
  if ((rel === 'this' || rel === 'last' || rel === 'next' || rel === 'the') && w(s, k + 2) === 'year') {
    return { yOffset: rel === 'last' ? -1 : rel === 'next' ? 1 : 0, end: k + 3 };
  }
  return of === 'H' ? null : { end: k };
}

const ANCHOR_UNITS: ReadonlyMap<string, Unit | 'weekend'> = new Map<string, Unit | 'weekend'>([
  ['day', UNITS_SINGULAR.get('day')!], ['week', UNITS_SINGULAR.get('week')!], ['month', UNITS_SINGULAR.get('month')!],
  ['year', UNITS_SINGULAR.get('year')!], ['weekend', 'weekend'],
]);

/** Units a day named right after "the <unit> before/after" is counted in ("the day after Christmas"). */
const NEXT_ANCHOR_UNITS: ReadonlySet<string> = new Set(['day', 'week', 'weekend']);

/** "the following day", "the previous week", "the same day", "that night", "later that day", "the day before". */
export const anchoredPhrase: Rule = (s, i) => {
  const l = w(s, i);
  if (l === 'the') {
    const m = w(s, i + 1);
    const n = ['following', 'next', 'subsequent'].includes(m) ? 1 : ['previous', 'preceding', 'prior'].includes(m) ? -1 : m === 'same' ? 0 : null;
    if (n !== null) {
      const u = w(s, i + 2);
      const pod = PARTS_OF_DAY.get(u) as PartOfDay | undefined;
      if (pod) return match(i, i + 3, { t: 'anchored', n, unit: DAY, pod, needsPrevious: false }, 'anchored');
      const unit = ANCHOR_UNITS.get(u);
      if (unit) return match(i, i + 3, { t: 'anchored', n, unit, needsPrevious: n === 0 }, 'anchored');
    }
    const unit = ANCHOR_UNITS.get(m);
    const rel = w(s, i + 2);
    // "the night before", "the morning after": that part of the day before or after the time told last
    const podBefore = PARTS_OF_DAY.get(m) as PartOfDay | undefined;
    if (podBefore && (rel === 'before' || rel === 'after') && clauseEnd(s, i + 3)) {
      return match(i, i + 3, { t: 'anchored', n: rel === 'after' ? 1 : -1, unit: DAY, pod: podBefore, needsPrevious: true }, 'anchored');
    }
    if (unit && (rel === 'before' || rel === 'after' || rel === 'earlier') && clauseEnd(s, i + 3)) {
      return match(i, i + 3, { t: 'anchored', n: rel === 'after' ? 1 : -1, unit, needsPrevious: false }, 'anchored');
    }
    // "the day after Christmas", "the week before Thanksgiving", "the night before the 1990 election": counted from
    // the day written right after it (valued once the sentence is resolved, `daysBesideDays`; round 17, was no time)
    const beside = (unit && NEXT_ANCHOR_UNITS.has(m)) || podBefore ? w(s, i + 2) : '';
    if ((beside === 'before' || beside === 'after') && !clauseEnd(s, i + 3)) {
      const n = beside === 'after' ? 1 : -1;
      return match(i, i + 3, { t: 'anchored', n, unit: podBefore ? DAY : unit!, ...(podBefore ? { pod: podBefore } : {}), needsPrevious: true, anchorAfter: true }, 'anchored-next');
    }
    return null;
  }
  const later = l === 'later' || l === 'earlier';
  // "earlier in the day", "later in the day": the day of the date before it, else the day of the report
  if (later && w(s, i + 1) === 'in' && w(s, i + 2) === 'the' && w(s, i + 3) === 'day' && w(s, i + 4) !== "'s") {
    return match(i, i + 4, { t: 'anchored', n: 0, unit: DAY, needsPrevious: false }, 'anchored');
  }
  const j = later ? i + 1 : i;
  if (w(s, j) === 'that') {
    // "That same year", "that same night": as "that year" (round 13; was no time)
    const at = w(s, j + 1) === 'same' ? j + 2 : j + 1;
    const u = w(s, at);
    const pod = PARTS_OF_DAY.get(u) as PartOfDay | undefined;
    if (pod) return match(i, at + 1, { t: 'anchored', n: 0, unit: DAY, pod, needsPrevious: true }, 'anchored');
    const unit = ANCHOR_UNITS.get(u);
    if (unit && w(s, at + 1) !== "'s") return match(i, at + 1, { t: 'anchored', n: 0, unit, needsPrevious: true }, 'anchored');
  }
  return null;
};

/**
 * "the year", "the month", "the week" after "the end of": the current period, or in a past clause the one told
 * before it (`definite`, see `narratedPeriod` in resolve.ts).
 */
export const currentPeriod: Rule = (s, i) => {
  if (w(s, i) !== 'the') return null;
  const unit = PERIODS.get(w(s, i + 1));
  const closing = w(s, i - 1) === 'of' && (w(s, i - 2) === 'end' || w(s, i - 2) === 'close');
  return unit && unit !== 'weekend' ? match(i, i + 2, { t: 'relUnit', unit, offset: 0, definite: true, ...(closing ? { closing } : {}) }, 'rel-period') : null;
};

/** Words after which "overnight" is an adverb, not an adjective ("fell overnight in Asia", "overnight, rebels"). */
const AFTER_OVERNIGHT_ADVERB: ReadonlySet<string> = new Set([
  'in', 'on', 'at', 'and', 'but', 'as', 'after', 'before', 'when', 'while', 'to', 'from', 'into', 'with', 'near',
  'across', 'amid', 'outside', 'inside', 'by', 'following', 'despite',
]);

/**
 * "overnight" as an adverb ("prices fell overnight", "Overnight, rebels attacked"): the night before the report,
 * or the coming night in the future tense (YYYY-MM-DDTNI). Before a noun it is an adjective ("overnight
 * trading", "an overnight stay") and no time.
 */
export const overnight: Rule = (s, i) => {
  if (w(s, i) !== 'overnight') return null;
  if (negatedBefore(s, i)) return null; // "We didn't get here overnight", "it won't happen overnight": suddenly
  const night = nightOfWeekday(s, i);
  if (night) return night;
  const next = tok(s, i + 1);
  // "Polls taken overnight showed", "figures released overnight suggest": a verb after it makes it an adverb of the
  // participle before it (round 15; was no time)
  if (next && next.kind === 'word' && !AFTER_OVERNIGHT_ADVERB.has(next.lower) && !verbAfterOvernight(s, i)) return null;
  if (next && next.text === '-') return null;
  return match(i, i + 1, { t: 'overnight', ...(happeningDayBefore(s, i) ? { dayBefore: true } : {}) }, 'overnight');
};

/** Glued forms of the middle of a decade or century ("midcentury"). */
const GLUED_MID_PERIODS: ReadonlyMap<string, CountedPeriod> = new Map([['midcentury', 'century'], ['middecade', 'decade']]);

/**
 * "net zero by mid-century", "complete by mid-decade", "by midcentury": the middle of the current century or decade,
 * valued as the period as "the middle of the decade" is (round 22; was no time). Id: `times/mid-period`; source:
 * climate pledges and technology roadmaps.
 */
export const midPeriod: Rule = (s, i) => {
  const glued = GLUED_MID_PERIODS.get(w(s, i));
  const hyphened = w(s, i) === 'mid' && w(s, i + 1) === '-' && attached(s, i + 1) && attached(s, i + 2) ? w(s, i + 2) : '';
  const unit = glued ?? (hyphened === 'decade' || hyphened === 'century' ? hyphened : null);
  const end = glued ? i + 1 : i + 3;
  // before a noun it is an adjective: "mid-century furniture", "a mid-decade review"
  const next = tok(s, end);
  if (!unit || (next && next.kind === 'word' && !next.cap && !AFTER_BARE_DAY_PART.has(next.lower))) return null;
  if (next?.text === '-') return null;
  return match(i, end, { t: 'relUnit', unit, offset: 0, definite: true }, 'rel-period');
};

/** Words that may stand between a day and the preposition or verb before it ("on Monday", "late on Tuesday"). */
const DAY_LEADS: ReadonlySet<string> = new Set(['on', 'late', 'early']);

/**
 * "Fighting broke out on Tuesday and continued overnight", "Polls closed at 8 p.m. on Sunday, and counting began
 * overnight": a weekday or a month-day earlier in the sentence, not one a verb of telling dates ("the army said on
 * Friday that ... overnight" keeps the night before the telling), is the day whose night "overnight" is (round 22; was
 * the night before the report). Id: `times/overnight-after-day`.
 */
function happeningDayBefore(s: TokenSeq, i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const t = tok(s, k)!;
    const day = (t.cap && WEEKDAYS.has(t.lower)) || (monthDayAt(s, k) !== null && !attached(s, k));
    if (!day) continue;
    let p = k - 1;
    while (DAY_LEADS.has(w(s, p))) p -= 1;
    return !TELLING_PASTS.has(w(s, p));
  }
  return false;
}

/**
 * "The storm made landfall overnight Tuesday", "Heavy rain is expected overnight Thursday", "shelling overnight Saturday
 * into Sunday", "hit overnight on Monday": "overnight" before a bare weekday is that weekday's night, one expression (YYYY-MM-DDTNI, as TimeML
 * writes "Tuesday night"); the weekday keeps its clause's direction (round 18; was the weekday alone, a whole day).
 * Id: `times/overnight-weekday`; source: weather, disaster and conflict timelines of wire copy.
 */
function nightOfWeekday(s: TokenSeq, i: number): TimeMatch | null {
  const day = weekday(s, w(s, i + 1) === 'on' ? i + 2 : i + 1);
  if (!day || day.spec.t !== 'weekday' || day.spec.dir !== 'bare' || day.spec.pod !== undefined || day.spec.weeks !== undefined) return null;
  return match(i, day.end, { ...day.spec, pod: 'NI' }, 'overnight-weekday');
}

/** Past participles before "overnight" whose clause's verb follows it ("Polls taken overnight showed"). */
function verbAfterOvernight(s: TokenSeq, i: number): boolean {
  const before = tok(s, i - 1);
  const next = tok(s, i + 1);
  if (!before || !next || next.cap || before.kind !== 'word') return false;
  const participle = before.lower.endsWith('ed') || PAST_PARTICIPLES.has(before.lower);
  const verb = IRREGULAR_PAST.has(next.lower) || next.lower.endsWith('ed') || /^(?:show|shows|suggest|suggests|point|points)$/.test(next.lower);
  return participle && verb;
}

/** Irregular past participles of reports and measures ("taken", "done", "released" is regular). */
const PAST_PARTICIPLES: ReadonlySet<string> = new Set(['taken', 'done', 'given', 'shown', 'seen', 'held', 'made', 'sent', 'put', 'set', 'run', 'won', 'lost', 'cast']);

/** Negations that make "overnight" mean "suddenly" ("change does not happen overnight"). */
const NEGATIONS: ReadonlySet<string> = new Set(['not', "'t", 'never', 'cannot']);

/** A negation earlier in the clause, within eight tokens. */
function negatedBefore(s: TokenSeq, i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 8); k--) {
    const t = tok(s, k);
    if (!t || (t.kind === 'punct' && t.text !== "'")) return false;
    if (NEGATIONS.has(t.lower)) return true;
  }
  return false;
}

/** Prepositions before "the morning", "the night" that make it a part of the day under discussion. */
const PART_OF_DAY_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'during', 'through', 'throughout', 'by', 'until', 'into']);

/**
 * "in the morning", "during the night", "early in the evening": a part of the day the text was just talking about
 * (2025-12-02TMO after "On Tuesday"); with no day before it in the text, nothing is marked.
 */
export const partOfThatDay: Rule = (s, i) => {
  if (w(s, i) !== 'the' || !PART_OF_DAY_PREPOSITIONS.has(w(s, i - 1))) return null;
  const pod = PARTS_OF_DAY.get(w(s, i + 1)) as PartOfDay | undefined;
  if (!pod || ['of', 'before', 'after', "'s", '-'].includes(w(s, i + 2))) return null;
  // "worked through the night on Sunday", "in the morning on June 3": that part of the day named right after "on" (valued
  // once the sentence is resolved, `daysBesideDays`; round 22, was the part of the day told before, Saturday's night
  // after "on Saturday afternoon"). Id: `times/part-on-named-day`.
  const named = w(s, i + 2) === 'on' && (dayAfterDayPart(s, i + 2, pod) !== null || monthDayAt(s, i + 3) !== null);
  return match(i, i + 2, { t: 'anchored', n: 0, unit: DAY, pod, needsPrevious: true, ...(named ? { anchorAfter: true } : {}) }, 'anchored');
};

/**
 * "the night of December 2", "the morning of Tuesday": a part of a named day is one expression whose value is the
 * day with its part-of-day code (2025-12-02TNI), as TimeML writes "Tuesday night". Joins the day's match with the
 * three words before it; a day that already has a part ("the night of Tuesday evening") is left alone.
 */
export function partOfNamedDay(s: TokenSeq, matches: readonly TimeMatch[]): TimeMatch[] {
  return matches.map((m, k) => {
    const hours = earlyHoursOf(s, m);
    if (hours) return hours;
    const start = m.start - 3;
    const pod = PARTS_OF_DAY.get(w(s, m.start - 2)) as PartOfDay | undefined;
    if (!pod || start < 0 || w(s, start) !== 'the' || w(s, m.start - 1) !== 'of') return m;
    if (k > 0 && matches[k - 1]!.end > start) return m;
    const spec = m.spec;
    if (spec.t === 'date' && spec.d !== undefined && spec.pod === undefined) return match(start, m.end, { ...spec, pod }, 'part-of-day-of');
    if (spec.t === 'weekday' && !spec.weekend && spec.pod === undefined) return match(start, m.end, { ...spec, pod }, 'part-of-day-of');
    return m;
  });
}

/** Adjectives that make "the ... hours" the hours after midnight ("the early hours", "the small hours"). */
const SMALL_HOURS: ReadonlySet<string> = new Set(['early', 'small', 'wee']);
/** Prepositions before "the early hours" ("in", "during", "until", "since the early hours"). */
const EARLY_HOURS_PREPOSITIONS: ReadonlySet<string> = new Set([...PART_OF_DAY_PREPOSITIONS, 'till', 'before', 'after', 'since', 'from']);

/**
 * "in the early hours", "during the small hours", "until the wee hours": the hours after midnight of the day the text
 * was at (a date before it), else of the report's day. The value is the day, as for "early Thursday" (TimeML puts
 * "early" in `mod`; no part-of-day code names these hours); "of the morning" after it names one (TMO). Round 25 (was no
 * time; round 24's leftover); id `times/early-hours`. "the early hours of Sunday" is joined to its day by
 * `partOfNamedDay`.
 */
export const earlyHours: Rule = (s, i) => {
  if (w(s, i) !== 'the' || !EARLY_HOURS_PREPOSITIONS.has(w(s, i - 1))) return null;
  if (!SMALL_HOURS.has(w(s, i + 1)) || w(s, i + 2) !== 'hours') return null;
  const ofMorning = w(s, i + 3) === 'of' && w(s, i + 4) === 'the' && w(s, i + 5) === 'morning';
  if (w(s, i + 3) === 'of' && !ofMorning) return null;
  const spec: TimeSpec = { t: 'anchored', n: 0, unit: DAY, needsPrevious: false, ...(ofMorning ? { pod: 'MO' as const } : {}) };
  return match(i, ofMorning ? i + 6 : i + 3, spec, 'anchored');
};

/**
 * "the early hours of Sunday", "the small hours of May 4": one expression with the day's value, as "early Sunday" has
 * (round 25, id `times/early-hours`; was the day alone, its span without the hours).
 */
function earlyHoursOf(s: TokenSeq, m: TimeMatch): TimeMatch | null {
  const start = m.start - 4;
  if (start < 0 || w(s, start) !== 'the' || !SMALL_HOURS.has(w(s, start + 1)) || w(s, start + 2) !== 'hours' || w(s, start + 3) !== 'of') return null;
  return m.spec.t === 'weekday' || (m.spec.t === 'date' && m.spec.d !== undefined) ? match(start, m.end, m.spec, m.rule) : null;
}

/** Nouns of a market's dealings that a part of the day can date ("afternoon trading", "morning trade"). */
const TRADING_NOUNS: ReadonlySet<string> = new Set(['trading', 'trade', 'dealings', 'deals', 'session']);
/** Prepositions before "afternoon trading" ("in", "during", "by", "through", "into"). */
const TRADING_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'during', 'by', 'through', 'throughout', 'into']);

/**
 * "fell 2 percent in afternoon trading", "rose in morning trade in Tokyo": a bare part of the day before a noun of a
 * market's dealings dates them on the report's day (a market report tells the session of its day; a day told sentences
 * before is usually an earlier session's), with the part's code. With a day after it ("in morning trading on Friday")
 * the day is left alone to its own rule. Round 25 (was no time); id `times/trading-part-of-day`. "overnight trading"
 * stays an adjective (`overnight`); "early trade", "the session before" name no part of the day.
 */
export const tradingPartOfDay: Rule = (s, i) => {
  const pod = PARTS_OF_DAY.get(w(s, i)) as PartOfDay | undefined;
  if (!pod || pod === 'NI' || !TRADING_PREPOSITIONS.has(w(s, i - 1)) || !TRADING_NOUNS.has(w(s, i + 1))) return null;
  if (w(s, i + 2) === 'on' && tok(s, i + 3)?.cap) return null;
  return match(i, i + 1, { t: 'relDay', offset: 0, pod }, 'relative-day');
};

/** Prepositions of a whole day's course ("throughout the day", "during the day"). */
const WHOLE_DAY_PREPOSITIONS: ReadonlySet<string> = new Set(['throughout', 'through', 'during']);
/** Words after "the day" that make it the head of a longer phrase ("the day before", "the day of the vote", "the day shift"). */
const AFTER_WHOLE_DAY: ReadonlySet<string> = new Set(['', ',', '.', ';', ':', 'and', 'but', 'as', 'while', 'on', 'in', 'at', 'with', 'to', 'until', ')']);

/**
 * "Aftershocks continued throughout the day", "Shops stayed shut during the day": the day the text was at (a date
 * before it), else the report's, as "later in the day" is (round 25, id `times/whole-day`; was no time; round 17 left
 * "through the day" for want of a convention, and "later in the day" set one). "the day before", "the day of the
 * vote" and "the day shift" are other phrases.
 */
export const wholeDay: Rule = (s, i) => {
  if (!WHOLE_DAY_PREPOSITIONS.has(w(s, i - 1)) || w(s, i) !== 'the' || w(s, i + 1) !== 'day' || !AFTER_WHOLE_DAY.has(w(s, i + 2))) return null;
  if (w(s, i + 2) === 'on' && tok(s, i + 3)?.cap) return null; // "during the day on Sunday": the day's own rule
  return match(i, i + 2, { t: 'anchored', n: 0, unit: DAY, needsPrevious: false }, 'anchored');
};

/** Glued forms of a part of the day at its middle ("midafternoon trading", "by midmorning"). */
const GLUED_MID_PARTS: ReadonlyMap<string, PartOfDay> = new Map<string, PartOfDay>([
  ['midmorning', 'MO'], ['midafternoon', 'AF'], ['midevening', 'EV'],
]);

/** Modifiers of a bare part of the day ("late afternoon", "early morning", "mid-afternoon"). */
const PART_OF_DAY_MODIFIERS: ReadonlySet<string> = new Set(['early', 'late', 'mid']);

/**
 * "in late afternoon trading", "by midafternoon", "in the early morning": a modified part of the day with no day
 * named: the day the text was at (a date before it), else the day of the report, as "earlier in the day" (TimeML
 * writes the day with its part, the modifier goes to `mod`). Left to other rules: "an early morning raid" (a
 * description), "late Tuesday afternoon", "the early morning of May 2", "early morning hours of Saturday".
 */
export const modifiedPartOfDay: Rule = (s, i) => {
  const start = i;
  if (w(s, i - 1) === 'a' || w(s, i - 1) === 'an') return null;
  let j = w(s, i) === 'the' ? i + 1 : i;
  let pod = GLUED_MID_PARTS.get(w(s, j));
  if (pod) j += 1;
  else {
    if (!PART_OF_DAY_MODIFIERS.has(w(s, j))) return null;
    j += w(s, j + 1) === '-' && attached(s, j + 1) ? 2 : 1;
    pod = PARTS_OF_DAY.get(w(s, j)) as PartOfDay | undefined;
    if (!pod || pod === 'NI') return null; // "late night" is also a genre ("late night television")
    j += 1;
  }
  const next = tok(s, j);
  if (w(s, j) === 'of' || w(s, j) === 'hours' || (next && next.kind === 'word' && next.cap)) return null;
  return match(start, j, { t: 'anchored', n: 0, unit: DAY, pod, needsPrevious: false }, 'anchored');
};

/** Steps of "the next day", "the previous day" after a part of the day ("at dawn the next day"; round 12). */
const ANCHOR_STEPS: ReadonlyMap<string, number> = new Map([['next', 1], ['following', 1], ['previous', -1], ['same', 0]]);

/** Relative days written after a part of the day ("at dawn today", "by nightfall yesterday"). */
const RELATIVE_DAY_OFFSETS: ReadonlyMap<string, number> = new Map([['today', 0], ['yesterday', -1], ['tomorrow', 1]]);

/**
 * "at dawn today", "by nightfall yesterday", "at dawn Tuesday", "at dusk on Friday": the part of the day joined to the
 * day written right after it, one expression with the part's code (round 12; was the day alone, the part dropped).
 */
function dayAfterDayPart(s: TokenSeq, k: number, pod: PartOfDay): { spec: TimeSpec; end: number } | null {
  const offset = RELATIVE_DAY_OFFSETS.get(w(s, k));
  if (offset !== undefined) return { spec: { t: 'relDay', offset, pod }, end: k + 1 };
  // "at dawn the next day", "by nightfall the following day", "at dusk that day": that part of the day counted
  const step = w(s, k) === 'the' ? ANCHOR_STEPS.get(w(s, k + 1)) : w(s, k) === 'that' ? 0 : undefined;
  const dayAt = w(s, k) === 'the' ? k + 2 : k + 1;
  if (step !== undefined && w(s, dayAt) === 'day') return { spec: { t: 'anchored', n: step, unit: DAY, pod, needsPrevious: step === 0 }, end: dayAt + 1 };
  const at = w(s, k) === 'on' ? k + 1 : k;
  const wd = tok(s, at)?.cap ? WEEKDAYS.get(w(s, at)) : undefined;
  if (wd === undefined || w(s, at + 1) === "'s") return null;
  return { spec: { t: 'weekday', wd, dir: 'bare', pod }, end: at + 1 };
}


/** Bare parts of the day and the moments that open or close them ("by evening", "at dawn", "by nightfall"). */
const BARE_DAY_PARTS: ReadonlyMap<string, PartOfDay> = new Map<string, PartOfDay>([
  ['morning', 'MO'], ['afternoon', 'AF'], ['evening', 'EV'], ['dawn', 'MO'], ['daybreak', 'MO'], ['sunrise', 'MO'],
  ['dusk', 'EV'], ['nightfall', 'EV'], ['sunset', 'EV'],
]);

/** Prepositions before a bare part of the day ("by evening", "at dawn", "until nightfall"). */
const BARE_DAY_PART_PREPOSITIONS: ReadonlySet<string> = new Set(['by', 'at', 'until', 'till', 'before', 'after', 'toward', 'towards', 'around']);

/** Words that may follow a bare part of the day in its clause (not a noun it modifies). */
const AFTER_BARE_DAY_PART: ReadonlySet<string> = new Set([
  'and', 'or', 'but', 'as', 'when', 'while', 'the', 'a', 'an', 'on', 'in', 'to', 'with', 'he', 'she', 'they', 'it', 'we',
  'that', 'after', 'before', 'until', 'local', 'there', 'most', 'all', 'some',
]);

/**
 * "By evening, troops arrived", "shelling began at dawn", "fighting went on until nightfall": a part of the day with
 * no determiner after a preposition: the day the text was at (a date before it), else the report's day, with the
 * part's code (dawn and daybreak TMO, dusk and nightfall TEV). A day written right after it ("at dawn on Tuesday",
 * "by morning Friday") is left to the day's own rule; "at sunset clause" or "dawn raid" are no times.
 */
export const bareDayPart: Rule = (s, i) => {
  const pod = BARE_DAY_PARTS.get(w(s, i));
  if (!pod || !BARE_DAY_PART_PREPOSITIONS.has(w(s, i - 1))) return null;
  const day = dayAfterDayPart(s, i + 1, pod);
  if (day) return match(i, day.end, day.spec, 'part-of-named-day');
  const next = tok(s, i + 1);
  // a day or a noun after it: "at dawn Tuesday", "at dawn on Tuesday", "after sunset prayers", "at morning assembly"
  if (next && next.kind === 'word' && (next.cap || !AFTER_BARE_DAY_PART.has(next.lower))) return null;
  if (w(s, i + 1) === 'on' && tok(s, i + 2)?.cap) return null;
  return match(i, i + 1, { t: 'anchored', n: 0, unit: DAY, pod, needsPrevious: false }, 'anchored');
};
