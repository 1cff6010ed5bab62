import type { Pool, QueryArrayResult } from 'pg';
import { AmbiguousNameError } from '../errors.js';
import { createGraph, type NewsMultiDirectedGraph } from '../graph/news-graph.js';
import { claimRecordOf, eventRecordOf, type RecordSources } from '../query/records.js';
import type { ClaimNode, ClaimRecord, EventNode, EventRecord, NodeAttributes, NodeType } from '../schema/graph.js';
import { normalizeName } from '../text/normalize-name.js';

/*
 * Store queries in one statement each. A statement selects, through indexes, the records a query can answer with
 * and returns them with everything their records are built from: the actors and places they name (current names,
 * place kinds), the events a claim is about (with the names of those events' participants and places), the texts
 * of their articles (for the evidence sentence), and the candidates the query's name resolves to. The client
 * builds the records with src/query's own builders (`claimRecordOf`, `eventRecordOf`), filters them with the
 * helper's own predicates and sorts them with the helper's own order, so the store answers as the in-memory
 * helpers do; test/store.test.ts and `npm run bench:store` compare the two.
 *
 * One statement sees one snapshot, so a query needs no transaction: a batch being written is seen whole or not at all.
 * Every statement is a constant string, prepared once per connection (`name`), with its values bound as parameters.
 */

/** A node read back: its key, type and stored attributes (actors, places and dates without mentions and articleIds). */
export interface StoredNode {
  key: string;
  type: NodeType;
  attrs: Record<string, unknown>;
}

/** A record row: the claim or event node, the interval of the date it matched (date queries) and, for disputes, the claim it disputes. */
export interface RecordRow {
  key: string;
  type: 'claim' | 'event';
  node: ClaimNode | EventNode;
  via: string | null;
  date: { start: number; end: number } | null;
}

export interface Fetched {
  /** What the query's name resolved to in SQL (the resolver runs again on these to decide, and for ambiguity). */
  candidates: StoredNode[];
  /** The records, in no particular order; a record can appear more than once (with a different `via`). */
  records: RecordRow[];
  sources: RecordSources;
}

export interface Statement {
  name: string;
  text: string;
}

/**
 * Nodes of `type` under the first of the keys in `keys` that exists (at most `limit` of them), else the nodes the
 * `names` table lists under `name` for one of `kinds`: `resolveActorKeys` / `resolvePlaceKeys` in SQL. Called with
 * every key the resolver chose, a large limit and an empty name, it selects exactly those nodes.
 */
function candidatesCte(cte: string, keys: string, type: 'actor' | 'place', limit: string, name: string, kinds: string): string {
  return `${cte}_key AS (
    SELECT n.id FROM unnest(${keys}::text[]) WITH ORDINALITY AS k(key, o)
    JOIN nodes n ON n.key_md5 = md5(k.key)::uuid AND n.key = k.key
    WHERE n.type = '${type}' ORDER BY k.o LIMIT ${limit}
  ),
  ${cte} AS (
    SELECT id FROM ${cte}_key
    UNION
    SELECT node FROM names
    WHERE NOT EXISTS (SELECT 1 FROM ${cte}_key) AND ${name} <> ''
      AND kind = ANY(${kinds}::text[]) AND name_md5 = md5(${name})::uuid AND name = ${name}
  )`;
}

const NO_CANDIDATES = `cand AS (SELECT NULL::bigint AS id WHERE false)`;

/**
 * What every statement ends with, given `cand(id)` (the candidates) and `rec(id, want, via, x1, x2)` (record ids,
 * the node type each must have, the claim it disputes, the matched date's interval): the rows described above.
 * A record's `article` (the node of its articleId) and `refs` (the keys it names) are columns, written with it.
 */
