import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { NewsgraphError } from '../errors.js';
import type { NewsGraph } from '../graph/news-graph.js';
import { fromJSON } from '../io/json.js';
import type { CliIO } from './types.js';
import { HINT, oneLine, RuntimeError, UsageError } from './cli-errors.js';
import { describeFsError } from './read-inputs.js';

/*
 * What the commands share: argument parsing, paths and standard input, reading a graph file, and the exit
 * statuses of `main` (2 for a usage error, 1 for a failure), kept here so each command lives in its own module.
 */

export function parseCommandArgs<O extends NonNullable<ParseArgsConfig['options']>>(argv: readonly string[], options: O) {
  return parseArgs({ args: [...argv], options: { help: { type: 'boolean', short: 'h' }, ...options }, allowPositionals: true, strict: true });
}

/** A node:util parseArgs error: a usage mistake, not a failure. */
export function isParseArgsError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_');
}

export function resolvePath(io: CliIO, path: string): string {
  return resolve(io.cwd ?? process.cwd(), path);
}

/** All of standard input (or the test's stand-in). */
export async function readStdin(io: CliIO): Promise<string> {
  if (io.readStdin) return io.readStdin();
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks).toString('utf8');
}

/** Reads and validates a graph written by `build` (or `-` for stdin); failures become `RuntimeError`s. */
export async function readGraphFile(path: string, io: CliIO): Promise<NewsGraph> {
  let text: string;
  try {
    text = path === '-' ? await readStdin(io) : await readFile(resolvePath(io, path), 'utf8');
  } catch (error) {
    throw new RuntimeError(`${path}: ${describeFsError(error)}`);
  }
  try {
    return fromJSON(text);
  } catch (error) {
    if (error instanceof NewsgraphError) throw new RuntimeError(`${path}: ${error.message}`);
    throw error;
  }
}

/** Runs a command body and turns its errors into `main`'s exit statuses and one-line messages. */
export async function runCommand(io: CliIO, body: () => Promise<number>): Promise<number> {
  try {
    return await body();
  } catch (error) {
    const message = oneLine(error instanceof Error ? error.message : String(error));
    if (error instanceof UsageError || isParseArgsError(error)) {
      io.stderr(`newsgraph: ${message}\n${HINT}\n`);
      return 2;
    }
    io.stderr(`newsgraph: ${message}\n`);
    return 1;
  }
}

/**
 * Prints `text` on stdout, or, with `-o path`, writes it there and reports `summary -> path` on stderr. Write
 * failures become `RuntimeError`s naming the path.
 */
export async function emit(io: CliIO, text: string, output: string | undefined, summary: string): Promise<void> {
  if (output === undefined) {
    io.stdout(text);
    return;
  }
  try {
    await writeFile(resolvePath(io, output), text);
  } catch (error) {
    throw new RuntimeError(`${output}: ${describeFsError(error)}`);
  }
  io.stderr(`newsgraph: ${summary} -> ${output}\n`);
}
