import { InvalidOptionsError } from '../errors.js';
import type { NewsGraph } from '../graph/news-graph.js';
import type { EventRecord } from '../schema/graph.js';
import { getQueryIndex } from './query-index.js';
import { byArticleOffset, eventRecord, neighboursOver } from './records.js';
import { resolvePlaceKeys } from './resolve-place.js';

export interface EventsAtPlaceOptions {
  /** Also return events at places that lie within it (by their `within`, transitively). Default false. */
  within?: boolean;
}

/**
 * Every event located at the place `nameOrId` (a key, an id or a name/alias), sorted by article, then offset.
 *
 * @example
 * eventsAtPlace(graph, 'Kremlin').map((e) => e.type); // ['meeting']
 * eventsAtPlace(graph, 'Ukraine', { within: true }); // also events in Pokrovsk, if Pokrovsk lists place:ukraine in within
 */
export function eventsAtPlace(graph: NewsGraph, nameOrId: string, options: EventsAtPlaceOptions = {}): EventRecord[] {
  const index = getQueryIndex(graph, 'eventsAtPlace');
  if (typeof options !== 'object' || options === null || (options.within !== undefined && typeof options.within !== 'boolean')) {
    throw new InvalidOptionsError('eventsAtPlace options.within must be a boolean', ['within']);
  }
  const places = new Set(resolvePlaceKeys(graph, nameOrId, 'eventsAtPlace'));
  if (options.within) {
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
  const events = neighboursOver(graph, places, 'located-at', 'in', 'event');
  return [...events].map((key) => eventRecord(graph, key)).sort(byArticleOffset);
}
