import { pushTo } from '../multimap.js';
import type { ClaimRecord, EventRecord } from '../schema/graph.js';
import { assertGraph } from '../graph/assert-graph.js';
import type { NewsGraph } from '../graph/news-graph.js';
import { timemlInterval } from '../graph/timeml-interval.js';
import type { EventType } from '../schema/event.js';
import type { ActorNode, ClaimNode, EventNode, NodeType, PlaceNode } from '../schema/graph.js';
import type { Granularity } from '../schema/time.js';
import { normalizeName } from '../text/normalize-name.js';

/** A date node with the interval its value covers, for range search. */
export interface DatedNode {
  key: string;
  start: number;
  end: number;
}

/** Date nodes of one granularity sorted by start; `maxLength` bounds how far back an overlapping one can start. */
export interface DateBucket {
  items: DatedNode[];
  maxLength: number;
}

/** Lookup tables the query helpers use instead of scanning every node. */
export interface QueryIndex {
  /** Normalised name or alias -> actor keys. */
  actorsByName: Map<string, string[]>;
  /** Normalised last word of a person's name -> actor keys ("putin" -> actor:vladimir-putin). */
  personsBySurname: Map<string, string[]>;
  /** Normalised name or alias -> place keys. */
  placesByName: Map<string, string[]>;
  /** Place key -> keys of places that list it in `within`. */
  placeChildren: Map<string, string[]>;
  /** Node keys per node type, in graph order. */
  nodesByType: Map<NodeType, string[]>;
  eventsByType: Map<EventType, string[]>;
  /** Date nodes by granularity; events and claims hang off them by `on-date` edges. */
  dateBuckets: Map<Granularity, DateBucket>;
  /** Claims that some `disputes` edge points at. */
  disputed: string[];
  /** Date node key -> keys of the events dated by it (`on-date` edges), so a date query skips the claims. */
  eventsByDateNode: Map<string, string[]>;
  /** Date node key -> keys of the claims dated by it. */
  claimsByDateNode: Map<string, string[]>;
  /**
   * Event and claim records already built for this graph version, frozen: a date query returns them without
   * copying again. Dropped with the index whenever the graph changes.
   */
  records: Map<string, EventRecord | ClaimRecord>;
  /** Actor or place key -> its current name, for the names records carry. */
  names: Map<string, string>;
  /** Place key -> its kind, for the narrowest places an event summary names. */
  placeKinds: Map<string, string>;
  /**
   * `edgeType direction nodeType` -> node key -> keys of the `nodeType` nodes it reaches over edges of that type
   * in that direction; each table is built on first use by one pass over the edges (see `neighbourTable`).
   */
  neighbours: Map<string, Map<string, string[]>>;
  /** Event and claim key -> its attributes: filters read them without graphology's per-call checks. */
  recordNodes: Map<string, EventNode | ClaimNode>;
  /** Answers already given for this graph version, by query, argument and options (see `memoAnswer`). */
  answers: Map<string, readonly unknown[]>;
}

/*
 * One index per graph, built on first use and dropped whenever graphology reports a change (any node or edge
 * added, dropped or given new attributes), so it is rebuilt once per graph version however the graph was changed.
 * addArticle replaces attribute objects rather than mutating them for this reason; code that mutates an
 * attribute object in place (graph.getNodeAttributes(k).name = ...) bypasses the events and must call
 * `invalidateQueryIndex(graph)`.
 */
interface Slot {
  index: QueryIndex | null;
}
const slots = new WeakMap<object, Slot>();

const CHANGE_EVENTS = [
  'nodeAdded', 'nodeDropped', 'edgeAdded', 'edgeDropped', 'cleared', 'edgesCleared',
  'nodeAttributesUpdated', 'edgeAttributesUpdated', 'eachNodeAttributesUpdated', 'eachEdgeAttributesUpdated',
] as const;

/** The query index of `graph`, built now if the graph changed since the last query. */
export function getQueryIndex(graph: NewsGraph, caller: string): QueryIndex {
  assertGraph(graph, caller);
  let slot = slots.get(graph);
  if (slot === undefined) {
    const created: Slot = { index: null };
    const drop = (): void => {
      created.index = null;
    };
    for (const event of CHANGE_EVENTS) graph.on(event, drop);
    slots.set(graph, created);
    slot = created;
  }
  slot.index ??= buildIndex(graph);
  return slot.index;
}

/**
 * Forgets the cached query index of `graph`; needed only after mutating attribute objects in place.
 *
 * @example
 * graph.getNodeAttributes('actor:vladimir-putin').aliases.push('VVP');
 * invalidateQueryIndex(graph);
 */
export function invalidateQueryIndex(graph: NewsGraph): void {
  const slot = slots.get(graph);
  if (slot) slot.index = null;
}

/** Appends without a duplicate check: each node is visited once, and callers dedupe a node's own names. */
function namesOf(attributes: { name: string; aliases: string[] }): Set<string> {
  const names = new Set<string>();
  for (const name of [attributes.name, ...attributes.aliases]) {
    const normal = normalizeName(name);
    if (normal !== '') names.add(normal);
  }
  return names;
}

/**
 * The names the resolvers find an actor or place under: its normalised name and aliases (`actorsByName`,
 * `placesByName`) and, for a person with a name of several words, the last word (`personsBySurname`).
 * The PostgreSQL store keeps these in a table, so both answer a name the same way.
 */
