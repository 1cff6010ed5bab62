// The time grammar: small rules over the tokens of one sentence, each with bounded look-ahead, swept left to
// right with leftmost-longest matching (as compromise sweeps its match rules), then a few passes over the
// matches (appositions, names, ranges). Nothing backtracks across the sentence, so a sentence of n tokens costs
// O(n · rules).
import { FISCAL_OPENING_VERBS, closedFiscalYear, comparedPeriodPhrase, discussedPeriod, earningsPeriod, tradingDay, fullYearAdjective, halfYearAdjective, monthNamedPeriod, monthRangePeriod, relativeFiscalYear, yearEarlierAdjective, yearEnd, yearToDate } from './business.js';
import { COMPANY_RESULT_WORDS, ECONOMY_MEASURES, NAME_HEADS } from './lexicon.js';
import { clock, minutesPastClock } from './clock.js';
import { isValidYmd } from './calendar.js';
import {
  century,
  clippedYear,
  dayMonthDate,
  dayOfMonth,
  weekdayOrdinal,
  decade,
  fiscalYear,
  holiday,
  monthAt,
  monthDate,
  numericDate,
  plausibleDay,
  year,
  yearTokenAt,
} from './dates.js';
import { duration, lengthAhead, mergeCompoundDurations, quarterDuration, setPhrase, setWord, vaguePeriod } from './durations.js';
import { ordinalAt } from './numbers.js';
import { presentAge, reference } from './references.js';
import {
  anchoredPhrase,
  bareDayPart,
  currentPeriod,
  midPeriod,
  ellipticalPeriod,
  modifiedPartOfDay,
  earlyHours,
  tradingPartOfDay,
  wholeDay,
  newYear,
  anaphoricSeason,
  overnight,
  partOfNamedDay,
  partOfThatDay,
  possessiveYearPart,
  quarter,
  relativeDay,
  relativeMonth,
  relativePeriod,
  season,
  midweek,
  theWeekend,
  periodBeforeLast,
  weekdayOfMonth,
  thisDayInYear,
  anaphoricMonth,
  weekday,
  weekOfMonth,
} from './relative.js';
import type { TimeMatch } from './spec.js';
import { attached, clauseEnd, fixed, match, tok, w, type Rule, type TokenSeq } from './token-seq.js';

/** "the end of", "the beginning of": TimeML keeps the value of the period and puts the part in `mod`. */
const PERIOD_PARTS: ReadonlySet<string> = new Set([
  'beginning', 'start', 'end', 'middle', 'close', 'turn', 'rest', 'remainder', 'course', 'half',
]);

/** "the latter part of 1996", "the early part of the year": the period keeps its value, the part goes to `mod`. */
const PART_ADJECTIVES: ReadonlySet<string> = new Set(['early', 'earlier', 'later', 'latter', 'first', 'last', 'final', 'middle', 'closing', 'opening']);

/** Plural units of a part of a period ("the closing months of 1997"). */
const PART_UNITS: ReadonlySet<string> = new Set(['days', 'weeks', 'months']);

/** Modifiers TimeML also moves to `mod` ("early 2009" = 2009, "mid-December" = XXXX-12). */
const POINT_MODIFIERS: ReadonlySet<string> = new Set(['early', 'late', 'mid', 'earlier', 'later']);

/** Rules that "early", "mid-", "the end of" can modify. */
const MODIFIABLE: readonly Rule[] = [
  monthDate, dayMonthDate, year, decade, relativePeriod, relativeMonth, weekday, season, quarter, relativeDay, century,
  holiday, anchoredPhrase, overnight,
];

/**
 * "early 2009", "mid-December", "late Monday", "earlier this year", "the end of January", "the beginning of the
 * year": the modified expression keeps the value of its core.
 */
