// Rules for durations ("five hours", "week-long"), "ago", "N days later", rates and sets ("every Sunday").
import {
  COUNT_NOUNS,
  DAY_NOUNS,
  DURATION_MODIFIERS,
  LONG_COMPOUNDS,
  MEASURE_UNITS,
  MEDIA_NOUNS,
  STORAGE_AUXILIARIES,
  STORAGE_VERBS,
  NUMBER_WORDS,
  PARTS_OF_DAY,
  ORDINAL_WORDS,
  SEASONS,
  SET_WORDS,
  UNITS_SINGULAR,
  DAY,
  WEEKDAYS,
  type Unit,
} from './lexicon.js';
import { monthAt } from './dates.js';
import { minutesAsRecord } from './meeting-minutes.js';
import { durationValue, parseNumber, parseQuantity, unitAt } from './numbers.js';
import { pad } from './calendar.js';
import type { TimeMatch, TimeSpec } from './spec.js';
import { attached, clauseEnd, fixed, match, tok, w, type Rule, type TokenSeq } from './token-seq.js';

/** Words whose presence before a number make "a year" a rate ("15 a year", "twice a day"). */
const RATE_QUANTIFIERS: ReadonlySet<string> = new Set([
  'million', 'billion', 'trillion', 'thousand', 'hundred', 'times', 'once', 'twice', 'thrice', '%', 'percent',
]);

/**
 * The token before `i` makes "a year" a rate: "15 a year", "$800 million a year", "twice a day", "1.5 million
 * barrels a day".
 */
function rateContext(s: TokenSeq, i: number): boolean {
  const prev = tok(s, i - 1);
  if (!prev) return false;
  if (prev.kind === 'num' || NUMBER_WORDS.has(prev.lower) || RATE_QUANTIFIERS.has(prev.lower) || COUNT_NOUNS.has(prev.lower)) return true;
  // "13 million visitors a year", "2,000 new cars a month": a counted plural noun just before
  if (prev.kind !== 'word' || prev.cap || !prev.lower.endsWith('s') || prev.lower.endsWith('ss')) return false;
  for (let k = i - 2; k >= Math.max(0, i - 4); k--) {
    const t = tok(s, k)!;
    if (t.kind === 'num' || NUMBER_WORDS.has(t.lower)) return true;
    if (t.kind !== 'word') return false;
  }
  return false;
}

/** "km per hour", "60 miles an hour", "words per minute": a speed or a rate of measure, not a time. */
function measureRate(s: TokenSeq, i: number): boolean {
  const prev = w(s, i - 1);
  return MEASURE_UNITS.has(prev) || (prev === '/' && MEASURE_UNITS.has(w(s, i - 2)));
}


/**
 * The unit of a duration at `k`: a calendar unit, or a noun counted in days ("nights", "straight sessions").
 * `modified` says whether a modifier of succession stood before it.
 */
function durationUnitAt(s: TokenSeq, k: number, modified: boolean): { unit: Unit; plural: boolean } | null {
  const u = unitAt(s, k);
  if (u) return u;
  const dayNoun = DAY_NOUNS.get(w(s, k));
  if (dayNoun && (modified || !dayNoun.needsModifier)) return { unit: DAY, plural: dayNoun.plural };
  return null;
}

/** Skips modifiers between a number and its unit ("five straight sessions", "two more years"). */
function skipModifiers(s: TokenSeq, k: number): number {
  let j = k;
  while (j < k + 2 && DURATION_MODIFIERS.has(w(s, j))) j += 1;
  return j;
}

/**
 * "five hours", "a nearly five-hour meeting", "12- to 18-month", "two and a half years", "half an hour",
 * "a few days", "several years", "the past two months", "the next four years", "week-long", "decades-long",
 * "years"; with "ago" a date ("two years ago"), with "later"/"earlier" an anchored date ("two days later").
 */
export const duration: Rule = (s, i) => {
  const { lead, j } = durationLead(s, i);
  // Closed compounds: "weeklong".
  const closed = LONG_COMPOUNDS.get(w(s, j));
  if (closed) return match(j, j + 1, fixed(durationValue(1, closed), 'duration', 'duration'), 'unit-long');
  if (w(s, j) === 'half') return halfDuration(s, i, j);
  if (j === i && w(s, i) === 'a' && w(s, i + 1) === 'half') return halfDuration(s, i, i + 1); // "a half hour"
  const q = parseQuantity(s, j);
  if (!q) return bareUnitDuration(s, i, j, lead);
  if (lead === 'plain' && q.article) return null; // "the a" never occurs; keeps "the" out of "a year"
  return rangeDuration(s, i, q) ?? countedDuration(s, i, q, lead);
};

/** Modifiers of succession before "quarters" ("three straight quarters", "two consecutive quarters"). */
const SUCCESSION: ReadonlySet<string> = new Set(['straight', 'consecutive', 'successive', 'running']);

