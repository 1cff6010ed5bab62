import type { NewsGraph } from '../graph/news-graph.js';
import type { NodeType } from '../schema/graph.js';

/**
 * One colour per node type, shared by the GEXF export and the graph page so a graph looks the same in Gephi and
 * in the browser. Chosen from the Okabe-Ito palette, which stays distinguishable under the common colour-vision
 * deficiencies.
 */
export const NODE_COLORS: Readonly<Record<NodeType, string>> = {
  actor: '#0072B2',
  place: '#009E73',
  event: '#E69F00',
  claim: '#CC79A7',
  article: '#555555',
  date: '#56B4E9',
};

/** `#rrggbb` as CSS `rgb(r, g, b)`: GEXF writers then emit `r`/`g`/`b` channels, which every Gephi reads (the 1.3 `hex` form only recent ones). */
export function cssRgb(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}

/**
 * The degree sizes are drawn by: links to other records, leaving out `mentioned-in`. Every record has that link to
 * its article, so counting it would add one to every node and make each article the largest node of the picture.
 */
export function recordDegree(graph: NewsGraph, key: string): number {
  let degree = 0;
  graph.forEachEdge(key, (_edge, attributes) => {
    if (attributes.edgeType !== 'mentioned-in') degree++;
  });
  return degree;
}

/**
 * Node size from its degree: square root, so a hub with 60 links is large but does not swallow the picture.
 *
 * @example
 * nodeSize(0); // 3
 * nodeSize(16); // 11
 */
export function nodeSize(degree: number): number {
  return 3 + 2 * Math.sqrt(Math.max(0, degree));
}
