// Rules for calendar dates: month-day, day-month, numeric, years, decades, centuries, fiscal years, holidays.
import { daysInMonth, isValidYmd, pad } from './calendar.js';
import { AMBIGUOUS_MONTHS, COUNT_NOUNS, RANKING_SUPERLATIVES, DELIVERY_NOUNS, FIGURE_CHANGE_VERBS, FIGURE_NOUNS, HOLIDAY_PERIOD_NOUNS, HOLIDAYS, IRREGULAR_PAST, MONTHS, WEEKDAYS, NON_YEAR_PRECEDERS, TIME_PREPOSITIONS } from './lexicon.js';
import { ordinalAt } from './numbers.js';
import { attached, clauseEnd, fixed, freeNumber, match, tok, w, type Rule, type TokenSeq } from './token-seq.js';
import type { Token } from './tokens.js';
import type { TimeMatch, TimeSpec } from './spec.js';

const FULL_MONTH_NAMES: ReadonlySet<string> = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
]);

export function monthAt(s: TokenSeq, i: number): { m: number; end: number; abbr: boolean; ambiguous: boolean } | null {
  const t = tok(s, i);
  if (!t || t.kind !== 'word' || !t.cap) return null;
  const m = MONTHS.get(t.lower);
  if (m === undefined) return null;
  const abbr = !FULL_MONTH_NAMES.has(t.lower);
  let end = i + 1;
  if (abbr && w(s, end) === '.' && attached(s, end)) end += 1;
  return { m, end, abbr, ambiguous: AMBIGUOUS_MONTHS.has(t.lower) };
}

/** A day of the month: 1-31, optionally with an ordinal suffix ("2nd"), not part of a larger number. */
export function dayAt(s: TokenSeq, i: number): { d: number; end: number } | null {
  const t = tok(s, i);
  if (!t || t.kind !== 'num' || t.text.length > 2 || !t.space) return null;
  const d = Number(t.text);
  if (d < 1 || d > 31) return null;
  let end = i + 1;
  const suffix = tok(s, end);
  if (suffix && !suffix.space && /^(st|nd|rd|th)$/.test(suffix.lower)) end += 1;
  // "Oct. 13's plunge" is the day; "13th" took its suffix above, any other glued word makes no day
  else if (suffix && !suffix.space && (suffix.kind === 'word' || suffix.kind === 'num') && suffix.lower !== "'s") return null;
  const next = tok(s, end);
  const after = tok(s, end + 1);
  if (next && !next.space) {
    if (next.text === ':' || next.text === '%') return null;
    if ((next.text === ',' || next.text === '.') && after?.kind === 'num' && !after.space) return null;
  }
  return { d, end };
}

/** A four-digit year after a month or day ("December 2, 2025"). */
export function yearTokenAt(s: TokenSeq, i: number): { y: number; end: number } | null {
  const t = tok(s, i);
  if (!t || t.kind !== 'num' || t.text.length !== 4) return null;
  const y = Number(t.text);
  if (y < 1000 || y > 2199) return null;
  const next = tok(s, i + 1);
  if (next && !next.space && (next.kind === 'word' || next.kind === 'num') && next.lower !== "'s") return null; // "2008's" is the year
  return { y, end: i + 1 };
}

/** Optional ", 2025" / " 2025" after a month-day. */
function trailingYear(s: TokenSeq, i: number): { y: number; end: number } | null {
  const k = w(s, i) === ',' ? i + 1 : i;
  return yearTokenAt(s, k);
}

/** A clipped year written with an apostrophe: "'97", "’05" (not the decade "'90s"). */
export function clippedYearAt(s: TokenSeq, i: number): { yy: number; end: number } | null {
  const t = tok(s, i + 1);
  if (w(s, i) !== "'" || !t || t.kind !== 'num' || t.text.length !== 2 || !attached(s, i + 1)) return null;
  const next = tok(s, i + 2);
  if (next && !next.space && (next.kind === 'word' || next.kind === 'num')) return null;
  return { yy: Number(t.text), end: i + 2 };
}

/**
 * A year counted from the reference or from the text after a month: "August of this year" (0), "May last year"
 * (-1), "March next year" (+1), "June of that year" (the year of the time before it).
 */
function relativeYearAfter(s: TokenSeq, i: number): { yOffset?: number; anaphoric?: boolean; end: number } | null {
  const k = w(s, i) === 'of' ? i + 1 : i;
  const l = w(s, k);
  if (w(s, k + 1) !== 'year') return null;
  if (l === 'this') return { yOffset: 0, end: k + 2 };
  if (l === 'last') return { yOffset: -1, end: k + 2 };
  if (l === 'next') return { yOffset: 1, end: k + 2 };
  if (k > i && (l === 'that' || l === 'the')) return w(s, k + 2) === "'s" ? null : { anaphoric: true, end: k + 2 };
  return null;
}

export function plausibleDay(m: number, d: number): boolean {
  return d <= daysInMonth(2000, m); // 2000 is a leap year, so February 29 passes until a year says otherwise
}

/** Words before a month name that modifies a noun ("the March vote", "for May talks"). */
const MONTH_MODIFIER_LEADS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'for', 'of', 'ahead', 'after', 'before', 'at', 'since', "'s", "'", 'our']); // round 10: "the bank's March meeting"

/**
 * Nouns of happenings that a month name dates when it stands before them: with these, "March", "May" or "June"
 * is the month, not the verb or a name.
 */
export const DATED_HAPPENINGS: ReadonlySet<string> = new Set([
  'vote', 'votes', 'election', 'elections', 'referendum', 'poll', 'polls', 'primary', 'primaries', 'ballot', 'talks',
  'summit', 'meeting', 'meetings', 'conference', 'session', 'deadline', 'hearing', 'trial', 'ruling', 'verdict',
  'crash', 'attack', 'attacks', 'bombing', 'bombings', 'raid', 'offensive', 'ceasefire', 'truce', 'accord',
  'agreement', 'deal', 'launch', 'release', 'report', 'figures', 'data', 'survey', 'sales', 'quarter', 'issue',
  'auction', 'budget', 'visit', 'trip', 'protests', 'protest', 'uprising', 'coup', 'floods', 'earthquake', 'storm',
  // round 7: parliamentary breaks, more happenings, and monthly releases ("the August recess", "the May jobs report")
  'recess', 'break', 'holiday', 'holidays', 'vacation', 'strike', 'invasion', 'blast', 'explosion', 'shooting',
  'massacre', 'riots', 'revolution', 'crisis', 'rally', 'jobs', 'payrolls', 'inflation', 'trade', 'unemployment',
  'employment', 'plunge', 'selloff', 'sell-off', 'slump',
]);

