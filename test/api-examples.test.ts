import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import * as api from '../src/index.js';
import { apiExamples, FIXTURE_TEXT, runnableExample } from './helpers/jsdoc-examples.js';
import { ROOT } from './helpers/readme-blocks.js';
import { DATABASE_URL, dropSchemas, schemaUrl } from './helpers/store-db.js';

/*
 * STYLE.md: every export has JSDoc with an @example that runs. Each example runs with the whole public API in
 * scope and a few names it may assume: `text` (the sample article), `parsed` (it parsed, published 2025-12-03),
 * `graph` (a graph of it), `a` and `b` (two article texts), and file helpers that work in a scratch folder
 * holding fixtures/ and graph.json, and `url` (NEWSGRAPH_TEST_DATABASE_URL, for the store's examples). A line `expr; // literal` is checked: expr must deep-equal the literal.
 */
const examples = apiExamples();
const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (...args: string[]) => (...values: unknown[]) => Promise<unknown>;

function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-api-example-'));
  cpSync(join(ROOT, 'fixtures'), join(dir, 'fixtures'), { recursive: true });
  mkdirSync(join(dir, 'out'));
  return dir;
}

function scope(dir: string): Record<string, unknown> {
  const parsed = api.parseArticle(FIXTURE_TEXT, { publishedAt: '2025-12-03' });
  const graph = api.buildGraph([parsed]);
  const at = (p: string) => (isAbsolute(p) ? p : join(dir, p));
  writeFileSync(at('graph.json'), JSON.stringify(api.toJSON(graph)));
  return {
    ...api,
    text: FIXTURE_TEXT,
    parsed,
    graph,
    a: FIXTURE_TEXT,
    b: 'Kyiv denied the report on Tuesday, officials said.',
    readFileSync: (p: string, enc?: BufferEncoding) => readFileSync(at(p), enc),
    writeFileSync: (p: string, data: string) => writeFileSync(at(p), data),
    join,
    url: DATABASE_URL === undefined ? undefined : schemaUrl('api_example'),
    __expectEqual: (actual: unknown, expected: unknown, line: number) => expect(actual, `example line ${line}`).toEqual(expected),
    __expectThrow: (fn: () => unknown, name: string, line: number) => {
      const error = (api as Record<string, unknown>)[name];
      expect(typeof error, `example line ${line}: ${name} is not an export`).toBe('function');
      expect(fn, `example line ${line}`).toThrow(error as new () => Error);
    },
  };
}

describe('public API examples', () => {
  afterAll(dropSchemas);

  it('finds the exports of src/index.ts', () => {
    expect(examples.some((e) => e.name === 'parseArticle' && e.kind === 'function')).toBe(true);
  });

  it('documents every exported function and class with an @example', () => {
    const missing = examples.filter((e) => e.kind !== 'value' && e.code === null).map((e) => `${e.name} (${e.where})`);
    expect(missing).toEqual([]);
  });

  for (const example of examples.filter((e) => e.code !== null)) {
    // an example that opens the PostgreSQL store needs a server: the store tests say how to start one
    const needsDatabase = /\bopenStore\(/.test(example.code as string) && DATABASE_URL === undefined;
    it.skipIf(needsDatabase)(`runs the example of ${example.name}${needsDatabase ? ' (needs NEWSGRAPH_TEST_DATABASE_URL)' : ''}`, async () => {
      const values = scope(scratch());
      const run = new AsyncFunction(...Object.keys(values), runnableExample(example.code as string));
      await run(...Object.values(values));
    });
  }
});
