/**
 * `npm run bench:store`: the PostgreSQL store at scale, against the server in NEWSGRAPH_TEST_DATABASE_URL.
 *
 * 1. Loads N generated articles (default 100,000; `-- --articles N`) into a fresh schema in batches and reports
 *    articles per second into the store (generation excluded: the clock runs only inside addArticles) and the
 *    database size per article.
 * 2. Times each query at N articles next to the same query on an in-memory graph of N/10 articles: p50 and p99
 *    over varied arguments (a different person, place or day each call).
 * 3. Parses the eval articles of ../shared/eval (when present) into a store and an in-memory graph and checks that
 *    every query gives the same answer on both, for every actor, place and date they hold.
 *
 * The machine is shared: figures vary with its load, which is printed with them.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { buildGraph } from '../src/graph/build-graph.js';
import type { NewsGraph } from '../src/graph/news-graph.js';
import { parseArticle } from '../src/parse.js';
import {
  claimsAbout, claimsByActor, claimsOnDate, disputedClaims, eventsAtPlace, eventsByType, eventsInvolving, eventsOnDate, resolveActor, timeline,
} from '../src/query/index.js';
import type { ParsedArticle } from '../src/schema/index.js';
import { openStore, type NewsStore } from '../src/store/index.js';
import { generateArticle, persons, rng } from './generate.js';

const HOW_TO =
  'bench:store needs a PostgreSQL server: set NEWSGRAPH_TEST_DATABASE_URL, e.g.\n' +
  '  eval "$(scripts/throwaway-postgres.sh start)" && npm run bench:store; scripts/throwaway-postgres.sh stop';

const base = process.env.NEWSGRAPH_TEST_DATABASE_URL;
if (base === undefined) {
  console.error(HOW_TO);
  process.exit(2);
}
const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const N = arg('articles', 100_000);
const BATCH = arg('batch', 500);
const CALLS = arg('calls', 100);
/** Queries whose answers run to thousands of records are timed over fewer calls. */
const HEAVY_CALLS = arg('heavy-calls', 20);
/** Records per page in the paged forms of the large answers. */
const PAGE = arg('page', 100);

function urlFor(schema: string): string {
  const url = new URL(base as string);
  url.searchParams.set('schema', schema);
  return url.toString();
}

async function dropSchema(schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: base });
  await client.connect();
  await client.query(`DROP SCHEMA IF EXISTS ${client.escapeIdentifier(schema)} CASCADE`);
  await client.end();
}

async function schemaBytes(schema: string): Promise<number> {
  const client = new pg.Client({ connectionString: base });
  await client.connect();
  const { rows } = await client.query<{ bytes: string }>(
    `SELECT coalesce(sum(pg_total_relation_size(c.oid)), 0) AS bytes FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = $1 AND c.relkind IN ('r', 'm')`,
    [schema],
  );
  await client.end();
  return Number(rows[0]?.bytes ?? 0);
}

const load = (): string => loadavg().map((x) => x.toFixed(1)).join(' / ');
const percentile = (xs: number[], p: number): number => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
};
const ms = (x: number): string => (x < 10 ? x.toFixed(2) : x.toFixed(1));

/**
 * CPU seconds used so far by the PostgreSQL server's processes (backends, WAL writer, checkpointer, and exited
 * children), or null when they cannot be seen: a remote server, or not Linux. On a shared machine the load rate
 * says how much CPU this run was given; CPU per article says what the load costs, whatever the machine's load.
 */
function serverCpuSeconds(): number | null {
  if (!existsSync('/proc/self/stat')) return null;
  const host = new URL(base as string).hostname;
  if (!['localhost', '127.0.0.1', '::1', '[::1]', ''].includes(host)) return null;
  let ticks = 0;
  let found = false;
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      if (!readFileSync(`/proc/${pid}/comm`, 'utf8').startsWith('postgres')) continue;
      // Fields after the command name: utime, stime, cutime, cstime are the 12th-15th (clock ticks, 100 per second).
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
      ticks += Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]);
      found = true;
    } catch {
      // the process ended meanwhile
    }
  }
  return found ? ticks / 100 : null;
}
const clientCpuSeconds = (): number => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1e6;
};

