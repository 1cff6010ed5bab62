import type { Pool, PoolClient } from 'pg';
import { AmbiguousNameError, InvalidInputError, InvalidOptionsError, StoreError } from '../errors.js';
import { articleKey } from '../graph/keys.js';
import { createGraph, type NewsMultiDirectedGraph } from '../graph/news-graph.js';
import { timemlInterval } from '../graph/timeml-interval.js';
import { claimsAbout } from '../query/claims-about.js';
import { claimsByActor } from '../query/claims-by-actor.js';
import { disputedClaims } from '../query/disputed-claims.js';
import { eventsAtPlace, type EventsAtPlaceOptions } from '../query/events-at-place.js';
import { eventsByType } from '../query/events-by-type.js';
import { eventsInvolving } from '../query/events-involving.js';
import { eventsOnDate, type DateQuery, type EventsOnDateOptions } from '../query/events-on-date.js';
import { claimsOnDate, type ClaimsOnDateOptions } from '../query/claims-on-date.js';
import { queryInterval } from '../query/date-query.js';
import type { AmbiguityOption, ClaimFilter, EventFilter } from '../query/record-filter.js';
import type { NewsGraph } from '../graph/news-graph.js';
import { resolveActor } from '../query/resolve-actor.js';
import { assertNameOrId, describe } from '../query/resolve-input.js';
import { resolvePlace } from '../query/resolve-place.js';
import { timeline, type TimelineOptions } from '../query/timeline.js';
import type { ParsedArticle } from '../schema/article.js';
import { EventTypeSchema, type EventType } from '../schema/event.js';
import type { ClaimRecord, DisputedClaim, EventRecord, TimelineEntry } from '../schema/graph.js';
import { normalizeName } from '../text/normalize-name.js';
import { connect, createPool, ensureSchema, parseStoreUrl, redact } from './connection.js';
import { migrate, newerStore, SCHEMA_VERSION, storedVersion } from './migrations.js';
import { EDGE_COLUMNS, SliceBuilder, type EdgeRow } from './slice.js';
import { writeBatch, type ArticleOutcome } from './write-batch.js';

export type { ArticleOutcome } from './write-batch.js';

export interface OpenStoreOptions {
  /**
   * Bring an older store's schema up to date when opening it (default true). With false, opening a store that
   * needs migrating throws a StoreError saying so, and nothing is changed.
   */
  migrate?: boolean;
  /** Connections the store may hold open at once (default 4). */
  maxConnections?: number;
}

/**
 * Which articles a slice holds; all given conditions must hold, and no condition means the whole store.
 * Dates are TimeML values or days (`2025-12-01`, `2025-12`, `2025-W49`), compared with the article's
 * `publishedAt` at its own precision; both ends are inclusive.
 */
export interface SliceFilter {
  /** Articles published on or after this date. */
  from?: string;
  /** Articles published on or before this date. */
  to?: string;
  /** Articles with these ids (`article.id`). */
  articleIds?: readonly string[];
  /** Articles that mention this actor (a name, alias, surname or key, resolved as `resolveActor` does). */
  actor?: string;
  /** Articles that mention this place (resolved as `resolvePlace` does). */
  place?: string;
}

export interface AddArticlesResult {
  added: number;
  /** Articles already in the store (or repeated in the input): nothing was changed for them. */
  skipped: number;
  /** Articles that could not be stored; see `outcomes` for why. The others were stored. */
  failed: number;
  /** One entry per input article, in input order. */
  outcomes: ArticleOutcome[];
}

export interface StoreCounts {
  articles: number;
  actors: number;
  places: number;
  events: number;
  claims: number;
  dates: number;
  edges: number;
}

/**
 * A newsgraph knowledge graph kept in PostgreSQL; see `openStore`. Its query methods answer like the in-memory
 * helpers of the same name, with promises.
 *
 * @example
 * const store = await openStore(url);
 * await store.addArticles([parsed]);
 * (await store.eventsOnDate('2025-12-02')).length > 0; // true
 * await store.close();
 */
export class NewsStore {
  /** @internal use `openStore` */
  constructor(
    private readonly pool: Pool,
    private readonly url: string,
    /** PostgreSQL schema holding the store's tables. */
    readonly schema: string,
  ) {}