/** Words joining two month names in a range or a list. */
const MONTH_LINKS: ReadonlySet<string> = new Set(['and', 'or', 'to', 'through', 'until', 'till', '-', '–']);

/** Words after "for MONTH" that close the phrase: the month ends a noun phrase ("a gain for March.", "sales for May will"). */
const FIGURE_MONTH_FOLLOWERS: ReadonlySet<string> = new Set(['.', ',', ';', ':', ')', 'was', 'were', 'is', 'are', 'will', 'would', 'rose', 'fell', 'came', 'and', 'from', 'than']);

/** "a 0.5% gain for March", "retail sales for May will be released": a figure's month after "for". */
function figureMonth(s: TokenSeq, i: number): boolean {
  // round 24: also the plural nouns of monthly figures ("Shipments for March fell", "Deliveries for May climbed") and
  // any verb of a figure's change after the month (both gave no time). Id: `times/figure-month-nouns`.
  if (w(s, i - 1) !== 'for' || !(FIGURE_NOUNS.has(w(s, i - 2)) || PLURAL_FIGURE_NOUNS.has(w(s, i - 2)))) return false;
  return i + 1 >= s.toks.length || FIGURE_MONTH_FOLLOWERS.has(w(s, i + 1)) || FIGURE_CHANGE_VERBS.has(w(s, i + 1));
}

/** Periods that British reports close with "to" and a month ("the year to March", "the six months to June"). */
const CLOSED_PERIODS: ReadonlySet<string> = new Set(['year', 'quarter', 'half', 'half-year', 'months', 'weeks']);

/** Participles of scheduling before "for"/"until"/"to" and a month ("scheduled for August", "delayed until May"). */
const SCHEDULING_WORDS: ReadonlySet<string> = new Set([
  'scheduled', 'rescheduled', 'set', 'planned', 'slated', 'due', 'expected', 'postponed', 'delayed', 'deferred', 'moved',
  'adjourned', 'booked', 'fixed', 'penciled', 'pencilled', 'targeted',
  // round 17: verbs moving a date with a particle ("pushed back to March", "brought forward to May")
  'pushed', 'brought',
]);

/** Particles of a verb moving a date ("pushed back to", "moved up to", "brought forward to"). Id: `times/moving-particles` (round 17). */
const MOVING_PARTICLES: ReadonlySet<string> = new Set(['back', 'up', 'forward', 'ahead']);

/** Words after "June's" that make it the month's figure or happening ("June's $10 billion", "March's record high"). */
const MONTH_POSSESSIONS: ReadonlySet<string> = new Set(['record', 'high', 'low', 'level', 'levels', 'total', 'pace', 'peak', 'reading', 'gain', 'drop', 'decline', 'rise', 'figure']);

/**
 * "narrowed in July from June's $10 billion", "above May's 5.4 percent", "March's record high": a possessive month
 * name before an amount, a figure or a happening is the month, not a person called June or May (round 10).
 */
function possessiveFigure(s: TokenSeq, i: number): boolean {
  if (w(s, i + 1) !== "'s") return false;
  const after = tok(s, i + 2);
  if (!after) return false;
  if (after.text === '$' || after.text === '£' || after.text === '€') return true;
  if (after.kind === 'num') {
    // "May's 5.4 percent", not "May's 12 children"
    let k = i + 3;
    while ((w(s, k) === '.' || w(s, k) === ',') && tok(s, k + 1)?.kind === 'num' && attached(s, k) && attached(s, k + 1)) k += 2;
    return ['%', 'percent', 'million', 'billion', 'points', 'point'].includes(w(s, k));
  }
  if (after.kind === 'word' && after.cap) return false;
  return FIGURE_NOUNS.has(after.lower) || DATED_HAPPENINGS.has(after.lower) || MONTH_POSSESSIONS.has(after.lower);
}

/**
 * Nouns of the monthly figures airlines, retailers and carmakers publish, which a month name before them dates ("its
 * May traffic", "May same-store sales", "June deliveries"). Id: `times/monthly-figure-nouns` (round 16); source:
 * monthly traffic, sales and delivery releases of airlines, retailers and carmakers.
 */
export const MONTHLY_FIGURE_NOUNS: ReadonlySet<string> = new Set([
  'traffic', 'capacity', 'deliveries', 'shipments', 'passenger', 'passengers', 'bookings', 'load', 'unit', 'vehicle',
  'car', 'auto', 'retail', 'home', 'housing', 'factory', 'industrial', 'consumer', 'producer', 'same', 'comparable', 'like',
]);

/** Verbs that publish a month's figures ("will report May sales", "posted June traffic"). */
const FIGURE_PUBLISHING_VERBS: ReadonlySet<string> = new Set([
  'report', 'reports', 'reported', 'post', 'posts', 'posted', 'release', 'releases', 'released', 'publish', 'publishes',
  'published', 'announce', 'announces', 'announced', 'expects', 'expect', 'expected', 'forecast', 'forecasts', 'said', 'says',
]);

/**
 * "its May traffic rose", "will report May sales on Thursday", "expects May same-store sales to rise": "May" (and the
 * other months that are words too) after a determiner or a verb of publishing and before a noun of a monthly figure is
 * the month (round 16; no time was read). "same"/"comparable"/"like" count only glued to the next word by a hyphen.
 */
