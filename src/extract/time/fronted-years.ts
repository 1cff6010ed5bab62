import type { Resolved } from './resolve.js';
import type { TimeMatch } from './spec.js';
import type { Token } from './tokens.js';

/**
 * "Last year, shoppers spent $9.8 billion on Black Friday", "Two years ago, the plant closed in April", "A year
 * earlier, the firm lost money in the first quarter": a counted year opening the sentence sets the scene for the
 * whole clause, so a month, a day, a feast or a quarter after it without a year of its own is of that year, as after
 * a written "In 2019," (round 23; they were told from the report: Black Friday 2024, April 2024). Id:
 * `times/fronted-relative-year`; source: invented retail, earnings and plant reports. Not a possessive ("Last year's
 * winner will race on March 3" names a person, not the scene) and only a calendar year (no `FY`).
 * Returns the year in `writtenYear`'s shape, or null.
 */
export function frontedRelativeYear(tokens: readonly Token[], m: TimeMatch, r: Resolved, key: number): { key: number; y: number; end: number } | null {
  if (m.start !== 0 || r.point?.gran !== 'year' || !/^\d{4}$/.test(r.value)) return null;
  if (m.spec.t === 'date' && m.spec.y !== undefined) return null; // a written year: `writtenYear`
  const after = tokens[m.end];
  if (!after || after.lower === "'s" || after.lower === '’s') return null;
  return { key, y: Number(r.value), end: m.end };
}
