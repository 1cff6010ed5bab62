import { assertGraph } from '../graph/assert-graph.js';
import type { NewsGraph } from '../graph/news-graph.js';
import { eventSummary } from '../query/records.js';
import type { EdgeAttributes, EdgeType, NodeAttributes, NodeType } from '../schema/graph.js';

/** Neo4j node label per node type (Neo4j convention: PascalCase labels). */
export const NEO4J_LABELS: Readonly<Record<NodeType, string>> = {
  actor: 'Actor',
  place: 'Place',
  event: 'Event',
  claim: 'Claim',
  article: 'Article',
  date: 'Date',
};

/** Neo4j relationship type per edge type (Neo4j convention: UPPER_SNAKE_CASE types). */
export const NEO4J_RELATIONSHIP_TYPES: Readonly<Record<EdgeType, string>> = {
  claimed: 'CLAIMED',
  about: 'ABOUT',
  participant: 'PARTICIPANT',
  'located-at': 'LOCATED_AT',
  'on-date': 'ON_DATE',
  'reported-by': 'REPORTED_BY',
  disputes: 'DISPUTES',
  'mentioned-in': 'MENTIONED_IN',
};

/** Property types as `neo4j-admin database import` header suffixes; `string` needs none. */
type ColumnType = 'string' | 'int' | 'float' | 'string[]';
type Value = string | number | readonly string[] | null | undefined;

interface Column<A> {
  name: string;
  type: ColumnType;
  get: (attributes: A, lookup: Lookup) => Value;
}

/** What a column may need beyond the node's own attributes. */
interface Lookup {
  evidence: (articleId: string, start: number, end: number) => string | undefined;
  /** What happened, as the page and the GEXF file label an event ("meeting of A and B in Kremlin"). */
  eventName: (event: NodeOf<'event'>) => string;
}

type NodeOf<T extends NodeType> = Extract<NodeAttributes, { nodeType: T }>;
type Columns = { [T in NodeType]: Column<NodeOf<T>>[] };

/*
 * Every node has `key` (the graph key, the import ID), `name` (what Neo4j Browser shows as the caption) and
 * `articleIds`. Nested records are flattened; mentions stay in the JSON export, where their offsets make sense.
 */
const COLUMNS: Columns = {
  actor: [
    { name: 'kind', type: 'string', get: (a) => a.kind },
    { name: 'aliases', type: 'string[]', get: (a) => a.aliases },
    { name: 'titles', type: 'string[]', get: (a) => a.titles },
    { name: 'countryCode', type: 'string', get: (a) => a.countryCode },
  ],
  place: [
    { name: 'kind', type: 'string', get: (a) => a.kind },
    { name: 'aliases', type: 'string[]', get: (a) => a.aliases },
    { name: 'countryCode', type: 'string', get: (a) => a.countryCode },
    { name: 'latitude', type: 'float', get: (a) => a.coordinates?.lat },
    { name: 'longitude', type: 'float', get: (a) => a.coordinates?.lon },
  ],
  event: [
    { name: 'type', type: 'string', get: (a) => a.type },
    { name: 'modality', type: 'string', get: (a) => a.modality },
    { name: 'date', type: 'string', get: (a) => a.date },
    { name: 'cameo', type: 'string', get: (a) => a.cameo },
    { name: 'trigger', type: 'string', get: (a) => a.trigger.text },
    { name: 'articleId', type: 'string', get: (a) => a.articleId },
    { name: 'start', type: 'int', get: (a) => a.start },
    { name: 'end', type: 'int', get: (a) => a.end },
    { name: 'evidence', type: 'string', get: (a, lookup) => lookup.evidence(a.articleId, a.start, a.end) },
  ],
  claim: [
    { name: 'kind', type: 'string', get: (a) => a.kind },
    { name: 'cue', type: 'string', get: (a) => a.cue },
    { name: 'content', type: 'string', get: (a) => a.content },
    { name: 'quote', type: 'string', get: (a) => a.quote },
    { name: 'date', type: 'string', get: (a) => a.date },
    { name: 'claimantId', type: 'string', get: (a) => a.claimantId },
    { name: 'articleId', type: 'string', get: (a) => a.articleId },
    { name: 'start', type: 'int', get: (a) => a.start },
    { name: 'end', type: 'int', get: (a) => a.end },
    { name: 'evidence', type: 'string', get: (a, lookup) => lookup.evidence(a.articleId, a.start, a.end) },
  ],
  article: [
    { name: 'id', type: 'string', get: (a) => a.id },
    { name: 'title', type: 'string', get: (a) => a.title },
    { name: 'publishedAt', type: 'string', get: (a) => a.publishedAt },
    { name: 'url', type: 'string', get: (a) => a.url },
    { name: 'source', type: 'string', get: (a) => a.source },
    { name: 'text', type: 'string', get: (a) => a.text },
  ],
  date: [
    { name: 'value', type: 'string', get: (a) => a.value },
    { name: 'granularity', type: 'string', get: (a) => a.granularity },
  ],
};

