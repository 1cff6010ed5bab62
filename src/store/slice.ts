import type { PoolClient } from 'pg';
import { articleKey, edgeKey } from '../graph/keys.js';
import { createGraph, type NewsMultiDirectedGraph } from '../graph/news-graph.js';
import type { ArticleMention, EdgeAttributes, EdgeType, NodeAttributes, NodeType, ParticipantRole } from '../schema/index.js';

/*
 * Stored rows back into a graphology graph. Every store query builds the small graph its answer needs and runs the
 * in-memory helper of src/query on it, so the store answers with the very records, order and errors the
 * in-memory graph gives; `loadGraph` builds a bigger one the same way.
 */

export interface EdgeRow {
  source: string;
  type: EdgeType;
  target: string;
  article: string;
  role: string;
  n: number;
  start_offset: number | null;
  end_offset: number | null;
}

export interface NodeRow {
  id: string;
  key: string;
  type: NodeType;
  attrs: Record<string, unknown>;
}

type TextRow = NodeRow & { text: string | null };

export const EDGE_COLUMNS = 'source, type, target, article, role, n, start_offset, end_offset';

/** Keys a claim or event record reads besides its own node; `withArticle` adds the article it was read from. */
function referencedKeys(node: NodeRow, withArticle: boolean): string[] {
  const a = node.attrs;
  const keys: string[] = [];
  if (node.type === 'claim') {
    if (typeof a.claimantId === 'string') keys.push(a.claimantId);
    const about = a.about as { actorIds: string[]; placeIds: string[]; eventIds: string[] } | undefined;
    if (about) keys.push(...about.actorIds, ...about.placeIds, ...about.eventIds);
  } else if (node.type === 'event') {
    keys.push(...((a.participants as { actorId: string }[] | undefined) ?? []).map((p) => p.actorId), ...((a.placeIds as string[] | undefined) ?? []));
  } else return keys;
  if (withArticle && typeof a.articleId === 'string') keys.push(articleKey(a.articleId));
  return keys;
}

export interface SliceOptions {
  /**
   * Full nodes: mentions, articleIds and article texts as stored. Without it actors, places and dates come with
   * empty lists and articles without text, which is all the query helpers read.
   */
  full: boolean;
  /** Only these articles' mentions and articleIds (ids of article nodes); all when null. */
  articles: readonly string[] | null;
  /**
   * Also what the records of the slice's claims and events are built from: their article (with its text, for the
   * evidence sentence), the actors, places and events they name, and the participants and places of those events
   * (for an event's summary).
   */
  records: boolean;
  /** The articleIds of actors and places even in a light slice: an ambiguous name's candidates list their count. */
  articleIds?: boolean;
}

/** Collects node ids and edge rows, then builds the graph in a few queries. */
export class SliceBuilder {
  private readonly nodeIds = new Set<string>();
  private readonly edges: EdgeRow[] = [];

  constructor(private readonly client: PoolClient, private readonly options: SliceOptions) {}

  addNodes(ids: Iterable<string>): this {
    for (const id of ids) this.nodeIds.add(id);
    return this;
  }

  /** Adds edges and both their ends. */
  addEdges(rows: readonly EdgeRow[]): this {
    for (const row of rows) {
      this.edges.push(row);
      this.nodeIds.add(row.source);
      this.nodeIds.add(row.target);
    }
    return this;
  }