const modified: Rule = (s, i) => {
  let j = i;
  const l = w(s, i);
  let periodOf = false;
  let inside = false;
  if (l === 'the' && PERIOD_PARTS.has(w(s, i + 1)) && w(s, i + 2) === 'of') [j, periodOf] = [i + 3, true];
  else if (l === 'the' && PART_ADJECTIVES.has(w(s, i + 1)) && w(s, i + 2) === 'part' && w(s, i + 3) === 'of') [j, periodOf] = [i + 4, true];
  else if (l === 'the' && PART_ADJECTIVES.has(w(s, i + 1)) && (PART_UNITS.has(w(s, i + 2)) || (w(s, i + 2) === 'few' && PART_UNITS.has(w(s, i + 3))))) {
    // "the closing months of last year", "the last few weeks of 1997", "the first days of January"
    const k = w(s, i + 2) === 'few' ? i + 4 : i + 3;
    if (w(s, k) !== 'of') return null;
    [j, periodOf] = [k + 1, true];
  }
  else if (PERIOD_PARTS.has(l) && l !== 'half' && l !== 'rest' && w(s, i + 1) === 'of') [j, periodOf] = [i + 2, true];
  else {
    if (l === 'the') j += 1;
    if (!POINT_MODIFIERS.has(w(s, j))) return null;
    j += 1;
    if (w(s, j) === '-' && attached(s, j)) j += 1;
    else if (w(s, j) === 'in' && w(s, j - 1) !== 'mid') [j, inside] = [j + 1, true]; // "earlier in 2009"
  }
  let best: TimeMatch | null = null;
  for (const rule of MODIFIABLE) {
    const m = rule(s, j);
    if (m && (!best || m.end > best.end)) best = m;
  }
  if (periodOf || inside) {
    const m = currentPeriod(s, j);
    if (m && (!best || m.end > best.end)) best = m;
  }
  if (!best || (best.spec.t === 'fixed' && best.spec.kind !== 'date')) return null;
  return match(i, best.end, best.spec, best.rule);
};

/** Every rule, tried at each token; the longest match wins, the first listed on a tie. */
const RULES: readonly Rule[] = [
  comparedPeriodPhrase, discussedPeriod, closedFiscalYear, earningsPeriod, tradingDay, fullYearAdjective, halfYearAdjective, monthNamedPeriod, monthRangePeriod, relativeFiscalYear, yearToDate, yearEnd, yearEarlierAdjective, possessiveYearPart,
  numericDate, monthDate, dayMonthDate, dayOfMonth, weekdayOrdinal, holiday, fiscalYear, decade, century, year, clippedYear, presentAge, relativeDay, weekday,
  lengthAhead, newYear, midPeriod, anaphoricSeason, anaphoricMonth, relativePeriod, ellipticalPeriod, relativeMonth, weekOfMonth, weekdayOfMonth, thisDayInYear, theWeekend, periodBeforeLast, midweek, season, quarter, anchoredPhrase, overnight, partOfThatDay, modifiedPartOfDay, earlyHours, tradingPartOfDay, wholeDay, bareDayPart, duration, quarterDuration,
  vaguePeriod, setPhrase, setWord, clock, minutesPastClock, reference, modified,
];

function longestAt(s: TokenSeq, i: number): TimeMatch | null {
  let best: TimeMatch | null = null;
  for (const rule of RULES) {
    const m = rule(s, i);
    if (m && m.end > m.start && (!best || m.end > best.end)) best = m;
  }
  return best;
}

/** Tokens allowed between a relative day or weekday and the date it names ("Yesterday, on December 2"). */
const APPOSITION_GLUE: ReadonlySet<string> = new Set([',', 'on', '(', '-', '—', '–']);

/**
 * Joins "Yesterday, on December 2", "Tuesday, December 2" and "December 2 (Tuesday)" into one expression, as
 * the annotators do; the absolute date keeps its value and the relative part is kept for a consistency check.
 */
