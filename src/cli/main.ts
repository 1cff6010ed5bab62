import { realpathSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import pkg from '../../package.json' with { type: 'json' };
import { InvalidInputError, InvalidOptionsError } from '../errors.js';
import type { ParseOptions } from '../parse.js';
import { buildCommand } from './build-command.js';
import { HINT, oneLine, RuntimeError, UsageError } from './cli-errors.js';
import { emit, isParseArgsError, parseCommandArgs, readStdin, resolvePath } from './command-kit.js';
import { exportCommand } from './export-command.js';
import { queryCommand } from './query-command.js';
import { describeFsError } from './read-inputs.js';
import { viewCommand } from './view-command.js';
import { USAGE } from './usage.js';
import type { CliDeps, CliIO, ParseArticleFn } from './types.js';

export type { CliDeps, CliIO, ParseArticleFn } from './types.js';



/**
 * Runs the newsgraph command line with `argv` (without the node and script paths) and returns the exit status:
 * 0 on success, 1 when something failed at run time, 2 on a usage error.
 *
 * @example
 * const out: string[] = [];
 * const code = await main(['query', 'graph.json', 'claims-by', 'Varga'], {
 *   stdout: (s) => out.push(s),
 *   stderr: (s) => process.stderr.write(s),
 * });
 */
export async function main(argv: readonly string[], io: CliIO, deps: CliDeps = {}): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case undefined:
        throw new UsageError('missing command (parse, build, query, export or view)');
      case '-h':
      case '--help':
      case 'help':
        io.stdout(USAGE);
        return 0;
      case '-V':
      case '--version':
        io.stdout(`${pkg.version}\n`);
        return 0;
      case 'parse':
        return await parseCommand(rest, io, deps);
      case 'build':
        return await buildCommand(rest, io, deps);
      case 'query':
        return await queryCommand(rest, io);
      case 'export':
        return await exportCommand(rest, io);
      case 'view':
        return await viewCommand(rest, io);
      default:
        throw new UsageError(
          command.startsWith('-') ? `unknown option '${command}'` : `unknown command '${command}' (expected parse, build, query, export or view)`,
        );
    }
  } catch (error) {
    if (error instanceof UsageError || isParseArgsError(error) || error instanceof InvalidInputError || error instanceof InvalidOptionsError) {
      io.stderr(`newsgraph: ${oneLine((error as Error).message)}\n${HINT}\n`);
      return 2;
    }
    io.stderr(`newsgraph: ${oneLine(error instanceof Error ? error.message : String(error))}\n`);
    return 1;
  }
}

async function loadParser(deps: CliDeps): Promise<ParseArticleFn> {
  if (deps.parseArticle) return deps.parseArticle;
  // Loaded on demand: the parser pulls in compromise and gazetteers, which `query` never needs.
  const { parseArticle } = await import('../parse.js');
  return parseArticle;
}

async function readText(path: string, io: CliIO): Promise<string> {
  if (path === '-') return readStdin(io);
  try {
    return await readFile(resolvePath(io, path), 'utf8');
  } catch (error) {
    throw new RuntimeError(`${path}: ${describeFsError(error)}`);
  }
}

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

async function parseCommand(argv: readonly string[], io: CliIO, deps: CliDeps): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {
    published: { type: 'string' },
    title: { type: 'string' },
    id: { type: 'string' },
    url: { type: 'string' },
    source: { type: 'string' },
    output: { type: 'string', short: 'o' },
  });
  if (values.help) {
    io.stdout(USAGE);
    return 0;
  }
  if (values.output === '') throw new UsageError('--output needs a file name');
  if (positionals.length !== 1) {
    throw new UsageError(positionals.length === 0 ? 'parse needs an article file, or - for stdin' : 'parse reads one article; use build for several');
  }
  const text = (await readText(positionals[0] as string, io)).replace(/^\uFEFF/, '');
  const parseArticle = await loadParser(deps);
  const options: ParseOptions = {};
  if (values.published !== undefined) options.publishedAt = values.published;
  if (values.title !== undefined) options.title = values.title;
  if (values.id !== undefined) options.id = values.id;
  if (values.url !== undefined) options.url = values.url;
  if (values.source !== undefined) options.source = values.source;
  await emit(io, json(parseArticle(text, options)), values.output, 'parsed article');
  return 0;
}

/** True when this file is the program node was started with (directly, via tsx, or as the bundled bin). */
function isEntryPoint(): boolean {
  const script = process.argv[1];
  if (script === undefined) return false;
  try {
    return realpathSync(script) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    // `newsgraph query ... | head` closes the pipe early; that is not a failure.
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  main(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    stderrIsTTY: process.stderr.isTTY === true,
    stdoutIsTTY: process.stdout.isTTY === true,
    columns: process.stdout.columns,
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`newsgraph: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
