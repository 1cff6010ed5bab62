import { daysInMonth, isValidYmd, pad } from './calendar.js';
import {
  AMBIGUOUS_MONTHS,
  COUNT_NOUNS,
  HOLIDAYS,
  LONG_COMPOUNDS,
  MONTHS,
  NAME_HEADS,
  NON_YEAR_PRECEDERS,
  NUMBER_WORDS,
  ORDINAL_WORDS,
  PARTS_OF_DAY,
  REF_WORDS,
  SEASONS,
  SET_WORDS,
  TIME_PREPOSITIONS,
  UNITS_PLURAL,
  UNITS_SINGULAR,
  VAGUE_QUANTITIES,
  WEEKDAYS,
  WEEKDAY_NAME_FOLLOWERS,
  WEEKDAY_PLURALS,
  type Unit,
} from './lexicon.js';
import type { CountedPeriod, Direction, PartOfDay, TimeMatch, TimeSpec } from './spec.js';
import type { Token } from './tokens.js';

/**
 * The time grammar: small rules over the tokens of one sentence, each with bounded look-ahead, swept
 * left to right with leftmost-longest matching (as compromise sweeps its match rules). Every rule is a
 * function `(seq, i) => match | null`; nothing backtracks across the sentence, so a sentence of n tokens
 * costs O(n · rules).
 */
export interface TokenSeq {
  toks: readonly Token[];
  /** Headlines and headings capitalise every word, so capital letters say nothing about names there. */
  titleCase: boolean;
}

type Rule = (s: TokenSeq, i: number) => TimeMatch | null;

const FULL_MONTH_NAMES: ReadonlySet<string> = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
]);

/** Nouns of calendar periods that "this/last/next" count in. */
const PERIODS: ReadonlyMap<string, CountedPeriod> = new Map([
  ['week', 'week'], ['weekend', 'weekend'], ['month', 'month'], ['year', 'year'], ['quarter', 'quarter'],
  ['decade', 'decade'], ['century', 'century'],
]);

/** "the end of", "the beginning of": TimeML keeps the value of the period and puts the part in `mod`. */
const PERIOD_PARTS: ReadonlySet<string> = new Set([
  'beginning', 'start', 'end', 'middle', 'close', 'turn', 'rest', 'remainder', 'course', 'half',
]);

/** Modifiers TimeML also moves to `mod` ("early 2009" = 2009, "mid-December" = XXXX-12). */
const POINT_MODIFIERS: ReadonlySet<string> = new Set(['early', 'late', 'mid', 'earlier', 'later']);

/** Words whose presence before a number make "a year" a rate ("15 a year", "twice a day"). */
const RATE_QUANTIFIERS: ReadonlySet<string> = new Set([
  'million', 'billion', 'trillion', 'thousand', 'hundred', 'times', 'once', 'twice', 'thrice', '%', 'percent',
]);

const tok = (s: TokenSeq, i: number): Token | undefined => s.toks[i];
const w = (s: TokenSeq, i: number): string => s.toks[i]?.lower ?? '';
/** Token `i` touches the token before it (no whitespace between). */
const attached = (s: TokenSeq, i: number): boolean => s.toks[i] !== undefined && !s.toks[i]!.space;
const match = (start: number, end: number, spec: TimeSpec, rule: string): TimeMatch => ({ start, end, spec, rule });
const fixed = (value: string, kind: 'date' | 'duration' | 'set', gran: 'decade' | 'year' | 'duration' | 'set' | 'reference'): TimeSpec => ({
  t: 'fixed',
  value,
  kind,
  gran,
});

/** A number written in digits does not belong to a code ("A320", "737-800") when it stands apart. */
function freeNumber(s: TokenSeq, i: number): boolean {
  const t = tok(s, i);
  const prev = tok(s, i - 1);
  if (!t || t.kind !== 'num') return false;
  return t.space || !prev || (prev.kind === 'punct' && prev.text !== '-' && prev.text !== '/' && prev.text !== '.');
}

/** End of a clause: punctuation, a conjunction or the end of the sentence. */
function clauseEnd(s: TokenSeq, i: number): boolean {
  const t = tok(s, i);
  return !t || (t.kind === 'punct' && t.text !== '-') || t.lower === 'and' || t.lower === 'but' || t.lower === 'when';
}

// ---------------------------------------------------------------------------------------------------
// Numbers and units

/** A cardinal in digits ("30", "2.5", "1,000") or words ("five", "twenty-five", "one hundred"). */
export function parseNumber(s: TokenSeq, i: number): { n: number; end: number } | null {
  const t = tok(s, i);
  if (!t) return null;
  if (t.kind === 'num') {
    if (!freeNumber(s, i) && tok(s, i - 1)?.text !== '-' && tok(s, i - 1)?.text !== '(') return null;
    let digits = t.text;
    let end = i + 1;
    while (w(s, end) === ',' && attached(s, end) && tok(s, end + 1)?.kind === 'num' && attached(s, end + 1) && tok(s, end + 1)!.text.length === 3) {
      digits += tok(s, end + 1)!.text;
      end += 2;
    }
    if (w(s, end) === '.' && attached(s, end) && tok(s, end + 1)?.kind === 'num' && attached(s, end + 1)) {
      digits += `.${tok(s, end + 1)!.text}`;
      end += 2;
    }
    return { n: Number(digits), end };
  }
  const base = NUMBER_WORDS.get(t.lower);
  if (base === undefined) return null;
  let n = base;
  let end = i + 1;
  if (base >= 20 && base < 100 && base % 10 === 0) {
    const hyphen = w(s, end) === '-' && attached(s, end) && attached(s, end + 1);
    const unitWord = NUMBER_WORDS.get(w(s, hyphen ? end + 1 : end));
    if (unitWord !== undefined && unitWord > 0 && unitWord < 10) {
      n += unitWord;
      end += hyphen ? 2 : 1;
    }
  }
  if (w(s, end) === 'hundred') {
    n *= 100;
    end += 1;
  }
  return { n, end };
}

