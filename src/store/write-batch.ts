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


const NODES_BY_KEY = `
  SELECT n.id, n.key, n.type, n.attrs
  FROM unnest($1::text[]) AS k(key)
  JOIN nodes n ON n.key_md5 = md5(k.key)::uuid AND n.key = k.key`;

const IDENTITY_BY_KEY = `
  SELECT i.tbl, i.key, n.id, n.key AS node_key, n.type, n.attrs
  FROM unnest($1::text[], $2::text[]) AS u(tbl, key)
  JOIN identity_keys i ON i.tbl = u.tbl AND i.key_md5 = md5(u.key)::uuid AND i.key = u.key
  JOIN nodes n ON n.id = i.node`;

const SOLO_BY_KEY = `
  SELECT s.key, n.id, n.key AS node_key, n.type, n.attrs
  FROM unnest($1::text[]) AS u(key)
  JOIN identity_solo s ON s.key_md5 = md5(u.key)::uuid AND s.key = u.key
  JOIN nodes n ON n.id = s.node`;

const REDIRECTS_BY_KEY = `
  SELECT r.from_key, r.to_key
  FROM unnest($1::text[]) AS u(key)
  JOIN redirects r ON r.from_md5 = md5(u.key)::uuid AND r.from_key = u.key`;

/** The loaded part of the store: the working graph, where each node came from, and the identity rows read. */
class WorkingSet {
  readonly graph: NewsMultiDirectedGraph = createGraph();
  /** Node key -> id of the nodes loaded from the store. */
  readonly ids = new Map<string, string>();
  readonly index: IdentityIndex = createIdentityIndex();
  readonly loadedKeys = new Set<string>();
  readonly loadedSolo = new Map<string, string>();
  readonly loadedRedirects = new Map<string, string>();
  /** Keys whose attributes changed after loading. */
  readonly dirty = new Set<string>();
  /** Loaded nodes addArticle merged into others, and those of them whose key a new node took again later. */
  readonly dropped = new Set<string>();
  readonly recreated = new Set<string>();

  constructor(private readonly client: PoolClient) {}

  private addRow(row: NodeRow): void {
    if (this.ids.has(row.key)) return;
    this.ids.set(row.key, row.id);
    const attrs = SIDE_TYPES.has(row.type) ? { ...row.attrs, mentions: [], articleIds: [] } : row.attrs;
    this.graph.addNode(row.key, attrs as unknown as NodeAttributes);
  }

  async loadNodes(keys: Iterable<string>): Promise<void> {
    const wanted = [...new Set(keys)].filter((k) => !this.ids.has(k));
    if (wanted.length === 0) return;
    const { rows } = await this.client.query<NodeRow>(NODES_BY_KEY, [wanted]);
    for (const row of rows) this.addRow(row);
  }

  async loadIdentity(lookups: { tbl: string; key: string }[]): Promise<void> {
    const seen = new Set<string>();
    const unique = lookups.filter((l) => {
      const id = `${l.tbl}\u0000${l.key}`;
      if (seen.has(id)) return false;
      seen.add(id);
      return true;
    });
    if (unique.length === 0) return;
    const { rows } = await this.client.query<NodeRow & { tbl: string; node_key: string }>(IDENTITY_BY_KEY, [
      unique.map((l) => l.tbl), unique.map((l) => l.key),
    ]);
    for (const row of rows) {
      this.addRow({ id: row.id, key: row.node_key, type: row.type, attrs: row.attrs });
      const table = row.tbl === 'actors' ? this.index.actors : row.tbl === 'surnames' ? this.index.surnames : this.index.places;
      let set = table.get(row.key);
      if (set === undefined) table.set(row.key, (set = new Set()));
      set.add(row.node_key);
      this.loadedKeys.add(`${row.tbl}\u0000${row.key}\u0000${row.node_key}`);
    }
  }

  async loadSolo(keys: string[]): Promise<void> {
    const wanted = [...new Set(keys)].filter((k) => !this.index.soloPersons.has(k));
    if (wanted.length === 0) return;
    const { rows } = await this.client.query<NodeRow & { node_key: string }>(SOLO_BY_KEY, [wanted]);
    for (const row of rows) {
      this.addRow({ id: row.id, key: row.node_key, type: row.type, attrs: row.attrs });
      this.index.soloPersons.set(row.key, row.node_key);
      this.loadedSolo.set(row.key, row.node_key);
    }
  }