function mergeAppositions(s: TokenSeq, matches: TimeMatch[]): TimeMatch[] {
  const out: TimeMatch[] = [];
  for (const m of matches) {
    const prev = out[out.length - 1];
    if (prev) {
      const between = s.toks.slice(prev.end, m.start).map((t) => t.lower);
      const glue = between.length <= 3 && between.every((t) => APPOSITION_GLUE.has(t));
      const leading = prev.spec.t === 'relDay' && prev.spec.pod === undefined ? { relDay: prev.spec.offset }
        : prev.spec.t === 'weekday' && prev.spec.dir === 'bare' && prev.spec.pod === undefined ? { weekday: prev.spec.wd } : null;
      if (glue && leading && m.spec.t === 'date' && m.spec.d !== undefined) {
        let end = m.end;
        if (between.includes('(') && w(s, end) === ')') end += 1;
        out[out.length - 1] = match(prev.start, end, { ...m.spec, ...leading }, m.rule);
        continue;
      }
      if (
        prev.spec.t === 'date' && prev.spec.d !== undefined && m.spec.t === 'weekday' && m.spec.dir === 'bare' &&
        between.length <= 2 && between.every((t) => t === '(' || t === ',')
      ) {
        const end = between.includes('(') && w(s, m.end) === ')' ? m.end + 1 : m.end;
        out[out.length - 1] = match(prev.start, end, { ...prev.spec, weekday: m.spec.wd }, prev.rule);
        continue;
      }
    }
    out.push(m);
  }
  return out;
}

/** Drops dates that begin a name: "the February 14 Youth Coalition", "the April 6 Youth Movement". */
function dropNames(s: TokenSeq, matches: TimeMatch[]): TimeMatch[] {
  return matches.filter((m) => {
    if (m.spec.t === 'fixed' && m.spec.kind === 'duration') return !durationInName(s, m);
    if (m.spec.t !== 'date') return true;
    for (let k = m.end; k < Math.min(s.toks.length, m.end + 3); k++) {
      const t = s.toks[k]!;
      if (t.kind !== 'word' || !t.cap) return true;
      if (NAME_HEADS.has(t.lower)) return false;
    }
    return true;
  });
}

/**
 * "the Ninth Five-Year Plan", "the Six-Day War", "the Hundred Years' War": a capitalised measure inside a title-cased
 * name (not opening the sentence, not in a headline, a capitalised word after it) names a thing, not a stretch of time.
 */
function durationInName(s: TokenSeq, m: TimeMatch): boolean {
  if (s.titleCase || m.start === 0 || !tok(s, m.start)?.cap || tok(s, m.start)?.kind !== 'word') return false;
  let k = m.end;
  if (w(s, k) === "'" || w(s, k) === "'s") k += 1;
  const next = tok(s, k);
  return next?.kind === 'word' && next.cap;
}

/** Words joining the two days of a range: "December 2-4", "December 2 to 4", "December 2 and 3". */
const RANGE_LINKS: ReadonlySet<string> = new Set(['-', '–', '—', 'to', 'through', 'thru', 'until', 'till', 'and', 'or']);

/**
 * "December 2-4", "Dec. 2 to 4, 2025", "2-4 December": a range of days in one month. TimeML marks each end as a
 * date of its own, so the second day becomes a second expression with the month (and year) of the first; a year
 * after the range belongs to both.
 */
function addDayRanges(s: TokenSeq, matches: TimeMatch[]): TimeMatch[] {
  const out: TimeMatch[] = [];
  const taken = (from: number, to: number) => matches.some((m) => m.start < to && from < m.end);
  for (const m of matches) {
    const spec = m.spec.t === 'date' && m.spec.m !== undefined && m.spec.yy === undefined ? (m.spec as DateSpec) : null;
    const ranged = spec ? (monthDayRange(s, m, spec, taken) ?? dayMonthRange(s, m, spec, taken) ?? daysBeforeMonth(s, m, spec, taken)) : null;
    out.push(...(ranged ?? [m]));
  }
  // a year the range took over ("Dec. 12 to 14, 2026") is no longer an expression of its own
  const ranges = out.filter((m) => m.rule === 'day-range');
  return out
    .filter((m) => m.rule === 'day-range' || !ranges.some((r) => r.start <= m.start && m.end <= r.end))
    .sort((a, b) => a.start - b.start || b.end - a.end);
}

type DateSpec = Extract<TimeMatch['spec'], { t: 'date' }> & { m: number };
type Taken = (from: number, to: number) => boolean;

