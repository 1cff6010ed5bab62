// Rules for the business calendar: the period a report is discussing ("the quarter", "the prior quarter"),
// comparisons with the same period a year before ("the same quarter last year", "the year-earlier period"),
// relative fiscal years ("this fiscal year") and "year-to-date".
import { monthAt, yearTokenAt } from './dates.js';
import { DAY, FORECAST_NOUNS, ORDINAL_WORDS, WEEKDAYS } from './lexicon.js';
import { parseNumber } from './numbers.js';
import type { CountedPeriod, TimeMatch, TimeSpec } from './spec.js';
import { attached, fixed, match, tok, w, type Rule, type TokenSeq } from './token-seq.js';

type DiscussedUnit = Extract<TimeSpec, { t: 'discussed' }>['unit'];

/** Nouns of the periods a report compares; "period" and "time" take whatever period the text was discussing. */
const COMPARED_UNITS: ReadonlyMap<string, DiscussedUnit> = new Map<string, DiscussedUnit>([
  ['quarter', 'quarter'], ['half', 'half'], ['month', 'month'], ['week', 'week'], ['year', 'year'],
  ['period', 'any'], ['time', 'any'],
  // "footfall was down on the same day last year" (round 21; was the day discussed plus a bare `last year`)
  ['day', 'day'], ['date', 'day'],
]);

/** Adjectives of "the same quarter": the period under discussion, in another year. */
const SAME: ReadonlySet<string> = new Set(['same', 'comparable', 'corresponding', 'equivalent', 'like']);

/**
 * How many years back a phrase points: "last year", "a year earlier", "a year ago", "the previous year",
 * "the year before", "two years ago", "of last year". Returns null when nothing there counts back in years.
 */
function yearsBack(s: TokenSeq, i: number): { years: number; end: number } | null {
  let k = i;
  if (w(s, k) === 'of' || w(s, k) === 'in') k += 1;
  const l = w(s, k);
  if (l === 'last' && w(s, k + 1) === 'year') return { years: -1, end: k + 2 };
  if (l === 'the' && ['previous', 'prior', 'preceding'].includes(w(s, k + 1)) && w(s, k + 2) === 'year') return { years: -1, end: k + 3 };
  if (l === 'the' && w(s, k + 1) === 'year' && ['before', 'earlier'].includes(w(s, k + 2))) return { years: -1, end: k + 3 };
  if (k !== i) return null; // "of" and "in" go only with the phrases above
  const n = l === 'a' || l === 'one' ? { n: 1, end: k + 1 } : parseNumber(s, k);
  if (!n || !Number.isInteger(n.n) || n.n < 1 || n.n > 10) return null;
  const unit = w(s, n.end);
  const years = (unit === 'year' && n.n === 1) || (unit === 'years' && n.n > 1) ? n.n : unit === 'months' && n.n % 12 === 0 ? n.n / 12 : null;
  if (years === null) return null;
  if (!['earlier', 'ago', 'before', 'previously'].includes(w(s, n.end + 1))) return null;
  return { years: -years, end: n.end + 2 };
}

/** "year-earlier", "year-ago", "year-before", "prior-year", "previous-year" before a period noun. */
function yearEarlierCompound(s: TokenSeq, i: number): number | null {
  const hyphen = w(s, i + 1) === '-' && attached(s, i + 1) && attached(s, i + 2);
  if (!hyphen) return null;
  const [a, b] = [w(s, i), w(s, i + 2)];
  if (a === 'year' && (b === 'earlier' || b === 'ago' || b === 'before')) return i + 3;
  if ((a === 'prior' || a === 'previous') && b === 'year') return i + 3;
  return null;
}

/**
 * "first quarter", "fourth-quarter", "second half" at token `k`: the numbered part of a year, or null.
 */
function numberedPartAt(s: TokenSeq, k: number): { n: number; of: 'Q' | 'H'; end: number } | null {
  const n = ORDINAL_WORDS.get(w(s, k));
  if (n === undefined) return null;
  const j = w(s, k + 1) === '-' && attached(s, k + 1) && attached(s, k + 2) ? k + 2 : k + 1;
  if (w(s, j) === 'quarter' && n >= 1 && n <= 4) return { n, of: 'Q', end: j + 1 };
  if (w(s, j) === 'half' && n >= 1 && n <= 2) return { n, of: 'H', end: j + 1 };
  return null;
}

/**
 * "the year-ago first quarter", "year-earlier fourth-quarter profit", "the prior-year second half": that numbered part
 * a year before the one the clause's tense names (round 17; was the part of the report's year, 1991-Q1 for 1990-Q1).
 * Id: `times/year-ago-parts`; source: the earnings copy of wire reports.
 */
function yearAgoPart(s: TokenSeq, i: number, after: number): TimeMatch | null {
  const part = numberedPartAt(s, after);
  return part ? match(i, part.end, { t: 'part', n: part.n, of: part.of, dir: 'bare', yearsBack: 1 }, 'same-period') : null;
}

/**
 * "the same quarter last year", "the same period a year earlier", "the comparable week of last year" and
 * "the year-earlier quarter", "the year-ago period", "the prior-year quarter": the period under discussion one
 * (or more) years back. TimeML values them as that period (2024-Q3), not as the bare year.
 */
