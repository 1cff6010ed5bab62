import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { ROOT } from './readme-blocks.js';

/*
 * The `@example` blocks of the package's public API, read with the TypeScript compiler from the declarations
 * `src/index.ts` exports, and turned into runnable code: a line `expr; // literal` whose comment is a JavaScript
 * literal becomes an assertion that `expr` deep-equals it, so an example that drifts from the code fails.
 */

export interface ApiExample {
  /** The exported name the example documents. */
  name: string;
  kind: 'function' | 'class' | 'value';
  /** `src/...:line` of the declaration. */
  where: string;
  /** The example's code as written, or null when the declaration has none. */
  code: string | null;
}

/** Every runtime export of `src/index.ts` with its first `@example` (type-only exports are left out). */
export function apiExamples(): ApiExample[] {
  const entry = join(ROOT, 'src/index.ts');
  const program = ts.createProgram([entry], {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    resolveJsonModule: true,
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(entry);
  const module = source && checker.getSymbolAtLocation(source);
  if (!module) throw new Error('cannot read the exports of src/index.ts');
  const out: ApiExample[] = [];
  for (const exported of checker.getExportsOfModule(module)) {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    if (!(symbol.flags & ts.SymbolFlags.Value)) continue;
    const decl = symbol.valueDeclaration ?? symbol.declarations?.[0];
    if (!decl) continue;
    const kind = ts.isFunctionDeclaration(decl) ? 'function' : ts.isClassDeclaration(decl) ? 'class' : 'value';
    // a `const X = ...` carries its JSDoc on the statement, which getJSDocTags finds from the declaration
    const tag = ts.getJSDocTags(decl).find((t) => t.tagName.text === 'example');
    const file = decl.getSourceFile();
    const line = file.getLineAndCharacterOfPosition(decl.getStart()).line + 1;
    out.push({ name: exported.name, kind, where: `${file.fileName.slice(ROOT.length)}:${line}`, code: tag ? exampleText(tag) : null });
  }
  return out;
}

function exampleText(tag: ts.JSDocTag): string {
  const comment = ts.getTextOfJSDocComment(tag.comment) ?? '';
  return comment.replace(/^```\w*\n?|\n?```$/g, '').trim();
}

/** Evaluates a comment as a JavaScript literal (string, number, boolean, null, array, object), or undefined. */
function literal(comment: string): { value: unknown } | undefined {
  const text = comment.trim();
  if (!/^(?:["'`\[{]|-?\d|true\b|false\b|null\b)/.test(text)) return undefined;
  try {
    // eslint-disable-next-line @typescript-eslint/no-implied-eval -- our own source comments, not input
    return { value: new Function(`"use strict"; return (${text});`)() };
  } catch {
    return undefined;
  }
}

const STATEMENT_START = /^(?:const|let|var|for|if|while|try|await\s+\w+\s*\(|import|export|return|throw|function|class)\b/;

/**
 * The example as the body of an async function: imports dropped (the test provides the API in scope), and each
 * `expr; // literal` line turned into `__expectEqual(expr, literal, line)`.
 */
export function runnableExample(code: string): string {
  const lines = code.split('\n').filter((l) => !/^\s*import\s.*from\s+['"][^'"]+['"];?\s*$/.test(l));
  const body = lines.map((line, i) => {
    const m = /^(\s*)(.+?);?\s*\/\/\s*(.+)$/.exec(line);
    if (!m || STATEMENT_START.test((m[2] as string).trim())) return line;
    const throws = /^throws (\w+)/.exec(m[3] as string);
    if (throws) return `${m[1]}__expectThrow(() => ${m[2]}, ${JSON.stringify(throws[1])}, ${i + 1});`;
    const expected = literal(m[3] as string);
    if (!expected) return line;
    return `${m[1]}__expectEqual(${m[2]}, ${(m[3] as string).trim()}, ${i + 1});`;
  });
  // a block of its own, so an example may declare `graph` or `parsed` itself, shadowing the names the test provides
  const out = ts.transpileModule(`{\n${body.join('\n')}\n}`, {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
    reportDiagnostics: true,
  });
  // the transpiler recovers from syntax errors and emits something else: an example that does not parse must fail
  const problem = out.diagnostics?.[0];
  if (problem) throw new SyntaxError(`the example does not parse: ${ts.flattenDiagnosticMessageText(problem.messageText, ' ')}`);
  return out.outputText;
}

export const FIXTURE_TEXT = readFileSync(join(ROOT, 'fixtures/kremlin-talks.txt'), 'utf8');
