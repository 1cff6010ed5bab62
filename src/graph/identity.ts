import type { Actor } from '../schema/actor.js';
import type { ActorNode, EdgeAttributes, NodeAttributes, PlaceNode } from '../schema/graph.js';
import type { Place } from '../schema/place.js';
import { normalizeName } from '../text/normalize-name.js';
import { edgeKey } from './keys.js';
import { orgKey, personKey, plainKey } from './name-key.js';
import type { NewsGraph } from './news-graph.js';

/*
 * Cross-article identity: which node of the graph an actor or place of a new article is. Ids from the parser
 * are slugs of the fullest name one article gives, so "Merkel" in an article that never names her in full and
 * "Angela Merkel" elsewhere arrive under different ids; these tables bring them together:
 *
 * - persons meet on `personKey` of any multi-word name or alias (transliteration variants folded, initials
 *   dropped); a one-word person name is a surname and joins the only full name ending in it, or stays its own
 *   node with `candidates` listing the full names it could be when there are several (context, a shared title
 *   or country, may still pick one);
 * - other actors and places meet on `plainKey` of any name or alias ("Krasnoarmeysk" with alias "Pokrovsk"
 *   joins a "Pokrovsk" from another article), never across two different countries.
 *
 * The tables live beside the graph (one per graph, built from its nodes on first use, so a graph from
 * `fromJSON` works too) and are dropped when anything but addArticle changes the graph.
 */

export interface IdentityIndex {
  /** 'p:' + personKey of multi-word person names, 'o:' + plainKey of other actor names -> node keys. */
  actors: Map<string, Set<string>>;
  /** Folded last word of multi-word person names -> node keys. */
  surnames: Map<string, Set<string>>;
  /** Folded one-word person name -> the node that holds it as its name (a surname-only node). */
  soloPersons: Map<string, string>;
  /** plainKey of place names and aliases -> node keys. */
  places: Map<string, Set<string>>;
  /** Node key merged away -> the node it went into, so ids already handed out still lead somewhere. */
  redirects: Map<string, string>;
}

interface Slot {
  index: IdentityIndex | null;
  /** Set while addArticle changes the graph and keeps the tables up to date itself. */
  busy: boolean;
}

const slots = new WeakMap<object, Slot>();

const CHANGE_EVENTS = ['nodeAdded', 'nodeDropped', 'cleared', 'nodeAttributesUpdated', 'eachNodeAttributesUpdated'] as const;

function slotOf(graph: NewsGraph): Slot {
  let slot = slots.get(graph);
  if (slot === undefined) {
    const created: Slot = { index: null, busy: false };
    const drop = (): void => {
      if (!created.busy) created.index = null;
    };
    for (const event of CHANGE_EVENTS) graph.on(event, drop);
    slots.set(graph, created);
    slot = created;
  }
  return slot;
}

/** Empty identity tables, for a caller that fills them itself (see `adoptIdentityIndex`). */
export function createIdentityIndex(): IdentityIndex {
  return { actors: new Map(), surnames: new Map(), soloPersons: new Map(), places: new Map(), redirects: new Map() };
}

/**
 * Makes `index` the identity tables of `graph`: the next `addArticle` calls read and update it instead of tables
 * built from the graph's nodes. A store that keeps the tables in a database loads the part a batch can read
 * (see `identityLookups`) into a working graph, adopts it, and writes back what changed. Dropped like the
 * graph's own tables when anything but addArticle changes the graph.
 */
export function adoptIdentityIndex(graph: NewsGraph, index: IdentityIndex): void {
  slotOf(graph).index = index;
}

/** The keys of each identity table that `Identity` may read for an actor or place, whether incoming or already a node. */
export interface IdentityLookups {
  actors: string[];
  /** Keys of both `surnames` and `soloPersons`. */
  surnames: string[];
  places: string[];
}

/**
 * Every identity-table key that placing `record` can read: its actor or place keys for `actorTarget` and
 * `placeTargets`, and for a person the surname keys `actorTarget` and `settleSurname` look up. A superset, so a
 * caller that loads these entries (and the nodes they name) sees exactly what the full tables would show.
 */