/** The day number at token k when it can be one end of a day range, else 0. */
function rangeDayAt(s: TokenSeq, k: number, closing: boolean): number {
  const t = tok(s, k);
  const d = t?.kind === 'num' && t.text.length <= 2 ? Number(t.text) : 0;
  const after = tok(s, k + 1);
  if (d < 1 || d > 31) return 0;
  if (after && !after.space && (after.kind === 'num' || after.kind === 'word' || after.text === ':' || after.text === '%' || after.text === '.')) {
    if (!(after.text === '.' && !tok(s, k + 2))) return 0; // "2.5", "4:30", "4th" are no days; a final full stop is
  }
  if (after && after.text === ',' && tok(s, k + 2)?.kind === 'num' && !tok(s, k + 2)!.space) return 0; // "5,000"
  // the day that closes "December 2-4" ends the phrase: "December 2 and 24 people" is no range
  if (closing && after && after.kind !== 'punct' && !yearTokenAt(s, k + 1)) return 0;
  return d;
}

/** Prepositions that may follow the second day of a range opened by "from" or "between". */
const RANGE_FOLLOWERS: ReadonlySet<string> = new Set(['in', 'at', 'on', 'for', 'with', 'near', 'outside', 'inside', 'across']);

/** "December 2-4": the second day after the first. */
function monthDayRange(s: TokenSeq, m: TimeMatch, spec: DateSpec, taken: Taken): TimeMatch[] | null {
  if (m.rule !== 'month-day' || spec.d === undefined || spec.y !== undefined || !RANGE_LINKS.has(w(s, m.end))) return null;
  // "the Oct. 11-20 period", "Oct. 11-20 in Geneva": a hyphen glued to both days joins them whatever follows;
  // "December 2 and 24 people" is no range
  const glued = (w(s, m.end) === '-' || w(s, m.end) === '–') && attached(s, m.end) && attached(s, m.end + 1);
  // "from June 6 to 10 in San Francisco", "between May 3 and 5 at the palace": a range the phrase opens may go on with
  // a preposition after its second day (round 16; "10" was no time)
  const opened = (w(s, m.start - 1) === 'from' && w(s, m.end) !== 'and') || (w(s, m.start - 1) === 'between' && w(s, m.end) === 'and');
  const d2 = rangeDayAt(s, m.end + 1, !glued && !(opened && RANGE_FOLLOWERS.has(w(s, m.end + 2))));
  if (!(d2 > spec.d && plausibleDay(spec.m, d2) && !monthAt(s, m.end + 2) && !taken(m.end + 1, m.end + 2))) return null;
  const comma = w(s, m.end + 2) === ',';
  const year = yearTokenAt(s, comma ? m.end + 3 : m.end + 2);
  const y = year?.y;
  if (y !== undefined && !(isValidYmd({ y, m: spec.m, d: d2 }) && isValidYmd({ y, m: spec.m, d: spec.d }))) return null;
  return [
    match(m.start, m.end, { ...spec, y }, m.rule),
    match(m.end + 1, year ? year.end : m.end + 2, { ...spec, d: d2, y, weekday: undefined }, 'day-range'),
  ];
}

/** "2 and 3 December": the first day before a day-month. */
function dayMonthRange(s: TokenSeq, m: TimeMatch, spec: DateSpec, taken: Taken): TimeMatch[] | null {
  if ((m.rule !== 'day-month' && m.rule !== 'day-month-year') || spec.d === undefined || !RANGE_LINKS.has(w(s, m.start - 1))) return null;
  const d1 = rangeDayAt(s, m.start - 2, false);
  if (!(d1 > 0 && d1 < spec.d && !taken(m.start - 2, m.start - 1))) return null;
  return [match(m.start - 2, m.start - 1, { ...spec, d: d1 }, 'day-range'), m];
}

