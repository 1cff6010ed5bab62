import type { NewsGraph } from '../graph/news-graph.js';
import type { DisputedClaim } from '../schema/graph.js';
import { getQueryIndex, memoAnswer } from './query-index.js';
import { checkOptions, QueryFilterSchema, type ClaimFilter } from './record-filter.js';
import { claimRecords, neighboursOver } from './records.js';

/**
 * Every claim that another claim disputes (a denial or rejection of it), with the disputing claims and their
 * claimants. Sorted by the disputed claim's article, then offset. Options filter the disputed claims (date, kind,
 * articleIds); the claims disputing them are all listed.
 *
 * @example
 * // graph: the sample article, where Ukraine denies that Russia took Pokrovsk
 * const disputes = disputedClaims(graph);
 * disputes.some((d) => d.disputedBy.some((c) => c.claimant === 'Ukraine' && c.kind === 'denial')); // true
 * disputedClaims(graph, { date: '2025-12-01..2025-12-07' }); // claims of that week that someone disputed
 */
export function disputedClaims(graph: NewsGraph, options: ClaimFilter = {}): DisputedClaim[] {
  return memoAnswer(graph, 'disputedClaims', null, options, () => {
    const index = getQueryIndex(graph, 'disputedClaims');
    const { filter } = checkOptions(options, QueryFilterSchema, 'disputedClaims', 'claims');
    // frozen like the records: a kept answer hands out these same objects again
    return filter.page(claimRecords(graph, index.disputed, filter.claim)).map((claim) => Object.freeze({
      claim,
      disputedBy: Object.freeze(claimRecords(graph, neighboursOver(graph, [claim.id], 'disputes', 'in', 'claim'), null)) as DisputedClaim['disputedBy'],
    }));
  });
}
