import type { NewsGraph } from '../graph/news-graph.js';
import type { EventRecord } from '../schema/graph.js';
import { getQueryIndex, memoAnswer } from './query-index.js';
import { checkOptions, NameQueryOptionsSchema, type AmbiguityOption, type EventFilter } from './record-filter.js';
import { eventRecords, neighboursOver } from './records.js';
import { placesForQuery } from './resolve-place.js';

const EventsAtPlaceOptionsSchema = NameQueryOptionsSchema.extend({
  within: NameQueryOptionsSchema.shape.overlap,
});

export interface EventsAtPlaceOptions extends EventFilter, AmbiguityOption {
  /** Also return events at places that lie within it (by their `within`, transitively). Default false. */
  within?: boolean;
}

/**
 * Every event located at the place `nameOrId` (a key, an id or a name/alias), sorted by article, then offset.
 * A name that fits several places throws AmbiguousNameError unless `ambiguous: 'all'`. Options filter the events
 * (date, type, modality, articleIds).
 *
 * @example
 * eventsAtPlace(graph, 'Kremlin').some((e) => e.type === 'meeting'); // true
 * eventsAtPlace(graph, 'Ukraine', { within: true }); // also events in Pokrovsk, if Pokrovsk lists place:ukraine in within
 * eventsAtPlace(graph, 'Ukraine', { within: true, type: 'attack', date: '2025-12' }); // attacks there in December
 */
export function eventsAtPlace(graph: NewsGraph, nameOrId: string, options: EventsAtPlaceOptions = {}): EventRecord[] {
  return memoAnswer(graph, 'eventsAtPlace', nameOrId, options, () => {
    const index = getQueryIndex(graph, 'eventsAtPlace');
    const { options: o, filter } = checkOptions(options, EventsAtPlaceOptionsSchema, 'eventsAtPlace', 'events');
    const places = new Set(placesForQuery(graph, nameOrId, 'eventsAtPlace', o.ambiguous));
    if (o.within === true) {
      const queue = [...places];
      for (let place = queue.pop(); place !== undefined; place = queue.pop()) {
        for (const child of index.placeChildren.get(place) ?? []) {
          if (!places.has(child)) {
            places.add(child);
            queue.push(child);
          }
        }
      }
    }
    return filter.page(eventRecords(graph, neighboursOver(graph, places, 'located-at', 'in', 'event'), filter.event));
  });
}
