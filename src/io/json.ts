import { GraphFormatError } from '../errors.js';
import { assertGraph } from '../graph/assert-graph.js';
import { EDGE_ENDPOINTS } from '../graph/edge-endpoints.js';
import { formatPath } from '../graph/format-issue.js';
import { articleKey, dateKey } from '../graph/keys.js';
import { createGraph, type NewsGraph, type NewsMultiDirectedGraph } from '../graph/news-graph.js';
import { timemlInterval } from '../graph/timeml-interval.js';
import { GraphJSONSchema, type GraphJSON } from '../schema/graph.js';

export const GRAPH_FORMAT = 'newsgraph';
export const GRAPH_FORMAT_VERSION = 1;

/**
 * Every version `toJSON` has ever written, with the function that turns a document of that version into the
 * current one before validation. A new version adds an entry here (and a fixture of the old version to the tests);
 * old entries are never removed, so graphs saved by any earlier newsgraph still load.
 */
const UPGRADES: ReadonlyMap<number, (document: object) => object> = new Map([
  // Version 1 is the current format: nothing to upgrade.
  [1, (document: object) => document],
]);

/** The versions `fromJSON` reads, oldest first. */
export const READABLE_VERSIONS: readonly number[] = [...UPGRADES.keys()].sort((a, b) => a - b);

/** Keys that could reach a prototype if a consumer copied the document carelessly; refused anywhere in it. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

type Path = (string | number)[];

/**
 * Deep copy with object keys in sorted order and undefined values dropped (as JSON.stringify would), so equal
 * graphs give byte-identical JSON. Objects are built with Object.fromEntries, which defines own properties and so
 * cannot set a prototype whatever the keys are.
 */
function canonical(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  const maybeJSON = value as { toJSON?: unknown };
  if (typeof maybeJSON.toJSON === 'function') return canonical((maybeJSON.toJSON as () => unknown).call(value));
  if (Array.isArray(value)) return value.map((item) => (item === undefined ? null : canonical(item)));
  const entries = Object.entries(value)
    .filter(([, v]) => v !== undefined && typeof v !== 'function')
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, v]) => [k, canonical(v)] as const);
  return Object.fromEntries(entries);
}

const byKey = (a: { key: string }, b: { key: string }): number => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/**
 * The graph as a `GraphJSON` document (`{ format: 'newsgraph', version: 1, attributes, nodes, edges }`, see
 * `GraphJSONSchema`): nodes and edges sorted by key, every object's keys sorted, so the same graph always gives the
 * same bytes under JSON.stringify. `fromJSON` reads it back.
 *
 * @example
 * const text = JSON.stringify(toJSON(graph), null, 2);
 * JSON.stringify(toJSON(fromJSON(JSON.parse(text)))) === JSON.stringify(toJSON(graph)); // true
 */
export function toJSON(graph: NewsGraph): GraphJSON {
  assertGraph(graph, 'toJSON');
  const nodes: GraphJSON['nodes'] = [];
  graph.forEachNode((key, attributes) => {
    nodes.push({ key, attributes: canonical(attributes) as GraphJSON['nodes'][number]['attributes'] });
  });
  const edges: GraphJSON['edges'] = [];
  graph.forEachEdge((key, attributes, source, target) => {
    edges.push({ key, source, target, attributes: canonical(attributes) as GraphJSON['edges'][number]['attributes'] });
  });
  return {
    format: GRAPH_FORMAT,
    version: GRAPH_FORMAT_VERSION,
    attributes: canonical(graph.getAttributes()) as GraphJSON['attributes'],
    nodes: nodes.sort(byKey),
    edges: edges.sort(byKey),
  };
}

/**
 * Reads a `GraphJSON` document (an object, or its JSON text) back into a graph. The whole document is checked
 * before a single node is added, so a bad document never yields half a graph. Throws `GraphFormatError` with the
 * `path` of the first problem when the document
 * - is not JSON or not a newsgraph document, or has a version not in `READABLE_VERSIONS` (every version ever written);
 * - has a key `__proto__`, `constructor` or `prototype` anywhere (own keys, as JSON.parse creates them), or is
 *   nested deeper than 200 levels;
 * - fails `GraphJSONSchema` (node attributes are checked per `nodeType`, edge attributes per `edgeType`);
 * - has a node key that does not match its record (`actor:` + ..., equal to `id`), or a repeated node or edge key;
 * - has an edge whose source or target is missing or of the wrong node type for the edge.
 *
 * @example
 * const graph = fromJSON(JSON.parse(readFileSync('graph.json', 'utf8')));
 * fromJSON({ format: 'newsgraph', version: 2, attributes: {}, nodes: [], edges: [] }); // throws GraphFormatError
 */
export function fromJSON(json: unknown): NewsMultiDirectedGraph {
  const document = validate(typeof json === 'string' ? parseText(json) : json);
  const graph = createGraph();
  graph.replaceAttributes(document.attributes);
  for (const node of document.nodes) graph.addNode(node.key, node.attributes);
  for (const edge of document.edges) graph.addDirectedEdgeWithKey(edge.key, edge.source, edge.target, edge.attributes);
  return graph;
}