// ---------------------------------------------------------------------------------------------------------------
// 1. Load (`--reuse` skips it and queries the store a `--keep` run left).
const SCHEMA = 'bench_store';
const reuse = process.argv.includes('--reuse');
if (!reuse) await dropSchema(SCHEMA);
// Batches are written as `newsgraph build --store` writes them: without waiting for the disk (`durable: false`,
// see docs/store.md), the next batch handed over while the previous one is written.
const store = await openStore(urlFor(SCHEMA), { durable: false });
console.log(`bench:store: ${N.toLocaleString('en')} generated articles in batches of ${BATCH}; load average ${load()}`);
let spent = 0;
let added = 0;
let clientCpu = 0;
let serverCpu: number | null = 0;
/** Per chunk of CHUNK articles: how the cost grows with the store. */
const chunks: { upTo: number; rate: number; client: number; server: number | null }[] = [];
const started = performance.now();
/** Articles are generated ahead, CHUNK at a time, so the clock runs only while the store is being written. */
const CHUNK = 10_000;
for (let i = 0; i < N && !reuse; i += CHUNK) {
  const batches: ParsedArticle[][] = [];
  for (let b = i; b < Math.min(N, i + CHUNK); b += BATCH) {
    batches.push(Array.from({ length: Math.min(N, i + CHUNK, b + BATCH) - b }, (_, j) => generateArticle(b + j).parsed));
  }
  const t = performance.now();
  const [client0, server0] = [clientCpuSeconds(), serverCpuSeconds()];
  let previous: Promise<{ added: number }> | null = null;
  for (const batch of batches) {
    const next = store.addArticles(batch);
    if (previous !== null) added += (await previous).added;
    previous = next;
  }
  if (previous !== null) added += (await previous).added;
  const chunkSeconds = (performance.now() - t) / 1000;
  spent += chunkSeconds * 1000;
  const chunkArticles = batches.reduce((n, b) => n + b.length, 0);
  const server1 = serverCpuSeconds();
  const chunkServer = server0 === null || server1 === null ? null : server1 - server0;
  chunks.push({ upTo: added, rate: chunkArticles / chunkSeconds, client: clientCpuSeconds() - client0, server: chunkServer });
  clientCpu += clientCpuSeconds() - client0;
  serverCpu = serverCpu === null || chunkServer === null ? null : serverCpu + chunkServer;
  process.stderr.write(`\r  ${added.toLocaleString('en')} articles, ${(added / (spent / 1000)).toFixed(0)}/s so far`);
}
process.stderr.write('\r\u001b[K');
const bytes = await schemaBytes(SCHEMA);
const counts = await store.counts();
console.log(`\n## Load\n`);
console.log('| figure | measured | goal |\n|---|---|---|');
if (reuse) added = counts.articles;
console.log(`| articles into the store (generation excluded; durable: false, one batch written while the next is checked, as build --store) | ${reuse ? 'not measured (--reuse)' : `${(added / (spent / 1000)).toFixed(0)} articles/s`} (${(spent / 1000).toFixed(0)} s for ${added.toLocaleString('en')}) | >= 500 |`);
if (!reuse && added > 0) {
  const per = (seconds: number): string => `${((1000 * seconds) / added).toFixed(2)} ms`;
  console.log(
    `| CPU per article while loading | this process ${per(clientCpu)}${serverCpu === null ? '; server not measurable (not local)' : `, PostgreSQL ${per(serverCpu)}`}; ` +
      `wall ${per(spent / 1000)} | - |`,
  );
  const cpu = (seconds: number | null, n: number): string => (seconds === null ? '-' : ((1000 * seconds) / n).toFixed(2));
  console.log(
    `| by store size (articles/s; CPU ms per article of this process / PostgreSQL) | ${chunks
      .map((c, i) => `${(c.upTo / 1000).toFixed(0)}k: ${c.rate.toFixed(0)}/s (${cpu(c.client, c.upTo - (chunks[i - 1]?.upTo ?? 0))} / ${cpu(c.server, c.upTo - (chunks[i - 1]?.upTo ?? 0))})`)
      .join(', ')} | - |`,
  );
}
console.log(`| database size | ${(bytes / 1e6).toFixed(0)} MB, ${(bytes / added / 1024).toFixed(1)} KB per article | - |`);
console.log(`| store contents | ${counts.actors} actors, ${counts.places} places, ${counts.events} events, ${counts.claims} claims, ${counts.edges} edges | - |`);
console.log(`| wall time including generation | ${((performance.now() - started) / 1000).toFixed(0)} s; load average now ${load()} | - |`);

