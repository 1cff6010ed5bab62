import { createWriteStream, type WriteStream } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { addArticle } from '../graph/add-article.js';
import { createGraph } from '../graph/news-graph.js';
import { toJSON } from '../io/json.js';
import type { ParsedArticle } from '../schema/article.js';
import { oneLine, RuntimeError, UsageError } from './cli-errors.js';
import { parseCommandArgs, readStdin } from './command-kit.js';
import type { CliDeps, CliIO, ParseArticleFn } from './types.js';
import { applyDates, readDatesFile } from './article-dates.js';
import { Progress } from './progress.js';
import { describeFsError, readInputs, type ArticleInput } from './read-inputs.js';
import { openCliStore } from './store-options.js';
import type { AddArticlesResult } from '../store/store.js';
import { recordOptions } from './record-options.js';
import { USAGE } from './usage.js';
import { inOrder, ParsePool } from './workers.js';

/** What a build did, as the summary line reports it. */
export interface BuildSummary {
  articles: number;
  actors: number;
  places: number;
  events: number;
  claims: number;
  errors: number;
  seconds: number;
}

/**
 * `newsgraph build`: reads article inputs, parses them (on the main thread and worker processes with --workers > 1), merges them into
 * one graph in input order, and writes the graph JSON. Output never depends on the number of workers: articles
 * are added in input order whichever worker finishes first. A bad article is reported and skipped.
 */
export async function buildCommand(argv: readonly string[], io: CliIO, deps: CliDeps): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {
    published: { type: 'string' },
    output: { type: 'string', short: 'o' },
    jsonl: { type: 'string' },
    workers: { type: 'string', short: 'w' },
    dates: { type: 'string' },
    'date-from-name': { type: 'boolean' },
    store: { type: 'string' },
    batch: { type: 'string' },
  });
  if (values.help) {
    io.stdout(USAGE);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError('build needs at least one input: .txt, .json, .jsonl files, directories or -');
  if (values.output === '') throw new UsageError('--output needs a file name');
  if (values.jsonl === '') throw new UsageError('--jsonl needs a file name');
  const workers = values.workers === undefined ? availableParallelism() : Number(values.workers);
  if (!Number.isInteger(workers) || workers < 1) throw new UsageError(`--workers needs a whole number of 1 or more (got '${values.workers}')`);
  if (values.store === '') throw new UsageError('--store needs a PostgreSQL URL such as postgres://localhost/news');
  if (values.store !== undefined && values.output !== undefined) throw new UsageError('--store writes to the database; leave out --output');
  if (values.batch !== undefined && values.store === undefined) throw new UsageError('--batch applies to --store only');
  const batchSize = values.batch === undefined ? 200 : Number(values.batch);
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new UsageError(`--batch needs a whole number of 1 or more (got '${values.batch}')`);

  const started = performance.now();
  const cwd = io.cwd ?? process.cwd();
  const { articles, problems } = await readInputs(positionals, { cwd, readStdin: () => readStdin(io) });
  for (const problem of problems) io.stderr(`newsgraph: skipped ${problem.where}: ${oneLine(problem.message)}\n`);
  if (values.dates === '') throw new UsageError('--dates needs a file name');
  const dates = values.dates === undefined ? null : await readDatesFile(values.dates, cwd);
  const warnings = applyDates(articles, { dates, fromName: values['date-from-name'] === true, cwd, published: values.published });
  for (const warning of warnings) io.stderr(`newsgraph: warning: ${warning}\n`);

  // The store is opened before parsing starts, so a wrong URL fails at once rather than after the parse.
  // A build is rerun after any failure and skips what is stored, so a batch need not wait for the disk (see `durable`).
  const store = values.store === undefined ? null : await openCliStore(values.store, { durable: false });
  const jsonl = values.jsonl === undefined ? null : await openJsonl(resolve(cwd, values.jsonl), values.jsonl);
  const graph = createGraph();
  const progress = new Progress(articles.length, io.stderr, io.stderrIsTTY === true);
  let added = 0;
  let stored = 0;
  let failed = problems.length;
  const report = (line: string): void => {
    progress.finish();
    io.stderr(`${line}\n`);
  };
  const accepted = async (input: ArticleInput, parsed: ParsedArticle, dangling: number): Promise<void> => {
    if (jsonl !== null) await writeLine(jsonl, `${JSON.stringify(parsed)}\n`);
    added++;
    if (dangling > 0) report(`newsgraph: warning: ${input.where}: ${dangling} link(s) to records missing from the article left out`);
  };
  let pending: { input: ArticleInput; parsed: ParsedArticle }[] = [];
  const reportBatch = async (batch: typeof pending, result: AddArticlesResult): Promise<void> => {
    for (const [i, outcome] of result.outcomes.entries()) {
      const { input, parsed } = batch[i] as { input: ArticleInput; parsed: ParsedArticle };
      if (outcome.status === 'added') await accepted(input, parsed, outcome.dangling.length);
      else if (outcome.status === 'skipped') {
        stored++;
        report(`newsgraph: skipped ${input.where}: article ${JSON.stringify(outcome.articleId)} is ${outcome.reason === 'already in the store' ? 'already in the store' : 'repeated in the inputs'}`);
      } else {
        failed++;
        report(`newsgraph: skipped ${input.where}: ${oneLine(outcome.error)}`);
      }
    }
  };
  // One batch is written while the next is parsed and checked: a batch goes to the store as soon as it is full,
  // and the previous one (written first, the store keeps call order) is awaited and reported then.
  let inFlight: Promise<void> | null = null;
  const flush = async (): Promise<void> => {
    if (store === null || pending.length === 0) return;
    const batch = pending;
    pending = [];
    const written = store.addArticles(batch.map((b) => b.parsed));
    written.catch(() => {}); // observed below, once the batch before it is reported
    const before = inFlight;
    inFlight = null;
    if (before !== null) await before;
    inFlight = written.then((result) => reportBatch(batch, result));
    inFlight.catch(() => {}); // observed by the next flush or the last drain
  };
  const drain = async (): Promise<void> => {
    await flush();
    const last = inFlight;
    inFlight = null;
    if (last !== null) await last;
  };
  const parser = await makeParser(articles, workers, values.published, deps);
  try {
    for await (const [input, outcome] of inOrder(articles, parser.parse, parser.window)) {
      progress.tick();
      if (outcome.status === 'rejected') {
        failed++;
        report(`newsgraph: skipped ${input.where}: ${oneLine(errorMessage(outcome.reason))}`);
        continue;
      }
      if (store !== null) {
        pending.push({ input, parsed: outcome.value });
        if (pending.length >= batchSize) await flush();
        continue;
      }
      try {
        const result = addArticle(graph, outcome.value);
        if (!result.added) {
          report(`newsgraph: skipped ${input.where}: article ${JSON.stringify(outcome.value.article.id)} is already in the graph`);
          continue;
        }
        await accepted(input, outcome.value, result.dangling.length);
      } catch (error) {
        failed++;
        report(`newsgraph: skipped ${input.where}: ${oneLine(errorMessage(error))}`);
      }
    }
    await drain();
  } finally {
    progress.finish();
    await parser.close();
    if (jsonl !== null) await closeStream(jsonl);
  }
  if (store !== null) {
    try {
      const counts = await store.counts();
      const summary: BuildSummary = { ...counts, articles: added, errors: failed, seconds: (performance.now() - started) / 1000 };
      // Actors, places, events and claims are the store's totals: added articles merge into what it held.
      io.stderr(`${formatSummary(summary)}${stored > 0 ? `, ${stored} already stored` : ''} -> store ${store.schema} (${counts.articles} articles in all)\n`);
    } finally {
      await store.close();
    }
    if (added === 0 && stored === 0) throw new RuntimeError(failed > 0 ? 'no article could be read; nothing was stored' : 'the inputs hold no articles');
    return 0;
  }
  if (added === 0) {
    throw new RuntimeError(failed > 0 ? 'no article could be read; nothing was built' : 'the inputs hold no articles');
  }

  const text = `${JSON.stringify(toJSON(graph), null, 2)}\n`;
  if (values.output !== undefined) {
    try {
      await writeFile(resolve(cwd, values.output), text);
    } catch (error) {
      throw new RuntimeError(`${values.output}: ${describeFsError(error)}`);
    }
  } else {
    io.stdout(text);
  }
  const count = (type: string): number => graph.filterNodes((_k, a) => a.nodeType === type).length;
  const summary: BuildSummary = {
    articles: added, actors: count('actor'), places: count('place'), events: count('event'), claims: count('claim'),
    errors: failed, seconds: (performance.now() - started) / 1000,
  };
  io.stderr(`${formatSummary(summary)}${values.output !== undefined ? ` -> ${values.output}` : ''}\n`);
  return 0;
}

