import type { PoolClient } from 'pg';
import { InvalidInputError } from '../errors.js';
import { addArticle, type DanglingReference } from '../graph/add-article.js';
import { adoptIdentityIndex, createIdentityIndex, identityLookups, rewriteIds, type IdentityIndex } from '../graph/identity.js';
import { articleKey, dateKey } from '../graph/keys.js';
import { createGraph, type NewsMultiDirectedGraph } from '../graph/news-graph.js';
import { timemlInterval } from '../graph/timeml-interval.js';
import { queryNamesOf } from '../query/query-index.js';
import type { ParsedArticle } from '../schema/article.js';
import type { ActorNode, EdgeType, NodeAttributes, NodeType, PlaceNode } from '../schema/graph.js';
import type { EdgeRow, NodeRow } from './slice.js';

/*
 * Adding a batch of articles to the store runs the in-memory `addArticle` itself, so the store merges actors and
 * places by exactly the rules of src/graph. The batch's transaction first takes the store's write lock, then loads
 * a working graph: every node the batch's records name, every node the identity tables list under a key the
 * batch can look up (`identityLookups`), and those tables' rows. addArticle runs on that graph with the loaded
 * tables adopted; what it added or changed is written back, and nodes it merged away are moved in SQL (their
 * edges, mentions and articles go to the node they joined), as `Identity.moveNode` does in memory.
 *
 * Actors, places and dates keep their mentions and articleIds in tables of their own, because those grow with
 * every article: in the working graph such a node starts with empty lists, so whatever the lists hold at the end
 * is what the batch added.
 */

/** What happened to one article of `addArticles`, in input order. */
export type ArticleOutcome =
  | { status: 'added'; articleId: string; dangling: DanglingReference[] }
  | { status: 'skipped'; articleId: string; reason: string }
  | { status: 'failed'; articleId: string | null; error: string };

/** Node types whose mentions and articleIds live outside `attrs`. */
const SIDE_TYPES = new Set<NodeType>(['actor', 'place', 'date']);

/**
 * Opens a batch's transaction and takes the store's write lock in one round trip (a constant string: the lock is
 * named after the schema in the search path, as `openStore`'s migration lock is). `synchronous_commit = off` lets
 * COMMIT return before the batch's WAL reaches disk: a server crash can then lose the last batches acknowledged
 * (whole, never half of one), which rerunning a build adds again.
 */
const WRITE_LOCK = `SELECT pg_advisory_xact_lock(hashtext('newsgraph:' || current_schema()))`;
const BEGIN_DURABLE = `BEGIN; ${WRITE_LOCK}`;
const BEGIN_FAST = `BEGIN; SET LOCAL synchronous_commit = off; ${WRITE_LOCK}`;

/**
 * Everything a batch reads, in one statement: the nodes under the keys its articles name (`n`; its articles' own
 * nodes among them, so those already stored are found), the identity-table rows under the keys it can look up
 * (`i`, `s`) and the nodes they list, the redirects of its keys (`r`: only actors and places are ever merged away),
 * and ids for the nodes it may create (`x`).
 * Attributes come as text, so that a node whose attributes did not change is not written again.
 */
const READ = {
  name: 'ng_batch_read',
  text: `WITH found AS (
    SELECT n.id FROM unnest($1::text[]) AS k(key) JOIN nodes n ON n.key_md5 = md5(k.key)::uuid AND n.key = k.key
  ),
  idk AS (
    SELECT i.tbl, i.key, i.node FROM unnest($2::text[], $3::text[]) AS u(tbl, key)
    JOIN identity_keys i ON i.tbl = u.tbl AND i.key_md5 = md5(u.key)::uuid AND i.key = u.key
  ),
  solo AS (
    SELECT s.key, s.node FROM unnest($4::text[]) AS u(key) JOIN identity_solo s ON s.key_md5 = md5(u.key)::uuid AND s.key = u.key
  ),
  wanted AS (SELECT id FROM found UNION SELECT node FROM idk UNION SELECT node FROM solo)
  SELECT 'n'::text, NULL::text, n.id::text, n.key, n.type::text, n.attrs::text FROM wanted JOIN nodes n ON n.id = wanted.id
  UNION ALL SELECT 'i', tbl, node::text, key, NULL, NULL FROM idk
  UNION ALL SELECT 's', NULL, node::text, key, NULL, NULL FROM solo
  UNION ALL
  SELECT 'r', NULL, NULL, r.from_key, r.to_key, NULL FROM unnest($1::text[]) AS u(key)
  JOIN redirects r ON r.from_md5 = md5(u.key)::uuid AND r.from_key = u.key
  WHERE starts_with(u.key, 'actor:') OR starts_with(u.key, 'place:')
  UNION ALL SELECT 'x', NULL, nextval(pg_get_serial_sequence('nodes', 'id'))::text, NULL, NULL, NULL FROM generate_series(1, $5)`,
};