  /** Redirects of keys that are not nodes, followed (and their targets loaded) as far as addArticle would. */
  async loadRedirects(keys: Iterable<string>): Promise<void> {
    let wanted = [...new Set(keys)].filter((k) => !this.ids.has(k) && !this.loadedRedirects.has(k));
    for (let hops = 0; hops < 8 && wanted.length > 0; hops++) {
      const { rows } = await this.client.query<{ from_key: string; to_key: string }>(REDIRECTS_BY_KEY, [wanted]);
      for (const row of rows) {
        this.index.redirects.set(row.from_key, row.to_key);
        this.loadedRedirects.set(row.from_key, row.to_key);
      }
      const targets = rows.map((r) => r.to_key);
      await this.loadNodes(targets);
      wanted = targets.filter((k) => !this.ids.has(k) && !this.loadedRedirects.has(k));
    }
  }
}

/** Every node key and identity key a batch can touch; see `WorkingSet`. */
async function loadWorkingSet(client: PoolClient, batch: readonly ParsedArticle[]): Promise<WorkingSet> {
  const ws = new WorkingSet(client);
  const keys: string[] = [];
  const lookups: { tbl: string; key: string }[] = [];
  const solo: string[] = [];
  const addLookups = (type: 'actor' | 'place', record: { name: string; aliases: string[]; kind?: string }): void => {
    const found = identityLookups(type, record);
    for (const key of found.actors) lookups.push({ tbl: 'actors', key });
    for (const key of found.surnames) lookups.push({ tbl: 'surnames', key });
    for (const key of found.places) lookups.push({ tbl: 'places', key });
    solo.push(...found.surnames);
  };
  for (const p of batch) {
    try {
      collect(p);
    } catch {
      // A malformed article: addArticle's validation reports it, and nothing of it is written.
    }
  }
  function collect(p: ParsedArticle): void {
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
  }
  const readable = keys.filter((k) => typeof k === 'string');
  await ws.loadNodes(readable);
  await ws.loadIdentity(lookups);
  await ws.loadSolo(solo);
  // settleSurname reads the surname of a node's current name, which may come from a node loaded above.
  const more: { tbl: string; key: string }[] = [];
  const moreSolo: string[] = [];
  ws.graph.forEachNode((_key, attributes) => {
    if (attributes.nodeType !== 'actor' || attributes.kind !== 'person') return;
    for (const surname of identityLookups('actor', attributes).surnames) {
      more.push({ tbl: 'surnames', key: surname });
      moreSolo.push(surname);
    }
  });
  await ws.loadIdentity(more);
  await ws.loadSolo(moreSolo);
  await ws.loadRedirects(readable);
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
 * Adds one batch in one transaction, holding the store's write lock. Articles already stored, repeated in the
 * batch, invalid or not storable are reported and skipped; the rest are written together.
 */
export async function writeBatch(client: PoolClient, lockKey: string, batch: readonly ParsedArticle[]): Promise<ArticleOutcome[]> {
  const outcomes: (ArticleOutcome | undefined)[] = batch.map(() => undefined);
  for (;;) {
    await client.query('BEGIN');
    try {
      await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [lockKey]);
      const result = await attempt(client, batch, outcomes);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK');
      if (!(error instanceof ArticleAbort)) throw error;
      outcomes[error.position] = { status: 'failed', articleId: articleIdOf(batch[error.position]), error: messageOf(error.reason) };
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

async function attempt(client: PoolClient, batch: readonly ParsedArticle[], known: readonly (ArticleOutcome | undefined)[]): Promise<ArticleOutcome[]> {
  const outcomes = [...known];
  const todo: number[] = [];
  batch.forEach((parsed, i) => {
    if (outcomes[i] !== undefined) return;
    const problem = unstorable(parsed);
    if (problem !== null) outcomes[i] = { status: 'failed', articleId: articleIdOf(parsed), error: `cannot store it: ${problem}` };
    else todo.push(i);
  });
  // Articles already in the store are skipped before anything is loaded for them.
  const ids = todo.map((i) => articleIdOf(batch[i]));
  const stored = new Set<string>();
  const articleKeys = ids.filter((id): id is string => id !== null).map(articleKey);
  if (articleKeys.length > 0) {
    const { rows } = await client.query<{ key: string }>(`SELECT n.key FROM unnest($1::text[]) AS k(key) JOIN nodes n ON n.key_md5 = md5(k.key)::uuid AND n.key = k.key`, [articleKeys]);
    for (const row of rows) stored.add(row.key);
  }
  const fresh: number[] = [];
  for (const i of todo) {
    const id = articleIdOf(batch[i]);
    if (id !== null && stored.has(articleKey(id))) outcomes[i] = { status: 'skipped', articleId: id, reason: 'already in the store' };
    else fresh.push(i);
  }
  // addArticle validates each article itself (and reports an invalid one before changing anything), so the
  // working set is loaded from the articles as given; loadWorkingSet passes over records it cannot read.
  const valid = new Map<number, ParsedArticle>(fresh.map((i) => [i, batch[i] as ParsedArticle]));
  const ws = await loadWorkingSet(client, [...valid.values()]);
  adoptIdentityIndex(ws.graph, ws.index);
  ws.graph.on('nodeAttributesUpdated', ({ key }) => ws.dirty.add(key));
  ws.graph.on('nodeDropped', ({ key }) => {
    if (ws.ids.has(key)) ws.dropped.add(key);
  });
  ws.graph.on('nodeAdded', ({ key }) => {
    if (ws.dropped.has(key)) ws.recreated.add(key);
  });
  for (const [i, parsed] of valid) {
    let result: ReturnType<typeof addArticle>;
    try {
      result = addArticle(ws.graph, parsed);
    } catch (error) {
      // addArticle validates before it changes anything; any other failure may have left the graph half-changed.
      if (!(error instanceof InvalidInputError)) throw new ArticleAbort(i, error);
      outcomes[i] = { status: 'failed', articleId: articleIdOf(batch[i]), error: error.message };
      continue;
    }
    const id = articleIdOf(batch[i]) as string;
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

function rangeOf(attrs: NodeAttributes): [number | null, number | null] {
  const value = attrs.nodeType === 'date' ? attrs.value : attrs.nodeType === 'article' ? attrs.publishedAt : null;
  const interval = typeof value === 'string' ? timemlInterval(value) : null;
  return interval === null ? [null, null] : [interval.start, interval.end];
}

async function writeBack(client: PoolClient, ws: WorkingSet): Promise<void> {
  const graph = ws.graph;
  const ids = new Map(ws.ids);

  // 1. New nodes; a key that a merged-away stored node had is inserted again only once that node has moved.
  const insert = async (fresh: string[]): Promise<void> => {
    if (fresh.length === 0) return;
    const types = fresh.map((k) => graph.getNodeAttribute(k, 'nodeType'));
    const attrs = fresh.map((k, i) => JSON.stringify(storedAttrs(types[i] as NodeType, graph.getNodeAttributes(k))));
    const ranges = fresh.map((k) => rangeOf(graph.getNodeAttributes(k)));
    const { rows } = await client.query<{ id: string; key: string }>(
      `INSERT INTO nodes (key, type, attrs, range_start, range_end)
       SELECT * FROM unnest($1::text[], $2::node_type[], $3::json[], $4::bigint[], $5::bigint[])
       RETURNING id, key`,
      [fresh, types, attrs, ranges.map((r) => r[0]), ranges.map((r) => r[1])],
    );
    for (const row of rows) ids.set(row.key, row.id);
    const articles = fresh.filter((_k, i) => types[i] === 'article');
    if (articles.length > 0) {
      await client.query(`INSERT INTO article_texts (node, text) SELECT * FROM unnest($1::bigint[], $2::text[])`, [
        articles.map((k) => ids.get(k)), articles.map((k) => (graph.getNodeAttributes(k) as { text: string }).text),
      ]);
    }
  };
  const fresh = graph.filterNodes((key) => !ws.ids.has(key));
  await insert(fresh);

  // 2. Nodes merged away, in the order they were merged: their rows move to the node they joined.
  for (const [from, to] of ws.index.redirects) {
    if (ws.loadedRedirects.get(from) === to || !ws.dropped.has(from)) continue;
    let target = to;
    for (let hops = 0; hops < 64 && !graph.hasNode(target) && !ws.ids.has(target); hops++) target = ws.index.redirects.get(target) ?? target;
    await moveNode(client, ws, ids, from, target);
  }
  const recreated = [...ws.recreated].filter((k) => graph.hasNode(k));
  for (const key of recreated) ids.delete(key);
  await insert(recreated);
  fresh.push(...recreated);

  // 3. Changed nodes.
  const changed = [...ws.dirty].filter((k) => ws.ids.has(k) && graph.hasNode(k) && !ws.recreated.has(k));
  if (changed.length > 0) {
    await client.query(`UPDATE nodes SET attrs = u.attrs FROM unnest($1::bigint[], $2::json[]) AS u(id, attrs) WHERE nodes.id = u.id`, [
      changed.map((k) => ids.get(k)),
      changed.map((k) => JSON.stringify(storedAttrs(graph.getNodeAttribute(k, 'nodeType'), graph.getNodeAttributes(k)))),
    ]);
  }

  // 4. Mentions and articles of actors, places and dates: in the working graph, the lists hold only what is new.
  const mention = { node: [] as string[], article: [] as string[], start: [] as number[], end: [] as number[], text: [] as string[] };
  const nodeArticle = { node: [] as string[], article: [] as string[] };
  graph.forEachNode((key, attributes) => {
    if (!SIDE_TYPES.has(attributes.nodeType)) return;
    const node = attributes as ActorNode;
    const id = ids.get(key) as string;
    for (const m of node.mentions) {
      mention.node.push(id);
      mention.article.push(ids.get(articleKey(m.articleId)) as string);
      mention.start.push(m.start);
      mention.end.push(m.end);
      mention.text.push(m.text);
    }
    for (const articleId of node.articleIds) {
      nodeArticle.node.push(id);
      nodeArticle.article.push(ids.get(articleKey(articleId)) as string);
    }
  });
  if (mention.node.length > 0) {
    await client.query(
      `INSERT INTO mentions (node, article, start_offset, end_offset, text)
       SELECT * FROM unnest($1::bigint[], $2::bigint[], $3::int[], $4::int[], $5::text[])`,
      [mention.node, mention.article, mention.start, mention.end, mention.text],
    );
  }
  if (nodeArticle.node.length > 0) {
    await client.query(
      `INSERT INTO node_articles (node, article) SELECT * FROM unnest($1::bigint[], $2::bigint[]) ON CONFLICT DO NOTHING`,
      [nodeArticle.node, nodeArticle.article],
    );
  }

  // 5. Edges: every edge of the working graph is new (none were loaded).
  const edge = { source: [] as string[], type: [] as EdgeType[], target: [] as string[], article: [] as string[], role: [] as string[], n: [] as number[], start: [] as (number | null)[], end: [] as (number | null)[] };
  graph.forEachEdge((key, attributes, source, target) => {
    edge.source.push(ids.get(source) as string);
    edge.type.push(attributes.edgeType);
    edge.target.push(ids.get(target) as string);
    edge.article.push(ids.get(articleKey(attributes.articleId)) as string);
    edge.role.push(attributes.edgeType === 'participant' ? attributes.role : '');
    edge.n.push(Number(key.slice(key.lastIndexOf(':') + 1)));
    edge.start.push(attributes.start);
    edge.end.push(attributes.end);
  });
  if (edge.source.length > 0) {
    await client.query(
      `INSERT INTO edges (source, type, target, article, role, n, start_offset, end_offset)
       SELECT * FROM unnest($1::bigint[], $2::edge_type[], $3::bigint[], $4::bigint[], $5::text[], $6::int[], $7::int[], $8::int[])`,
      [edge.source, edge.type, edge.target, edge.article, edge.role, edge.n, edge.start, edge.end],
    );
  }

  // 6. Names queries resolve and places' `within`, recomputed for every node that is new or changed.
  const named = [...fresh, ...changed].filter((k) => graph.hasNode(k) && ['actor', 'place'].includes(graph.getNodeAttribute(k, 'nodeType')));
  if (named.length > 0) {
    const namedIds = named.map((k) => ids.get(k));
    await client.query('DELETE FROM names WHERE node = ANY($1::bigint[])', [namedIds]);
    await client.query('DELETE FROM place_within WHERE child = ANY($1::bigint[])', [namedIds]);
    const names = { kind: [] as string[], name: [] as string[], node: [] as string[] };
    const within = { child: [] as string[], parent: [] as string[] };
    for (const key of named) {
      const node = graph.getNodeAttributes(key) as ActorNode | PlaceNode;
      const id = ids.get(key) as string;
      const found = queryNamesOf(node);
      for (const name of found.names) {
        names.kind.push(node.nodeType);
        names.name.push(name);
        names.node.push(id);
      }
      if (found.surname !== undefined) {
        names.kind.push('surname');
        names.name.push(found.surname);
        names.node.push(id);
      }
      if (node.nodeType === 'place') {
        for (const parent of new Set(node.within ?? [])) {
          within.child.push(id);
          within.parent.push(parent);
        }
      }
    }
    if (names.node.length > 0) {
      await client.query(`INSERT INTO names (kind, name, node) SELECT * FROM unnest($1::text[], $2::text[], $3::bigint[]) ON CONFLICT DO NOTHING`, [names.kind, names.name, names.node]);
    }
    if (within.child.length > 0) {
      await client.query(`INSERT INTO place_within (child, parent_key) SELECT * FROM unnest($1::bigint[], $2::text[]) ON CONFLICT DO NOTHING`, [within.child, within.parent]);
    }
  }

  // 7. Identity tables: what addArticle added to them, and the redirects of merged nodes.
  const keys = { tbl: [] as string[], key: [] as string[], node: [] as string[] };
  const tables: [string, Map<string, Set<string>>][] = [['actors', ws.index.actors], ['surnames', ws.index.surnames], ['places', ws.index.places]];
  for (const [tbl, table] of tables) {
    for (const [key, nodes] of table) {
      for (const nodeKey of nodes) {
        if (ws.loadedKeys.has(`${tbl}\u0000${key}\u0000${nodeKey}`) || !graph.hasNode(nodeKey)) continue;
        keys.tbl.push(tbl);
        keys.key.push(key);
        keys.node.push(ids.get(nodeKey) as string);
      }
    }
  }
  if (keys.tbl.length > 0) {
    await client.query(`INSERT INTO identity_keys (tbl, key, node) SELECT * FROM unnest($1::text[], $2::text[], $3::bigint[]) ON CONFLICT DO NOTHING`, [keys.tbl, keys.key, keys.node]);
  }
  const soloSet = { key: [] as string[], node: [] as string[] };
  const soloGone: string[] = [];
  for (const [key, nodeKey] of ws.index.soloPersons) {
    if (ws.loadedSolo.get(key) === nodeKey) continue;
    if (graph.hasNode(nodeKey)) {
      soloSet.key.push(key);
      soloSet.node.push(ids.get(nodeKey) as string);
    } else soloGone.push(key);
  }
  for (const key of ws.loadedSolo.keys()) if (!ws.index.soloPersons.has(key)) soloGone.push(key);
  if (soloGone.length > 0) {
    await client.query(`DELETE FROM identity_solo WHERE key_md5 IN (SELECT md5(k)::uuid FROM unnest($1::text[]) AS k)`, [soloGone]);
  }
  if (soloSet.key.length > 0) {
    await client.query(
      `INSERT INTO identity_solo (key, node) SELECT * FROM unnest($1::text[], $2::bigint[])
       ON CONFLICT (key_md5) DO UPDATE SET key = EXCLUDED.key, node = EXCLUDED.node`,
      [soloSet.key, soloSet.node],
    );
  }
  const redirects = [...ws.index.redirects].filter(([from, to]) => ws.loadedRedirects.get(from) !== to);
  if (redirects.length > 0) {
    await client.query(
      `INSERT INTO redirects (from_key, to_key) SELECT * FROM unnest($1::text[], $2::text[])
       ON CONFLICT (from_md5) DO UPDATE SET to_key = EXCLUDED.to_key`,
      [redirects.map((r) => r[0]), redirects.map((r) => r[1])],
    );
  }
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
    const updates: { id: string; attrs: string }[] = [];
    for (const row of records) {
      if (ws.graph.hasNode(row.key)) {
        // The working graph holds this record too: rewrite it there, so the write-back keeps the change.
        ws.graph.replaceNodeAttributes(row.key, rewriteIds(ws.graph.getNodeAttributes(row.key), swap));
        ws.dirty.add(row.key);
      } else {
        updates.push({ id: row.id, attrs: JSON.stringify(rewriteIds(row.attrs as unknown as NodeAttributes, swap)) });
      }
    }
    if (updates.length > 0) {
      await client.query(`UPDATE nodes SET attrs = u.attrs FROM unnest($1::bigint[], $2::json[]) AS u(id, attrs) WHERE nodes.id = u.id`, [
        updates.map((u) => u.id), updates.map((u) => u.attrs),
      ]);
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