  private get lockKey(): string {
    return `newsgraph:${this.schema}`;
  }

  /**
   * Adds parsed articles in one transaction, merging actors and places across articles by the same rules as
   * `addArticle`. An article already stored changes nothing; an article that is invalid or cannot be stored is
   * reported in `outcomes` and skipped while the others are stored (when the database refuses the batch, it is
   * retried in halves until the article at fault is found). Several processes may add at once: batches are
   * written one at a time under a lock, so no actor is created twice.
   *
   * Pass a few hundred articles per call: each call holds the write lock for its whole transaction.
   *
   * @example
   * const result = await store.addArticles(texts.map((t) => parseArticle(t, { publishedAt: '2025-12-03' })));
   * result.added; // number of articles stored
   */
  async addArticles(parsed: readonly ParsedArticle[]): Promise<AddArticlesResult> {
    if (!Array.isArray(parsed)) throw new InvalidInputError('addArticles expects an array of ParsedArticle (from parseArticle)');
    const outcomes = await this.withClient((client) => this.writeParts(client, parsed));
    const count = (status: ArticleOutcome['status']): number => outcomes.filter((o) => o.status === status).length;
    return { added: count('added'), skipped: count('skipped'), failed: count('failed'), outcomes };
  }

  private async writeParts(client: PoolClient, batch: readonly ParsedArticle[]): Promise<ArticleOutcome[]> {
    if (batch.length === 0) return [];
    try {
      return await writeBatch(client, this.lockKey, batch);
    } catch (error) {
      if (!isDataError(error)) throw wrapError(error, this.url);
      if (batch.length === 1) {
        const id = (batch[0] as { article?: { id?: unknown } } | undefined)?.article?.id;
        return [{ status: 'failed', articleId: typeof id === 'string' ? id : null, error: `the database refused it: ${(error as Error).message}` }];
      }
      const half = Math.ceil(batch.length / 2);
      return [...(await this.writeParts(client, batch.slice(0, half))), ...(await this.writeParts(client, batch.slice(half)))];
    }
  }

  /** Keys of the actors `nameOrId` means, as `resolveActor` gives them on the in-memory graph. */
  resolveActor(nameOrId: string): Promise<string[]> {
    return this.read(async (client) => {
      resolveActor(EMPTY, nameOrId); // the helper's own check of the argument
      return resolveActor(await new SliceBuilder(client, LIGHT).addNodes(await actorCandidates(client, nameOrId)).build(), nameOrId);
    });
  }

  /** Keys of the places `nameOrId` means, as `resolvePlace` gives them. */
  resolvePlace(nameOrId: string): Promise<string[]> {
    return this.read(async (client) => {
      resolvePlace(EMPTY, nameOrId);
      return resolvePlace(await new SliceBuilder(client, LIGHT).addNodes(await placeCandidates(client, nameOrId)).build(), nameOrId);
    });
  }

  /** `claimsByActor` on the stored graph: every claim the actor made, with the same options. */
  claimsByActor(nameOrId: string, options: ClaimFilter & AmbiguityOption = {}): Promise<ClaimRecord[]> {
    return this.named(nameOrId, options, claimsByActor, async (client) => {
      const actors = await actorCandidates(client, nameOrId);
      return { nodes: actors, edges: await edgesOutOf(client, actors, 'claimed') };
    });
  }

  /** `eventsInvolving` on the stored graph: every event the actor takes part in. */
  eventsInvolving(nameOrId: string, options: EventFilter & AmbiguityOption = {}): Promise<EventRecord[]> {
    return this.named(nameOrId, options, eventsInvolving, async (client) => {
      const actors = await actorCandidates(client, nameOrId);
      return { nodes: actors, edges: await edgesOutOf(client, actors, 'participant') };
    });
  }

  /** `claimsAbout` on the stored graph: every claim about an actor, place or event. */
  claimsAbout(nameOrId: string, options: ClaimFilter & AmbiguityOption = {}): Promise<ClaimRecord[]> {
    return this.named(nameOrId, options, claimsAbout, async (client) => {
      const direct = await nodeIdsByKeys(client, [nameOrId], ['actor', 'place', 'event']);
      const subjects = direct.length > 0 ? direct : [...(await actorCandidates(client, nameOrId)), ...(await placeCandidates(client, nameOrId))];
      return { nodes: subjects, edges: await edgesInto(client, subjects, 'about') };
    });
  }