// ---------------------------------------------------------------------------------------------------------------
// 2. Queries: the store at N against an in-memory graph of N / 10.
const smallArticles = Array.from({ length: Math.floor(N / 10) }, (_, i) => generateArticle(i).parsed);
const builtAt = performance.now();
const builtCpu = clientCpuSeconds();
const small = buildGraph(smallArticles);
const memoryRate = smallArticles.length / ((performance.now() - builtAt) / 1000);
const memoryCpu = ((clientCpuSeconds() - builtCpu) * 1000) / smallArticles.length;
// The same machine load slows both: the store's rate as a share of the in-memory build's says more than either alone.
console.log(`| in-memory buildGraph, same run (${smallArticles.length.toLocaleString('en')} articles) | ${memoryRate.toFixed(0)} articles/s, CPU ${memoryCpu.toFixed(2)} ms per article${reuse ? '' : `; the store loads at ${(100 * (added / (spent / 1000)) / memoryRate).toFixed(0)}% of that`} | - |`);
const people = persons();
const PLACES = ['Kramatorsk', 'Sloviansk', 'Kherson', 'Mykolaiv', 'Odesa', 'Lviv', 'Dnipro', 'Pokrova'];
const ORGS = ['Defence Ministry', 'Interior Ministry', 'Red Cross', 'Central Bank'];
const day = (i: number): string => new Date(Date.UTC(2025, 0, 1) + (i % 360) * 86_400_000).toISOString().slice(0, 10);
const week = (i: number): { date: { from: string; to: string } } => ({ date: { from: day(i), to: day(i + 6) } });