/**
 * Everything a batch writes, in one statement of data-modifying CTEs, each fed one JSON parameter (rows as
 * objects): new nodes (with the ids READ handed out), article texts, changed attributes, mentions, node articles,
 * edges, the names queries resolve and places' within (only what changed), identity-table entries and redirects.
 * The lists are disjoint by construction (no row is deleted and inserted again), as CTEs of one statement do not
 * see each other's changes.
 */
const WRITE = {
  name: 'ng_batch_write',
  text: `WITH
  new_nodes AS (
    INSERT INTO nodes (id, key, type, attrs, range_start, range_end, article, refs) OVERRIDING SYSTEM VALUE
    SELECT * FROM json_to_recordset($1::json) AS x(i bigint, k text, t node_type, a json, s bigint, e bigint, ar bigint, rf text[])
  ),
  new_texts AS (
    INSERT INTO article_texts (node, text) SELECT * FROM json_to_recordset($2::json) AS x(i bigint, tx text)
  ),
  changed AS (
    UPDATE nodes SET attrs = x.a, refs = x.rf FROM json_to_recordset($3::json) AS x(i bigint, a json, rf text[]) WHERE nodes.id = x.i
  ),
  new_mentions AS (
    INSERT INTO mentions (node, article, start_offset, end_offset, text)
    SELECT * FROM json_to_recordset($4::json) AS x(n bigint, ar bigint, s int, e int, tx text)
  ),
  new_node_articles AS (
    INSERT INTO node_articles (node, article) SELECT * FROM json_to_recordset($5::json) AS x(n bigint, ar bigint) ON CONFLICT DO NOTHING
  ),
  new_edges AS (
    INSERT INTO edges (source, type, target, article, role, n, start_offset, end_offset)
    SELECT * FROM json_to_recordset($6::json) AS x(s bigint, t edge_type, g bigint, ar bigint, r text, n int, b int, e int)
  ),
  old_names AS (
    DELETE FROM names USING json_to_recordset($7::json) AS x(k text, m text, n bigint)
    WHERE names.kind = x.k AND names.name_md5 = md5(x.m)::uuid AND names.node = x.n
  ),
  new_names AS (
    INSERT INTO names (kind, name, node) SELECT * FROM json_to_recordset($8::json) AS x(k text, m text, n bigint) ON CONFLICT DO NOTHING
  ),
  old_within AS (
    DELETE FROM place_within USING json_to_recordset($9::json) AS x(c bigint, p text)
    WHERE place_within.child = x.c AND place_within.parent_md5 = md5(x.p)::uuid
  ),
  new_within AS (
    INSERT INTO place_within (child, parent_key) SELECT * FROM json_to_recordset($10::json) AS x(c bigint, p text) ON CONFLICT DO NOTHING
  ),
  new_keys AS (
    INSERT INTO identity_keys (tbl, key, node) SELECT * FROM json_to_recordset($11::json) AS x(t text, k text, n bigint) ON CONFLICT DO NOTHING
  ),
  old_solo AS (
    DELETE FROM identity_solo WHERE key_md5 IN (SELECT md5(k)::uuid FROM json_array_elements_text($12::json) AS k)
  ),
  new_solo AS (
    INSERT INTO identity_solo (key, node) SELECT * FROM json_to_recordset($13::json) AS x(k text, n bigint)
    ON CONFLICT (key_md5) DO UPDATE SET key = EXCLUDED.key, node = EXCLUDED.node
  ),
  new_redirects AS (
    INSERT INTO redirects (from_key, to_key) SELECT * FROM json_to_recordset($14::json) AS x(f text, t text)
    ON CONFLICT (from_md5) DO UPDATE SET to_key = EXCLUDED.to_key
  )
  SELECT 1`,
};

