import { InvalidInputError } from '../errors.js';
import type { NewsGraph } from '../graph/news-graph.js';
import { EventTypeSchema, type EventType } from '../schema/event.js';
import type { EventRecord } from '../schema/graph.js';
import { getQueryIndex, memoAnswer } from './query-index.js';
import { checkOptions, QueryFilterSchema, type EventFilter } from './record-filter.js';
import { eventRecords } from './records.js';
import { describe } from './resolve-input.js';

/** Built once: a zod schema made per call is compiled again on every call. */
const OptionsSchema = QueryFilterSchema.omit({ type: true });

/**
 * Every event of one type, sorted by article, then offset. Throws InvalidInputError for a type that is not one of
 * `EventTypeSchema.options`. Options filter the events (date, modality, articleIds).
 *
 * @example
 * eventsByType(graph, 'meeting').every((e) => e.type === 'meeting'); // true
 * eventsByType(graph, 'attack', { modality: ['claimed', 'denied'], date: '2025-12' }); // attacks only claimed or denied
 */
export function eventsByType(graph: NewsGraph, type: EventType, options: Omit<EventFilter, 'type'> = {}): EventRecord[] {
  return memoAnswer(graph, 'eventsByType', type, options, () => {
    const index = getQueryIndex(graph, 'eventsByType');
    if (!EventTypeSchema.safeParse(type).success) {
      throw new InvalidInputError(`eventsByType expects one of ${EventTypeSchema.options.join(', ')}; got ${describe(type)}`);
    }
    const { filter } = checkOptions(options, OptionsSchema, 'eventsByType', 'events');
    return filter.page(eventRecords(graph, index.eventsByType.get(type) ?? [], filter.event));
  });
}