export const comparedPeriodPhrase: Rule = (s, i) => {
  if (w(s, i) === 'this' && w(s, i + 1) === 'time') return thisTimeAYearOff(s, i);
  if (w(s, i) !== 'the') return null;
  if (SAME.has(w(s, i + 1))) {
    const unit = COMPARED_UNITS.get(w(s, i + 2));
    if (!unit) return null;
    // "the same week of 2022", "the same period in 2004": the period discussed, in that year (round 21; was the
    // period discussed and a bare year). Id: `times/same-period-in-year`.
    const written = w(s, i + 3) === 'of' || w(s, i + 3) === 'in' ? yearTokenAt(s, i + 4) : null;
    if (written) return match(i, written.end, { t: 'discussed', unit, shift: 0, years: 0, inYear: written.y }, 'same-period');
    const back = yearsBack(s, i + 3);
    if (!back) return null;
    return match(i, back.end, { t: 'discussed', unit, shift: 0, years: back.years }, 'same-period');
  }
  const after = yearEarlierCompound(s, i + 1);
  if (after === null) return null;
  const part = yearAgoPart(s, i, after);
  if (part) return part;
  const unit = COMPARED_UNITS.get(w(s, after));
  if (!unit || unit === 'year') return null;
  return match(i, after + 1, { t: 'discussed', unit, shift: 0, years: -1 }, 'same-period');
};

/**
 * "below this time last year", "by this time next year": "this time" a year off is the period under discussion a year
 * back or ahead, as "the same time last year" is (round 21; was a bare `last year` and no time for "this time").
 * Id: `times/this-time-last-year`; source: retail, travel and market copy.
 */
function thisTimeAYearOff(s: TokenSeq, i: number): TimeMatch | null {
  if (w(s, i + 3) === 'year' && (w(s, i + 2) === 'next' || w(s, i + 2) === 'last')) {
    return match(i, i + 4, { t: 'discussed', unit: 'any', shift: 0, years: w(s, i + 2) === 'next' ? 1 : -1 }, 'same-period');
  }
  const back = yearsBack(s, i + 2);
  return back ? match(i, back.end, { t: 'discussed', unit: 'any', shift: 0, years: back.years }, 'same-period') : null;
}

/**
 * "full-year revenue", "its full-year forecast": the year under discussion (the year of the quarter a report names,
 * else the current one), as "for the full year" is.
 */
export const fullYearAdjective: Rule = (s, i) => {
  if (w(s, i) !== 'full' || w(s, i + 1) !== '-' || !attached(s, i + 1) || !attached(s, i + 2) || w(s, i + 2) !== 'year') return null;
  const next = tok(s, i + 3);
  if (next?.kind !== 'word' || next.cap) return null;
  // "cut its full-year profit forecast", "its full-year outlook": a forecast is of a year not yet over, so never of
  // a past year discussed before it ("Last year, shoppers spent ..."; round 23, was last year). Id:
  // `times/full-year-forecast`.
  const forecast = FORECAST_NOUNS.has(w(s, i + 3)) || FORECAST_NOUNS.has(w(s, i + 4));
  return match(i, i + 3, { t: 'discussed', unit: 'year', shift: 0, years: 0, ...(forecast ? { forecast } : {}) }, 'discussed-period');
};

/** Nouns of a report's figures after "half-year" ("half-year results", "half-yearly profit"). */
const HALF_YEAR_FIGURES: ReadonlySet<string> = new Set([
  'results', 'result', 'profit', 'profits', 'earnings', 'loss', 'losses', 'figures', 'numbers', 'revenue', 'revenues',
  'sales', 'net', 'income', 'report', 'turnover', 'deficit', 'surplus', 'growth',
]);

/** Words before "half year" that make it another half ("the first half year", "the past half year"). */
const HALF_NOT_AFTER: ReadonlySet<string> = new Set(['and', 'first', 'second', 'latter', 'last', 'past', 'next', 'this', 'previous', 'prior']);

/**
 * "half-year results", "its half-yearly profit": the half under discussion, else the half just ended (a report's
 * figures come out after their period), as "the half-year to June 30" is a half, not the measure P6M;
 * "half-yearly" elsewhere ("reviews rates half-yearly") is the set P6M, not the set "yearly".
 */
export const halfYearAdjective: Rule = (s, i) => {
  if (w(s, i) !== 'half' || HALF_NOT_AFTER.has(w(s, i - 1))) return null;
  const hyphen = w(s, i + 1) === '-' && attached(s, i + 1) && attached(s, i + 2);
  const k = hyphen ? i + 2 : i + 1;
  const unit = w(s, k);
  if (unit !== 'year' && unit !== 'yearly') return null;
  const next = tok(s, k + 1);
  if (next?.kind === 'word' && HALF_YEAR_FIGURES.has(next.lower)) {
    return match(i, k + 1, { t: 'discussed', unit: 'half', shift: 0, years: 0 }, 'discussed-period');
  }
  return unit === 'yearly' && hyphen ? match(i, k + 1, fixed('P6M', 'set', 'set'), 'set') : null;
};