export function identityLookups(nodeType: 'actor' | 'place', record: { name: string; aliases: string[]; kind?: string }): IdentityLookups {
  const names = [record.name, ...record.aliases];
  if (nodeType === 'place') return { actors: [], surnames: [], places: names.map(plainKey) };
  if (record.kind !== 'person') return { actors: names.map((n) => `o:${orgKey(n)}`), surnames: [], places: [] };
  const keys = names.map(personKey).filter((k) => k !== '');
  return {
    actors: keys.filter((k) => k.includes(' ')).map((k) => `p:${k}`),
    surnames: keys.map((k) => k.slice(k.lastIndexOf(' ') + 1)),
    places: [],
  };
}

/** Runs `fn` with the identity tables of `graph`; changes made inside do not drop them. */
export function withIdentity<T>(graph: NewsGraph, fn: (identity: Identity) => T): T {
  const slot = slotOf(graph);
  if (slot.index === null) slot.index = buildIndex(graph);
  slot.busy = true;
  try {
    return fn(new Identity(graph, slot.index));
  } finally {
    slot.busy = false;
  }
}

function add(map: Map<string, Set<string>>, key: string, value: string): void {
  const set = map.get(key);
  if (set === undefined) map.set(key, new Set([value]));
  else set.add(value);
}

function buildIndex(graph: NewsGraph): IdentityIndex {
  const index = createIdentityIndex();
  graph.forEachNode((key, attributes) => {
    if (attributes.nodeType === 'actor') registerActor(index, key, attributes);
    else if (attributes.nodeType === 'place') registerPlace(index, key, attributes);
  });
  return index;
}

function registerActor(index: IdentityIndex, key: string, actor: { name: string; aliases: string[]; kind: string }): void {
  if (actor.kind !== 'person') {
    for (const name of [actor.name, ...actor.aliases]) {
      const k = orgKey(name);
      if (k !== '') add(index.actors, `o:${k}`, key);
    }
    return;
  }
  for (const name of [actor.name, ...actor.aliases]) {
    const k = personKey(name);
    if (k.includes(' ')) {
      add(index.actors, `p:${k}`, key);
      add(index.surnames, k.slice(k.lastIndexOf(' ') + 1), key);
    }
  }
  // Only the node's own name: a one-word alias of a full-name node ("Merkel") must not bypass the ambiguity check.
  const own = personKey(actor.name);
  if (own !== '' && !own.includes(' ')) index.soloPersons.set(own, key);
}

function registerPlace(index: IdentityIndex, key: string, place: { name: string; aliases: string[] }): void {
  for (const name of [place.name, ...place.aliases]) {
    const k = plainKey(name);
    if (k !== '') add(index.places, k, key);
  }
}

/** Where an incoming actor goes: an existing node, or a new one under `key` (with `candidates` if ambiguous). */
export interface ActorTarget {
  key: string;
  candidates?: string[];
}

const compatibleCountry = (a: string | undefined, b: string | undefined): boolean => a === undefined || b === undefined || a === b;

export class Identity {
  constructor(private readonly graph: NewsGraph, private readonly index: IdentityIndex) {}

  get redirects(): ReadonlyMap<string, string> {
    return this.index.redirects;
  }

  /** Live nodes of `nodeType` among `keys` that `accept` lets through, sorted so the choice never depends on insertion order. */
  private live<N extends NodeAttributes>(keys: Iterable<string> | undefined, accept: (node: N) => boolean): string[] {
    const out: string[] = [];
    for (const key of keys ?? []) {
      if (!this.graph.hasNode(key)) continue;
      if (accept(this.graph.getNodeAttributes(key) as N)) out.push(key);
    }
    return [...new Set(out)].sort();
  }

