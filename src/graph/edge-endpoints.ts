import type { EdgeType, NodeType } from '../schema/graph.js';

/**
 * The node types each edge type joins, as [source types, target types]. addArticle skips a reference to the
 * wrong kind of record; fromJSON rejects such an edge.
 */
export const EDGE_ENDPOINTS: Readonly<Record<EdgeType, readonly [readonly NodeType[], readonly NodeType[]]>> = {
  claimed: [['actor'], ['claim']],
  about: [['claim'], ['actor', 'place', 'event']],
  participant: [['actor'], ['event']],
  'located-at': [['event'], ['place']],
  'on-date': [['event', 'claim'], ['date']],
  'reported-by': [['event'], ['claim']],
  disputes: [['claim'], ['claim']],
  'mentioned-in': [['actor', 'place', 'event', 'claim'], ['article']],
};