function monthlyFigure(s: TokenSeq, i: number): boolean {
  const prev = w(s, i - 1);
  const next = tok(s, i + 1);
  if (next?.kind !== 'word' || next.cap) return false;
  // "the company said March sales fell, and April sales are likely to fall": a plural noun of figures, which no modal
  // and no verb "march" takes as its object, after anything but a name ("Theresa May")
  const before = tok(s, i - 1);
  if (PLURAL_FIGURE_NOUNS.has(next.lower) && !(before?.kind === 'word' && before.cap)) return true;
  if (!MONTH_MODIFIER_LEADS.has(prev) && !FIGURE_PUBLISHING_VERBS.has(prev)) return false;
  if (next.lower === 'same' || next.lower === 'comparable' || next.lower === 'like') return w(s, i + 2) === '-' && attached(s, i + 2);
  if (MONTHLY_FIGURE_NOUNS.has(next.lower)) return true;
  return FIGURE_PUBLISHING_VERBS.has(prev) && (FIGURE_NOUNS.has(next.lower) || DATED_HAPPENINGS.has(next.lower));
}

/**
 * Plural nouns of monthly figures that follow a month name whatever comes before it ("said April sales rose"). Id:
 * `times/plural-figure-nouns` (round 16); source: monthly sales, delivery and trade releases.
 */
const PLURAL_FIGURE_NOUNS: ReadonlySet<string> = new Set([
  'sales', 'deliveries', 'shipments', 'payrolls', 'exports', 'imports', 'earnings', 'figures', 'bookings', 'passengers',
]);

/** Where a bare month name ("in May", "as of February") may stand alone. */
function monthAloneAllowed(s: TokenSeq, i: number, ambiguous: boolean): boolean {
  const prev = w(s, i - 1);
  if (prev === '-' && w(s, i - 2) === 'mid') return true;
  const contextual = TIME_PREPOSITIONS.has(prev) && !(ambiguous && (prev === 'and' || prev === 'or' || prev === 'to' || prev === 'for' || prev === 'as'));
  // "between March and May", "from April to June": the second of two coordinated months is a month too
  const first = MONTH_LINKS.has(prev) ? monthAt(s, i - 2) : null;
  const next = tok(s, i + 1);
  const coordinated = first !== null && first.end === i - 1 && !(next?.kind === 'word' && next.cap) && monthAloneAllowed(s, i - 2, first.ambiguous);
  // "the March vote", "ahead of May elections": a month name before a noun of a dated happening
  // "March futures", "for April delivery": a contract month, whatever comes before it
  const modifier = (MONTH_MODIFIER_LEADS.has(prev) && DATED_HAPPENINGS.has(w(s, i + 1))) || DELIVERY_NOUNS.has(w(s, i + 1)) || monthlyFigure(s, i);
  // British "the year to March", "the quarter to June": the month a period closes with
  // Reuters "the year ending March", "the quarter ended June": the same closing month after a participle (round 13)
  const closing = (prev === 'to' || prev === 'ending' || prev === 'ended') && CLOSED_PERIODS.has(w(s, i - 2));
  // "scheduled for August", "postponed until June": after a verb of scheduling a month name is the month
  const next2 = tok(s, i + 1);
  // "pushed back to March", "moved up to April" (round 17): a particle between the verb and "to"
  const verbAt = MOVING_PARTICLES.has(w(s, i - 2)) ? i - 3 : i - 2;
  const scheduled = (prev === 'for' || prev === 'until' || prev === 'to') && SCHEDULING_WORDS.has(w(s, verbAt)) && !(next2?.kind === 'word' && next2.cap);
  // "the wettest June on record", "their busiest May": a month ranked among others of its name (`RANKING_SUPERLATIVES`)
  const ranked = RANKING_SUPERLATIVES.has(prev) && !tok(s, i - 1)?.cap && !(next2?.kind === 'word' && next2.cap);
  if (ambiguous) return possessiveFigure(s, i) || ((contextual || coordinated || modifier || closing || scheduled || ranked || figureMonth(s, i)) && w(s, i + 1) !== "'s");
  if (contextual) return true;
  // Not before a capitalised name ("January Jones") or a possessive of a person.
  return !(next && next.kind === 'word' && next.cap && !s.titleCase);
}

/** "December 2", "Dec. 2nd, 2025", "March 2008", "March of 2008", "in May". */
export const monthDate: Rule = (s, i) => {
  const month = monthAt(s, i);
  if (!month) return null;
  const day = dayAt(s, month.end);
  if (day && plausibleDay(month.m, day.d)) {
    const year = trailingYear(s, day.end);
    if (year && !isValidYmd({ y: year.y, m: month.m, d: day.d })) return null;
    if (!year) {
      const clipped = clippedYearAt(s, w(s, day.end) === ',' ? day.end + 1 : day.end);
      if (clipped) return match(i, clipped.end, { t: 'date', yy: clipped.yy, m: month.m, d: day.d, dir: 'bare' }, 'month-day-year');
      const rel = relativeYearAfter(s, day.end);
      if (rel) return match(i, rel.end, { t: 'date', m: month.m, d: day.d, dir: 'bare', ...yearOf(rel) }, 'month-day-rel-year');
    }
    return match(
      i,
      year ? year.end : day.end,
      { t: 'date', y: year?.y, m: month.m, d: day.d, dir: 'bare' },
      year ? 'month-day-year' : 'month-day',
    );
  }
  let k = month.end;
  if (w(s, k) === ',') k += 1;
  if (w(s, k) === 'of') k += 1;
  const year = yearTokenAt(s, k);
  if (year) return match(i, year.end, { t: 'date', y: year.y, m: month.m, dir: 'bare' }, 'month-year');
  const clipped = clippedYearAt(s, k);
  if (clipped) return match(i, clipped.end, { t: 'date', yy: clipped.yy, m: month.m, dir: 'bare' }, 'month-year');
  const rel = relativeYearAfter(s, month.end);
  if (rel && !month.abbr) return match(i, rel.end, { t: 'date', m: month.m, dir: 'bare', ...yearOf(rel) }, 'month-rel-year');
  if (month.abbr || !monthAloneAllowed(s, i, month.ambiguous)) return null;
  return match(i, month.end, { t: 'date', m: month.m, dir: 'bare' }, 'month');
};