  /** `eventsAtPlace` on the stored graph, with `{ within: true }` following places' `within` transitively. */
  eventsAtPlace(nameOrId: string, options: EventsAtPlaceOptions = {}): Promise<EventRecord[]> {
    return this.named(nameOrId, options, eventsAtPlace, async (client) => {
      let places = await placeCandidates(client, nameOrId);
      if (options?.within === true && places.length > 0) {
        const { rows } = await client.query<{ id: string }>(
          `WITH RECURSIVE inside(id, key) AS (
             SELECT id, key FROM nodes WHERE id = ANY($1::bigint[])
             UNION
             SELECT n.id, n.key FROM inside
             JOIN place_within w ON w.parent_md5 = md5(inside.key)::uuid AND w.parent_key = inside.key
             JOIN nodes n ON n.id = w.child
           ) SELECT id FROM inside`,
          [places],
        );
        places = rows.map((r) => r.id);
      }
      return { nodes: places, edges: await edgesInto(client, places, 'located-at') };
    });
  }

  /** `eventsOnDate` on the stored graph: events on a day or in a range, found through an index of date intervals. */
  eventsOnDate(query: DateQuery, options: EventsOnDateOptions = {}): Promise<EventRecord[]> {
    return this.onDate(query, options, 'event', eventsOnDate);
  }

  /** `claimsOnDate` on the stored graph: claims made on a day or in a range. */
  claimsOnDate(query: DateQuery, options: ClaimsOnDateOptions = {}): Promise<ClaimRecord[]> {
    return this.onDate(query, options, 'claim', claimsOnDate);
  }

  /**
   * `eventsByType` on the stored graph. Over a whole store this returns every event of the type: pass a `date` or
   * `articleIds` filter to narrow it, as the store then reads only those events.
   */
  eventsByType(type: EventType, options: Omit<EventFilter, 'type'> = {}): Promise<EventRecord[]> {
    return this.read(async (client) => {
      eventsByType(EMPTY, type, options);
      const ids = await recordsFiltered(client, options, ['event'], 'eventsByType', type);
      return eventsByType(await new SliceBuilder(client, RECORDS).addNodes(ids).build(), type, options);
    });
  }

  /** `disputedClaims` on the stored graph; a `date` or `articleIds` filter narrows what is read. */
  disputedClaims(options: ClaimFilter = {}): Promise<DisputedClaim[]> {
    return this.read(async (client) => {
      disputedClaims(EMPTY, options);
      const narrowed = options.date !== undefined || options.articleIds !== undefined;
      const claims = narrowed ? await recordsFiltered(client, options, ['claim'], 'disputedClaims', null) : null;
      const { rows } = claims === null
        ? await client.query<EdgeRow>(`SELECT ${EDGE_COLUMNS} FROM edges WHERE type = 'disputes'`)
        : await client.query<EdgeRow>(`SELECT ${EDGE_COLUMNS} FROM edges WHERE target = ANY($1::bigint[]) AND type = 'disputes'`, [claims]);
      return disputedClaims(await new SliceBuilder(client, RECORDS).addEdges(rows).build(), options);
    });
  }

  /** `timeline` of the stored graph; a `date` or `articleIds` filter narrows what is read. */
  timeline(options: TimelineOptions = {}): Promise<TimelineEntry[]> {
    return this.read(async (client) => {
      timeline(EMPTY, options);
      const types = options.records === 'events' ? ['event'] : options.records === 'claims' ? ['claim'] : ['event', 'claim'];
      const ids = await recordsFiltered(client, options, types, 'timeline', null);
      return timeline(await new SliceBuilder(client, RECORDS).addNodes(ids).build(), options);
    });
  }

