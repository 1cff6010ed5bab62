import { InvalidInputError } from '../errors.js';
import type { Actor } from '../schema/actor.js';
import { ParsedArticleSchema, type ParsedArticle } from '../schema/article.js';
import type { Claim } from '../schema/claim.js';
import type { NewsEvent, ParticipantRole } from '../schema/event.js';
import type {
  ActorNode, ArticleMention, ArticleNode, ClaimNode, DateNode, EdgeAttributes, EdgeType, EventNode, NodeAttributes,
  NodeType, PlaceNode,
} from '../schema/graph.js';
import type { Place } from '../schema/place.js';
import type { Mention } from '../schema/span.js';
import { assertGraph } from './assert-graph.js';
import { EDGE_ENDPOINTS } from './edge-endpoints.js';
import { formatPath } from './format-issue.js';
import { rewriteIds, withIdentity, type Identity } from './identity.js';
import { articleKey, dateKey, edgeKey } from './keys.js';
import type { NewsGraph } from './news-graph.js';
import { timemlInterval } from './timeml-interval.js';

/** A link `addArticle` could not draw because the record it points at is in neither the article nor the graph. */
export interface DanglingReference {
  edgeType: EdgeType;
  source: string;
  target: string;
}

export interface AddArticleResult {
  /** False when an article with the same id was already in the graph; the graph is then unchanged. */
  added: boolean;
  /** Key of the article's node. */
  articleKey: string;
  /** References skipped because their target does not exist, in the order met. */
  dangling: DanglingReference[];
}

type Span = { start: number | null; end: number | null };

/**
 * Adds one parsed article to a graph: an article node, its actors, places, events, claims and the dates they
 * happened on, and the typed edges between them (see `src/schema/graph.ts`).
 *
 * - Actors and places already in the graph (same id) are merged: aliases and titles united, mentions kept per
 *   article, the longest name kept as `name` (the others become aliases).
 * - An event or claim id already in the graph keeps its first record and gains the article in `articleIds`.
 * - Re-adding an article whose id is already in the graph changes nothing.
 * - References to records that exist nowhere are skipped and returned in `dangling` instead of thrown.
 *
 * The input is validated with `ParsedArticleSchema` first, so attributes are built from zod's copy, which holds
 * only schema keys: no key of the input can reach a prototype. Throws `InvalidInputError` on invalid input.
 *
 * @example
 * const graph = createGraph();
 * addArticle(graph, parseArticle(text, { publishedAt: '2025-12-03' })).added; // true
 * addArticle(graph, parseArticle(text, { publishedAt: '2025-12-03' })).added; // false: already there
 */
export function addArticle(graph: NewsGraph, parsed: ParsedArticle): AddArticleResult {
  assertGraph(graph, 'addArticle');
  const p = validate(parsed);
  const articleId = p.article.id;
  const aKey = articleKey(articleId);
  const result: AddArticleResult = { added: false, articleKey: aKey, dangling: [] };
  if (graph.hasNode(aKey)) return result;
  result.added = true;
  withIdentity(graph, (identity) => addNew(graph, identity, p, result));
  return result;
}

