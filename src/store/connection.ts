import type { Pool, PoolClient } from 'pg';
import { InvalidInputError, StoreError } from '../errors.js';

/** The PostgreSQL schema (namespace) a store uses when the URL names none. */
export const DEFAULT_SCHEMA = 'newsgraph';

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * Splits our own `schema` parameter off a PostgreSQL URL: `postgres://host/db?schema=news2025` keeps the store's
 * tables in schema `news2025` of database `db`, so several corpora can share a database. The rest of the URL goes
 * to node-postgres unchanged (user, password, host, port, sslmode, ...).
 */
export function parseStoreUrl(url: unknown): { connectionString: string; schema: string } {
  if (typeof url !== 'string' || !/^postgres(ql)?:\/\//.test(url)) {
    throw new InvalidInputError(`openStore expects a PostgreSQL URL such as postgres://user@localhost:5432/news, got ${typeof url === 'string' ? JSON.stringify(redact(url)) : typeof url}`);
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new InvalidInputError(`openStore: ${JSON.stringify(redact(url))} is not a valid URL`);
  }
  const schema = parsed.searchParams.get('schema') ?? DEFAULT_SCHEMA;
  if (!SCHEMA_NAME.test(schema)) {
    throw new InvalidInputError(`openStore: schema ${JSON.stringify(schema)} must be lower-case letters, digits and _ (at most 63), starting with a letter or _`);
  }
  parsed.searchParams.delete('schema');
  return { connectionString: parsed.toString(), schema };
}

/** The URL without its password, for messages. */
export function redact(url: string): string {
  return url.replace(/(\/\/[^:/@]*:)[^@/]*@/, '$1***@');
}

/**
 * A pool whose connections all use `schema`, set as a startup option so every SQL statement in src/store names
 * tables unqualified and stays a constant string.
 */
export async function createPool(connectionString: string, schema: string, max: number): Promise<Pool> {
  const pg = await import('pg');
  const PoolClass = (pg.default?.Pool ?? (pg as unknown as { Pool: typeof Pool }).Pool);
  const pool = new PoolClass({ connectionString, max, options: `-c search_path=${schema}` });
  // An idle client losing its server must not crash the process; the next query reports it.
  pool.on('error', () => {});
  return pool;
}

/** Checks out a client, turning a refused connection into a StoreError that says what to check. */
export async function connect(pool: Pool, url: string): Promise<PoolClient> {
  try {
    return await pool.connect();
  } catch (error) {
    throw new StoreError(`cannot connect to ${redact(url)}: ${(error as Error).message}. Is the PostgreSQL server running, and does the database exist?`, { cause: error });
  }
}

/** CREATE SCHEMA IF NOT EXISTS for a name `parseStoreUrl` validated; identifiers cannot be bound as parameters. */
export async function ensureSchema(client: PoolClient, schema: string): Promise<void> {
  if (!SCHEMA_NAME.test(schema)) throw new InvalidInputError(`invalid schema name ${JSON.stringify(schema)}`);
  await client.query(`CREATE SCHEMA IF NOT EXISTS ${client.escapeIdentifier(schema)}`);
}
