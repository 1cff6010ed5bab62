import type { NewsGraph } from '../graph/news-graph.js';
import type { EventRecord } from '../schema/graph.js';
import { checkOptions, NameQueryOptionsSchema, type AmbiguityOption, type EventFilter } from './record-filter.js';
import { eventRecords, neighboursOver } from './records.js';
import { actorsForQuery } from './resolve-actor.js';
import { memoAnswer } from './query-index.js';

/**
 * Every event the actor `nameOrId` takes part in, in any role (see `resolveActor` for how names match; an
 * ambiguous name throws AmbiguousNameError unless `ambiguous: 'all'`). Sorted by article, then offset. Options
 * filter the events (date, type, modality, articleIds).
 *
 * @example
 * eventsInvolving(graph, 'Witkoff').some((e) => e.type === 'meeting'); // true
 * eventsInvolving(graph, 'Putin', { type: 'meeting', modality: 'planned' }); // meetings planned with Putin
 */
export function eventsInvolving(graph: NewsGraph, nameOrId: string, options: EventFilter & AmbiguityOption = {}): EventRecord[] {
  return memoAnswer(graph, 'eventsInvolving', nameOrId, options, () => {
    const { options: o, filter } = checkOptions(options, NameQueryOptionsSchema, 'eventsInvolving', 'events');
    const actors = actorsForQuery(graph, nameOrId, 'eventsInvolving', o.ambiguous);
    return filter.page(eventRecords(graph, neighboursOver(graph, actors, 'participant', 'out', 'event'), filter.event));
  });
}