/**
 * "the past three quarters", "the next two quarters", "three straight quarters", "four quarters in a row": a length in
 * quarters of a year, which TimeML taggers of newswire write with the quarter designator (P3Q; HeidelTime's
 * normUnit4Duration, TIDES' extension of ISO 8601). A bare count ("three quarters of the vote") is a fraction, so a
 * lead back or ahead, a modifier of succession or "in a row" must say it is a stretch of time (source: round 10).
 */
export const quarterDuration: Rule = (s, i) => {
  const { lead, j } = durationLead(s, i);
  const vague = vagueQuarters(s, i, lead, j);
  if (vague) return vague;
  const q = parseQuantity(s, j);
  if (!q || q.n === 'X' || q.article || q.n < 2 || !Number.isInteger(q.n)) return null;
  const k = SUCCESSION.has(w(s, q.end)) ? q.end + 1 : q.end;
  if (w(s, k) !== 'quarters') return null;
  const inRow = w(s, k + 1) === 'in' && w(s, k + 2) === 'a' && w(s, k + 3) === 'row';
  if (!(lead === 'past' || lead === 'next' || k > q.end || inRow)) return null;
  // "the first three quarters" is the year so far, not a length back from now
  if (lead === 'past' && ORDINAL_LEADS.has(w(s, j - 1))) return null;
  return match(lead === 'plain' ? i + 1 : i, k + 1, fixed(`P${q.n}Q`, 'duration', 'duration'), 'duration-quarters');
};

/**
 * "in recent quarters", "the past few quarters", "in coming quarters": an unstated number of quarters, PXQ as "recent
 * weeks" is PXW (round 12; was no time).
 */
function vagueQuarters(s: TokenSeq, i: number, lead: Lead, j: number): TimeMatch | null {
  const ahead = lead === null && w(s, i) === 'coming';
  if (lead !== 'past' && lead !== 'next' && !ahead) return null;
  const at = ahead ? i + 1 : j;
  const k = w(s, at) === 'few' || w(s, at) === 'several' ? at + 1 : at;
  if (w(s, k) !== 'quarters' || w(s, k + 1) === 'of' || ORDINAL_LEADS.has(w(s, j - 1))) return null;
  return match(i, k + 1, fixed('PXQ', 'duration', 'duration'), 'duration-vague');
}

type Lead = 'past' | 'next' | 'plain' | null;
type Quantity = NonNullable<ReturnType<typeof parseQuantity>>;

/** "the past", "the next", "the", "past", "recent" before a duration, and where the duration itself starts. */
function durationLead(s: TokenSeq, i: number): { lead: Lead; j: number } {
  const l = w(s, i);
  let j = i;
  let lead: Lead = null;
  if (l === 'the' || l === 'these' || l === 'those') {
    const m = w(s, i + 1);
    if (['past', 'last', 'previous', 'recent', 'first', 'final', 'initial'].includes(m)) [lead, j] = ['past', i + 2];
    else if (['next', 'coming', 'following', 'upcoming'].includes(m)) [lead, j] = ['next', i + 2];
    else [lead, j] = ['plain', i + 1];
  } else if (l === 'past' || l === 'recent') [lead, j] = ['past', i + 1];
  return { lead, j };
}

/** "half an hour", "half-hour", "half a year"; "a half hour", "the next half hour" (round 12: the hour only). */
function halfDuration(s: TokenSeq, i: number, j: number): TimeMatch | null {
  const spaced = w(s, j + 1) === 'hour';
  const k = (w(s, j + 1) === 'a' || w(s, j + 1) === 'an') ? j + 2 : w(s, j + 1) === '-' && attached(s, j + 1) ? j + 2 : spaced ? j + 1 : -1;
  const u = k > 0 ? unitAt(s, k) : null;
  if (u && !u.plural) return finishDuration(s, i, k + 1, 0.5, u.unit, false);
  return null;
}

