import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { ArticleRecordSchema, ParsedArticleSchema, type ArticleRecord, type ParsedArticle } from '../schema/article.js';
import { formatPath } from '../graph/format-issue.js';

/** Extensions `build` reads when it walks a directory. */
export const ARTICLE_EXTENSIONS = ['.txt', '.json', '.jsonl'] as const;

/** One article found in the inputs: text to parse, or the output of `newsgraph parse` to add as is. */
export type ArticleInput =
  | { where: string; kind: 'record'; record: ArticleRecord; /** The .txt (or other text) file it is, for dates by file. */ textFile?: string }
  | { where: string; kind: 'parsed'; parsed: ParsedArticle };

/** A problem with one input or one record in it; `build` reports it and goes on. */
export interface InputProblem {
  where: string;
  message: string;
}

export interface ReadInputsOptions {
  cwd: string;
  readStdin: () => Promise<string>;
}

const stripBom = (text: string): string => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

/**
 * Reads `build` inputs in the order given (directory entries sorted by name, hidden ones skipped) and turns each
 * into article inputs; every unreadable file or invalid record becomes a problem instead of stopping the run.
 */
export async function readInputs(paths: readonly string[], options: ReadInputsOptions): Promise<{ articles: ArticleInput[]; problems: InputProblem[] }> {
  const articles: ArticleInput[] = [];
  const problems: InputProblem[] = [];
  for (const path of paths) {
    if (path === '-') {
      articles.push({ where: '<stdin>', kind: 'record', record: { text: stripBom(await options.readStdin()) } });
      continue;
    }
    let files: string[];
    try {
      files = await expand(path, options.cwd);
    } catch (error) {
      problems.push({ where: path, message: describeFsError(error) });
      continue;
    }
    for (const file of files) {
      try {
        const text = stripBom(await readFile(resolve(options.cwd, file), 'utf8'));
        fromFile(file, text, articles, problems);
      } catch (error) {
        problems.push({ where: file, message: describeFsError(error) });
      }
    }
  }
  return { articles, problems };
}

/** A file as given (any extension counts as text unless .json/.jsonl), or the article files under a directory. */
async function expand(path: string, cwd: string): Promise<string[]> {
  const info = await stat(resolve(cwd, path));
  if (!info.isDirectory()) return [path];
  const found: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    const entries = await readdir(resolve(cwd, dir), { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const child = join(dir, entry.name);
      // Symlinked directories are not followed: they can loop.
      if (entry.isDirectory()) await walk(child);
      else if ((entry.isFile() || entry.isSymbolicLink()) && isArticleFile(entry.name)) {
        if (entry.isSymbolicLink() && !(await stat(resolve(cwd, child))).isFile()) continue;
        found.push(child);
      }
    }
  };
  await walk(path);
  return found;
}

function isArticleFile(name: string): boolean {
  return (ARTICLE_EXTENSIONS as readonly string[]).includes(extname(name).toLowerCase());
}

function fromFile(file: string, text: string, articles: ArticleInput[], problems: InputProblem[]): void {
  const ext = extname(file).toLowerCase();
  if (ext === '.jsonl') {
    text.split('\n').forEach((line, i) => {
      if (line.trim() !== '') fromJSONText(`${file}:${i + 1}`, line, articles, problems);
    });
  } else if (ext === '.json') {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      problems.push({ where: file, message: `not valid JSON (${(error as Error).message})` });
      return;
    }
    if (Array.isArray(value)) value.forEach((item, i) => fromValue(`${file}[${i}]`, item, articles, problems));
    else fromValue(file, value, articles, problems);
  } else {
    articles.push({ where: file, kind: 'record', record: { text }, textFile: file });
  }
}

function fromJSONText(where: string, text: string, articles: ArticleInput[], problems: InputProblem[]): void {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    problems.push({ where, message: `not valid JSON (${(error as Error).message})` });
    return;
  }
  fromValue(where, value, articles, problems);
}

/** A record `{ text, ... }`, or a ParsedArticle (recognised by its `article` field) as `newsgraph parse` prints. */
function fromValue(where: string, value: unknown, articles: ArticleInput[], problems: InputProblem[]): void {
  const isParsed = typeof value === 'object' && value !== null && 'article' in value;
  const schema = isParsed ? ParsedArticleSchema : ArticleRecordSchema;
  const checked = schema.safeParse(value);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    const what = isParsed ? 'a parsed article' : 'an article record {"text": "...", "publishedAt"?, "title"?, "url"?, "source"?, "id"?}';
    problems.push({ where, message: `not ${what}: ${formatPath(issue?.path ?? [])}: ${issue?.message ?? 'invalid'}` });
    return;
  }
  articles.push(
    isParsed
      ? { where, kind: 'parsed', parsed: checked.data as ParsedArticle }
      : { where, kind: 'record', record: checked.data as ArticleRecord },
  );
}

/** "no such file" rather than "ENOENT: no such file or directory, stat '/abs/path'". */
export function describeFsError(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return error instanceof Error ? error.message : String(error);
}
