import type { Token } from '../../nlp/tokens.js';

/*
 * Relative asides set off by commas between a subject and its cue ("The airline, which is part-owned by ..., blamed"):
 * a leaf module, so the cue finder (cues.ts) and the speaker finder (speaker-before.ts) both read them without
 * importing each other.
 */

/**
 * The index of "which"/"who"/"whose" opening a relative clause set off by commas that ends right before the cue
 * ("The airline, which is part-owned by ..., blamed"), when a subject phrase stands before it; else -1.
 */
export function relativeAsideBefore(tokens: readonly Token[], cueFirst: number): number {
  if (cueFirst < 4 || !/,\s*$/.test((tokens[cueFirst - 1] as Token).post)) return -1;
  for (let k = cueFirst - 2; k >= 1 && cueFirst - k <= 25; k--) {
    const t = tokens[k] as Token;
    if (/[;:"“”]/.test(t.post)) return -1;
    if (/^(?:which|who|whose)$/.test(t.lower) && /,\s*$/.test((tokens[k - 1] as Token).post)) return k;
  }
  return -1;
}

/**
 * Whether the words before the cue are its subject and a relative aside set off by commas, the subject opening the
 * sentence or a clause after a conjunction ("Ana Velde, who chairs the committee, warned", "..., while the United
 * States, which voted against, said"): a reported clause before a cue has no relative pronoun right after its
 * first comma.
 */
export function subjectWithAside(tokens: readonly Token[], cueFirst: number): boolean {
  const opener = relativeAsideBefore(tokens, cueFirst);
  if (opener < 1) return false;
  for (let k = opener - 2; k >= 0; k--) {
    const t = tokens[k] as Token;
    if (/["“”»]/.test(t.post)) return false;
    if (/[,;:]\s*$/.test(t.post)) return /^(?:while|whereas|and|but|although|though)$/.test(tokens[k + 1]?.lower ?? '');
  }
  return true;
}

