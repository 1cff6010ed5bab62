import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { fromJSON } from '../src/io/json.js';
import { kremlinArticle, kyivArticle } from './graph-fixtures.js';
import { describeStore, dropSchemas, schemaUrl } from './helpers/store-db.js';

/* The --store options of build, query and export, run in-process through `main`. */

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'newsgraph-store-cli-'));
  await writeFile(join(dir, 'parsed.jsonl'), `${JSON.stringify(kremlinArticle())}\n${JSON.stringify(kyivArticle())}\n`);
});
afterAll(async () => {
  await dropSchemas();
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function run(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), cwd: dir });
  return { code, stdout, stderr };
}

describeStore('newsgraph --store', () => {
  it('builds into a store, resumes without adding twice, queries it and exports a slice', async () => {
    const url = schemaUrl('cli');
    const built = await run(['build', 'parsed.jsonl', '--store', url, '--workers', '1']);
    expect(built.code).toBe(0);
    expect(built.stderr).toMatch(/newsgraph: 2 articles, \d+ actors, .* -> store ngtest_cli_\S+ \(2 articles in all\)/);
    const again = await run(['build', 'parsed.jsonl', '--store', url, '--workers', '1']);
    expect(again.stderr).toMatch(/article "kremlin-a" is already in the store/);
    expect(again.stderr).toMatch(/0 articles, .* 2 already stored/);

    const claims = await run(['query', '--store', url, 'claims-by', 'Russian', 'Defense', 'Ministry', '--format', 'json']);
    const table = await run(['query', '--store', url, 'claims-by', 'Ushakov', '--format', 'table', '--evidence']);
    expect(table.stdout).toMatch(/Putin meets Witkoff/); // the article's title, read from the store
    expect(claims.code).toBe(0);
    expect(JSON.parse(claims.stdout).map((c: { content: string }) => c.content)).toEqual(['its troops took Pokrovsk']);
    const week = await run(['query', '--store', url, 'timeline', '--from', '2025-12-01', '--to', '2025-12-07', '--format', 'json']);
    expect(JSON.parse(week.stdout).length).toBeGreaterThan(0);

    const exported = await run(['export', '--store', url, '--from', '2025-12-03', '--to', '2025-12-03', '-o', 'slice.json']);
    expect(exported.code).toBe(0);
    const slice = fromJSON(await readFile(join(dir, 'slice.json'), 'utf8'));
    expect(slice.filterNodes((_k, a) => a.nodeType === 'article')).toEqual(['article:kremlin-a']);
  });

  it('says what is wrong with --store options', async () => {
    const url = schemaUrl('cliusage');
    expect((await run(['build', 'parsed.jsonl', '--store', url, '-o', 'x.json'])).stderr).toMatch(/leave out --output/);
    expect((await run(['query', '--store', url, 'claims-by', 'Putin', '--from', '2025-12-01'])).stderr).toMatch(/--from and --to go together/);
    expect((await run(['export', 'graph.json', '--to', 'gexf', '--from', '2025-12-01'])).stderr).toMatch(/--from applies to export --store only/);
    const bad = await run(['export', '--store', url, '--from', 'yesterday']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/filter.from must be a date/);
    const down = await run(['query', '--store', 'postgres://nobody@127.0.0.1:1/none', 'timeline']);
    expect(down.code).toBe(1);
    expect(down.stderr).toMatch(/cannot connect to postgres:\/\/nobody@127.0.0.1:1\/none/);
  });
});