/** Bare units: "years", "decades-long", "the past year", "week-long". */
function bareUnitDuration(s: TokenSeq, i: number, j: number, lead: Lead): TimeMatch | null {
  const u = unitAt(s, j);
  if (!u) return null;
  if (u.unit.name === 'second' && !u.plural) return null;
  const hyphenLong = w(s, j + 1) === '-' && attached(s, j + 1) && w(s, j + 2) === 'long' && attached(s, j + 2);
  if (hyphenLong) return match(j, j + 3, fixed(durationValue(u.plural ? 'X' : 1, u.unit), 'duration', 'duration'), 'unit-long');
  if (badUnitCompound(s, j + 1)) return null;
  if (u.plural) {
    if (j === i + 1 && u.unit.name === 'day' && (w(s, i) === 'these' || w(s, i) === 'those')) return null; // the age: references.ts
    if (u.unit.name === 'minute' && minutesAsRecord(s, j)) return null; // "the minutes of the meeting": a record
    const kind = w(s, j - 1) === '-' && attached(s, j - 1) && attached(s, j) ? w(s, j - 2) : w(s, j - 1);
    if (u.unit.name === 'hour' && j === i && CLOCK_HOUR_KINDS.has(kind)) return null; // "business hours", "after-hours trading"
    if (w(s, j + 1) === 'of' && MEDIA_NOUNS.has(w(s, j + 2))) return null; // "hours of footage"
    if (['early', 'small', 'wee'].includes(w(s, j - 1))) return null; // "the early hours of Sunday": a part of the night
    // "the early morning hours of Sunday", "the predawn hours": a part of the day, not a length (round 10)
    if (u.unit.name === 'hour' && (PARTS_OF_DAY.has(w(s, j - 1)) || DAY_PART_ADJECTIVES.has(w(s, j - 1)))) return null;
    if (tok(s, j - 1)?.kind === 'num') return null; // the number was refused above ("75 hours of video")
    if (w(s, j + 1) === 'ago') return match(i, j + 2, fixed('PAST_REF', 'date', 'reference'), 'ago');
    if (w(s, j + 1) === 'old') return null;
    // "the final days of the war", "the closing months of last year": a part of something, not a length (the part
    // of a time is read with the time, patterns.ts `modified`)
    const part = w(s, j - 1) === 'few' ? w(s, j - 2) : w(s, j - 1);
    if (PART_LEADS.has(part) && w(s, j + 1) === 'of') return null;
    return match(i, j + 1, fixed(durationValue('X', u.unit), 'duration', 'duration'), 'duration-vague');
  }
  // "the first day of the offensive", "the final week of the campaign": a day or week of something, not a length
  // "the last week of the campaign", "the last year of his term" too (round 9; "over the last week" stays P1W)
  if (lead === 'past' && (ORDINAL_LEADS.has(w(s, j - 1)) || (w(s, j - 1) === 'last' && w(s, j - 2) === 'the')) && w(s, j + 1) === 'of') return null;
  if (lead === 'past') return match(i, j + 1, fixed(durationValue(1, u.unit), 'duration', 'duration'), 'duration');
  return null;
}

/**
 * "over the next decade", "within the coming year", "during the next month": a stretch measured ahead from now, as
 * "over the past decade" is one measured back (round 12; was the calendar decade, year or month after the report's).
 * Listed before the relative periods so that it wins their tie.
 */
export const lengthAhead: Rule = (s, i) => {
  if (w(s, i) !== 'the' || !LENGTH_PREPOSITIONS.has(w(s, i - 1))) return null;
  const { lead, j } = durationLead(s, i);
  const u = lead === 'next' ? unitAt(s, j) : null;
  if (!u || u.plural || u.unit.name === 'second' || w(s, j + 1) === 'of' || w(s, j + 1) === "'s" || badUnitCompound(s, j + 1)) return null;
  return match(i, j + 1, fixed(durationValue(1, u.unit), 'duration', 'duration'), 'duration-ahead');
};

/** Prepositions that make "the next <unit>" a stretch of time rather than the period after this one (round 12). */
const LENGTH_PREPOSITIONS: ReadonlySet<string> = new Set(['over', 'within', 'during', 'throughout']);

/** "the previous six", "the next three", "past two": a lead that measures back or ahead from now (not "the first two"). */
function countsBackOrAhead(s: TokenSeq, i: number, lead: Lead): boolean {
  const word = ['the', 'these', 'those'].includes(w(s, i)) ? w(s, i + 1) : w(s, i);
  return (lead === 'past' || lead === 'next') && !ORDINAL_LEADS.has(word);
}

/** Adjectives of a part of the day before "hours" ("the predawn hours", "daylight hours"; round 10). */
const DAY_PART_ADJECTIVES: ReadonlySet<string> = new Set(['predawn', 'pre-dawn', 'daylight', 'overnight', 'nighttime', 'daytime']);

/** Leads that count a unit of something ("the first day of") rather than measure back from now ("the past day"). */
const ORDINAL_LEADS: ReadonlySet<string> = new Set(['first', 'final', 'initial']);

/** Leads before plural units that name a part of what follows "of" ("the closing months of", "the last days of"). */
const PART_LEADS: ReadonlySet<string> = new Set(['first', 'final', 'initial', 'last', 'closing', 'opening', 'early', 'waning', 'dying']);

/**
 * "12- to 18-month", "two to three years": the upper bound, as the annotators do; "three or four months" is
 * an estimate, which TimeML writes with X (PXM).
 */
function rangeDuration(s: TokenSeq, i: number, q: Quantity): TimeMatch | null {
  const k = q.end;
  const n = q.n;
  if ((w(s, k) === '-' && attached(s, k) && (w(s, k + 1) === 'to' || w(s, k + 1) === 'or')) || w(s, k) === 'to' || w(s, k) === 'or') {
    const either = w(s, k) === 'or' || w(s, k + 1) === 'or';
    const m = w(s, k) === '-' ? k + 2 : k + 1;
    const upper = parseNumber(s, m);
    if (upper && typeof n === 'number' && upper.n > n) {
      let u = upper.end;
      if (w(s, u) === '-' && attached(s, u)) u += 1;
      const unit = unitAt(s, u);
      if (unit) return finishDuration(s, i, u + 1, either ? 'X' : upper.n, unit.unit, false, 'duration-range');
    }
  }
  return null;
}