function yearOf(rel: { yOffset?: number; anaphoric?: boolean }): { yOffset?: number; yAnaphoric?: boolean } {
  return rel.anaphoric ? { yAnaphoric: true } : { yOffset: rel.yOffset };
}

/** "2 December", "2nd December 2025", "the 2nd of December". */
export const dayMonthDate: Rule = (s, i) => {
  const hasThe = w(s, i) === 'the';
  const j = hasThe ? i + 1 : i;
  const day = dayAt(s, j);
  if (!day) return null;
  if (!freeNumber(s, j)) return null;
  let k = day.end;
  const hasOf = w(s, k) === 'of';
  if (hasOf) k += 1;
  if (hasThe && !hasOf && day.end === j + 1) return null; // "the 5 March" is not English; "the 5 Marches" is noise
  const month = monthAt(s, k);
  if (!month || !plausibleDay(month.m, day.d)) return null;
  const year = trailingYear(s, month.end);
  if (year && !isValidYmd({ y: year.y, m: month.m, d: day.d })) return null;
  return match(
    i,
    year ? year.end : month.end,
    { t: 'date', y: year?.y, m: month.m, d: day.d, dir: 'bare' },
    year ? 'day-month-year' : 'day-month',
  );
};

/** "2025-12-02" (ISO 8601) and "12/02/2025", "7/8/07" (US month/day/year unless the first number exceeds 12). */
export const numericDate: Rule = (s, i) => {
  const a = tok(s, i);
  if (!a || a.kind !== 'num' || !freeNumber(s, i)) return null;
  const sep = (k: number, ch: string) => w(s, k) === ch && attached(s, k);
  const num = (k: number) => (tok(s, k)?.kind === 'num' && attached(s, k) ? tok(s, k)!.text : null);
  const tail = (k: number) => {
    const next = tok(s, k);
    return !next || next.space || next.kind === 'punct';
  };
  if (a.text.length === 4 && sep(i + 1, '-') && sep(i + 3, '-')) {
    const mm = num(i + 2);
    const dd = num(i + 4);
    if (mm?.length === 2 && dd?.length === 2 && tail(i + 5)) {
      const date = { y: Number(a.text), m: Number(mm), d: Number(dd) };
      if (isValidYmd(date)) return match(i, i + 5, { t: 'date', ...date, dir: 'bare' }, 'iso-date');
    }
  }
  if (a.text.length <= 2 && sep(i + 1, '.') && sep(i + 3, '.')) {
    // "03.10.2019": dotted dates with a full year are written day first (European order)
    const b = num(i + 2);
    const c = num(i + 4);
    if (b && b.length <= 2 && c?.length === 4 && tail(i + 5)) {
      const first = Number(a.text);
      const second = Number(b);
      const [d, m] = second > 12 ? [second, first] : [first, second];
      const date = { y: Number(c), m, d };
      if (isValidYmd(date)) return match(i, i + 5, { t: 'date', ...date, dir: 'bare' }, 'numeric-date');
    }
  }
  if (a.text.length <= 2 && sep(i + 1, '/') && sep(i + 3, '/')) {
    const b = num(i + 2);
    const c = num(i + 4);
    if (b && b.length <= 2 && c && (c.length === 2 || c.length === 4) && tail(i + 5)) {
      const first = Number(a.text);
      const second = Number(b);
      // US order (month/day) by default; a first number over 12 can only be a day.
      const [m, d] = first > 12 ? [second, first] : [first, second];
      const yy = Number(c);
      const y = c.length === 4 ? yy : yy < 50 ? 2000 + yy : 1900 + yy;
      const date = { y, m, d };
      if (isValidYmd(date)) return match(i, i + 5, { t: 'date', ...date, dir: 'bare' }, 'numeric-date');
    }
  }
  return null;
};

/** Words before which a number is a year even when a plural noun follows ("in 2009 sales rose"). */
const YEAR_PREPOSITIONS: ReadonlySet<string> = new Set([
  'the', 'in', 'since', 'by', 'until', 'till', 'from', 'to', 'of', 'before', 'after', 'during', 'between', 'through',
]);

/** Words after a year that close the phrase "over 2012" ("Over 2012 as a whole", "up 5% over 1997."). */
const AFTER_OVER_YEAR: ReadonlySet<string> = new Set([',', '.', ';', ')', 'as', 'and', 'or', 'but', 'through', 'to']);

/**
 * "Over 2012 as a whole, the economy grew", "prices rose 4% over 1997.": "over" before a year-sized number that
 * ends its phrase names the year; "over 2000 people" stays a number.
 */
function periodOverYear(s: TokenSeq, i: number, y: number): boolean {
  const next = tok(s, i + 1);
  const before = tok(s, i - 2);
  // opening the sentence or a clause, or after a change ("rose 4 percent over 2011"); "was over 2000" is a count
  const lead = !before || before.text === ',' || before.lower === 'percent' || before.text === '%' || CHANGE_VERBS.has(before.lower);
  return lead && y >= 1900 && y <= 2100 && (!next || AFTER_OVER_YEAR.has(next.lower));
}

/** Verbs of change before "over <year>": the year is what the change is measured over. */
const CHANGE_VERBS: ReadonlySet<string> = new Set(['rose', 'grew', 'fell', 'climbed', 'gained', 'jumped', 'increased', 'declined', 'dropped', 'slipped', 'improved']);

/** Whether a free-standing four-digit number reads as a year here. */
/**
 * Units a year never stands before, even after a preposition ("rose to 2005 yen", "fell by 1987 points", "up to
 * 2000 barrels"); "in 1990 dollars" (constant dollars of that year) keeps its year, so currencies that read so stay
 * out (round 10).
 */
const MEASURES_NEVER_DATED: ReadonlySet<string> = new Set([
  'yen', 'points', 'barrels', 'tons', 'tonnes', 'shares', 'km', 'kilometres', 'kilometers', 'miles', 'metres', 'meters',
  'feet', 'acres', 'hectares', 'megawatts', 'mw', 'kg',
]);

