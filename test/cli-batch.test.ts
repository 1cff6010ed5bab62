import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main, type CliDeps, type CliIO } from '../src/cli/main.js';
import { formatSeconds, Progress } from '../src/cli/progress.js';
import { inOrder, ParsePool } from '../src/cli/workers.js';
import type { ParsedArticle } from '../src/schema/article.js';
import { ParsedArticleSchema } from '../src/schema/article.js';
import { ArticleBuilder } from './graph-fixtures.js';

/* Articles written for these tests. */
const ARTICLES = [
  { text: 'Mayor Ingrid Halvorsen said on Tuesday that the ferry to Norrvik would resume service next week.', publishedAt: '2025-03-04' },
  { text: 'Halvorsen told the council the repairs cost less than expected. Engineers denied that the hull was damaged.', publishedAt: '2025-03-05' },
  { text: 'Protesters gathered outside the port office in Norrvik on Friday, police said.', publishedAt: '2025-03-07' },
  { text: 'The transport ministry announced new inspections of all coastal ferries.', publishedAt: '2025-03-08' },
];

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'newsgraph-batch-'));
  await writeFile(join(dir, 'feed.jsonl'), ARTICLES.map((a) => JSON.stringify(a)).join('\n'));
  await writeFile(
    join(dir, 'bad.jsonl'),
    [JSON.stringify(ARTICLES[0]), '{"text": ', JSON.stringify({ text: 'A valid text with an invalid date.', publishedAt: 'last Blursday' })].join('\n'),
  );
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function run(argv: string[], extra: Partial<CliIO> = {}, deps: CliDeps = {}) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (s) => { stdout += s; }, stderr: (s) => { stderr += s; }, cwd: dir, ...extra }, deps);
  return { code, stdout, stderr };
}

describe('newsgraph build with workers', () => {
  it('writes the same graph and the same JSON lines with two workers as with one', async () => {
    const one = await run(['build', 'feed.jsonl', '--workers', '1', '-o', 'g1.json', '--jsonl', 'p1.jsonl']);
    const two = await run(['build', 'feed.jsonl', '--workers', '2', '-o', 'g2.json', '--jsonl', 'p2.jsonl']);
    expect([one.code, two.code]).toEqual([0, 0]);
    expect(await readFile(join(dir, 'g2.json'), 'utf8')).toBe(await readFile(join(dir, 'g1.json'), 'utf8'));
    expect(await readFile(join(dir, 'p2.jsonl'), 'utf8')).toBe(await readFile(join(dir, 'p1.jsonl'), 'utf8'));
  }, 120_000);

  it('writes the same graph with three parsing threads (the main one and two workers) as with one', async () => {
    await run(['build', 'feed.jsonl', '--workers', '1', '-o', 'g1.json']);
    const three = await run(['build', 'feed.jsonl', '--workers', '3', '-o', 'g3.json']);
    expect(three.code).toBe(0);
    expect(await readFile(join(dir, 'g3.json'), 'utf8')).toBe(await readFile(join(dir, 'g1.json'), 'utf8'));
  }, 120_000);

  it('writes one valid ParsedArticle per line to --jsonl, in input order', async () => {
    await run(['build', 'feed.jsonl', '--workers', '2', '-o', 'g.json', '--jsonl', 'parsed.jsonl']);
    const lines = (await readFile(join(dir, 'parsed.jsonl'), 'utf8')).trim().split('\n').map((l) => ParsedArticleSchema.parse(JSON.parse(l)));
    expect(lines.map((p) => p.article.text)).toEqual(ARTICLES.map((a) => a.text));
  }, 120_000);

  it('reports a bad line and an article the parser rejects, and builds the rest', async () => {
    const { code, stderr } = await run(['build', 'bad.jsonl', '--workers', '2', '-o', 'g.json']);
    expect(code).toBe(0);
    expect(stderr).toMatch(/skipped bad\.jsonl:2: not valid JSON/);
    expect(stderr).toMatch(/skipped bad\.jsonl:3: /);
    expect(stderr).toMatch(/1 article, .*, 2 errors in/);
  }, 120_000);

  it.skipIf(!existsSync(resolve('dist/cli.js')))('gives the same graph from the built package with two workers', async () => {
    await run(['build', 'feed.jsonl', '--workers', '1', '-o', 'src.json']);
    await promisify(execFile)(process.execPath, [resolve('dist/cli.js'), 'build', 'feed.jsonl', '--workers', '2', '-o', 'dist.json'], { cwd: dir });
    expect(await readFile(join(dir, 'dist.json'), 'utf8')).toBe(await readFile(join(dir, 'src.json'), 'utf8'));
  }, 120_000);
});