/** Material is counted in hours and minutes; "stored three months" is how long something was stored. */
const STORED_UNITS: ReadonlySet<string> = new Set(['hour', 'minute']);

/** "stores 150 hours", "stores up to 40 hours", "150 hours can be stored": an amount of material (STORAGE_VERBS). */
function storedAmount(s: TokenSeq, start: number, unitIndex: number): boolean {
  const before = w(s, start - 1) === 'to' && w(s, start - 2) === 'up' ? start - 3 : start - 1;
  if (STORAGE_VERBS.has(w(s, before))) return true;
  let after = unitIndex + 1;
  while (after < unitIndex + 4 && STORAGE_AUXILIARIES.has(w(s, after))) after += 1;
  return STORAGE_VERBS.has(w(s, after));
}

/** A counted duration: "two and a half years", "a five-hour meeting", "three straight sessions", "a year and a half". */
function countedDuration(s: TokenSeq, i: number, q: Quantity, lead: Lead): TimeMatch | null {
  let k = q.end;
  const n = q.n;
  // "two and a half years"
  if (w(s, k) === 'and' && w(s, k + 1) === 'a' && w(s, k + 2) === 'half' && typeof n === 'number') {
    const unit = unitAt(s, k + 3);
    if (unit) return finishDuration(s, i, k + 4, n + 0.5, unit.unit, false);
  }
  const hyphen = w(s, k) === '-' && attached(s, k) && attached(s, k + 1);
  if (hyphen) k += 1;
  const beforeModifiers = k;
  if (!hyphen) k = skipModifiers(s, k);
  // "the previous six sessions", "the past two sessions": a lead back or ahead counts trading days as succession does
  const unit = durationUnitAt(s, k, k > beforeModifiers || countsBackOrAhead(s, i, lead));
  if (!unit) return null;
  if (unit.plural && w(s, k + 1) === 'of' && MEDIA_NOUNS.has(w(s, k + 2))) return null; // "75 hours of video"
  if (w(s, k) === 'sessions' && w(s, k + 1) === 'of' && w(s, k + 2) !== 'trading') return null; // "the past two sessions of Congress" are sittings
  if (unit.plural && STORED_UNITS.has(unit.unit.name) && storedAmount(s, i, k)) return null; // "150 hours can be stored"
  if (q.article && measureRate(s, i)) return null; // "60 miles an hour"
  if (unit.unit.name === 'second' && q.article) return null; // "a second A380"
  if (q.article && w(s, k + 1) === '-' && attached(s, k + 1) && w(s, k + 2) === 'long') {
    return match(k, k + 3, fixed(durationValue(1, unit.unit), 'duration', 'duration'), 'unit-long'); // "a week-long sit-in"
  }
  if (q.article && !unit.plural && w(s, k + 1) === 'when') return null; // "a day when ...": a vague point, not a span
  if (hyphen && unit.plural) return null;
  k += 1;
  // "a year and a half"
  if (q.article && w(s, k) === 'and' && w(s, k + 1) === 'a' && w(s, k + 2) === 'half') {
    return finishDuration(s, i, k + 3, 1.5, unit.unit, false);
  }
  if (hyphen && w(s, k) === '-' && w(s, k + 1) === 'old') return null; // "a 56-year-old"
  if (badUnitCompound(s, k)) return null; // "a year-ago profit", "a two-year-old"
  if (hyphen && (w(s, k) === 'anniversary' || w(s, k) === 'anniversaries')) return null; // "the one-year anniversary" is a date, not a span
  if (!hyphen && w(s, k) === 'old') return null; // "20 years old"
  if (q.article && rateContext(s, i) && lead === null && !['ago', 'later', 'earlier', 'before', 'after'].includes(w(s, k))) {
    return match(i, k, fixed(durationValue(1, unit.unit), 'set', 'set'), 'rate');
  }
  if (lead === 'plain' && n !== 'X') {
    // "the two years" is a definite duration; keep "the" out of the span.
    return finishDuration(s, i + 1, k, n, unit.unit, hyphen);
  }
  return finishDuration(s, i, k, n, unit.unit, hyphen);
}

/** "year-on-year", "year-end", "day-to-day": compounds with a unit that are not time expressions. */
function badUnitCompound(s: TokenSeq, k: number): boolean {
  return w(s, k) === '-' && attached(s, k) && ['on', 'over', 'to', 'end', 'round', 'ago', 'by', 'old', 'earlier'].includes(w(s, k + 1));
}