function yearContext(s: TokenSeq, i: number, y: number): boolean {
  const t = tok(s, i)!;
  const prev = tok(s, i - 1);
  const next = tok(s, i + 1);
  if (prev && !t.space && (prev.kind !== 'punct' || /^[$£€¥#]$/.test(prev.text))) return false;
  const pl = prev?.lower ?? '';
  if (NON_YEAR_PRECEDERS.has(pl) && !(pl === 'over' && periodOverYear(s, i, y))) return false;
  if (next) {
    if (next.text === '%' || next.lower === 'percent' || next.lower === 'per') return false;
    if ((next.text === ':' || next.text === '.' || next.text === ',') && !next.space && tok(s, i + 2)?.kind === 'num' && !tok(s, i + 2)!.space) return false;
    if (next.lower === 'gmt' || next.lower === 'utc' || next.lower === 'hrs' || next.lower === 'hours' || next.lower === 'am' || next.lower === 'pm' || next.lower === 'a.m.' || next.lower === 'p.m.') return false;
    if (next.kind === 'word' && !next.cap && COUNT_NOUNS.has(next.lower) && (!YEAR_PREPOSITIONS.has(pl) || MEASURES_NEVER_DATED.has(next.lower))) return false;
  }
  if (y < 1900 || y > 2100) return TIME_PREPOSITIONS.has(pl) || pl === 'the' || pl === 'year';
  return true;
}

/** "2014", "the year 2000", "in 1998". */
export const year: Rule = (s, i) => {
  const theYear = w(s, i) === 'the' && w(s, i + 1) === 'year';
  const j = theYear ? i + 2 : i;
  const found = yearTokenAt(s, j);
  if (!found) return null;
  if (!theYear && !yearContext(s, j, found.y)) return null;
  if (w(s, found.end) === '-' && attached(s, found.end) && tok(s, found.end + 1)?.kind === 'num' && attached(s, found.end + 1)) {
    const rest = tok(s, found.end + 1)!.text;
    if (rest.length === 2 && w(s, found.end + 2) !== '-') {
      // "2009-10": a season or fiscal span; keep the first year, as TimeML annotates the start.
      return match(i, found.end, { t: 'date', y: found.y, dir: 'bare', opensSpan: true }, 'year');
    }
  }
  return match(i, found.end, { t: 'date', y: found.y, dir: 'bare' }, 'year');
};

/**
 * Nouns of a measured value before "of" and a two-digit number ("a reading of 96", "a score of 75", "an average of
 * 88"). Id: `times/measure-nouns`; source: survey, index and sports copy (round 14).
 */
const MEASURE_NOUNS: ReadonlySet<string> = new Set([
  'reading', 'readings', 'level', 'score', 'total', 'rate', 'average', 'high', 'low', 'value', 'price', 'index',
  'figure', 'count', 'tally', 'maximum', 'minimum', 'sum', 'peak', 'mark', 'estimate', 'forecast', 'rating', 'margin',
  'majority', 'temperature', 'speed', 'depth', 'height', 'weight', 'magnitude', 'range', 'ratio', 'number',
]);

/** Words before a bare two-digit number that make it a clipped year ("in 98", "since 05"). */
const CLIPPED_YEAR_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'since', 'of', 'until', 'till', 'by', 'from']);

/**
 * Clipped years: "in '97", "the '05 season", and a bare two-digit number after "in" or "since" that closes its
 * clause ("born in 98"); a bare one must have a leading zero or be 30 or more, so "one in 10." stays a ratio.
 * The century comes from the reference date.
 */
export const clippedYear: Rule = (s, i) => {
  const apostrophe = clippedYearAt(s, i);
  if (apostrophe) {
    // after a name it is a version or an edition ("iLife '11", "Woodstock '69"), not a year
    const prev = w(s, i - 1);
    if (!TIME_PREPOSITIONS.has(prev) && prev !== 'the' && prev !== 'class') return null;
    return match(i, apostrophe.end, { t: 'date', yy: apostrophe.yy, dir: 'bare' }, 'clipped-year');
  }
  const t = tok(s, i);
  if (!t || t.kind !== 'num' || t.text.length !== 2 || !t.space || !CLIPPED_YEAR_PREPOSITIONS.has(w(s, i - 1))) return null;
  if (!t.text.startsWith('0') && Number(t.text) < 30) return null;
  const before = tok(s, i - 2);
  if (before && (before.kind === 'num' || /^(one|out|up|down|to|only|just|aged|age|ages)$/.test(before.lower))) return null;
  // "a reading of 96", "a score of 75": a measure's value, no year (round 14)
  if (w(s, i - 1) === 'of' && MEASURE_NOUNS.has(before?.lower ?? '')) return null;
  const after = tok(s, i + 1);
  if (!clauseEnd(s, i + 1) || (after && !after.space && (after.text === '%' || after.kind === 'num' || tok(s, i + 2)?.kind === 'num'))) return null;
  return match(i, i + 1, { t: 'date', yy: Number(t.text), dir: 'bare' }, 'clipped-year');
};

/** "fiscal 2009", "fiscal year 2009", "FY2009", "fiscal '97", "the 2009 fiscal year": TimeBank writes FY2009. */
/** Possessives before a written fiscal year that the span leaves out ("its 1997 fiscal year"). */
const FISCAL_YEAR_OWNERS: ReadonlySet<string> = new Set(["'s", 'its', 'their', 'our', 'his', 'her']);

export const fiscalYear: Rule = (s, i) => {
  if (w(s, i) === 'fiscal') {
    const j = w(s, i + 1) === 'year' ? i + 2 : i + 1;
    const found = yearTokenAt(s, j);
    const split = found ? splitYearEnd(s, found) : null;
    if (split) return match(i, split.end, fixed(`FY${split.y}`, 'date', 'year'), 'fiscal-year');
    if (found) return match(i, found.end, fixed(`FY${found.y}`, 'date', 'year'), 'fiscal-year');
    const clipped = clippedYearAt(s, j);
    return clipped ? match(i, clipped.end, { t: 'fiscalClipped', yy: clipped.yy }, 'fiscal-year') : null;
  }
  // "the 1997 fiscal year", "the company's 1997 fiscal year", "its 1990-91 fiscal year"
  const found = w(s, i) === 'the' ? yearTokenAt(s, i + 1) : FISCAL_YEAR_OWNERS.has(w(s, i - 1)) ? yearTokenAt(s, i) : null;
  const split = found ? splitYearEnd(s, found) : null;
  const k = split?.end ?? found?.end ?? 0;
  if (found && w(s, k) === 'fiscal' && w(s, k + 1) === 'year') {
    // "the 1990-91 fiscal year": named, as TimeML names fiscal years, by the year it ends in
    return match(i, k + 2, fixed(`FY${split?.y ?? found.y}`, 'date', 'year'), 'fiscal-year');
  }
  if (tok(s, i)?.text === 'FY') {
    const n = tok(s, i + 1);
    // "FY2023-24", "FY2019-20" (Indian April-March years): named by the year they end in, as "fiscal 2023-24" is
    // (round 23; was FY2023). Id: `times/slash-split-year`.
    const split = n?.kind === 'num' && n.text.length === 4 ? splitYearEnd(s, { y: Number(n.text), end: i + 2 }) : null;
    if (split) return match(i, split.end, fixed(`FY${split.y}`, 'date', 'year'), 'fiscal-year');
    if (n?.kind === 'num' && n.text.length === 4) return match(i, i + 2, fixed(`FY${n.text}`, 'date', 'year'), 'fiscal-year');
    // "FY97", "FY03": the century nearest the reference, as for "fiscal '97"
    if (n?.kind === 'num' && n.text.length === 2) {
      // round 24: "FY24/25", "FY23-24" are named by the year they end in, as "FY2023-24" is (were FY2024, FY2023).
      // Id: `times/clipped-split-fiscal-year`.
      const second = tok(s, i + 3);
      const split = SPLIT_YEAR_MARKS.has(w(s, i + 2)) && attached(s, i + 2) && attached(s, i + 3) && second?.kind === 'num' && second.text.length === 2 && Number(second.text) === (Number(n.text) + 1) % 100;
      return split ? match(i, i + 4, { t: 'fiscalClipped', yy: Number(second.text) }, 'fiscal-year') : match(i, i + 2, { t: 'fiscalClipped', yy: Number(n.text) }, 'fiscal-year');
    }
  }
  return null;
};

/** Marks between the two years of a split fiscal year ("1990-91", "2014/15"). */
const SPLIT_YEAR_MARKS: ReadonlySet<string> = new Set(['-', '/']);

/** "1990-91", "1999-2000", "2014/15": the second year of a split fiscal year written after the first, with its end. */
function splitYearEnd(s: TokenSeq, first: { y: number; end: number }): { y: number; end: number } | null {
  // British, Indian and Australian copy writes the split with a slash ("the 2014/15 financial year", "fiscal 2015/16";
  // round 19, was the first year alone). Id: `times/slash-split-year`.
  if (!SPLIT_YEAR_MARKS.has(w(s, first.end)) || !attached(s, first.end) || !attached(s, first.end + 1)) return null;
  const t = tok(s, first.end + 1);
  if (t?.kind !== 'num') return null;
  const y = t.text.length === 2 ? Math.floor(first.y / 100) * 100 + Number(t.text) + (Number(t.text) < first.y % 100 ? 100 : 0) : t.text.length === 4 ? Number(t.text) : NaN;
  return y === first.y + 1 ? { y, end: first.end + 2 } : null;
}

/** "the 1990s" (199), "the '90s", "1960s"; TimeML writes a decade as its first three digits, a century ("the 1800s") as two. */
export const decade: Rule = (s, i) => {
  const m = decadeAt(s, i);
  return m && !decadeAsStyle(s, m.end) ? m : null;
};

/**
 * Nouns a decade describes rather than dates: "a 1990s band", "the 1970s suit", "'80s pop" are a style or a
 * period piece (annotators leave them), while "the 1990s boom" or "the 1980s debt crisis" happened then.
 */
const DECADE_STYLE_NOUNS: ReadonlySet<string> = new Set([
  'band', 'bands', 'act', 'acts', 'singer', 'singers', 'star', 'stars', 'icon', 'icons', 'idol', 'rock', 'pop', 'punk',
  'disco', 'music', 'song', 'songs', 'hit', 'hits', 'sitcom', 'sitcoms', 'tv', 'show', 'shows', 'film', 'films',
  'movie', 'movies', 'classic', 'classics', 'style', 'styles', 'fashion', 'look', 'suit', 'suits', 'dress', 'car',
  'cars', 'design', 'décor', 'decor', 'nostalgia', 'revival', 'throwback', 'cult', 'grunge', 'vintage', 'retro',
]);

function decadeAsStyle(s: TokenSeq, end: number): boolean {
  if (w(s, end) === '-' && attached(s, end)) return w(s, end + 1) === 'style' || w(s, end + 1) === 'inspired';
  return DECADE_STYLE_NOUNS.has(w(s, end));
}

/**
 * Words of temperatures and prices read in tens ("highs in the 60s", "the stock traded in the 80s"): a two-digit
 * decade without an apostrophe a few words after them is a range of degrees or dollars, not a decade (round 10).
 */
const MEASURED_IN_TENS: ReadonlySet<string> = new Set([
  'high', 'highs', 'low', 'lows', 'temperature', 'temperatures', 'degrees', 'mercury', 'readings', 'traded', 'trading',
  'trade', 'trades', 'priced', 'stock', 'shares',
]);

function measuredInDecades(s: TokenSeq, i: number): boolean {
  if (w(s, i + 3) === 'degrees') return true;
  for (let k = i - 1; k >= Math.max(0, i - 5); k--) if (MEASURED_IN_TENS.has(w(s, k))) return true;
  return false;
}

/** "mid-1990s": the number is glued to "mid-" by a hyphen, which would otherwise make it part of a code. */
function afterMid(s: TokenSeq, j: number): boolean {
  return w(s, j - 1) === '-' && w(s, j - 2) === 'mid';
}

function decadeAt(s: TokenSeq, i: number): TimeMatch | null {
  const j = w(s, i) === 'the' ? i + 1 : i;
  const t = tok(s, j);
  if (t?.kind === 'num' && t.text.length === 4 && t.text.endsWith('0') && w(s, j + 1) === 's' && attached(s, j + 1) && (freeNumber(s, j) || afterMid(s, j))) {
    // "the 1800s", "the 1900s" name a century (18, 19), as readers take them; "the 2000s" stays the decade 200
    if (t.text.endsWith('00') && !t.text.startsWith('20')) return match(i, j + 2, fixed(t.text.slice(0, 2), 'date', 'decade'), 'century-hundreds');
    return match(i, j + 2, fixed(t.text.slice(0, 3), 'date', 'decade'), 'decade');
  }
  const apostrophe = w(s, j) === "'" || w(s, j) === '‘';
  const k = apostrophe ? j + 1 : j;
  const short = tok(s, k);
  if ((apostrophe || j > i) && short?.kind === 'num' && short.text.length === 2 && short.text.endsWith('0') && w(s, k + 1) === 's' && attached(s, k + 1)) {
    if (!apostrophe && measuredInDecades(s, i)) return null;
    const yy = Number(short.text);
    const century = yy <= 10 ? '20' : '19';
    return match(i, k + 2, fixed(`${century}${short.text[0]}`, 'date', 'decade'), 'decade');
  }
  return spelledDecade(s, i, j);
};

/** Decades written as words; "the tens" and "the noughties" are left out (rare, and "tens" is a count). */
const SPELLED_DECADES: ReadonlyMap<string, number> = new Map([
  ['twenties', 2], ['thirties', 3], ['forties', 4], ['fifties', 5], ['sixties', 6], ['seventies', 7], ['eighties', 8], ['nineties', 9],
]);

/**
 * "the sixties", "the Seventies", "the late eighties": a decade in words is one of the 20th century (196), as "the
 * '60s" is (round 20; was no time). Only after "the", directly or through "early", "late", "mid-": "in his sixties",
 * "in their late seventies" are ages; "highs in the sixties" (lower case) a temperature. Id: `times/spelled-decade`.
 */
function spelledDecade(s: TokenSeq, i: number, j: number): TimeMatch | null {
  const n = SPELLED_DECADES.get(w(s, j));
  if (n === undefined) return null;
  const modifier = j === i && (CENTURY_MODIFIERS.has(w(s, i - 1)) || afterMid(s, i));
  const lead = modifier ? (w(s, i - 1) === '-' ? i - 3 : i - 2) : -1;
  if (j === i && !(modifier && w(s, lead) === 'the')) return null;
  // a capitalised decade is a period ("not this high since the Eighties"); a temperature is written in lower case
  if (!tok(s, j)!.cap && measuredInDecades(s, modifier ? lead : i)) return null;
  return match(i, j + 1, fixed(`19${n}`, 'date', 'decade'), 'decade');
}


/** "the 21st century" = 20 (TimeML writes centuries as two digits). */
export const century: Rule = (s, i) => {
  // "the late 19th century", "the mid-19th century": the modifier stands between "the" and the ordinal
  const modified = CENTURY_MODIFIERS.has(w(s, i - 1)) || (w(s, i - 1) === '-' && w(s, i - 2) === 'mid');
  if (w(s, i) !== 'the' && !modified) return null;
  const ord = ordinalAt(s, w(s, i) === 'the' ? i + 1 : i);
  if (!ord || w(s, ord.end) !== 'century' || ord.n < 1 || ord.n > 22) return null;
  return match(i, ord.end + 1, fixed(pad(ord.n - 1), 'date', 'decade'), 'century');
};

/** Modifiers that may stand between "the" and the ordinal of a century ("the late 19th century"). */
const CENTURY_MODIFIERS: ReadonlySet<string> = new Set(['early', 'late', 'mid', 'middle']);

/** Words that make a holiday a point in time ("at Christmas", "by Christmas"). */
const HOLIDAY_POINT_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'at', 'by', 'until', 'till', 'before', 'after', 'since']);

