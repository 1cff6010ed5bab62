import { InvalidInputError } from '../errors.js';
import type { ParsedArticle } from '../schema/article.js';
import { addArticle } from './add-article.js';
import { createGraph, type NewsMultiDirectedGraph } from './news-graph.js';

/**
 * Builds a knowledge graph from parsed articles: a new graph with `addArticle` applied to each in order.
 * Articles sharing an id are added once; actors and places sharing an id merge across articles.
 *
 * @example
 * const graph = buildGraph([parseArticle(a, { publishedAt: '2025-12-03' }), parseArticle(b)]);
 * graph.hasNode('actor:vladimir-putin'); // true if either article names him
 */
export function buildGraph(parsed: readonly ParsedArticle[]): NewsMultiDirectedGraph {
  if (!Array.isArray(parsed)) {
    throw new InvalidInputError('buildGraph expects an array of ParsedArticle (from parseArticle)');
  }
  const graph = createGraph();
  for (const article of parsed) addArticle(graph, article);
  return graph;
}