/** Words before "hours" that name times of day when something is open, not a stretch of time ("office hours"). */
const CLOCK_HOUR_KINDS: ReadonlySet<string> = new Set(['business', 'office', 'opening', 'visiting', 'trading', 'peak', 'after', 'school', 'banking']);

/** Words after "N unit from" that count forward from the reference date. */
const FROM_NOW: ReadonlySet<string> = new Set(['now', 'today']);

/** Units that "from today" counts to a day ("a week from today" is a day); days are days already. */
const DAY_COUNTED_UNITS: ReadonlySet<string> = new Set(['week', 'fortnight', 'month', 'year']);

/** After "N unit": "ago" makes a date, "later"/"earlier" an anchored date, otherwise a duration. */
/** "this month", "this week" or "today" right after "N years ago": the finer period of the year counted back. */
function agoWithin(s: TokenSeq, k: number, unit: Unit): { within: 'month' | 'week' | 'day'; end: number; dayOffset?: number; weekday?: number } | null {
  // "A week ago today, the ceasefire was signed", "two months ago today": the day that many weeks or months back, as
  // "two weeks from today" is the day ahead (round 17; were "a week ago" the week and "today" the report's day)
  if (unit.name !== 'year' && DAY_COUNTED_UNITS.has(unit.name) && w(s, k) === 'today') return { within: 'day', end: k + 1 };
  if (unit.name !== 'year' || unit.factor !== 1) return null;
  if (w(s, k) === 'today') return { within: 'day', end: k + 1 };
  // "ten years ago tomorrow", "20 years ago this Sunday", "50 years ago on Tuesday": the day of the report's week
  // counted back (round 15; the weekday was a time of its own, last Sunday)
  if (w(s, k) === 'tomorrow' || w(s, k) === 'yesterday') return { within: 'day', end: k + 1, dayOffset: w(s, k) === 'tomorrow' ? 1 : -1 };
  const named = w(s, k) === 'this' || w(s, k) === 'on' ? k + 1 : k;
  const weekday = WEEKDAYS.get(w(s, named));
  if (weekday !== undefined && tok(s, named)?.cap && w(s, named + 1) !== "'s") return { within: 'day', end: named + 1, weekday };
  const period = w(s, k + 1);
  if (w(s, k) === 'this' && (period === 'month' || period === 'week')) return { within: period, end: k + 2 };
  return null;
}

function finishDuration(
  s: TokenSeq,
  start: number,
  end: number,
  n: number | 'X',
  unit: Unit,
  adjective: boolean,
  rule = 'duration',
): TimeMatch {
  const next = w(s, end);
  if (!adjective && next === 'ago') {
    if (n === 'X') return match(start, end + 1, fixed('PAST_REF', 'date', 'reference'), 'ago');
    // "seven years ago this month", "a year ago today": that month, week or day of the year counted back
    // round 24: whole decades count back in years ("Four decades ago this week" is 1985-W41 told in 2025, was the
    // decade 198 and this week apart). Id: `times/decades-ago-within`.
    const years = unit.name === 'decade' && Number.isInteger(n) ? { n: n * unit.factor, unit: UNITS_SINGULAR.get('year')! } : { n, unit };
    const within = agoWithin(s, end + 1, years.unit);
    if (within) return match(start, within.end, { t: 'ago', n: years.n, unit: years.unit, within: within.within, ...(within.dayOffset ? { dayOffset: within.dayOffset } : {}), ...(within.weekday ? { weekday: within.weekday } : {}) }, 'ago');
    return match(start, end + 1, { t: 'ago', n, unit }, 'ago');
  }
  if (!adjective && next === 'from' && FROM_NOW.has(w(s, end + 1))) {
    // "a year from now", "two weeks from today": one future date (TimeML 1.2), the mirror of "two years ago"
    if (n === 'X') return match(start, end + 2, fixed('FUTURE_REF', 'date', 'reference'), 'from-now');
    // "two weeks from today", "a year from today": counted from a day, so a day (round 13; was the week, the year)
    if (w(s, end + 1) === 'today' && DAY_COUNTED_UNITS.has(unit.name)) return match(start, end + 2, { t: 'ago', n: -n, unit, within: 'day' }, 'from-now');
    return match(start, end + 2, { t: 'ago', n: -n, unit }, 'from-now');
  }
  if (!adjective && typeof n === 'number' && unit.name !== 'hour' && unit.name !== 'minute' && unit.name !== 'second') {
    const toTheDay = toTheDayAfter(s, start, end, n, unit);
    if (toTheDay) return toTheDay;
    if ((next === 'later' || next === 'earlier') && w(s, end + 1) === 'than' && w(s, start - 1) === ',') {
      // "arrives on November 11, three days later than planned": an apposition naming the same date.
      return match(start, end + 1, { t: 'anchored', n: 0, unit: unit, needsPrevious: true, sameSentence: true, fallback: durationValue(n, unit) }, 'anchored-apposition');
    }
    if ((next === 'later' || next === 'earlier' || next === 'afterwards' || next === 'afterward') && w(s, end + 1) !== 'than') {
      return match(start, end + 1, { t: 'anchored', n: next === 'earlier' ? -n : n, unit: unit, needsPrevious: false }, 'anchored-offset');
    }
    if (next === 'on' && yearsOnOpening(s, start, end + 1)) {
      const spec: TimeSpec = { t: 'anchored', n, unit, needsPrevious: true, fallback: durationValue(n, unit) };
      return match(start, end + 1, spec, 'anchored-offset');
    }
    if ((next === 'before' || next === 'after') && clauseEnd(s, end + 1)) {
      return match(start, end + 1, { t: 'anchored', n: next === 'before' ? -n : n, unit: unit, needsPrevious: false }, 'anchored-offset');
    }
  }
  return match(start, end, fixed(durationValue(n, unit), 'duration', 'duration'), n === 'X' ? 'duration-vague' : rule);
}

