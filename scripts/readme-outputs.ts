/**
 * Prints, or with --write rewrites, the ```text output blocks of README.md from what their code blocks print now.
 * Run after a deliberate change of output: `npx tsx scripts/readme-outputs.ts --write`, then read the diff.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../src/cli/main.js';
import { parseArticle } from '../src/index.js';
import { readBlocks, ROOT, runScriptBlock, runShellBlock, shellFolder } from '../test/helpers/readme-blocks.js';

const path = join(ROOT, 'README.md');
const lines = readFileSync(path, 'utf8').split('\n');
const cwd = shellFolder();
const replacements: { from: number; to: number; text: string }[] = [];
for (const block of readBlocks(lines.join('\n'))) {
  let printed: string | null = null;
  if (block.lang === 'ts') printed = await runScriptBlock(block, 'readme');
  else if (block.lang === 'sh' && !block.flags.includes('no-run')) printed = await runShellBlock(block, cwd, (argv, io) => main(argv, io, { parseArticle }));
  if (printed === null || block.output === undefined) continue;
  const body = printed.replace(/\n$/, '');
  if (body !== block.output.code) {
    console.error(`README line ${block.output.line}: output changed`);
    replacements.push({ from: block.output.line, to: block.output.line + block.output.code.split('\n').length, text: body });
  }
}
if (process.argv.includes('--write')) {
  for (const r of replacements.reverse()) lines.splice(r.from, r.to - r.from, ...r.text.split('\n'));
  writeFileSync(path, lines.join('\n'));
  console.error(`${replacements.length} output block(s) rewritten`);
} else if (replacements.length > 0) {
  console.error('run with --write to update them');
  process.exitCode = 1;
}
