import type { NewsGraph } from '../graph/news-graph.js';
import { ClaimSchema } from '../schema/claim.js';
import { EventSchema } from '../schema/event.js';
import type { ClaimNode, ClaimRecord, EventNode, EventRecord } from '../schema/graph.js';

/*
 * Query results are records in their schema's shape, not raw node attributes: the keys are taken from the
 * schema, so node bookkeeping (nodeType, label, articleIds) and anything a user added stay out.
 */
const CLAIM_KEYS = Object.keys(ClaimSchema.shape) as (keyof ClaimNode)[];
const EVENT_KEYS = Object.keys(EventSchema.shape) as (keyof EventNode)[];

/** Copy of JSON-like data (arrays and plain objects); much cheaper than structuredClone for small records. */
function copy(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map(copy);
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, copy(v)]));
}

/** The schema's fields of a node, deep-copied so a caller editing a result cannot change the graph. */
function pick<T extends object>(source: T, keys: readonly (keyof T)[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    const value = source[key];
    if (value !== undefined) out[key as string] = copy(value);
  }
  return out;
}

/** The claim at node `key` as a ClaimRecord, with its claimant's current name. */
export function claimRecord(graph: NewsGraph, key: string): ClaimRecord {
  const node = graph.getNodeAttributes(key) as ClaimNode;
  let claimant: string | null = null;
  if (node.claimantId !== null && graph.hasNode(node.claimantId)) {
    const actor = graph.getNodeAttributes(node.claimantId);
    if (actor.nodeType === 'actor') claimant = actor.name;
  }
  return { ...pick(node, CLAIM_KEYS), articleId: node.articleId, claimant } as ClaimRecord;
}

/** The event at node `key` as an EventRecord. */
export function eventRecord(graph: NewsGraph, key: string): EventRecord {
  const node = graph.getNodeAttributes(key) as EventNode;
  return { ...pick(node, EVENT_KEYS), articleId: node.articleId } as EventRecord;
}

/** Orders records as they appear: by article id, then by offset in the article, then by id. */
export function byArticleOffset(a: { articleId: string; start: number; id: string }, b: { articleId: string; start: number; id: string }): number {
  if (a.articleId !== b.articleId) return a.articleId < b.articleId ? -1 : 1;
  if (a.start !== b.start) return a.start - b.start;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Node keys whose node has one of `types`, reached from `keys` over edges of `edgeType` in `direction`. */
export function neighboursOver(
  graph: NewsGraph,
  keys: Iterable<string>,
  edgeType: string,
  direction: 'out' | 'in',
  nodeType: string,
): Set<string> {
  const found = new Set<string>();
  for (const key of keys) {
    const visit = (_edge: string, attributes: { edgeType: string }, source: string, target: string): void => {
      if (attributes.edgeType !== edgeType) return;
      const other = direction === 'out' ? target : source;
      if (graph.getNodeAttribute(other, 'nodeType') === nodeType) found.add(other);
    };
    if (direction === 'out') graph.forEachOutEdge(key, visit);
    else graph.forEachInEdge(key, visit);
  }
  return found;
}