/** Words that open a clause before "Twenty years on" ("; five years on they", "and a decade on, the"). */
const CLAUSE_LINKS_BEFORE_ON: ReadonlySet<string> = new Set(['', ',', ';', ':', '-', '—', '–', 'and', 'but', 'now']);
/** Words after "N years on" that make "on" a preposition or a particle, not "later" ("two years on and off"). */
const ON_AS_PREPOSITION: ReadonlySet<string> = new Set(['and', 'from', 'to', 'end', 'off', 'the', 'a', 'an', 'its', 'their', 'his', 'her', 'this', 'that']);

/**
 * "The mine closed in 1984. Forty years on, the valley is still scarred", "a decade on": a span of time opening its
 * clause before "on" counts on from the time told before it, as "Forty years later" does (TimeML writes the date); with
 * no time told before, the length stays (`fallback`). Round 25 (was the length P40Y); id `times/years-on`. `after` is
 * the token after "on".
 */
function yearsOnOpening(s: TokenSeq, start: number, after: number): boolean {
  return CLAUSE_LINKS_BEFORE_ON.has(w(s, start - 1)) && !ON_AS_PREPOSITION.has(w(s, after));
}

/** Words after "a year to the day" that count it on or back, and whether the span takes them in. */
const TO_THE_DAY_LINKS: ReadonlyMap<string, { sign: number; inSpan: boolean }> = new Map([
  ['later', { sign: 1, inSpan: true }], ['earlier', { sign: -1, inSpan: true }], ['after', { sign: 1, inSpan: false }],
  ['since', { sign: 1, inSpan: false }], ['before', { sign: -1, inSpan: false }],
]);

/**
 * "A year to the day after the quake", "One year to the day later", "two years to the day since the attack": the day
 * of the time told before it that many years, months or weeks on, a date, not the length P1Y (round 23; was P1Y). Id:
 * `times/to-the-day`; with no day told before it the length stays (`fallback`).
 */
function toTheDayAfter(s: TokenSeq, start: number, end: number, n: number, unit: Unit): TimeMatch | null {
  if (w(s, end) !== 'to' || w(s, end + 1) !== 'the' || w(s, end + 2) !== 'day') return null;
  const link = TO_THE_DAY_LINKS.get(w(s, end + 3));
  if (!link || !['year', 'month', 'week'].includes(unit.name)) return null;
  // round 24: "A memorial service will be held on Sunday, 40 years to the day after the closure": after a comma right
  // after a day, the phrase restates that day (was the day 40 years after Sunday). Id: `times/to-the-day-apposition`.
  if (w(s, start - 1) === ',' && dayWordBefore(s, start - 2)) {
    return match(start, link.inSpan ? end + 4 : end + 3, { t: 'anchored', n: 0, unit: DAY, needsPrevious: true, sameSentence: true }, 'anchored-to-the-day');
  }
  const spec: TimeSpec = { t: 'anchored', n: link.sign * n, unit, needsPrevious: true, toTheDay: true, fallback: durationValue(n, unit) };
  return match(start, link.inSpan ? end + 4 : end + 3, spec, 'anchored-to-the-day');
}

/** Token `k` ends a day: a weekday, "today"/"tomorrow", or the day number of a month-day ("Oct. 12"). */
function dayWordBefore(s: TokenSeq, k: number): boolean {
  const l = w(s, k);
  if (WEEKDAYS.has(l) || l === 'today' || l === 'tomorrow') return true;
  return tok(s, k)?.kind === 'num' && monthAt(s, w(s, k - 1) === '.' ? k - 2 : k - 1) !== null;
}

/** Adjectives of a stretch of time whose length is not said ("an indefinite period", "an extended period"). */
const VAGUE_PERIOD_ADJECTIVES: ReadonlySet<string> = new Set([
  'indefinite', 'undetermined', 'unspecified', 'undisclosed', 'unknown', 'extended', 'prolonged', 'long', 'short',
  'brief', 'limited', 'lengthy', 'certain', 'unlimited', 'open-ended',
]);