/**
 * "year-earlier" and "year-ago" as adjectives of a figure ("from a year-ago profit of $4 million", "year-earlier
 * sales"): the period under discussion a year back, as the "the year-earlier quarter" phrase.
 */
export const yearEarlierAdjective: Rule = (s, i) => {
  const after = yearEarlierCompound(s, i);
  if (after === null || w(s, i - 1) === 'the' || w(s, i) !== 'year') return null;
  const part = yearAgoPart(s, i, after);
  if (part) return part;
  return match(i, after, { t: 'discussed', unit: 'any', shift: 0, years: -1 }, 'same-period');
};

/** Prepositions before which "the quarter" and "the year" are the period under discussion ("for the quarter"). */
const PERIOD_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'for', 'during', 'over', 'through', 'throughout', 'into', 'across', 'within']);

/** Verbs of a market or a report closing or opening a period ("shares ended the week down 4%", "began the year"). */
const PERIOD_VERBS: ReadonlySet<string> = new Set([
  'ended', 'ends', 'end', 'closed', 'closes', 'close', 'finished', 'finishes', 'finish', 'began', 'begins', 'begin',
  'started', 'starts', 'start', 'opened', 'opens', 'open',
]);

/** A month that closes a year (any), or a calendar quarter or half: "the quarter to June", not the rolling "quarter to January". */
function closingMonth(unit: string, m: number | undefined): boolean {
  if (m === undefined) return false;
  return unit === 'year' || (unit === 'quarter' && m % 3 === 0);
}

/** Verbs that tie a period to the date it closes on ("the fiscal year ended June 30", "the quarter that ended in March"). */
const CLOSING_VERBS: ReadonlySet<string> = new Set(['ended', 'ending', 'ends', 'closed']);

/** Verbs that open a fiscal year on a date ("the fiscal year that begins Oct. 1"). */
export const FISCAL_OPENING_VERBS: ReadonlySet<string> = new Set(['begins', 'began', 'beginning', 'starts', 'started', 'starting']);

/** Words after "the year" that make it part of another phrase ("the year before", "the year since the war"). */
const NOT_AFTER_DISCUSSED: ReadonlySet<string> = new Set([
  'of', 'before', 'after', 'earlier', 'later', 'ago', 'since', 'to', 'until', 'ahead', 'that', 'when', 'which',
  'following', 'in', 'prior', 'previous', 'as', "'s", '-',
]);

/** Determiners of a fiscal year a closing date pins ("its fiscal year ended June 30"). */
const FISCAL_YEAR_OWNERS: ReadonlySet<string> = new Set(['the', 'its', 'their', 'his', 'her']);

/** Words between an owner and "fiscal year" that still leave the closing date to say which year it is. */
const FISCAL_YEAR_RECENCY: ReadonlySet<string> = new Set(['latest', 'last', 'previous', 'prior', 'past', 'recent', 'just-ended']);

/**
 * "the fiscal year ended June 30", "its fiscal year ended Feb. 28", "its latest fiscal year, which ended Feb. 28",
 * "the fiscal year that begins Oct. 1": the year that closes (or opens) on the date, pinned when the date is read
 * (FY1989); "its latest" is said by the date too. Without a closing or opening verb after it, no match here.
 */
export const closedFiscalYear: Rule = (s, i) => {
  // "Delta's fiscal year ends June 30": after a possessive name the span starts at "fiscal" (round 11)
  const named = w(s, i) === 'fiscal' && w(s, i - 1) === "'s";
  if (!FISCAL_YEAR_OWNERS.has(w(s, i)) && !named) return null;
  let k = named ? i : i + 1;
  if (w(s, k) === 'most' && w(s, k + 1) === 'recent') k += 2;
  else if (FISCAL_YEAR_RECENCY.has(w(s, k))) k += 1;
  if (w(s, k) !== 'fiscal' || w(s, k + 1) !== 'year') return null;
  let v = k + 2;
  if (w(s, v) === ',') v += 1;
  if (w(s, v) === 'that' || w(s, v) === 'which') v += 1;
  // British "the financial year to June": "to" and a month close the year as "ended" does (round 14)
  const to = w(s, v) === 'to' && monthAt(s, v + 1) !== null;
  if (!CLOSING_VERBS.has(w(s, v)) && !FISCAL_OPENING_VERBS.has(w(s, v)) && !to) return null;
  return match(i, k + 2, { t: 'discussed', unit: 'year', shift: 0, years: 0 }, 'discussed-period');
};

/**
 * "for the quarter", "in the quarter", "during the year": in a report, the period under discussion (the quarter
 * or year named last), else the quarter just ended / the current year. "the prior quarter", "the previous
 * quarter" and "the preceding half" step back one from it.
 */
