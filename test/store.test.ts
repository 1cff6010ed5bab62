import pg from 'pg';
import { afterAll, expect, it } from 'vitest';
import { generateArticle } from '../bench/generate.js';
import { InvalidInputError, InvalidOptionsError, StoreError } from '../src/errors.js';
import { buildGraph } from '../src/graph/build-graph.js';
import type { NewsGraph } from '../src/graph/news-graph.js';
import { toJSON } from '../src/io/json.js';
import {
  claimsAbout, claimsByActor, claimsOnDate, disputedClaims, eventsAtPlace, eventsByType, eventsInvolving, eventsOnDate, resolveActor, resolvePlace, timeline,
} from '../src/query/index.js';
import type { ParsedArticle } from '../src/schema/index.js';
import { MIGRATIONS, migrate, SCHEMA_VERSION } from '../src/store/migrations.js';
import { openStore, type NewsStore } from '../src/store/index.js';
import { ArticleBuilder } from './graph-fixtures.js';
import { comparable, DATABASE_URL, describeStore, dropSchemas, schemaUrl } from './helpers/store-db.js';

afterAll(dropSchemas);

/** Invented articles whose actors and places must merge across articles (surname, spelling variant, legal form, former name). */
function identityArticles(): ParsedArticle[] {
  const out: ParsedArticle[] = [];
  const a = new ArticleBuilder('quay-1', 'Harbour master Kestrel said the quay at Lindmark would reopen on Monday.', { publishedAt: '2026-03-02' });
  const kestrel = a.actor('Kestrel', { titles: ['Harbour master'] });
  const lindmark = a.place('Lindmark', { kind: 'city' });
  a.claim(kestrel, 'said', 'Harbour master Kestrel said the quay at Lindmark would reopen on Monday.', 'the quay at Lindmark would reopen on Monday', {
    date: '2026-03-02', about: { placeIds: [lindmark] },
  });
  out.push(a.build());
  const b = new ArticleBuilder('quay-2', 'Ilse Kestrel met Brightwater Ltd in Old Lindmark (now Lindmark) on March 3.', { publishedAt: '2026-03-03' });
  const ilse = b.actor('Ilse Kestrel');
  const bright = b.actor('Brightwater Ltd', { kind: 'organization' });
  const old = b.place('Old Lindmark', { aliases: ['Lindmark'] });
  b.time('March 3', '2026-03-03');
  b.event('meeting', 'Ilse Kestrel met Brightwater Ltd in Old Lindmark (now Lindmark) on March 3.', 'met', {
    date: '2026-03-03', places: [old], participants: [[ilse, 'attendee'], [bright, 'attendee']],
  });
  out.push(b.build());
  const c = new ArticleBuilder('quay-3', 'Brightwater denied that Ilse Kestrell had met them. Kestrell said the meeting took place.', { publishedAt: '2026-03-04' });
  const bw = c.actor('Brightwater', { kind: 'organization' });
  const ik = c.actor('Ilse Kestrell');
  const said = c.claim(ik, 'said', 'Kestrell said the meeting took place.', 'the meeting took place', { date: '2026-03-04' });
  c.claim(bw, 'denied', 'Brightwater denied that Ilse Kestrell had met them.', 'Ilse Kestrell had met them', {
    kind: 'denial', date: '2026-03-04', about: { actorIds: [ik] }, disputes: [said],
  });
  out.push(c.build());
  const d = new ArticleBuilder('quay-4', 'A storm hit Lindmark in March 2026.', { publishedAt: '2026-03-20' });
  const storm = d.place('Lindmark');
  d.event('accident', 'A storm hit Lindmark in March 2026.', 'hit', { date: '2026-03', places: [storm] });
  out.push(d.build());
  return out;
}

const corpus = (n: number): ParsedArticle[] => Array.from({ length: n }, (_, i) => generateArticle(i).parsed);

/** The answer, or the error thrown (class and message), so that both sides' errors are compared too. */
async function outcome(run: () => unknown): Promise<unknown> {
  try {
    return await run();
  } catch (error) {
    return { threw: (error as Error).name, message: (error as Error).message };
  }
}