const TAIL = `
  r AS MATERIALIZED (
    SELECT n.key, n.type, n.attrs, n.article, n.refs, rec.via, rec.x1, rec.x2
    FROM rec JOIN nodes n ON n.id = rec.id AND n.type = rec.want
  ),
  refs AS (SELECT DISTINCT unnest(refs) AS k FROM r),
  named AS MATERIALIZED (
    SELECT n.key, n.type, n.attrs, n.refs FROM refs JOIN nodes n ON n.key_md5 = md5(refs.k)::uuid AND n.key = refs.k
    WHERE n.type IN ('actor', 'place', 'event')
  ),
  refs2 AS (
    SELECT DISTINCT x.k FROM (SELECT unnest(refs) AS k FROM named WHERE type = 'event') AS x
    WHERE NOT EXISTS (SELECT 1 FROM named WHERE named.key = x.k)
  ),
  named2 AS (
    SELECT n.key, n.type, n.attrs FROM refs2 JOIN nodes n ON n.key_md5 = md5(refs2.k)::uuid AND n.key = refs2.k
    WHERE n.type IN ('actor', 'place')
  )
SELECT 'r'::text, key, type::text, attrs, via, article::text, x1, x2 FROM r
UNION ALL
SELECT 'n', m.key, m.type::text, CASE WHEN m.type = 'event' THEN m.attrs END, m.attrs->>'name', m.attrs->>'kind', NULL, NULL
FROM (SELECT key, type, attrs FROM named UNION ALL SELECT * FROM named2) AS m
UNION ALL
SELECT 'a', t.node::text, NULL, NULL, t.text, NULL, NULL, NULL
FROM (SELECT DISTINCT article FROM r) AS a JOIN article_texts t ON t.node = a.article
UNION ALL
SELECT 'c', n.key, n.type::text, n.attrs, NULL, NULL, NULL, NULL FROM cand JOIN nodes n ON n.id = cand.id`;

/**
 * The tail of a paged query's first statement: the records only, to be filtered, sorted and cut to the page before
 * the page's records are read in full (`RECORDS_BY_KEYS`, `DISPUTED_BY_KEYS`).
 */
const LIGHT_TAIL = `
  r AS (
    SELECT n.key, n.type, n.attrs, rec.via, rec.x1, rec.x2
    FROM rec JOIN nodes n ON n.id = rec.id AND n.type = rec.want
  )
SELECT 'r'::text, key, type::text, attrs, via, NULL::text, x1, x2 FROM r
UNION ALL
SELECT 'c', n.key, n.type::text, n.attrs, NULL, NULL, NULL, NULL FROM cand JOIN nodes n ON n.id = cand.id`;

const noDate = `NULL::text AS via, NULL::float8 AS x1, NULL::float8 AS x2`;

/** claimsByActor, eventsInvolving: $1 keys, $2 limit, $3 name, $4 name kinds, $5 edge type, $6 record type. */
export const ACTOR_RECORDS: Statement = {
  name: 'ng_actor_records',
  text: `WITH ${candidatesCte('cand', '$1', 'actor', '$2', '$3', '$4')},
  rec AS (
    SELECT DISTINCT e.target AS id, $6::node_type AS want, ${noDate}
    FROM edges e WHERE e.source IN (SELECT id FROM cand) AND e.type = $5::edge_type
  ),${TAIL}`,
};

/** eventsAtPlace: $1 keys, $2 limit, $3 name, $4 within (follow `place_within` down from the candidates). */
export const PLACE_EVENTS: Statement = {
  name: 'ng_place_events',
  text: `WITH RECURSIVE ${candidatesCte('cand', '$1', 'place', '$2', '$3', `ARRAY['place']`)},
  inside(id, key) AS (
    SELECT n.id, n.key FROM nodes n WHERE n.id IN (SELECT id FROM cand)
    UNION
    SELECT n.id, n.key FROM inside
    JOIN place_within w ON w.parent_md5 = md5(inside.key)::uuid AND w.parent_key = inside.key
    JOIN nodes n ON n.id = w.child
    WHERE $4::boolean
  ),
  rec AS (
    SELECT DISTINCT e.source AS id, 'event'::node_type AS want, ${noDate}
    FROM edges e WHERE e.target IN (SELECT id FROM inside) AND e.type = 'located-at'
  ),${TAIL}`,
};

/** claimsAbout: $1 the argument as a key, $2 actor keys, $3 place keys, $4 limit, $5 name, $6 actor name kinds. */
export const CLAIMS_ABOUT: Statement = {
  name: 'ng_claims_about',
  text: `WITH direct AS (
    SELECT n.id FROM nodes n WHERE n.key_md5 = md5($1)::uuid AND n.key = $1 AND n.type IN ('actor', 'place', 'event')
  ),
  ${candidatesCte('act', '$2', 'actor', '$4', '$5', '$6')},
  ${candidatesCte('plc', '$3', 'place', '$4', '$5', `ARRAY['place']`)},
  cand AS (
    SELECT id FROM direct
    UNION SELECT id FROM act WHERE NOT EXISTS (SELECT 1 FROM direct)
    UNION SELECT id FROM plc WHERE NOT EXISTS (SELECT 1 FROM direct)
  ),
  rec AS (
    SELECT DISTINCT e.source AS id, 'claim'::node_type AS want, ${noDate}
    FROM edges e WHERE e.target IN (SELECT id FROM cand) AND e.type = 'about'
  ),${TAIL}`,
};