type ReadRow = [kind: string, tbl: string | null, id: string | null, key: string | null, type: string | null, attrs: string | null];

/** The loaded part of the store: the working graph, where each node came from, and the identity rows read. */
class WorkingSet {
  readonly graph: NewsMultiDirectedGraph = createGraph();
  /** Node key -> id of the nodes loaded from the store. */
  readonly ids = new Map<string, string>();
  /** Node key -> its attributes as stored (JSON text), to write back only what changed. */
  readonly stored = new Map<string, string>();
  readonly index: IdentityIndex = createIdentityIndex();
  readonly loadedKeys = new Set<string>();
  readonly loadedSolo = new Map<string, string>();
  readonly loadedRedirects = new Map<string, string>();
  /** Keys whose attributes changed after loading. */
  readonly dirty = new Set<string>();
  /** Loaded nodes addArticle merged into others, and those of them whose key a new node took again later. */
  readonly dropped = new Set<string>();
  readonly recreated = new Set<string>();
  /** Ids handed out for new nodes, taken in order. */
  readonly freeIds: string[] = [];
  /** Node keys, identity keys (`tbl \0 key`) and solo keys (`\0 key`) already read. */
  private readonly asked = new Set<string>();

  /** Runs READ for what was not read yet; `ids` more node ids are handed out. */
  async read(client: PoolClient, keys: readonly string[], lookups: readonly Lookup[], solo: readonly string[], ids: number): Promise<void> {
    const fresh = (id: string): boolean => !this.asked.has(id) && (this.asked.add(id), true);
    const k = [...new Set(keys)].filter((key) => fresh(`n\u0000${key}`));
    const l = lookups.filter((x) => fresh(`${x.tbl}\u0000${x.key}`));
    const so = [...new Set(solo)].filter((key) => fresh(`\u0000${key}`));
    if (k.length === 0 && l.length === 0 && so.length === 0 && ids === 0) return;
    const { rows } = await client.query<ReadRow>({ ...READ, values: [k, l.map((x) => x.tbl), l.map((x) => x.key), so, ids], rowMode: 'array' });
    const keyOf = new Map<string, string>();
    for (const [kind, , id, key, type, attrs] of rows) {
      if (kind !== 'n') continue;
      keyOf.set(id as string, key as string);
      if (this.ids.has(key as string)) continue;
      this.ids.set(key as string, id as string);
      this.stored.set(key as string, attrs as string);
      const parsed = JSON.parse(attrs as string) as Record<string, unknown>;
      this.graph.addNode(key as string, (SIDE_TYPES.has(type as NodeType) ? { ...parsed, mentions: [], articleIds: [] } : parsed) as unknown as NodeAttributes);
    }
    for (const [kind, tbl, id, key, type] of rows) {
      if (kind === 'i') {
        const nodeKey = keyOf.get(id as string) as string;
        const table = tbl === 'actors' ? this.index.actors : tbl === 'surnames' ? this.index.surnames : this.index.places;
        let set = table.get(key as string);
        if (set === undefined) table.set(key as string, (set = new Set()));
        set.add(nodeKey);
        this.loadedKeys.add(`${tbl}\u0000${key}\u0000${nodeKey}`);
      } else if (kind === 's') {
        const nodeKey = keyOf.get(id as string) as string;
        this.index.soloPersons.set(key as string, nodeKey);
        this.loadedSolo.set(key as string, nodeKey);
      } else if (kind === 'r') {
        // (`type` holds the redirect's target)
        this.index.redirects.set(key as string, type as string);
        this.loadedRedirects.set(key as string, type as string);
      } else if (kind === 'x') this.freeIds.push(id as string);
    }
  }

  /** An id for a new node: one READ handed out, or more from the sequence. */
  async newId(client: PoolClient): Promise<string> {
    if (this.freeIds.length === 0) await this.read(client, [], [], [], 64);
    return this.freeIds.shift() as string;
  }
}

interface Lookup {
  tbl: string;
  key: string;
}

/**
 * What can be done with a batch before the database is involved (and so while the previous batch is being
 * written): the articles PostgreSQL cannot hold, and every node key and identity key the others can touch.
 */