/** A quantity before a unit: a number, "a"/"an", or a vague one ("a few", "several") written X. */
function parseQuantity(s: TokenSeq, i: number): { n: number | 'X'; end: number; article: boolean } | null {
  const l = w(s, i);
  if (l === 'a' || l === 'an') {
    const next = w(s, i + 1);
    if (next === 'few') return { n: 'X', end: i + 2, article: false };
    if (next === 'couple') return { n: 2, end: w(s, i + 2) === 'of' ? i + 3 : i + 2, article: false };
    if (next === 'number' && w(s, i + 2) === 'of') return { n: 'X', end: i + 3, article: false };
    if (next === 'dozen') return { n: 12, end: i + 2, article: false };
    return { n: 1, end: i + 1, article: true };
  }
  if (VAGUE_QUANTITIES.has(l)) {
    if (parseNumber(s, i + 1)) return null; // "some 20 years": the number is the quantity
    return { n: 'X', end: i + 1, article: false };
  }
  if ((l === 'dozens' || l === 'hundreds' || l === 'thousands') && w(s, i + 1) === 'of') return { n: 'X', end: i + 2, article: false };
  const number = parseNumber(s, i);
  return number ? { ...number, article: false } : null;
}

function unitAt(s: TokenSeq, i: number): { unit: Unit; plural: boolean } | null {
  const l = w(s, i);
  const singular = UNITS_SINGULAR.get(l);
  if (singular) return { unit: singular, plural: false };
  const plural = UNITS_PLURAL.get(l);
  return plural ? { unit: plural, plural: true } : null;
}

/**
 * TimeML duration value: `P3Y`, `PT5H`, vague `PXD`. Halves of hours, days and years are written in the next
 * smaller unit (TimeBank writes "half an hour" as PT30M); other fractions stay decimal ("P2.5Y").
 *
 * @example durationValue(5, UNITS_SINGULAR.get('hour')!) // "PT5H"
 */
export function durationValue(n: number | 'X', unit: Unit): string {
  if (n === 'X') return `P${unit.time ? 'T' : ''}X${unit.code}`;
  let amount = n * unit.factor;
  let code: string = unit.code;
  let time = unit.time;
  if (amount > 0 && amount < 1) {
    if (unit.name === 'hour') [amount, code] = [amount * 60, 'M'];
    else if (unit.name === 'day') [amount, code, time] = [amount * 24, 'H', true];
    else if (unit.name === 'year') [amount, code] = [amount * 12, 'M'];
    else if (unit.name === 'minute') [amount, code] = [amount * 60, 'S'];
  }
  const text = Number.isInteger(amount) ? String(amount) : String(Math.round(amount * 100) / 100);
  return `P${time ? 'T' : ''}${text}${code}`;
}

// ---------------------------------------------------------------------------------------------------
// Calendar dates

