import type { NewsGraph } from '../graph/news-graph.js';
import type { ClaimRecord } from '../schema/graph.js';
import { checkOptions, NameQueryOptionsSchema, type AmbiguityOption, type ClaimFilter } from './record-filter.js';
import { claimRecords, neighboursOver } from './records.js';
import { actorsForQuery } from './resolve-actor.js';
import { memoAnswer } from './query-index.js';

/**
 * Every claim made by the actor `nameOrId` (an id, a name or alias, or a person's surname; see `resolveActor`),
 * sorted by article, then offset. A name that fits several actors throws AmbiguousNameError listing them, unless
 * `ambiguous: 'all'`. Options filter the claims (date, kind, articleIds).
 *
 * @example
 * claimsByActor(graph, 'Varga').map((c) => c.content);
 * // ['the talks were very useful, constructive and substantive', ...]
 * claimsByActor(graph, 'actor:vladimir-putin', { kind: 'denial', date: '2025-12' }); // his denials in December
 */
export function claimsByActor(graph: NewsGraph, nameOrId: string, options: ClaimFilter & AmbiguityOption = {}): ClaimRecord[] {
  return memoAnswer(graph, 'claimsByActor', nameOrId, options, () => {
    const { options: o, filter } = checkOptions(options, NameQueryOptionsSchema, 'claimsByActor', 'claims');
    const actors = actorsForQuery(graph, nameOrId, 'claimsByActor', o.ambiguous);
    return filter.page(claimRecords(graph, neighboursOver(graph, actors, 'claimed', 'out', 'claim'), filter.claim));
  });
}
