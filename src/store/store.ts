import type { Pool, PoolClient } from 'pg';
import { InvalidInputError, InvalidOptionsError, StoreError } from '../errors.js';
import { articleKey } from '../graph/keys.js';
import { createGraph, type NewsMultiDirectedGraph } from '../graph/news-graph.js';
import { timemlInterval } from '../graph/timeml-interval.js';
import { pushTo } from '../multimap.js';
import { claimsAbout, claimsAboutSubjects } from '../query/claims-about.js';
import { claimsByActor } from '../query/claims-by-actor.js';
import { claimsOnDate, type ClaimsOnDateOptions } from '../query/claims-on-date.js';
import { queryInterval } from '../query/date-query.js';
import { disputedClaims } from '../query/disputed-claims.js';
import { eventsAtPlace, type EventsAtPlaceOptions } from '../query/events-at-place.js';
import { eventsByType } from '../query/events-by-type.js';
import { eventsInvolving } from '../query/events-involving.js';
import { eventsOnDate, type DateQuery, type EventsOnDateOptions } from '../query/events-on-date.js';
import { checkOptions, QueryFilterSchema, type AmbiguityOption, type ClaimFilter, type EventFilter, type RecordFilter } from '../query/record-filter.js';
import { byArticleOffset } from '../query/records.js';
import { byDateThenOffset } from '../query/records-on-date.js';
import { actorsForQuery, resolveActor } from '../query/resolve-actor.js';
import { describe } from '../query/resolve-input.js';
import { placesForQuery, resolvePlace } from '../query/resolve-place.js';
import { timeline, timelineEntries, type TimelineOptions } from '../query/timeline.js';
import type { ParsedArticle } from '../schema/article.js';
import type { EventType } from '../schema/event.js';
import type { ClaimRecord, DisputedClaim, EventRecord, NodeType, TimelineEntry } from '../schema/graph.js';
import { connect, createPool, ensureSchema, parseStoreUrl, redact } from './connection.js';
import { migrate, newerStore, SCHEMA_VERSION, storedVersion } from './migrations.js';
import {
  ACTOR_RECORDS, candidateGraph, chooseRows, CLAIMS_ABOUT, dateRecords, DISPUTED_BY_KEYS, disputedRecords, EVENTS_OF_TYPE, fetch, keyParams, nameParams,
  PLACE_EVENTS, recordOf, RECORDS_BY_KEYS, resolveCandidates, resolveStatement, sameKeys, selectedRecords, type Fetched, type RecordRow, type Selection,
  type Statement,
} from './read.js';
import { EDGE_COLUMNS, SliceBuilder, type EdgeRow } from './slice.js';
import { prepareBatch, writeBatch, type ArticleOutcome, type PreparedBatch } from './write-batch.js';

export type { ArticleOutcome } from './write-batch.js';