/**
 * "an undetermined period of time", "an indefinite period", "a short period of time": a duration of unknown
 * length, which the annotators write as PXD. "a period of six months" is left to its number.
 */
export const vaguePeriod: Rule = (s, i) => {
  if (w(s, i) !== 'a' && w(s, i) !== 'an') return null;
  let k = i + 1;
  let described = false;
  while (k < i + 3 && VAGUE_PERIOD_ADJECTIVES.has(w(s, k))) [k, described] = [k + 1, true];
  if (w(s, k) !== 'period') return null;
  const ofTime = w(s, k + 1) === 'of' && w(s, k + 2) === 'time';
  if (!ofTime && !described) return null;
  return match(i, ofTime ? k + 3 : k + 1, fixed('PXD', 'duration', 'duration'), 'duration-vague');
};

/** "every Sunday" (XXXX-WXX-7), "every two weeks" (P2W), "each year", "twice a year", "per annum". */
export const setPhrase: Rule = (s, i) => {
  const l = w(s, i);
  if (l === 'every' || l === 'each') {
    let j = i + 1;
    let n: number | 'X' = 1;
    if (w(s, j) === 'other') [n, j] = [2, j + 1];
    const step = everyOrdinal(s, j);
    if (step) [n, j] = [step, j + 1];
    else if (ordinalOfThing(s, j)) return null;
    const num = step ? null : parseNumber(s, j);
    if (num) [n, j] = [n * num.n, num.end];
    else if (w(s, j) === 'few' || w(s, j) === 'several') [n, j] = ['X', j + 1]; // "every few years" = PXY
    const unit = unitAt(s, j);
    if (unit) return match(i, j + 1, fixed(durationValue(n, unit.unit), 'set', 'set'), 'set');
    const t = tok(s, j);
    const wd = t?.cap ? WEEKDAYS.get(t.lower) : undefined;
    if (wd !== undefined && (n === 1 || n === 2 || step)) {
      // "every Sunday", "every other Tuesday" (TimeML keeps the day in the value, the frequency in an attribute),
      // "every Friday night"
      const pod = PARTS_OF_DAY.get(w(s, j + 1));
      return match(i, pod ? j + 2 : j + 1, fixed(`XXXX-WXX-${wd}${pod ? `T${pod}` : ''}`, 'set', 'set'), 'set');
    }
    if (n !== 1) return null;
    const season = SEASONS.get(w(s, j));
    if (season) return match(i, j + 1, fixed(`XXXX-${season}`, 'set', 'set'), 'set'); // "every summer"
    if (w(s, j) === 'weekend') return match(i, j + 1, fixed('XXXX-WXX-WE', 'set', 'set'), 'set');
    if (w(s, j) === 'quarter' && !tok(s, j)?.cap && w(s, j + 1) !== 'of') return match(i, j + 1, fixed('P3M', 'set', 'set'), 'set'); // "each quarter" = quarterly
    const pod = PARTS_OF_DAY.get(w(s, j));
    if (pod) return match(i, j + 1, fixed(`XXXX-XX-XXT${pod}`, 'set', 'set'), 'set');
    const month = monthAt(s, j);
    if (month && !month.abbr) return match(i, month.end, fixed(`XXXX-${pad(month.m)}`, 'set', 'set'), 'set');
    return null;
  }
  if (l === 'once' || l === 'twice' || l === 'thrice') {
    const frequency = SET_WORDS.get(w(s, i + 1)); // "twice weekly"
    if (frequency && frequency !== 'TNI') return match(i, i + 2, fixed(frequency, 'set', 'set'), 'set');
    const k = w(s, i + 1) === 'a' || w(s, i + 1) === 'an' || w(s, i + 1) === 'per' || w(s, i + 1) === 'every' || w(s, i + 1) === 'each' ? i + 2 : -1;
    const unit = k > 0 ? unitAt(s, k) : null;
    if (unit && !unit.plural) return match(i, k + 1, fixed(durationValue(1, unit.unit), 'set', 'set'), 'set');
    return null;
  }
  if (l === 'weekends' && ['on', 'at', 'during', 'over', 'most', 'some'].includes(w(s, i - 1))) {
    return match(i, i + 1, fixed('XXXX-WXX-WE', 'set', 'set'), 'set'); // "on weekends"
  }
  if (l === 'per') {
    if (measureRate(s, i)) return null; // "100 km per hour"
    const unit = unitAt(s, i + 1);
    if (unit && !unit.plural) return match(i, i + 2, fixed(durationValue(1, unit.unit), 'set', 'set'), 'set');
    if (w(s, i + 1) === 'annum') return match(i, i + 2, fixed('P1Y', 'set', 'set'), 'set');
  }
  return null;
};

/**
 * "every second Tuesday", "every third year", "every fourth week": an ordinal after "every" counts steps as "every
 * other" does, when a unit or a weekday follows it (was "every second" read as the set PT1S, or no time); "a child
 * dies every second" keeps the unit. Id: `times/every-ordinal`; source: schedules of boards, rotas and services
 * (round 19).
 */
