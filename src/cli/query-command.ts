import { AmbiguousNameError } from '../errors.js';
import type { NewsGraph } from '../graph/news-graph.js';
import { claimsAbout } from '../query/claims-about.js';
import { claimsByActor } from '../query/claims-by-actor.js';
import { claimsOnDate } from '../query/claims-on-date.js';
import { disputedClaims } from '../query/disputed-claims.js';
import { eventsAtPlace } from '../query/events-at-place.js';
import { eventsByType } from '../query/events-by-type.js';
import { eventsInvolving } from '../query/events-involving.js';
import { eventsOnDate } from '../query/events-on-date.js';
import type { QueryFilter } from '../query/record-filter.js';
import { timeline } from '../query/timeline.js';
import type { EventType } from '../schema/event.js';
import { UsageError } from './cli-errors.js';
import { emit, parseCommandArgs, readGraphFile } from './command-kit.js';
import { formatResults, RESULT_FORMATS, type ResultFormat, type ResultKind } from './format-results.js';
import type { CliIO } from './types.js';
import { USAGE } from './usage.js';
import { openCliStore } from './store-options.js';
import type { NewsStore } from '../store/store.js';

/** The filters and flags a query passes to its helper. */
interface QueryOptions extends QueryFilter {
  within?: boolean;
  ambiguous?: 'all';
  records?: 'events' | 'claims';
}

type Flag = 'overlap' | 'within' | 'all' | 'type' | 'modality' | 'kind' | 'records' | 'date';

interface QuerySpec {
  arg: string | null;
  returns: ResultKind;
  /** Flags beyond the common ones (--article, --format, -o, --evidence). */
  flags: Flag[];
  run: (graph: NewsGraph, arg: string, options: QueryOptions) => unknown[];
  /** The same query on a PostgreSQL store (`--store`). */
  store: (store: NewsStore, arg: string, options: QueryOptions) => Promise<unknown[]>;
}

const CLAIM_FLAGS: Flag[] = ['date', 'kind'];
const EVENT_FLAGS: Flag[] = ['date', 'type', 'modality'];

export const QUERIES: Record<string, QuerySpec> = {
  'claims-by': {
    arg: 'an actor name or id', returns: 'claims', flags: [...CLAIM_FLAGS, 'all'],
    run: (g, a, o) => claimsByActor(g, a, o), store: (s, a, o) => s.claimsByActor(a, o),
  },
  'claims-about': {
    arg: 'a name or id', returns: 'claims', flags: [...CLAIM_FLAGS, 'all'],
    run: (g, a, o) => claimsAbout(g, a, o), store: (s, a, o) => s.claimsAbout(a, o),
  },
  'claims-on': {
    arg: 'a date such as 2025-12-02 or a range 2025-12-01..2025-12-03', returns: 'claims', flags: ['kind', 'overlap'],
    run: (g, a, o) => claimsOnDate(g, a, o), store: (s, a, o) => s.claimsOnDate(a, o),
  },
  disputed: { arg: null, returns: 'disputed', flags: CLAIM_FLAGS, run: (g, _a, o) => disputedClaims(g, o), store: (s, _a, o) => s.disputedClaims(o) },
  'events-on': {
    arg: 'a date such as 2025-12-02 or a range 2025-12-01..2025-12-03', returns: 'events', flags: ['type', 'modality', 'overlap'],
    run: (g, a, o) => eventsOnDate(g, a, o), store: (s, a, o) => s.eventsOnDate(a, o),
  },
  'events-at': {
    arg: 'a place name or id', returns: 'events', flags: [...EVENT_FLAGS, 'within', 'all'],
    run: (g, a, o) => eventsAtPlace(g, a, o), store: (s, a, o) => s.eventsAtPlace(a, o),
  },
  'events-by-type': {
    arg: 'an event type such as meeting', returns: 'events', flags: ['date', 'modality'],
    run: (g, a, o) => eventsByType(g, a as EventType, o), store: (s, a, o) => s.eventsByType(a as EventType, o),
  },
  'events-involving': {
    arg: 'an actor name or id', returns: 'events', flags: [...EVENT_FLAGS, 'all'],
    run: (g, a, o) => eventsInvolving(g, a, o), store: (s, a, o) => s.eventsInvolving(a, o),
  },
  timeline: {
    arg: null, returns: 'timeline', flags: ['date', 'type', 'modality', 'kind', 'records'],
    run: (g, _a, o) => timeline(g, o), store: (s, _a, o) => s.timeline(o),
  },
};

