/**
 * `npm run eval [DIR...] [--json] [--verbose]`: parse every `NAME.txt` of the gold folders and score
 * the result against `NAME.gold.json` (shared/eval/GOLD-FORMAT.md).
 *
 * With no DIR, every folder under ../shared/eval (beside the repository) is scored. `--half tune|check` scores
 * one half of each folder as ../shared/tools/eval-halves splits it, `--half both` each half on its own; per-file
 * details (--verbose) are never shown for a check half, whose errors must not be read. A DIR that holds
 * no gold file itself stands for its sub-folders that do. Low scores are a measurement, not a
 * failure: the exit code is 0 unless the command was misused (2: bad option, missing folder, no
 * gold files) or a gold file is broken (1: invalid JSON or schema, missing .txt), since then the
 * numbers are not the whole measurement.
 *
 * @example
 * npm run eval -- ../shared/eval/dev --verbose
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { EventTypeTableSchema, GoldArticleSchema, type EventTypeTable, type GoldArticle } from './gold.js';
import { formatFileDetails, formatSummary } from './report.js';
import { emptyParsedArticle, scoreArticle, sumScores, type ArticleScore, type ScoreSummary } from './score.js';
import { ParsedArticleSchema, type ParsedArticle } from '../../src/schema/article.js';

type ParseArticle = (
  text: string,
  options?: { publishedAt?: string | null; title?: string | null; id?: string },
) => ParsedArticle | Promise<ParsedArticle>;

const USAGE = 'usage: npm run eval -- [DIR...] [--half tune|check|both] [--json] [--verbose]';
/** The shared table of event types, used when a folder (a half made by eval-halves, say) has none above it. */
const SHARED_EVENT_TYPES = 'shared/eval/event-types.json';
type Half = 'tune' | 'check';
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

class UsageError extends Error {}

interface FolderResult {
  folder: string;
  label: string;
  articles: ArticleScore[];
  summary: ScoreSummary;
  /** Per-file problems that are not parser errors: parser output off-schema, text changed. */
  warnings: string[];
  parseMs: number;
  half: Half | null;
}

function errorText(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}

function hasGold(dir: string): boolean {
  return readdirSync(dir).some((f) => f.endsWith('.gold.json'));
}

/** The folders to score: each DIR with gold files, or else its sub-folders that have them. */
function goldFolders(dirs: readonly string[]): string[] {
  const folders: string[] = [];
  for (const dir of dirs) {
    if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UsageError(`no such folder: ${dir}`);
    if (hasGold(dir)) {
      folders.push(dir);
      continue;
    }
    const subs = readdirSync(dir, { withFileTypes: true })
      .filter((d) => d.isDirectory() && hasGold(path.join(dir, d.name)))
      .map((d) => path.join(dir, d.name))
      .sort();
    if (subs.length === 0) throw new UsageError(`no *.gold.json in ${dir} or its sub-folders`);
    folders.push(...subs);
  }
  return folders;
}

/** `event-types.json` in the folder or the nearest folder above it, else the shared one beside the repository. */
function findEventTypes(folder: string): { file: string; table: EventTypeTable } | null {
  const read = (file: string) => ({ file, table: EventTypeTableSchema.parse(JSON.parse(readFileSync(file, 'utf8'))) });
  for (let dir = folder; ; dir = path.dirname(dir)) {
    const file = path.join(dir, 'event-types.json');
    if (existsSync(file)) return read(file);
    if (path.dirname(dir) === dir) break;
  }
  const shared = path.resolve(repoRoot, '..', SHARED_EVENT_TYPES);
  return existsSync(shared) ? read(shared) : null;
}

/**
 * The article names of one half of a folder, split as `../shared/tools/eval-halves` does: names in code-unit
 * order, the first half (with the middle one for an odd count) to tune on, the rest to check on.
 */