export const discussedPeriod: Rule = (s, i) => {
  if (w(s, i) !== 'the') return null;
  const inYear = yearInDiscussed(s, i) ?? yearToQuarter(s, i);
  if (inYear) return inYear;
  const step = w(s, i + 1);
  if (step === 'prior' || step === 'previous' || step === 'preceding' || step === 'sequential') {
    const unit = w(s, i + 2);
    if ((unit !== 'quarter' && unit !== 'half') || tok(s, i + 2)?.cap) return null;
    if (w(s, i + 3) === 'of') return null; // "the previous half of the match"
    return match(i, i + 3, { t: 'discussed', unit, shift: -1, years: 0 }, 'discussed-period');
  }
  // "the latest quarter", "the most recent quarter": the one under discussion, else the one just ended
  const latest = step === 'latest' ? 1 : step === 'most' && w(s, i + 2) === 'recent' ? 2 : 0;
  if (latest > 0) {
    const unit = w(s, i + 1 + latest);
    // "in the latest period": whatever period the report is discussing; dropped when it names none
    if (unit === 'period') return match(i, i + 2 + latest, { t: 'discussed', unit: 'any', shift: 0, years: 0, needsPeriod: true }, 'discussed-period');
    if (unit !== 'quarter' && unit !== 'half' && unit !== 'week' && unit !== 'month') return null;
    if (NOT_AFTER_DISCUSSED.has(w(s, i + 2 + latest)) && w(s, i + 2 + latest) !== "'s") return null;
    // "the latest week" or "month" of a report is the one it discusses; alone, it is too vague to count from now
    const needsPeriod = unit === 'week' || unit === 'month';
    return match(i, i + 2 + latest, { t: 'discussed', unit, shift: 0, years: 0, ...(needsPeriod ? { needsPeriod } : {}) }, 'discussed-period');
  }
  if (step === 'period' && PERIOD_PREPOSITIONS.has(w(s, i - 1)) && !NOT_AFTER_DISCUSSED.has(w(s, i + 2))) {
    // "revenue for the period": the quarter, half, month or year the report is discussing
    return match(i, i + 2, { t: 'discussed', unit: 'any', shift: 0, years: 0, needsPeriod: true }, 'discussed-period');
  }
  // "For the full year 2023, traffic rose 18 percent": the year written after it (round 21; was the year discussed
  // and a bare year). Id: `times/full-year-written`.
  const written = (step === 'full' || step === 'whole' || step === 'entire') && w(s, i + 2) === 'year' ? yearTokenAt(s, i + 3) : null;
  if (written) return match(i, written.end, { t: 'date', y: written.y, dir: 'bare' }, 'year');
  if ((step === 'full' || step === 'whole' || step === 'entire') && w(s, i + 2) === 'year' && PERIOD_PREPOSITIONS.has(w(s, i - 1)) && !NOT_AFTER_DISCUSSED.has(w(s, i + 3))) {
    return match(i, i + 3, { t: 'discussed', unit: 'year', shift: 0, years: 0 }, 'discussed-period'); // "for the full year"
  }
  // British "the half-year to June 30", "the half year to end-December": the half closing with that month
  const halfYear = step !== 'half' ? -1 : w(s, i + 2) === 'year' ? i + 3 : w(s, i + 2) === '-' && w(s, i + 3) === 'year' ? i + 4 : -1;
  const closingAt = (k: number) => monthAt(s, k) !== null || (w(s, k) === 'end' && w(s, k + 1) === '-' && monthAt(s, k + 2) !== null);
  if (halfYear > 0 && w(s, halfYear) === 'to' && closingAt(halfYear + 1) && PERIOD_PREPOSITIONS.has(w(s, i - 1))) {
    return match(i, halfYear, { t: 'discussed', unit: 'half', shift: 0, years: 0 }, 'discussed-period');
  }
  const monthsEnd = step === 'year' ? monthsOfTheYear(s, i) : null;
  if (monthsEnd !== null) return match(i, i + 2, { t: 'discussed', unit: 'year', shift: 0, years: 0, monthsEnd }, 'discussed-period');
  if (step !== 'quarter' && step !== 'year' && step !== 'week' && step !== 'month') return null;
  if (tok(s, i + 1)?.cap && !s.titleCase) return null; // "the French Quarter"
  const next = w(s, i + 2);
  // "The week ending Oct. 27 saw a decline", "The quarter ended March 31 was the best": a period closed by the day
  // after it needs no preposition before it (round 17; was no time)
  // ("The week ending Friday was" is left: "ending" reads its weekday as the nearer one, and the two would disagree)
  const closedBy = (next === 'ended' && WEEKDAYS.has(w(s, i + 3))) || ((next === 'ended' || next === 'ending') && monthAt(s, i + 3) !== null);
  if (!PERIOD_PREPOSITIONS.has(w(s, i - 1)) && !PERIOD_VERBS.has(w(s, i - 1)) && !closedBy) return null;
  // "the quarter that ended in December" is pinned by its closing date
  // British "the year to March 31", "the quarter to June": the period closing with that month
  const dated = (k: number) => monthAt(s, k) !== null || (w(s, k) === 'in' && monthAt(s, k + 1) !== null);
  const closes = ((next === 'that' || next === 'which') && CLOSING_VERBS.has(w(s, i + 3)) && dated(i + 4)) || (next === 'to' && (closingMonth(step, (monthAt(s, i + 3) ?? (w(s, i + 3) === 'end' && w(s, i + 4) === '-' ? monthAt(s, i + 5) : null))?.m) || (step === 'week' && (WEEKDAYS.has(w(s, i + 3)) || monthAt(s, i + 3) !== null || (tok(s, i + 3)?.kind === 'num' && monthAt(s, i + 4) !== null)))));
  if (NOT_AFTER_DISCUSSED.has(next) && !closes) return null;
  return match(i, i + 2, { t: 'discussed', unit: step, shift: 0, years: 0 }, 'discussed-period');
};