  /**
   * A query by name: checks the arguments with the helper itself (on an empty graph, so errors are the helper's),
   * loads the slice `select` gives, and runs the helper on it. A name that fits several records throws the
   * helper's AmbiguousNameError, whose candidates count their articles: that slice is then loaded with articleIds.
   */
  private named<O, R>(
    nameOrId: string,
    options: O,
    helper: (graph: NewsGraph, nameOrId: string, options: O) => R[],
    select: (client: PoolClient) => Promise<{ nodes: string[]; edges: EdgeRow[] }>,
  ): Promise<R[]> {
    return this.read(async (client) => {
      helper(EMPTY, nameOrId, options);
      const { nodes, edges } = await select(client);
      const graph = await new SliceBuilder(client, RECORDS).addNodes(nodes).addEdges(edges).build();
      try {
        return helper(graph, nameOrId, options);
      } catch (error) {
        if (!(error instanceof AmbiguousNameError)) throw error;
        return helper(await new SliceBuilder(client, { ...RECORDS, articleIds: true }).addNodes(nodes).addEdges(edges).build(), nameOrId, options);
      }
    });
  }

  private onDate<O, R>(query: DateQuery, options: O, type: 'event' | 'claim', helper: (graph: NewsGraph, query: DateQuery, options: O) => R[]): Promise<R[]> {
    return this.read(async (client) => {
      helper(EMPTY, query, options);
      const q = queryInterval(query, type === 'event' ? 'eventsOnDate' : 'claimsOnDate');
      const overlap = (options as { overlap?: boolean }).overlap === true;
      const { rows: dates } = await client.query<{ id: string }>(
        overlap
          ? `SELECT id FROM nodes WHERE type = 'date' AND int8range(range_start, range_end) && int8range($1, $2)`
          : `SELECT id FROM nodes WHERE type = 'date' AND int8range(range_start, range_end) <@ int8range($1, $2)`,
        [q.start, q.end],
      );
      const ids = dates.map((d) => d.id);
      const { rows: edges } = await client.query<EdgeRow>(
        `SELECT ${EDGE_COLUMNS.split(', ').map((c) => `e.${c}`).join(', ')}
         FROM edges e JOIN nodes s ON s.id = e.source AND s.type = $2::node_type
         WHERE e.target = ANY($1::bigint[]) AND e.type = 'on-date'`,
        [ids, type],
      );
      return helper(await new SliceBuilder(client, RECORDS).addNodes(ids).addEdges(edges).build(), query, options);
    });
  }

  /**
   * A graphology graph of the articles `filter` selects (the whole store without one): their article nodes, every
   * edge read from them and the nodes at both ends, with mentions and articleIds limited to those articles.
   * Actors and places carry the names and aliases merged over the whole store. Every in-memory helper and export
   * works on it.
   *
   * @example
   * const week = await store.loadGraph({ from: '2025-12-01', to: '2025-12-07' });
   * toGEXF(week);
   */
  loadGraph(filter?: SliceFilter): Promise<NewsMultiDirectedGraph> {
    return this.read(async (client) => {
      const articles = await this.articlesOf(client, filter, 'loadGraph');
      const slice = new SliceBuilder(client, { full: true, articles, records: false });
      if (articles === null) {
        const { rows: nodes } = await client.query<{ id: string }>('SELECT id FROM nodes');
        const { rows: edges } = await client.query<EdgeRow>(`SELECT ${EDGE_COLUMNS} FROM edges`);
        return slice.addNodes(nodes.map((n) => n.id)).addEdges(edges).build();
      }
      const { rows: edges } = await client.query<EdgeRow>(`SELECT ${EDGE_COLUMNS} FROM edges WHERE article = ANY($1::bigint[])`, [articles]);
      return slice.addNodes(articles).addEdges(edges).build();
    });
  }

  /** The title of each stored article among `articleIds` (null when it has none), for printing records. */
  articleTitles(articleIds: readonly string[]): Promise<Map<string, string | null>> {
    return this.read(async (client) => {
      const titles = new Map<string, string | null>();
      if (articleIds.length === 0) return titles;
      const { rows } = await client.query<{ id: string; title: string | null }>(
        `SELECT n.attrs->>'id' AS id, n.attrs->>'title' AS title FROM unnest($1::text[]) AS k(key)
         JOIN nodes n ON n.key_md5 = md5(k.key)::uuid AND n.key = k.key WHERE n.type = 'article'`,
        [articleIds.map(articleKey)],
      );
      for (const row of rows) titles.set(row.id, row.title);
      return titles;
    });
  }