/** `newsgraph: 120 articles, 340 actors, 80 places, 500 events, 610 claims, 2 errors in 14.2s` */
export function formatSummary(s: BuildSummary): string {
  const n = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;
  return `newsgraph: ${n(s.articles, 'article')}, ${n(s.actors, 'actor')}, ${n(s.places, 'place')}, ${n(s.events, 'event')}, ` +
    `${n(s.claims, 'claim')}, ${n(s.errors, 'error')} in ${s.seconds.toFixed(1)}s`;
}

interface Parser {
  parse: (input: ArticleInput) => Promise<ParsedArticle>;
  window: number;
  close: () => Promise<void>;
}

async function makeParser(articles: readonly ArticleInput[], workers: number, published: string | undefined, deps: CliDeps): Promise<Parser> {
  const records = articles.filter((a) => a.kind === 'record').length;
  const threads = Math.min(workers, records);
  // An injected parser (tests) cannot cross into a worker; one article is not worth starting one.
  if (deps.parseArticle !== undefined || threads <= 1) {
    const parseArticle: ParseArticleFn | undefined = records > 0 ? (deps.parseArticle ?? (await import('../parse.js')).parseArticle) : undefined;
    return {
      parse: async (input) => (input.kind === 'parsed' ? input.parsed : (parseArticle as ParseArticleFn)(input.record.text, recordOptions(input.record, published))),
      window: 1,
      close: async () => {},
    };
  }
  // The main thread is one of the `threads` parsers: it parses between adding articles to the graph, so
  // --workers 2 starts one worker process (see ParsePool).
  const { parseArticle } = await import('../parse.js');
  const pool = new ParsePool(threads - 1, { local: (record, day) => parseArticle(record.text, recordOptions(record, day)) });
  return {
    parse: (input) => (input.kind === 'parsed' ? Promise.resolve(input.parsed) : pool.parse(input.record, published)),
    // Enough started that no parser waits for the next article, few enough to bound memory on huge inputs.
    window: threads * 6,
    close: () => pool.close(),
  };
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function openJsonl(path: string, name: string): Promise<WriteStream> {
  const stream = createWriteStream(path);
  await new Promise<void>((ok, fail) => {
    stream.once('open', () => ok());
    stream.once('error', (error) => fail(new RuntimeError(`${name}: ${describeFsError(error)}`)));
  });
  return stream;
}

async function writeLine(stream: WriteStream, line: string): Promise<void> {
  if (!stream.write(line)) await new Promise<void>((ok) => stream.once('drain', () => ok()));
}

function closeStream(stream: WriteStream): Promise<void> {
  return new Promise((ok, fail) => stream.end((error?: Error | null) => (error ? fail(error) : ok())));
}