export function queryNamesOf(attributes: ActorNode | PlaceNode): { names: string[]; surname: string | undefined } {
  const names = [...namesOf(attributes)];
  if (attributes.nodeType !== 'actor' || attributes.kind !== 'person') return { names, surname: undefined };
  const words = normalizeName(attributes.name).split(' ');
  return { names, surname: words.length > 1 ? words[words.length - 1] : undefined };
}

function buildIndex(graph: NewsGraph): QueryIndex {
  const index: QueryIndex = {
    actorsByName: new Map(),
    personsBySurname: new Map(),
    placesByName: new Map(),
    placeChildren: new Map(),
    nodesByType: new Map(),
    eventsByType: new Map(),
    dateBuckets: new Map(),
    disputed: [],
    eventsByDateNode: new Map(),
    claimsByDateNode: new Map(),
    records: new Map(),
    names: new Map(),
    placeKinds: new Map(),
    neighbours: new Map(),
    answers: new Map(),
    recordNodes: new Map(),
  };
  graph.forEachNode((key, attributes) => {
    pushTo(index.nodesByType, attributes.nodeType, key);
    switch (attributes.nodeType) {
      case 'actor': {
        index.names.set(key, attributes.name);
        const { names, surname } = queryNamesOf(attributes);
        for (const name of names) pushTo(index.actorsByName, name, key);
        if (surname !== undefined) pushTo(index.personsBySurname, surname, key);
        break;
      }
      case 'place':
        index.names.set(key, attributes.name);
        index.placeKinds.set(key, attributes.kind);
        for (const name of queryNamesOf(attributes).names) pushTo(index.placesByName, name, key);
        for (const parent of new Set(attributes.within ?? [])) pushTo(index.placeChildren, parent, key);
        break;
      case 'event':
        pushTo(index.eventsByType, attributes.type, key);
        index.recordNodes.set(key, attributes);
        break;
      case 'claim':
        index.recordNodes.set(key, attributes);
        break;
      case 'date': {
        const interval = timemlInterval(attributes.value);
        if (interval === null) break;
        let bucket = index.dateBuckets.get(interval.granularity);
        if (bucket === undefined) {
          bucket = { items: [], maxLength: 0 };
          index.dateBuckets.set(interval.granularity, bucket);
        }
        bucket.items.push({ key, start: interval.start, end: interval.end });
        bucket.maxLength = Math.max(bucket.maxLength, interval.end - interval.start);
        break;
      }
      default:
        break;
    }
  });
  for (const bucket of index.dateBuckets.values()) bucket.items.sort((a, b) => a.start - b.start);
  for (const event of index.nodesByType.get('event') ?? []) {
    graph.forEachOutEdge(event, (_edge, attributes, _source, target) => {
      if (attributes.edgeType === 'on-date') pushTo(index.eventsByDateNode, target, event);
    });
  }
  const disputed = new Set<string>();
  for (const claim of index.nodesByType.get('claim') ?? []) {
    graph.forEachInEdge(claim, (_edge, attributes) => {
      if (attributes.edgeType === 'disputes') disputed.add(claim);
    });
    graph.forEachOutEdge(claim, (_edge, attributes, _source, target) => {
      if (attributes.edgeType === 'on-date') pushTo(index.claimsByDateNode, target, claim);
    });
  }
  index.disputed = [...disputed];
  return index;
}

/**
 * Node key -> keys of the `nodeType` nodes it reaches over `edgeType` edges in `direction` ('out': it is the source),
 * for this graph version. A person named in hundreds of articles has hundreds of edges, few of them claims: walking
 * them on every query cost more than the rest of the query together.
 */
export function neighbourTable(graph: NewsGraph, index: QueryIndex, edgeType: string, direction: 'out' | 'in', nodeType: NodeType): Map<string, string[]> {
  const id = `${edgeType} ${direction} ${nodeType}`;
  let table = index.neighbours.get(id);
  if (table === undefined) {
    const built = new Map<string, string[]>();
    graph.forEachEdge((_edge, attributes, source, target, sourceAttributes, targetAttributes) => {
      if (attributes.edgeType !== edgeType) return;
      if (direction === 'out' ? targetAttributes.nodeType === nodeType : sourceAttributes.nodeType === nodeType) {
        if (direction === 'out') pushTo(built, source, target);
        else pushTo(built, target, source);
      }
    });
    index.neighbours.set(id, built);
    table = built;
  }
  return table;
}

/** How many answers a graph version keeps; past it they are all dropped, so a long session cannot grow without bound. */
const MAX_ANSWERS = 1000;

/**
 * The answer of query `caller` for `argument` and `options`, computed once per graph version: asking again returns
 * a new array of the same frozen records, in a lookup and a copy instead of the whole query. A call that throws
 * (a bad argument or option) is not kept. Arguments or options that do not turn into a JSON key are not kept either.
 */
export function memoAnswer<T>(graph: NewsGraph, caller: string, argument: unknown, options: unknown, compute: () => T[]): T[] {
  let key: string | undefined;
  try {
    key = JSON.stringify([caller, argument ?? null, options ?? null]);
  } catch {
    key = undefined; // a cycle or a BigInt: answer without keeping it
  }
  const { answers } = getQueryIndex(graph, caller);
  const kept = key === undefined ? undefined : answers.get(key);
  if (kept !== undefined) return kept.slice() as T[];
  const answer = compute();
  if (key !== undefined) {
    if (answers.size >= MAX_ANSWERS) answers.clear();
    // the index is looked up again: compute may have found the graph changed and built a new one
    getQueryIndex(graph, caller).answers.set(key, Object.freeze(answer.slice()));
  }
  return answer;
}
