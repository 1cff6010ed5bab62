import { InvalidInputError } from '../errors.js';
import type { NewsGraph } from './news-graph.js';

/** Throws InvalidInputError unless `graph` is a graphology graph; every graph-first function starts here. */
export function assertGraph(graph: unknown, caller: string): asserts graph is NewsGraph {
  const g = graph as Partial<NewsGraph> | null;
  if (
    typeof g !== 'object' || g === null ||
    typeof g.hasNode !== 'function' || typeof g.addNode !== 'function' || typeof g.forEachNode !== 'function'
  ) {
    throw new InvalidInputError(`${caller} expects a graphology graph as first argument (from buildGraph or fromJSON)`);
  }
}