function fail(message: string, path: Path): never {
  throw new GraphFormatError(`Invalid newsgraph JSON at ${formatPath(path)}: ${message}`, path);
}

function parseText(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    return fail(`not valid JSON (${(error as Error).message})`, []);
  }
}

/** Deeper nesting than any graph document needs; refused before zod, whose recursive checks could overflow. */
const MAX_DEPTH = 200;

interface Step {
  value: unknown;
  key: string | number | null;
  parent: Step | null;
  depth: number;
}

function pathOf(step: Step | null, last?: string): Path {
  const path: Path = last === undefined ? [] : [last];
  for (let s = step; s !== null && s.key !== null; s = s.parent) path.unshift(s.key);
  return path;
}

/**
 * Walks the document in order and fails at the first forbidden own key or at nesting deeper than MAX_DEPTH.
 * Iterative, with parent links instead of copied paths, so a hostile document costs linear time and no stack.
 */
function checkKeys(root: unknown): void {
  const stack: Step[] = [{ value: root, key: null, parent: null, depth: 0 }];
  while (stack.length > 0) {
    const step = stack.pop() as Step;
    const { value } = step;
    if (value === null || typeof value !== 'object') continue;
    if (step.depth >= MAX_DEPTH) fail(`nested deeper than ${MAX_DEPTH} levels`, pathOf(step));
    const children: Step[] = [];
    if (Array.isArray(value)) {
      value.forEach((item, i) => children.push({ value: item, key: i, parent: step, depth: step.depth + 1 }));
    } else {
      for (const key of Object.keys(value)) {
        if (FORBIDDEN_KEYS.has(key)) fail(`the key ${JSON.stringify(key)} is not allowed`, pathOf(step, key));
        children.push({ value: (value as Record<string, unknown>)[key], key, parent: step, depth: step.depth + 1 });
      }
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as Step);
  }
}

function validate(input: unknown): GraphJSON {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    fail('expected an object { format: "newsgraph", version: 1, attributes, nodes, edges }', []);
  }
  checkKeys(input);
  const head = input as { format?: unknown; version?: unknown };
  if (head.format !== GRAPH_FORMAT) {
    fail(`unknown format ${JSON.stringify(head.format) ?? 'undefined'}; expected "${GRAPH_FORMAT}"`, ['format']);
  }
  const upgrade = typeof head.version === 'number' ? UPGRADES.get(head.version) : undefined;
  if (upgrade === undefined) {
    fail(`unsupported version ${JSON.stringify(head.version) ?? 'undefined'}; this newsgraph reads versions ${READABLE_VERSIONS.join(', ')}`, ['version']);
  }
  const checked = GraphJSONSchema.safeParse(upgrade(input));
  if (!checked.success) {
    const issue = checked.error.issues[0];
    fail(issue?.message ?? 'invalid', (issue?.path ?? []) as Path);
  }
  const document = checked.data;

  const nodeTypes = new Map<string, string>();
  document.nodes.forEach((node, i) => {
    const a = node.attributes;
    const expected =
      a.nodeType === 'article' ? articleKey(a.id) : a.nodeType === 'date' ? dateKey(a.value) : a.id;
    if (!node.key.startsWith(`${a.nodeType}:`) || node.key !== expected) {
      fail(`a ${a.nodeType} node must have the key ${JSON.stringify(expected)} (its id, prefixed "${a.nodeType}:")`, ['nodes', i, 'key']);
    }
    if (a.nodeType === 'date' && timemlInterval(a.value)?.granularity !== a.granularity) {
      fail(`${JSON.stringify(a.value)} is not an absolute TimeML date of granularity ${a.granularity}`, ['nodes', i, 'attributes', 'value']);
    }
    if (nodeTypes.has(node.key)) fail(`duplicate node key ${JSON.stringify(node.key)}`, ['nodes', i, 'key']);
    nodeTypes.set(node.key, a.nodeType);
  });

  const edgeKeys = new Set<string>();
  document.edges.forEach((edge, i) => {
    if (edgeKeys.has(edge.key)) fail(`duplicate edge key ${JSON.stringify(edge.key)}`, ['edges', i, 'key']);
    edgeKeys.add(edge.key);
    const [sourceTypes, targetTypes] = EDGE_ENDPOINTS[edge.attributes.edgeType];
    for (const [end, allowed] of [['source', sourceTypes], ['target', targetTypes]] as const) {
      const type = nodeTypes.get(edge[end]);
      if (type === undefined) fail(`no node has the key ${JSON.stringify(edge[end])}`, ['edges', i, end]);
      if (!(allowed as readonly string[]).includes(type)) {
        fail(`a ${edge.attributes.edgeType} edge cannot have a ${type} node as ${end}`, ['edges', i, end]);
      }
    }
  });
  return document;
}