interface Case {
  name: string;
  /** Query i on the store and on the in-memory graph; both return the answer, whose length is reported. */
  store: (s: NewsStore, i: number) => Promise<unknown[]>;
  memory: (g: NewsGraph, i: number) => unknown[];
  note?: string;
  /** Answers of thousands of records: timed over HEAVY_CALLS calls. */
  heavy?: true;
}
const pick = <T>(xs: readonly T[], i: number): T => xs[Math.floor(rng(i + 99)() * xs.length)] as T;
const person = (i: number): { first: string; last: string } => pick(people, i);
const cases: Case[] = [
  { name: 'resolveActor (full name)', store: (s, i) => s.resolveActor(`${person(i).first} ${person(i).last}`), memory: (g, i) => resolveActor(g, `${person(i).first} ${person(i).last}`) },
  { name: 'claimsByActor (person, full name)', store: (s, i) => s.claimsByActor(`${person(i).first} ${person(i).last}`), memory: (g, i) => claimsByActor(g, `${person(i).first} ${person(i).last}`) },
  {
    name: 'claimsByActor (surname, all who bear it)', store: (s, i) => s.claimsByActor(person(i).last, { ambiguous: 'all' }),
    memory: (g, i) => claimsByActor(g, person(i).last, { ambiguous: 'all' }),
  },
  { heavy: true, name: 'claimsByActor (organisation)', store: (s, i) => s.claimsByActor(pick(ORGS, i)), memory: (g, i) => claimsByActor(g, pick(ORGS, i)) },
  { name: 'eventsInvolving (person)', store: (s, i) => s.eventsInvolving(`${person(i).first} ${person(i).last}`), memory: (g, i) => eventsInvolving(g, `${person(i).first} ${person(i).last}`) },
  { name: 'claimsAbout (place)', store: (s, i) => s.claimsAbout(pick(PLACES, i)), memory: (g, i) => claimsAbout(g, pick(PLACES, i)) },
  { name: 'eventsOnDate (a day)', store: (s, i) => s.eventsOnDate(day(i)), memory: (g, i) => eventsOnDate(g, day(i)) },
  { heavy: true, name: 'eventsAtPlace (a city)', store: (s, i) => s.eventsAtPlace(pick(PLACES, i)), memory: (g, i) => eventsAtPlace(g, pick(PLACES, i)) },
  {
    heavy: true, name: 'eventsByType (meeting, one week)', store: (s, i) => s.eventsByType('meeting', week(i)), memory: (g, i) => eventsByType(g, 'meeting', week(i)),
  },
  {
    heavy: true, name: 'disputedClaims (one week)', store: (s, i) => s.disputedClaims(week(i)), memory: (g, i) => disputedClaims(g, week(i)),
  },
  {
    heavy: true, name: 'timeline (one week)', store: (s, i) => s.timeline(week(i)), memory: (g, i) => timeline(g, week(i)),
  },
  { name: 'claimsOnDate (a day)', store: (s, i) => s.claimsOnDate(day(i)), memory: (g, i) => claimsOnDate(g, day(i)) },
  // The answers above that run to thousands of records, one page of PAGE at a time (`limit`; the store then reads
  // every record's sort fields, and the page's records in full).
  { name: `claimsByActor (organisation), first ${PAGE}`, store: (s, i) => s.claimsByActor(pick(ORGS, i), { limit: PAGE }), memory: (g, i) => claimsByActor(g, pick(ORGS, i), { limit: PAGE }) },
  { name: `eventsAtPlace (a city), first ${PAGE}`, store: (s, i) => s.eventsAtPlace(pick(PLACES, i), { limit: PAGE }), memory: (g, i) => eventsAtPlace(g, pick(PLACES, i), { limit: PAGE }) },
  {
    name: `eventsAtPlace (a city), records ${5 * PAGE + 1}-${6 * PAGE}`, store: (s, i) => s.eventsAtPlace(pick(PLACES, i), { offset: 5 * PAGE, limit: PAGE }),
    memory: (g, i) => eventsAtPlace(g, pick(PLACES, i), { offset: 5 * PAGE, limit: PAGE }),
  },
  { name: `eventsByType (meeting, one week), first ${PAGE}`, store: (s, i) => s.eventsByType('meeting', { ...week(i), limit: PAGE }), memory: (g, i) => eventsByType(g, 'meeting', { ...week(i), limit: PAGE }) },
  { name: `timeline (one week), first ${PAGE}`, store: (s, i) => s.timeline({ ...week(i), limit: PAGE }), memory: (g, i) => timeline(g, { ...week(i), limit: PAGE }) },
];

console.log(`\n## Queries: store at ${N.toLocaleString('en')} articles vs in-memory graph of ${(N / 10).toLocaleString('en')} (${CALLS} calls each unless noted, varied arguments)\n`);
console.log('| query | store p50 | store p99 | rows (median) | store per record at p50 | in-memory p50 | in-memory p99 | rows (median) | store p99 < 50 ms |');
console.log('|---|---|---|---|---|---|---|---|---|');
const notes: string[] = [];
for (const c of cases) {
  const storeTimes: number[] = [];
  const storeRows: number[] = [];
  for (let i = 0; i < 3; i++) await c.store(store, i); // warm caches
  const calls = c.heavy ? HEAVY_CALLS : CALLS;
  for (let i = 0; i < calls; i++) {
    const t = performance.now();
    const answer = await c.store(store, i);
    storeTimes.push(performance.now() - t);
    storeRows.push(answer.length);
  }
  const memoryTimes: number[] = [];
  const memoryRows: number[] = [];
  const memoryCalls = calls;
  for (let i = 0; i < memoryCalls; i++) {
    const t = performance.now();
    const answer = c.memory(small, i);
    memoryTimes.push(performance.now() - t);
    memoryRows.push(answer.length);
  }
  const p99 = percentile(storeTimes, 99);
  const rows = percentile(storeRows, 50);
  const perRecord = rows > 0 ? `${((1000 * percentile(storeTimes, 50)) / rows).toFixed(0)} µs` : '-';
  console.log(
    `| ${c.name}${c.heavy ? ` (${HEAVY_CALLS} calls)` : ''}${c.note ? ` [${notes.length + 1}]` : ''} | ${ms(percentile(storeTimes, 50))} ms | ${ms(p99)} ms | ${rows} | ${perRecord} | ` +
      `${ms(percentile(memoryTimes, 50))} ms | ${ms(percentile(memoryTimes, 99))} ms | ${percentile(memoryRows, 50)} | ${p99 < 50 ? 'yes' : 'no'} |`,
  );
  if (c.note) notes.push(c.note);
}
notes.forEach((note, i) => console.log(`\n[${i + 1}] ${note}`));
console.log(`\nload average after the queries: ${load()}`);
await store.close();

