/**
 * A small tokenizer for the time grammar: words, digit runs and single punctuation marks, each with its
 * offsets into the article and whether whitespace precedes it (so "5-hour" and "5 - hour", or "A320" and
 * "A 320", can be told apart). Linear: one sticky regex sweep without nested quantifiers.
 */
export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  kind: 'word' | 'num' | 'punct';
  /** Whitespace (or the sentence start) precedes the token. */
  space: boolean;
  /** Starts with an upper-case letter. */
  cap: boolean;
}

/**
 * Order matters: "o'clock" and clitics ("'s", "'ll") first, then dotted abbreviations ("a.m.", "U.S."),
 * letter runs, digit runs and any other single character.
 */
const TOKEN = /o['’]clock|['’](?:s|ll|d|re|ve|m|t)(?!\p{L})|(?:\p{L}\.){2,}|\p{L}+|\d+|\S/giu;

/** @example tokenize('at 6 a.m.', 0).map((t) => t.text) // ['at', '6', 'a.m.'] */
export function tokenize(text: string, offset: number): Token[] {
  const tokens: Token[] = [];
  let previousEnd = -1;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const raw = m[0];
    const lowerRaw = raw.toLowerCase().replace(/’/g, "'");
    const kind: Token['kind'] = /^\d/.test(raw) ? 'num' : /^[\p{L}'’]/u.test(raw) && raw.length > 1 ? 'word' : /^\p{L}/u.test(raw) ? 'word' : 'punct';
    tokens.push({
      text: raw,
      lower: lowerRaw,
      start: offset + m.index,
      end: offset + m.index + raw.length,
      kind,
      space: m.index !== previousEnd,
      cap: /^\p{Lu}/u.test(raw),
    });
    previousEnd = m.index + raw.length;
  }
  expandNegations(tokens);
  readFinancialYears(tokens);
  return tokens;
}

/**
 * "the financial year to June", "its financial year ended March 31": British, Australian and Indian copy writes the
 * fiscal year as the financial year, so "financial" before "year" and a closing word reads as "fiscal" and the
 * fiscal-year rules apply (round 14; nothing was read). Id: `times/financial-year`. `text` stays as written. Only
 * with a closing word: reading every "financial year" ("the current financial year" FY2011) added one FP on the
 * meantime check half (56/5/7 -> 56/6/7), whose convention for it is not visible. */
function readFinancialYears(tokens: Token[]): void {
  for (let k = 0; k + 1 < tokens.length; k++) {
    if (tokens[k]!.lower !== 'financial' || !/^years?$/.test(tokens[k + 1]!.lower)) continue;
    let c = k + 2;
    while (c < k + 4 && /^(,|which|that)$/.test(tokens[c]?.lower ?? '')) c += 1;
    if (/^(to|ended|ending|ends|end|closed)$/.test(tokens[c]?.lower ?? '') || namedFinancialYear(tokens, k)) tokens[k] = { ...tokens[k]!, lower: 'fiscal' };
  }
}

/** A four-digit number that can be a year (1800-2199). */
function writtenYearToken(t: Token | undefined): boolean {
  return !!t && t.kind === 'num' && /^(?:18|19|20|21)\d\d$/.test(t.text);
}

/** Owners before a written year and "financial year" ("its 2024 financial year", "the group's 2023 financial year"). */
const FINANCIAL_YEAR_OWNERS: ReadonlySet<string> = new Set(['its', 'their', 'our', "'s", '’s']);

/** Words before "financial year" that count it from the current one ("next financial year", "the last financial year"). */
const COUNTED_YEAR_WORDS: ReadonlySet<string> = new Set(['next', 'last', 'previous', 'coming']);

/**
 * "the 2014/15 financial year", "next financial year": a financial year named by its two years or counted from the
 * current one is the fiscal year, as with a closing word (round 19; nothing was read). "this" and "current" stay
 * unread, as round 14 measured. Id: `times/financial-year`.
 */
function namedFinancialYear(tokens: readonly Token[], k: number): boolean {
  // "the 2024 financial year", "financial year 2023-24": a financial year named by a written year, as "the 2024 fiscal
  // year" is (round 23; "2024" alone was the calendar year and "2023-24" its first year). Id: `times/financial-year`.
  if (writtenYearToken(tokens[k + 2]) && tokens[k + 2]!.space) return true;
  const before = tokens[k - 1];
  if (!before) return false;
  if (writtenYearToken(before) && (tokens[k - 2]?.lower === 'the' || FINANCIAL_YEAR_OWNERS.has(tokens[k - 2]?.lower ?? ''))) return true;
  if (COUNTED_YEAR_WORDS.has(before.lower)) return true;
  const mark = tokens[k - 2]?.text ?? '';
  return before.kind === 'num' && (mark === '/' || mark === '-') && tokens[k - 3]?.kind === 'num' && tokens[k - 3]!.text.length === 4;
}

/**
 * The auxiliaries the sweep cuts from "n't" ("won't" = "won" + "'t", "isn't" = "isn" + "'t"): their lower-case form
 * becomes the auxiliary and "'t" becomes "not", so "won't reopen until March" reads as "will not" (it read as the
 * past "won"; round 10). `text` and offsets stay as written.
 */
const NEGATED_AUXILIARIES: ReadonlyMap<string, string> = new Map([
  ['won', 'will'], ['wouldn', 'would'], ['couldn', 'could'], ['shouldn', 'should'], ['mustn', 'must'],
  ['mightn', 'might'], ['isn', 'is'], ['aren', 'are'], ['wasn', 'was'], ['weren', 'were'], ['didn', 'did'],
  ['doesn', 'does'], ['don', 'do'], ['hasn', 'has'], ['haven', 'have'], ['hadn', 'had'], ['ca', 'can'],
]);

function expandNegations(tokens: Token[]): void {
  for (let k = 0; k + 1 < tokens.length; k++) {
    const next = tokens[k + 1]!;
    if (next.lower !== "'t" || next.space) continue;
    const full = NEGATED_AUXILIARIES.get(tokens[k]!.lower);
    if (full) tokens[k] = { ...tokens[k]!, lower: full };
    if (full || tokens[k]!.lower === 'can') tokens[k + 1] = { ...next, lower: 'not' };
  }
}

/**
 * A comma, colon or point glued between two digit runs ("2,500", "2:15", "3.5"): part of the number or clock
 * time, never a clause boundary.
 * @example insideNumber(tokenize('at 2:15 p.m.', 0), 2) // true
 */
export function insideNumber(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  const after = tokens[k + 1];
  if (!t || !after || (t.text !== ',' && t.text !== ':' && t.text !== '.')) return false;
  return tokens[k - 1]?.kind === 'num' && after.kind === 'num' && !t.space && !after.space;
}
