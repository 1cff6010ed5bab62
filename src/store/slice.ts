import type { PoolClient } from 'pg';
import { edgeKey } from '../graph/keys.js';
import { createGraph, type NewsMultiDirectedGraph } from '../graph/news-graph.js';
import type { ArticleMention, EdgeAttributes, EdgeType, NodeAttributes, NodeType, ParticipantRole } from '../schema/index.js';

/*
 * Stored rows back into a graphology graph, for `loadGraph`: a slice of articles (or the whole store) as an
 * ordinary graph that every in-memory helper and export works on.
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

export interface SliceOptions {
  /** Only these articles' mentions and articleIds (ids of article nodes); all when null. */
  articles: readonly string[] | null;
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
    const { rows: nodes } = await client.query<TextRow>(
      `SELECT n.id, n.key, n.type, n.attrs, t.text
       FROM nodes n LEFT JOIN article_texts t ON t.node = n.id AND n.type = 'article'
       WHERE n.id = ANY($1::bigint[])`,
      [[...this.nodeIds]],
    );
    const keyOf = new Map(nodes.map((n) => [n.id, n.key]));
    const articleIdOf = new Map<string, string>();
    for (const node of nodes) if (node.type === 'article') articleIdOf.set(node.id, node.attrs.id as string);
    const missing = [...new Set(this.edges.map((e) => e.article))].filter((id) => !articleIdOf.has(id));
    if (missing.length > 0) {
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
        attrs = { ...attrs, text: texts.get(node.id) ?? '' };
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
    if (ids.length === 0) return { mentions, articleIds };
    const articles = this.options.articles === null ? null : [...this.options.articles];
    const m = await this.client.query<{ node: string; article_id: string; start_offset: number; end_offset: number; text: string }>(
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
