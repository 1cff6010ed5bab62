import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../src/cli/main.js';
import { fromJSON } from '../src/io/json.js';
import { parseArticle } from '../src/parse.js';
import pg from 'pg';
import { afterAll, expect, it } from 'vitest';
import { openStore } from '../src/store/index.js';
import { kremlinArticle, kyivArticle } from './graph-fixtures.js';
import { DATABASE_URL, describeStore, dropSchemas, schemaUrl } from './helpers/store-db.js';

/* The example SQL of docs/store.md, run against a store holding the test fixtures: a user can paste it as it is. */

afterAll(dropSchemas);

const docs = readFileSync(join(import.meta.dirname, '..', 'docs', 'store.md'), 'utf8');
const blocks = [...docs.matchAll(/```sql\n([\s\S]*?)```/g)].map((m) => m[1] as string);

/** The `npx newsgraph ...` lines of the walkthrough ("From an empty database to a query"), as argv arrays. */
const walkthrough = (() => {
  const block = /## From an empty database to a query[\s\S]*?```sh no-run\n([\s\S]*?)```/.exec(docs)?.[1] ?? '';
  return block.split('\n').map((line) => line.replace(/\s+#.*$/, '').trim()).filter((line) => line.startsWith('npx newsgraph '))
    .map((line) => line.slice('npx newsgraph '.length).split(/\s+/).map((word) => word.replace(/^"(.*)"$/, '$1')));
})();

describeStore('docs/store.md walkthrough', () => {
  it('runs every newsgraph command of the walkthrough, from an empty database to a query and a slice', async () => {
    expect(walkthrough.length).toBeGreaterThanOrEqual(4);
    const url = schemaUrl('walk');
    const cwd = mkdtempSync(join(tmpdir(), 'newsgraph-store-walk-'));
    cpSync(join(import.meta.dirname, '..', 'fixtures'), join(cwd, 'fixtures'), { recursive: true });
    try {
      for (const argv of walkthrough) {
        let stdout = '';
        let stderr = '';
        const args = argv.map((a) => (a === '$NEWS' ? url : a));
        const code = await main(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd }, { parseArticle });
        expect(code, `newsgraph ${argv.join(' ')}\n${stderr}`).toBe(0);
        if (argv[0] === 'query') expect(stdout.trim(), argv.join(' ')).not.toBe('[]');
      }
      const week = fromJSON(readFileSync(join(cwd, 'week.json'), 'utf8'));
      expect(week.filterNodes((_k, a) => a.nodeType === 'article').length).toBeGreaterThan(0);
    } finally {
      rmSync(cwd, { recursive: true, force: true });
    }
  });
});

describeStore('docs/store.md example SQL', () => {
  it('has example SQL to run', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(3);
  });

  it('runs every example against a loaded store and each returns rows', async () => {
    const url = schemaUrl('docs');
    const store = await openStore(url);
    await store.addArticles([kremlinArticle(), kyivArticle()]);
    await store.close();
    const schema = new URL(url).searchParams.get('schema') as string;
    const client = new pg.Client({ connectionString: DATABASE_URL });
    await client.connect();
    try {
      for (const block of blocks) {
        // The examples name the default schema; the test's store lives in its own.
        const sql = block.replace('SET search_path TO newsgraph;', `SET search_path TO ${client.escapeIdentifier(schema)};`);
        const results = (await client.query(sql)) as unknown as pg.QueryResult[];
        const rows = results[results.length - 1]?.rows ?? [];
        expect(rows.length, sql).toBeGreaterThan(0);
      }
    } finally {
      await client.end();
    }
  });
});