/**
 * Fixed-date holidays: "Christmas Day", "New Year's Eve". A bare holiday that modifies a noun ("Christmas
 * sales", "the Christmas season") names the holiday period, which annotators value as a vague span (PXD).
 */
export const holiday: Rule = (s, i) => {
  const h = holidayAt(s, i);
  if (!h) return null;
  // "Easter Island", "Labor Day Act", "the Yom Kippur War" (round 20: holidays of several words too): a capitalised
  // word after a holiday makes it part of a name; after several words only one that ends the name ("On Christmas Day
  // President Lula visited" keeps the day)
  const after = i + h.words.length;
  const nameEnds = h.words.length === 1 || !tok(s, after + 1)?.cap;
  if (tok(s, after)?.cap && nameEnds && !s.titleCase && !WEEKDAYS.has(w(s, after)) && !MONTHS.has(w(s, after))) return null;
  // "the July Fourth recess" names the day itself, as a month and day do
  // "Easter Sunday mass", "Good Friday prayers": a feast named by its weekday is that day before a noun too (round 20;
  // was the holiday period PXD). Id: `times/weekday-feast-day`.
  const bare = !h.words.includes('day') && !h.words.includes('eve') && !MONTHS.has(h.words[0]!) && !WEEKDAYS.has(h.words.at(-1)!);
  let end = i + h.words.length;
  // "the Christmas and New Year sales period"
  if (bare && (w(s, end) === 'and' || w(s, end) === '&')) {
    const second = holidayAt(s, end + 1);
    if (second && !second.words.includes('day') && !second.words.includes('eve')) {
      const after = end + 1 + second.words.length;
      if (attributiveNoun(tok(s, after))) end = after;
    }
  }
  const week = holidayWeek(s, end);
  if (week) return match(i, week.end, { ...holidaySpec(h), periodOf: 'week', ...(week.weekend ? { weekendOf: true } : {}) }, 'holiday-week');
  if (bare && attributiveNoun(tok(s, end)) && !HOLIDAY_POINT_PREPOSITIONS.has(w(s, i - 1))) {
    // "a Christmas miracle", "the Easter bunny": a holiday naming a thing's kind is no time (round 12)
    if (!HOLIDAY_PERIOD_NOUNS.has(w(s, end)) && MODIFIER_DETERMINERS.has(w(s, i - 1))) return null;
    return match(i, end, fixed('PXD', 'duration', 'duration'), 'holiday-period');
  }
  return match(i, i + h.words.length, holidaySpec(h), h.movable ? 'holiday-movable' : 'holiday');
};

