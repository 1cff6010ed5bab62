import { articleKey } from '../graph/keys.js';
import type { NewsGraph } from '../graph/news-graph.js';
import { ClaimSchema } from '../schema/claim.js';
import { EventSchema } from '../schema/event.js';
import type { ClaimNode, ClaimRecord, Evidence, EventNode, EventRecord, NodeType } from '../schema/graph.js';
import { eventPhrase } from './event-phrase.js';
import { evidenceOf } from './evidence.js';
import { getQueryIndex, neighbourTable, type QueryIndex } from './query-index.js';

/*
 * Query results are records in their schema's shape, not raw node attributes: the keys are taken from the
 * schema, so node bookkeeping (nodeType, label, articleIds) and anything a user added stay out. Each record also
 * carries what a reader needs to print it without further lookups: the names of the ids it refers to and the
 * sentence it was read from.
 */
const CLAIM_KEYS = Object.keys(ClaimSchema.shape) as (keyof ClaimNode)[];
const EVENT_KEYS = Object.keys(EventSchema.shape) as (keyof EventNode)[];

/**
 * Copy of JSON-like data (arrays and plain objects), keys in their order; much cheaper than structuredClone, and
 * loops instead of Object.entries/fromEntries because cold queries copy every field of every record they return.
 */
function copy(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    const out = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) out[i] = copy(value[i]);
    return out;
  }
  const out: Record<string, unknown> = {};
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    const inner = copy((value as Record<string, unknown>)[key]);
    // an own "__proto__" key (JSON can hold one) must stay a key, not become the copy's prototype
    if (key === '__proto__') Object.defineProperty(out, key, { value: inner, enumerable: true, writable: true, configurable: true });
    else out[key] = inner;
  }
  return out;
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

/**
 * What a record is built from besides its own node: the current names of actors and places, the kinds of places
 * (an event summary names the narrowest), the event nodes a claim is about, and article texts for evidence. The
 * in-memory graph answers these from its query index; the PostgreSQL store from the rows one statement returns.
 */
export interface RecordSources {
  /** Actor or place key -> its current name (places too: a claim's names list both). */
  names: ReadonlyMap<string, string>;
  /** Place key -> its kind. */
  placeKinds: ReadonlyMap<string, string>;
  /** The event node at `key`, or undefined when `key` is not an event. */
  event(key: string): EventNode | undefined;
  /** The text of the article `articleId`, or undefined when there is no such article node. */
  articleText(articleId: string): string | undefined;
}

function graphSources(graph: NewsGraph, index: QueryIndex): RecordSources {
  return {
    names: index.names,
    placeKinds: index.placeKinds,
    event: (key) => {
      const node = graph.hasNode(key) ? graph.getNodeAttributes(key) : undefined;
      return node?.nodeType === 'event' ? node : undefined;
    },
    articleText: (articleId) => {
      const key = articleKey(articleId);
      const node = graph.hasNode(key) ? graph.getNodeAttributes(key) : undefined;
      return node?.nodeType === 'article' ? node.text : undefined;
    },
  };
}

/** `{ id: name }` for the ids that name an actor or place. */
function addNames(sources: RecordSources, names: Record<string, string>, ids: readonly string[]): void {
  for (const id of ids) {
    const name = sources.names.get(id);
    if (name !== undefined) names[id] = name;
  }
}

/** The evidence sentence of a span of article `articleId`; the bare span when the article is missing. */
function evidence(sources: RecordSources, articleId: string, start: number, end: number): Evidence {
  const text = sources.articleText(articleId);
  if (text === undefined || end > text.length) return { text: '', start, end };
  return evidenceOf(text, start, end);
}

/** How narrow a place kind is: an event "in Kremlin" says more than "in Russia and Kremlin". */
const PLACE_RANK: Record<string, number> = { site: 0, settlement: 1, city: 1, area: 2, region: 3, other: 3, country: 4 };

/**
 * What happened at an event node, in a few words (see `eventPhrase`), naming only its narrowest places: an event
 * placed at a site and the country around it is "in <site>".
 */
export function eventSummary(graph: NewsGraph, node: EventNode): string {
  return summaryOf(graphSources(graph, getQueryIndex(graph, 'eventSummary')), node);
}

function summaryOf(sources: RecordSources, node: EventNode): string {
  const rank = (id: string): number => {
    const kind = sources.placeKinds.get(id);
    return kind === undefined ? 5 : (PLACE_RANK[kind] ?? 3);
  };
  let placeIds = node.placeIds;
  if (placeIds.length > 1) {
    const best = Math.min(...placeIds.map(rank));
    placeIds = placeIds.filter((id) => rank(id) === best);
  }
  const event = { type: node.type, trigger: node.trigger, modality: node.modality, participants: node.participants, placeIds };
  return eventPhrase(event, (id) => sources.names.get(id));
}

/** The claim at node `key` as a ClaimRecord, with its claimant's current name, names and evidence. */
export function claimRecord(graph: NewsGraph, key: string): ClaimRecord {
  return claimRecordOf(graph.getNodeAttributes(key) as ClaimNode, graphSources(graph, getQueryIndex(graph, 'claimRecord')));
}

