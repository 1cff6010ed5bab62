import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { format } from 'node:util';

/*
 * Runs the code blocks of a Markdown guide so that what it shows stays true. Shared by test/readme.test.ts and
 * scripts/readme-outputs.ts (which rewrites the output blocks after a deliberate change).
 *
 * Conventions of the guide:
 * - ```ts blocks are whole scripts; `from 'newsgraph'` is the package. They run from the repository folder.
 * - ```sh blocks run `npx newsgraph ...` lines through the CLI, all in one scratch folder holding a copy of
 *   fixtures/, so a later block can read what an earlier one wrote; `npm test`, `npm run <script>` and
 *   `npx tsx <file>` lines are checked to exist (CI runs them). Any other command fails the test unless the block
 *   is marked ```sh no-run.
 * - a ```text output block right after a ts or sh block (prose between them allowed) is what that block prints.
 * - ```json blocks must parse.
 */

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface Block {
  /** 1-based line of the opening fence. */
  line: number;
  lang: string;
  /** Words after the language in the info string, e.g. ['output'] or ['no-run']. */
  flags: string[];
  code: string;
  /** The ```text output block that follows, if any. */
  output?: Block;
}

/** The fenced blocks of a Markdown text, each ts/sh block paired with the output block after it. */
export function readBlocks(markdown: string): Block[] {
  const blocks: Block[] = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(\S*)\s*(.*)$/.exec(lines[i] as string);
    if (open === null) continue;
    const start = i;
    const body: string[] = [];
    for (i++; i < lines.length && !/^```\s*$/.test(lines[i] as string); i++) {
      // A fence with a language inside a block means the block above it was never closed.
      if (/^```\S/.test(lines[i] as string)) throw new Error(`the block opened at line ${start + 1} is not closed before line ${i + 1}`);
      body.push(lines[i] as string);
    }
    if (i >= lines.length) throw new Error(`the block opened at line ${start + 1} is never closed`);
    blocks.push({ line: start + 1, lang: open[1] ?? '', flags: (open[2] ?? '').split(/\s+/).filter(Boolean), code: body.join('\n') });
  }
  const paired: Block[] = [];
  for (const block of blocks) {
    const previous = paired[paired.length - 1];
    if (block.lang === 'text' && block.flags.includes('output') && previous !== undefined && previous.output === undefined) {
      previous.output = block;
    } else {
      paired.push(block);
    }
  }
  return paired;
}

/** Runs a ts block as a module with `newsgraph` mapped to src/, returning what it printed with console.log. */
export async function runScriptBlock(block: Block, name: string): Promise<string> {
  const dir = join(ROOT, 'out', 'readme-blocks');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${name}-${block.line}.ts`);
  const entry = pathToFileURL(join(ROOT, 'src', 'index.ts')).href;
  writeFileSync(file, block.code.replace(/from 'newsgraph'/g, `from '${entry}'`));
  const printed: string[] = [];
  const original = console.log;
  console.log = (...args: unknown[]) => {
    printed.push(format(...args));
  };
  try {
    await import(`${pathToFileURL(file).href}?t=${Date.now()}`);
  } finally {
    console.log = original;
  }
  return printed.length === 0 ? '' : `${printed.join('\n')}\n`;
}

/** A scratch folder for the sh blocks of one guide, with a copy of fixtures/. */
export function shellFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-readme-'));
  cpSync(join(ROOT, 'fixtures'), join(dir, 'fixtures'), { recursive: true });
  return dir;
}

/** Splits a command line into words: quotes group, `#` after whitespace starts a comment. */
export function words(line: string): string[] {
  const out: string[] = [];
  let current: string | null = null;
  let quote: string | null = null;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i] as string;
    if (quote !== null) {
      if (ch === quote) quote = null;
      else current += ch;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      current ??= '';
    } else if (/\s/.test(ch)) {
      if (current !== null) out.push(current);
      current = null;
    } else if (ch === '#' && current === null) {
      break;
    } else {
      current = (current ?? '') + ch;
    }
  }
  if (current !== null) out.push(current);
  return out;
}

/** The command lines of a sh block: comments dropped, `\` continuations joined, `&&` split. */
export function commands(code: string): string[][] {
  const joined = code.replace(/\\\n/g, ' ');
  const out: string[][] = [];
  for (const line of joined.split('\n')) {
    let command: string[] = [];
    for (const word of words(line)) {
      if (word === '&&') {
        out.push(command);
        command = [];
      } else command.push(word);
    }
    if (command.length > 0) out.push(command);
  }
  return out;
}

export type CliMain = (argv: string[], io: { stdout: (s: string) => void; stderr: (s: string) => void; cwd: string }) => Promise<number>;

/**
 * Runs a sh block in `cwd`: newsgraph commands through `main`, npm and tsx lines checked. Returns stdout, or
 * throws with the command and its stderr when a command fails or is not one the guide may use.
 */
export async function runShellBlock(block: Block, cwd: string, main: CliMain): Promise<string> {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  let stdout = '';
  for (const command of commands(block.code)) {
    const [tool, ...args] = command;
    const shown = command.join(' ');
    if (tool === 'npm') {
      const [verb, script] = args;
      if (verb === 'install' || verb === 'ci' || verb === 'test') continue;
      if (verb === 'run' && script !== undefined && Object.hasOwn(pkg.scripts, script)) continue;
      throw new Error(`line ${block.line}: \`${shown}\`: no such npm script`);
    }
    if (tool === 'npx' && args[0] === 'tsx') {
      if (args[1] !== undefined && existsSync(join(ROOT, args[1]))) continue;
      throw new Error(`line ${block.line}: \`${shown}\`: no such file in the repository`);
    }
    const argv = tool === 'npx' && args[0] === 'newsgraph' ? args.slice(1) : tool === 'newsgraph' ? args : null;
    if (argv === null) throw new Error(`line ${block.line}: \`${shown}\` is not a newsgraph, npm or tsx command; mark the block \`sh no-run\``);
    const redirect = argv.indexOf('>');
    const target = redirect >= 0 ? argv[redirect + 1] : undefined;
    const cliArgs = redirect >= 0 ? argv.slice(0, redirect) : argv;
    let out = '';
    let err = '';
    const code = await main(cliArgs, { stdout: (s) => (out += s), stderr: (s) => (err += s), cwd });
    if (code !== 0) throw new Error(`line ${block.line}: \`${shown}\` exited with ${code}: ${err.trim()}`);
    if (target !== undefined) writeFileSync(join(cwd, target), out);
    else stdout += out;
  }
  return stdout;
}