/** resolveActor, resolvePlace: the candidates only. $1 keys, $2 limit, $3 name, $4 name kinds. */
export function resolveStatement(type: 'actor' | 'place'): Statement {
  return {
    name: `ng_resolve_${type}`,
    text: `WITH ${candidatesCte('cand', '$1', type, '$2', '$3', '$4')}
    SELECT 'c'::text, n.key, n.type::text, n.attrs, NULL::text, NULL::text, NULL::float8, NULL::float8 FROM cand JOIN nodes n ON n.id = cand.id`,
  };
}

/** eventsOnDate, claimsOnDate: $1, $2 the query interval, $3 record type; dates inside it, or overlapping it. */
export function dateRecords(overlap: boolean): Statement {
  return {
    name: overlap ? 'ng_date_records_overlap' : 'ng_date_records',
    text: `WITH ${NO_CANDIDATES},
    dates AS (
      SELECT id, range_start, range_end FROM nodes
      WHERE type = 'date' AND int8range(range_start, range_end) ${overlap ? '&&' : '<@'} int8range($1, $2)
    ),
    rec AS (
      SELECT e.source AS id, $3::node_type AS want, NULL::text AS via, min(d.range_start)::float8 AS x1, min(d.range_end)::float8 AS x2
      FROM dates d JOIN edges e ON e.target = d.id AND e.type = 'on-date'
      GROUP BY e.source
    ),${TAIL}`,
  };
}

/**
 * How a whole-store query (timeline, disputedClaims, eventsByType) narrows what it reads: records dated in a range
 * (`$1`, `$2`), records of some articles (`$1` article keys), or every record; `types` and `eventType` parameters follow.
 */
export type Selection = 'date' | 'articles' | 'all';

function selectionCte(selection: Selection, typesParam: string, eventTypeParam: string): string {
  const typeTest = `s.type::text = ANY(${typesParam}::text[]) AND (${eventTypeParam}::text IS NULL OR s.attrs->>'type' = ${eventTypeParam})`;
  switch (selection) {
    case 'date':
      return `sel AS (
        SELECT DISTINCT s.id, s.type FROM nodes d
        JOIN edges e ON e.target = d.id AND e.type = 'on-date'
        JOIN nodes s ON s.id = e.source
        WHERE d.type = 'date' AND int8range(d.range_start, d.range_end) && int8range($1, $2) AND ${typeTest}
      )`;
    case 'articles':
      return `sel AS (
        SELECT DISTINCT s.id, s.type FROM unnest($1::text[]) AS k(key)
        JOIN nodes a ON a.key_md5 = md5(k.key)::uuid AND a.key = k.key AND a.type = 'article'
        JOIN edges e ON e.target = a.id AND e.type = 'mentioned-in'
        JOIN nodes s ON s.id = e.source
        WHERE ${typeTest}
      )`;
    case 'all':
      return `sel AS (
        SELECT s.id, s.type FROM nodes s WHERE ${typeTest}
      )`;
  }
}

/** Parameters of a selection: the range or the article keys (none for 'all'), then types and event type. */
const SELECTION_PARAMS: Record<Selection, [string, string]> = { date: ['$3', '$4'], articles: ['$2', '$3'], all: ['$1', '$2'] };

/** timeline, eventsByType: the records a selection holds. */
export function selectedRecords(selection: Selection): Statement {
  const [types, eventType] = SELECTION_PARAMS[selection];
  return {
    name: `ng_selected_${selection}`,
    text: `WITH ${NO_CANDIDATES}, ${selectionCte(selection, types, eventType)},
    rec AS (SELECT id, type AS want, ${noDate} FROM sel),${TAIL}`,
  };
}

/** eventsByType over the whole store: the index of events by type. $1 event type. */
export const EVENTS_OF_TYPE: Statement = {
  name: 'ng_events_of_type',
  text: `WITH ${NO_CANDIDATES},
  rec AS (SELECT id, 'event'::node_type AS want, ${noDate} FROM nodes WHERE type = 'event' AND attrs->>'type' = $1),${TAIL}`,
};

/**
 * Given `disputed(id)`, the disputed claims: `rec` holds them and the claims disputing them, each of those with
 * `via` = the key of the claim it disputes (disputedRecords, DISPUTED_BY_KEYS).
 */
const DISPUTED_AND_DISPUTERS = `
  rec AS (
    SELECT id, 'claim'::node_type AS want, ${noDate} FROM disputed
    UNION ALL
    SELECT DISTINCT e.source, 'claim'::node_type, t.key, NULL::float8, NULL::float8
    FROM disputed d JOIN nodes t ON t.id = d.id JOIN edges e ON e.target = d.id AND e.type = 'disputes'
  ),`;

