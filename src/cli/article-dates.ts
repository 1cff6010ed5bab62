import { readFile } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import { isValidYmd } from '../extract/time/calendar.js';
import { RuntimeError, UsageError } from './cli-errors.js';
import { describeFsError, type ArticleInput } from './read-inputs.js';

/*
 * A .txt file holds only text, so `build` needs another place for its publication date, the reference every
 * relative date of the article resolves against. In order of precedence: a `--dates` file naming each file's
 * date, a date in the file name (`--date-from-name`: 2025-12-03-talks.txt, talks_20251203.txt), then
 * `--published` for the rest. JSON and JSON-lines records carry their own `publishedAt` and are left alone.
 */

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.+\-Z]+)?$/;

function isDate(value: string): boolean {
  const m = ISO_DAY.exec(value);
  return m !== null && isValidYmd({ y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) });
}

/** Publication dates by file: `byPath` keyed by absolute path, `byName` by a bare file name. */
export interface DatesFile {
  path: string;
  byPath: Map<string, string>;
  byName: Map<string, string>;
  used: Set<string>;
}

/**
 * Reads a `--dates` file: one `file,date` pair a line (a header line and `#` comments are skipped); a file is a
 * path relative to the dates file's folder, or a bare name matched against every input's name.
 *
 * @example
 * // dates.csv
 * // file,publishedAt
 * // talks.txt,2025-12-03
 * // feeds/strike.txt,2025-12-04T09:30:00Z
 */
export async function readDatesFile(path: string, cwd: string): Promise<DatesFile> {
  const absolute = resolve(cwd, path);
  let text: string;
  try {
    text = await readFile(absolute, 'utf8');
  } catch (error) {
    throw new RuntimeError(`${path}: ${describeFsError(error)}`);
  }
  const dates: DatesFile = { path, byPath: new Map(), byName: new Map(), used: new Set() };
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const comma = line.lastIndexOf(',');
    const file = (comma < 0 ? '' : line.slice(0, comma)).trim().replace(/^"(.*)"$/, '$1');
    const date = (comma < 0 ? line : line.slice(comma + 1)).trim().replace(/^"(.*)"$/, '$1');
    if (i === 0 && !isDate(date)) return; // a header such as "file,publishedAt"
    if (file === '' || !isDate(date)) {
      throw new UsageError(`${path}:${i + 1}: expected "file,YYYY-MM-DD" (got '${line}')`);
    }
    if (file.includes('/') || file.includes('\\')) dates.byPath.set(resolve(dirname(absolute), file), date);
    else dates.byName.set(file, date);
  });
  return dates;
}

/** The first valid YYYY-MM-DD or YYYYMMDD in a file name, as an ISO date; null when there is none. */
export function dateFromName(file: string): string | null {
  for (const m of basename(file).matchAll(/(?<!\d)(\d{4})[-_.]?(\d{2})[-_.]?(\d{2})(?!\d)/g)) {
    const date = `${m[1]}-${m[2]}-${m[3]}`;
    if (isDate(date)) return date;
  }
  return null;
}

/**
 * Sets `publishedAt` on the .txt inputs from the dates file and/or their names, and returns warnings for text
 * files left without a date and for dates file entries that matched no input.
 */
export function applyDates(articles: ArticleInput[], options: { dates: DatesFile | null; fromName: boolean; cwd: string; published: string | undefined }): string[] {
  const warnings: string[] = [];
  for (const input of articles) {
    if (input.kind !== 'record' || input.textFile === undefined || input.record.publishedAt != null) continue;
    const absolute = resolve(options.cwd, input.textFile);
    const listed = options.dates?.byPath.get(absolute) ?? options.dates?.byName.get(basename(absolute));
    if (listed !== undefined) {
      options.dates?.used.add(options.dates.byPath.has(absolute) ? absolute : basename(absolute));
      input.record.publishedAt = listed;
      continue;
    }
    const named = options.fromName ? dateFromName(absolute) : null;
    if (named !== null) {
      input.record.publishedAt = named;
      continue;
    }
    if ((options.dates !== null || options.fromName) && options.published === undefined) {
      warnings.push(`${input.textFile}: no publication date${options.dates !== null ? ` in ${options.dates.path}` : ''}${options.fromName ? ' or in its name' : ''}; relative dates stay unresolved`);
    }
  }
  if (options.dates !== null) {
    for (const key of [...options.dates.byPath.keys(), ...options.dates.byName.keys()]) {
      if (!options.dates.used.has(key)) warnings.push(`${options.dates.path}: ${key} matches no input file`);
    }
  }
  return warnings;
}