  /**
   * The node an actor of a new article belongs to, and the other nodes it proves to be the same one: an
   * organisation named "Worldwide Developers Conference (WWDC)" joins both a "WWDC" node and a node of the full
   * name built from earlier articles, so the caller folds `also` into `key`.
   */
  actorTarget(actor: Actor): ActorTarget & { also: string[] } {
    const direct = this.graph.hasNode(actor.id) && this.graph.getNodeAttribute(actor.id, 'nodeType') === 'actor' ? actor.id : undefined;
    const names = [actor.name, ...actor.aliases];
    if (actor.kind !== 'person') {
      const keys = names.flatMap((n) => [...(this.index.actors.get(`o:${orgKey(n)}`) ?? [])]);
      const found = this.live<ActorNode>(keys, (n) => n.nodeType === 'actor' && n.kind !== 'person' && compatibleCountry(n.countryCode, actor.countryCode));
      const key = direct ?? this.preferByName(found, actor.name, orgKey) ?? actor.id;
      return { key, also: found.filter((k) => k !== key) };
    }
    const isPerson = (n: ActorNode): boolean => n.nodeType === 'actor' && n.kind === 'person' && compatibleCountry(n.countryCode, actor.countryCode);
    const fullKeys = names.map(personKey).filter((k) => k.includes(' '));
    const byFull = this.live<ActorNode>(fullKeys.flatMap((k) => [...(this.index.actors.get(`p:${k}`) ?? [])]), isPerson);
    const best = direct ?? this.preferByName(byFull, actor.name, personKey);
    if (best !== undefined) {
      // A one-word node met by id is a bare surname; it never absorbs full names here (settleSurname decides that).
      const also = personKey((this.graph.getNodeAttributes(best) as ActorNode).name).includes(' ') ? byFull.filter((k) => k !== best) : [];
      return { key: best, also };
    }
    const own = personKey(actor.name);
    if (own === '' || own.includes(' ')) return { key: actor.id, also: [] };
    // A surname: the full name it belongs to when only one fits.
    let candidates = this.live<ActorNode>(this.index.surnames.get(own), isPerson);
    if (candidates.length > 1) {
      const titles = new Set(actor.titles.map(normalizeName));
      const sharing = candidates.filter((k) => (this.graph.getNodeAttributes(k) as ActorNode).titles.some((t) => titles.has(normalizeName(t))));
      if (sharing.length === 1) candidates = sharing;
    }
    if (candidates.length === 1) return { key: candidates[0] as string, also: [] };
    const solo = this.index.soloPersons.get(own);
    const key = solo !== undefined && this.graph.hasNode(solo) ? solo : actor.id;
    return candidates.length > 1 ? { key, candidates, also: [] } : { key, also: [] };
  }

  /**
   * The node a place of a new article belongs to (its own id when none matches), and the other nodes it matched:
   * an article naming a town by both names ("Novohrad (formerly Zvyahel)") proves that a "Novohrad" node and a
   * "Zvyahel" node built from earlier articles are one place, so the caller folds those into the first.
   */
  placeTargets(place: Place): { key: string; also: string[] } {
    if (this.graph.hasNode(place.id) && this.graph.getNodeAttribute(place.id, 'nodeType') !== 'place') return { key: place.id, also: [] };
    const keys = [place.name, ...place.aliases].flatMap((n) => [...(this.index.places.get(plainKey(n)) ?? [])]);
    const found = this.live<PlaceNode>(keys, (n) => n.nodeType === 'place' && compatibleCountry(n.countryCode, place.countryCode));
    const key = this.graph.hasNode(place.id) ? place.id : (this.preferByName(found, place.name, plainKey) ?? place.id);
    return { key, also: found.filter((k) => k !== key) };
  }

  /** Among several matches, the one whose own name has the same key as `name`; else the first. */
  private preferByName(keys: string[], name: string, keyOf: (n: string) => string): string | undefined {
    if (keys.length <= 1) return keys[0];
    const wanted = keyOf(name);
    return keys.find((k) => keyOf((this.graph.getNodeAttributes(k) as ActorNode | PlaceNode).name) === wanted) ?? keys[0];
  }

  registerActor(key: string): void {
    registerActor(this.index, key, this.graph.getNodeAttributes(key) as ActorNode);
  }

  registerPlace(key: string): void {
    registerPlace(this.index, key, this.graph.getNodeAttributes(key) as PlaceNode);
  }

