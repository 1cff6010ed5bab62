import pg from 'pg';
import { describe } from 'vitest';
import type { GraphJSON } from '../../src/schema/graph.js';

/*
 * The store tests run against a real PostgreSQL server named by NEWSGRAPH_TEST_DATABASE_URL; each test file works
 * in schemas of its own and drops them afterwards. Without the variable they are skipped with a message saying
 * how to start a server, except in CI, where skipping them would hide a broken store.
 */
export const DATABASE_URL = process.env.NEWSGRAPH_TEST_DATABASE_URL;

export const HOW_TO_START =
  'PostgreSQL store tests skipped: NEWSGRAPH_TEST_DATABASE_URL is not set. Start a throwaway server with\n' +
  '  eval "$(scripts/throwaway-postgres.sh start)"   # prints the export line; stop it with scripts/throwaway-postgres.sh stop\n' +
  'or point the variable at a database you may create schemas in, e.g. postgres://postgres@127.0.0.1:5432/postgres';

if (DATABASE_URL === undefined && process.env.CI === 'true') {
  throw new Error('CI=true but NEWSGRAPH_TEST_DATABASE_URL is unset: the store tests must run in CI (.ci/run starts a PostgreSQL cluster)');
}
if (DATABASE_URL === undefined) console.warn(HOW_TO_START);

/** `describe` when a server is configured, `describe.skip` otherwise. */
export const describeStore = DATABASE_URL === undefined ? describe.skip : describe;

let counter = 0;

/** A store URL in a new, empty schema, and a function that drops every schema handed out so far. */
export function schemaUrl(label: string): string {
  const schema = `ngtest_${label}_${process.pid}_${counter++}`;
  created.push(schema);
  const url = new URL(DATABASE_URL as string);
  url.searchParams.set('schema', schema);
  return url.toString();
}

const created: string[] = [];

export async function dropSchemas(): Promise<void> {
  if (DATABASE_URL === undefined || created.length === 0) return;
  const client = new pg.Client({ connectionString: DATABASE_URL });
  await client.connect();
  try {
    for (const schema of created.splice(0)) await client.query(`DROP SCHEMA IF EXISTS ${client.escapeIdentifier(schema)} CASCADE`);
  } finally {
    await client.end();
  }
}

/**
 * A graph's JSON with each node's mentions and articleIds sorted: the store lists them in the order their articles
 * were stored, which after a merge can differ from the in-memory graph's (documented in docs/store.md).
 */
export function comparable(json: GraphJSON): GraphJSON {
  const byText = (a: unknown, b: unknown): number => (JSON.stringify(a) < JSON.stringify(b) ? -1 : JSON.stringify(a) > JSON.stringify(b) ? 1 : 0);
  return {
    ...json,
    nodes: json.nodes.map((node) => {
      const attributes = { ...node.attributes } as Record<string, unknown>;
      if (['actor', 'place', 'date'].includes(attributes.nodeType as string)) {
        attributes.mentions = [...(attributes.mentions as unknown[])].sort(byText);
        // Unique too: in memory, an article whose two places merge half-way through it can list that article twice.
        attributes.articleIds = [...new Set(attributes.articleIds as string[])].sort();
      }
      return { ...node, attributes } as GraphJSON['nodes'][number];
    }),
  };
}
