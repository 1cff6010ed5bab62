import type { NewsGraph } from '../graph/news-graph.js';
import type { ClaimRecord } from '../schema/graph.js';
import type { DateQuery } from './date-query.js';
import type { ClaimFilter } from './record-filter.js';
import { recordsOnDate } from './records-on-date.js';
import { memoAnswer } from './query-index.js';

/** Options of claimsOnDate: the claim filters (not `date`, which is the argument) and `overlap`, as for eventsOnDate. */
export type ClaimsOnDateOptions = Omit<ClaimFilter, 'date'>;

/**
 * Claims made on a day or within a range (a claim's date is the date its sentence gives, else the article's
 * publication date), judged at the precision of each claim's date as eventsOnDate judges events. Sorted by date,
 * then by article and offset; the records are frozen snapshots.
 *
 * @example
 * claimsOnDate(graph, '2025-12-02').map((c) => `${c.claimant}: ${c.content}`);
 * claimsOnDate(graph, '2025-12-01..2025-12-07', { kind: ['denial', 'rejection'] }); // denials that week
 */
export function claimsOnDate(graph: NewsGraph, query: DateQuery, options: ClaimsOnDateOptions = {}): ClaimRecord[] {
  return memoAnswer(graph, 'claimsOnDate', query, options, () => {
    return recordsOnDate(graph, query, options, 'claim', 'claimsOnDate');
  });
}