/** "2-4 December": two days before a month the grammar read alone. */
function daysBeforeMonth(s: TokenSeq, m: TimeMatch, spec: DateSpec, taken: Taken): TimeMatch[] | null {
  if ((m.rule !== 'month' && m.rule !== 'month-year') || spec.d !== undefined || !RANGE_LINKS.has(w(s, m.start - 2))) return null;
  const d1 = rangeDayAt(s, m.start - 3, false);
  const d2 = rangeDayAt(s, m.start - 1, false);
  const y = spec.y;
  if (!(d1 > 0 && d2 > d1 && plausibleDay(spec.m, d2) && !taken(m.start - 3, m.start) && (y === undefined || isValidYmd({ y, m: spec.m, d: d2 })))) return null;
  return [
    match(m.start - 3, m.start - 2, { ...spec, d: d1 }, 'day-range'),
    match(m.start - 1, m.end, { ...spec, d: d2 }, y === undefined ? 'day-month' : 'day-month-year'),
  ];
}

/** "from 2009 to 2011" and "between 2014 and 2016": the span as a duration, beside its two years (MEANTIME). */
function addYearRanges(s: TokenSeq, matches: TimeMatch[]): TimeMatch[] {
  const out: TimeMatch[] = [];
  matches.forEach((m, k) => {
    out.push(m);
    const next = matches[k + 1];
    if (!next || m.rule !== 'year' || next.rule !== 'year' || m.spec.t !== 'date' || next.spec.t !== 'date') return;
    const opener = w(s, m.start - 1);
    const link = s.toks.slice(m.end, next.start).map((t) => t.lower).join(' ');
    const paired = (opener === 'from' && ['to', 'until', 'through', '-', '–'].includes(link)) || (opener === 'between' && link === 'and');
    const a = m.spec.y!;
    const b = next.spec.y!;
    if (paired && b > a) out.push(match(m.start - 1, next.end, fixed(`P${b - a}Y`, 'duration', 'duration'), 'year-range'));
  });
  return out.sort((x, y) => x.start - y.start || y.end - x.end);
}

/**
 * All time expressions of one sentence, leftmost-longest, with appositions merged and names dropped.
 *
 * @example matchSentence({ toks: tokenize('He left on December 2.', 0), titleCase: false })[0].rule // 'month-day'
 */
export function matchSentence(s: TokenSeq): TimeMatch[] {
  const found: TimeMatch[] = [];
  for (let i = 0; i < s.toks.length; ) {
    const m = longestAt(s, i);
    if (m) {
      found.push(m);
      i = m.end;
    } else i += 1;
  }
  const merged = weekdayOfNamedWeek(s, weeksFromWeekday(s, nowAfterDuration(s, partOfNamedDay(s, dropNames(s, mergeCompoundDurations(s, mergeAppositions(s, found)))))));
  return addCoordinatedParts(s, addElidedParts(s, addYearRanges(s, addDayRanges(s, periodsEndedOn(s, merged)))));
}

/** Words before "year" that count it from the report's ("of next year"). */
const RELATIVE_YEAR_WORDS: ReadonlyMap<string, number> = new Map([['last', -1], ['this', 0], ['next', 1]]);

/** Words joining two numbered quarters or halves that share their noun ("the second or third quarter"). */
const PART_LINKS: ReadonlySet<string> = new Set(['and', 'or', 'to', 'through']);

/** Nouns of a numbered quarter or half, singular or plural. */
const PART_NOUNS: ReadonlyMap<string, 'Q' | 'H'> = new Map([['quarter', 'Q'], ['quarters', 'Q'], ['half', 'H'], ['halves', 'H']]);

/**
 * "close in the second or third quarter", "contract in the third and fourth quarters of 2008": two ordinals sharing one
 * quarter or half noun are two periods (round 16; "the second" was no time, and the plural none at all). The first is
 * valued as the second is ("the second" takes the year the quarter's phrase gives); a plural noun gives both.
 */