/**
 * "GDP grew 0.9 percent in the year to the second quarter", "in the year through the June quarter": a year closed by a
 * quarter is the four quarters up to it, the duration `P1Y` as "the 12 months to June" is `P12M`; fiscal years close
 * with a month, so it is never one (round 22; "the year" was dropped). Id: `times/year-to-quarter`; source: the release
 * wording of national statistics offices.
 */
function yearToQuarter(s: TokenSeq, i: number): TimeMatch | null {
  const to = w(s, i + 2);
  if (w(s, i + 1) !== 'year' || (to !== 'to' && to !== 'through') || w(s, i + 3) !== 'the') return null;
  if (!PERIOD_PREPOSITIONS.has(w(s, i - 1))) return null;
  const part = numberedPartAt(s, i + 4);
  const quarter = part?.of === 'Q' || (monthAt(s, i + 4) !== null && w(s, i + 5) === 'quarter');
  return quarter ? match(i, i + 2, fixed('P1Y', 'duration', 'duration'), 'statistic-year') : null;
}

/** Words for the first or the last stretch of a year ("the first 11 months", "the final three months"). */
const OPENING_STRETCH: ReadonlySet<string> = new Set(['first', 'opening']);
const CLOSING_STRETCH: ReadonlySet<string> = new Set(['last', 'final', 'closing']);

/**
 * "In the first 11 months of the year, exports rose", "Sales in the final three months of the year rose": "the year"
 * after a count of its first or last months (or weeks) is a year of the report (round 15; was no time); returns the
 * month those months close with (12 for the last ones), or null when the words are not there.
 */
function monthsOfTheYear(s: TokenSeq, i: number): number | null {
  const unit = w(s, i - 2);
  if (w(s, i + 1) !== 'year' || w(s, i - 1) !== 'of' || (unit !== 'months' && unit !== 'weeks')) return null;
  const n = parseNumber(s, i - 3);
  if (!n || n.end !== i - 2 || !Number.isInteger(n.n) || n.n < 1) return null;
  const edge = w(s, i - 4);
  if (w(s, i - 5) !== 'the') return null;
  if (CLOSING_STRETCH.has(edge)) return 12;
  if (!OPENING_STRETCH.has(edge)) return null;
  // weeks: the last whole month they cover, so "the first five weeks" told in February are over
  const months = unit === 'months' ? n.n : Math.max(1, Math.floor((n.n * 7) / 30.4));
  return months >= 1 && months <= 12 ? months : null;
}

/** Words of an earnings report that make "the third period" a quarter (not a period of a game). */
const EARNINGS_WORDS: ReadonlySet<string> = new Set([
  'net', 'income', 'profit', 'profits', 'earnings', 'earned', 'revenue', 'revenues', 'sales', 'loss', 'losses', 'share', 'cents',
]);

/**
 * "Revenue in the third period climbed", "net income for the second period": in an earnings report, the numbered
 * period is that quarter (the wire's word for it); the sentence must speak of earnings, so "scored in the third
 * period" of a game is no time. The year comes from the tense, as for "the third quarter".
 */
export const earningsPeriod: Rule = (s, i) => {
  if (w(s, i) !== 'the' || w(s, i + 2) !== 'period') return null;
  const n = ORDINAL_WORDS.get(w(s, i + 1));
  if (n === undefined || n < 1 || n > 4 || w(s, i + 3) === 'of') return null;
  if (!s.toks.some((t) => EARNINGS_WORDS.has(t.lower))) return null;
  return match(i, i + 3, { t: 'part', n, of: 'Q', dir: 'bare' }, 'quarter');
};

/**
 * "The dollar ended the day at 121.50 yen", "shares opened the day lower", "rose 0.3 percent on the day": the trading
 * day a market closes or opens, or changes on, is the day of the sentence (a date before it), else the day of the
 * report; "up 2 percent on the week" is the week under discussion.
 */
export const tradingDay: Rule = (s, i) => {
  if (w(s, i) !== 'the' || (w(s, i + 1) !== 'day' && w(s, i + 1) !== 'week')) return null;
  if (['of', 'before', 'after', 'when', 'that', 'ending', 'ended', 'to'].includes(w(s, i + 2))) return null;
  const market = marketChangeBefore(s, i - 1);
  if (w(s, i + 1) === 'week') return market && w(s, i - 1) === 'on' ? match(i, i + 2, { t: 'discussed', unit: 'week', shift: 0, years: 0 }, 'discussed-period') : null;
  if (!PERIOD_VERBS.has(w(s, i - 1)) && !market) return null;
  return match(i, i + 2, { t: 'anchored', n: 0, unit: DAY, needsPrevious: false, sameSentence: true }, 'trading-day');
};

