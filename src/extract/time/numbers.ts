// Numbers, quantities and units of the time grammar, and the TimeML duration value they make.
import { NUMBER_WORDS, ORDINAL_WORDS, UNITS_PLURAL, UNITS_SINGULAR, VAGUE_QUANTITIES, type Unit } from './lexicon.js';
import { attached, freeNumber, tok, w, type TokenSeq } from './token-seq.js';

/** "two-and-a-half years": the words glued after a number word that add a half. */
const AND_A_HALF: readonly string[] = ['-', 'and', '-', 'a', '-', 'half'];

/** A cardinal in digits ("30", "2.5", "1,000") or words ("five", "twenty-five", "one hundred"). */
export function parseNumber(s: TokenSeq, i: number): { n: number; end: number } | null {
  const t = tok(s, i);
  if (!t) return null;
  if (t.kind === 'num') {
    if (!freeNumber(s, i) && tok(s, i - 1)?.text !== '-' && tok(s, i - 1)?.text !== '(') return null;
    // "the 1998-99 season": the clipped second year of a span, not a count
    if (tok(s, i - 1)?.text === '-' && attached(s, i - 1) && attached(s, i) && tok(s, i - 2)?.kind === 'num' && tok(s, i - 2)!.text.length === 4) return null;
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
    const fraction = fractionAt(s, end);
    if (fraction) return { n: Number(digits) + fraction.value, end: fraction.end };
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
  if (AND_A_HALF.every((word, k) => w(s, end + k) === word && attached(s, end + k))) return { n: n + 0.5, end: end + AND_A_HALF.length };
  return { n, end };
}

/** "1 1/2 years", "2 3/4 hours": a written fraction after a whole number, as newswire prints it. */
function fractionAt(s: TokenSeq, i: number): { value: number; end: number } | null {
  const top = tok(s, i);
  const bottom = tok(s, i + 2);
  if (top?.kind !== 'num' || !top.space || w(s, i + 1) !== '/' || !attached(s, i + 1) || bottom?.kind !== 'num' || !attached(s, i + 2)) return null;
  const [a, b] = [Number(top.text), Number(bottom.text)];
  if ((b !== 2 && b !== 4) || a < 1 || a >= b) return null;
  return { value: a / b, end: i + 3 };
}

/** A quantity before a unit: a number, "a"/"an", or a vague one ("a few", "several") written X. */
export function parseQuantity(s: TokenSeq, i: number): { n: number | 'X'; end: number; article: boolean } | null {
  const l = w(s, i);
  if (l === 'a' || l === 'an') {
    const next = w(s, i + 1);
    if (next === 'few') return { n: 'X', end: i + 2, article: false };
    if (next === 'couple') return { n: 2, end: w(s, i + 2) === 'of' ? i + 3 : i + 2, article: false };
    if (next === 'number' && w(s, i + 2) === 'of') return { n: 'X', end: i + 3, article: false };
    if (next === 'dozen') return { n: 12, end: i + 2, article: false };
    if (next === 'single') return { n: 1, end: i + 2, article: false }; // "in a single day" is a span, not a rate
    // "a rough couple of weeks", "a busy couple of months": an adjective before "couple of" keeps the count
    const adjective = tok(s, i + 1);
    if (adjective?.kind === 'word' && !adjective.cap && w(s, i + 2) === 'couple' && w(s, i + 3) === 'of') return { n: 2, end: i + 4, article: false };
    return { n: 1, end: i + 1, article: true };
  }
  if (VAGUE_QUANTITIES.has(l)) {
    if (parseNumber(s, i + 1)) return null; // "some 20 years": the number is the quantity
    return { n: 'X', end: i + 1, article: false };
  }
  if (l === 'single' && w(s, i + 1) === '-' && attached(s, i + 1)) return { n: 1, end: i + 1, article: false }; // "single-day"
  if ((l === 'dozens' || l === 'hundreds' || l === 'thousands') && w(s, i + 1) === 'of') return { n: 'X', end: i + 2, article: false };
  const number = parseNumber(s, i);
  return number ? { ...number, article: false } : null;
}

export function unitAt(s: TokenSeq, i: number): { unit: Unit; plural: boolean } | null {
  const l = w(s, i);
  const singular = UNITS_SINGULAR.get(l);
  if (singular) return { unit: singular, plural: false };
  const short = afterDigits(s, i) ? UNIT_ABBREVIATIONS.get(l) : undefined;
  if (short) return { unit: short, plural: l.endsWith('s') };
  const plural = UNITS_PLURAL.get(l);
  return plural ? { unit: plural, plural: true } : null;
}

/**
 * "Updated 45 mins ago", "a 90-min flight", "1 hr ago": abbreviated units of live blogs and listings (round 20; were no
 * time), read only right after digits ("min" alone may be a minimum, "HR" a department). Id: `times/unit-abbreviations`.
 */
const UNIT_ABBREVIATIONS: ReadonlyMap<string, Unit> = new Map(
  ([['min', 'minute'], ['mins', 'minute'], ['hr', 'hour'], ['hrs', 'hour'], ['sec', 'second'], ['secs', 'second']] as const).map(([a, u]) => [a, UNITS_SINGULAR.get(u)!]),
);

function afterDigits(s: TokenSeq, i: number): boolean {
  const before = tok(s, i - 1);
  if (before?.kind === 'num') return true;
  return before?.text === '-' && attached(s, i - 1) && tok(s, i - 2)?.kind === 'num';
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

/** An ordinal in words or digits ("third", "3rd", "twenty-first"). */
export function ordinalAt(s: TokenSeq, i: number): { n: number; end: number } | null {
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