function holidaySpec(h: (typeof HOLIDAYS)[number]): Extract<TimeSpec, { t: 'date' }> {
  return h.movable ? { t: 'date', m: h.m, d: 1, dir: 'bare', movable: h.movable } : { t: 'date', m: h.m, d: h.d, dir: 'bare' };
}

/** Determiners before a holiday that make "<holiday> <noun>" a noun phrase: "a Christmas miracle", "his Easter bonnet". */
const MODIFIER_DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'our', 'my', 'your', "'s", 'this', 'that', 'every', 'each']);

/**
 * "Thanksgiving weekend", "the Labor Day holiday weekend", "Christmas week": the (week)end that holds the holiday,
 * TimeML's week value with `-WE` for a weekend (round 12; was a vague period PXD or the day itself).
 */
function holidayWeek(s: TokenSeq, k: number): { end: number; weekend: boolean } | null {
  const j = w(s, k) === 'holiday' ? k + 1 : k;
  if (w(s, j) === 'weekend' || w(s, j) === 'week') return { end: j + 1, weekend: w(s, j) === 'weekend' };
  return null;
}

/** Words naming the calendar of a feast before its name (`HOLIDAYS` lists those feasts from that word). */
const FEAST_CALENDAR_WORDS: ReadonlySet<string> = new Set(['chinese', 'lunar', 'orthodox']);

