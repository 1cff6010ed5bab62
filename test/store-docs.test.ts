import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, expect, it } from 'vitest';
import { openStore } from '../src/store/index.js';
import { kremlinArticle, kyivArticle } from './graph-fixtures.js';
import { DATABASE_URL, describeStore, dropSchemas, schemaUrl } from './helpers/store-db.js';

/* The example SQL of docs/store.md, run against a store holding the test fixtures: a user can paste it as it is. */

afterAll(dropSchemas);

const docs = readFileSync(join(import.meta.dirname, '..', 'docs', 'store.md'), 'utf8');
const blocks = [...docs.matchAll(/```sql\n([\s\S]*?)```/g)].map((m) => m[1] as string);

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
