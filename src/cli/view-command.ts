import { writeFile } from 'node:fs/promises';
import { toViewHTML } from '../io/view-html.js';
import { RuntimeError, UsageError } from './cli-errors.js';
import { parseCommandArgs, readGraphFile, resolvePath, runCommand } from './command-kit.js';
import type { CliIO } from './types.js';
import { describeFsError } from './read-inputs.js';
import { USAGE } from './usage.js';

/**
 * `newsgraph view <graph.json|-> [-o graph.html] [--title text]`: the self-contained graph page, written to the
 * file or to stdout. Returns the exit status.
 *
 * @example
 * await viewCommand(['graph.json', '-o', 'graph.html'], io);
 */
export function viewCommand(argv: readonly string[], io: CliIO): Promise<number> {
  return runCommand(io, async () => {
    const { values, positionals } = parseCommandArgs(argv, {
      output: { type: 'string', short: 'o' },
      title: { type: 'string' },
    });
    if (values.help) {
      io.stdout(USAGE);
      return 0;
    }
    if (positionals.length !== 1) {
      throw new UsageError(positionals.length === 0 ? 'view needs a graph file (from build), or - for stdin' : 'view reads one graph file');
    }
    if (values.output === '') throw new UsageError('--output needs a file name');
    const graph = await readGraphFile(positionals[0] as string, io);
    const html = await toViewHTML(graph, values.title !== undefined ? { title: values.title } : {});
    if (values.output === undefined) {
      io.stdout(html);
      return 0;
    }
    try {
      await writeFile(resolvePath(io, values.output), html);
    } catch (error) {
      throw new RuntimeError(`${values.output}: ${describeFsError(error)}`);
    }
    io.stderr(`newsgraph: ${graph.order} nodes, ${graph.size} edges -> ${values.output}\n`);
    return 0;
  });
}
