import type { NewsGraph } from '../graph/news-graph.js';
import type { ClaimRecord } from '../schema/graph.js';
import { byArticleOffset, claimRecord, neighboursOver } from './records.js';
import { getQueryIndex } from './query-index.js';
import { resolveActorKeys } from './resolve-actor.js';
import { resolvePlaceKeys } from './resolve-place.js';

const SUBJECT_TYPES = new Set(['actor', 'place', 'event']);

/**
 * Every claim about `nameOrId`: an actor, place or event key, or a name that resolves to actors and/or places
 * (a country is often both: "Ukraine" the government and Ukraine the place). Sorted by article, then offset.
 *
 * @example
 * claimsAbout(graph, 'Pokrovsk').map((c) => c.claimant); // ['Russian Defense Ministry', 'Ukraine']
 */
export function claimsAbout(graph: NewsGraph, nameOrId: string): ClaimRecord[] {
  getQueryIndex(graph, 'claimsAbout');
  const isSubjectKey = typeof nameOrId === 'string' && graph.hasNode(nameOrId) &&
    SUBJECT_TYPES.has(graph.getNodeAttribute(nameOrId, 'nodeType'));
  const subjects = isSubjectKey ? [nameOrId] : [...resolveActorKeys(graph, nameOrId, 'claimsAbout'), ...resolvePlaceKeys(graph, nameOrId, 'claimsAbout')];
  const claims = neighboursOver(graph, subjects, 'about', 'in', 'claim');
  return [...claims].map((key) => claimRecord(graph, key)).sort(byArticleOffset);
}
