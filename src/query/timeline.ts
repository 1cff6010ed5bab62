import type { NewsGraph } from '../graph/news-graph.js';
import { timemlInterval } from '../graph/timeml-interval.js';
import type { TimelineEntry } from '../schema/graph.js';
import { getQueryIndex } from './query-index.js';
import { byArticleOffset, claimRecord, eventRecord } from './records.js';

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
 *
 * @example
 * timeline(graph).map((t) => `${t.date ?? '?'} ${t.kind}`);
 * // ['2025-12-02 event', '2025-12-02 claim', '2025-12-03 claim', '? claim']
 */
export function timeline(graph: NewsGraph): TimelineEntry[] {
  const index = getQueryIndex(graph, 'timeline');
  const items: Sortable[] = [];
  const intervalOf = (date: string | null) => (date === null ? null : timemlInterval(date));
  for (const key of index.nodesByType.get('event') ?? []) {
    const event = eventRecord(graph, key);
    const interval = intervalOf(event.date);
    items.push({
      entry: { kind: 'event', date: event.date, record: event },
      start: interval?.start ?? Infinity,
      end: interval?.end ?? Infinity,
      record: event,
    });
  }
  for (const key of index.nodesByType.get('claim') ?? []) {
    const claim = claimRecord(graph, key);
    const interval = intervalOf(claim.date);
    items.push({
      entry: { kind: 'claim', date: claim.date, record: claim },
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
