import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { toGEXF } from '../io/gexf.js';
import { toNeo4j } from '../io/neo4j.js';
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
    const { values, positionals } = parseCommandArgs(argv, { to: { type: 'string' }, output: { type: 'string', short: 'o' } });
    if (values.help) {
      io.stdout(USAGE);
      return 0;
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

async function write(path: string, text: string, shown: string, mode = 0o644): Promise<void> {
  try {
    await writeFile(path, text, { mode });
    // writeFile's mode only applies to a new file; a script written over an old one must still be executable.
    if (mode & 0o111) await chmod(path, mode);
  } catch (error) {
    throw new RuntimeError(`${shown}: ${describeFsError(error)}`);
  }
}