/** `--type attack,clash` and `--type attack --type clash` alike. */
function list(values: string[] | undefined): string[] | undefined {
  if (values === undefined) return undefined;
  return values.flatMap((v) => v.split(',')).map((v) => v.trim()).filter((v) => v !== '');
}

/**
 * `newsgraph query <graph.json|-> <query> [arg] [filters]`: runs one query helper and prints its answer as a table
 * (on a terminal), JSON (otherwise) or JSON lines. Returns the exit status.
 *
 * @example
 * await queryCommand(['graph.json', 'claims-by', 'Ushakov', '--kind', 'denial', '--format', 'table'], io);
 */
export async function queryCommand(argv: readonly string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {
    format: { type: 'string', short: 'f' },
    output: { type: 'string', short: 'o' },
    evidence: { type: 'boolean' },
    date: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    overlap: { type: 'boolean' },
    within: { type: 'boolean' },
    all: { type: 'boolean' },
    article: { type: 'string', multiple: true },
    type: { type: 'string', multiple: true },
    modality: { type: 'string', multiple: true },
    kind: { type: 'string', multiple: true },
    records: { type: 'string' },
    store: { type: 'string' },
  });
  if (values.help) {
    io.stdout(USAGE);
    return 0;
  }
  if (values.store === '') throw new UsageError('--store needs a PostgreSQL URL such as postgres://localhost/news');
  const fromStore = values.store !== undefined;
  // With --store there is no graph file: the query comes first.
  const [graphPath, name, ...words] = fromStore ? [undefined, ...positionals] : positionals;
  const names = Object.keys(QUERIES).join(', ');
  if (graphPath === undefined && !fromStore) throw new UsageError(`query needs a graph file (from build), or --store URL, and a query: ${names}`);
  if (name === undefined) throw new UsageError(`query needs a query${fromStore ? '' : ' after the graph file'}: ${names}`);
  const query = Object.hasOwn(QUERIES, name) ? QUERIES[name] : undefined;
  if (query === undefined) throw new UsageError(`unknown query '${name}' (expected one of ${names})`);
  // Unquoted names work: `claims-by Angela Merkel`.
  const arg = words.join(' ');
  if (query.arg !== null && arg.trim() === '') throw new UsageError(`${name} needs ${query.arg}`);
  if (query.arg === null && words.length > 0) throw new UsageError(`${name} takes no argument (got '${arg}')`);

  const format = chooseFormat(values.format, values.output, io);
  if (values.output === '') throw new UsageError('--output needs a file name');
  const options = queryOptions(name, query, values);
  const graph = fromStore ? null : await readGraphFile(graphPath as string, io);
  const store = fromStore ? await openCliStore(values.store as string) : null;
  let results: unknown[];
  let titles = new Map<string, string | null>();
  try {
    if (store !== null) {
      results = await query.store(store, arg, options);
      titles = await store.articleTitles(articleIdsIn(results));
    } else results = query.run(graph as NewsGraph, arg, options);
  } catch (error) {
    if (error instanceof AmbiguousNameError) {
      const listed = error.candidates.map((c) => `  ${c.key}  ${c.name} (${c.kind}, ${c.articles} article${c.articles === 1 ? '' : 's'})`).join('\n');
      throw new UsageError(`"${error.query}" fits ${error.candidates.length} records; query one by its key, or pass --all for all of them:\n${listed}`);
    }
    throw error;
  } finally {
    await store?.close();
  }
  const text = formatResults(results, query.returns, format, {
    width: values.output === undefined && io.stdoutIsTTY ? io.columns : undefined,
    evidence: values.evidence === true,
    articleTitle: (id) => {
      if (graph === null) return titles.get(id) ?? null;
      const key = id.startsWith('article:') ? id : `article:${id}`;
      const node = graph.hasNode(key) ? graph.getNodeAttributes(key) : undefined;
      return node?.nodeType === 'article' ? node.title : null;
    },
  });
  await emit(io, text, values.output, `${results.length} result${results.length === 1 ? '' : 's'}`);
  return 0;
}

