import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';
import { brokenInvariants } from './helpers/invariants.js';
import { hasShared, SHARED } from './helpers/shared.js';

/**
 * Property tests. Each runs a fixed number of cases from a fixed seed, so `npm test` is reproducible and its
 * cost is known: 600 arbitrary strings, 400 token soups, 100 determinism cases and 240 mutated real articles, 1,340 cases in all.
 * A failure prints the seed and the shrunk counterexample; rerun with that seed to debug.
 */
const SEED = 20251127;
const RUNS = { strings: 600, soups: 400, articles: 240 };

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Real articles: the fixtures in this repository (at least two, so the determinism tests run on a fresh clone)
 * and, when ../shared is present, every text of its eval folders.
 */
function realArticles(): { file: string; text: string }[] {
  const files: string[] = readdirSync(`${root}fixtures`).filter((f) => f.endsWith('.txt')).sort().map((f) => `${root}fixtures/${f}`);
  const evalRoot = `${SHARED}eval`;
  if (hasShared('eval')) {
    for (const folder of readdirSync(evalRoot, { withFileTypes: true })) {
      if (!folder.isDirectory()) continue;
      const dir = `${evalRoot}/${folder.name}`;
      files.push(...readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => `${dir}/${f}`));
    }
  }
  return files.map((file) => ({ file, text: readFileSync(file, 'utf8') }));
}

function holds(text: string): void {
  const parsed = parseArticle(text, { publishedAt: '2025-12-03' });
  expect(brokenInvariants(text, parsed)).toEqual([]);
}

describe('parseArticle on arbitrary strings (property)', () => {
  it(`keeps every guarantee on ${RUNS.strings} strings of any UTF-16 code units, lone surrogates included`, () => {
    const unit = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc.string({ unit: 'grapheme', maxLength: 300 }),
      fc.string({ unit: fc.constantFrom('\r', '\n', '\r\n', '\u0000', ' ', '.', '"', '“', '”', "'", '(', ')', '<', '>', 'A', 'a', '1', '\u202e', '\u200d', '😀', '\ud800'), maxLength: 300 }),
    );
    fc.assert(fc.property(unit, holds), { seed: SEED, numRuns: RUNS.strings });
  });

  it(`keeps every guarantee on ${RUNS.soups} soups of news words, names and hostile tokens`, () => {
    const token = fc.constantFrom(
      'Ana', 'Lopes', 'said', 'denied', 'according to', 'Kyiv', 'Moscow', 'Odesa', 'the', 'talks', 'in', 'on', 'Monday', 'May 1,', '2025',
      'President', 'Minister', 'U.S.', 'J.', 'that', 'met', 'attacked', '"', '“', '”', "'s", '(', ')', '.', ',', '...', '\n\n', '\r', '\r\n',
      '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'Constructor', '<p>', '</p>', '\u0000', '😀', 'مرحبا', 'Путин', '-', '—',
    );
    const soup = fc.array(token, { maxLength: 120 }).map((ws) => ws.join(' '));
    fc.assert(fc.property(soup, holds), { seed: SEED, numRuns: RUNS.soups });
  });

  it('gives byte-identical JSON when the same string is parsed twice', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('Ana Lopes', 'said', 'Kyiv', 'denied', 'on Monday', '"', '.', '\n'), { maxLength: 60 }), (ws) => {
        const text = ws.join(' ');
        expect(JSON.stringify(parseArticle(text, { publishedAt: '2025-12-03' }))).toBe(JSON.stringify(parseArticle(text, { publishedAt: '2025-12-03' })));
      }),
      { seed: SEED, numRuns: 100 },
    );
  });
});

