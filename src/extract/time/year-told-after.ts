import type { TimeMatch, TimeSpec } from './spec.js';
import { isPastForm } from './tense.js';
import { insideNumber, type Token } from './tokens.js';

/** Prepositions that tie a month to the noun before it ("sales in December", "output for March"). */
const MONTH_OF_NOUN: ReadonlySet<string> = new Set(['in', 'for', 'during']);
/** Prepositions before the year that closes the clause ("rose 4 percent in 2022"). */
const YEAR_OF_CLAUSE: ReadonlySet<string> = new Set(['in', 'during']);
/**
 * Words between the month and the year that start another clause or another time frame ("hired in March after losing
 * his job in 2022", "opened in May, having closed in 2019"). Source: the clause links of `sameClause` in times.ts and
 * the prepositions of span and sequence.
 */
const GAP_BREAKS: ReadonlySet<string> = new Set([
  'and', 'but', 'while', 'whereas', 'that', 'which', 'who', 'although', 'though', 'because', 'after', 'before', 'since',
  'until', 'till', 'when', 'from', 'than', 'by', 'said', 'says', 'if', 'as', 'compared',
]);
/** How many tokens may stand between the month and the year. */
const GAP_REACH = 10;

/**
 * "Sales in December rose 4 percent in 2022", "Exports for March fell 2 percent in 2019": a month that dates the noun
 * before the verb of a clause whose figure a written year closes is a month of that year, as a year written first
 * ("In 2022, sales in December rose") gives it (round 24; was the month nearest the report). Id:
 * `times/year-told-after`; source: invented retail and trade data reports. The month's noun must not be a verb ("was
 * hired in March after ... in 2022" keeps March the report's), and no clause link, comma or other time stands between.
 * Returns the month's spec with that year and the year's key, or null.
 */
export function yearToldAfter(
  tokens: readonly Token[], m: TimeMatch, others: readonly { match: TimeMatch; key: number }[],
): { spec: TimeSpec; key: number } | null {
  const spec = m.spec;
  if (spec.t !== 'date' || spec.m === undefined || spec.y !== undefined || spec.yy !== undefined || spec.yOffset !== undefined || spec.yAnaphoric || spec.dir !== 'bare' || spec.periodOf) return null;
  if (!MONTH_OF_NOUN.has(tokens[m.start - 1]?.lower ?? '')) return null;
  const noun = tokens[m.start - 2];
  const opening = m.start - 2 === 0; // a noun or gerund opening the sentence ("Spending during November")
  if (!noun || noun.kind !== 'word' || (noun.cap && !opening) || isPastForm(noun) || (/ing$/.test(noun.lower) && !opening)) return null;
  const year = others.find((g) => g.match.start > m.end);
  const ys = year?.match.spec;
  if (!year || ys?.t !== 'date' || ys.y === undefined || ys.m !== undefined || ys.opensSpan) return null;
  if (!YEAR_OF_CLAUSE.has(tokens[year.match.start - 1]?.lower ?? '') || year.match.start - m.end > GAP_REACH) return null;
  let verb = false;
  for (let k = m.end; k < year.match.start - 1; k++) {
    const t = tokens[k]!;
    if (GAP_BREAKS.has(t.lower) || (t.kind === 'punct' && t.text !== '%' && !insideNumber(tokens, k))) return null;
    verb ||= isPastForm(t);
  }
  return verb ? { spec: { ...spec, y: ys.y }, key: year.key } : null;
}