function addNew(graph: NewsGraph, identity: Identity, p: ParsedArticle, result: AddArticleResult): void {
  const articleId = p.article.id;
  const aKey = result.articleKey;

  // Nodes first, so edges may point at records listed later in the article.
  const article: ArticleNode = defined({
    nodeType: 'article' as const,
    label: p.article.title ?? articleId,
    ...p.article,
    articleIds: [articleId],
  });
  graph.addNode(aKey, article);
  // Actors and places go to the node cross-article identity picks; `idMap` sends the article's ids there.
  const idMap = new Map<string, string>();
  const mapId = (id: string): string => {
    let key = idMap.get(id) ?? id;
    for (let hops = 0; hops < 8 && !graph.hasNode(key); hops++) key = identity.redirects.get(key) ?? key;
    return key;
  };
  for (const actor of p.actors) {
    const target = identity.actorTarget(actor);
    const node = actorNode(actor, articleId);
    if (target.candidates !== undefined) node.candidates = target.candidates;
    upsert(graph, target.key, node, mergeActors);
    identity.registerActor(target.key);
    for (const other of target.also) identity.moveNode(other, target.key, moveActor);
    idMap.set(actor.id, target.key);
  }
  for (const key of new Set(idMap.values())) {
    if (graph.hasNode(key)) identity.settleSurname(key, moveActor);
  }
  for (const place of p.places) {
    const { key, also } = identity.placeTargets(place);
    upsert(graph, key, rewriteIds(placeNode(place, articleId), mapId), mergePlaces);
    identity.registerPlace(key);
    for (const other of also) identity.moveNode(other, key, movePlace);
    idMap.set(place.id, key);
  }
  for (const event of p.events) upsert(graph, event.id, rewriteIds(eventNode(event, articleId), mapId), mergeRecord);
  for (const claim of p.claims) upsert(graph, claim.id, rewriteIds(claimNode(claim, articleId), mapId), mergeRecord);
  for (const value of new Set([...p.events, ...p.claims].map((r) => r.date))) {
    if (value === null) continue;
    const interval = timemlInterval(value);
    if (interval === null) continue; // references and partial values do not name one calendar date
    const mentions = p.times
      .filter((t) => t.value === value)
      .map((t) => ({ articleId, start: t.start, end: t.end, text: t.text }));
    const node: DateNode = {
      nodeType: 'date', label: value, value, granularity: interval.granularity, mentions, articleIds: [articleId],
    };
    upsert(graph, dateKey(value), node, mergeDates);
  }

  const claimsById = new Map(p.claims.map((c) => [c.id, c]));
  const edges = new EdgeWriter(graph, articleId, result.dangling, mapId);
  for (const actor of p.actors) edges.add('mentioned-in', actor.id, aKey, firstMention(actor.mentions));
  for (const place of p.places) edges.add('mentioned-in', place.id, aKey, firstMention(place.mentions));
  for (const event of p.events) {
    const span = { start: event.start, end: event.end };
    edges.add('mentioned-in', event.id, aKey, span);
    for (const participant of event.participants) {
      edges.add('participant', participant.actorId, event.id, span, participant.role);
    }
    for (const placeId of event.placeIds) edges.add('located-at', event.id, placeId, span);
    if (event.date !== null && timemlInterval(event.date)) edges.add('on-date', event.id, dateKey(event.date), span);
    for (const claimId of event.claimIds) {
      const claim = claimsById.get(claimId);
      edges.add('reported-by', event.id, claimId, claim ? { start: claim.start, end: claim.end } : span);
    }
  }
  for (const claim of p.claims) {
    const span = { start: claim.start, end: claim.end };
    edges.add('mentioned-in', claim.id, aKey, span);
    if (claim.claimantId !== null) edges.add('claimed', claim.claimantId, claim.id, span);
    for (const id of [...claim.about.actorIds, ...claim.about.placeIds, ...claim.about.eventIds]) {
      edges.add('about', claim.id, id, span);
    }
    if (claim.date !== null && timemlInterval(claim.date)) edges.add('on-date', claim.id, dateKey(claim.date), span);
    for (const disputed of claim.disputes) edges.add('disputes', claim.id, disputed, span);
  }
}

const PREFIXED: readonly [keyof ParsedArticle, NodeType][] = [
  ['actors', 'actor'], ['places', 'place'], ['events', 'event'], ['claims', 'claim'],
];

function validate(parsed: unknown): ParsedArticle {
  const checked = ParsedArticleSchema.safeParse(parsed);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    const where = formatPath(issue?.path ?? []);
    throw new InvalidInputError(`addArticle expects a ParsedArticle (from parseArticle); ${where}: ${issue?.message ?? 'invalid'}`);
  }
  const p = checked.data;
  for (const [field, type] of PREFIXED) {
    (p[field] as { id: string }[]).forEach((record, i) => {
      if (!record.id.startsWith(`${type}:`)) {
        throw new InvalidInputError(`addArticle: ${field}[${i}].id must start with "${type}:" (got ${JSON.stringify(record.id)})`);
      }
    });
  }
  return p;
}

/** Adds one article's edges with deterministic keys, dropping exact repeats and dangling references. */
class EdgeWriter {
  private readonly seen = new Set<string>();
  private readonly counts = new Map<string, number>();

  constructor(
    private readonly graph: NewsGraph,
    private readonly articleId: string,
    private readonly dangling: DanglingReference[],
    private readonly mapId: (id: string) => string,
  ) {}

  add(edgeType: EdgeType, rawSource: string, rawTarget: string, span: Span, role?: ParticipantRole): void {
    const source = this.mapId(rawSource);
    const target = this.mapId(rawTarget);
    const [sourceTypes, targetTypes] = EDGE_ENDPOINTS[edgeType];
    if (!this.isNodeOf(source, sourceTypes) || !this.isNodeOf(target, targetTypes)) {
      this.dangling.push({ edgeType, source, target });
      return;
    }
    const identity = JSON.stringify([edgeType, source, target, role ?? null]);
    if (this.seen.has(identity)) return;
    this.seen.add(identity);
    const pair = JSON.stringify([edgeType, source, target]);
    const n = this.counts.get(pair) ?? 0;
    this.counts.set(pair, n + 1);
    const attributes: EdgeAttributes =
      edgeType === 'participant'
        ? { edgeType, articleId: this.articleId, start: span.start, end: span.end, role: role ?? 'participant' }
        : { edgeType, articleId: this.articleId, start: span.start, end: span.end };
    this.graph.addDirectedEdgeWithKey(edgeKey(edgeType, source, target, this.articleId, n), source, target, attributes);
  }

  private isNodeOf(key: string, types: readonly NodeType[]): boolean {
    return this.graph.hasNode(key) && types.includes(this.graph.getNodeAttribute(key, 'nodeType'));
  }
}