/**
 * Words of a market's change right before "on the day" or "on the week" ("rose 0.3 percent on the day", "was 12
 * points lower on the day", "is up 2 percent on the week", "was flat for the day"). Id: `times/market-change-words`
 * (round 18); source: market reports of business wires.
 */
const MARKET_CHANGE_WORDS: ReadonlySet<string> = new Set([
  'percent', '%', 'points', 'point', 'cents', 'pence', 'higher', 'lower', 'up', 'down', 'flat', 'unchanged', 'firmer', 'weaker', 'stronger',
]);

/**
 * "on"/"for" at `k`, after a market's change: "the day" and "the week" after it are the trading day and week of the
 * sentence (round 18; were no time). A whole number before "on" alone ("sold 5,000 on the day") is not enough.
 */
function marketChangeBefore(s: TokenSeq, k: number): boolean {
  const prep = w(s, k);
  if (prep !== 'on' && prep !== 'for') return false;
  return MARKET_CHANGE_WORDS.has(w(s, k - 1));
}

/**
 * "net fell from $4 million in the 1988 quarter", "in the 1988 period": the period the report discusses, in the year
 * written (the year-earlier quarter of newswire earnings tables); without one discussed, "the 1988 period" is the
 * year.
 */
function yearInDiscussed(s: TokenSeq, i: number): TimeMatch | null {
  const year = yearTokenAt(s, i + 1);
  if (!year || year.end !== i + 2) return null;
  const unit = w(s, year.end);
  if (unit !== 'quarter' && unit !== 'period' && unit !== 'half') return null;
  if (NOT_AFTER_DISCUSSED.has(w(s, year.end + 1)) || tok(s, year.end)?.cap) return null;
  return match(i, year.end + 1, { t: 'discussed', unit: unit === 'period' ? 'any' : unit, shift: 0, years: 0, inYear: year.y }, 'discussed-period');
}

/**
 * "this fiscal year" (FY of the reference year), "last fiscal year", "next fiscal year", "the current fiscal year",
 * "fiscal '97" (FY1997, via the clipped year rule).
 */
export const relativeFiscalYear: Rule = (s, i) => {
  let j = i;
  let offset: number;
  const l = w(s, i);
  // "In the fiscal year, sales rose 12%": the fiscal year the article has named (resolved against it in times.ts)
  // "Revenue for the full fiscal year was $69.9 billion": the same year, whole (round 14; was no time)
  const whole = l === 'the' && WHOLE_WORDS.has(w(s, i + 1)) ? 1 : 0;
  if (l === 'the' && w(s, i + 1 + whole) === 'fiscal' && w(s, i + 2 + whole) === 'year') {
    const next = w(s, i + 3 + whole);
    // "the fiscal year to June" (British "to" closes a year as "ended" does; round 14) is left to the closing date
    // "the fiscal year 2023" is named by its written year (`fiscalYear`; round 23, was FY of the report's year)
    if (NOT_AFTER_DISCUSSED.has(next) || CLOSING_VERBS.has(next) || FISCAL_OPENING_VERBS.has(next) || next === 'to' || tok(s, i + 3 + whole)?.kind === 'num') return null;
    return match(i, i + 3 + whole, { t: 'fiscalRel', offset: 0, anaphoric: true }, 'fiscal-year-discussed');
  }
  if (l === 'the' && w(s, i + 1) === 'current') [offset, j] = [0, i + 2];
  // "The new fiscal year began Monday", "the new fiscal year, which starts Oct. 1": the year the day after it opens
  // (valued by `fiscalYearsClosedOn`; round 17, was no time); alone, "the new fiscal year" says too little
  else if (l === 'the' && w(s, i + 1) === 'new' && newFiscalYearOpened(s, i + 4)) [offset, j] = [0, i + 2];
  else if (l === 'the' && ['previous', 'prior', 'last'].includes(w(s, i + 1))) [offset, j] = [-1, i + 2];
  else if (l === 'this' || l === 'current') [offset, j] = [0, i + 1];
  else if (l === 'last' || l === 'previous' || l === 'prior') [offset, j] = [-1, i + 1];
  else if (l === 'next' || l === 'coming') [offset, j] = [1, i + 1];
  else return null;
  if (w(s, j) !== 'fiscal' || w(s, j + 1) !== 'year') return null;
  return match(i, j + 2, { t: 'fiscalRel', offset }, 'fiscal-year');
};

/** An opening verb of a fiscal year at token `k`, after an optional ", which"/"that" ("began", "which starts"). */
function newFiscalYearOpened(s: TokenSeq, k: number): boolean {
  let v = k;
  if (w(s, v) === ',') v += 1;
  if (w(s, v) === 'which' || w(s, v) === 'that') v += 1;
  return FISCAL_OPENING_VERBS.has(w(s, v));
}

/** Words that make a period whole ("the full fiscal year", "the entire fiscal year"). */
const WHOLE_WORDS: ReadonlySet<string> = new Set(['full', 'whole', 'entire']);

/** Prepositions before "year-end" that make it a point in time ("by year-end", "at year end"). */
const YEAR_END_PREPOSITIONS: ReadonlySet<string> = new Set(['by', 'at', 'before', 'after', 'until', 'till', 'from', 'since', 'toward', 'towards', 'around']);