function everyOrdinal(s: TokenSeq, j: number): number | null {
  const n = ORDINAL_WORDS.get(w(s, j));
  if (!n || n < 2) return null;
  const next = tok(s, j + 1);
  if (unitAt(s, j + 1)) return n;
  return next?.cap && WEEKDAYS.has(next.lower) ? n : null;
}

/** Words after "every second" that leave "second" the unit ("every second of the day", "dies every second and"). */
const AFTER_UNIT_SECOND: ReadonlySet<string> = new Set([
  'of', 'from', 'in', 'on', 'at', 'to', 'for', 'and', 'or', 'but', 'that', 'until', 'since', 'the', 'a', 'an', 'is', 'was',
]);

/**
 * "Every second person is unemployed", "every second German", "every third household": "second" before a noun is an
 * ordinal that picks one of every two things, no time (was PT1S). A verb in -s ("every second counts"), a function
 * word or a mark after it keeps the unit. Id: `times/every-ordinal` (round 19).
 */
function ordinalOfThing(s: TokenSeq, j: number): boolean {
  if (!ORDINAL_WORDS.has(w(s, j))) return false;
  const next = tok(s, j + 1);
  if (!next || next.kind !== 'word' || AFTER_UNIT_SECOND.has(next.lower)) return false;
  return !/[^s]s$/.test(next.lower) || next.cap;
}

/** "daily", "weekly", "annually" (a capitalised one after a name is a title: "China Daily"). */
export const setWord: Rule = (s, i) => {
  const t = tok(s, i);
  const value = SET_WORDS.get(w(s, i));
  if (!t || !value) return null;
  const prev = tok(s, i - 1);
  if (t.cap && !s.titleCase && prev && prev.kind === 'word') return null;
  if (s.titleCase && t.cap && prev?.cap && prev.kind === 'word' && t.lower === 'daily') return null;
  return match(i, i + 1, fixed(value === 'TNI' ? 'XXXX-XX-XXTNI' : value, 'set', 'set'), 'set');
};

/** Units of a whole duration value, largest first, with the part of the value they belong to (T for time). */
const COMPOUND_ORDER: readonly { code: string; time: boolean }[] = [
  { code: 'Y', time: false }, { code: 'M', time: false }, { code: 'D', time: false },
  { code: 'H', time: true }, { code: 'M', time: true }, { code: 'S', time: true },
];

/** A whole-number duration of one unit ("P12Y", "PT15M"): its number and its place in `COMPOUND_ORDER`, or null. */
function singleUnitDuration(m: TimeMatch): { n: string; at: number } | null {
  if (m.spec.t !== 'fixed' || m.spec.kind !== 'duration') return null;
  const v = /^P(T?)(\d+)([YMDHS])$/.exec(m.spec.value);
  if (!v) return null;
  const at = COMPOUND_ORDER.findIndex((u) => u.code === v[3] && u.time === (v[1] === 'T'));
  return at < 0 ? null : { n: v[2]!, at };
}

/**
 * "sentenced to 12 years and seven months" (P12Y7M), "lasted two hours and 15 minutes" (PT2H15M), "2 hours, 10 minutes
 * and 4 seconds" (PT2H10M4S): lengths of ever smaller units joined by "and" or a comma are one duration, as TimeML
 * writes it (round 17; were two or three durations, none with the value a reader gives). Weeks are left apart (ISO
 * writes no weeks beside other units), and so are lengths of one unit ("12 years and seven years").
 */
export function mergeCompoundDurations(s: TokenSeq, matches: TimeMatch[]): TimeMatch[] {
  const out: TimeMatch[] = [];
  for (let k = 0; k < matches.length; k++) {
    let m = matches[k]!;
    let parts = singleUnitDuration(m) ? [singleUnitDuration(m)!] : [];
    while (parts.length > 0 && k + 1 < matches.length) {
      const next = matches[k + 1]!;
      const glue = s.toks.slice(m.end, next.start).map((t) => t.lower).join(' ');
      const part = singleUnitDuration(next);
      if (!part || part.at <= parts[parts.length - 1]!.at || !['and', ',', ', and'].includes(glue)) break;
      parts = [...parts, part];
      m = match(m.start, next.end, m.spec, m.rule);
      k += 1;
    }
    if (parts.length < 2) { out.push(m); continue; }
    const dateParts = parts.filter((p) => !COMPOUND_ORDER[p.at]!.time).map((p) => `${p.n}${COMPOUND_ORDER[p.at]!.code}`).join('');
    const timeParts = parts.filter((p) => COMPOUND_ORDER[p.at]!.time).map((p) => `${p.n}${COMPOUND_ORDER[p.at]!.code}`).join('');
    out.push(match(m.start, m.end, fixed(`P${dateParts}${timeParts ? `T${timeParts}` : ''}`, 'duration', 'duration'), 'duration-compound'));
  }
  return out;
}