function upsert<N extends NodeAttributes>(graph: NewsGraph, key: string, node: N, merge: (old: N, next: N) => void): void {
  if (!graph.hasNode(key)) {
    graph.addNode(key, node);
    return;
  }
  const old = graph.getNodeAttributes(key);
  if (old.nodeType !== node.nodeType) return; // prefixes make this impossible for keys we build
  // Merged in place, because copying the mentions of an actor named in every article would make building
  // quadratic; handing graphology the object again makes it emit the update that drops cached query indexes.
  merge(old as N, node);
  graph.replaceNodeAttributes(key, old);
}

function actorNode(actor: Actor, articleId: string): ActorNode {
  return defined({
    ...actor,
    nodeType: 'actor' as const,
    label: actor.name,
    aliases: unique(actor.aliases).filter((a) => a !== actor.name),
    titles: unique(actor.titles),
    mentions: articleMentions(actor.mentions, articleId),
    articleIds: [articleId],
  });
}

function placeNode(place: Place, articleId: string): PlaceNode {
  return defined({
    ...place,
    nodeType: 'place' as const,
    label: place.name,
    aliases: unique(place.aliases).filter((a) => a !== place.name),
    mentions: articleMentions(place.mentions, articleId),
    articleIds: [articleId],
  });
}

function eventNode(event: NewsEvent, articleId: string): EventNode {
  return defined({ ...event, nodeType: 'event' as const, label: `${event.type}: ${event.trigger.text}`, articleId, articleIds: [articleId] });
}

function claimNode(claim: Claim, articleId: string): ClaimNode {
  const label = claim.content.length > 80 ? `${claim.content.slice(0, 79)}…` : claim.content;
  return defined({ ...claim, nodeType: 'claim' as const, label, articleId, articleIds: [articleId] });
}

/** The longer name wins; on a tie the one that sorts first, so the result does not depend on article order. */
function pickName(a: string, b: string): string {
  if (a.length !== b.length) return a.length > b.length ? a : b;
  return a <= b ? a : b;
}

/** Adds the article of `next` (always one, the article being added) unless it was the last one added. */
function addArticleIdOf(old: { articleIds: string[] }, next: { articleIds: string[] }): void {
  for (const id of next.articleIds) {
    if (old.articleIds[old.articleIds.length - 1] !== id) old.articleIds.push(id);
  }
}

function mergeNamed(old: ActorNode | PlaceNode, next: ActorNode | PlaceNode): void {
  const name = pickName(old.name, next.name);
  old.aliases = unique([old.name, ...old.aliases, next.name, ...next.aliases]).filter((a) => a !== name);
  old.name = name;
  old.label = name;
  for (const mention of next.mentions) old.mentions.push(mention);
  addArticleIdOf(old, next);
}

function mergeActors(old: ActorNode, next: ActorNode): void {
  mergeNamed(old, next);
  old.titles = unique([...old.titles, ...next.titles]);
  if (old.countryCode === undefined && next.countryCode !== undefined) old.countryCode = next.countryCode;
  if (next.candidates !== undefined) old.candidates = unique([...(old.candidates ?? []), ...next.candidates]).sort();
}

/**
 * The articles of a node folded into `into`, once each. `into` was just given the article being added, so that
 * article stays last: `addArticleIdOf` only compares with the last id when the same article meets the node again.
 */
function foldArticleIds(into: { articleIds: string[] }, from: { articleIds: string[] }): void {
  const current = into.articleIds[into.articleIds.length - 1];
  const ids = unique([...into.articleIds, ...from.articleIds]).filter((id) => id !== current);
  if (current !== undefined) ids.push(current);
  into.articleIds = ids;
}

/** A surname-only node folded into the one full name that fits: its ambiguity is resolved, so `candidates` goes. */
function moveActor(into: ActorNode, from: ActorNode): void {
  const { candidates: _dropped, articleIds, ...rest } = from;
  mergeActors(into, { ...rest, articleIds: [] });
  foldArticleIds(into, { articleIds });
}

function mergePlaces(old: PlaceNode, next: PlaceNode): void {
  mergeNamed(old, next);
  if (old.countryCode === undefined && next.countryCode !== undefined) old.countryCode = next.countryCode;
  if (old.coordinates === undefined && next.coordinates !== undefined) old.coordinates = next.coordinates;
  if (next.within !== undefined) old.within = unique([...(old.within ?? []), ...next.within]);
}

function movePlace(into: PlaceNode, from: PlaceNode): void {
  mergePlaces(into, { ...from, articleIds: [] });
  foldArticleIds(into, from);
}

function mergeDates(old: DateNode, next: DateNode): void {
  for (const mention of next.mentions) old.mentions.push(mention);
  addArticleIdOf(old, next);
}

/** An event or claim id met again keeps its first record; only the article is added. */
function mergeRecord(old: EventNode | ClaimNode, next: EventNode | ClaimNode): void {
  addArticleIdOf(old, next);
}

function articleMentions(mentions: Mention[], articleId: string): ArticleMention[] {
  return mentions.map((m) => ({ articleId, start: m.start, end: m.end, text: m.text }));
}

function firstMention(mentions: Mention[]): Span {
  const first = mentions[0];
  return first ? { start: first.start, end: first.end } : { start: null, end: null };
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

/** Drops keys whose value is undefined, so attributes hold exactly what JSON export will write. */
function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
