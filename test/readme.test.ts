import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { parseArticle } from '../src/index.js';
import { ArticleRecordSchema } from '../src/schema/article.js';
import { readBlocks, ROOT, runScriptBlock, runShellBlock, shellFolder, type CliMain } from './helpers/readme-blocks.js';

/*
 * Every code block of the README runs, and prints what the README says it prints. After a deliberate change of
 * output, `npx tsx scripts/readme-outputs.ts --write` rewrites the output blocks.
 */
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const blocks = readBlocks(readme);
// The parser is passed in so `build` parses in this process instead of starting worker threads.
const cli: CliMain = (argv, io) => main(argv, io, { parseArticle });
const cwd = shellFolder();

describe('README code blocks', () => {
  it('has script, shell and output blocks to run', () => {
    expect(blocks.filter((b) => b.lang === 'ts').length).toBeGreaterThan(2);
    expect(blocks.filter((b) => b.output !== undefined).length).toBeGreaterThan(2);
  });

  it('keeps the two first-screen commands: the demo on the bundled sample, and the tests', () => {
    const first = blocks[0];
    expect(first?.lang).toBe('sh');
    expect(first?.code).toMatch(/^npm install && npm run demo\b/m);
    expect(first?.code).toMatch(/^npm test\b/m);
  });

  it('uses only blocks the test knows how to check', () => {
    const unknown = blocks.filter((b) => !['ts', 'sh', 'json'].includes(b.lang)).map((b) => `line ${b.line}: ${b.lang || '(no language)'}`);
    expect(unknown).toEqual([]);
  });

  // In README order: shell blocks share one folder, so a block may read what an earlier one wrote.
  for (const block of blocks) {
    if (block.lang === 'ts') {
      it(`runs the script at line ${block.line}${block.output ? ' and prints its output block' : ''}`, async () => {
        const printed = await runScriptBlock(block, 'readme');
        if (block.output) expect(printed, `README line ${block.line}: output differs`).toBe(`${block.output.code}\n`);
      });
    } else if (block.lang === 'sh' && !block.flags.includes('no-run')) {
      it(`runs the commands at line ${block.line}${block.output ? ' and prints its output block' : ''}`, async () => {
        const printed = await runShellBlock(block, cwd, cli);
        if (block.output) expect(printed, `README line ${block.line}: output differs`).toBe(`${block.output.code}\n`);
      });
    } else if (block.lang === 'json') {
      it(`parses the JSON at line ${block.line}${'text' in JSON.parse(block.code) ? ' as an article record' : ''}`, () => {
        const value = JSON.parse(block.code) as object;
        if ('text' in value) expect(ArticleRecordSchema.safeParse(value).success).toBe(true);
      });
    }
  }
});
