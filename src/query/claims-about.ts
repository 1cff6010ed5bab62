import type { NewsGraph } from '../graph/news-graph.js';
import type { ClaimRecord } from '../schema/graph.js';
import { getQueryIndex, memoAnswer } from './query-index.js';
import { checkOptions, NameQueryOptionsSchema, type AmbiguityOption, type ClaimFilter } from './record-filter.js';
import { claimRecords, neighboursOver } from './records.js';
import { actorsForQuery } from './resolve-actor.js';
import { placesForQuery } from './resolve-place.js';

const SUBJECT_TYPES = new Set(['actor', 'place', 'event']);

/**
 * Every claim about `nameOrId`: an actor, place or event key, or a name that resolves to actors and/or places
 * (a country is often both: "Ukraine" the government and Ukraine the place). Sorted by article, then offset. A
 * name that fits several actors, or several places, throws AmbiguousNameError unless `ambiguous: 'all'`.
 *
 * @example
 * // graph: the sample article (fixtures/kremlin-talks.txt), where Russia claims to have taken Pokrovsk
 * claimsAbout(graph, 'Pokrovsk').some((c) => c.content.includes('Krasnoarmeysk')); // true
 * claimsAbout(graph, 'Putin', { kind: ['denial', 'rejection'] }); // who denied or rejected something about him
 */
export function claimsAbout(graph: NewsGraph, nameOrId: string, options: ClaimFilter & AmbiguityOption = {}): ClaimRecord[] {
  return memoAnswer(graph, 'claimsAbout', nameOrId, options, () => {
    getQueryIndex(graph, 'claimsAbout');
    const { options: o, filter } = checkOptions(options, NameQueryOptionsSchema, 'claimsAbout', 'claims');
    const subjects = claimsAboutSubjects(graph, nameOrId, o.ambiguous);
    return filter.page(claimRecords(graph, neighboursOver(graph, subjects, 'about', 'in', 'claim'), filter.claim));
  });
}

/**
 * What `claimsAbout` asks about: the node `nameOrId` when it is an actor, place or event key, else the actors and
 * the places the name resolves to (AmbiguousNameError for either unless `ambiguous: 'all'`).
 */
export function claimsAboutSubjects(graph: NewsGraph, nameOrId: string, ambiguous: 'throw' | 'all' | undefined): string[] {
  const isSubjectKey = typeof nameOrId === 'string' && graph.hasNode(nameOrId) &&
    SUBJECT_TYPES.has(graph.getNodeAttribute(nameOrId, 'nodeType'));
  return isSubjectKey
    ? [nameOrId]
    : [...actorsForQuery(graph, nameOrId, 'claimsAbout', ambiguous), ...placesForQuery(graph, nameOrId, 'claimsAbout', ambiguous)];
}
