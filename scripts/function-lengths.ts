/**
 * `npx tsx scripts/function-lengths.ts [DIR] [--over N]`: functions (declarations, methods, arrow functions and
 * function expressions) longer than N lines (default 60) under DIR (default src/extract), longest first, and the
 * count, for the structure goal "no function over about 60 lines in src/extract" (issue 18).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

const args = process.argv.slice(2);
const overAt = args.indexOf('--over');
const limit = overAt >= 0 ? Number(args[overAt + 1]) : 60;
const dir = args.find((a, i) => !a.startsWith('--') && (overAt < 0 || i !== overAt + 1)) ?? 'src/extract';

function files(d: string): string[] {
  return readdirSync(d).flatMap((f) => {
    const p = join(d, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

const long: { where: string; name: string; lines: number }[] = [];
for (const file of files(dir)) {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const start = source.getLineAndCharacterOfPosition(node.getStart()).line;
      const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      const lines = end - start + 1;
      const name = node.name && ts.isIdentifier(node.name) ? node.name.text
        : ts.isVariableDeclaration(node.parent) && ts.isIdentifier(node.parent.name) ? node.parent.name.text : '(anonymous)';
      if (lines > limit) long.push({ where: `${relative('.', file)}:${start + 1}`, name, lines });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
}
long.sort((a, b) => b.lines - a.lines);
for (const f of long) console.log(`${String(f.lines).padStart(5)}  ${f.name}  ${f.where}`);
console.log(`${long.length} function${long.length === 1 ? '' : 's'} over ${limit} lines under ${dir}`);
