import type { NewsGraph } from '../graph/news-graph.js';
import type { EventRecord } from '../schema/graph.js';
import { byArticleOffset, eventRecord, neighboursOver } from './records.js';
import { resolveActorKeys } from './resolve-actor.js';

/**
 * Every event the actor `nameOrId` takes part in, in any role (see `resolveActor` for how names match).
 * Sorted by article, then offset.
 *
 * @example
 * eventsInvolving(graph, 'Moore').map((e) => e.type); // ['meeting']
 */
export function eventsInvolving(graph: NewsGraph, nameOrId: string): EventRecord[] {
  const events = neighboursOver(graph, resolveActorKeys(graph, nameOrId, 'eventsInvolving'), 'participant', 'out', 'event');
  return [...events].map((key) => eventRecord(graph, key)).sort(byArticleOffset);
}
