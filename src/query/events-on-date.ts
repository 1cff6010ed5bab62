import { InvalidInputError, InvalidOptionsError } from '../errors.js';
import type { NewsGraph } from '../graph/news-graph.js';
import { timemlInterval } from '../graph/timeml-interval.js';
import type { EventRecord } from '../schema/graph.js';
import { getQueryIndex, type DateBucket } from './query-index.js';
import { byArticleOffset, eventRecord } from './records.js';
import { describe } from './resolve-input.js';

/** A day or other TimeML date (`'2025-12-02'`, `'2025-12'`, `'2025-W49'`), a range `'from..to'`, or `{ from, to }`. */
export type DateQuery = string | { from: string; to: string };

export interface EventsOnDateOptions {
  /**
   * Also return events whose date only overlaps the query: a `2025-12` event for the day `2025-12-02`, or a
   * `2025-W49` event for a range that holds only part of that week. Default false: the event's date, at its own
   * precision, must lie inside the query.
   */
  overlap?: boolean;
}

const USAGE =
  "pass a TimeML date such as '2025-12-02', '2025-12', '2025', '2025-W49' or '2025-Q4', " +
  "a range '2025-12-01..2025-12-03', or { from: '2025-12-01', to: '2025-12-03' }";

function interval(value: unknown, caller: string): { start: number; end: number } {
  const found = typeof value === 'string' ? timemlInterval(value.trim()) : null;
  if (found === null) throw new InvalidInputError(`${caller}: ${describe(value)} is not a date; ${USAGE}`);
  return found;
}

/** The query as `[start, end)`; a range runs from the start of `from` to the end of `to`, both inclusive. */
function queryInterval(query: unknown): { start: number; end: number } {
  let from: unknown;
  let to: unknown;
  if (typeof query === 'string' && query.includes('..')) {
    [from, to] = query.split('..');
  } else if (typeof query === 'object' && query !== null && !Array.isArray(query)) {
    ({ from, to } = query as { from?: unknown; to?: unknown });
  } else {
    return interval(query, 'eventsOnDate');
  }
  const start = interval(from, 'eventsOnDate (from)').start;
  const end = interval(to, 'eventsOnDate (to)').end;
  if (start >= end) throw new InvalidInputError(`eventsOnDate: the range ends before it starts; ${USAGE}`);
  return { start, end };
}

/** First position in a bucket whose start is >= `at`. */
function lowerBound(bucket: DateBucket, at: number): number {
  let lo = 0;
  let hi = bucket.items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((bucket.items[mid] as { start: number }).start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Freezes a JSON-like record and everything in it: results are shared read-only snapshots of the graph. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

/**
 * Events dated on a day or within a range, judged at the precision of each event's own date: an event dated
 * `2025-12-02` or `2025-12-02T14:00` matches the day `2025-12-02`; one dated `2025-12` or `2025-W49` matches it
 * only with `{ overlap: true }`. A range `{ from, to }` includes both ends at their precision. Events with no
 * date or a relative one (`PRESENT_REF`) never match. Sorted by the start of their date, the more precise date
 * first when two start together, then by article and offset.
 *
 * Looks dates up in a sorted index (see `getQueryIndex`), not by scanning events. The records are frozen
 * snapshots shared between calls on the same graph version (copy one before changing it). Throws InvalidInputError when
 * the query is not a date or range.
 *
 * @example
 * eventsOnDate(graph, '2025-12-02'); // events on December 2
 * eventsOnDate(graph, { from: '2025-12-01', to: '2025-12-03' }); // events on December 1, 2 or 3
 * eventsOnDate(graph, '2025-12-02', { overlap: true }); // also events dated December 2025 or that week
 */
export function eventsOnDate(graph: NewsGraph, query: DateQuery, options: EventsOnDateOptions = {}): EventRecord[] {
  const index = getQueryIndex(graph, 'eventsOnDate');
  if (typeof options !== 'object' || options === null || (options.overlap !== undefined && typeof options.overlap !== 'boolean')) {
    throw new InvalidOptionsError('eventsOnDate options.overlap must be a boolean', ['overlap']);
  }
  const overlap = options.overlap === true;
  const q = queryInterval(query);
  const matches: DateBucket['items'] = [];
  for (const bucket of index.dateBuckets.values()) {
    // A date that overlaps the query starts at most maxLength before it; one inside it starts inside it.
    for (let i = lowerBound(bucket, overlap ? q.start - bucket.maxLength : q.start); i < bucket.items.length; i++) {
      const item = bucket.items[i] as DateBucket['items'][number];
      if (item.start >= q.end) break;
      const inside = item.start >= q.start && item.end <= q.end;
      if (inside || (overlap && item.end > q.start)) matches.push(item);
    }
  }
  const seen = new Set<string>();
  const events: { record: EventRecord; date: { start: number; end: number } }[] = [];
  for (const date of matches) {
    for (const source of index.eventsByDateNode.get(date.key) ?? []) {
      if (seen.has(source)) continue;
      seen.add(source);
      let record = index.eventRecords.get(source);
      if (record === undefined) {
        record = deepFreeze(eventRecord(graph, source));
        index.eventRecords.set(source, record);
      }
      events.push({ record, date });
    }
  }
  return events
    .sort((a, b) => a.date.start - b.date.start || a.date.end - b.date.end || byArticleOffset(a.record, b.record))
    .map((e) => e.record);
}