export interface PreparedBatch {
  batch: readonly ParsedArticle[];
  /** Outcomes decided before writing: articles that cannot be stored. */
  known: readonly (ArticleOutcome | undefined)[];
  /** Node keys the articles name, their own article keys among them. */
  keys: string[];
  lookups: Lookup[];
  solo: string[];
  /** At most this many nodes can be new. */
  maxNew: number;
}

/** Checks and collects what `writeBatch` needs from `batch`; CPU only. */
export function prepareBatch(batch: readonly ParsedArticle[]): PreparedBatch {
  const known: (ArticleOutcome | undefined)[] = batch.map(() => undefined);
  const keys: string[] = [];
  const lookups: Lookup[] = [];
  const solo: string[] = [];
  let maxNew = 0;
  const addLookups = (type: 'actor' | 'place', record: { name: string; aliases: string[]; kind?: string }): void => {
    const found = identityLookups(type, record);
    for (const key of found.actors) lookups.push({ tbl: 'actors', key });
    for (const key of found.surnames) lookups.push({ tbl: 'surnames', key });
    for (const key of found.places) lookups.push({ tbl: 'places', key });
    solo.push(...found.surnames);
  };
  const collect = (p: ParsedArticle): void => {
    keys.push(articleKey(p.article.id));
    maxNew += 1 + p.actors.length + p.places.length + 2 * (p.events.length + p.claims.length);
    for (const actor of p.actors) {
      keys.push(actor.id);
      addLookups('actor', actor);
    }
    for (const place of p.places) {
      keys.push(place.id, ...(place.within ?? []));
      addLookups('place', place);
    }
    for (const event of p.events) {
      keys.push(event.id, ...event.placeIds, ...event.participants.map((x) => x.actorId), ...event.claimIds);
      if (event.date !== null && timemlInterval(event.date)) keys.push(dateKey(event.date));
    }
    for (const claim of p.claims) {
      keys.push(claim.id, ...claim.disputes, ...claim.about.actorIds, ...claim.about.placeIds, ...claim.about.eventIds);
      if (claim.claimantId !== null) keys.push(claim.claimantId);
      if (claim.date !== null && timemlInterval(claim.date)) keys.push(dateKey(claim.date));
    }
  };
  batch.forEach((parsed, i) => {
    const problem = unstorable(parsed);
    if (problem !== null) {
      known[i] = { status: 'failed', articleId: articleIdOf(parsed), error: `cannot store it: ${problem}` };
      return;
    }
    try {
      collect(parsed);
    } catch {
      // A malformed article: addArticle's validation reports it, and nothing of it is written.
    }
  });
  return { batch, known, keys: keys.filter((k) => typeof k === 'string'), lookups: lookups.filter((l) => typeof l.key === 'string'), solo, maxNew };
}

/** Every node and identity entry a batch can touch; see `WorkingSet`. */
async function loadWorkingSet(client: PoolClient, prepared: PreparedBatch): Promise<WorkingSet> {
  const ws = new WorkingSet();
  await ws.read(client, prepared.keys, prepared.lookups, prepared.solo, prepared.maxNew);
  // settleSurname reads the surname of a node's current name, which may come from a node loaded above; addArticle
  // follows redirects to their targets. Both may need a few more rows (most batches need none).
  for (let round = 0; round < 8; round++) {
    const more: Lookup[] = [];
    const moreSolo: string[] = [];
    ws.graph.forEachNode((_key, attributes) => {
      if (attributes.nodeType !== 'actor' || attributes.kind !== 'person') return;
      for (const surname of identityLookups('actor', attributes).surnames) {
        more.push({ tbl: 'surnames', key: surname });
        moreSolo.push(surname);
      }
    });
    const targets = [...ws.index.redirects.values()].filter((k) => !ws.ids.has(k));
    const before = ws.ids.size + ws.loadedKeys.size + ws.loadedSolo.size + ws.loadedRedirects.size;
    await ws.read(client, targets, more, moreSolo, 0);
    if (ws.ids.size + ws.loadedKeys.size + ws.loadedSolo.size + ws.loadedRedirects.size === before) break;
  }
  return ws;
}