function holidayAt(s: TokenSeq, i: number): (typeof HOLIDAYS)[number] | null {
  const t = tok(s, i);
  // "Chinese New Year", "Orthodox Easter": the feast of another calendar is read from its first word
  if (!t || FEAST_CALENDAR_WORDS.has(w(s, i - 1))) return null;
  // "the first day of Ramadan": a lower-case opening word when the feast's own name, last, is capitalised (round 21)
  const h = HOLIDAYS.find((c) => (t.cap || (c.lowerLead && tok(s, i + c.words.length - 1)?.cap)) && c.words.every((word, k) => w(s, i + k) === word)) ?? null;
  // "Election Day" names the US vote; "election day" is any country's
  if (h?.capitalised && !s.titleCase && !h.words.every((_, k) => tok(s, i + k)?.cap)) return null;
  return h;
}

/** A lower-case content word after a holiday makes it a modifier: "Christmas sales", "New Year holidays". */
function attributiveNoun(t: Token | undefined): boolean {
  // "Easter fell on April 8", "an early Easter pulled sales into March": a verb after the holiday makes it the subject,
  // the day itself (round 16; was the holiday period PXD)
  if (t?.kind === 'word' && (IRREGULAR_PAST.has(t.lower) || (t.lower.length > 4 && /[^e]ed$|eed$|ied$/.test(t.lower)) || HOLIDAY_VERBS.has(t.lower))) return false;
  return t?.kind === 'word' && !t.cap && !/^(and|or|is|was|were|are|will|would|last|this|next|of|in|to|on|at|for|with|as|that|when|he|she|it|they|we)$/.test(t.lower);
}

/** Present verbs of a holiday coming round ("Easter falls on April 8 this year"). */
const HOLIDAY_VERBS: ReadonlySet<string> = new Set(['falls', 'fall', 'comes', 'arrives', 'approaches', 'looms', 'nears', 'lands']);

/**
 * "ends on Tuesday 13th", "on Friday the 13th": a weekday before a day of the month written as a digit ordinal is that
 * day of the month the text is in (British copy; round 12; was the weekday alone, by tense). A month after the ordinal
 * leaves the date to the day-month rules ("Tuesday 13th March").
 */
export const weekdayOrdinal: Rule = (s, i) => {
  if (!tok(s, i)?.cap || !WEEKDAYS.has(w(s, i))) return null;
  const at = w(s, i + 1) === 'the' ? i + 2 : i + 1;
  const t = tok(s, at);
  const suffix = tok(s, at + 1);
  if (t?.kind !== 'num' || !suffix || suffix.space || !/^(st|nd|rd|th)$/.test(suffix.lower)) return null;
  const ord = ordinalAt(s, at);
  if (!ord || ord.n < 1 || ord.n > 31 || monthAt(s, ord.end) || w(s, ord.end) === 'of') return null;
  return match(i, ord.end, { t: 'dayOfMonth', d: ord.n }, 'weekday-day-of-month');
};

/** Prepositions before which "the 25th" is a day of the month ("on the 25th", "by the 3rd"). */
const DAY_OF_MONTH_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'by', 'until', 'till', 'since', 'before', 'after', 'from']);

/** Words that may follow a day of the month; anything else makes "the 25th" a count ("the 25th anniversary"). */
const AFTER_DAY_OF_MONTH: ReadonlySet<string> = new Set(['and', 'or', 'to', 'at', 'when', 'after', 'before', 'in', 'as', 'with']);

/**
 * "on the 25th", "by the 3rd", "met on the 12th and again on the 14th": a day of the month written as a digit
 * ordinal after a preposition of time; the month comes from the date the text named last, else the reference.
 * "the 25th anniversary", "the 12th century", "on the 14th floor" are no dates.
 */
export const dayOfMonth: Rule = (s, i) => {
  if (w(s, i) !== 'the' || !DAY_OF_MONTH_PREPOSITIONS.has(w(s, i - 1))) return null;
  const t = tok(s, i + 1);
  const ord = t?.kind === 'num' ? ordinalAt(s, i + 1) : null;
  if (!ord || ord.n < 1 || ord.n > 31) return null;
  const next = tok(s, ord.end);
  if (next && next.kind === 'word' && !AFTER_DAY_OF_MONTH.has(next.lower)) return null;
  if (next && next.text === '-' && attached(s, ord.end)) return null; // "the 14th-floor office"
  return match(i, ord.end, { t: 'dayOfMonth', d: ord.n }, 'day-of-month');
};
