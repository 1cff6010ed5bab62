/**
 * Measures the time stage against the annotated articles in ../shared/eval/{dev,meantime,wikinews}: runs
 * segmentText + splitSentences + extractTimes with each gold file's publishedAt and scores time values as
 * GOLD-FORMAT.md says (a prediction matches a gold time when the spans overlap and the values are equal; a
 * matched pair is used once; files without `timesExhaustive` do not count extra predictions against precision).
 *
 *   npx tsx scripts/time-check.ts [folder ...] [--quiet] [--no-date]
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { extractTimes } from '../src/extract/times.js';
import { segmentText } from '../src/text/segment.js';
import { splitSentences } from '../src/text/sentences.js';

interface GoldTime {
  text: string;
  value: string;
  start?: number;
  end?: number;
  /** An optional entry: missing it costs nothing, and a prediction on it is neither TP nor FP. */
  optional?: boolean;
}

const args = process.argv.slice(2);
const quiet = args.includes('--quiet');
const noDate = args.includes('--no-date');
const root = resolve(import.meta.dirname, '../../shared/eval');
const folders = args.filter((a) => !a.startsWith('--'));
const selected = folders.length > 0 ? folders : ['dev', 'meantime', 'wikinews'];

let exitCode = 0;
for (const folder of selected) {
  const dir = resolve(root, folder);
  if (!existsSync(dir)) continue;
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const lines: string[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.gold.json')).sort()) {
    const gold = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { publishedAt: string | null; times?: GoldTime[]; timesExhaustive?: boolean };
    if (!gold.times) continue;
    const text = readFileSync(join(dir, file.replace('.gold.json', '.txt')), 'utf8');
    const blocks = segmentText(text);
    const sentences = splitSentences(text, blocks);
    const { times } = extractTimes(text, sentences, { referenceDate: noDate ? null : gold.publishedAt, blocks });
    const golds = gold.times.map((g) => {
      const start = g.start ?? text.indexOf(g.text);
      return { ...g, start, end: g.end ?? start + g.text.length };
    });
    const usedGold = new Set<number>();
    const usedPred = new Set<number>();
    // Exact value matches first, so a pair is used once.
    times.forEach((t, pi) => {
      const gi = golds.findIndex((g, k) => !usedGold.has(k) && g.start < t.end && t.start < g.end && g.value === t.value);
      if (gi >= 0) {
        usedGold.add(gi);
        usedPred.add(pi);
      }
    });
    const name = file.replace('.gold.json', '');
    golds.forEach((g, k) => {
      if (usedGold.has(k)) return;
      if (g.optional) return;
      fn++;
      const over = times.find((t) => g.start < t.end && t.start < g.end);
      lines.push(`  MISS ${name.slice(0, 40)} "${g.text}" ${g.value}${over ? `  (got "${over.text}" ${over.value} ${over.rule})` : ''}  | ${text.slice(Math.max(0, g.start - 50), g.end + 30).replace(/\s+/g, ' ')}`);
    });
    times.forEach((t, pi) => {
      if (usedPred.has(pi)) return;
      const overlapsGold = golds.some((g) => g.start < t.end && t.start < g.end);
      if (golds.some((g, k) => g.optional && !usedGold.has(k) && g.start < t.end && t.start < g.end)) return;
      if (!gold.timesExhaustive && !overlapsGold) return;
      fp++;
      if (!overlapsGold) lines.push(`  FP   ${name.slice(0, 40)} "${t.text}" ${t.value} ${t.rule}  | ${text.slice(Math.max(0, t.start - 50), t.end + 30).replace(/\s+/g, ' ')}`);
    });
    tp += [...usedGold].filter((k) => !golds[k]!.optional).length;
  }
  const p = tp + fp === 0 ? 1 : tp / (tp + fp);
  const r = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  console.log(`${folder.padEnd(10)} P ${p.toFixed(3)}  R ${r.toFixed(3)}  F1 ${f1.toFixed(3)}  (tp ${tp}, fp ${fp}, fn ${fn})`);
  if (!quiet) for (const line of lines) console.log(line);
  if (f1 < 0.9) exitCode = 1;
}
process.exitCode = exitCode;
