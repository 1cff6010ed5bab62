import type { TimeMatch, TimeSpec } from './spec.js';
import type { Token } from './tokens.js';

/**
 * The tokens of one sentence as the time grammar sees them, and the small helpers every rule uses. A rule is a
 * function `(seq, i) => match | null` that looks a bounded number of tokens ahead of `i`.
 */
export interface TokenSeq {
  toks: readonly Token[];
  /** Headlines and headings capitalise every word, so capital letters say nothing about names there. */
  titleCase: boolean;
}

export type Rule = (s: TokenSeq, i: number) => TimeMatch | null;

export const tok = (s: TokenSeq, i: number): Token | undefined => s.toks[i];
/** Lower-cased text of token `i`, or '' past either end. */
export const w = (s: TokenSeq, i: number): string => s.toks[i]?.lower ?? '';
/** Token `i` touches the token before it (no whitespace between). */
export const attached = (s: TokenSeq, i: number): boolean => s.toks[i] !== undefined && !s.toks[i]!.space;
export const match = (start: number, end: number, spec: TimeSpec, rule: string): TimeMatch => ({ start, end, spec, rule });
/** A spec whose value needs no reference date. */
export const fixed = (
  value: string,
  kind: 'date' | 'duration' | 'set',
  gran: 'decade' | 'year' | 'duration' | 'set' | 'reference',
): TimeSpec => ({ t: 'fixed', value, kind, gran });

/** A number written in digits does not belong to a code ("A320", "737-800") when it stands apart. */
export function freeNumber(s: TokenSeq, i: number): boolean {
  const t = tok(s, i);
  const prev = tok(s, i - 1);
  if (!t || t.kind !== 'num') return false;
  return t.space || !prev || (prev.kind === 'punct' && prev.text !== '-' && prev.text !== '/' && prev.text !== '.');
}

/** End of a clause: punctuation, a conjunction or the end of the sentence. */
export function clauseEnd(s: TokenSeq, i: number): boolean {
  const t = tok(s, i);
  return !t || (t.kind === 'punct' && t.text !== '-') || t.lower === 'and' || t.lower === 'but' || t.lower === 'when';
}
