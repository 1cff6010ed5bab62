import type { NewsGraph } from '../graph/news-graph.js';
import type { DisputedClaim } from '../schema/graph.js';
import { getQueryIndex } from './query-index.js';
import { byArticleOffset, claimRecord, neighboursOver } from './records.js';

/**
 * Every claim that another claim disputes (a denial or rejection of it), with the disputing claims and their
 * claimants. Sorted by the disputed claim's article, then offset.
 *
 * @example
 * const [first] = disputedClaims(graph);
 * first?.claim.claimant; // 'Russian Defense Ministry'
 * first?.disputedBy.map((c) => c.claimant); // ['Ukraine']
 */
export function disputedClaims(graph: NewsGraph): DisputedClaim[] {
  const index = getQueryIndex(graph, 'disputedClaims');
  return index.disputed
    .map((key) => ({
      claim: claimRecord(graph, key),
      disputedBy: [...neighboursOver(graph, [key], 'disputes', 'in', 'claim')]
        .map((other) => claimRecord(graph, other))
        .sort(byArticleOffset),
    }))
    .sort((a, b) => byArticleOffset(a.claim, b.claim));
}