/** Why PostgreSQL cannot hold an article as it is, or null: text and jsonb refuse U+0000 and lone surrogates. */
export function unstorable(parsed: unknown): string | null {
  const json = JSON.stringify(parsed);
  if (json === undefined) return 'the article is not JSON data';
  // JSON.stringify escapes exactly these: NUL as \u0000 and a surrogate without its pair as \udXXX.
  const bad = /\\u0000|\\ud[89a-f][0-9a-f]{2}/i.exec(json);
  if (bad === null) return null;
  return bad[0] === '\\u0000'
    ? 'it contains the character U+0000, which PostgreSQL text cannot hold'
    : 'it contains a lone UTF-16 surrogate (broken Unicode), which PostgreSQL text cannot hold';
}

/** Thrown inside a batch when addArticle failed half-way, leaving the working graph unusable: the batch reruns without it. */
class ArticleAbort extends Error {
  constructor(readonly position: number, readonly reason: unknown) {
    super('article failed');
  }
}

/**
 * Adds one prepared batch in one transaction, holding the store's write lock. Articles already stored, repeated
 * in the batch, invalid or not storable are reported and skipped; the rest are written together. `durable: false`
 * commits without waiting for the disk (see BEGIN_FAST).
 */
export async function writeBatch(client: PoolClient, prepared: PreparedBatch, durable: boolean): Promise<ArticleOutcome[]> {
  const outcomes = [...prepared.known];
  for (;;) {
    await client.query(durable ? BEGIN_DURABLE : BEGIN_FAST);
    try {
      const result = await attempt(client, prepared, outcomes);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK');
      if (!(error instanceof ArticleAbort)) throw error;
      outcomes[error.position] = { status: 'failed', articleId: articleIdOf(prepared.batch[error.position]), error: messageOf(error.reason) };
    }
  }
}

