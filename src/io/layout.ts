import { UndirectedGraph } from 'graphology';
import * as forceAtlas2Module from 'graphology-layout-forceatlas2';
import type { ForceAtlas2Settings, ForceAtlas2SynchronousLayoutParameters } from 'graphology-layout-forceatlas2';
import type { NewsGraph } from '../graph/news-graph.js';

// A CommonJS module whose types declare an ES default export: under NodeNext the function is `.default`.
const forceAtlas2 = forceAtlas2Module.default as unknown as {
  assign: (graph: UndirectedGraph<{ x: number; y: number }, { weight: number }>, params: ForceAtlas2SynchronousLayoutParameters) => void;
  inferSettings: (graph: UndirectedGraph) => ForceAtlas2Settings;
};

export interface Position {
  x: number;
  y: number;
}

/**
 * Positions for every node (or those `include` keeps, laid out among themselves): ForceAtlas2 from a circle of nodes
 * in key order. No randomness, so the same graph always gets the same picture (and the same GEXF bytes). Works on
 * a copy; the graph passed in is not touched.
 *
 * @example
 * const positions = layoutPositions(graph);
 * positions.get('actor:vladimir-putin'); // { x: 12.3, y: -4.5 }
 */
export function layoutPositions(graph: NewsGraph, iterations = 300, include: (key: string) => boolean = () => true): Map<string, Position> {
  // Parallel edges of different types count once: the layout is about who is connected, not how many ways.
  const copy = new UndirectedGraph<{ x: number; y: number }, { weight: number }>();
  const keys = graph.nodes().filter(include).sort();
  keys.forEach((key, i) => {
    const angle = (2 * Math.PI * i) / Math.max(1, keys.length);
    copy.addNode(key, { x: 100 * Math.cos(angle), y: 100 * Math.sin(angle) });
  });
  graph.forEachEdge((_edge, attributes, source, target) => {
    if (source === target || !copy.hasNode(source) || !copy.hasNode(target)) return;
    // Every record links to its article: at full weight those links pull everything into a star around it.
    const weight = attributes.edgeType === 'mentioned-in' ? 0.05 : 1;
    const existing = copy.edge(source, target);
    if (existing === undefined) copy.addEdge(source, target, { weight });
    else copy.setEdgeAttribute(existing, 'weight', Math.max(weight, copy.getEdgeAttribute(existing, 'weight')));
  });
  if (copy.size > 0) {
    forceAtlas2.assign(copy, {
      iterations,
      getEdgeWeight: 'weight',
      settings: { ...forceAtlas2.inferSettings(copy), barnesHutOptimize: false, adjustSizes: false },
    });
  }
  const positions = new Map<string, Position>();
  copy.forEachNode((key, attributes) => {
    positions.set(key, { x: attributes.x, y: attributes.y });
  });
  return positions;
}