function addCoordinatedParts(s: TokenSeq, matches: TimeMatch[]): TimeMatch[] {
  let out = [...matches];
  for (let i = 0; i < s.toks.length - 3; i++) {
    const at = w(s, i) === 'the' ? i + 1 : i;
    const first = ordinalAt(s, at);
    if (!first || (at === i && w(s, i - 1) === 'the') || !PART_LINKS.has(w(s, first.end))) continue;
    const second = ordinalAt(s, first.end + 1);
    const of = second ? PART_NOUNS.get(w(s, second.end)) : undefined;
    if (!second || !of || first.n < 1 || second.n <= first.n || second.n > (of === 'Q' ? 4 : 2)) continue;
    if (matches.some((m) => m.start <= at && at < m.end)) continue;
    const shared = matches.find((m) => m.start === first.end + 1 && m.spec.t === 'part');
    let spec: TimeMatch['spec'] | null = shared ? shared.spec : null;
    if (!shared) {
      const year = w(s, second.end + 1) === 'of' ? yearTokenAt(s, second.end + 2) : null;
      // "of next year", "of this year", "of last year"
      const rel = w(s, second.end + 1) === 'of' && w(s, second.end + 3) === 'year' ? RELATIVE_YEAR_WORDS.get(w(s, second.end + 2)) : undefined;
      spec = { t: 'part', n: second.n, of, dir: 'bare', ...(year ? { y: year.y } : {}), ...(rel !== undefined ? { yOffset: rel } : {}) };
      const end = year ? year.end : rel !== undefined ? second.end + 4 : second.end + 1;
      const whole = match(first.end + 1, end, spec, of === 'Q' ? 'quarter' : 'half-year');
      out = out.filter((m) => m.start < whole.start || m.end > whole.end);
      out.push(whole);
    }
    if (!spec || spec.t !== 'part') continue;
    out.push(match(i, first.end, { ...spec, n: first.n }, of === 'Q' ? 'quarter' : 'half-year'));
  }
  return out.sort((x, z) => x.start - z.start || z.end - x.end);
}

/**
 * "grew 2.5% in the third quarter, down from 2.7% in the second": after a numbered quarter or half, "the first" ...
 * "the fourth" standing alone at the end of a phrase is another period of the same kind and year (TimeML marks
 * "the second" as 1989-Q2). Only later in the same sentence, and only an ordinal no noun follows.
 */
/** Prepositions before an elided period ("in the second", "from the first", "than the third"). */
const ELIDED_PART_LEADS: ReadonlySet<string> = new Set(['in', 'from', 'than', 'during', 'over', 'for', 'with', 'to', 'and', 'against', 'on']);

function addElidedParts(s: TokenSeq, matches: TimeMatch[]): TimeMatch[] {
  const first = matches.find((m) => m.spec.t === 'part');
  if (!first || first.spec.t !== 'part') return matches;
  const { of, y, yOffset, dir } = first.spec;
  const out = [...matches];
  for (let i = first.end; i < s.toks.length - 1; i++) {
    const ord = w(s, i) === 'the' ? ordinalAt(s, i + 1) : null;
    if (!ord || ord.n < 1 || ord.n > (of === 'Q' ? 4 : 2) || !clauseEnd(s, ord.end) || w(s, ord.end) === '-') continue;
    if (!ELIDED_PART_LEADS.has(w(s, i - 1))) continue; // "finished the third quarter as the second" ranks
    if (matches.some((m) => m.start <= i && i < m.end)) continue;
    const spec: TimeMatch['spec'] = { t: 'part', n: ord.n, of, dir, ...(y !== undefined ? { y } : {}), ...(yOffset !== undefined ? { yOffset } : {}) };
    out.push(match(i, ord.end, spec, of === 'Q' ? 'quarter-elided' : 'half-elided'));
  }
  return out.sort((x, z) => x.start - z.start || z.end - x.end);
}

/** Verbs that tie a period to the date it closes on ("the quarter ended Sept. 30", "the year ending June 30", British "the year to March 31"). */
const PERIOD_END_VERBS: ReadonlySet<string> = new Set(['ended', 'ending', 'ends', 'closed', 'through', 'to']);