  /** How many nodes of each type and edges the store holds. */
  counts(): Promise<StoreCounts> {
    return this.read(async (client) => {
      const { rows } = await client.query<{ type: string; n: string }>('SELECT type::text, count(*) AS n FROM nodes GROUP BY type');
      const by = new Map(rows.map((r) => [r.type, Number(r.n)]));
      const edges = await client.query<{ n: string }>('SELECT count(*) AS n FROM edges');
      return {
        articles: by.get('article') ?? 0, actors: by.get('actor') ?? 0, places: by.get('place') ?? 0, events: by.get('event') ?? 0,
        claims: by.get('claim') ?? 0, dates: by.get('date') ?? 0, edges: Number(edges.rows[0]?.n ?? 0),
      };
    });
  }

  /** Closes every connection; the store cannot be used afterwards. */
  async close(): Promise<void> {
    await this.pool.end();
  }

  private async withClient<T>(fn: (client: PoolClient) => Promise<T>): Promise<T> {
    const client = await connect(this.pool, this.url);
    try {
      return await fn(client);
    } finally {
      client.release();
    }
  }

  /** Runs `fn` in a read-only snapshot, so a batch landing meanwhile is seen whole or not at all. */
  private read<T>(fn: (client: PoolClient) => Promise<T>): Promise<T> {
    return this.withClient(async (client) => {
      await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      try {
        const result = await fn(client);
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw wrapError(error, this.url);
      }
    });
  }

  /** Ids of the article nodes `filter` selects, or null for the whole store. */
  private async articlesOf(client: PoolClient, filter: SliceFilter | undefined, caller: string): Promise<string[] | null> {
    if (filter === undefined) return null;
    if (typeof filter !== 'object' || filter === null || Array.isArray(filter)) {
      throw new InvalidOptionsError(`${caller} expects a filter such as { from: '2025-12-01', to: '2025-12-07' }, got ${describe(filter)}`);
    }
    const known = ['from', 'to', 'articleIds', 'actor', 'place'];
    for (const key of Object.keys(filter)) {
      if (!known.includes(key)) throw new InvalidOptionsError(`${caller}: unknown filter '${key}' (expected ${known.join(', ')})`, [key]);
    }
    let selected: Set<string> | null = null;
    const narrow = (ids: string[]): void => {
      selected = selected === null ? new Set(ids) : new Set(ids.filter((id) => (selected as Set<string>).has(id)));
    };
    if (filter.from !== undefined || filter.to !== undefined) {
      const bound = (value: unknown, name: 'from' | 'to'): number | null => {
        if (value === undefined) return null;
        const interval = typeof value === 'string' ? timemlInterval(value.trim()) : null;
        if (interval === null) throw new InvalidOptionsError(`${caller}: filter.${name} must be a date such as '2025-12-01' (got ${describe(value)})`, [name]);
        return name === 'from' ? interval.start : interval.end;
      };
      const { rows } = await client.query<{ id: string }>(
        `SELECT id FROM nodes WHERE type = 'article' AND int8range(range_start, range_end) <@ int8range($1, $2)`,
        [bound(filter.from, 'from'), bound(filter.to, 'to')],
      );
      narrow(rows.map((r) => r.id));
    }
    if (filter.articleIds !== undefined) {
      if (!Array.isArray(filter.articleIds) || filter.articleIds.some((id) => typeof id !== 'string')) {
        throw new InvalidOptionsError(`${caller}: filter.articleIds must be an array of article ids`, ['articleIds']);
      }
      narrow(await nodeIdsByKeys(client, filter.articleIds.map(articleKey), ['article']));
    }
    for (const [name, candidates, resolve] of [
      ['actor', actorCandidates, resolveActor],
      ['place', placeCandidates, resolvePlace],
    ] as const) {
      const value = filter[name];
      if (value === undefined) continue;
      if (typeof value !== 'string' || value.trim() === '') throw new InvalidOptionsError(`${caller}: filter.${name} must be a name or id`, [name]);
      const found = await candidates(client, value);
      const graph = await new SliceBuilder(client, LIGHT).addNodes(found).build();
      const ids = await nodeIdsByKeys(client, resolve(graph, value), [name]);
      const { rows } = await client.query<{ id: string }>(
        `SELECT DISTINCT target AS id FROM edges WHERE source = ANY($1::bigint[]) AND type = 'mentioned-in'`,
        [ids],
      );
      narrow(rows.map((r) => r.id));
    }
    return selected === null ? null : [...(selected as Set<string>)];
  }
}

