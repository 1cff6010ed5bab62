import { z } from 'zod';
import type { NewsGraph } from '../graph/news-graph.js';
import { timemlInterval } from '../graph/timeml-interval.js';
import type { ClaimNode, ClaimRecord, EventNode, EventRecord, TimelineEntry } from '../schema/graph.js';
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
    const events: EventRecord[] = [];
    const claims: ClaimRecord[] = [];
    for (const key of o.records === 'claims' ? [] : index.nodesByType.get('event') ?? []) {
      if (filter.event !== null && !filter.event(graph.getNodeAttributes(key) as EventNode)) continue;
      events.push(cachedRecord(graph, key, 'event'));
    }
    for (const key of o.records === 'events' ? [] : index.nodesByType.get('claim') ?? []) {
      if (filter.claim !== null && !filter.claim(graph.getNodeAttributes(key) as ClaimNode)) continue;
      claims.push(cachedRecord(graph, key, 'claim'));
    }
    return filter.page(timelineEntries(events, claims));
  });
}

/**
 * Events and claims as timeline entries in timeline order: by the start of their date's interval, the more
 * precise date first, then by article and offset; undated and relative dates last. Entries are frozen like the
 * records (a kept answer hands out the same objects again). The store sorts with it too.
 */
export function timelineEntries(events: readonly EventRecord[], claims: readonly ClaimRecord[]): TimelineEntry[] {
  const items: Sortable[] = [];
  const intervalOf = (date: string | null) => (date === null ? null : timemlInterval(date));
  for (const event of events) {
    const interval = intervalOf(event.date);
    items.push({
      entry: Object.freeze({ kind: 'event' as const, date: event.date, record: event }),
      start: interval?.start ?? Infinity,
      end: interval?.end ?? Infinity,
      record: event,
    });
  }
  for (const claim of claims) {
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
}
