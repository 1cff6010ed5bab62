import { articleKey } from '../graph/keys.js';
import type { NewsGraph } from '../graph/news-graph.js';
import { ClaimSchema } from '../schema/claim.js';
import { EventSchema } from '../schema/event.js';
import type { ClaimNode, ClaimRecord, Evidence, EventNode, EventRecord } from '../schema/graph.js';
import { eventPhrase } from './event-phrase.js';
import { evidenceOf } from './evidence.js';

/*
 * Query results are records in their schema's shape, not raw node attributes: the keys are taken from the
 * schema, so node bookkeeping (nodeType, label, articleIds) and anything a user added stay out. Each record also
 * carries what a reader needs to print it without further lookups: the names of the ids it refers to and the
 * sentence it was read from.
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

/** The current name of an actor or place node, or undefined when `id` is not one in the graph. */
function nameOf(graph: NewsGraph, id: string): string | undefined {
  if (!graph.hasNode(id)) return undefined;
  const node = graph.getNodeAttributes(id);
  return node.nodeType === 'actor' || node.nodeType === 'place' ? node.name : undefined;
}

/** `{ id: name }` for the ids that name an actor or place in the graph. */
function namesFor(graph: NewsGraph, ids: Iterable<string>): Record<string, string> {
  const names: Record<string, string> = {};
  for (const id of ids) {
    const name = nameOf(graph, id);
    if (name !== undefined) names[id] = name;
  }
  return names;
}

/** The evidence sentence of a span of article `articleId`; the bare span when the article node is missing. */
function evidence(graph: NewsGraph, articleId: string, start: number, end: number): Evidence {
  const key = articleKey(articleId);
  const article = graph.hasNode(key) ? graph.getNodeAttributes(key) : undefined;
  if (article?.nodeType !== 'article' || end > article.text.length) return { text: '', start, end };
  return evidenceOf(article.text, start, end);
}

/** How narrow a place kind is: an event "in Kremlin" says more than "in Russia and Kremlin". */
const PLACE_RANK: Record<string, number> = { site: 0, settlement: 1, city: 1, area: 2, region: 3, other: 3, country: 4 };

/**
 * What happened at an event node, in a few words (see `eventPhrase`), naming only its narrowest places: an event
 * placed at a site and the country around it is "in <site>".
 */
export function eventSummary(graph: NewsGraph, node: EventNode): string {
  const rank = (id: string): number => {
    const place = graph.hasNode(id) ? graph.getNodeAttributes(id) : undefined;
    return place?.nodeType === 'place' ? (PLACE_RANK[place.kind] ?? 3) : 5;
  };
  const best = Math.min(...node.placeIds.map(rank));
  return eventPhrase({ ...node, placeIds: node.placeIds.filter((id) => rank(id) === best) }, (id) => nameOf(graph, id));
}

/** The claim at node `key` as a ClaimRecord, with its claimant's current name, names and evidence. */
export function claimRecord(graph: NewsGraph, key: string): ClaimRecord {
  const node = graph.getNodeAttributes(key) as ClaimNode;
  const speaker = node.claimantId !== null && graph.hasNode(node.claimantId) ? graph.getNodeAttributes(node.claimantId) : undefined;
  const names = namesFor(graph, [...(node.claimantId === null ? [] : [node.claimantId]), ...node.about.actorIds, ...node.about.placeIds]);
  for (const id of node.about.eventIds) {
    const event = graph.hasNode(id) ? graph.getNodeAttributes(id) : undefined;
    if (event?.nodeType === 'event') names[id] = eventSummary(graph, event);
  }
  return {
    ...pick(node, CLAIM_KEYS),
    articleId: node.articleId,
    claimant: speaker?.nodeType === 'actor' ? speaker.name : null,
    evidence: evidence(graph, node.articleId, node.start, node.end),
    names,
  } as ClaimRecord;
}

/** The event at node `key` as an EventRecord, with names, evidence and a summary. */
export function eventRecord(graph: NewsGraph, key: string): EventRecord {
  const node = graph.getNodeAttributes(key) as EventNode;
  return {
    ...pick(node, EVENT_KEYS),
    articleId: node.articleId,
    evidence: evidence(graph, node.articleId, node.start, node.end),
    names: namesFor(graph, [...node.participants.map((p) => p.actorId), ...node.placeIds]),
    summary: eventSummary(graph, node),
  } as EventRecord;
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

/** The claim records of `keys` that pass `keep`, sorted by article and offset. */
export function claimRecords(graph: NewsGraph, keys: Iterable<string>, keep: ((node: ClaimNode) => boolean) | null): ClaimRecord[] {
  const records: ClaimRecord[] = [];
  for (const key of keys) if (keep === null || keep(graph.getNodeAttributes(key) as ClaimNode)) records.push(claimRecord(graph, key));
  return records.sort(byArticleOffset);
}

/** The event records of `keys` that pass `keep`, sorted by article and offset. */
export function eventRecords(graph: NewsGraph, keys: Iterable<string>, keep: ((node: EventNode) => boolean) | null): EventRecord[] {
  const records: EventRecord[] = [];
  for (const key of keys) if (keep === null || keep(graph.getNodeAttributes(key) as EventNode)) records.push(eventRecord(graph, key));
  return records.sort(byArticleOffset);
}
