import { MultiDirectedGraph } from 'graphology';
import type { AbstractGraph } from 'graphology-types';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../schema/graph.js';

/**
 * A newsgraph knowledge graph: a graphology graph whose node and edge attributes follow `src/schema/graph.ts`.
 * Functions that read a graph accept any graphology graph with these attributes; the ones that create one
 * return a `MultiDirectedGraph` (several typed edges may join the same two nodes).
 */
export type NewsGraph = AbstractGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

/** The concrete graph `buildGraph` and `fromJSON` return. */
export type NewsMultiDirectedGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

/**
 * An empty newsgraph graph, ready for `addArticle`.
 *
 * @example
 * const graph = createGraph();
 * graph.order; // 0
 */
export function createGraph(): NewsMultiDirectedGraph {
  return new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>();
}
