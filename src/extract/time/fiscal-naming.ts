// Fiscal years as an article names them: by the year they start in (Japanese companies, US retailers) and, with
// none named, by the months the article counts into one (round 12).
import { MONTHS, NUMBER_WORDS } from './lexicon.js';
import type { Token } from './tokens.js';

/** Words between a fiscal year and the month that closes it ("the fiscal year that ended March 31", "the year to March 1998"). */
const CLOSING_LINKS: ReadonlySet<string> = new Set(['ends', 'ended', 'ending', 'end', 'closes', 'closed', 'to', 'through', 'that', 'which', ',', 'in', 'on']);

/** Verbs after which the month opens the fiscal year ("which began April 1"). */
const OPENING_WORDS: ReadonlySet<string> = new Set(['begins', 'began', 'beginning', 'starts', 'started', 'starting']);

/**
 * The calendar month a fiscal year's span closes with, read from the words after it ("ended March 31" 3, "which began
 * April 1" 3, "to March 1998" 3), or null.
 */
function closingMonth(tokens: readonly Token[], end: number): number | null {
  let opens = false;
  for (let k = end; k < Math.min(tokens.length, end + 4); k++) {
    const word = tokens[k]!.lower;
    const m = tokens[k]!.cap ? MONTHS.get(word.replace(/\.$/, '')) : undefined;
    if (m !== undefined) return opens ? ((m + 10) % 12) + 1 : m;
    if (OPENING_WORDS.has(word)) opens = true;
    else if (!CLOSING_LINKS.has(word)) return null;
  }
  return null;
}

/**
 * "Tokai Bank's profit for fiscal 1997 will fall. The bank's fiscal year ends March 31": a fiscal year closing in
 * January to March is named by many companies (Japanese ones, US retailers) by the year it starts in. When the
 * article writes that year ("fiscal 1997") and never the year the span closes in, the span pinned by its closing
 * month is the written one (FY1997, was FY1998). Id: `times/fiscal-start-year-naming`; source: Japanese fiscal
 * years run April to March and are called by their first year; US retailers' years closing in January likewise.
 */
export function startYearNamed(value: string, tokens: readonly Token[], end: number, written: ReadonlySet<number>): string {
  const fy = /^FY(\d{4})$/.exec(value);
  if (!fy) return value;
  const n = Number(fy[1]);
  if (!written.has(n - 1) || written.has(n)) return value;
  const closes = closingMonth(tokens, end);
  return closes !== null && closes <= 3 ? `FY${n - 1}` : value;
}

/**
 * "the first four months of the fiscal year" with no fiscal year named (the US government's, a company's whose
 * calendar the article does not give): the months counted are over, told about a month after they closed, so the
 * year began N + 1 months before the report and is named by the year it ends in. Null when no count precedes.
 */
export function countedFiscalYear(tokens: readonly Token[], start: number, ref: { y: number; m: number }): string | null {
  if (tokens[start - 1]?.lower !== 'of' || tokens[start - 2]?.lower !== 'months' || tokens[start - 4]?.lower !== 'first') return null;
  const word = tokens[start - 3]!.lower;
  const n = /^\d+$/.test(word) ? Number(word) : NUMBER_WORDS.get(word);
  if (n === undefined || n < 1 || n > 11) return null;
  const closes = ref.m - 1 + 10 - n; // months from January of the report's year to the year's last month
  return `FY${ref.y + Math.floor(closes / 12)}`;
}

/**
 * "It earned $18 million in the fiscal year" with none named or pinned: a fiscal year told in the past has closed,
 * and most close in the last quarter of a calendar year and are reported within three months, so it is the year of
 * the month three months before the report.
 */
export function closedUndatedFiscalYear(ref: { y: number; m: number }): string {
  return `FY${ref.m > 3 ? ref.y : ref.y - 1}`;
}
