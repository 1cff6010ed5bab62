import type { NewsGraph } from '../graph/news-graph.js';
import type { ClaimRecord } from '../schema/graph.js';
import { byArticleOffset, claimRecord, neighboursOver } from './records.js';
import { resolveActorKeys } from './resolve-actor.js';

/**
 * Every claim made by the actor `nameOrId` (an id, a name or alias, or a person's surname; see `resolveActor`),
 * sorted by article, then offset. When a surname fits several people, their claims are all returned.
 *
 * @example
 * claimsByActor(graph, 'Varga').map((c) => c.content);
 * // ['the talks were very useful, constructive and substantive', ...]
 */
export function claimsByActor(graph: NewsGraph, nameOrId: string): ClaimRecord[] {
  const actors = resolveActorKeys(graph, nameOrId, 'claimsByActor');
  const claims = neighboursOver(graph, actors, 'claimed', 'out', 'claim');
  return [...claims].map((key) => claimRecord(graph, key)).sort(byArticleOffset);
}