/** Periods whose end is written like "year's end" ("by week's end", "at month's end", "by quarter's end"). */
const PERIOD_ENDS: ReadonlyMap<string, 'week' | 'month' | 'quarter'> = new Map([['week', 'week'], ['month', 'month'], ['quarter', 'quarter']]);

/** "by year-end", "at year end": the end of the current year, valued as the year (TimeML puts "end" in `mod`). */
export const yearEnd: Rule = (s, i) => {
  // "by the year's end", "at the year's end", "by the decade's end": the same point as "the end of the year"
  const possessed = w(s, i) === 'the' && w(s, i + 2) === "'s" && w(s, i + 3) === 'end' ? OWNED_ENDS.get(w(s, i + 1)) : undefined;
  if (possessed) return match(i, i + 4, endOf(possessed), 'year-end');
  // "end-1988", "end-March": the period named, with "end" in TimeML's mod
  if (w(s, i) === 'end' && w(s, i + 1) === '-' && attached(s, i + 1) && attached(s, i + 2)) {
    const year = yearTokenAt(s, i + 2);
    if (year) return match(i, year.end, { t: 'date', y: year.y, dir: 'bare' }, 'year-end');
    const month = monthAt(s, i + 2);
    if (month) return match(i, month.end, { t: 'date', m: month.m, dir: 'bare' }, 'month');
  }
  // "by week's end", "at month's end": the end of the current week or month, valued as it (round 15; was no time)
  const shorter = PERIOD_ENDS.get(w(s, i));
  if (shorter && YEAR_END_PREPOSITIONS.has(w(s, i - 1)) && w(s, i + 1) === "'s" && w(s, i + 2) === 'end') return match(i, i + 3, endOf(shorter), 'year-end');
  if (w(s, i) !== 'year' || !YEAR_END_PREPOSITIONS.has(w(s, i - 1))) return null;
  // "by year's end"
  if (w(s, i + 1) === "'s" && w(s, i + 2) === 'end') return match(i, i + 3, endOf('year'), 'year-end');
  const hyphen = w(s, i + 1) === '-' && attached(s, i + 1);
  const k = hyphen ? i + 2 : i + 1;
  if (w(s, k) !== 'end') return null;
  // "at year-end 1988": the year written
  const year = yearTokenAt(s, k + 1);
  if (year) return match(i, year.end, { t: 'date', y: year.y, dir: 'bare' }, 'year-end');
  return match(i, k + 1, endOf('year'), 'year-end');
};

/** Periods whose end is written "the year's end", "the decade's end". */
const OWNED_ENDS: ReadonlyMap<string, CountedPeriod> = new Map([['year', 'year'], ['decade', 'decade'], ['century', 'century'], ['quarter', 'quarter'], ['month', 'month']]);

/**
 * The current period as the one whose end is meant; in a past clause it is the one told before it or the last to have
 * ended, as for "the end of the year" ("by year's end" after 1972 is 1972; "Debt stood at 1.2 billion euros at
 * year-end" in February is last year; round 22, both were the report's year).
 */
function endOf(unit: CountedPeriod): TimeSpec {
  return { t: 'relUnit', unit, offset: 0, definite: true, closing: true };
}

/**
 * Periods counted "to date", the current one so far: "year-to-date" (round 4) and, in market wraps and trading
 * updates, "week-to-date", "month-to-date", "quarter-to-date" (round 23; were no time). TimeML values each as the
 * period itself, as it values "this week" and "so far this month". Id: `times/period-to-date`.
 */
const TO_DATE_PERIODS: ReadonlyMap<string, 'week' | 'month' | 'quarter' | 'year'> = new Map([
  ['year', 'year'], ['week', 'week'], ['month', 'month'], ['quarter', 'quarter'],
]);

/** "year-to-date", "year to date", "week-to-date", "quarter to date": the current period so far. */
export const yearToDate: Rule = (s, i) => {
  const unit = TO_DATE_PERIODS.get(w(s, i));
  if (!unit) return null;
  const hyphen = w(s, i + 1) === '-' && attached(s, i + 1);
  const k = hyphen ? i + 2 : i + 1;
  if (w(s, k) !== 'to') return null;
  const k2 = hyphen && w(s, k + 1) === '-' ? k + 2 : k + 1;
  if (w(s, k2) !== 'date') return null;
  // only "year to date" is common enough unhyphenated; "the month to date" may be "the month to date the find"
  if (unit !== 'year' && !hyphen) return null;
  return match(i, k2 + 1, { t: 'relUnit', unit, offset: 0 }, unit === 'year' ? 'year-to-date' : 'period-to-date');
};

/**
 * "the September quarter", "its December half", "June-quarter profit": a quarter or half named by the month it
 * closes with (the habit of companies whose fiscal year is not the calendar year), valued as the calendar quarter
 * or half that holds the month; the month's year is read as for the month alone ("the September 1997 quarter"
 * keeps its year).
 */