const LIGHT = { full: false, articles: null, records: false } as const;
const RECORDS = { full: false, articles: null, records: true } as const;
/** The helpers run on it first, so bad arguments fail with the helper's own error before any SQL. */
const EMPTY = createGraph();

/**
 * Ids of the events and/or claims a whole-store query can answer with: those dated in (or overlapping) `date`,
 * else those of `articleIds`, else all of them (or, for eventsByType, all of one type).
 */
async function recordsFiltered(
  client: PoolClient,
  options: { date?: DateQuery; articleIds?: readonly string[] },
  types: readonly string[],
  caller: string,
  eventType: string | null,
): Promise<string[]> {
  if (options.date !== undefined) {
    const q = queryInterval(options.date, `${caller} options.date`);
    const { rows } = await client.query<{ id: string }>(
      `SELECT DISTINCT s.id FROM nodes d
       JOIN edges e ON e.target = d.id AND e.type = 'on-date'
       JOIN nodes s ON s.id = e.source
       WHERE d.type = 'date' AND int8range(d.range_start, d.range_end) && int8range($1, $2)
         AND s.type::text = ANY($3::text[]) AND ($4::text IS NULL OR s.attrs->>'type' = $4)`,
      [q.start, q.end, types, eventType],
    );
    return rows.map((r) => r.id);
  }
  if (options.articleIds !== undefined) {
    const articles = await nodeIdsByKeys(client, options.articleIds.map(articleKey), ['article']);
    const { rows } = await client.query<{ id: string }>(
      `SELECT DISTINCT s.id FROM edges e JOIN nodes s ON s.id = e.source
       WHERE e.target = ANY($1::bigint[]) AND e.type = 'mentioned-in'
         AND s.type::text = ANY($2::text[]) AND ($3::text IS NULL OR s.attrs->>'type' = $3)`,
      [articles, types, eventType],
    );
    return rows.map((r) => r.id);
  }
  const { rows } = eventType !== null
    ? await client.query<{ id: string }>(`SELECT id FROM nodes WHERE type = 'event' AND attrs->>'type' = $1`, [eventType])
    : await client.query<{ id: string }>(`SELECT id FROM nodes WHERE type::text = ANY($1::text[])`, [types]);
  return rows.map((r) => r.id);
}

async function nodeIdsByKeys(client: PoolClient, keys: readonly string[], types: readonly string[]): Promise<string[]> {
  if (keys.length === 0) return [];
  const { rows } = await client.query<{ id: string }>(
    `SELECT n.id FROM unnest($1::text[]) AS k(key)
     JOIN nodes n ON n.key_md5 = md5(k.key)::uuid AND n.key = k.key
     WHERE n.type::text = ANY($2::text[])`,
    [[...new Set(keys)], types],
  );
  return rows.map((r) => r.id);
}

/**
 * The actors `resolveActorKeys` can answer with, rule by rule as it applies them: a key, else every actor with
 * that name or alias and, for one word, every person of that surname. The helper then runs on these nodes and
 * picks exactly as on the whole graph.
 */
async function actorCandidates(client: PoolClient, nameOrId: string): Promise<string[]> {
  const name = normalizeName(nameOrId);
  return candidates(client, 'actor', [nameOrId, `actor:${nameOrId}`], name, name.includes(' ') ? ['actor'] : ['actor', 'surname']);
}

/** The places `resolvePlaceKeys` can answer with: a key, else every place with that name or alias. */
async function placeCandidates(client: PoolClient, nameOrId: string): Promise<string[]> {
  return candidates(client, 'place', [nameOrId, `place:${nameOrId}`], normalizeName(nameOrId), ['place']);
}

