import { z } from 'zod';
import type { NewsGraph } from '../graph/news-graph.js';
import { timemlInterval } from '../graph/timeml-interval.js';
import type { TimelineEntry } from '../schema/graph.js';
import type { ClaimNode, EventNode } from '../schema/graph.js';
import { getQueryIndex, memoAnswer } from './query-index.js';
import { checkOptions, QueryFilterSchema, type QueryFilter } from './record-filter.js';
import { byArticleOffset, cachedRecord } from './records.js';

const TimelineOptionsSchema = QueryFilterSchema.extend({ records: z.enum(['events', 'claims', 'both']).optional() });

export interface TimelineOptions extends QueryFilter {
  /** Which records to list. Default `'both'`. */
  records?: 'events' | 'claims' | 'both';
}

interface Sortable {
  entry: TimelineEntry;
  start: number;
  end: number;
  record: { articleId: string; start: number; id: string };
}

/**
 * Every event and claim in date order: by the start of its date's interval, the more precise date first when two
 * start together (`2025-12-01` before `2025-12`), then by article and offset. Undated items, and items with a
 * relative date such as `PRESENT_REF`, come last in article and offset order.
 *
 * Each entry is `{ kind: 'event', date, record: EventRecord }` or `{ kind: 'claim', date, record: ClaimRecord }`.
 * Options filter both (date, articleIds); `type` and `modality` narrow the events only, `kind` the claims only,
 * and `records: 'events'` or `'claims'` keeps one of the two.
 *
 * @example
 * timeline(graph).map((t) => `${t.date ?? '?'} ${t.kind}`);
 * // ['2025-12-02 event', '2025-12-02 claim', '2025-12-03 claim', '? claim']
 * timeline(graph, { date: '2025-12', records: 'events', modality: 'asserted' }); // December's events reported as fact
 */
export function timeline(graph: NewsGraph, options: TimelineOptions = {}): TimelineEntry[] {
  return memoAnswer(graph, 'timeline', null, options, () => {
    const index = getQueryIndex(graph, 'timeline');
    const { options: o, filter } = checkOptions(options, TimelineOptionsSchema, 'timeline', 'both');
    const items: Sortable[] = [];
    const intervalOf = (date: string | null) => (date === null ? null : timemlInterval(date));
    for (const key of o.records === 'claims' ? [] : index.nodesByType.get('event') ?? []) {
      if (filter.event !== null && !filter.event(graph.getNodeAttributes(key) as EventNode)) continue;
      const event = cachedRecord(graph, key, 'event');
      const interval = intervalOf(event.date);
      items.push({
        entry: Object.freeze({ kind: 'event' as const, date: event.date, record: event }),
        start: interval?.start ?? Infinity,
        end: interval?.end ?? Infinity,
        record: event,
      });
    }
    for (const key of o.records === 'events' ? [] : index.nodesByType.get('claim') ?? []) {
      if (filter.claim !== null && !filter.claim(graph.getNodeAttributes(key) as ClaimNode)) continue;
      const claim = cachedRecord(graph, key, 'claim');
      const interval = intervalOf(claim.date);
      items.push({
        entry: Object.freeze({ kind: 'claim' as const, date: claim.date, record: claim }),
        start: interval?.start ?? Infinity,
        end: interval?.end ?? Infinity,
        record: claim,
      });
    }
    const compare = (a: Sortable, b: Sortable): number => {
      if (a.start !== b.start) return a.start < b.start ? -1 : 1;
      if (a.end !== b.end) return a.end < b.end ? -1 : 1;
      return byArticleOffset(a.record, b.record);
    };
    return items.sort(compare).map((item) => item.entry);
  });
}