/** Every query helper, asked the same questions of the in-memory graph and of the store. */
async function expectSameAnswers(store: NewsStore, graph: NewsGraph, actors: string[], places: string[], dates: string[]): Promise<void> {
  const same = async (what: string, fromStore: () => Promise<unknown>, inMemory: () => unknown): Promise<void> => {
    expect(await outcome(fromStore), what).toEqual(await outcome(inMemory));
  };
  for (const name of actors) {
    await same(`resolveActor ${name}`, () => store.resolveActor(name), () => resolveActor(graph, name));
    await same(`claimsByActor ${name}`, () => store.claimsByActor(name), () => claimsByActor(graph, name));
    await same(`eventsInvolving ${name}`, () => store.eventsInvolving(name), () => eventsInvolving(graph, name));
    await same(`claimsAbout ${name}`, () => store.claimsAbout(name), () => claimsAbout(graph, name));
  }
  for (const name of places) {
    await same(`resolvePlace ${name}`, () => store.resolvePlace(name), () => resolvePlace(graph, name));
    await same(`eventsAtPlace ${name}`, () => store.eventsAtPlace(name), () => eventsAtPlace(graph, name));
    await same(`eventsAtPlace within ${name}`, () => store.eventsAtPlace(name, { within: true }), () => eventsAtPlace(graph, name, { within: true }));
    await same(`claimsAbout ${name}`, () => store.claimsAbout(name), () => claimsAbout(graph, name));
  }
  for (const date of dates) {
    expect(await store.eventsOnDate(date), date).toEqual(eventsOnDate(graph, date));
    expect(await store.eventsOnDate(date, { overlap: true }), date).toEqual(eventsOnDate(graph, date, { overlap: true }));
  }
  for (const type of ['meeting', 'attack', 'accident'] as const) expect(await store.eventsByType(type)).toEqual(eventsByType(graph, type));
  expect(await store.disputedClaims()).toEqual(disputedClaims(graph));
  expect(await store.timeline()).toEqual(timeline(graph));
  for (const date of dates) {
    expect(await store.claimsOnDate(date), date).toEqual(claimsOnDate(graph, date));
    const filter = { date, overlap: true } as const;
    expect(await store.timeline(filter), date).toEqual(timeline(graph, filter));
    expect(await store.timeline({ ...filter, records: 'claims', kind: ['denial'] }), date).toEqual(timeline(graph, { ...filter, records: 'claims', kind: ['denial'] }));
    expect(await store.disputedClaims(filter), date).toEqual(disputedClaims(graph, filter));
    expect(await store.eventsByType('meeting', filter), date).toEqual(eventsByType(graph, 'meeting', filter));
  }
  // Pages: the store reads the records, cuts the page and reads the page's records in full.
  const page = { offset: 2, limit: 3 } as const;
  for (const name of actors.slice(0, 8)) {
    await same(`claimsByActor page ${name}`, () => store.claimsByActor(name, page), () => claimsByActor(graph, name, page));
    await same(`eventsInvolving page ${name}`, () => store.eventsInvolving(name, { limit: 1 }), () => eventsInvolving(graph, name, { limit: 1 }));
  }
  for (const name of places) {
    await same(`eventsAtPlace page ${name}`, () => store.eventsAtPlace(name, { ...page, within: true }), () => eventsAtPlace(graph, name, { ...page, within: true }));
    await same(`claimsAbout page ${name}`, () => store.claimsAbout(name, { offset: 1 }), () => claimsAbout(graph, name, { offset: 1 }));
  }
  for (const date of dates) {
    expect(await store.eventsOnDate(date, { ...page, overlap: true }), date).toEqual(eventsOnDate(graph, date, { ...page, overlap: true }));
    expect(await store.claimsOnDate(date, page), date).toEqual(claimsOnDate(graph, date, page));
    expect(await store.timeline({ date, ...page }), date).toEqual(timeline(graph, { date, ...page }));
  }
  expect(await store.timeline({ offset: 5, limit: 7 })).toEqual(timeline(graph, { offset: 5, limit: 7 }));
  expect(await store.disputedClaims({ limit: 1 })).toEqual(disputedClaims(graph, { limit: 1 }));
  expect(await store.eventsByType('meeting', { offset: 1, limit: 2 })).toEqual(eventsByType(graph, 'meeting', { offset: 1, limit: 2 }));
  expect(await store.timeline({ limit: 0 })).toEqual([]);
  const articleIds = graph.filterNodes((_k, a) => a.nodeType === 'article').slice(0, 2).map((k) => (graph.getNodeAttributes(k) as { id: string }).id);
  expect(await store.timeline({ articleIds })).toEqual(timeline(graph, { articleIds }));
  for (const name of actors.slice(0, 5)) {
    const options = { kind: ['statement'] as 'statement'[], ambiguous: 'all' as const };
    await same(`claimsByActor all ${name}`, () => store.claimsByActor(name, options), () => claimsByActor(graph, name, options));
  }
}

