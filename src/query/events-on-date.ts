import type { NewsGraph } from '../graph/news-graph.js';
import type { EventRecord } from '../schema/graph.js';
import type { DateQuery } from './date-query.js';
import type { EventFilter } from './record-filter.js';
import { recordsOnDate } from './records-on-date.js';
import { memoAnswer } from './query-index.js';

export type { DateQuery } from './date-query.js';

/**
 * Options of eventsOnDate: the event filters (not `date`, which is the argument), and `overlap`: also return
 * events whose date only overlaps the query (a `2025-12` event for the day `2025-12-02`, or a `2025-W49` event for
 * a range that holds only part of that week). Default false: the event's date, at its own precision, must lie
 * inside the query.
 */
export type EventsOnDateOptions = Omit<EventFilter, 'date'>;

/**
 * Events dated on a day or within a range, judged at the precision of each event's own date: an event dated
 * `2025-12-02` or `2025-12-02T14:00` matches the day `2025-12-02`; one dated `2025-12` or `2025-W49` matches it
 * only with `{ overlap: true }`. A range `{ from, to }` includes both ends at their precision. Events with no
 * date or a relative one (`PRESENT_REF`) never match. Sorted by the start of their date, the more precise date
 * first when two start together, then by article and offset.
 *
 * Looks dates up in a sorted index (see `getQueryIndex`), not by scanning events. The records are frozen
 * snapshots shared between calls on the same graph version (copy one before changing it). Throws InvalidInputError when
 * the query is not a date or range, InvalidOptionsError for an unknown or ill-typed option.
 *
 * @example
 * eventsOnDate(graph, '2025-12-02'); // events on December 2
 * eventsOnDate(graph, { from: '2025-12-01', to: '2025-12-03' }); // events on December 1, 2 or 3
 * eventsOnDate(graph, '2025-12-02', { overlap: true }); // also events dated December 2025 or that week
 * eventsOnDate(graph, '2025-12', { type: 'attack', modality: 'asserted' }); // attacks reported as fact in December
 */
export function eventsOnDate(graph: NewsGraph, query: DateQuery, options: EventsOnDateOptions = {}): EventRecord[] {
  return memoAnswer(graph, 'eventsOnDate', query, options, () => {
    return recordsOnDate(graph, query, options, 'event', 'eventsOnDate');
  });
}