/** One query: nodes of `type` under one of `keys`, else the nodes `names` lists under `name` for `kinds`. */
async function candidates(client: PoolClient, type: string, keys: string[], name: string, kinds: string[]): Promise<string[]> {
  const { rows } = await client.query<{ id: string }>(
    `WITH by_key AS (
       SELECT n.id FROM unnest($1::text[]) AS k(key)
       JOIN nodes n ON n.key_md5 = md5(k.key)::uuid AND n.key = k.key
       WHERE n.type = $2::node_type
     )
     SELECT id FROM by_key
     UNION
     SELECT node AS id FROM names
     WHERE NOT EXISTS (SELECT 1 FROM by_key) AND $3 <> ''
       AND kind = ANY($4::text[]) AND name_md5 = md5($3)::uuid AND name = $3`,
    [keys, type, name, kinds],
  );
  return rows.map((r) => r.id);
}

async function edgesOutOf(client: PoolClient, ids: readonly string[], type: string): Promise<EdgeRow[]> {
  if (ids.length === 0) return [];
  const { rows } = await client.query<EdgeRow>(`SELECT ${EDGE_COLUMNS} FROM edges WHERE source = ANY($1::bigint[]) AND type = $2::edge_type`, [ids, type]);
  return rows;
}

async function edgesInto(client: PoolClient, ids: readonly string[], type: string): Promise<EdgeRow[]> {
  if (ids.length === 0) return [];
  const { rows } = await client.query<EdgeRow>(`SELECT ${EDGE_COLUMNS} FROM edges WHERE target = ANY($1::bigint[]) AND type = $2::edge_type`, [ids, type]);
  return rows;
}

/** A PostgreSQL error about the data of one statement (class 22 data exception, 23 integrity), not the connection. */
function isDataError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code.startsWith('22') || code.startsWith('23') || code === '54000');
}

function wrapError(error: unknown, url: string): unknown {
  if (error instanceof InvalidInputError || error instanceof InvalidOptionsError || error instanceof StoreError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && /^(08|57P|ECONNREFUSED|ENOTFOUND|ECONNRESET)/.test(code)) {
    return new StoreError(`lost the connection to ${redact(url)}: ${(error as Error).message}`, { cause: error });
  }
  return error;
}

/**
 * Opens (creating or migrating when needed) the newsgraph store at a PostgreSQL URL. The tables live in schema
 * `newsgraph` of that database, or in the one `?schema=NAME` names. Close it with `close()`.
 *
 * @example
 * const store = await openStore(url); // url: 'postgres://user@host:5432/db', '?schema=name' for a schema of its own
 * (await store.addArticles([parsed])).added; // 1
 * (await store.claimsByActor('Putin')).length > 0; // true
 * await store.close();
 */
export async function openStore(url: string, options: OpenStoreOptions = {}): Promise<NewsStore> {
  const { connectionString, schema } = parseStoreUrl(url);
  if (typeof options !== 'object' || options === null) throw new InvalidOptionsError('openStore options must be an object');
  const max = options.maxConnections ?? 4;
  if (!Number.isInteger(max) || max < 1) throw new InvalidOptionsError('openStore options.maxConnections must be a whole number of 1 or more', ['maxConnections']);
  const pool = await createPool(connectionString, schema, max);
  try {
    const client = await connect(pool, url);
    try {
      if (options.migrate === false) {
        const version = await storedVersion(client);
        if (version > SCHEMA_VERSION) throw newerStore(version, SCHEMA_VERSION);
        if (version < SCHEMA_VERSION) {
          throw new StoreError(
            `the store in schema ${schema} has schema version ${version}; this newsgraph needs ${SCHEMA_VERSION}. ` +
              'Open it with { migrate: true } (the default, as every `newsgraph ... --store` command does) to upgrade it',
          );
        }
      } else {
        await migrate(client, `newsgraph:${schema}`, () => ensureSchema(client, schema));
      }
    } finally {
      client.release();
    }
  } catch (error) {
    await pool.end().catch(() => {});
    throw wrapError(error, url);
  }
  return new NewsStore(pool, url, schema);
}