/** A claim node as a ClaimRecord, its names, claimant and evidence read from `sources`. */
export function claimRecordOf(node: ClaimNode, sources: RecordSources): ClaimRecord {
  const names: Record<string, string> = {};
  // the claimant's name only when the id is an actor's (the name table also holds places)
  const claimant = node.claimantId === null || sources.placeKinds.has(node.claimantId) ? undefined : sources.names.get(node.claimantId);
  if (node.claimantId !== null) addNames(sources, names, [node.claimantId]);
  addNames(sources, names, node.about.actorIds);
  addNames(sources, names, node.about.placeIds);
  for (const id of node.about.eventIds) {
    const event = sources.event(id);
    if (event !== undefined) names[id] = summaryOf(sources, event);
  }
  const record = pick(node, CLAIM_KEYS);
  record.articleId = node.articleId;
  record.claimant = claimant ?? null;
  record.evidence = evidence(sources, node.articleId, node.start, node.end);
  record.names = names;
  return record as ClaimRecord;
}

/** The event at node `key` as an EventRecord, with names, evidence and a summary. */
export function eventRecord(graph: NewsGraph, key: string): EventRecord {
  return eventRecordOf(graph.getNodeAttributes(key) as EventNode, graphSources(graph, getQueryIndex(graph, 'eventRecord')));
}

/** An event node as an EventRecord, its names, evidence and summary read from `sources`. */
export function eventRecordOf(node: EventNode, sources: RecordSources): EventRecord {
  const names: Record<string, string> = {};
  for (const p of node.participants) addNames(sources, names, [p.actorId]);
  addNames(sources, names, node.placeIds);
  const record = pick(node, EVENT_KEYS);
  record.articleId = node.articleId;
  record.evidence = evidence(sources, node.articleId, node.start, node.end);
  record.names = names;
  record.summary = summaryOf(sources, node);
  return record as EventRecord;
}

/** Orders records as they appear: by article id, then by offset in the article, then by id. */
export function byArticleOffset(a: { articleId: string; start: number; id: string }, b: { articleId: string; start: number; id: string }): number {
  if (a.articleId !== b.articleId) return a.articleId < b.articleId ? -1 : 1;
  if (a.start !== b.start) return a.start - b.start;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Node keys of `nodeType` reached from `keys` over edges of `edgeType` in `direction`, through the query index. */
export function neighboursOver(
  graph: NewsGraph,
  keys: Iterable<string>,
  edgeType: string,
  direction: 'out' | 'in',
  nodeType: NodeType,
): Set<string> {
  const table = neighbourTable(graph, getQueryIndex(graph, 'neighboursOver'), edgeType, direction, nodeType);
  const found = new Set<string>();
  for (const key of keys) for (const other of table.get(key) ?? []) found.add(other);
  return found;
}

/** Freezes a JSON-like record and everything in it: results are shared read-only snapshots of the graph. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

/**
 * The record of the claim or event at `key`, built once per graph version and frozen: every query hands out the
 * same snapshot (the index drops them all when the graph changes), so asking again, or asking another query that
 * finds the same record, costs a map lookup instead of names, evidence and a summary.
 */
export function cachedRecord(graph: NewsGraph, key: string, kind: 'claim', index?: QueryIndex): ClaimRecord;
export function cachedRecord(graph: NewsGraph, key: string, kind: 'event', index?: QueryIndex): EventRecord;
export function cachedRecord(graph: NewsGraph, key: string, kind: 'claim' | 'event', index?: QueryIndex): ClaimRecord | EventRecord {
  const { records } = index ?? getQueryIndex(graph, kind === 'claim' ? 'claimRecord' : 'eventRecord');
  let record = records.get(key);
  if (record === undefined) {
    record = deepFreeze(kind === 'claim' ? claimRecord(graph, key) : eventRecord(graph, key));
    records.set(key, record);
  }
  return record;
}

/** The claim records of `keys` that pass `keep`, sorted by article and offset; frozen snapshots (see cachedRecord). */
export function claimRecords(graph: NewsGraph, keys: Iterable<string>, keep: ((node: ClaimNode) => boolean) | null): ClaimRecord[] {
  const records: ClaimRecord[] = [];
  for (const key of keys) if (keep === null || keep(graph.getNodeAttributes(key) as ClaimNode)) records.push(cachedRecord(graph, key, 'claim'));
  return records.sort(byArticleOffset);
}

/** The event records of `keys` that pass `keep`, sorted by article and offset; frozen snapshots (see cachedRecord). */
export function eventRecords(graph: NewsGraph, keys: Iterable<string>, keep: ((node: EventNode) => boolean) | null): EventRecord[] {
  const records: EventRecord[] = [];
  for (const key of keys) if (keep === null || keep(graph.getNodeAttributes(key) as EventNode)) records.push(cachedRecord(graph, key, 'event'));
  return records.sort(byArticleOffset);
}
