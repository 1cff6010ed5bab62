import { CATEGORIES, type ArticleScore, type ScoreSummary } from './score.js';

/** What each agreement figure counts, where it is not simply "matched pairs whose field agrees". */
const AGREEMENT_NOTES: Record<string, string> = {
  'events.participants': 'gold participants found',
};

/**
 * A ratio as three decimals, or an en dash when there was nothing to divide by.
 *
 * @example
 * formatRatio(0.5) // "0.500"
 * formatRatio(null) // "–"
 */
export function formatRatio(value: number | null): string {
  return value === null ? '–' : value.toFixed(3);
}

/**
 * Lay out rows as a plain-text table; the first row is the header, numbers are right-aligned.
 *
 * @example
 * formatTable([['name', 'n'], ['x', '1']]) // "name | n\n-----+--\nx    | 1"
 */
export function formatTable(rows: readonly (readonly string[])[]): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  const [header, ...body] = rows;
  if (!header) return '';
  const numeric = /^(?:[-–]|\d[\d./%]*)$/;
  const rightAligned = header.map((_, i) => i > 0 && body.length > 0 && body.every((row) => numeric.test(row[i] ?? '')));
  const line = (row: readonly string[]): string =>
    row
      .map((cell, i) => (rightAligned[i] ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0)))
      .join(' | ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('-+-');
  return [line(header), rule, ...body.map(line)].join('\n');
}

/**
 * The score table of one folder: P, R, F1, TP, FP, FN per category, then the agreement figures.
 *
 * @example
 * console.log(formatSummary('wikinews', sumScores(scores)));
 */
export function formatSummary(title: string, summary: ScoreSummary): string {
  const errors = summary.errors > 0 ? `, ${summary.errors} parse error${summary.errors === 1 ? '' : 's'}` : '';
  const out = [`== ${title} (${summary.files} file${summary.files === 1 ? '' : 's'}${errors}) ==`];
  const rows: string[][] = [['category', 'P', 'R', 'F1', 'TP', 'FP', 'FN', 'files']];
  const agreementRows: string[][] = [['agreement (TP pairs)', 'correct', 'matched', 'rate']];
  for (const category of CATEGORIES) {
    const t = summary.categories[category];
    if (!t) continue;
    rows.push([
      category,
      formatRatio(t.precision),
      formatRatio(t.recall),
      formatRatio(t.f1),
      String(t.tp),
      String(t.fp),
      String(t.fn),
      String(t.files),
    ]);
    for (const [field, a] of Object.entries(t.agreements)) {
      const key = `${category}.${field}`;
      const note = AGREEMENT_NOTES[key];
      agreementRows.push([note ? `${key} (${note})` : key, String(a.correct), String(a.total), formatRatio(a.rate)]);
    }
  }
  if (rows.length === 1) out.push('(no annotated categories)');
  else out.push(formatTable(rows));
  if (agreementRows.length > 1) out.push('', formatTable(agreementRows));
  return out.join('\n');
}

/**
 * The verbose listing of one file: each miss (FN) with what was predicted near it, each false
 * positive with the gold entries near it, and each disagreement on a matched pair.
 *
 * @example
 * console.log(formatFileDetails(scoreArticle(gold, parsed)));
 */
export function formatFileDetails(score: ArticleScore): string {
  const counts = CATEGORIES.flatMap((c) => {
    const s = score.categories[c];
    return s ? [`${c} ${s.tp}/${s.fp}/${s.fn}`] : [];
  });
  const out = [`-- ${score.id}  (TP/FP/FN: ${counts.join(', ') || 'nothing annotated'})`];
  if (score.error !== undefined) out.push(`  !! parser failed: ${score.error}`);
  for (const category of CATEGORIES) {
    const s = score.categories[category];
    if (!s) continue;
    for (const miss of s.misses) {
      out.push(`  [${category}] MISS ${miss.gold}`);
      for (const n of miss.nearby) out.push(`      · ${n}`);
    }
    for (const fp of s.falsePositives) {
      out.push(`  [${category}] FP   ${fp.predicted}`);
      for (const n of fp.nearby) out.push(`      · ${n}`);
    }
    for (const d of s.disagreements) {
      out.push(`  [${category}] ${d.field.toUpperCase()} gold ${JSON.stringify(d.gold)} vs predicted ${JSON.stringify(d.predicted)} on ${d.item}`);
    }
  }
  return out.join('\n');
}
