import type { NewsGraph } from '../graph/news-graph.js';
import type { ClaimNode, ClaimRecord, EventNode, EventRecord } from '../schema/graph.js';
import { queryInterval } from './date-query.js';
import { getQueryIndex, type DateBucket } from './query-index.js';
import { checkOptions, QueryFilterSchema } from './record-filter.js';
import { byArticleOffset, cachedRecord } from './records.js';

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

/**
 * What eventsOnDate and claimsOnDate share: the date nodes inside (or overlapping) the query, found by binary
 * search in the index's sorted buckets, then the records hanging off them, filtered, as frozen snapshots cached
 * per graph version. Sorted by the start of their date, the more precise first, then by article and offset.
 */
export function recordsOnDate(graph: NewsGraph, query: unknown, options: unknown, kind: 'event', caller: string): EventRecord[];
export function recordsOnDate(graph: NewsGraph, query: unknown, options: unknown, kind: 'claim', caller: string): ClaimRecord[];
export function recordsOnDate(graph: NewsGraph, query: unknown, options: unknown, kind: 'event' | 'claim', caller: string): (EventRecord | ClaimRecord)[] {
  const index = getQueryIndex(graph, caller);
  const { options: checked, filter } = checkOptions(options, QueryFilterSchema, caller, kind === 'event' ? 'events' : 'claims', true);
  const overlap = checked.overlap === true;
  const q = queryInterval(query, caller);
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
  const byDate = kind === 'event' ? index.eventsByDateNode : index.claimsByDateNode;
  const keep = kind === 'event' ? filter.event : filter.claim;
  const seen = new Set<string>();
  const found: { record: EventRecord | ClaimRecord; date: { start: number; end: number } }[] = [];
  for (const date of matches) {
    for (const source of byDate.get(date.key) ?? []) {
      if (seen.has(source)) continue;
      seen.add(source);
      if (keep !== null && !(keep as (n: EventNode | ClaimNode) => boolean)((index.recordNodes.get(source) ?? graph.getNodeAttributes(source)) as EventNode | ClaimNode)) continue;
      const record = kind === 'event' ? cachedRecord(graph, source, 'event', index) : cachedRecord(graph, source, 'claim', index);
      found.push({ record, date });
    }
  }
  return filter.page(found.sort(byDateThenOffset)).map((e) => e.record);
}

/** The order of date queries: by the start of the record's date, the more precise date first, then article and offset. */
export function byDateThenOffset(
  a: { record: { articleId: string; start: number; id: string }; date: { start: number; end: number } },
  b: { record: { articleId: string; start: number; id: string }; date: { start: number; end: number } },
): number {
  return a.date.start - b.date.start || a.date.end - b.date.end || byArticleOffset(a.record, b.record);
}