/** A year may close in any month; a quarter or half after British "to" only with the month that closes a calendar one. */
function closesCalendarPeriod(unit: string, spec: TimeMatch['spec']): boolean {
  if (unit === 'year') return true;
  if (spec.t !== 'date' || spec.m === undefined) return false;
  return unit === 'quarter' ? spec.m % 3 === 0 : unit === 'half' ? spec.m % 6 === 0 : false;
}

/**
 * "for the quarter ended Sept. 30", "the year ended Dec. 31", "the week ended Friday": the period is the one that closes on that date (a
 * report published in October speaks of the year ended last December 31), so it takes its value from the date;
 * both expressions stay, as TimeML marks them.
 */
function periodsEndedOn(s: TokenSeq, matches: TimeMatch[]): TimeMatch[] {
  return matches.map((m, k) => {
    const next = matches[k + 1];
    const unit = periodUnitOf(m.spec);
    if (!unit || !next) return m;
    const glue = s.toks.slice(m.end, next.start).map((t) => t.lower);
    // "the quarter ending in March": a month closes the period as a day does
    const bareLink = glue.length === 1 && (glue[0] === 'to' || glue[0] === 'through');
    // Reuters "for the year ending March", "the year ended March": a closing participle right before a bare month
    const bareClose = glue.length === 1 && (glue[0] === 'ending' || glue[0] === 'ended');
    // "the fiscal year ending next March", "the year ended March 2009": a month that needs no "in" when its year is given
    const namedYear = next.spec.t === 'date' && (next.spec.dir !== 'bare' || next.spec.y !== undefined || next.spec.yOffset !== undefined);
    const monthOnly = (glue[glue.length - 1] === 'in' || bareLink || bareClose || namedYear) && next.spec.t === 'date' && next.spec.d === undefined && unit !== 'week' && unit !== 'month';
    const inMonth = monthOnly && glue[glue.length - 1] === 'in';
    const verbs = (inMonth ? glue.slice(0, -1) : glue).filter((t) => t !== ',' && t !== 'which' && t !== 'that');
    const last = inMonth ? glue[glue.length - 2] : glue[glue.length - 1];
    // "the fiscal year that begins Oct. 1": a fiscal year opened by its first day
    const opens = unit === 'year' && verbs.length === 1 && FISCAL_OPENING_VERBS.has(verbs[0]!) && w(s, m.start + 1) === 'fiscal';
    const tied = verbs.length === 1 && (PERIOD_END_VERBS.has(verbs[0]!) || opens) && last === verbs[0] && glue.length <= 4;
    // British "to" and American "through": "the year to March 31" closes a year; "the quarter to January" is a
    // rolling three months
    // "the week to Friday", "the week through Friday", "the week to May 4": the week that closes on that day, as "ended"
    const weekTo = unit === 'week' && (next.spec.t === 'weekday' || (next.spec.t === 'date' && next.spec.d !== undefined));
    if (!tied || (bareLink && !weekTo && !closesCalendarPeriod(unit, next.spec))) return m;
    // "the week ended Friday": the week of that Friday
    if (unit === 'week' && next.spec.t === 'weekday' && !next.spec.weekend && next.spec.pod === undefined) {
      return match(m.start, m.end, { ...next.spec, endsWeek: true }, 'period-ended');
    }
    if (next.spec.t !== 'date' || (next.spec.d === undefined && !monthOnly) || next.spec.m === undefined) return m;
    if (unit === 'year' && bareLink && m.spec.t === 'discussed' && economyMeasureBefore(s, m.start)) {
      return match(m.start, m.end, fixed('P1Y', 'duration', 'duration'), 'statistic-year');
    }
    const fiscalPart = m.spec.t === 'part' ? { fiscalPart: { n: m.spec.n, of: m.spec.of } } : {};
    return match(m.start, m.end, { ...next.spec, periodOf: unit, ...fiscalPart, ...(opens ? { periodStarts: true } : {}) }, 'period-ended');
  });
}

/**
 * A measure of the whole economy before token `end` in the sentence and no word of a company's results anywhere in
 * it ("Consumer prices rose 2.1 percent in the year to June"); see `ECONOMY_MEASURES`.
 */
