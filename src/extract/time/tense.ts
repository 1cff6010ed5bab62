import {
  FUTURE_GOVERNORS,
  FUTURE_MODALS,
  IRREGULAR_PAST,
  NOT_PAST_ED,
  PRESENT_AUX,
} from './lexicon.js';
import type { Tense } from './spec.js';
import type { Token } from './tokens.js';

/**
 * Present-tense verbs of schedules: "the trial begins on Monday" speaks of the future. Not in headlines, whose
 * present tense reports the past ("Apple opens store on Friday").
 */
const SCHEDULE_VERBS: ReadonlySet<string> = new Set([
  'begins', 'begin', 'starts', 'start', 'opens', 'open', 'ends', 'closes', 'resumes', 'runs', 'arrives', 'takes',
  'expires', 'meets', 'lands', 'departs', 'kicks', 'convenes', 'reopens',
]);

/** Relative pronouns and subordinators: verbs beyond them belong to another clause. */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  'which', 'who', 'whom', 'whose', 'that', 'where', 'when', 'while', 'because', 'although', 'though', 'if', 'unless',
]);

/** Words that may stand between an auxiliary and its participle ("will not be", "has also been"). */
const CHAIN_FILLERS: ReadonlySet<string> = new Set(['be', 'been', 'being', 'not', 'also', 'already', 'now', 'have', 'still']);

/** Tokens a clause does not continue past. */
const CLAUSE_STOPS: ReadonlySet<string> = new Set([';', ':', '(', ')', '—', '–']);

const WINDOW = 14;

function isPastForm(token: Token): boolean {
  if (IRREGULAR_PAST.has(token.lower)) return true;
  return !token.cap && token.lower.length > 4 && token.lower.endsWith('ed') && !NOT_PAST_ED.has(token.lower);
}

/** Classifies one token as a tense cue, looking at its neighbours for auxiliary chains. */
function cueAt(tokens: readonly Token[], k: number, headline: boolean): Tense | null {
  const token = tokens[k];
  if (!token || token.kind !== 'word') return null;
  const next = tokens[k + 1]?.lower ?? '';
  const l = token.lower;
  if (FUTURE_MODALS.has(l)) return l === 'going' && next !== 'to' ? null : 'future';
  if (FUTURE_GOVERNORS.has(l) && (next === 'to' || next === 'for' || l === 'upcoming' || l === 'forthcoming')) {
    return 'future';
  }
  if (SCHEDULE_VERBS.has(l) && !headline) {
    const before = tokens[k - 1]?.lower ?? '';
    return before === 'to' || FUTURE_MODALS.has(before) || /s$/.test(l) || before === 'will' ? 'future' : null;
  }
  if (isPastForm(token)) {
    // An auxiliary chain decides: "to be held" and "will be delivered" are future, "has been delayed" past.
    for (let p = k - 1; p >= Math.max(0, k - 4); p--) {
      const q = tokens[p]?.lower ?? '';
      if (q === 'to' || FUTURE_MODALS.has(q)) return 'future';
      if (!CHAIN_FILLERS.has(q) && q !== 'has' && q !== 'had' && q !== 'is' && q !== 'are' && q !== 'was' && q !== 'were') break;
    }
    return 'past';
  }
  if (PRESENT_AUX.has(l)) return 'present';
  return null;
}

/**
 * Tense of the clause around tokens `[start, end)`: the nearest verb cue to the left within the clause,
 * otherwise the nearest to the right. Bounded windows keep it linear in the sentence length.
 *
 * @example clauseTense(tokenize('It will open on June 17', 0), 4, 6, false) // 'future'
 */
export function clauseTense(tokens: readonly Token[], start: number, end: number, headline: boolean): Tense {
  for (let k = start - 1; k >= Math.max(0, start - WINDOW); k--) {
    const token = tokens[k];
    if (!token || CLAUSE_STOPS.has(token.text)) break;
    const cue = cueAt(tokens, k, headline);
    if (cue) return cue;
    if (CLAUSE_OPENERS.has(token.lower)) break;
  }
  for (let k = end; k < Math.min(tokens.length, end + WINDOW); k++) {
    const token = tokens[k];
    if (!token || CLAUSE_STOPS.has(token.text)) break;
    const cue = cueAt(tokens, k, headline);
    if (cue) return cue;
  }
  return 'unknown';
}
