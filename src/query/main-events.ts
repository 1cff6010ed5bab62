import { z } from 'zod';
import { InvalidInputError } from '../errors.js';
import { articleKey } from '../graph/keys.js';
import type { NewsGraph } from '../graph/news-graph.js';
import type { EventNode, EventRecord } from '../schema/graph.js';
import { getQueryIndex } from './query-index.js';
import { checkOptions, QueryFilterSchema, type EventFilter } from './record-filter.js';
import { eventRecords } from './records.js';
import { describe } from './resolve-input.js';

/** Options of `mainEvents`: the usual event filters but articleIds, `limit` (at least 1) and `offset` among them. */
export type MainEventsOptions = Omit<EventFilter, 'articleIds'>;

const MainEventsOptionsSchema = QueryFilterSchema.omit({ articleIds: true }).extend({
  limit: z.number().int().positive().optional(),
});

/**
 * What an article is about: its events, most central first (by `salience`, then by position in the article), each
 * with its evidence. Salience counts a title that names the kind of happening, a mention in the lead, later mentions
 * of the same happening and participants or places the title names (see the events page of the docs). Events read before
 * salience existed count as 0 and keep their order. Throws InvalidInputError when `articleId` names no article of the
 * graph; options filter the events (date, modality, type) and `offset` and `limit` take one page of them, as for every query.
 *
 * @example
 * const tram = 'Tram derails in Lisbon, injuring twelve\n\nA tram derailed and overturned in central Lisbon on Monday, injuring twelve passengers.\n\nThe city council met on Tuesday to discuss the budget.';
 * const news = buildGraph([parseArticle(tram, { id: 'tram-crash', publishedAt: '2025-06-10' })]);
 * mainEvents(news, 'tram-crash', { limit: 3 }).map((e) => `${e.type}: ${e.trigger.text}`); // ['accident: derailed', 'casualty: injuring', 'meeting: met']
 * mainEvents(news, 'tram-crash')[0]?.salience; // 1
 */
export function mainEvents(graph: NewsGraph, articleId: string, options: MainEventsOptions = {}): EventRecord[] {
  const index = getQueryIndex(graph, 'mainEvents');
  if (typeof articleId !== 'string' || !graph.hasNode(articleKey(articleId))) {
    throw new InvalidInputError(`mainEvents expects the id of an article in the graph; got ${describe(articleId)}`);
  }
  const { filter } = checkOptions(options, MainEventsOptionsSchema, 'mainEvents', 'events');
  const keys = (index.nodesByType.get('event') ?? []).filter((key) => {
    const node = graph.getNodeAttributes(key) as EventNode;
    return node.articleId === articleId || node.articleIds.includes(articleId);
  });
  const ranked = eventRecords(graph, keys, filter.event)
    .map((record, order) => ({ record, order }))
    .sort((a, b) => (b.record.salience ?? 0) - (a.record.salience ?? 0) || a.order - b.order)
    .map((x) => x.record);
  return filter.page(ranked);
}
