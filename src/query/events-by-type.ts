import { InvalidInputError } from '../errors.js';
import type { NewsGraph } from '../graph/news-graph.js';
import { EventTypeSchema, type EventType } from '../schema/event.js';
import type { EventRecord } from '../schema/graph.js';
import { getQueryIndex } from './query-index.js';
import { byArticleOffset, eventRecord } from './records.js';
import { describe } from './resolve-input.js';

/**
 * Every event of one type, sorted by article, then offset. Throws InvalidInputError for a type that is not one of
 * `EventTypeSchema.options`.
 *
 * @example
 * eventsByType(graph, 'meeting').map((e) => e.trigger.text); // ['meeting']
 */
export function eventsByType(graph: NewsGraph, type: EventType): EventRecord[] {
  const index = getQueryIndex(graph, 'eventsByType');
  if (!EventTypeSchema.safeParse(type).success) {
    throw new InvalidInputError(`eventsByType expects one of ${EventTypeSchema.options.join(', ')}; got ${describe(type)}`);
  }
  return (index.eventsByType.get(type) ?? []).map((key) => eventRecord(graph, key)).sort(byArticleOffset);
}