/** Ways a scraper or a PDF converter damages an article. */
type Mutation =
  | { kind: 'shuffle'; seed: number }
  | { kind: 'duplicate'; at: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'unbalance-quote'; at: number; quote: string }
  | { kind: 'drop-quote'; at: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('shuffle' as const), seed: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({ kind: fc.constant('unbalance-quote' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), quote: fc.constantFrom('"', '“', '”', "'", '‘', '’') }),
  fc.record({ kind: fc.constant('drop-quote' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
);

/** Sentences as a reader sees them: up to a full stop, question or exclamation mark and the space after it, or a line end. */
const sentencesOf = (text: string) => text.match(/[^.!?\n]*(?:[.!?]+["”’']?\s*|\n+|$)/g)?.filter((s) => s.length > 0) ?? [text];

function mutate(text: string, m: Mutation): string {
  const at = (fraction: number, length: number) => Math.min(length, Math.floor(fraction * length));
  switch (m.kind) {
    case 'shuffle': {
      const parts = sentencesOf(text);
      let state = m.seed || 1;
      for (let i = parts.length - 1; i > 0; i--) {
        state = (state * 48271) % 2147483647; // Park-Miller: a shuffle fixed by the case's seed
        const j = state % (i + 1);
        [parts[i], parts[j]] = [parts[j] as string, parts[i] as string];
      }
      return parts.join('');
    }
    case 'duplicate': {
      const parts = sentencesOf(text);
      const i = at(m.at, parts.length - 1);
      parts.splice(i, 0, parts[i] ?? '');
      return parts.join('');
    }
    case 'truncate':
      return text.slice(0, at(m.at, text.length)); // may split a surrogate pair: also a real scraper bug
    case 'unbalance-quote': {
      const i = at(m.at, text.length);
      return text.slice(0, i) + m.quote + text.slice(i);
    }
    case 'drop-quote': {
      const quotes = [...text.matchAll(/["“”]/g)].map((q) => q.index);
      const i = quotes[at(m.at, quotes.length - 1)];
      return i === undefined ? text : text.slice(0, i) + text.slice(i + 1);
    }
  }
}

describe('parseArticle on mutated real articles (property)', () => {
  const articles = realArticles();

  it('has real articles to mutate', () => {
    expect(articles.length).toBeGreaterThan(1);
  });

  it(`keeps every guarantee on ${RUNS.articles} articles (${hasShared('eval') ? 'fixtures/ and ../shared/eval' : 'fixtures/ only: ../shared/eval is missing'}) with sentences shuffled, duplicated, cut short or quotes unbalanced`, () => {
    const damaged = fc
      .record({ article: fc.nat({ max: articles.length - 1 }), mutations: fc.array(mutation, { minLength: 1, maxLength: 4 }) })
      .map(({ article, mutations }) => mutations.reduce((text, m) => mutate(text, m), (articles[article] as { text: string }).text));
    fc.assert(fc.property(damaged, holds), { seed: SEED, numRuns: RUNS.articles });
  }, 120_000);
});

describe('determinism', () => {
  // The repository's own fixtures, so these run the same with or without ../shared.
  const articles = realArticles().filter((a) => a.file.startsWith(`${root}fixtures/`));

  it('has two fixtures to parse in turn', () => {
    expect(articles.length).toBeGreaterThanOrEqual(2);
  });

  it('gives the same JSON for an article whatever was parsed before it in the process', () => {
    const [a, b] = articles as unknown as [{ text: string }, { text: string }];
    const alone = JSON.stringify(parseArticle(b.text, { publishedAt: '2025-12-03' }));
    parseArticle(a.text, { publishedAt: '2025-12-03' });
    parseArticle(`${a.text}\n\n${b.text}`, { publishedAt: '2025-12-03' });
    expect(JSON.stringify(parseArticle(b.text, { publishedAt: '2025-12-03' }))).toBe(alone);
  });

  it('gives byte-identical JSON in a fresh process', () => {
    const { file, text } = articles[0] as { file: string; text: string };
    const fresh = execFileSync(process.execPath, ['--import', 'tsx', `${root}test/helpers/parse-file.ts`, file, '2025-12-03'], { encoding: 'utf8', cwd: root });
    expect(fresh).toBe(JSON.stringify(parseArticle(text, { publishedAt: '2025-12-03' })));
  }, 60_000);
});
