import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { GraphFormatError, fromJSON } from '../src/index.js';

/**
 * A corpus of graph documents nobody should be able to load: each file in test/hostile-json/ is listed
 * in cases.json with the path `fromJSON` must report for its first problem and why the file is hostile.
 */
const dir = fileURLToPath(new URL('./hostile-json/', import.meta.url));
const cases = JSON.parse(readFileSync(`${dir}cases.json`, 'utf8')) as { file: string; path: (string | number)[]; why: string }[];

function rejection(input: unknown): GraphFormatError {
  try {
    fromJSON(input);
  } catch (error) {
    if (error instanceof GraphFormatError) return error;
    throw error;
  }
  throw new Error('fromJSON accepted a hostile document');
}

describe('fromJSON on the hostile corpus', () => {
  it('lists every file of the corpus in cases.json', () => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'cases.json').sort();
    expect(cases.map((c) => c.file).sort()).toEqual(files);
  });

  it.each(cases)('rejects $file ($why) as text with its path', ({ file, path }) => {
    const error = rejection(readFileSync(`${dir}${file}`, 'utf8'));
    expect(error.path).toEqual(path);
    expect(error.message).toMatch(/^Invalid newsgraph JSON at /);
  });

  it.each(cases.filter((c) => c.path.length > 0 || c.file === 'top-level-array.json' || c.file === 'null.json'))(
    'rejects $file as a parsed object with the same path',
    ({ file, path }) => {
      expect(rejection(JSON.parse(readFileSync(`${dir}${file}`, 'utf8'))).path).toEqual(path);
    },
  );

  it('leaves Object.prototype untouched after reading every hostile file', () => {
    for (const { file } of cases) {
      try {
        fromJSON(readFileSync(`${dir}${file}`, 'utf8'));
      } catch {
        // rejection is checked above; here only its side effects matter
      }
    }
    const probe: Record<string, unknown> = {};
    expect(probe.polluted).toBeUndefined();
    expect(probe.isAdmin).toBeUndefined();
    expect(Object.getPrototypeOf(probe)).toBe(Object.prototype);
    expect(Object.keys(Object.prototype)).toEqual([]);
  });
});
