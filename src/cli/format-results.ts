import type { ClaimRecord, DisputedClaim, EventRecord, TimelineEntry } from '../schema/graph.js';

/*
 * How `newsgraph query` prints its answer: `json` (an array, the default when stdout is not a terminal), `jsonl`
 * (one record a line, for streaming tools) or `table` (aligned columns for reading, the default on a terminal).
 */

export const RESULT_FORMATS = ['table', 'json', 'jsonl'] as const;
export type ResultFormat = (typeof RESULT_FORMATS)[number];

/** What a query answers with, so the table knows its columns. */
export type ResultKind = 'claims' | 'events' | 'disputed' | 'timeline';

export interface TableOptions {
  /** Terminal width: the widest column is cut to fit, with "…". Undefined: nothing is cut. */
  width?: number;
  /** Print each record's evidence sentence and source under its row. */
  evidence?: boolean;
  /** Title of an article by its id, for the evidence line. */
  articleTitle?: (articleId: string) => string | null;
}

type Row = { cells: string[]; evidence?: string };

/** The results as text in `format`; a table ends with a count line. */
export function formatResults(results: readonly unknown[], kind: ResultKind, format: ResultFormat, options: TableOptions = {}): string {
  if (format === 'json') return `${JSON.stringify(results, null, 2)}\n`;
  if (format === 'jsonl') return results.map((r) => `${JSON.stringify(r)}\n`).join('');
  return table(rows(results, kind, options), HEADERS[kind], options) + countLine(results.length, kind);
}

const HEADERS: Record<ResultKind, string[]> = {
  claims: ['DATE', 'CLAIMANT', 'KIND', 'CUE', 'CONTENT'],
  disputed: ['DATE', 'CLAIMANT', 'KIND', 'CUE', 'CONTENT'],
  events: ['DATE', 'TYPE', 'MODALITY', 'WHAT HAPPENED'],
  timeline: ['DATE', 'RECORD', 'WHAT'],
};

function countLine(n: number, kind: ResultKind): string {
  const noun = { claims: 'claim', disputed: 'disputed claim', events: 'event', timeline: 'entry' }[kind];
  const plural = n === 1 ? noun : kind === 'timeline' ? 'entries' : `${noun}s`;
  return `${n} ${plural}\n`;
}

const flat = (text: string): string => text.replace(/\s+/g, ' ').trim();

function evidenceLine(record: ClaimRecord | EventRecord, options: TableOptions): string | undefined {
  if (!options.evidence) return undefined;
  const title = options.articleTitle?.(record.articleId) ?? record.articleId;
  return `"${flat(record.evidence.text)}" (${title}, ${record.evidence.start}-${record.evidence.end})`;
}

function claimRow(c: ClaimRecord, options: TableOptions, prefix = ''): Row {
  return { cells: [c.date ?? 'undated', `${prefix}${c.claimant ?? 'unattributed'}`, c.kind, c.cue, flat(c.content)], evidence: evidenceLine(c, options) };
}

function eventRow(e: EventRecord, options: TableOptions): Row {
  return { cells: [e.date ?? 'undated', e.type, e.modality, e.summary], evidence: evidenceLine(e, options) };
}

function rows(results: readonly unknown[], kind: ResultKind, options: TableOptions): Row[] {
  switch (kind) {
    case 'claims':
      return (results as ClaimRecord[]).map((c) => claimRow(c, options));
    case 'events':
      return (results as EventRecord[]).map((e) => eventRow(e, options));
    case 'disputed':
      return (results as DisputedClaim[]).flatMap((d) => [claimRow(d.claim, options), ...d.disputedBy.map((c) => claimRow(c, options, '↳ disputed by '))]);
    case 'timeline':
      return (results as TimelineEntry[]).map((t) => {
        const r = t.record;
        const what = t.kind === 'event' ? (r as EventRecord).summary : `${(r as ClaimRecord).claimant ?? 'unattributed'} ${(r as ClaimRecord).cue}: ${flat((r as ClaimRecord).content)}`;
        return { cells: [t.date ?? 'undated', t.kind, what], evidence: evidenceLine(r, options) };
      });
  }
}

/** Left-aligned columns two spaces apart; the last column is cut to the width when one is given. */
function table(body: Row[], header: string[], options: TableOptions): string {
  const all = [header, ...body.map((r) => r.cells)];
  const widths = header.map((_h, i) => Math.max(...all.map((cells) => (cells[i] ?? '').length)));
  const last = header.length - 1;
  const fixed = widths.slice(0, last).reduce((sum, w) => sum + w + 2, 0);
  const room = options.width === undefined ? Infinity : Math.max(20, options.width - fixed);
  const cut = (text: string, max: number): string => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);
  const line = (cells: string[]): string =>
    cells.map((cell, i) => (i === last ? cut(cell, room) : cell.padEnd(widths[i] as number))).join('  ').trimEnd();
  const out = [line(header)];
  for (const row of body) {
    out.push(line(row.cells));
    if (row.evidence !== undefined) out.push(`    ${options.width === undefined ? row.evidence : cut(row.evidence, Math.max(20, options.width - 4))}`);
  }
  return `${out.join('\n')}\n`;
}