function monthAt(s: TokenSeq, i: number): { m: number; end: number; abbr: boolean; ambiguous: boolean } | null {
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
function dayAt(s: TokenSeq, i: number): { d: number; end: number } | null {
  const t = tok(s, i);
  if (!t || t.kind !== 'num' || t.text.length > 2 || !t.space) return null;
  const d = Number(t.text);
  if (d < 1 || d > 31) return null;
  let end = i + 1;
  const suffix = tok(s, end);
  if (suffix && !suffix.space && /^(st|nd|rd|th)$/.test(suffix.lower)) end += 1;
  else if (suffix && !suffix.space && (suffix.kind === 'word' || suffix.kind === 'num')) return null;
  const next = tok(s, end);
  const after = tok(s, end + 1);
  if (next && !next.space) {
    if (next.text === ':' || next.text === '%') return null;
    if ((next.text === ',' || next.text === '.') && after?.kind === 'num' && !after.space) return null;
  }
  return { d, end };
}

/** A four-digit year after a month or day ("December 2, 2025"). */
function yearTokenAt(s: TokenSeq, i: number): { y: number; end: number } | null {
  const t = tok(s, i);
  if (!t || t.kind !== 'num' || t.text.length !== 4) return null;
  const y = Number(t.text);
  if (y < 1000 || y > 2199) return null;
  const next = tok(s, i + 1);
  if (next && !next.space && (next.kind === 'word' || next.kind === 'num')) return null;
  return { y, end: i + 1 };
}

/** Optional ", 2025" / " 2025" after a month-day. */
function trailingYear(s: TokenSeq, i: number): { y: number; end: number } | null {
  const k = w(s, i) === ',' ? i + 1 : i;
  return yearTokenAt(s, k);
}

function plausibleDay(m: number, d: number): boolean {
  return d <= daysInMonth(2000, m); // 2000 is a leap year, so February 29 passes until a year says otherwise
}

/** Where a bare month name ("in May", "as of February") may stand alone. */
function monthAloneAllowed(s: TokenSeq, i: number, ambiguous: boolean): boolean {
  const prev = w(s, i - 1);
  if (prev === '-' && w(s, i - 2) === 'mid') return true;
  const contextual = TIME_PREPOSITIONS.has(prev) && !(ambiguous && (prev === 'and' || prev === 'or' || prev === 'to' || prev === 'for' || prev === 'as'));
  if (ambiguous) return contextual && w(s, i + 1) !== "'s";
  if (contextual) return true;
  const next = tok(s, i + 1);
  // Not before a capitalised name ("January Jones") or a possessive of a person.
  return !(next && next.kind === 'word' && next.cap && !s.titleCase);
}

/** "December 2", "Dec. 2nd, 2025", "March 2008", "March of 2008", "in May". */
const monthDate: Rule = (s, i) => {
  const month = monthAt(s, i);
  if (!month) return null;
  const day = dayAt(s, month.end);
  if (day && plausibleDay(month.m, day.d)) {
    const year = trailingYear(s, day.end);
    if (year && !isValidYmd({ y: year.y, m: month.m, d: day.d })) return null;
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
  if (month.abbr || !monthAloneAllowed(s, i, month.ambiguous)) return null;
  return match(i, month.end, { t: 'date', m: month.m, dir: 'bare' }, 'month');
};

/** "2 December", "2nd December 2025", "the 2nd of December". */
const dayMonthDate: Rule = (s, i) => {
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
const numericDate: Rule = (s, i) => {
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

/** Whether a free-standing four-digit number reads as a year here. */
function yearContext(s: TokenSeq, i: number, y: number): boolean {
  const t = tok(s, i)!;
  const prev = tok(s, i - 1);
  const next = tok(s, i + 1);
  if (prev && !t.space && (prev.kind !== 'punct' || /^[$£€¥#]$/.test(prev.text))) return false;
  const pl = prev?.lower ?? '';
  if (NON_YEAR_PRECEDERS.has(pl)) return false;
  if (next) {
    if (next.text === '%' || next.lower === 'percent' || next.lower === 'per') return false;
    if ((next.text === ':' || next.text === '.' || next.text === ',') && !next.space && tok(s, i + 2)?.kind === 'num' && !tok(s, i + 2)!.space) return false;
    if (next.lower === 'gmt' || next.lower === 'utc' || next.lower === 'hrs' || next.lower === 'hours' || next.lower === 'am' || next.lower === 'pm' || next.lower === 'a.m.' || next.lower === 'p.m.') return false;
    if (next.kind === 'word' && !next.cap && COUNT_NOUNS.has(next.lower) && !YEAR_PREPOSITIONS.has(pl)) return false;
  }
  if (y < 1900 || y > 2100) return TIME_PREPOSITIONS.has(pl) || pl === 'the' || pl === 'year';
  return true;
}

/** "2014", "the year 2000", "in 1998". */
const year: Rule = (s, i) => {
  const theYear = w(s, i) === 'the' && w(s, i + 1) === 'year';
  const j = theYear ? i + 2 : i;
  const found = yearTokenAt(s, j);
  if (!found) return null;
  if (!theYear && !yearContext(s, j, found.y)) return null;
  if (w(s, found.end) === '-' && attached(s, found.end) && tok(s, found.end + 1)?.kind === 'num' && attached(s, found.end + 1)) {
    const rest = tok(s, found.end + 1)!.text;
    if (rest.length === 2 && w(s, found.end + 2) !== '-') {
      // "2009-10": a season or fiscal span; keep the first year, as TimeML annotates the start.
      return match(i, found.end, { t: 'date', y: found.y, dir: 'bare' }, 'year');
    }
  }
  return match(i, found.end, { t: 'date', y: found.y, dir: 'bare' }, 'year');
};

/** "fiscal 2009", "fiscal year 2009", "FY2009": TimeBank writes FY2009. */
const fiscalYear: Rule = (s, i) => {
  if (w(s, i) === 'fiscal') {
    const j = w(s, i + 1) === 'year' ? i + 2 : i + 1;
    const found = yearTokenAt(s, j);
    return found ? match(i, found.end, fixed(`FY${found.y}`, 'date', 'year'), 'fiscal-year') : null;
  }
  if (tok(s, i)?.text === 'FY') {
    const n = tok(s, i + 1);
    if (n?.kind === 'num' && (n.text.length === 4 || n.text.length === 2)) {
      const y = n.text.length === 4 ? Number(n.text) : 2000 + Number(n.text);
      return match(i, i + 2, fixed(`FY${y}`, 'date', 'year'), 'fiscal-year');
    }
  }
  return null;
};

/** "the 1990s" (199), "the '90s", "1960s"; TimeML writes a decade as its first three digits. */
const decade: Rule = (s, i) => {
  const j = w(s, i) === 'the' ? i + 1 : i;
  const t = tok(s, j);
  if (t?.kind === 'num' && t.text.length === 4 && t.text.endsWith('0') && w(s, j + 1) === 's' && attached(s, j + 1) && freeNumber(s, j)) {
    return match(i, j + 2, fixed(t.text.slice(0, 3), 'date', 'decade'), 'decade');
  }
  const apostrophe = w(s, j) === "'" || w(s, j) === '‘';
  const k = apostrophe ? j + 1 : j;
  const short = tok(s, k);
  if ((apostrophe || j > i) && short?.kind === 'num' && short.text.length === 2 && short.text.endsWith('0') && w(s, k + 1) === 's' && attached(s, k + 1)) {
    const yy = Number(short.text);
    const century = yy <= 10 ? '20' : '19';
    return match(i, k + 2, fixed(`${century}${short.text[0]}`, 'date', 'decade'), 'decade');
  }
  return null;
};

/** An ordinal in words or digits ("third", "3rd", "twenty-first"). */
function ordinalAt(s: TokenSeq, i: number): { n: number; end: number } | null {
  const l = w(s, i);
  const word = ORDINAL_WORDS.get(l);
  if (word !== undefined) return { n: word, end: i + 1 };
  if (l === 'twenty' && w(s, i + 1) === '-' && w(s, i + 2) === 'first') return { n: 21, end: i + 3 };
  const t = tok(s, i);
  if (t?.kind === 'num' && t.text.length <= 2 && /^(st|nd|rd|th)$/.test(w(s, i + 1)) && attached(s, i + 1)) {
    return { n: Number(t.text), end: i + 2 };
  }
  return null;
}

/** "the 21st century" = 20 (TimeML writes centuries as two digits). */
const century: Rule = (s, i) => {
  if (w(s, i) !== 'the') return null;
  const ord = ordinalAt(s, i + 1);
  if (!ord || w(s, ord.end) !== 'century' || ord.n < 1 || ord.n > 22) return null;
  return match(i, ord.end + 1, fixed(pad(ord.n - 1), 'date', 'decade'), 'century');
};

/** Words that make a holiday a point in time ("at Christmas", "by Christmas"). */
const HOLIDAY_POINT_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'at', 'by', 'until', 'till', 'before', 'after', 'since']);

/**
 * Fixed-date holidays: "Christmas Day", "New Year's Eve". A bare holiday that modifies a noun ("Christmas
 * sales", "the Christmas season") names the holiday period, which annotators value as a vague span (PXD).
 */
const holiday: Rule = (s, i) => {
  const h = holidayAt(s, i);
  if (!h) return null;
  const bare = !h.words.includes('day') && !h.words.includes('eve');
  let end = i + h.words.length;
  // "the Christmas and New Year sales period"
  if (bare && (w(s, end) === 'and' || w(s, end) === '&')) {
    const second = holidayAt(s, end + 1);
    if (second && !second.words.includes('day') && !second.words.includes('eve')) {
      const after = end + 1 + second.words.length;
      if (attributiveNoun(tok(s, after))) end = after;
    }
  }
  if (bare && attributiveNoun(tok(s, end)) && !HOLIDAY_POINT_PREPOSITIONS.has(w(s, i - 1))) {
    return match(i, end, fixed('PXD', 'duration', 'duration'), 'holiday-period');
  }
  return match(i, i + h.words.length, { t: 'date', m: h.m, d: h.d, dir: 'bare' }, 'holiday');
};

function holidayAt(s: TokenSeq, i: number): (typeof HOLIDAYS)[number] | null {
  const t = tok(s, i);
  if (!t?.cap || w(s, i - 1) === 'chinese' || w(s, i - 1) === 'lunar') return null;
  return HOLIDAYS.find((h) => h.words.every((word, k) => w(s, i + k) === word)) ?? null;
}

/** A lower-case content word after a holiday makes it a modifier: "Christmas sales", "New Year holidays". */
function attributiveNoun(t: Token | undefined): boolean {
  return t?.kind === 'word' && !t.cap && !/^(and|or|is|was|were|are|will|would|last|this|next|of|in|to|on|at|for|with|as|that|when|he|she|it|they|we)$/.test(t.lower);
}

// ---------------------------------------------------------------------------------------------------
// Relative dates

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
const relativeDay: Rule = (s, i) => {
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

/** "Monday", "last Friday", "next Tuesday", "Thursday afternoon"; "on Sundays" is a set. */
const weekday: Rule = (s, i) => {
  const { dir, end: j } = directionAt(s, i);
  const t = tok(s, j);
  if (!t || !t.cap) return null;
  const wd = WEEKDAYS.get(t.lower);
  if (wd === undefined) {
    const plural = WEEKDAY_PLURALS.get(t.lower);
    if (plural !== undefined && dir === 'bare') return match(i, j + 1, fixed(`XXXX-WXX-${plural}`, 'set', 'set'), 'weekday-set');
    return null;
  }
  const next = tok(s, j + 1);
  if (next?.kind === 'word' && next.cap) {
    // "the Sunday Times", "Saturday Night Live": a weekday inside a title.
    if (!s.titleCase && (w(s, j - 1) === 'the' || WEEKDAY_NAME_FOLLOWERS.has(next.lower))) return null;
    if (s.titleCase && WEEKDAY_NAME_FOLLOWERS.has(next.lower) && next.lower !== 'night') return null;
  }
  const pod = PARTS_OF_DAY.get(w(s, j + 1)) as PartOfDay | undefined;
  return match(i, pod ? j + 2 : j + 1, { t: 'weekday', wd, dir, pod }, 'weekday');
};

/** "this week", "last month", "next year", "this weekend", "the coming year", "the current quarter". */
const relativePeriod: Rule = (s, i) => {
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
  if (w(s, j + 1) === '-' && attached(s, j + 1)) return null; // "next-generation" style compounds
  return match(i, j + 1, { t: 'relUnit', unit, offset }, 'rel-period');
};

/** "last May", "next March", "this December". */
const relativeMonth: Rule = (s, i) => {
  const { dir, end } = directionAt(s, i);
  if (dir === 'bare' || w(s, i) === 'past' || w(s, i) === 'coming' || w(s, i) === 'previous') return null;
  const month = monthAt(s, end);
  if (!month || month.abbr) return null;
  const day = dayAt(s, month.end);
  if (day && plausibleDay(month.m, day.d)) return match(i, day.end, { t: 'date', m: month.m, d: day.d, dir }, 'month-day');
  return match(i, month.end, { t: 'date', m: month.m, dir }, 'rel-month');
};

/** "last spring" (2025-SP), "this summer", "the winter of 2009", "autumn 2008". */
const season: Rule = (s, i) => {
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
  if (dir === 'bare' && y === undefined) {
    if (t.lower === 'fall') return null;
    const prev = w(s, i - 1);
    if (!['the', 'early', 'late', 'mid', '-', 'in', 'during', 'by', 'until', 'since', 'through', 'this'].includes(prev)) return null;
  }
  return match(i, end, { t: 'season', season: code, y, dir }, 'season');
};

/** "the third quarter", "fourth-quarter", "Q3 2025", "the first half of 2009", "the last quarter". */
const quarter: Rule = (s, i) => {
  const hasThe = w(s, i) === 'the';
  const j = hasThe ? i + 1 : i;
  const t = tok(s, j);
  let n: number;
  let of: 'Q' | 'H';
  let k: number;
  if (t && (t.text === 'Q' || t.text === 'H') && tok(s, j + 1)?.kind === 'num' && attached(s, j + 1)) {
    of = t.text;
    n = Number(tok(s, j + 1)!.text);
    k = j + 2;
  } else {
    const l = w(s, j);
    let ord = ordinalAt(s, j);
    if (!ord && (l === 'final' || l === 'last' || l === 'previous')) ord = { n: -1, end: j + 1 };
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
  let end = k;
  let y: number | undefined;
  let yOffset: number | undefined;
  const ofYear = w(s, k) === 'of' || w(s, k) === ',' ? k + 1 : k;
  const found = yearTokenAt(s, ofYear);
  if (found) {
    y = found.y;
    end = found.end;
  } else if (w(s, k) === 'of') {
    const rel = w(s, k + 1);
    if ((rel === 'this' || rel === 'last' || rel === 'next') && w(s, k + 2) === 'year') {
      yOffset = rel === 'this' ? 0 : rel === 'last' ? -1 : 1;
      end = k + 3;
    } else if (rel === 'the' && w(s, k + 2) === 'year') {
      yOffset = 0;
      end = k + 3;
    } else if (of === 'H') return null; // "the first half of the match"
  }
  if (!hasThe && of === 'H' && y === undefined && yOffset === undefined && w(s, k - 2) !== '-') return null;
  const spec: TimeSpec = { t: 'part', n, of, y, dir: 'bare' };
  if (yOffset !== undefined) spec.yOffset = yOffset;
  return match(i, end, spec, of === 'Q' ? 'quarter' : 'half-year');
};

// ---------------------------------------------------------------------------------------------------
// Anchored expressions ("the next day", "two days later")

const ANCHOR_UNITS: ReadonlyMap<string, Unit | 'weekend'> = new Map<string, Unit | 'weekend'>([
  ['day', UNITS_SINGULAR.get('day')!], ['week', UNITS_SINGULAR.get('week')!], ['month', UNITS_SINGULAR.get('month')!],
  ['year', UNITS_SINGULAR.get('year')!], ['weekend', 'weekend'],
]);

/** "the following day", "the previous week", "the same day", "that night", "later that day", "the day before". */
const anchoredPhrase: Rule = (s, i) => {
  const l = w(s, i);
  const DAY = UNITS_SINGULAR.get('day')!;
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
    if (unit && (rel === 'before' || rel === 'after' || rel === 'earlier') && clauseEnd(s, i + 3)) {
      return match(i, i + 3, { t: 'anchored', n: rel === 'after' ? 1 : -1, unit, needsPrevious: false }, 'anchored');
    }
    return null;
  }
  const later = l === 'later' || l === 'earlier';
  const j = later ? i + 1 : i;
  if (w(s, j) === 'that') {
    const u = w(s, j + 1);
    const pod = PARTS_OF_DAY.get(u) as PartOfDay | undefined;
    if (pod) return match(i, j + 2, { t: 'anchored', n: 0, unit: DAY, pod, needsPrevious: true }, 'anchored');
    const unit = ANCHOR_UNITS.get(u);
    if (unit && w(s, j + 2) !== "'s") return match(i, j + 2, { t: 'anchored', n: 0, unit, needsPrevious: true }, 'anchored');
  }
  return null;
};

// ---------------------------------------------------------------------------------------------------
// Durations, "ago", rates

/** The token before `i` makes "a year" a rate: "15 a year", "$800 million a year", "twice a day". */
function rateContext(s: TokenSeq, i: number): boolean {
  const prev = tok(s, i - 1);
  if (!prev) return false;
  return prev.kind === 'num' || NUMBER_WORDS.has(prev.lower) || RATE_QUANTIFIERS.has(prev.lower);
}

/**
 * "five hours", "a nearly five-hour meeting", "12- to 18-month", "two and a half years", "half an hour",
 * "a few days", "several years", "the past two months", "the next four years", "week-long", "decades-long",
 * "years"; with "ago" a date ("two years ago"), with "later"/"earlier" an anchored date ("two days later").
 */
const duration: Rule = (s, i) => {
  const l = w(s, i);
  let j = i;
  let lead: 'past' | 'next' | 'plain' | null = null;
  if (l === 'the' || l === 'these' || l === 'those') {
    const m = w(s, i + 1);
    if (['past', 'last', 'previous', 'recent', 'first', 'final', 'initial'].includes(m)) [lead, j] = ['past', i + 2];
    else if (['next', 'coming', 'following', 'upcoming'].includes(m)) [lead, j] = ['next', i + 2];
    else [lead, j] = ['plain', i + 1];
  } else if (l === 'past' || l === 'recent') [lead, j] = ['past', i + 1];

  // Closed compounds: "weeklong".
  const closed = LONG_COMPOUNDS.get(w(s, j));
  if (closed) return match(i, j + 1, fixed(durationValue(1, closed), 'duration', 'duration'), 'unit-long');

  // "half an hour", "half-hour", "half a year"
  if (w(s, j) === 'half') {
    const k = (w(s, j + 1) === 'a' || w(s, j + 1) === 'an') ? j + 2 : w(s, j + 1) === '-' && attached(s, j + 1) ? j + 2 : -1;
    const u = k > 0 ? unitAt(s, k) : null;
    if (u && !u.plural) return finishDuration(s, i, k + 1, 0.5, u.unit, false);
    return null;
  }

  const q = parseQuantity(s, j);
  if (!q) {
    // Bare units: "years", "decades-long", "the past year", "week-long".
    const u = unitAt(s, j);
    if (!u) return null;
    if (u.unit.name === 'second' && !u.plural) return null;
    const hyphenLong = w(s, j + 1) === '-' && attached(s, j + 1) && w(s, j + 2) === 'long' && attached(s, j + 2);
    if (hyphenLong) return match(i, j + 3, fixed(durationValue(u.plural ? 'X' : 1, u.unit), 'duration', 'duration'), 'unit-long');
    if (badUnitCompound(s, j + 1)) return null;
    if (u.plural) {
      if (w(s, j + 1) === 'ago') return match(i, j + 2, fixed('PAST_REF', 'date', 'reference'), 'ago');
      if (w(s, j + 1) === 'old') return null;
      return match(i, j + 1, fixed(durationValue('X', u.unit), 'duration', 'duration'), 'duration-vague');
    }
    if (lead === 'past') return match(i, j + 1, fixed(durationValue(1, u.unit), 'duration', 'duration'), 'duration');
    return null;
  }
  if (lead === 'plain' && q.article) return null; // "the a" never occurs; keeps "the" out of "a year"
  let k = q.end;
  let n: number | 'X' = q.n;

  // "12- to 18-month", "two to three years", "five or six days": the upper bound, as the annotators do.
  if ((w(s, k) === '-' && attached(s, k) && (w(s, k + 1) === 'to' || w(s, k + 1) === 'or')) || w(s, k) === 'to' || w(s, k) === 'or') {
    const m = w(s, k) === '-' ? k + 2 : k + 1;
    const upper = parseNumber(s, m);
    if (upper && typeof n === 'number' && upper.n > n) {
      let u = upper.end;
      if (w(s, u) === '-' && attached(s, u)) u += 1;
      const unit = unitAt(s, u);
      if (unit) return finishDuration(s, i, u + 1, upper.n, unit.unit, false, 'duration-range');
    }
  }
  // "two and a half years"
  if (w(s, k) === 'and' && w(s, k + 1) === 'a' && w(s, k + 2) === 'half' && typeof n === 'number') {
    const unit = unitAt(s, k + 3);
    if (unit) return finishDuration(s, i, k + 4, n + 0.5, unit.unit, false);
  }
  const hyphen = w(s, k) === '-' && attached(s, k) && attached(s, k + 1);
  if (hyphen) k += 1;
  const unit = unitAt(s, k);
  if (!unit) return null;
  if (unit.unit.name === 'second' && q.article) return null; // "a second A380"
  if (q.article && w(s, k + 1) === '-' && attached(s, k + 1) && w(s, k + 2) === 'long') {
    return match(k, k + 3, fixed(durationValue(1, unit.unit), 'duration', 'duration'), 'unit-long'); // "a week-long sit-in"
  }
  if (q.article && !unit.plural && w(s, k + 1) === 'when') return null; // "a day when ...": a vague point, not a span
  if (hyphen && unit.plural) return null;
  if (!hyphen && !unit.plural && typeof n === 'number' && n !== 1 && !q.article) {
    // "five hour" without a hyphen still occurs in headlines ("Five Hour Meeting"); accept.
  }
  k += 1;
  // "a year and a half"
  if (q.article && w(s, k) === 'and' && w(s, k + 1) === 'a' && w(s, k + 2) === 'half') {
    return finishDuration(s, i, k + 3, 1.5, unit.unit, false);
  }
  if (hyphen && w(s, k) === '-' && w(s, k + 1) === 'old') return null; // "a 56-year-old"
  if (hyphen && badUnitCompound(s, k)) return null;
  if (hyphen && (w(s, k) === 'anniversary' || w(s, k) === 'anniversaries')) return null; // "the one-year anniversary" is a date, not a span
  if (!hyphen && w(s, k) === 'old') return null; // "20 years old"
  if (q.article && rateContext(s, i) && lead === null) {
    return match(i, k, fixed(durationValue(1, unit.unit), 'set', 'set'), 'rate');
  }
  if (lead === 'plain' && n !== 'X') {
    // "the two years" is a definite duration; keep "the" out of the span.
    return finishDuration(s, i + 1, k, n, unit.unit, hyphen);
  }
  return finishDuration(s, i, k, n, unit.unit, hyphen);
};

/** "year-on-year", "year-end", "day-to-day": compounds with a unit that are not time expressions. */
function badUnitCompound(s: TokenSeq, k: number): boolean {
  return w(s, k) === '-' && attached(s, k) && ['on', 'over', 'to', 'end', 'round', 'ago', 'by', 'old', 'earlier'].includes(w(s, k + 1));
}

/** After "N unit": "ago" makes a date, "later"/"earlier" an anchored date, otherwise a duration. */
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
    return match(start, end + 1, { t: 'ago', n, unit }, 'ago');
  }
  if (!adjective && typeof n === 'number' && unit.name !== 'hour' && unit.name !== 'minute' && unit.name !== 'second') {
    const anchoredUnit = unit;
    if ((next === 'later' || next === 'earlier') && w(s, end + 1) === 'than' && w(s, start - 1) === ',') {
      // "arrives on November 11, three days later than planned": an apposition naming the same date.
      return match(start, end + 1, { t: 'anchored', n: 0, unit: anchoredUnit, needsPrevious: true, sameSentence: true, fallback: durationValue(n, unit) }, 'anchored-apposition');
    }
    if ((next === 'later' || next === 'earlier' || next === 'afterwards' || next === 'afterward') && w(s, end + 1) !== 'than') {
      return match(start, end + 1, { t: 'anchored', n: next === 'earlier' ? -n : n, unit: anchoredUnit, needsPrevious: false }, 'anchored-offset');
    }
    if ((next === 'before' || next === 'after') && clauseEnd(s, end + 1)) {
      return match(start, end + 1, { t: 'anchored', n: next === 'before' ? -n : n, unit: anchoredUnit, needsPrevious: false }, 'anchored-offset');
    }
  }
  return match(start, end, fixed(durationValue(n, unit), 'duration', 'duration'), n === 'X' ? 'duration-vague' : rule);
}

/** "every Sunday" (XXXX-WXX-7), "every two weeks" (P2W), "each year", "twice a year", "per annum". */
const setPhrase: Rule = (s, i) => {
  const l = w(s, i);
  if (l === 'every' || l === 'each') {
    let j = i + 1;
    let n = 1;
    if (w(s, j) === 'other') [n, j] = [2, j + 1];
    const num = parseNumber(s, j);
    if (num) [n, j] = [n * num.n, num.end];
    const unit = unitAt(s, j);
    if (unit) return match(i, j + 1, fixed(durationValue(n, unit.unit), 'set', 'set'), 'set');
    const t = tok(s, j);
    const wd = t?.cap ? WEEKDAYS.get(t.lower) : undefined;
    if (wd !== undefined) return match(i, j + 1, fixed(`XXXX-WXX-${wd}`, 'set', 'set'), 'set');
    const pod = PARTS_OF_DAY.get(w(s, j));
    if (pod) return match(i, j + 1, fixed(`XXXX-XX-XXT${pod}`, 'set', 'set'), 'set');
    const month = monthAt(s, j);
    if (month && !month.abbr) return match(i, month.end, fixed(`XXXX-${pad(month.m)}`, 'set', 'set'), 'set');
    return null;
  }
  if (l === 'once' || l === 'twice' || l === 'thrice') {
    const k = w(s, i + 1) === 'a' || w(s, i + 1) === 'an' || w(s, i + 1) === 'per' || w(s, i + 1) === 'every' || w(s, i + 1) === 'each' ? i + 2 : -1;
    const unit = k > 0 ? unitAt(s, k) : null;
    if (unit && !unit.plural) return match(i, k + 1, fixed(durationValue(1, unit.unit), 'set', 'set'), 'set');
    return null;
  }
  if (l === 'per') {
    const unit = unitAt(s, i + 1);
    if (unit && !unit.plural) return match(i, i + 2, fixed(durationValue(1, unit.unit), 'set', 'set'), 'set');
    if (w(s, i + 1) === 'annum') return match(i, i + 2, fixed('P1Y', 'set', 'set'), 'set');
  }
  return null;
};

/** "daily", "weekly", "annually", "annual" (lower case: "China Daily" is a newspaper). */
const setWord: Rule = (s, i) => {
  const t = tok(s, i);
  const value = SET_WORDS.get(w(s, i));
  if (!t || !value) return null;
  const prev = tok(s, i - 1);
  if (t.cap && !s.titleCase && prev && prev.kind === 'word') return null;
  if (s.titleCase && t.cap && prev?.cap && prev.kind === 'word' && t.lower === 'daily') return null;
  return match(i, i + 1, fixed(value === 'TNI' ? 'XXXX-XX-XXTNI' : value, 'set', 'set'), 'set');
};

// ---------------------------------------------------------------------------------------------------
// Clock times

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
    const hasOffset = offset && (offset.text === '+' || offset.text === '-' || offset.text === '−');
    return { zone: hasOffset ? '' : 'Z', end: i + 1 };
  }
  if (w(s, i) === 'local' && w(s, i + 1) === 'time') return { zone: '', end: i + 2 };
  return { zone: '', end: i };
}

/** "6am", "6 a.m.", "18:00 UTC", "6:30 p.m.", "noon", "midnight", "1800 GMT". */
const clock: Rule = (s, i) => {
  const t = tok(s, i);
  if (!t) return null;
  if (t.lower === 'noon' || t.lower === 'midday' || t.lower === 'midnight') {
    if (w(s, i + 1) === '-' && attached(s, i + 1)) return null;
    const h = t.lower === 'midnight' ? 24 : 12;
    return match(i, i + 1, { t: 'clock', h, min: 0, zone: '' }, 'clock');
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
    if (!dot || mer) {
      min = Number(next.text);
      end += 2;
      explicit = true;
    }
  } else if (t.text.length === 4) {
    const zone = zoneAt(s, end);
    if (zone.end === end || zone.zone === '') return null;
    h = Math.floor(h / 100);
    min = Number(t.text) % 100;
    explicit = true;
  }
  const mer = meridiemAt(s, end);
  if (mer) {
    if (h < 1 || h > 12) return null;
    h = mer.pm ? (h === 12 ? 12 : h + 12) : h === 12 ? 0 : h;
    end = mer.end;
  } else if (w(s, end) === "o'clock") {
    end += 1;
  } else if (!explicit) return null;
  if (h > 24 || min > 59) return null;
  const zone = zoneAt(s, end);
  return match(i, zone.end, { t: 'clock', h, min, zone: zone.zone }, 'clock');
};

// ---------------------------------------------------------------------------------------------------
// References to the present, past and future

/** Determiners and prepositions after which "formerly", "currently" describe rather than date. */
const ADVERB_OBJECTS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'under', 'in', 'at', 'on', 'with', 'for', 'of', 'from', 'by', 'known', 'called', 'named',
]);