describeStore('PostgreSQL store', () => {
  it('creates its tables at the current schema version in the schema the URL names', async () => {
    const url = schemaUrl('create');
    const store = await openStore(url);
    await store.close();
    const client = new pg.Client({ connectionString: DATABASE_URL });
    await client.connect();
    const schema = new URL(url).searchParams.get('schema') as string;
    const { rows } = await client.query(`SELECT version FROM ${client.escapeIdentifier(schema)}.schema_version`);
    await client.end();
    expect(rows.map((r) => r.version)).toEqual(MIGRATIONS.map((m) => m.version));
  });

  it('answers every query as the in-memory graph does, and loads back the same graph', async () => {
    const articles = corpus(240);
    const store = await openStore(schemaUrl('same'));
    try {
      for (let i = 0; i < articles.length; i += 60) expect((await store.addArticles(articles.slice(i, i + 60))).added).toBe(60);
      const graph = buildGraph(articles);
      expect(comparable(toJSON(await store.loadGraph()))).toEqual(comparable(toJSON(graph)));
      const actorNames = graph.filterNodes((_k, a) => a.nodeType === 'actor').slice(0, 25).map((k) => graph.getNodeAttribute(k, 'label') as string);
      await expectSameAnswers(store, graph, [...actorNames, 'Kovalenko', 'Defence Ministry', 'actor:red-cross', 'nobody at all'],
        ['Dnipro', 'Dnipropetrovsk', 'place:kherson', 'Atlantis'], ['2025-03-04', '2025-03', '2025-W10', '2025-03-01..2025-03-09']);
    } finally {
      await store.close();
    }
  });

  it('merges actors and places across batches exactly as addArticle does, one article per batch', async () => {
    const articles = identityArticles();
    const store = await openStore(schemaUrl('identity'));
    try {
      for (const article of articles) expect((await store.addArticles([article])).added).toBe(1);
      const graph = buildGraph(articles);
      expect(comparable(toJSON(await store.loadGraph()))).toEqual(comparable(toJSON(graph)));
      await expectSameAnswers(store, graph, ['Kestrel', 'Ilse Kestrel', 'Kestrell', 'Brightwater', 'Brightwater Ltd'],
        ['Lindmark', 'Old Lindmark'], ['2026-03-03', '2026-03', '2026-03-01..2026-03-31']);
    } finally {
      await store.close();
    }
  });

  it('changes nothing when articles already stored are added again', async () => {
    const articles = corpus(30);
    const store = await openStore(schemaUrl('readd'));
    try {
      await store.addArticles(articles);
      const before = toJSON(await store.loadGraph());
      const again = await store.addArticles([...articles.slice(5, 10), articles[5] as ParsedArticle]);
      expect(again).toMatchObject({ added: 0, skipped: 6, failed: 0 });
      expect(again.outcomes[0]).toEqual({ status: 'skipped', articleId: 'syn-5', reason: 'already in the store' });
      expect(toJSON(await store.loadGraph())).toEqual(before);
    } finally {
      await store.close();
    }
  });

  it('reports and skips an article it cannot store and keeps the rest of the batch', async () => {
    const articles = corpus(6);
    const nul = structuredClone(articles[2] as ParsedArticle);
    nul.actors[0]!.name = 'Anton\u0000Evil';
    const invalid = { article: { id: 'broken' }, actors: 'none' } as unknown as ParsedArticle;
    const store = await openStore(schemaUrl('fail'));
    try {
      const result = await store.addArticles([articles[0]!, articles[1]!, nul, invalid, articles[3]!]);
      expect(result).toMatchObject({ added: 3, failed: 2 });
      expect(result.outcomes[2]).toMatchObject({ status: 'failed', articleId: 'syn-2', error: expect.stringContaining('U+0000') });
      expect(result.outcomes[3]).toMatchObject({ status: 'failed', articleId: 'broken', error: expect.stringContaining('expects a ParsedArticle') });
      expect((await store.counts()).articles).toBe(3);
      expect(comparable(toJSON(await store.loadGraph()))).toEqual(comparable(toJSON(buildGraph([articles[0]!, articles[1]!, articles[3]!]))));
    } finally {
      await store.close();
    }
  });

  it('loads a slice by publication date, article id, actor or place that every helper works on', async () => {
    const articles = identityArticles();
    const store = await openStore(schemaUrl('slice'));
    try {
      await store.addArticles(articles);
      const march3to4 = await store.loadGraph({ from: '2026-03-03', to: '2026-03-04' });
      expect(march3to4.filterNodes((_k, a) => a.nodeType === 'article').sort()).toEqual(['article:quay-2', 'article:quay-3']);
      expect(march3to4.filterNodes((_k, a) => a.nodeType === 'claim').sort()).toEqual(['claim:quay-3-0', 'claim:quay-3-1']);
      const byId = await store.loadGraph({ articleIds: ['quay-4'] });
      expect(byId.filterNodes((_k, a) => a.nodeType === 'article')).toEqual(['article:quay-4']);
      expect(toJSON(byId).nodes.every((n) => !('mentions' in n.attributes) || (n.attributes.mentions as { articleId: string }[]).every((m) => m.articleId === 'quay-4'))).toBe(true);
      const kestrel = await store.loadGraph({ actor: 'Kestrel' });
      expect(kestrel.filterNodes((_k, a) => a.nodeType === 'article').sort()).toEqual(['article:quay-1', 'article:quay-2', 'article:quay-3']);
      const both = await store.loadGraph({ actor: 'Kestrel', place: 'Lindmark', from: '2026-03-02', to: '2026-03-02' });
      expect(both.filterNodes((_k, a) => a.nodeType === 'article')).toEqual(['article:quay-1']);
      await expect(store.loadGraph({ from: 'last week' })).rejects.toThrow(InvalidOptionsError);
      await expect(store.loadGraph({ since: '2026-03-01' } as never)).rejects.toThrow(/unknown filter 'since'/);
      await expect(store.timeline({ since: '2026-03-01' } as never)).rejects.toThrow(InvalidOptionsError);
    } finally {
      await store.close();
    }
  });

  it('throws the in-memory helpers\' errors for bad query input', async () => {
    const store = await openStore(schemaUrl('errors'));
    try {
      await expect(store.claimsByActor('' as string)).rejects.toThrow(InvalidInputError);
      await expect(store.eventsOnDate('not a date')).rejects.toThrow(InvalidInputError);
      await expect(store.eventsByType('party' as never)).rejects.toThrow(/eventsByType expects one of/);
      await expect(store.eventsAtPlace('Lindmark', { within: 'yes' } as never)).rejects.toThrow(InvalidOptionsError);
    } finally {
      await store.close();
    }
  });

  it('migrates a store written at an older schema version, and refuses one from a newer newsgraph', async () => {
    const url = schemaUrl('migrate');
    const schema = new URL(url).searchParams.get('schema') as string;
    const client = new pg.Client({ connectionString: DATABASE_URL, options: `-c search_path=${schema}` });
    await client.connect();
    try {
      const create = async (): Promise<void> => {
        await client.query(`CREATE SCHEMA IF NOT EXISTS ${client.escapeIdentifier(schema)}`);
      };
      // A store as an older newsgraph left it: only the first migration ran.
      const older = MIGRATIONS.filter((m) => m.version === 1);
      const fake = { query: client.query.bind(client) } as never;
      await migrate(fake, 'test-lock', create, older);
      await client.query('DROP VIEW events');
      await client.query('DELETE FROM schema_version');
      await client.query(`INSERT INTO schema_version (version, description) VALUES (0, 'before views')`);
      // A later migration (here, one that puts the view back) runs when the store is opened.
      const later = [{ version: 2, description: 'events view again', statements: [MIGRATIONS[0]!.statements.find((s) => s.startsWith('CREATE VIEW events')) as string] }];
      expect(await migrate(fake, 'test-lock', create, [...older.map((m) => ({ ...m, version: 0 })), ...later])).toEqual([2]);
      expect((await client.query(`SELECT to_regclass('events')::text AS t`)).rows[0].t).toBe('events');
      // A version this newsgraph does not know: refused with a message, by openStore too.
      await client.query(`INSERT INTO schema_version (version, description) VALUES (99, 'from the future')`);
      await expect(openStore(url)).rejects.toThrow(/schema version 99, written by a newer newsgraph/);
      await expect(openStore(url, { migrate: false })).rejects.toThrow(StoreError);
    } finally {
      await client.end();
    }
  });

  it('fills the columns of schema version 2 from a version-1 store as the writer fills them', async () => {
    const articles = [...identityArticles(), ...corpus(40)];
    const url = schemaUrl('v1to2');
    const schema = new URL(url).searchParams.get('schema') as string;
    const store = await openStore(url);
    await store.addArticles(articles);
    await store.close();
    const client = new pg.Client({ connectionString: DATABASE_URL, options: `-c search_path=${schema}` });
    await client.connect();
    try {
      const columns = `SELECT key, article, refs FROM nodes WHERE type IN ('claim', 'event') ORDER BY key`;
      const written = (await client.query(columns)).rows;
      expect(written.length).toBeGreaterThan(100);
      expect(written.every((r) => r.article !== null && Array.isArray(r.refs))).toBe(true);
      // The store as version 1 left it: without the columns.
      await client.query('ALTER TABLE nodes DROP COLUMN article, DROP COLUMN refs');
      await client.query('DELETE FROM schema_version WHERE version >= 2');
      const reopened = await openStore(url);
      try {
        const graph = buildGraph(articles);
        expect(await reopened.claimsByActor('Ilse Kestrel')).toEqual(claimsByActor(graph, 'Ilse Kestrel'));
        expect(await reopened.timeline()).toEqual(timeline(graph));
      } finally {
        await reopened.close();
      }
      const migrated = (await client.query(columns)).rows;
      // refs as sets: the migration reads them from JSON in its own order
      const sorted = (rows: { key: string; article: string; refs: string[] }[]) => rows.map((r) => ({ ...r, refs: [...r.refs].sort() }));
      expect(sorted(migrated)).toEqual(sorted(written));
    } finally {
      await client.end();
    }
  });

  it('refuses to change an older store when asked not to migrate', async () => {
    const url = schemaUrl('nomigrate');
    await expect(openStore(url, { migrate: false })).rejects.toThrow(new RegExp(`schema version 0; this newsgraph needs ${SCHEMA_VERSION}.*migrate: true`));
  });

  it('says what is wrong with the URL or the server', async () => {
    await expect(openStore('mysql://localhost/news')).rejects.toThrow(InvalidInputError);
    await expect(openStore('postgres://localhost/news?schema=Bad-Name')).rejects.toThrow(/schema "Bad-Name"/);
    await expect(openStore('postgres://nobody:secret@127.0.0.1:1/news')).rejects.toThrow(/cannot connect to postgres:\/\/nobody:\*\*\*@127.0.0.1:1\/news/);
  });
});
