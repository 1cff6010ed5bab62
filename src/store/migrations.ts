import type { PoolClient } from 'pg';
import { StoreError } from '../errors.js';

/**
 * The store's schema, one migration per version. A migration only ever adds to what the previous ones made, and
 * a released migration is never edited: a change is a new version. `schema_version` records which ran, so
 * opening a store written by an older newsgraph migrates it, and one written by a newer newsgraph is refused.
 *
 * Keys of any length (a hostile article may name a node with 10,000 characters) are looked up through an md5
 * column, because a btree entry holds at most about 2,700 bytes; the text key is kept beside it.
 */
export interface Migration {
  version: number;
  description: string;
  statements: readonly string[];
}

const md5 = (column: string): string => `uuid GENERATED ALWAYS AS (md5(${column})::uuid) STORED`;

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'nodes, edges, mentions, node articles, identity and name tables, views',
    statements: [
      `CREATE TYPE node_type AS ENUM ('article', 'actor', 'place', 'event', 'claim', 'date')`,
      `CREATE TYPE edge_type AS ENUM ('claimed', 'about', 'participant', 'located-at', 'on-date', 'reported-by', 'disputes', 'mentioned-in')`,
      // One row per graph node. attrs holds the node's attributes as graphology has them (src/schema/graph.ts),
      // except the mentions and articleIds of actors, places and dates, which grow with every article and live in
      // their own tables. range_start/range_end: the interval (ms) of a date node's value or an article's publishedAt.
      `CREATE TABLE nodes (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        key text NOT NULL,
        key_md5 ${md5('key')},
        type node_type NOT NULL,
        attrs json NOT NULL,
        range_start bigint,
        range_end bigint,
        CONSTRAINT nodes_key_unique UNIQUE (key_md5)
      )`,
      // An article's text, apart from its attributes so that reading articles' attributes stays cheap.
      `CREATE TABLE article_texts (
        node bigint PRIMARY KEY,
        text text NOT NULL
      )`,
      `CREATE INDEX nodes_event_type ON nodes ((attrs->>'type'), id) WHERE type = 'event'`,
      `CREATE INDEX nodes_date_range ON nodes USING gist (int8range(range_start, range_end)) WHERE type = 'date'`,
      `CREATE INDEX nodes_article_range ON nodes USING gist (int8range(range_start, range_end)) WHERE type = 'article'`,
      // One row per graph edge; (source, type, target, article, role) is what the in-memory graph never repeats.
      // The large tables carry no foreign keys: checking three per edge halved the load rate, and only the
      // store's writer, under its lock, ever inserts into them.
      `CREATE TABLE edges (
        source bigint NOT NULL,
        type edge_type NOT NULL,
        target bigint NOT NULL,
        article bigint NOT NULL,
        role text NOT NULL DEFAULT '',
        n integer NOT NULL DEFAULT 0,
        start_offset integer,
        end_offset integer,
        CONSTRAINT edges_unique UNIQUE (source, type, target, article, role)
      )`,
      `CREATE INDEX edges_target ON edges (target, type)`,
      // Edges are appended batch by batch, so the rows of an article sit together in the table: a BRIN index finds
      // them as well as a btree at a fraction of the cost of keeping it.
      `CREATE INDEX edges_article ON edges USING brin (article) WITH (pages_per_range = 16)`,
      `CREATE INDEX edges_disputes ON edges (target) WHERE type = 'disputes'`,
      `CREATE TABLE mentions (
        node bigint NOT NULL,
        article bigint NOT NULL,
        start_offset integer NOT NULL,
        end_offset integer NOT NULL,
        text text NOT NULL
      )`,
      `CREATE INDEX mentions_node ON mentions (node)`,
      `CREATE TABLE node_articles (
        node bigint NOT NULL,
        article bigint NOT NULL,
        PRIMARY KEY (node, article)
      )`,
      // Cross-article identity tables (src/graph/identity.ts): tbl is 'actors', 'surnames' or 'places'.
      `CREATE TABLE identity_keys (
        tbl text NOT NULL,
        key text NOT NULL,
        key_md5 ${md5('key')},
        node bigint NOT NULL REFERENCES nodes (id) ON DELETE CASCADE,
        PRIMARY KEY (tbl, key_md5, node)
      )`,
      `CREATE INDEX identity_keys_node ON identity_keys (node)`,
      `CREATE TABLE identity_solo (
        key text NOT NULL,
        key_md5 ${md5('key')} PRIMARY KEY,
        node bigint NOT NULL REFERENCES nodes (id) ON DELETE CASCADE
      )`,
      `CREATE INDEX identity_solo_node ON identity_solo (node)`,
      `CREATE TABLE redirects (
        from_key text NOT NULL,
        from_md5 ${md5('from_key')} PRIMARY KEY,
        to_key text NOT NULL
      )`,
      // The names queries resolve (src/query/query-index.ts queryNamesOf): kind is 'actor', 'place' or 'surname'.
      `CREATE TABLE names (
        kind text NOT NULL,
        name text NOT NULL,
        name_md5 ${md5('name')},
        node bigint NOT NULL REFERENCES nodes (id) ON DELETE CASCADE,
        PRIMARY KEY (kind, name_md5, node)
      )`,
      `CREATE INDEX names_node ON names (node)`,
      // A place's `within` list, for eventsAtPlace(..., { within: true }).
      `CREATE TABLE place_within (
        child bigint NOT NULL REFERENCES nodes (id) ON DELETE CASCADE,
        parent_key text NOT NULL,
        parent_md5 ${md5('parent_key')},
        PRIMARY KEY (parent_md5, child)
      )`,
      `CREATE INDEX place_within_child ON place_within (child)`,
      // Views for people writing SQL by hand (docs/store.md).
      `CREATE VIEW articles AS
        SELECT id, key, attrs->>'id' AS article_id, attrs->>'title' AS title, attrs->>'publishedAt' AS published_at,
               attrs->>'url' AS url, attrs->>'source' AS source, t.text
        FROM nodes JOIN article_texts t ON t.node = nodes.id WHERE type = 'article'`,
      `CREATE VIEW actors AS
        SELECT id, key, attrs->>'name' AS name, attrs->>'kind' AS kind, attrs->>'countryCode' AS country_code,
               ARRAY(SELECT json_array_elements_text(attrs->'aliases')) AS aliases,
               ARRAY(SELECT json_array_elements_text(attrs->'titles')) AS titles
        FROM nodes WHERE type = 'actor'`,
      `CREATE VIEW places AS
        SELECT id, key, attrs->>'name' AS name, attrs->>'kind' AS kind, attrs->>'countryCode' AS country_code,
               ARRAY(SELECT json_array_elements_text(attrs->'aliases')) AS aliases
        FROM nodes WHERE type = 'place'`,
      `CREATE VIEW claims AS
        SELECT c.id, c.key, c.attrs->>'articleId' AS article_id, c.attrs->>'claimantId' AS claimant_key, a.attrs->>'name' AS claimant,
               c.attrs->>'cue' AS cue, c.attrs->>'kind' AS kind, c.attrs->>'content' AS content, c.attrs->>'quote' AS quote,
               c.attrs->>'date' AS date
        FROM nodes c
        LEFT JOIN nodes a ON a.key_md5 = md5(c.attrs->>'claimantId')::uuid AND a.type = 'actor'
        WHERE c.type = 'claim'`,
      `CREATE VIEW events AS
        SELECT id, key, attrs->>'articleId' AS article_id, attrs->>'type' AS event_type, attrs->'trigger'->>'text' AS trigger,
               attrs->>'date' AS date, attrs->>'modality' AS modality
        FROM nodes WHERE type = 'event'`,
    ],
  },
  {
    version: 2,
    description: "records' article and the keys they name as columns, so queries read them without parsing JSON; in-edges with their source",
    statements: [
      // For claims and events: `article` is the id of the node of their articleId (the text of their evidence),
      // `refs` the keys their record names (claimant, about, participants, places); src/store/write-batch.ts
      // `recordRefs` writes them, and rewrites them with the record when a merge rewrites its ids.
      `ALTER TABLE nodes ADD COLUMN article bigint, ADD COLUMN refs text[]`,
      // In-edges with their source, so that the records at a place or on a date are found in the index alone.
      `DROP INDEX edges_target`,
      `CREATE INDEX edges_target ON edges (target, type) INCLUDE (source)`,
      `UPDATE nodes n SET article = a.id
       FROM (SELECT id, CASE WHEN starts_with(attrs->>'articleId', 'article:') THEN attrs->>'articleId' ELSE 'article:' || (attrs->>'articleId') END AS k
             FROM nodes WHERE type IN ('claim', 'event')) AS r
       JOIN nodes a ON a.key_md5 = md5(r.k)::uuid AND a.key = r.k AND a.type = 'article'
       WHERE n.id = r.id`,
      `UPDATE nodes SET refs = ARRAY(
         SELECT k FROM (
           SELECT attrs::jsonb->>'claimantId' AS k, 0 AS o
           UNION ALL SELECT jsonb_array_elements_text(attrs::jsonb->'about'->'actorIds'), 1
           UNION ALL SELECT jsonb_array_elements_text(attrs::jsonb->'about'->'placeIds'), 2
           UNION ALL SELECT jsonb_array_elements_text(attrs::jsonb->'about'->'eventIds'), 3
           UNION ALL SELECT jsonb_array_elements(attrs::jsonb->'participants')->>'actorId', 4
           UNION ALL SELECT jsonb_array_elements_text(attrs::jsonb->'placeIds'), 5
         ) AS x WHERE k IS NOT NULL ORDER BY o)
       WHERE type IN ('claim', 'event')`,
    ],
  },
];