const COMMON: Column<NodeAttributes>[] = [
  { name: 'name', type: 'string', get: (a, lookup) => (a.nodeType === 'event' ? lookup.eventName(a) : a.label) },
  { name: 'articleIds', type: 'string[]', get: (a) => a.articleIds },
];

const EDGE_COLUMNS: Column<EdgeAttributes>[] = [
  { name: 'articleId', type: 'string', get: (a) => a.articleId },
  { name: 'start', type: 'int', get: (a) => a.start },
  { name: 'end', type: 'int', get: (a) => a.end },
  { name: 'role', type: 'string', get: (a) => (a.edgeType === 'participant' ? a.role : undefined) },
];

/** The import tool's default array delimiter; it has no escape, so a `;` inside an element becomes `,`. */
export const NEO4J_ARRAY_DELIMITER = ';';

const NODE_ORDER: readonly NodeType[] = ['article', 'actor', 'place', 'event', 'claim', 'date'];

/** One file of the export: its name inside the output folder and its text. */
export interface ExportFile {
  name: string;
  content: string;
  /** True for a script to run (import.sh). */
  executable?: boolean;
}

export interface Neo4jExport {
  /** `nodes-<label>.csv` per node type present, `relationships.csv`, `graph.cypher` and `import.sh`. */
  files: ExportFile[];
  /** The `neo4j-admin database import full` command for the CSV files, run from the output folder. */
  importCommand: string;
}

/**
 * The graph as files Neo4j loads: CSV files in the header format of `neo4j-admin database import` (one node file
 * per label, `key:ID` plus typed properties and `:LABEL`; one relationship file with `:START_ID`, `:END_ID`,
 * `:TYPE`), and `graph.cypher`, idempotent `MERGE` statements for small graphs pasted into cypher-shell.
 *
 * @example
 * const { files, importCommand } = toNeo4j(graph);
 * for (const file of files) writeFileSync(join('out', file.name), file.content);
 * // run importCommand (neo4j-admin database import full ...) in out/, with the database stopped
 */
export function toNeo4j(graph: NewsGraph): Neo4jExport {
  assertGraph(graph, 'toNeo4j');
  const lookup: Lookup = { evidence: evidenceReader(graph), eventName: (event) => eventSummary(graph, event) };
  const files: ExportFile[] = [];
  const byType = new Map<NodeType, [string, NodeAttributes][]>();
  graph.forEachNode((key, attributes) => {
    const list = byType.get(attributes.nodeType) ?? [];
    list.push([key, attributes]);
    byType.set(attributes.nodeType, list);
  });
  const nodeFiles: string[] = [];
  for (const type of NODE_ORDER) {
    const nodes = (byType.get(type) ?? []).sort(([a], [b]) => compare(a, b));
    if (nodes.length === 0) continue;
    const columns = [...COMMON, ...(COLUMNS[type] as Column<NodeAttributes>[])];
    const header = ['key:ID', ...columns.map(headerField), ':LABEL'];
    const rows = nodes.map(([key, a]) => [csvString(key), ...columns.map((c) => csvValue(c.get(a, lookup), c.type)), NEO4J_LABELS[type]]);
    const name = `nodes-${NEO4J_LABELS[type].toLowerCase()}.csv`;
    nodeFiles.push(name);
    files.push({ name, content: csv(header, rows) });
  }

  const edges: [string, string, string, EdgeAttributes][] = [];
  graph.forEachEdge((key, attributes, source, target) => edges.push([key, source, target, attributes]));
  edges.sort(([a], [b]) => compare(a, b));
  const header = [':START_ID', ':END_ID', ':TYPE', 'key', ...EDGE_COLUMNS.map(headerField)];
  const rows = edges.map(([key, source, target, a]) => [
    csvString(source),
    csvString(target),
    NEO4J_RELATIONSHIP_TYPES[a.edgeType],
    csvString(key),
    ...EDGE_COLUMNS.map((c) => csvValue(c.get(a, lookup), c.type)),
  ]);
  files.push({ name: 'relationships.csv', content: csv(header, rows) });

  const importCommand = [
    'neo4j-admin database import full',
    ...nodeFiles.map((f) => `--nodes=${f}`),
    '--relationships=relationships.csv',
    // Article texts and evidence sentences hold line breaks inside quoted fields.
    '--multiline-fields=true',
    `--array-delimiter='${NEO4J_ARRAY_DELIMITER}'`,
    '--overwrite-destination=true',
    'neo4j',
  ].join(' \\\n  ');
  files.push({ name: 'graph.cypher', content: cypher(graph, lookup) });
  files.push({
    name: 'import.sh',
    executable: true,
    content:
      '#!/bin/sh\n# Bulk import into an empty, stopped Neo4j 5 database named neo4j (Enterprise or Community).\n' +
      '# Run from this folder; then start Neo4j. For a running server use: cypher-shell -f graph.cypher\n' +
      `set -e\ncd "$(dirname "$0")"\n${importCommand}\n`,
  });
  return { files, importCommand };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function evidenceReader(graph: NewsGraph) {
  return (articleId: string, start: number, end: number): string | undefined => {
    const key = articleId.startsWith('article:') ? articleId : `article:${articleId}`;
    if (!graph.hasNode(key)) return undefined;
    const article = graph.getNodeAttributes(key);
    return article.nodeType === 'article' ? article.text.slice(start, end) : undefined;
  };
}

function headerField(column: { name: string; type: ColumnType }): string {
  return column.type === 'string' ? column.name : `${column.name}:${column.type}`;
}

/** A quoted CSV field; quotes double, as RFC 4180 and the import tool read them. */
function csvString(value: string): string {
  return `"${value.replace(/"/g, '""')}"`;
}

/** An empty unquoted field is a missing property to the import tool, which is what null means here. */
function csvValue(value: Value, type: ColumnType): string {
  if (value === null || value === undefined) return '';
  if (type === 'string[]') {
    const list = value as readonly string[];
    return list.length === 0 ? '' : csvString(list.map((s) => s.replaceAll(NEO4J_ARRAY_DELIMITER, ',')).join(NEO4J_ARRAY_DELIMITER));
  }
  if (type === 'int' || type === 'float') return String(value);
  return csvString(String(value));
}

function csv(header: string[], rows: string[][]): string {
  return [header.join(','), ...rows.map((r) => r.join(','))].join('\n') + '\n';
}

/** A Cypher string literal: backslash escapes, so quotes, backslashes and line breaks survive. */
export function cypherString(value: string): string {
  return `'${value
    .replace(/\\/g, '\\\\')
    .replace(/'/g, "\\'")
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r')
    .replace(/\t/g, '\\t')}'`;
}

function cypherValue(value: Value, type: ColumnType): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (type === 'string[]') return `[${(value as readonly string[]).map(cypherString).join(', ')}]`;
  if (type === 'int' || type === 'float') return Number.isFinite(value as number) ? String(value) : undefined;
  return cypherString(String(value));
}

