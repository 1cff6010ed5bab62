/**
 * Mention-level scoring of names as CoNLL and Universal NER do it: a predicted name counts when its exact token
 * span and its type match a gold name; untyped scores ask for the span only.
 */
import { NER_TYPES, type NerSpan, type NerToken, type NerType } from './iob2.js';

/** A predicted name as characters of the sentence text (end exclusive). */
export interface CharSpan {
  start: number;
  end: number;
  type: NerType;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface NerScore {
  typed: Record<NerType, Counts>;
  untyped: Counts;
}

export function emptyScore(): NerScore {
  return {
    typed: { PER: { tp: 0, fp: 0, fn: 0 }, ORG: { tp: 0, fp: 0, fn: 0 }, LOC: { tp: 0, fp: 0, fn: 0 } },
    untyped: { tp: 0, fp: 0, fn: 0 },
  };
}

/**
 * The tokens a character span covers: from the token holding its first character to the token holding its
 * last. A span that covers no token's character gives null.
 */
export function tokensOfCharSpan(tokens: readonly NerToken[], start: number, end: number): { first: number; last: number } | null {
  let first = -1;
  let last = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as NerToken;
    if (t.end <= start || t.start >= end) continue;
    if (first < 0) first = i;
    last = i;
  }
  return first < 0 ? null : { first, last };
}

/** Predicted character spans as token spans; duplicates (same span and type) count once. */
export function alignPredictions(tokens: readonly NerToken[], predicted: readonly CharSpan[]): NerSpan[] {
  const seen = new Set<string>();
  const out: NerSpan[] = [];
  for (const p of predicted) {
    const range = tokensOfCharSpan(tokens, p.start, p.end);
    if (!range) continue;
    const key = `${range.first}:${range.last}:${p.type}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ ...range, type: p.type });
  }
  return out;
}

/** Adds one sentence's comparison to `into`. */
export function scoreSpans(gold: readonly NerSpan[], predicted: readonly NerSpan[], into: NerScore): void {
  const key = (s: NerSpan) => `${s.first}:${s.last}`;
  const goldTyped = new Set(gold.map((s) => `${key(s)}:${s.type}`));
  const predTyped = new Set(predicted.map((s) => `${key(s)}:${s.type}`));
  for (const s of predicted) {
    const c = into.typed[s.type];
    if (goldTyped.has(`${key(s)}:${s.type}`)) c.tp++;
    else c.fp++;
  }
  for (const s of gold) if (!predTyped.has(`${key(s)}:${s.type}`)) into.typed[s.type].fn++;
  const goldSpans = new Set(gold.map(key));
  const predSpans = new Set(predicted.map(key));
  for (const k of predSpans) {
    if (goldSpans.has(k)) into.untyped.tp++;
    else into.untyped.fp++;
  }
  for (const k of goldSpans) if (!predSpans.has(k)) into.untyped.fn++;
}

export function prf(c: Counts): { p: number; r: number; f1: number } {
  const p = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

export function typedTotal(score: NerScore): Counts {
  const total = { tp: 0, fp: 0, fn: 0 };
  for (const t of NER_TYPES) {
    total.tp += score.typed[t].tp;
    total.fp += score.typed[t].fp;
    total.fn += score.typed[t].fn;
  }
  return total;
}

/** The table `npm run eval:names` prints: typed and untyped overall, then each type. */
export function formatScore(score: NerScore): string {
  const rows: Array<[string, Counts]> = [
    ['typed', typedTotal(score)],
    ['untyped', score.untyped],
    ...NER_TYPES.map((t): [string, Counts] => [t, score.typed[t]]),
  ];
  const lines = ['        |     P |     R |    F1 |   TP |   FP |   FN', '--------+-------+-------+-------+------+------+-----'];
  for (const [label, c] of rows) {
    const { p, r, f1 } = prf(c);
    lines.push(`${label.padEnd(7)} | ${p.toFixed(3)} | ${r.toFixed(3)} | ${f1.toFixed(3)} | ${String(c.tp).padStart(4)} | ${String(c.fp).padStart(4)} | ${String(c.fn).padStart(4)}`);
  }
  return lines.join('\n');
}