  /**
   * After a full-name person `key` was added or grew: a surname-only node of the same surname joins it when it is
   * now the only full name that fits; otherwise that node's `candidates` learn of it.
   */
  settleSurname(key: string, merge: (into: ActorNode, from: ActorNode) => void): void {
    const node = this.graph.getNodeAttributes(key) as ActorNode;
    if (node.kind !== 'person') return;
    const full = personKey(node.name);
    if (!full.includes(' ')) return;
    const surname = full.slice(full.lastIndexOf(' ') + 1);
    const solo = this.index.soloPersons.get(surname);
    if (solo === undefined || solo === key || !this.graph.hasNode(solo)) return;
    const soloNode = this.graph.getNodeAttributes(solo) as ActorNode;
    if (soloNode.nodeType !== 'actor' || soloNode.kind !== 'person') return;
    const fits = this.live<ActorNode>(this.index.surnames.get(surname), (n) =>
      n.nodeType === 'actor' && n.kind === 'person' && compatibleCountry(n.countryCode, soloNode.countryCode));
    if (!fits.includes(key)) return;
    if (fits.length === 1 && soloNode.candidates === undefined) {
      this.moveNode(solo, key, merge);
      this.index.soloPersons.delete(surname);
      return;
    }
    const candidates = [...new Set([...(soloNode.candidates ?? []), ...fits])].sort();
    this.graph.replaceNodeAttributes(solo, { ...soloNode, candidates });
  }

  /**
   * Merges node `from` into node `to`: attributes by `merge`, edges redrawn to `to` with their article and span,
   * and the ids inside claim and event records that pointed at `from` rewritten.
   */
  moveNode<N extends ActorNode | PlaceNode>(from: string, to: string, merge: (into: N, from: N) => void): void {
    const graph = this.graph;
    const into = graph.getNodeAttributes(to) as N;
    merge(into, graph.getNodeAttributes(from) as N);
    const edges: { source: string; target: string; attributes: EdgeAttributes }[] = [];
    const neighbours = new Set<string>();
    graph.forEachEdge(from, (_edge, attributes, source, target) => {
      edges.push({ source: source === from ? to : source, target: target === from ? to : target, attributes });
      neighbours.add(source === from ? target : source);
    });
    graph.dropNode(from);
    this.index.redirects.set(from, to);
    for (const { source, target, attributes } of edges) {
      const role = attributes.edgeType === 'participant' ? attributes.role : undefined;
      const duplicate = graph.edges(source, target).some((e) => {
        const other = graph.getEdgeAttributes(e);
        return other.edgeType === attributes.edgeType && other.articleId === attributes.articleId &&
          (other.edgeType === 'participant' ? other.role : undefined) === role;
      });
      if (duplicate) continue;
      let n = 0;
      while (graph.hasEdge(edgeKey(attributes.edgeType, source, target, attributes.articleId, n))) n++;
      graph.addDirectedEdgeWithKey(edgeKey(attributes.edgeType, source, target, attributes.articleId, n), source, target, attributes);
    }
    const swap = (id: string): string => (id === from ? to : id);
    for (const key of neighbours) {
      if (key === from || !graph.hasNode(key)) continue;
      const node = graph.getNodeAttributes(key);
      if (node.nodeType === 'claim' || node.nodeType === 'event' || node.nodeType === 'place') {
        graph.replaceNodeAttributes(key, rewriteIds(node, swap));
      }
    }
    graph.replaceNodeAttributes(to, into);
    if (into.nodeType === 'actor') this.registerActor(to);
    else this.registerPlace(to);
  }
}

/** A claim, event or place record with every actor/place id it holds passed through `map`. */
export function rewriteIds<N extends NodeAttributes>(node: N, map: (id: string) => string): N {
  switch (node.nodeType) {
    case 'claim':
      return {
        ...node,
        claimantId: node.claimantId === null ? null : map(node.claimantId),
        about: { ...node.about, actorIds: node.about.actorIds.map(map), placeIds: node.about.placeIds.map(map) },
      };
    case 'event':
      return {
        ...node,
        placeIds: node.placeIds.map(map),
        participants: node.participants.map((p) => ({ ...p, actorId: map(p.actorId) })),
      };
    case 'place':
      return node.within === undefined ? node : { ...node, within: node.within.map(map) };
    default:
      return node;
  }
}
