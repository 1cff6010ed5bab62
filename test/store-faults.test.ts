import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { generateArticle } from '../bench/generate.js';
import { buildGraph } from '../src/graph/build-graph.js';
import { orgKey, personKey } from '../src/graph/name-key.js';
import { toJSON } from '../src/io/json.js';
import { claimsByActor, eventsAtPlace } from '../src/query/index.js';
import type { ActorNode, ParsedArticle, PlaceNode } from '../src/schema/index.js';
import { openStore } from '../src/store/index.js';
import { ArticleBuilder } from './graph-fixtures.js';
import { comparable, DATABASE_URL, describeStore, dropSchemas, schemaUrl } from './helpers/store-db.js';

/*
 * What goes wrong in real use: a build killed half-way, two builds writing at once, names chosen to break SQL or
 * JavaScript objects. The builds run the real CLI in child processes against the real server.
 */

const ROOT = resolve(import.meta.dirname, '..');
const ARTICLES = 400;
let dir: string;
let feed: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'newsgraph-store-faults-'));
  feed = join(dir, 'feed.jsonl');
  const lines = Array.from({ length: ARTICLES }, (_, i) => JSON.stringify(generateArticle(i).parsed));
  await writeFile(feed, `${lines.join('\n')}\n`);
  await writeFile(join(dir, 'first.jsonl'), `${lines.slice(0, 300).join('\n')}\n`);
  await writeFile(join(dir, 'second.jsonl'), `${lines.slice(100).join('\n')}\n`);
});

afterAll(async () => {
  await dropSchemas();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** `newsgraph build` in a child process (through tsx, so no build of dist/ is needed). */
function build(inputs: string[], url: string, batch: number): { child: ChildProcess; done: Promise<{ code: number | null; stderr: string }> } {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), 'build', ...inputs, '--store', url, '--batch', String(batch), '--workers', '1'], {
    cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const done = new Promise<{ code: number | null; stderr: string }>((ok) => child.on('close', (code) => ok({ code, stderr })));
  return { child, done };
}

async function storedArticles(url: string): Promise<number> {
  const store = await openStore(url);
  try {
    return (await store.counts()).articles;
  } finally {
    await store.close();
  }
}

async function graphOf(url: string) {
  const store = await openStore(url);
  try {
    return await store.loadGraph();
  } finally {
    await store.close();
  }
}

describeStore('PostgreSQL store under faults', () => {
  it('ends identical to a clean build when a build is killed half-way and run again', async () => {
    const clean = schemaUrl('clean');
    expect((await build([feed], clean, 20).done).code).toBe(0);

    const resumed = schemaUrl('killed');
    await openStore(resumed).then((s) => s.close()); // create the schema first, so polling below never races migrations
    const first = build([feed], resumed, 20);
    let stored = 0;
    for (let i = 0; i < 600 && stored < 100; i++) {
      await new Promise((ok) => setTimeout(ok, 50));
      stored = await storedArticles(resumed);
    }
    first.child.kill('SIGKILL');
    await first.done;
    const afterKill = await storedArticles(resumed);
    expect(afterKill).toBeGreaterThan(0);
    expect(afterKill).toBeLessThan(ARTICLES);
    expect(afterKill % 20).toBe(0); // whole batches only: the one being written was rolled back

    const rerun = await build([feed], resumed, 20).done;
    expect(rerun.code).toBe(0);
    expect(rerun.stderr).toMatch(new RegExp(`${ARTICLES - afterKill} articles, .*${afterKill} already stored`));
    expect(toJSON(await graphOf(resumed))).toEqual(toJSON(await graphOf(clean)));
  });

  it('creates no actor, place or article twice when two builds of overlapping inputs run at once', async () => {
    const url = schemaUrl('concurrent');
    await openStore(url).then((s) => s.close());
    const [a, b] = await Promise.all([build([join(dir, 'first.jsonl')], url, 10).done, build([join(dir, 'second.jsonl')], url, 10).done]);
    expect([a.code, b.code]).toEqual([0, 0]);
    const graph = await graphOf(url);
    const articles = graph.filterNodes((_k, x) => x.nodeType === 'article');
    expect(articles).toHaveLength(ARTICLES);
    // One node per person full name, organisation and place: no identity key is held by two nodes.
    const keys = graph.filterNodes((_k, x) => x.nodeType === 'actor' || x.nodeType === 'place').map((k) => {
      const node = graph.getNodeAttributes(k) as ActorNode | PlaceNode;
      return node.nodeType === 'actor' && node.kind === 'person' ? `p:${personKey(node.name)}` : `o:${orgKey(node.name)}`;
    });
    expect(new Set(keys).size).toBe(keys.length);
    // The store equals the in-memory graph of the same articles added in the order the two builds committed them.
    const client = new pg.Client({ connectionString: DATABASE_URL, options: `-c search_path=${new URL(url).searchParams.get('schema')}` });
    await client.connect();
    const { rows } = await client.query<{ id: string }>(`SELECT attrs->>'id' AS id FROM nodes WHERE type = 'article' ORDER BY nodes.id`);
    await client.end();
    const byId = new Map(Array.from({ length: ARTICLES }, (_, i) => generateArticle(i).parsed).map((p) => [p.article.id, p]));
    const inCommitOrder = buildGraph(rows.map((r) => byId.get(r.id) as ParsedArticle));
    expect(comparable(toJSON(graph))).toEqual(comparable(toJSON(inCommitOrder)));
  });

  it('keeps hostile names unchanged: quotes, semicolons, __proto__, very long and non-Latin', async () => {
    const names = [
      `O'Brien "the Hammer"; DROP TABLE nodes; --`,
      '__proto__',
      'constructor',
      `Ra${'x'.repeat(5000)}ul Longname`,
      'Владимир Зеленский',
      '習近平',
      'Zoë 🚀 Müller-Ståhl',
      "Robert'); DELETE FROM edges WHERE ('1'='1",
    ];
    const articles: ParsedArticle[] = names.map((name, i) => {
      const text = `${name} said the bridge at Q'uay; Town would reopen.`;
      const b = new ArticleBuilder(`hostile-${i}-'; DROP TABLE edges; --`, text, { publishedAt: '2026-01-05', title: name });
      const actor = b.actor(name, { id: i === 1 ? 'actor:__proto__' : i === 3 ? `actor:${'y'.repeat(9000)}` : undefined });
      const place = b.place("Q'uay; Town", { aliases: ['__proto__'] });
      b.claim(actor, 'said', text, "the bridge at Q'uay; Town would reopen", { about: { placeIds: [place] } });
      b.event('other', text, 'reopen', { places: [place], participants: [[actor, 'agent']] });
      return b.build();
    });
    const store = await openStore(schemaUrl('hostile'));
    try {
      expect((await store.addArticles(articles)).added).toBe(names.length);
      const graph = buildGraph(articles);
      expect(comparable(toJSON(await store.loadGraph()))).toEqual(comparable(toJSON(graph)));
      for (const name of names) {
        const claims = await store.claimsByActor(name);
        expect(claims.map((c) => c.claimant)).toEqual([name]);
        expect(claims).toEqual(claimsByActor(graph, name));
      }
      expect(await store.eventsAtPlace('__proto__')).toEqual(eventsAtPlace(graph, '__proto__'));
      expect((await store.loadGraph({ articleIds: [articles[0]!.article.id] })).getNodeAttributes(`article:${articles[0]!.article.id}`)).toMatchObject({ title: names[0] });
    } finally {
      await store.close();
    }
  });
});