export interface OpenStoreOptions {
  /**
   * Bring an older store's schema up to date when opening it (default true). With false, opening a store that
   * needs migrating throws a StoreError saying so, and nothing is changed.
   */
  migrate?: boolean;
  /** Connections the store may hold open at once (default 4). */
  maxConnections?: number;
  /**
   * Whether `addArticles` waits, before returning, until its batch is safe on the server's disk (default true).
   * With false, each batch commits with `synchronous_commit = off`: a crash of the database server (not of this
   * process) can lose the last batches acknowledged, each whole, never half of one, and the store stays
   * consistent; adding the same articles again restores them, as an article already stored is skipped.
   * `newsgraph build --store`, which is rerun after any failure, uses false.
   */
  durable?: boolean;
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
    private readonly durable: boolean = true,
  ) {}

  /** The last batch this store was asked to write: the next one is written after it, in call order. */
  private writing: Promise<unknown> = Promise.resolve();

  /**
   * Adds parsed articles in one transaction, merging actors and places across articles by the same rules as
   * `addArticle`. An article already stored changes nothing; an article that is invalid or cannot be stored is
   * reported in `outcomes` and skipped while the others are stored (when the database refuses the batch, it is
   * retried in halves until the article at fault is found). Several processes may add at once: batches are
   * written one at a time under a lock, so no actor is created twice.
   *
   * Pass a few hundred articles per call: each call holds the write lock for its whole transaction. To keep the
   * database busy, call again before the previous call has finished: the next batch's checks run at once, and
   * it is written when the previous one is done (calls on one store are written in call order).
   *
   * @example
   * const result = await store.addArticles(texts.map((t) => parseArticle(t, { publishedAt: '2025-12-03' })));
   * result.added; // number of articles stored
   */
  async addArticles(parsed: readonly ParsedArticle[]): Promise<AddArticlesResult> {
    if (!Array.isArray(parsed)) throw new InvalidInputError('addArticles expects an array of ParsedArticle (from parseArticle)');
    const prepared = prepareBatch(parsed);
    const written = this.writing.then(() => this.withClient((client) => this.writeParts(client, prepared)));
    this.writing = written.catch(() => {});
    const outcomes = await written;
    const count = (status: ArticleOutcome['status']): number => outcomes.filter((o) => o.status === status).length;
    return { added: count('added'), skipped: count('skipped'), failed: count('failed'), outcomes };
  }

  private async writeParts(client: PoolClient, prepared: PreparedBatch): Promise<ArticleOutcome[]> {
    const batch = prepared.batch;
    if (batch.length === 0) return [];
    try {
      return await writeBatch(client, prepared, this.durable);
    } catch (error) {
      if (!isDataError(error)) throw wrapError(error, this.url);
      if (batch.length === 1) {
        const id = (batch[0] as { article?: { id?: unknown } } | undefined)?.article?.id;
        return [{ status: 'failed', articleId: typeof id === 'string' ? id : null, error: `the database refused it: ${(error as Error).message}` }];
      }
      const half = Math.ceil(batch.length / 2);
      return [
        ...(await this.writeParts(client, prepareBatch(batch.slice(0, half)))),
        ...(await this.writeParts(client, prepareBatch(batch.slice(half)))),
      ];
    }
  }

  /** Keys of the actors `nameOrId` means, as `resolveActor` gives them on the in-memory graph. */
  resolveActor(nameOrId: string): Promise<string[]> {
    return this.run(async () => {
      resolveActor(EMPTY, nameOrId); // the helper's own check of the argument
      const { candidates } = await fetch(this.pool, resolveStatement('actor'), nameParams(nameOrId, 'actor'));
      return resolveActor(candidateGraph(candidates), nameOrId);
    });
  }

  /** Keys of the places `nameOrId` means, as `resolvePlace` gives them. */
  resolvePlace(nameOrId: string): Promise<string[]> {
    return this.run(async () => {
      resolvePlace(EMPTY, nameOrId);
      const { candidates } = await fetch(this.pool, resolveStatement('place'), nameParams(nameOrId, 'place'));
      return resolvePlace(candidateGraph(candidates), nameOrId);
    });
  }

  /** `claimsByActor` on the stored graph: every claim the actor made, with the same options. */
  claimsByActor(nameOrId: string, options: ClaimFilter & AmbiguityOption = {}): Promise<ClaimRecord[]> {
    return this.run(async () => {
      claimsByActor(EMPTY, nameOrId, options);
      const filter = filterOf(options, 'claimsByActor', 'claims');
      const fetched = await this.named(ACTOR_RECORDS, nameOrId, 'actor', (p) => [...p, 'claimed', 'claim'],
        (graph) => actorsForQuery(graph, nameOrId, 'claimsByActor', options.ambiguous), paged(options));
      return this.answer(fetched, 'claim', filter, options);
    });
  }

  /** `eventsInvolving` on the stored graph: every event the actor takes part in. */
  eventsInvolving(nameOrId: string, options: EventFilter & AmbiguityOption = {}): Promise<EventRecord[]> {
    return this.run(async () => {
      eventsInvolving(EMPTY, nameOrId, options);
      const filter = filterOf(options, 'eventsInvolving', 'events');
      const fetched = await this.named(ACTOR_RECORDS, nameOrId, 'actor', (p) => [...p, 'participant', 'event'],
        (graph) => actorsForQuery(graph, nameOrId, 'eventsInvolving', options.ambiguous), paged(options));
      return this.answer(fetched, 'event', filter, options);
    });
  }

  /** `claimsAbout` on the stored graph: every claim about an actor, place or event. */
  claimsAbout(nameOrId: string, options: ClaimFilter & AmbiguityOption = {}): Promise<ClaimRecord[]> {
    return this.run(async () => {
      claimsAbout(EMPTY, nameOrId, options);
      const filter = filterOf(options, 'claimsAbout', 'claims');
      const [, limit, name, kinds] = nameParams(nameOrId, 'actor');
      const fetched = await this.resolved(
        CLAIMS_ABOUT, [nameOrId, [nameOrId, `actor:${nameOrId}`], [nameOrId, `place:${nameOrId}`], limit, name, kinds],
        (subjects) => ['', subjects, subjects, subjects.length, '', []],
        (graph) => claimsAboutSubjects(graph, nameOrId, options.ambiguous), paged(options),
      );
      return this.answer(fetched, 'claim', filter, options);
    });
  }

  /** `eventsAtPlace` on the stored graph, with `{ within: true }` following places' `within` transitively. */
  eventsAtPlace(nameOrId: string, options: EventsAtPlaceOptions = {}): Promise<EventRecord[]> {
    return this.run(async () => {
      eventsAtPlace(EMPTY, nameOrId, options);
      const filter = filterOf(options, 'eventsAtPlace', 'events');
      const fetched = await this.named(PLACE_EVENTS, nameOrId, 'place', (p) => [p[0], p[1], p[2], options.within === true],
        (graph) => placesForQuery(graph, nameOrId, 'eventsAtPlace', options.ambiguous), paged(options));
      return this.answer(fetched, 'event', filter, options);
    });
  }

  /** `eventsOnDate` on the stored graph: events on a day or in a range, found through an index of date intervals. */
  eventsOnDate(query: DateQuery, options: EventsOnDateOptions = {}): Promise<EventRecord[]> {
    return this.run(async () => {
      eventsOnDate(EMPTY, query, options);
      const filter = filterOf(options, 'eventsOnDate', 'events', true);
      const fetched = await this.onDate(query, options, 'event', 'eventsOnDate');
      return this.answer(fetched, 'event', filter, options, byDate);
    });
  }

  /** `claimsOnDate` on the stored graph: claims made on a day or in a range. */
  claimsOnDate(query: DateQuery, options: ClaimsOnDateOptions = {}): Promise<ClaimRecord[]> {
    return this.run(async () => {
      claimsOnDate(EMPTY, query, options);
      const filter = filterOf(options, 'claimsOnDate', 'claims', true);
      const fetched = await this.onDate(query, options, 'claim', 'claimsOnDate');
      return this.answer(fetched, 'claim', filter, options, byDate);
    });
  }

  /**
   * `eventsByType` on the stored graph. Over a whole store this returns every event of the type: pass a `date` or
   * `articleIds` filter to narrow it, as the store then reads only those events.
   */
  eventsByType(type: EventType, options: Omit<EventFilter, 'type'> = {}): Promise<EventRecord[]> {
    return this.run(async () => {
      eventsByType(EMPTY, type, options);
      const filter = filterOf({ ...options, type }, 'eventsByType', 'events');
      const selection = selectionOf(options, 'eventsByType');
      const fetched = selection === null
        ? await fetch(this.pool, EVENTS_OF_TYPE, [type], paged(options))
        : await fetch(this.pool, selectedRecords(selection.kind), [...selection.values, ['event'], type], paged(options));
      return this.answer(fetched, 'event', filter, options);
    });
  }

  /** `disputedClaims` on the stored graph; a `date` or `articleIds` filter narrows what is read. */
  disputedClaims(options: ClaimFilter = {}): Promise<DisputedClaim[]> {
    return this.run(async () => {
      disputedClaims(EMPTY, options);
      const filter = filterOf(options, 'disputedClaims', 'claims');
      const selection = selectionOf(options, 'disputedClaims');
      let fetched = await fetch(
        this.pool, disputedRecords(selection?.kind ?? null), selection === null ? [] : [...selection.values, ['claim'], null], paged(options),
      );
      let disputed = filter.page(chooseRows(fetched.records.filter((r) => r.via === null), 'claim', filter.claim).sort(byNodeOffset));
      if (paged(options)) {
        // the page's claims and those disputing them, in full
        fetched = await fetch(this.pool, DISPUTED_BY_KEYS, [disputed.map((row) => row.key)]);
        const read = new Map(fetched.records.filter((r) => r.via === null).map((r) => [r.key, r]));
        disputed = disputed.map((row) => read.get(row.key) ?? row);
      }
      const disputers = new Map<string, RecordRow[]>();
      for (const row of fetched.records) if (row.via !== null) pushTo(disputers, row.via, row);
      return disputed.map((row) => ({
        claim: recordOf(row, fetched.sources) as ClaimRecord,
        disputedBy: chooseRows(disputers.get(row.key) ?? [], 'claim', null).sort(byNodeOffset).map((r) => recordOf(r, fetched.sources) as ClaimRecord),
      }));
    });
  }

  /** `timeline` of the stored graph; a `date` or `articleIds` filter narrows what is read. */
  timeline(options: TimelineOptions = {}): Promise<TimelineEntry[]> {
    return this.run(async () => {
      timeline(EMPTY, options);
      const types = options.records === 'events' ? ['event'] : options.records === 'claims' ? ['claim'] : ['event', 'claim'];
      const filter = filterOf(options, 'timeline', 'both');
      const selection = selectionOf(options, 'timeline');
      const fetched = await fetch(
        this.pool, selectedRecords(selection?.kind ?? 'all'), [...(selection?.values ?? []), types, null], paged(options),
      );
      // The helper's own order, applied to the nodes (a record copies the fields it reads: date, articleId, start, id).
      const events = chooseRows(fetched.records, 'event', filter.event);
      const claims = chooseRows(fetched.records, 'claim', filter.claim);
      const rowOf = new Map([...events, ...claims].map((row) => [row.node, row]));
      const entries = filter.page(timelineEntries(events.map((r) => r.node) as never, claims.map((r) => r.node) as never));
      const rows = entries.map((entry) => rowOf.get(entry.record as never) as RecordRow);
      const records = await this.build(rows, fetched, paged(options));
      return entries.map((entry, i) => ({ ...entry, record: records[i] }) as TimelineEntry);
    });
  }

  /**
   * The answer of a record query: the rows of `type` in `fetched` that the helper's filter keeps, in `order` (the
   * helpers' order of records by default), cut to the page the options ask for, as records (see `build`).
   */
  private answer(fetched: Fetched, type: 'claim', filter: RecordFilter, options: PageOptions, order?: (rows: RecordRow[]) => RecordRow[]): Promise<ClaimRecord[]>;
  private answer(fetched: Fetched, type: 'event', filter: RecordFilter, options: PageOptions, order?: (rows: RecordRow[]) => RecordRow[]): Promise<EventRecord[]>;
  private answer(
    fetched: Fetched, type: 'claim' | 'event', filter: RecordFilter, options: PageOptions, order = (rows: RecordRow[]) => rows.sort(byNodeOffset),
  ): Promise<(ClaimRecord | EventRecord)[]> {
    const rows = type === 'claim' ? chooseRows(fetched.records, 'claim', filter.claim) : chooseRows(fetched.records, 'event', filter.event);
    return this.build(filter.page(order(rows)), fetched, paged(options));
  }

  /**
   * The records of `rows` (chosen, sorted and paged from `fetched`), in their order: built from `fetched` itself,
   * or, for a page, from a second statement that reads the page's records in full.
   */
  private async build(rows: RecordRow[], fetched: Fetched, isPaged: boolean): Promise<(ClaimRecord | EventRecord)[]> {
    if (!isPaged) return rows.map((row) => recordOf(row, fetched.sources));
    if (rows.length === 0) return [];
    const full = await fetch(this.pool, RECORDS_BY_KEYS, [rows.map((row) => row.key)]);
    const read = new Map(full.records.map((row) => [row.key, row]));
    return rows.map((row) => recordOf(read.get(row.key) ?? row, full.sources));
  }

  /**
   * A query by name: one statement reads the candidates the name resolves to in SQL and the records of all of them;
   * the in-memory resolver then decides on those candidates (throwing its AmbiguousNameError when it must). If it
   * chose other nodes than the statement did, which the SQL rules are written to prevent, the records are read
   * again for exactly its choice.
   */
  private async named(
    statement: Statement,
    nameOrId: string,
    type: 'actor' | 'place',
    values: (candidates: [string[], number, string, string[]]) => unknown[],
    resolve: (graph: NewsMultiDirectedGraph) => string[],
    lightly: boolean,
  ): Promise<Fetched> {
    return this.resolved(statement, values(nameParams(nameOrId, type)), (keys) => values(keyParams(keys)), resolve, lightly);
  }

  /**
   * Runs `statement` with `first`, then the in-memory resolver on the candidates it read; when the resolver chose
   * other nodes, runs the statement again with `again(keys)`, the values that select exactly those nodes.
   */
  private async resolved(
    statement: Statement,
    first: unknown[],
    again: (keys: string[]) => unknown[],
    resolve: (graph: NewsMultiDirectedGraph) => string[],
    lightly: boolean,
  ): Promise<Fetched> {
    const fetched = await fetch(this.pool, statement, first, lightly);
    const keys = await resolveCandidates(this.pool, fetched.candidates, resolve);
    return sameKeys(keys, fetched.candidates) ? fetched : fetch(this.pool, statement, again(keys), lightly);
  }

  private onDate(query: DateQuery, options: { overlap?: boolean } & PageOptions, type: 'event' | 'claim', caller: string): Promise<Fetched> {
    const q = queryInterval(query, caller);
    return fetch(this.pool, dateRecords(options.overlap === true), [q.start, q.end, type], paged(options));
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
      const slice = new SliceBuilder(client, { articles });
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

  /** Runs a query of one statement (its own snapshot), with connection errors turned into StoreErrors. */
  private async run<T>(fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (error) {
      throw wrapError(error, this.url);
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
    for (const [name, resolve] of [['actor', resolveActor], ['place', resolvePlace]] as const) {
      const value = filter[name];
      if (value === undefined) continue;
      if (typeof value !== 'string' || value.trim() === '') throw new InvalidOptionsError(`${caller}: filter.${name} must be a name or id`, [name]);
      const statement = resolveStatement(name);
      const { rows: found } = await client.query<[string, string, string, Record<string, unknown>]>({
        ...statement, values: nameParams(value, name), rowMode: 'array',
      });
      const graph = candidateGraph(found.map(([, key, type, attrs]) => ({ key, type: type as NodeType, attrs })));
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

/** The helpers run on it first, so bad arguments fail with the helper's own error before any SQL. */
const EMPTY = createGraph();

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

/** What records a query's answer is built from; the helper's predicates, without the options that are not filters. */
function filterOf(options: object | undefined, caller: string, returns: 'events' | 'claims' | 'both', dateArgument = false): RecordFilter {
  const { ambiguous: _ambiguous, within: _within, records: _records, ...filters } = (options ?? {}) as Record<string, unknown>;
  return checkOptions(filters, QueryFilterSchema, caller, returns, dateArgument).filter;
}

/**
 * What a whole-store query reads: the records dated in (or overlapping) `date`, else those of `articleIds`, else
 * (null) every one. The helper's own filter then keeps exactly its answer.
 */
function selectionOf(options: { date?: DateQuery; articleIds?: readonly string[] }, caller: string): { kind: Selection; values: unknown[] } | null {
  if (options.date !== undefined) {
    const q = queryInterval(options.date, `${caller} options.date`);
    return { kind: 'date', values: [q.start, q.end] };
  }
  if (options.articleIds !== undefined) return { kind: 'articles', values: [[...new Set(options.articleIds.map(articleKey))]] };
  return null;
}

/** Rows of a date query in its order: by the interval of the date each matched, then by article and offset. */
function byDate(rows: readonly RecordRow[]): RecordRow[] {
  return rows
    .map((row) => ({ row, record: row.node, date: row.date ?? { start: Infinity, end: Infinity } }))
    .sort(byDateThenOffset)
    .map((entry) => entry.row);
}

/** Rows in the helpers' order of records, by article, offset and id, read from the nodes the records copy them from. */
function byNodeOffset(a: RecordRow, b: RecordRow): number {
  return byArticleOffset(a.node, b.node);
}

/** The options that cut an answer to a page. */
type PageOptions = { offset?: number; limit?: number };

/** True when the options ask for a page: the query then reads its records in two statements (see `build`). */
function paged(options: PageOptions): boolean {
  return options.offset !== undefined || options.limit !== undefined;
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
  if (options.durable !== undefined && typeof options.durable !== 'boolean') throw new InvalidOptionsError('openStore options.durable must be true or false', ['durable']);
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
  return new NewsStore(pool, url, schema, options.durable ?? true);
}