// ---------------------------------------------------------------------------------------------------------------
// 3. The eval articles: every query equal on the store and on the in-memory graph.
const EVAL = join(import.meta.dirname, '..', '..', 'shared', 'eval');
if (!existsSync(EVAL)) {
  console.log('\n## Eval articles\n\n../shared/eval is missing: equality on the eval articles not checked.');
} else {
  const parsed: ParsedArticle[] = [];
  for (const folder of ['dev', 'wikinews', 'meantime']) {
    const dir = join(EVAL, folder);
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.gold.json')).sort()) {
      const name = file.slice(0, -'.gold.json'.length);
      const gold = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { id?: string; publishedAt?: string | null };
      const text = readFileSync(join(dir, `${name}.txt`), 'utf8');
      parsed.push(parseArticle(text, { publishedAt: gold.publishedAt ?? null, id: gold.id ?? `${folder}-${name}` }));
    }
  }
  const EVAL_SCHEMA = 'bench_store_eval';
  await dropSchema(EVAL_SCHEMA);
  const evalStore = await openStore(urlFor(EVAL_SCHEMA));
  for (let i = 0; i < parsed.length; i += 25) await evalStore.addArticles(parsed.slice(i, i + 25));
  const graph = buildGraph(parsed);
  const names = (type: string): string[] => [...new Set(graph.filterNodes((_k, a) => a.nodeType === type).map((k) => graph.getNodeAttribute(k, 'label') as string))];
  const dates = names('date');
  let compared = 0;
  const differ: string[] = [];
  const same = async (what: string, a: Promise<unknown>, b: () => unknown): Promise<void> => {
    compared++;
    let expected: unknown;
    try {
      expected = b();
    } catch (error) {
      expected = `throws ${(error as Error).name}`;
    }
    const got = await a.catch((error: Error) => `throws ${error.name}`);
    if (JSON.stringify(got) !== JSON.stringify(expected)) differ.push(what);
  };
  for (const name of names('actor')) {
    await same(`claimsByActor ${name}`, evalStore.claimsByActor(name), () => claimsByActor(graph, name));
    await same(`eventsInvolving ${name}`, evalStore.eventsInvolving(name), () => eventsInvolving(graph, name));
    await same(`claimsAbout ${name}`, evalStore.claimsAbout(name), () => claimsAbout(graph, name));
  }
  for (const name of names('place')) {
    await same(`eventsAtPlace ${name}`, evalStore.eventsAtPlace(name, { within: true }), () => eventsAtPlace(graph, name, { within: true }));
    await same(`claimsAbout ${name}`, evalStore.claimsAbout(name), () => claimsAbout(graph, name));
  }
  for (const date of dates) await same(`eventsOnDate ${date}`, evalStore.eventsOnDate(date, { overlap: true }), () => eventsOnDate(graph, date, { overlap: true }));
  await same('disputedClaims', evalStore.disputedClaims(), () => disputedClaims(graph));
  await same('timeline', evalStore.timeline(), () => timeline(graph));
  await evalStore.close();
  await dropSchema(EVAL_SCHEMA);
  console.log(`\n## Eval articles (${parsed.length} from ../shared/eval dev, wikinews, meantime)\n`);
  console.log(`${compared} query answers compared (every actor, place and date of the graph): ${differ.length === 0 ? 'all equal' : `${differ.length} differ: ${differ.slice(0, 10).join('; ')}`}`);
  if (differ.length > 0) process.exitCode = 1;
}
if (!process.argv.includes('--keep')) await dropSchema(SCHEMA);
