/**
 * Labels of the name tagger and the Viterbi search over them. The labels are BIO over the three name types;
 * an `I-X` may only follow `B-X` or `I-X`, so every decoded sequence reads as whole names.
 */

export const NAME_TYPES = ['PER', 'ORG', 'LOC'] as const;
export type NameType = (typeof NAME_TYPES)[number];
export const LABELS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC'] as const;
export const LABEL_COUNT = LABELS.length;

/** Whether label `to` may follow label `from` (-1 for the start of the sentence). */
export function allowedTransition(from: number, to: number): boolean {
  const target = LABELS[to] as string;
  if (!target.startsWith('I-')) return true;
  if (from < 0) return false;
  const source = LABELS[from] as string;
  return source !== 'O' && source.slice(2) === target.slice(2);
}

const ALLOWED: boolean[] = [];
for (let from = -1; from < LABEL_COUNT; from++) for (let to = 0; to < LABEL_COUNT; to++) ALLOWED[(from + 1) * LABEL_COUNT + to] = allowedTransition(from, to);

/**
 * The best label sequence for `n` tokens given emission scores (`n * LABEL_COUNT`, row per token), transition
 * scores (`LABEL_COUNT * LABEL_COUNT`, from-row) and start scores.
 */
export function viterbi(emissions: Float64Array, n: number, transitions: Float64Array, start: Float64Array): Uint8Array {
  const L = LABEL_COUNT;
  const labels = new Uint8Array(n);
  if (n === 0) return labels;
  const score = new Float64Array(n * L);
  const back = new Int8Array(n * L);
  for (let y = 0; y < L; y++) score[y] = ALLOWED[y] ? (start[y] as number) + (emissions[y] as number) : -Infinity;
  for (let i = 1; i < n; i++) {
    for (let y = 0; y < L; y++) {
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < L; p++) {
        if (!ALLOWED[(p + 1) * L + y]) continue;
        const s = (score[(i - 1) * L + p] as number) + (transitions[p * L + y] as number);
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[i * L + y] = best + (emissions[i * L + y] as number);
      back[i * L + y] = arg;
    }
  }
  let arg = 0;
  for (let y = 1; y < L; y++) if ((score[(n - 1) * L + y] as number) > (score[(n - 1) * L + arg] as number)) arg = y;
  labels[n - 1] = arg;
  for (let i = n - 1; i > 0; i--) labels[i - 1] = back[i * L + (labels[i] as number)] as number;
  return labels;
}

/** Names as token ranges (both ends inclusive) from a decoded label sequence. */
export function spansOfLabels(labels: ArrayLike<number>): Array<{ first: number; last: number; type: NameType }> {
  const spans: Array<{ first: number; last: number; type: NameType }> = [];
  for (let i = 0; i < labels.length; i++) {
    const label = LABELS[labels[i] as number] as string;
    if (label === 'O') continue;
    const type = label.slice(2) as NameType;
    const open = spans[spans.length - 1];
    if (label.startsWith('I-') && open && open.last === i - 1 && open.type === type) open.last = i;
    else spans.push({ first: i, last: i, type });
  }
  return spans;
}