describe('newsgraph build output on stderr', () => {
  const stub = (text: string) => new ArticleBuilder(`stub-${text.length}`, text).build();

  it('draws a progress bar when stderr is a terminal', async () => {
    const { stderr } = await run(['build', 'feed.jsonl', '-o', 'g.json'], { stderrIsTTY: true }, { parseArticle: stub });
    expect(stderr).toMatch(/\r\[#+\.*\] +\d\/4 articles/);
  });

  it('draws no progress bar when stderr is piped', async () => {
    const { stderr } = await run(['build', 'feed.jsonl', '-o', 'g.json'], { stderrIsTTY: false }, { parseArticle: stub });
    expect(stderr).not.toContain('\r');
  });
});

describe('Progress', () => {
  it('shows the share done, the rate and the time left', () => {
    let t = 0;
    const p = new Progress(4, () => {}, true, () => t, 8);
    t = 2000;
    p.tick();
    expect(p.line(2000)).toBe('[##......] 1/4 articles  0.5/s  ETA 6s');
  });

  it('writes nothing when disabled', () => {
    const written: string[] = [];
    const p = new Progress(2, (s) => written.push(s), false);
    p.tick();
    p.finish();
    expect(written).toEqual([]);
  });

  it('formats long waits in minutes', () => {
    expect(formatSeconds(75)).toBe('1m15s');
  });
});

describe('inOrder', () => {
  it('yields results in input order when later items finish first', async () => {
    const delays = [30, 1, 10];
    const seen: number[] = [];
    for await (const [item, result] of inOrder(delays, (d) => new Promise<number>((ok) => setTimeout(() => ok(d), d)), 3)) {
      if (result.status === 'fulfilled') seen.push(item, result.value);
    }
    expect(seen).toEqual([30, 30, 1, 1, 10, 10]);
  });

  it('hands back a failed item as rejected without stopping the rest', async () => {
    const statuses: string[] = [];
    for await (const [, result] of inOrder([1, 2, 3], async (n) => { if (n === 2) throw new Error('no'); return n; }, 2)) statuses.push(result.status);
    expect(statuses).toEqual(['fulfilled', 'rejected', 'fulfilled']);
  });
});

describe('ParsePool', () => {
  const parsedOf = (text: string): ParsedArticle => ({ article: { id: text, title: null, publishedAt: null, text }, actors: [], places: [], times: [], claims: [], events: [], messages: [] });

  it('parses on the main thread between turns of the event loop, and reports a failing article alone', async () => {
    const order: string[] = [];
    const pool = new ParsePool(0, { local: (record) => { order.push(record.text); if (record.text === 'bad') throw new Error('cannot parse'); return parsedOf(record.text); } });
    const results = await Promise.allSettled(['a', 'bad', 'c'].map((text) => pool.parse({ text }, undefined)));
    await pool.close();
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(order).toEqual(['a', 'bad', 'c']);
  });

  it('shares the articles between a worker and the main thread and gives back each article with its text', async () => {
    let local = 0;
    const pool = new ParsePool(1, { local: (record) => { local++; return parsedOf(record.text); } });
    const texts = Array.from({ length: 12 }, (_, i) => `The council of Town ${i} met on Monday and approved the budget.`);
    const parsed = await Promise.all(texts.map((text) => pool.parse({ text }, '2025-01-01')));
    await pool.close();
    expect(parsed.map((p) => p.article.text)).toEqual(texts);
    expect(local).toBeGreaterThan(0);
    expect(local).toBeLessThan(texts.length);
  }, 120_000);
});