/**
 * disputedClaims: the disputed claims (of a selection, or of the whole store with `null`) and the claims disputing
 * them, those with `via` = the key of the claim they dispute.
 */
export function disputedRecords(selection: Selection | null): Statement {
  const [types, eventType] = selection === null ? ['', ''] : SELECTION_PARAMS[selection];
  const disputed = selection === null
    ? `disputed AS (SELECT DISTINCT target AS id FROM edges WHERE type = 'disputes')`
    : `${selectionCte(selection, types, eventType)},
      disputed AS (SELECT DISTINCT e.target AS id FROM edges e WHERE e.target IN (SELECT id FROM sel) AND e.type = 'disputes')`;
  return {
    name: `ng_disputed_${selection ?? 'all'}`,
    text: `WITH ${NO_CANDIDATES}, ${disputed},${DISPUTED_AND_DISPUTERS}${TAIL}`,
  };
}

/** The claims and events `$1` (node keys), in full: the page of a paged query. */
export const RECORDS_BY_KEYS: Statement = {
  name: 'ng_records_by_keys',
  text: `WITH ${NO_CANDIDATES},
  rec AS (
    SELECT n.id, n.type AS want, ${noDate} FROM unnest($1::text[]) AS k(key)
    JOIN nodes n ON n.key_md5 = md5(k.key)::uuid AND n.key = k.key WHERE n.type IN ('claim', 'event')
  ),${TAIL}`,
};

/** The disputed claims `$1` (node keys) and the claims disputing them, in full: a page of disputedClaims. */
export const DISPUTED_BY_KEYS: Statement = {
  name: 'ng_disputed_by_keys',
  text: `WITH ${NO_CANDIDATES},
  disputed AS (
    SELECT n.id FROM unnest($1::text[]) AS k(key) JOIN nodes n ON n.key_md5 = md5(k.key)::uuid AND n.key = k.key WHERE n.type = 'claim'
  ),${DISPUTED_AND_DISPUTERS}${TAIL}`,
};

/** Article counts of candidates, for the AmbiguousNameError that lists them. $1 node keys. */
const ARTICLE_COUNTS: Statement = {
  name: 'ng_article_counts',
  text: `SELECT n.key, count(na.article)::int AS articles FROM unnest($1::text[]) AS k(key)
    JOIN nodes n ON n.key_md5 = md5(k.key)::uuid AND n.key = k.key
    LEFT JOIN node_articles na ON na.node = n.id GROUP BY n.key`,
};

type Row = [string, string, string | null, Record<string, unknown> | null, string | null, string | null, number | null, number | null];

const lightVariants = new Map<string, Statement>();

/** The statement with LIGHT_TAIL for TAIL: the same records, without what they are built from. */
function light(statement: Statement): Statement {
  let variant = lightVariants.get(statement.name);
  if (variant === undefined) {
    if (!statement.text.endsWith(TAIL)) throw new Error(`${statement.name} has no records to read lightly`);
    variant = { name: `${statement.name}_light`, text: statement.text.slice(0, -TAIL.length) + LIGHT_TAIL };
    lightVariants.set(statement.name, variant);
  }
  return variant;
}

/**
 * Runs a statement and sorts its rows into candidates, records and the sources records are built from; with
 * `lightly`, the records alone (for a paged query's choice of its page).
 */
export async function fetch(pool: Pool, statement: Statement, values: unknown[], lightly = false): Promise<Fetched> {
  const run = lightly ? light(statement) : statement;
  const result: QueryArrayResult<Row> = await pool.query<Row>({ name: run.name, text: run.text, values, rowMode: 'array' });
  const names = new Map<string, string>();
  const placeKinds = new Map<string, string>();
  const events = new Map<string, EventNode>();
  const textOf = new Map<string, string>();
  const articleOf = new Map<string, string>();
  const candidates: StoredNode[] = [];
  const records: RecordRow[] = [];
  for (const [kind, key, type, attrs, s, t, x1, x2] of result.rows) {
    switch (kind) {
      case 'r':
        if (t !== null) articleOf.set((attrs as { articleId: string }).articleId, t);
        records.push({
          key, type: type as 'claim' | 'event', node: attrs as unknown as ClaimNode | EventNode, via: s,
          date: x1 === null || x2 === null ? null : { start: x1, end: x2 },
        });
        break;
      case 'n':
        if (type === 'event') events.set(key, attrs as unknown as EventNode);
        else {
          names.set(key, s as string);
          // as in the query index: every place has an entry, even one without a kind
          if (type === 'place') placeKinds.set(key, t as string);
        }
        break;
      case 'a':
        textOf.set(key, s as string);
        break;
      case 'c':
        candidates.push({ key, type: type as NodeType, attrs: attrs as Record<string, unknown> });
        break;
    }
  }
  return {
    candidates,
    records,
    sources: { names, placeKinds, event: (key) => events.get(key), articleText: (articleId) => {
      const article = articleOf.get(articleId);
      return article === undefined ? undefined : textOf.get(article);
    } },
  };
}

