import { pushTo } from '../multimap.js';
import type { Span } from '../schema/span.js';

/**
 * Lookups by position for the records of one article, so per-sentence and per-trigger questions cost
 * O(log n) instead of a scan of the whole article: a long article must parse in time linear in its length.
 */

/** Groups items by their sentence index. */
export function groupBySentence<T extends { sentenceIndex: number }>(items: readonly T[]): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const item of items) pushTo(groups, item.sentenceIndex, item);
  return groups;
}

/** Index of the first item whose start is >= `offset`, in items sorted by start. */
export function firstAtOrAfter(items: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((items[mid] as Span).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Items (sorted by start) that lie wholly inside `span`. */
export function within<T extends Span>(items: readonly T[], span: Span): T[] {
  const out: T[] = [];
  for (let i = firstAtOrAfter(items, span.start); i < items.length; i++) {
    const item = items[i] as T;
    if (item.start >= span.end) break;
    if (item.end <= span.end) out.push(item);
  }
  return out;
}