  async build(): Promise<NewsMultiDirectedGraph> {
    const client = this.client;
    const withText = this.options.full || this.options.records;
    // An article's text comes with its row (one round trip fewer), and only when records need it for evidence.
    const { rows: nodes } = await client.query<TextRow>(
      `SELECT n.id, n.key, n.type, n.attrs, CASE WHEN $2 THEN t.text END AS text
       FROM nodes n LEFT JOIN article_texts t ON t.node = n.id AND n.type = 'article'
       WHERE n.id = ANY($1::bigint[])`,
      [[...this.nodeIds], withText],
    );
    if (this.options.records) {
      // Two rounds: a claim names events, whose summaries name their participants and places.
      for (let round = 0; round < 2; round++) {
        const have = new Set(nodes.map((n) => n.key));
        const wanted = new Set<string>();
        for (const node of round === 0 ? nodes : nodes.filter((n) => n.type === 'event')) {
          for (const key of referencedKeys(node, round === 0)) if (!have.has(key)) wanted.add(key);
        }
        if (wanted.size === 0) break;
        const { rows } = await client.query<TextRow>(
          `SELECT n.id, n.key, n.type, n.attrs, t.text FROM unnest($1::text[]) AS k(key)
           JOIN nodes n ON n.key_md5 = md5(k.key)::uuid AND n.key = k.key
           LEFT JOIN article_texts t ON t.node = n.id AND n.type = 'article'`,
          [[...wanted]],
        );
        nodes.push(...rows);
      }
    }
    const keyOf = new Map(nodes.map((n) => [n.id, n.key]));
    const articleIdOf = new Map<string, string>();
    for (const node of nodes) if (node.type === 'article') articleIdOf.set(node.id, node.attrs.id as string);
    // The query helpers never read an edge's articleId, so a query's slice names articles by their row id and
    // saves a round trip; a full slice (loadGraph) gives the real article ids.
    const missing = [...new Set(this.edges.map((e) => e.article))].filter((id) => !articleIdOf.has(id));
    if (!this.options.full) for (const id of missing) articleIdOf.set(id, `#${id}`);
    else if (missing.length > 0) {
      const { rows } = await client.query<{ id: string; article_id: string }>(
        `SELECT id, attrs->>'id' AS article_id FROM nodes WHERE id = ANY($1::bigint[])`,
        [missing],
      );
      for (const row of rows) articleIdOf.set(row.id, row.article_id);
    }

    const lists = await this.sideLists(nodes.filter((n) => n.type === 'actor' || n.type === 'place' || n.type === 'date').map((n) => n.id));
    const texts = new Map(nodes.filter((n) => n.type === 'article' && typeof n.text === 'string').map((n) => [n.id, n.text as string]));
    const allowed = this.options.articles === null ? null : new Set(this.options.articles.map((id) => articleIdOf.get(id)));

    const graph = createGraph();
    for (const node of nodes) {
      if (graph.hasNode(node.key)) continue;
      let attrs = node.attrs;
      if (node.type === 'actor' || node.type === 'place' || node.type === 'date') {
        attrs = { ...attrs, mentions: lists.mentions.get(node.id) ?? [], articleIds: lists.articleIds.get(node.id) ?? [] };
      } else if (node.type === 'article') {
        if (withText) attrs = { ...attrs, text: texts.get(node.id) ?? '' };
      } else if (allowed !== null && Array.isArray(attrs.articleIds)) {
        attrs = { ...attrs, articleIds: (attrs.articleIds as string[]).filter((id) => allowed.has(id)) };
      }
      graph.addNode(node.key, attrs as unknown as NodeAttributes);
    }
    for (const edge of this.edges) {
      const source = keyOf.get(edge.source);
      const target = keyOf.get(edge.target);
      const articleId = articleIdOf.get(edge.article);
      if (source === undefined || target === undefined || articleId === undefined) continue;
      const key = edgeKey(edge.type, source, target, articleId, edge.n);
      if (graph.hasEdge(key)) continue;
      const attributes: EdgeAttributes =
        edge.type === 'participant'
          ? { edgeType: edge.type, articleId, start: edge.start_offset, end: edge.end_offset, role: edge.role as ParticipantRole }
          : { edgeType: edge.type, articleId, start: edge.start_offset, end: edge.end_offset };
      graph.addDirectedEdgeWithKey(key, source, target, attributes);
    }
    return graph;
  }

  /**
   * Mentions and articleIds of actors, places and dates, in the order their articles were stored (then by offset):
   * an order that does not depend on how the articles were cut into batches, so a resumed build loads the same
   * graph as a clean one. After a merge the in-memory graph lists the merged node's mentions last instead.
   */
  private async sideLists(ids: string[]): Promise<{ mentions: Map<string, ArticleMention[]>; articleIds: Map<string, string[]> }> {
    const mentions = new Map<string, ArticleMention[]>();
    const articleIds = new Map<string, string[]>();
    if ((!this.options.full && this.options.articleIds !== true) || ids.length === 0) return { mentions, articleIds };
    const articles = this.options.articles === null ? null : [...this.options.articles];
    const m = !this.options.full ? { rows: [] } : await this.client.query<{ node: string; article_id: string; start_offset: number; end_offset: number; text: string }>(
      `SELECT m.node, a.attrs->>'id' AS article_id, m.start_offset, m.end_offset, m.text
       FROM mentions m JOIN nodes a ON a.id = m.article
       WHERE m.node = ANY($1::bigint[]) AND ($2::bigint[] IS NULL OR m.article = ANY($2::bigint[]))
       ORDER BY m.node, m.article, m.start_offset, m.end_offset, m.text`,
      [ids, articles],
    );
    for (const row of m.rows) {
      let list = mentions.get(row.node);
      if (list === undefined) mentions.set(row.node, (list = []));
      list.push({ articleId: row.article_id, start: row.start_offset, end: row.end_offset, text: row.text });
    }
    const a = await this.client.query<{ node: string; article_id: string }>(
      `SELECT na.node, a.attrs->>'id' AS article_id
       FROM node_articles na JOIN nodes a ON a.id = na.article
       WHERE na.node = ANY($1::bigint[]) AND ($2::bigint[] IS NULL OR na.article = ANY($2::bigint[]))
       ORDER BY na.node, na.article`,
      [ids, articles],
    );
    for (const row of a.rows) {
      let list = articleIds.get(row.node);
      if (list === undefined) articleIds.set(row.node, (list = []));
      list.push(row.article_id);
    }
    return { mentions, articleIds };
  }
}