const reference: Rule = (s, i) => {
  const l = w(s, i);
  const next = w(s, i + 1);
  const value = REF_WORDS.get(l);
  if (value) {
    if (next === '-' && attached(s, i + 1)) return null; // "the now-cancelled deal", "the soon-to-open terminal"
    // Before a noun phrase or a prepositional phrase the adverb qualifies a description, not an event:
    // "formerly an Apple executive", "currently under development".
    if (l !== 'now' && (ADVERB_OBJECTS.has(next) || (w(s, i + 2) === '-' && attached(s, i + 2)))) return null;
    if ((l === 'soon' || l === 'shortly') && ['after', 'before', 'thereafter', 'afterwards', 'as'].includes(next)) return null;
    if (l === 'soon' && (w(s, i - 1) === 'as' || w(s, i - 1) === 'too')) return null;
    return match(i, i + 1, fixed(value, 'date', 'reference'), 'ref');
  }
  if ((l === 'more' || l === 'most' || l === 'until' || l === 'only') && next === 'recently') {
    return match(i, i + 2, fixed('PAST_REF', 'date', 'reference'), 'ref');
  }
  if (l === 'at' && next === 'present') return match(i, i + 2, fixed('PRESENT_REF', 'date', 'reference'), 'ref');
  if (l === 'at' && next === 'the' && w(s, i + 2) === 'moment') return match(i, i + 3, fixed('PRESENT_REF', 'date', 'reference'), 'ref');
  if (l === 'these' && next === 'days') return match(i, i + 2, fixed('PRESENT_REF', 'date', 'reference'), 'ref');
  if (l === 'the') {
    if (next === 'past' && !parseQuantity(s, i + 2) && !unitAt(s, i + 2)) return match(i, i + 2, fixed('PAST_REF', 'date', 'reference'), 'ref');
    if (next === 'future' && w(s, i + 2) !== 'of') return match(i, i + 2, fixed('FUTURE_REF', 'date', 'reference'), 'ref'); // not "the future of X"
    if ((next === 'near' || next === 'distant' || next === 'foreseeable') && w(s, i + 2) === 'future') {
      return match(i, i + 3, fixed('FUTURE_REF', 'date', 'reference'), 'ref');
    }
  }
  return null;
};