/** Every `articleId` in query results (records, disputed pairs, timeline entries), for the table's article titles. */
function articleIdsIn(results: unknown[]): string[] {
  const ids = new Set<string>();
  const visit = (value: unknown): void => {
    if (typeof value !== 'object' || value === null) return;
    if (Array.isArray(value)) {
      value.forEach(visit);
      return;
    }
    const record = value as Record<string, unknown>;
    if (typeof record.articleId === 'string') ids.add(record.articleId);
    for (const key of ['claim', 'disputedBy', 'record']) if (key in record) visit(record[key]);
  };
  visit(results);
  return [...ids];
}

/** --format, else the output file's extension, else a table on a terminal and JSON anywhere else. */
function chooseFormat(format: string | undefined, output: string | undefined, io: CliIO): ResultFormat {
  if (format !== undefined) {
    if (!(RESULT_FORMATS as readonly string[]).includes(format)) throw new UsageError(`unknown --format '${format}' (expected ${RESULT_FORMATS.join(', ')})`);
    return format as ResultFormat;
  }
  if (output !== undefined) return output.endsWith('.jsonl') ? 'jsonl' : output.endsWith('.txt') ? 'table' : 'json';
  return io.stdoutIsTTY ? 'table' : 'json';
}

type Values = Record<string, string | boolean | string[] | undefined>;

function queryOptions(name: string, query: QuerySpec, values: Values): QueryOptions {
  const given = (flag: Flag): boolean => {
    const v = flag === 'date' ? (values.date ?? values.from ?? values.to) : values[flag];
    return v !== undefined && v !== false;
  };
  for (const flag of ['date', 'overlap', 'within', 'all', 'type', 'modality', 'kind', 'records'] as const) {
    if (given(flag) && !query.flags.includes(flag)) {
      const shown = flag === 'date' ? (values.date !== undefined ? '--date' : values.from !== undefined ? '--from' : '--to') : `--${flag}`;
      throw new UsageError(`${shown} does not apply to ${name}`);
    }
  }
  const options: QueryOptions = {};
  if (values.date !== undefined && (values.from !== undefined || values.to !== undefined)) throw new UsageError('give --date or --from/--to, not both');
  if (values.date !== undefined) options.date = values.date as string;
  else if (values.from !== undefined || values.to !== undefined) {
    if (values.from === undefined || values.to === undefined) throw new UsageError('--from and --to go together (or use --date for one day, month or range)');
    options.date = { from: values.from as string, to: values.to as string };
  }
  if (values.overlap === true) {
    if (query.flags.includes('date') && options.date === undefined) throw new UsageError(`--overlap applies to a date: pass --date or --from/--to`);
    options.overlap = true;
  }
  if (values.within === true) options.within = true;
  if (values.all === true) options.ambiguous = 'all';
  const articles = list(values.article as string[] | undefined);
  if (articles !== undefined) options.articleIds = articles;
  const type = list(values.type as string[] | undefined);
  if (type !== undefined) options.type = type as QueryFilter['type'];
  const modality = list(values.modality as string[] | undefined);
  if (modality !== undefined) options.modality = modality as QueryFilter['modality'];
  const kind = list(values.kind as string[] | undefined);
  if (kind !== undefined) options.kind = kind as QueryFilter['kind'];
  if (values.records !== undefined) {
    if (values.records !== 'events' && values.records !== 'claims') throw new UsageError(`--records takes events or claims (got '${values.records}')`);
    options.records = values.records;
  }
  return options;
}