function economyMeasureBefore(s: TokenSeq, end: number): boolean {
  if (s.toks.some((t) => COMPANY_RESULT_WORDS.has(t.lower))) return false;
  return s.toks.slice(0, end).some((t) => ECONOMY_MEASURES.has(t.lower));
}

/**
 * The unit of a period that a closing date can pin: "the quarter" under discussion, or a numbered quarter or half
 * without a year ("its fiscal first quarter, ended Sept. 30" is the calendar quarter that closes then, 1989-Q3).
 */
function periodUnitOf(spec: TimeMatch['spec']): 'quarter' | 'half' | 'month' | 'week' | 'year' | null {
  if (spec.t === 'discussed') return spec.unit !== 'any' && spec.unit !== 'day' && spec.shift === 0 && spec.years === 0 ? spec.unit : null;
  if (spec.t === 'part' && spec.y === undefined && spec.yOffset === undefined) return spec.of === 'Q' ? 'quarter' : 'half';
  return null;
}

/**
 * "a week from Tuesday", "two weeks from Friday", "a week ago Monday": one date, that weekday shifted by whole weeks
 * (the coming Tuesday plus a week; the last Monday less a week), as TimeML marks the whole phrase.
 */
function weeksFromWeekday(s: TokenSeq, matches: TimeMatch[]): TimeMatch[] {
  const out: TimeMatch[] = [];
  for (let k = 0; k < matches.length; k++) {
    const m = matches[k]!;
    const day = matches[k + 1];
    const weeks = m.spec.t === 'fixed' && m.spec.kind === 'duration' ? /^P(\d)W$/.exec(m.spec.value) : null;
    // "closed for a week from Monday" is a stretch that starts on Monday, not one date
    const from = weeks && day && day.start === m.end + 1 && w(s, m.end) === 'from' && w(s, m.start - 1) !== 'for' && w(s, day.end) !== "'s";
    const ago = m.spec.t === 'ago' && m.spec.unit.name === 'week' && day && day.start === m.end;
    if ((from || ago) && day?.spec.t === 'weekday' && day.spec.dir === 'bare' && !day.spec.pod && day.spec.weeks === undefined) {
      const n = ago && m.spec.t === 'ago' ? -m.spec.n : Number(weeks![1]);
      out.push(match(m.start, day.end, { ...day.spec, weeks: n }, 'weekday-weeks'));
      k += 1;
    } else out.push(m);
  }
  return out;
}

/**
 * "on Monday next week", "Tuesday last week", "Friday this week": one expression, the weekday of the week named after
 * it (round 12; was the weekday the tense chose and the week as a second expression).
 */
function weekdayOfNamedWeek(s: TokenSeq, matches: TimeMatch[]): TimeMatch[] {
  const out: TimeMatch[] = [];
  for (let k = 0; k < matches.length; k++) {
    const m = matches[k]!;
    const week = matches[k + 1];
    const named = week && week.start === m.end && week.spec.t === 'relUnit' && week.spec.unit === 'week' && week.end === week.start + 2;
    if (named && m.spec.t === 'weekday' && m.spec.dir === 'bare' && !m.spec.weekend && !m.spec.endsWeek && m.spec.weeks === undefined && week.spec.t === 'relUnit') {
      out.push(match(m.start, week.end, { ...m.spec, inWeek: week.spec.offset }, 'weekday-of-week'));
      k += 1;
    } else out.push(m);
  }
  return out;
}

/** "shipping for more than a week now": "now" closing a duration is the present day, not a vague reference. */
function nowAfterDuration(s: TokenSeq, matches: TimeMatch[]): TimeMatch[] {
  return matches.map((m, k) => {
    const prev = matches[k - 1];
    const isNow = m.spec.t === 'fixed' && m.spec.value === 'PRESENT_REF' && w(s, m.start) === 'now' && m.end === m.start + 1;
    if (isNow && prev && prev.end === m.start && prev.spec.t === 'fixed' && prev.spec.kind === 'duration') {
      return match(m.start, m.end, { t: 'relDay', offset: 0 }, 'now-point');
    }
    return m;
  });
}