// ---------------------------------------------------------------------------------------------------
// Modifiers: "early 2009", "mid-December", "the end of January", "earlier this year"

/** "the year", "the month", "the week" after "the end of": the current period. */
const currentPeriod: Rule = (s, i) => {
  if (w(s, i) !== 'the') return null;
  const unit = PERIODS.get(w(s, i + 1));
  return unit && unit !== 'weekend' ? match(i, i + 2, { t: 'relUnit', unit, offset: 0 }, 'rel-period') : null;
};

const MODIFIABLE: Rule[] = [];

const modified: Rule = (s, i) => {
  let j = i;
  const l = w(s, i);
  let periodOf = false;
  let inside = false;
  if (l === 'the' && PERIOD_PARTS.has(w(s, i + 1)) && w(s, i + 2) === 'of') [j, periodOf] = [i + 3, true];
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
  if (!best || best.spec.t === 'fixed' && best.spec.kind !== 'date') return null;
  return match(i, best.end, best.spec, best.rule);
};

MODIFIABLE.push(monthDate, dayMonthDate, year, decade, relativePeriod, relativeMonth, weekday, season, quarter, relativeDay, century, holiday);

const RULES: readonly Rule[] = [
  numericDate, monthDate, dayMonthDate, holiday, fiscalYear, decade, century, year, relativeDay, weekday,
  relativePeriod, relativeMonth, season, quarter, anchoredPhrase, duration, setPhrase, setWord, clock, reference,
  modified,
];

