import { toViewHTML } from '../io/view-html.js';
import { UsageError } from './cli-errors.js';
import { emit, parseCommandArgs, readGraphFile, runCommand } from './command-kit.js';
import type { CliIO } from './types.js';
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
    await emit(io, html, values.output, `${graph.order} nodes, ${graph.size} edges`);
    return 0;
  });
}