function halfOf(names: readonly string[], half: Half): string[] {
  const sorted = [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const cut = Math.ceil(sorted.length / 2);
  return half === 'tune' ? sorted.slice(0, cut) : sorted.slice(cut);
}

async function loadParser(): Promise<ParseArticle> {
  let mod: { parseArticle?: unknown };
  try {
    mod = (await import('../../src/index.js')) as { parseArticle?: unknown };
  } catch (error) {
    throw new Error(`cannot load src/index.ts: ${errorText(error)}`);
  }
  if (typeof mod.parseArticle !== 'function') throw new Error('src/index.ts does not export parseArticle');
  return mod.parseArticle as ParseArticle;
}

async function scoreFolder(
  folder: string,
  parse: ParseArticle,
  brokenGold: string[],
  half: Half | null,
): Promise<FolderResult> {
  const eventTypes = findEventTypes(folder);
  const warnings: string[] = [];
  if (!eventTypes) warnings.push('no event-types.json found above this folder: event types must be spelt alike');
  const articles: ArticleScore[] = [];
  let parseMs = 0;
  const all = readdirSync(folder)
    .filter((f) => f.endsWith('.gold.json'))
    .map((f) => f.slice(0, -'.gold.json'.length))
    .sort();
  const names = half ? halfOf(all, half) : all;
  for (const name of names) {
    const goldFile = path.join(folder, `${name}.gold.json`);
    const textFile = path.join(folder, `${name}.txt`);
    let gold: GoldArticle;
    try {
      const checked = GoldArticleSchema.safeParse(JSON.parse(readFileSync(goldFile, 'utf8')));
      if (!checked.success) {
        const issues = checked.error.issues.slice(0, 3).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
        brokenGold.push(`${goldFile}: ${issues.join('; ')}`);
        continue;
      }
      gold = checked.data;
    } catch (error) {
      brokenGold.push(`${goldFile}: ${errorText(error)}`);
      continue;
    }
    if (!existsSync(textFile)) {
      brokenGold.push(`${goldFile}: no ${name}.txt beside it`);
      continue;
    }
    const text = readFileSync(textFile, 'utf8');

    let parsed: ParsedArticle;
    let error: string | undefined;
    const started = performance.now();
    try {
      parsed = await parse(text, { publishedAt: gold.publishedAt ?? null, id: gold.id });
      const checked = ParsedArticleSchema.safeParse(parsed);
      if (!checked.success) {
        const issue = checked.error.issues[0];
        warnings.push(`${name}: parser output off-schema at ${issue?.path.join('.')}: ${issue?.message}`);
      } else if (checked.data.article.text !== text) {
        warnings.push(`${name}: parser changed article.text, so offsets may not point into the file`);
      }
    } catch (e) {
      error = errorText(e);
      parsed = emptyParsedArticle(text, gold.id, gold.publishedAt ?? null);
    }
    parseMs += performance.now() - started;

    let score: ArticleScore;
    try {
      score = scoreArticle(gold, parsed, { eventTypes: eventTypes?.table });
    } catch (e) {
      error = `scoring the parser output failed: ${errorText(e)}`;
      score = scoreArticle(gold, emptyParsedArticle(text, gold.id), { eventTypes: eventTypes?.table });
    }
    if (error !== undefined) score.error = error;
    articles.push(score);
  }
  const label = `${path.relative(process.cwd(), folder) || '.'}${half ? ` [${half} half]` : ''}`;
  return { folder, label, articles, summary: sumScores(articles), warnings, parseMs, half };
}

/** JSON output drops the per-item listings unless --verbose asked for them. */
function articleForJson(score: ArticleScore, verbose: boolean): unknown {
  if (verbose) return score;
  const categories = Object.fromEntries(
    Object.entries(score.categories).map(([c, s]) => [c, { tp: s.tp, fp: s.fp, fn: s.fn, unscored: s.unscored, agreements: s.agreements }]),
  );
  return { id: score.id, ...(score.error === undefined ? {} : { error: score.error }), categories };
}

async function main(argv: string[]): Promise<number> {
  const started = performance.now();
  let args: ReturnType<typeof parseCli>;
  try {
    args = parseCli(argv);
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  if (args.help) {
    console.log(USAGE);
    return 0;
  }
  let folders: string[];
  try {
    const dirs = args.dirs.length > 0 ? args.dirs.map((d) => path.resolve(d)) : [path.resolve(repoRoot, '../shared/eval')];
    folders = goldFolders(dirs);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`${error.message}\n${USAGE}`);
    return 2;
  }

  let parse: ParseArticle;
  try {
    parse = await loadParser();
  } catch (error) {
    console.error(`eval: ${errorText(error)}`);
    return 1;
  }

  const brokenGold: string[] = [];
  const results: FolderResult[] = [];
  const halves: (Half | null)[] = args.half === 'both' ? ['tune', 'check'] : [args.half];
  for (const folder of folders) for (const half of halves) {
    const result = await scoreFolder(folder, parse, brokenGold, half);
    if (half === 'check' && result.articles.length === 0) continue; // a one-file folder has only a tune half
    results.push(result);
    if (args.json) continue;
    // the check half is for aggregate scores only: reading its errors would tune the parser to it
    if (args.verbose && half === 'check') console.log('(check half: per-file details are not shown, by design)');
    else if (args.verbose) for (const a of result.articles) console.log(`${formatFileDetails(a)}\n`);
    console.log(formatSummary(result.label, result.summary));
    for (const a of result.articles) if (a.error !== undefined) console.log(`!! ${a.id}: parser failed: ${a.error}`);
    for (const w of result.warnings) console.log(`warning: ${w}`);
    console.log('');
  }

  const totalMs = performance.now() - started;
  const parseMs = results.reduce((sum, r) => sum + r.parseMs, 0);
  const fileCount = results.reduce((sum, r) => sum + r.articles.length, 0);
  for (const b of brokenGold) console.error(`broken gold file: ${b}`);
  if (args.json) {
    const out = {
      folders: results.map((r) => ({
        folder: r.label,
        summary: r.summary,
        warnings: r.warnings,
        parseMs: Math.round(r.parseMs),
        articles: r.articles.map((a) => articleForJson(a, args.verbose && r.half !== 'check')),
      })),
      brokenGold,
      files: fileCount,
      parseMs: Math.round(parseMs),
      totalMs: Math.round(totalMs),
    };
    console.log(JSON.stringify(out, null, 2));
  } else {
    console.log(
      `total: ${fileCount} file${fileCount === 1 ? '' : 's'} in ${results.length} folder${results.length === 1 ? '' : 's'} in ${(totalMs / 1000).toFixed(2)} s (parsing ${(parseMs / 1000).toFixed(2)} s)`,
    );
  }
  return brokenGold.length > 0 ? 1 : 0;
}

function parseCli(argv: string[]): { dirs: string[]; half: Half | 'both' | null; json: boolean; verbose: boolean; help: boolean } {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      half: { type: 'string' },
      json: { type: 'boolean', default: false },
      verbose: { type: 'boolean', short: 'v', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const half = values.half ?? null;
  if (half !== null && half !== 'tune' && half !== 'check' && half !== 'both') throw new UsageError(`--half must be tune, check or both, not "${half}"`);
  return { dirs: positionals, half, json: values.json === true, verbose: values.verbose === true, help: values.help === true };
}

process.exitCode = await main(process.argv.slice(2));