function longestAt(s: TokenSeq, i: number): TimeMatch | null {
  let best: TimeMatch | null = null;
  for (const rule of RULES) {
    const m = rule(s, i);
    if (m && m.end > m.start && (!best || m.end > best.end)) best = m;
  }
  return best;
}

// ---------------------------------------------------------------------------------------------------
// Passes over the matches of a sentence

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
    if (m.spec.t !== 'date') return true;
    for (let k = m.end; k < Math.min(s.toks.length, m.end + 3); k++) {
      const t = s.toks[k]!;
      if (t.kind !== 'word' || !t.cap) return true;
      if (NAME_HEADS.has(t.lower)) return false;
    }
    return true;
  });
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
  return addAgoDurations(addYearRanges(s, nowAfterDuration(s, dropNames(s, mergeAppositions(s, found)))));
}

/**
 * "two years ago" is a date (TimeML 1.2); ISO-TimeML corpora such as MEANTIME also mark its measure "two years"
 * as a duration (P2Y) beside a non-consuming date. Both are kept, the duration as its own record.
 */
function addAgoDurations(matches: TimeMatch[]): TimeMatch[] {
  const out: TimeMatch[] = [];
  for (const m of matches) {
    out.push(m);
    if (m.spec.t === 'ago') out.push(match(m.start, m.end - 1, fixed(durationValue(m.spec.n, m.spec.unit), 'duration', 'duration'), 'ago-duration'));
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