function articleIdOf(parsed: unknown): string | null {
  const id = (parsed as { article?: { id?: unknown } } | null)?.article?.id;
  return typeof id === 'string' ? id : null;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function attempt(client: PoolClient, prepared: PreparedBatch, known: readonly (ArticleOutcome | undefined)[]): Promise<ArticleOutcome[]> {
  const outcomes = [...known];
  const ws = await loadWorkingSet(client, prepared);
  // Articles already in the store were loaded with the batch's keys: they are skipped, and nothing of them changes.
  prepared.batch.forEach((parsed, i) => {
    const id = articleIdOf(parsed);
    if (outcomes[i] === undefined && id !== null && ws.ids.has(articleKey(id))) outcomes[i] = { status: 'skipped', articleId: id, reason: 'already in the store' };
  });
  adoptIdentityIndex(ws.graph, ws.index);
  ws.graph.on('nodeAttributesUpdated', ({ key }) => ws.dirty.add(key));
  ws.graph.on('nodeDropped', ({ key }) => {
    if (ws.ids.has(key)) ws.dropped.add(key);
  });
  ws.graph.on('nodeAdded', ({ key }) => {
    if (ws.dropped.has(key)) ws.recreated.add(key);
  });
  for (const [i, parsed] of prepared.batch.entries()) {
    if (outcomes[i] !== undefined) continue;
    let result: ReturnType<typeof addArticle>;
    try {
      // addArticle validates each article itself, and reports an invalid one before changing anything.
      result = addArticle(ws.graph, parsed);
    } catch (error) {
      // Any other failure may have left the graph half-changed.
      if (!(error instanceof InvalidInputError)) throw new ArticleAbort(i, error);
      outcomes[i] = { status: 'failed', articleId: articleIdOf(parsed), error: error.message };
      continue;
    }
    const id = articleIdOf(parsed) as string;
    outcomes[i] = result.added
      ? { status: 'added', articleId: id, dangling: result.dangling }
      : { status: 'skipped', articleId: id, reason: 'repeated in the batch' };
  }
  await writeBack(client, ws);
  return outcomes as ArticleOutcome[];
}

/** Attributes as stored: without the lists kept in their own tables, and an article without its text. */
function storedAttrs(type: NodeType, attrs: NodeAttributes): Record<string, unknown> {
  const { ...copy } = attrs as unknown as Record<string, unknown>;
  if (SIDE_TYPES.has(type)) {
    delete copy.mentions;
    delete copy.articleIds;
  }
  if (type === 'article') delete copy.text;
  return copy;
}

/** The keys a claim or event record names (the `refs` column; queries read the names of these), else null. */
export function recordRefs(node: NodeAttributes): string[] | null {
  if (node.nodeType === 'claim') {
    return [...(node.claimantId === null ? [] : [node.claimantId]), ...node.about.actorIds, ...node.about.placeIds, ...node.about.eventIds];
  }
  if (node.nodeType === 'event') return [...node.participants.map((p) => p.actorId), ...node.placeIds];
  return null;
}

function rangeOf(attrs: NodeAttributes): [number | null, number | null] {
  const value = attrs.nodeType === 'date' ? attrs.value : attrs.nodeType === 'article' ? attrs.publishedAt : null;
  const interval = typeof value === 'string' ? timemlInterval(value) : null;
  return interval === null ? [null, null] : [interval.start, interval.end];
}

/** The names rows of an actor or place: `kind \0 name` (kind 'actor', 'place' or 'surname'). */
function nameRows(node: NodeAttributes): Set<string> {
  const rows = new Set<string>();
  if (node.nodeType !== 'actor' && node.nodeType !== 'place') return rows;
  const found = queryNamesOf(node);
  for (const name of found.names) rows.add(`${node.nodeType}\u0000${name}`);
  if (found.surname !== undefined) rows.add(`surname\u0000${found.surname}`);
  return rows;
}

function withinOf(node: NodeAttributes): Set<string> {
  return new Set(node.nodeType === 'place' ? node.within ?? [] : []);
}

async function writeBack(client: PoolClient, ws: WorkingSet): Promise<void> {
  const graph = ws.graph;
  const ids = new Map(ws.ids);

  // New nodes, and stored keys that a merge dropped and a new node took again: ids now, rows below.
  const fresh = graph.filterNodes((key) => !ws.ids.has(key));
  for (const key of ws.recreated) if (graph.hasNode(key)) fresh.push(key);
  for (const key of fresh) ids.set(key, await ws.newId(client));

  // Stored nodes merged away, in the order they were merged: their rows move to the node they joined (the
  // statements of `moveNode`; most batches merge nothing).
  for (const [from, to] of ws.index.redirects) {
    if (ws.loadedRedirects.get(from) === to || !ws.dropped.has(from)) continue;
    let target = to;
    for (let hops = 0; hops < 64 && !graph.hasNode(target) && !ws.ids.has(target); hops++) target = ws.index.redirects.get(target) ?? target;
    await moveNode(client, ws, ids, from, target);
  }

  const nodes: unknown[] = [];
  const texts: unknown[] = [];
  const changed: unknown[] = [];
  const oldNames: unknown[] = [];
  const newNames: unknown[] = [];
  const oldWithin: unknown[] = [];
  const newWithin: unknown[] = [];
  const article = (attrs: NodeAttributes): string | null =>
    attrs.nodeType === 'claim' || attrs.nodeType === 'event' ? ids.get(articleKey(attrs.articleId)) ?? null : null;
  /** Names and `within` rows: what `before` had and `after` has not go, what `after` has and `before` had not come. */
  const diff = (id: string, before: NodeAttributes | null, after: NodeAttributes): void => {
    const had = before === null ? new Set<string>() : nameRows(before);
    const has = nameRows(after);
    for (const row of had) if (!has.has(row)) oldNames.push(nameRow(row, id));
    for (const row of has) if (!had.has(row)) newNames.push(nameRow(row, id));
    const wasIn = before === null ? new Set<string>() : withinOf(before);
    const isIn = withinOf(after);
    for (const parent of wasIn) if (!isIn.has(parent)) oldWithin.push({ c: id, p: parent });
    for (const parent of isIn) if (!wasIn.has(parent)) newWithin.push({ c: id, p: parent });
  };
  for (const key of fresh) {
    const attrs = graph.getNodeAttributes(key);
    const id = ids.get(key) as string;
    const [s, e] = rangeOf(attrs);
    nodes.push({ i: id, k: key, t: attrs.nodeType, a: storedAttrs(attrs.nodeType, attrs), s, e, ar: article(attrs), rf: recordRefs(attrs) });
    if (attrs.nodeType === 'article') texts.push({ i: id, tx: attrs.text });
    diff(id, null, attrs);
  }
  for (const key of ws.dirty) {
    if (!ws.ids.has(key) || !graph.hasNode(key) || ws.recreated.has(key)) continue;
    const attrs = graph.getNodeAttributes(key);
    const text = JSON.stringify(storedAttrs(attrs.nodeType, attrs));
    const before = ws.stored.get(key) as string;
    if (text === before) continue; // only its mentions or articleIds grew: those go to their own tables
    const id = ids.get(key) as string;
    changed.push({ i: id, a: JSON.parse(text) as unknown, rf: recordRefs(attrs) });
    diff(id, JSON.parse(before) as NodeAttributes, attrs);
  }

  // Mentions and articles of actors, places and dates: in the working graph, the lists hold only what is new.
  const mentions: unknown[] = [];
  const nodeArticles: unknown[] = [];
  graph.forEachNode((key, attributes) => {
    if (!SIDE_TYPES.has(attributes.nodeType)) return;
    const node = attributes as ActorNode;
    const id = ids.get(key) as string;
    for (const m of node.mentions) mentions.push({ n: id, ar: ids.get(articleKey(m.articleId)), s: m.start, e: m.end, tx: m.text });
    for (const articleId of node.articleIds) nodeArticles.push({ n: id, ar: ids.get(articleKey(articleId)) });
  });

  // Edges: every edge of the working graph is new (none were loaded).
  const edges: unknown[] = [];
  graph.forEachEdge((key, attributes, source, target) => {
    edges.push({
      s: ids.get(source), t: attributes.edgeType, g: ids.get(target), ar: ids.get(articleKey(attributes.articleId)),
      r: attributes.edgeType === 'participant' ? attributes.role : '', n: Number(key.slice(key.lastIndexOf(':') + 1)), b: attributes.start, e: attributes.end,
    });
  });

  // Identity tables: what addArticle added to them, and the redirects of merged nodes.
  const identityKeys: unknown[] = [];
  const tables: [string, Map<string, Set<string>>][] = [['actors', ws.index.actors], ['surnames', ws.index.surnames], ['places', ws.index.places]];
  for (const [tbl, table] of tables) {
    for (const [key, nodeKeys] of table) {
      for (const nodeKey of nodeKeys) {
        if (ws.loadedKeys.has(`${tbl}\u0000${key}\u0000${nodeKey}`) || !graph.hasNode(nodeKey)) continue;
        identityKeys.push({ t: tbl, k: key, n: ids.get(nodeKey) });
      }
    }
  }
  const soloSet: unknown[] = [];
  const soloGone: string[] = [];
  for (const [key, nodeKey] of ws.index.soloPersons) {
    if (ws.loadedSolo.get(key) === nodeKey) continue;
    if (graph.hasNode(nodeKey)) soloSet.push({ k: key, n: ids.get(nodeKey) });
    else soloGone.push(key);
  }
  for (const key of ws.loadedSolo.keys()) if (!ws.index.soloPersons.has(key)) soloGone.push(key);
  const redirects = [...ws.index.redirects].filter(([from, to]) => ws.loadedRedirects.get(from) !== to).map(([f, t]) => ({ f, t }));

  const json = JSON.stringify;
  await client.query({
    ...WRITE,
    values: [
      json(nodes), json(texts), json(changed), json(mentions), json(nodeArticles), json(edges), json(oldNames), json(newNames),
      json(oldWithin), json(newWithin), json(identityKeys), json(soloGone), json(soloSet), json(redirects),
    ],
  });
}

function nameRow(row: string, node: string): { k: string; m: string; n: string } {
  const cut = row.indexOf('\u0000');
  return { k: row.slice(0, cut), m: row.slice(cut + 1), n: node };
}

/**
 * Moves stored node `from` into `to` as `Identity.moveNode` does in memory: edges redrawn to `to` (a repeat of an
 * edge `to` already has for the same article and role is dropped; a new one takes the next free number),
 * records that pointed at `from` rewritten, mentions and articles handed over, and the node deleted.
 */
async function moveNode(client: PoolClient, ws: WorkingSet, ids: Map<string, string>, from: string, to: string): Promise<void> {
  const fromId = ws.ids.get(from) as string;
  const toId = ids.get(to) as string;
  const { rows } = await client.query<EdgeRow>(
    `SELECT source, type, target, article, role, n, start_offset, end_offset FROM edges WHERE source = $1
     UNION ALL
     SELECT source, type, target, article, role, n, start_offset, end_offset FROM edges WHERE target = $1 AND source <> $1`,
    [fromId],
  );
  const neighbours = new Set<string>();
  const moved = rows.map((row) => {
    neighbours.add(row.source === fromId ? row.target : row.source);
    return { ...row, source: row.source === fromId ? toId : row.source, target: row.target === fromId ? toId : row.target };
  });
  if (moved.length > 0) {
    const existing = await client.query<EdgeRow>(
      `SELECT DISTINCT e.source, e.type, e.target, e.article, e.role, e.n
       FROM unnest($1::bigint[], $2::edge_type[], $3::bigint[], $4::bigint[]) AS u(source, type, target, article)
       JOIN edges e ON e.source = u.source AND e.type = u.type AND e.target = u.target AND e.article = u.article`,
      [moved.map((e) => e.source), moved.map((e) => e.type), moved.map((e) => e.target), moved.map((e) => e.article)],
    );
    const group = (e: { source: string; type: string; target: string; article: string }): string => `${e.source}\u0000${e.type}\u0000${e.target}\u0000${e.article}`;
    const roles = new Map<string, Set<string>>();
    const numbers = new Map<string, Set<number>>();
    const remember = (e: EdgeRow): void => {
      const g = group(e);
      if (!roles.has(g)) roles.set(g, new Set());
      if (!numbers.has(g)) numbers.set(g, new Set());
      roles.get(g)?.add(e.role);
      numbers.get(g)?.add(e.n);
    };
    for (const e of existing.rows) remember(e);
    const kept: EdgeRow[] = [];
    for (const e of moved) {
      const g = group(e);
      if (roles.get(g)?.has(e.role)) continue;
      let n = 0;
      while (numbers.get(g)?.has(n)) n++;
      const row = { ...e, n };
      remember(row);
      kept.push(row);
    }
    await client.query('DELETE FROM edges WHERE source = $1 OR target = $1', [fromId]);
    if (kept.length > 0) {
      await client.query(
        `INSERT INTO edges (source, type, target, article, role, n, start_offset, end_offset)
         SELECT * FROM unnest($1::bigint[], $2::edge_type[], $3::bigint[], $4::bigint[], $5::text[], $6::int[], $7::int[], $8::int[])`,
        [kept.map((e) => e.source), kept.map((e) => e.type), kept.map((e) => e.target), kept.map((e) => e.article), kept.map((e) => e.role),
          kept.map((e) => e.n), kept.map((e) => e.start_offset), kept.map((e) => e.end_offset)],
      );
    }
  }
  neighbours.delete(fromId);
  if (neighbours.size > 0) {
    const swap = (id: string): string => (id === from ? to : id);
    const { rows: records } = await client.query<NodeRow>(
      `SELECT id, key, type, attrs FROM nodes WHERE id = ANY($1::bigint[]) AND type IN ('claim', 'event', 'place')`,
      [[...neighbours]],
    );
    const updates: { i: string; a: NodeAttributes; rf: string[] | null }[] = [];
    for (const row of records) {
      if (ws.graph.hasNode(row.key)) {
        // The working graph holds this record too: rewrite it there, so the write-back keeps the change.
        ws.graph.replaceNodeAttributes(row.key, rewriteIds(ws.graph.getNodeAttributes(row.key), swap));
        ws.dirty.add(row.key);
      } else {
        const attrs = rewriteIds(row.attrs as unknown as NodeAttributes, swap);
        updates.push({ i: row.id, a: attrs, rf: recordRefs(attrs) });
      }
    }
    if (updates.length > 0) {
      await client.query(
        `UPDATE nodes SET attrs = u.a, refs = u.rf FROM json_to_recordset($1::json) AS u(i bigint, a json, rf text[]) WHERE nodes.id = u.i`,
        [JSON.stringify(updates)],
      );
    }
  }
  await client.query('UPDATE mentions SET node = $2 WHERE node = $1', [fromId, toId]);
  await client.query(
    `INSERT INTO node_articles (node, article) SELECT $2, article FROM node_articles WHERE node = $1 ON CONFLICT DO NOTHING`,
    [fromId, toId],
  );
  await client.query('DELETE FROM node_articles WHERE node = $1', [fromId]);
  await client.query('DELETE FROM nodes WHERE id = $1', [fromId]);
}