export const monthNamedPeriod: Rule = (s, i) => {
  const j = w(s, i) === 'the' ? i + 1 : i;
  const season = holidayQuarter(s, i, j);
  if (season) return season;
  const month = monthAt(s, j);
  if (!month || !tok(s, j)?.cap) return null;
  const year = yearTokenAt(s, month.end);
  let k = year ? year.end : month.end;
  if (w(s, k) === '-' && attached(s, k)) k += 1;
  const unit = w(s, k);
  if (unit !== 'quarter' && unit !== 'half') return null;
  if (w(s, k + 1) === 'of' || (w(s, k + 1) === '-' && attached(s, k + 1))) return null; // "the June half-year"
  const spec: TimeSpec = { t: 'date', m: month.m, dir: 'bare', periodOf: unit };
  if (year) spec.y = year.y;
  return match(i, k + 1, spec, unit === 'quarter' ? 'month-quarter' : 'month-half');
};

/**
 * "the holiday quarter", "the Christmas quarter", "holiday-quarter sales": the quarter of the year-end shopping season,
 * valued as the calendar quarter holding December, as "the December quarter" (round 13; was no time or the holiday
 * as a vague span). Id: `times/holiday-quarter`; source: retailers' and device makers' results copy.
 */
function holidayQuarter(s: TokenSeq, i: number, j: number): TimeMatch | null {
  if (!HOLIDAY_QUARTER_WORDS.has(w(s, j))) return null;
  let k = j + 1;
  if (w(s, k) === '-' && attached(s, k)) k += 1;
  if (w(s, k) === 'season' || w(s, k) === 'shopping') k += 1;
  if (w(s, k) === '-' && attached(s, k)) k += 1;
  if (w(s, k) !== 'quarter' || w(s, k + 1) === 'of') return null;
  // without "the": after "its"/"their", or as a hyphenated modifier ("holiday-quarter sales")
  if (j === i && w(s, i - 1) !== 'its' && w(s, i - 1) !== 'their' && tok(s, k - 1)?.text !== '-') return null;
  return match(i, k + 1, { t: 'date', m: 12, dir: 'bare', periodOf: 'quarter' }, 'month-quarter');
}

/** Words naming the year-end shopping season before "quarter". */
const HOLIDAY_QUARTER_WORDS: ReadonlySet<string> = new Set(['holiday', 'christmas', 'holidays']);

/** Nouns after a range of months that make it one period ("the April-June quarter", "the July-September period"). */
const RANGE_PERIOD_NOUNS: ReadonlySet<string> = new Set(['quarter', 'period', 'half', 'months', 'term']);

/** The calendar quarter or half that a range of months covers exactly ("April-June" is Q2), else null. */
function rangePeriod(from: number, to: number): 'quarter' | 'half' | null {
  if (to - from === 2 && from % 3 === 1) return 'quarter';
  if (to - from === 5 && from % 6 === 1) return 'half';
  return null;
}

/**
 * "the April-June period", "in the July-September quarter", "January-March 2011", "the April to June quarter": a
 * range of months that is exactly a calendar quarter or half is that period (2011-Q2, 2011-H1), the way Japanese and
 * European companies report; the year comes as for the month that closes it. Other ranges are left to the months.
 */
/** The rule name of a range of months from January ("the January-September period"), whose year `times.ts` puts under discussion. */
export const YEAR_SO_FAR_RULE = 'month-range-year-so-far';

export const monthRangePeriod: Rule = (s, i) => {
  const det = w(s, i) === 'the' ? 1 : 0;
  const first = monthAt(s, i + det);
  if (!first || first.abbr || !tok(s, i + det)?.cap) return null;
  const link = w(s, first.end);
  const hyphen = (link === '-' || link === '–' || link === '/') && attached(s, first.end) && attached(s, first.end + 1);
  if (!hyphen && link !== 'to' && link !== 'through') return null;
  const last = monthAt(s, first.end + 1);
  if (!last || last.abbr || !tok(s, first.end + 1)?.cap) return null;
  const unit = rangePeriod(first.m, last.m);
  // "the January-September period": the year so far, a duration of months (a span from January that is no quarter or half)
  if (!unit && (first.m !== 1 || last.m < 2 || last.m > 11)) return null;
  const year = yearTokenAt(s, last.end);
  let end = year ? year.end : last.end;
  const noun = RANGE_PERIOD_NOUNS.has(w(s, end));
  // "from April to June" stays two months; a hyphenated range needs a determiner, a period noun or a preposition
  if (!noun && (!hyphen || (det === 0 && !RANGE_PREPOSITIONS.has(w(s, i - 1))))) return null;
  if (noun) end += 1;
  if (!unit) return match(i, end, { t: 'fixed', value: `P${last.m}M`, kind: 'duration', gran: 'duration' }, YEAR_SO_FAR_RULE);
  return match(i, end, { t: 'date', m: last.m, dir: 'bare', periodOf: unit, ...(year ? { y: year.y } : {}) }, 'month-range-period');
};

/** Prepositions and possessives before a hyphenated range of months without "the" ("sales in April-June", "its October-December results"). */
const RANGE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'for', 'during', 'over', 'from', 'than', 'since', 'by', 'its', 'their', 'his', 'her']);