function cypherMap(entries: [string, string | undefined][]): string {
  // Property names are our own identifiers (letters only); backquotes keep Cypher keywords such as `end` legal.
  return `{${entries.filter(([, v]) => v !== undefined).map(([k, v]) => `\`${k}\`: ${v}`).join(', ')}}`;
}

/**
 * `MERGE` statements keyed by the graph key, so running the file twice, or for two graphs that share actors,
 * adds nothing twice. Uniqueness constraints first: they make MERGE use an index.
 */
function cypher(graph: NewsGraph, lookup: Lookup): string {
  const lines: string[] = ['// newsgraph graph as Cypher: cypher-shell -u neo4j -p <password> -f graph.cypher', ''];
  for (const type of NODE_ORDER) {
    const label = NEO4J_LABELS[type];
    lines.push(`CREATE CONSTRAINT newsgraph_${type}_key IF NOT EXISTS FOR (n:${label}) REQUIRE n.key IS UNIQUE;`);
  }
  lines.push('');
  const nodes: [string, NodeAttributes][] = [];
  graph.forEachNode((key, attributes) => nodes.push([key, attributes]));
  nodes.sort(([a], [b]) => compare(a, b));
  for (const [key, a] of nodes) {
    const columns = [...COMMON, ...(COLUMNS[a.nodeType] as Column<NodeAttributes>[])];
    const props = cypherMap(columns.map((c) => [c.name, cypherValue(c.get(a, lookup), c.type)]));
    lines.push(`MERGE (n:${NEO4J_LABELS[a.nodeType]} {key: ${cypherString(key)}}) SET n += ${props};`);
  }
  lines.push('');
  const edges: [string, string, string, EdgeAttributes][] = [];
  graph.forEachEdge((key, attributes, source, target) => edges.push([key, source, target, attributes]));
  edges.sort(([a], [b]) => compare(a, b));
  for (const [key, source, target, a] of edges) {
    const from = NEO4J_LABELS[graph.getNodeAttribute(source, 'nodeType')];
    const to = NEO4J_LABELS[graph.getNodeAttribute(target, 'nodeType')];
    const props = cypherMap(EDGE_COLUMNS.map((c) => [c.name, cypherValue(c.get(a, lookup), c.type)]));
    lines.push(
      `MATCH (a:${from} {key: ${cypherString(source)}}), (b:${to} {key: ${cypherString(target)}}) ` +
        `MERGE (a)-[r:${NEO4J_RELATIONSHIP_TYPES[a.edgeType]} {key: ${cypherString(key)}}]->(b) SET r += ${props};`,
    );
  }
  return `${lines.join('\n')}\n`;
}
