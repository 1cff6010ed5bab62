import { InvalidInputError } from '../errors.js';
import { timemlInterval } from '../graph/timeml-interval.js';
import { describe } from './resolve-input.js';

/** A day or other TimeML date (`'2025-12-02'`, `'2025-12'`, `'2025-W49'`), a range `'from..to'`, or `{ from, to }`. */
export type DateQuery = string | { from: string; to: string };

/** A query as `[start, end)` in the milliseconds of `timemlInterval`. */
export interface QueryInterval {
  start: number;
  end: number;
}

export const DATE_USAGE =
  "pass a TimeML date such as '2025-12-02', '2025-12', '2025', '2025-W49' or '2025-Q4', " +
  "a range '2025-12-01..2025-12-03', or { from: '2025-12-01', to: '2025-12-03' }";

function interval(value: unknown, caller: string): QueryInterval {
  const found = typeof value === 'string' ? timemlInterval(value.trim()) : null;
  if (found === null) throw new InvalidInputError(`${caller}: ${describe(value)} is not a date; ${DATE_USAGE}`);
  return found;
}

/**
 * The query as `[start, end)`; a range runs from the start of `from` to the end of `to`, both inclusive.
 * Throws InvalidInputError, naming `caller`, when it is not a date or a range.
 */
export function queryInterval(query: unknown, caller: string): QueryInterval {
  let from: unknown;
  let to: unknown;
  if (typeof query === 'string' && query.includes('..')) {
    [from, to] = query.split('..');
  } else if (typeof query === 'object' && query !== null && !Array.isArray(query)) {
    ({ from, to } = query as { from?: unknown; to?: unknown });
  } else {
    return interval(query, caller);
  }
  const start = interval(from, `${caller} (from)`).start;
  const end = interval(to, `${caller} (to)`).end;
  if (start >= end) throw new InvalidInputError(`${caller}: the range ends before it starts; ${DATE_USAGE}`);
  return { start, end };
}

/**
 * True when the TimeML `value` lies inside the query at its own precision, or, with `overlap`, only overlaps it.
 * Undated and relative values (`PRESENT_REF`) never match.
 */
export function dateMatches(value: string | null, query: QueryInterval, overlap: boolean): boolean {
  const own = value === null ? null : timemlInterval(value);
  if (own === null) return false;
  if (own.start >= query.start && own.end <= query.end) return true;
  return overlap && own.start < query.end && own.end > query.start;
}