/** Node types whose mentions and articleIds the store keeps in tables of their own. */
const SIDE_TYPES = new Set<string>(['actor', 'place', 'date']);

/**
 * A graph of the candidate nodes only, for running the in-memory resolver on them: it picks among them as it
 * would on the whole graph. With `articles`, actors and places carry that many article ids (placeholders: only
 * their number is read, by AmbiguousNameError).
 */
export function candidateGraph(candidates: readonly StoredNode[], articles?: ReadonlyMap<string, number>): NewsMultiDirectedGraph {
  const graph = createGraph();
  for (const node of candidates) {
    if (graph.hasNode(node.key)) continue;
    const attrs = SIDE_TYPES.has(node.type)
      ? { ...node.attrs, mentions: [], articleIds: new Array<string>(articles?.get(node.key) ?? 0).fill('') }
      : node.attrs;
    graph.addNode(node.key, attrs as unknown as NodeAttributes);
  }
  return graph;
}

/**
 * Runs `resolve` (an in-memory resolver) on the candidates; when it finds the name ambiguous, runs it again on
 * candidates that carry their article counts, so that the AmbiguousNameError it throws lists them as in memory.
 */
export async function resolveCandidates(pool: Pool, candidates: readonly StoredNode[], resolve: (graph: NewsMultiDirectedGraph) => string[]): Promise<string[]> {
  try {
    return resolve(candidateGraph(candidates));
  } catch (error) {
    if (!(error instanceof AmbiguousNameError)) throw error;
    const { rows } = await pool.query<{ key: string; articles: number }>({ ...ARTICLE_COUNTS, values: [candidates.map((c) => c.key)] });
    return resolve(candidateGraph(candidates, new Map(rows.map((r) => [r.key, r.articles]))));
  }
}

/** True when the resolver chose exactly the nodes the statement read records for. */
export function sameKeys(chosen: readonly string[], candidates: readonly StoredNode[]): boolean {
  const read = new Set(candidates.map((c) => c.key));
  return chosen.length === read.size && chosen.every((key) => read.has(key));
}

/** Parameters selecting the candidates of `nameOrId` as resolveActorKeys / resolvePlaceKeys would. */
export function nameParams(nameOrId: string, type: 'actor' | 'place'): [string[], number, string, string[]] {
  const name = normalizeName(nameOrId);
  const kinds = type === 'place' ? ['place'] : name.includes(' ') ? ['actor'] : ['actor', 'surname'];
  return [[nameOrId, `${type}:${nameOrId}`], 1, name, kinds];
}

/** Parameters selecting exactly the nodes `keys` (and no name). */
export function keyParams(keys: readonly string[]): [string[], number, string, string[]] {
  return [[...keys], Math.max(1, keys.length), '', []];
}

/** The rows of `type` among `rows`, each record once, whose node `keep` keeps (the helper's own predicate). */
export function chooseRows(rows: readonly RecordRow[], type: 'claim', keep: ((node: ClaimNode) => boolean) | null): RecordRow[];
export function chooseRows(rows: readonly RecordRow[], type: 'event', keep: ((node: EventNode) => boolean) | null): RecordRow[];
export function chooseRows(rows: readonly RecordRow[], type: 'claim' | 'event', keep: ((node: never) => boolean) | null): RecordRow[] {
  const out: RecordRow[] = [];
  const seen = new Set<string>();
  for (const row of rows) {
    if (row.type !== type || seen.has(row.key)) continue;
    seen.add(row.key);
    if (keep === null || keep(row.node as never)) out.push(row);
  }
  return out;
}

/** The record of a row; the caller's own (the in-memory helpers freeze theirs because every query shares them). */
export function recordOf(row: RecordRow, sources: RecordSources): ClaimRecord | EventRecord {
  return row.type === 'claim' ? claimRecordOf(row.node as ClaimNode, sources) : eventRecordOf(row.node as EventNode, sources);
}
