import type { ParseOptions } from '../parse.js';
import type { ParsedArticle } from '../schema/article.js';

// Shared by main.ts and every command file, so that no command imports main.ts (which imports the commands).

/** Where the CLI writes and reads; tests pass strings collectors instead of the process streams. */
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** All of standard input, for the `-` argument. Default: process.stdin. */
  readStdin?: () => Promise<string>;
  /** Directory relative paths are resolved against. Default: process.cwd(). */
  cwd?: string;
  /** True when stderr is a terminal: `build` then draws a progress bar there. */
  stderrIsTTY?: boolean;
  /** True when stdout is a terminal: `query` then prints a table instead of JSON. */
  stdoutIsTTY?: boolean;
  /** Width of the terminal stdout writes to, for tables. */
  columns?: number;
}

/** The parser the CLI calls; injectable so tests of the CLI do not depend on the parser's output. */
export type ParseArticleFn = (text: string, options?: ParseOptions) => ParsedArticle;

export interface CliDeps {
  parseArticle?: ParseArticleFn;
}