export const SCHEMA_VERSION = Math.max(...MIGRATIONS.map((m) => m.version));

const VERSION_TABLE = `CREATE TABLE IF NOT EXISTS schema_version (
  version integer PRIMARY KEY,
  description text NOT NULL,
  applied_at timestamptz NOT NULL DEFAULT now()
)`;

/** The highest migration applied to the store in the client's search_path, or 0 for a new store. */
export async function storedVersion(client: PoolClient): Promise<number> {
  const exists = await client.query<{ t: string | null }>(`SELECT to_regclass('schema_version')::text AS t`);
  if (exists.rows[0]?.t == null) return 0;
  const result = await client.query<{ v: number | null }>('SELECT max(version) AS v FROM schema_version');
  return result.rows[0]?.v ?? 0;
}

/**
 * Brings the store up to the last of `migrations`, each in its own transaction, under an advisory lock so two
 * processes opening a new store at once do not both create it. Returns the versions applied.
 */
export async function migrate(
  client: PoolClient,
  lockKey: string,
  createSchema: () => Promise<void>,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<number[]> {
  const latest = Math.max(...migrations.map((m) => m.version));
  const applied: number[] = [];
  await client.query('SELECT pg_advisory_lock(hashtext($1))', [lockKey]);
  try {
    await createSchema();
    await client.query(VERSION_TABLE);
    const current = await storedVersion(client);
    if (current > latest) throw newerStore(current, latest);
    for (const migration of migrations) {
      if (migration.version <= current) continue;
      await client.query('BEGIN');
      try {
        for (const statement of migration.statements) await client.query(statement);
        await client.query('INSERT INTO schema_version (version, description) VALUES ($1, $2)', [migration.version, migration.description]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw new StoreError(`migrating the store to schema version ${migration.version} failed: ${(error as Error).message}`, { cause: error });
      }
      applied.push(migration.version);
    }
  } finally {
    await client.query('SELECT pg_advisory_unlock(hashtext($1))', [lockKey]);
  }
  return applied;
}

export function newerStore(found: number, known: number): StoreError {
  return new StoreError(
    `the store has schema version ${found}, written by a newer newsgraph than this one (which knows up to ${known}); upgrade newsgraph to use it`,
  );
}
