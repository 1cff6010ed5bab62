import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { toGEXF } from '../io/gexf.js';
import { toNeo4j } from '../io/neo4j.js';
import { toJSON } from '../io/json.js';
import { InvalidOptionsError } from '../errors.js';
import type { NewsGraph } from '../graph/news-graph.js';
import type { SliceFilter } from '../store/store.js';
import { openCliStore } from './store-options.js';
import { describeFsError } from './read-inputs.js';
import { RuntimeError, UsageError } from './cli-errors.js';
import { parseCommandArgs, readGraphFile, resolvePath, runCommand } from './command-kit.js';
import type { CliIO } from './types.js';
import { USAGE } from './usage.js';

const TARGETS = ['gexf', 'neo4j'] as const;

/**
 * `newsgraph export <graph.json|-> --to gexf [-o out.gexf]` (stdout without a file) and
 * `newsgraph export <graph.json|-> --to neo4j -o <out-dir>` (CSV files for neo4j-admin, graph.cypher, import.sh).
 * The output may also follow the graph file without -o.
 * Returns the exit status.
 *
 * @example
 * await exportCommand(['graph.json', '--to', 'neo4j', 'neo4j-import'], io);
 */
export function exportCommand(argv: readonly string[], io: CliIO): Promise<number> {
  return runCommand(io, async () => {
    const { values, positionals } = parseCommandArgs(argv, {
      to: { type: 'string' },
      output: { type: 'string', short: 'o' },
      store: { type: 'string' },
      from: { type: 'string' },
      article: { type: 'string', multiple: true },
      actor: { type: 'string' },
      place: { type: 'string' },
    });
    if (values.help) {
      io.stdout(USAGE);
      return 0;
    }
    if (values.store !== undefined) return exportSlice(values, positionals, io);
    for (const option of ['from', 'article', 'actor', 'place'] as const) {
      if (values[option] !== undefined) throw new UsageError(`--${option} applies to export --store only`);
    }
    const [graphPath, positionalOut, ...extra] = positionals;
    if (values.output === '') throw new UsageError('--output needs a file or folder name');
    if (values.output !== undefined && positionalOut !== undefined) {
      throw new UsageError(`export takes its output once: -o ${values.output} or '${positionalOut}', not both`);
    }
    // `-o out` like every other command, or the output after the graph file as before.
    const out = values.output ?? positionalOut;
    if (graphPath === undefined) throw new UsageError('export needs a graph file (from build), or - for stdin');
    const target = values.to;
    if (target === undefined) throw new UsageError(`export needs --to ${TARGETS.join(' or ')}`);
    if (!(TARGETS as readonly string[]).includes(target)) throw new UsageError(`unknown export format '${target}' (expected ${TARGETS.join(' or ')})`);
    if (extra.length > 0) throw new UsageError(`export takes one output after the graph file (got '${extra.join(' ')}')`);
    if (target === 'neo4j' && out === undefined) throw new UsageError('export --to neo4j needs an output folder');

    const graph = await readGraphFile(graphPath, io);
    if (target === 'gexf') {
      const text = toGEXF(graph);
      if (out === undefined) {
        io.stdout(text);
        return 0;
      }
      await write(resolvePath(io, out), text, out);
      io.stderr(`newsgraph: ${graph.order} nodes, ${graph.size} edges -> ${out}\n`);
      return 0;
    }

    const dir = resolvePath(io, out as string);
    try {
      await mkdir(dir, { recursive: true });
    } catch (error) {
      throw new RuntimeError(`${out}: ${describeFsError(error)}`);
    }
    const { files, importCommand } = toNeo4j(graph);
    for (const file of files) await write(join(dir, file.name), file.content, join(out as string, file.name), file.executable ? 0o755 : 0o644);
    io.stderr(
      `newsgraph: ${graph.order} nodes, ${graph.size} relationships -> ${out}/ (${files.map((f) => f.name).join(', ')})\n` +
        `Import into a stopped Neo4j 5 database, from ${out}/:\n  ${importCommand.replace(/\n/g, '\n  ')}\n` +
        `or, into a running server: cypher-shell -f ${join(out as string, 'graph.cypher')}\n`,
    );
    return 0;
  });
}

/**
 * `newsgraph export --store URL [--from DATE] [--to DATE] [--article ID]... [--actor NAME] [--place NAME] [-o slice.json]`:
 * the graph JSON of the articles selected (see `SliceFilter`), the whole store without a condition. With --store,
 * --to is the last publication date; convert the slice with `export slice.json --to gexf` and friends.
 */
async function exportSlice(
  values: { store?: string; from?: string; to?: string; output?: string; article?: string[]; actor?: string; place?: string },
  positionals: string[],
  io: CliIO,
): Promise<number> {
  if (values.store === '') throw new UsageError('--store needs a PostgreSQL URL such as postgres://localhost/news');
  if (positionals.length > 0) throw new UsageError(`export --store takes no graph file (got '${positionals.join(' ')}'); write the slice with -o FILE`);
  if (values.output === '') throw new UsageError('--output needs a file name');
  const filter: SliceFilter = {};
  if (values.from !== undefined) filter.from = values.from;
  if (values.to !== undefined) filter.to = values.to;
  if (values.article !== undefined) filter.articleIds = values.article;
  if (values.actor !== undefined) filter.actor = values.actor;
  if (values.place !== undefined) filter.place = values.place;
  const store = await openCliStore(values.store as string);
  let graph: NewsGraph;
  try {
    graph = await store.loadGraph(filter);
  } catch (error) {
    if (error instanceof InvalidOptionsError) throw new UsageError(error.message.replace(/^loadGraph: /, ''));
    throw error;
  } finally {
    await store.close();
  }
  const text = `${JSON.stringify(toJSON(graph), null, 2)}\n`;
  if (values.output === undefined) {
    io.stdout(text);
    return 0;
  }
  await write(resolvePath(io, values.output), text, values.output);
  const articles = graph.filterNodes((_k, a) => a.nodeType === 'article').length;
  io.stderr(`newsgraph: ${articles} article${articles === 1 ? '' : 's'}, ${graph.order} nodes, ${graph.size} edges -> ${values.output}\n`);
  return 0;
}

async function write(path: string, text: string, shown: string, mode = 0o644): Promise<void> {
  try {
    await writeFile(path, text, { mode });
    // writeFile's mode only applies to a new file; a script written over an old one must still be executable.
    if (mode & 0o111) await chmod(path, mode);
  } catch (error) {
    throw new RuntimeError(`${shown}: ${describeFsError(error)}`);
  }
}
