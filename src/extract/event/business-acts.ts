import type { Token } from '../../nlp/tokens.js';
import { INSOLVENCY, JOBS_CUT, SITES_CLOSED } from '../../nlp/lexicon/event-cues.js';
import type { Trigger } from './trigger.js';

/*
 * Business happenings told by a phrase rather than one word (round 18): a company laying staff off, locking them out or
 * going bankrupt.
 * The single-word ones ("cut 3,000 jobs", "closed its plant", "filed for bankruptcy") are verb senses in
 * `event-triggers.ts`. Layoffs and bankruptcies are economic events of `shared/eval/event-types.json`.
 */

const LAY = /^(?:lay|lays|laid|laying)$/;
const GO = /^(?:go|goes|went|gone|going)$/;

/**
 * "will lay off 800 workers", "500 staff were laid off", "laying off a tenth of its workforce": a layoff (jobs or
 * staff within six words of the phrase); "laid off the pressure" is none. Id: `event-cues/jobs-cut`.
 */
function laidOff(tokens: readonly Token[], i: number): boolean {
  if (!LAY.test((tokens[i] as Token).lower) || tokens[i + 1]?.lower !== 'off') return false;
  const near = [...tokens.slice(Math.max(0, i - 6), i), ...tokens.slice(i + 2, i + 8)];
  return near.some((t) => JOBS_CUT.test(t.lower));
}

/**
 * "the retailer went bankrupt", "went into administration", "has gone into receivership": a company unable to pay its
 * debts. Id: `event-cues/insolvency`. Returns the index of the phrase's last word, or -1.
 */
function wentBankrupt(tokens: readonly Token[], i: number): number {
  if (!GO.test((tokens[i] as Token).lower)) return -1;
  if (tokens[i + 1]?.lower === 'bankrupt' || tokens[i + 1]?.lower === 'insolvent') return i + 1;
  return tokens[i + 1]?.lower === 'into' && INSOLVENCY.test(tokens[i + 2]?.lower ?? '') ? i + 2 : -1;
}

const LOCK = /^(?:lock|locks|locked|locking)$/;

/**
 * "Employers responded by locking out 400 workers", "the company locked out its staff": an employer shutting workers
 * out in a labour dispute, the other side's strike action (typed protest like the strike: `event-types.json`
 * "strike-action"). Id: `event-cues/jobs-cut`.
 */
function lockedOut(tokens: readonly Token[], i: number): boolean {
  if (!LOCK.test((tokens[i] as Token).lower) || tokens[i + 1]?.lower !== 'out') return false;
  return tokens.slice(i + 2, i + 8).some((t) => JOBS_CUT.test(t.lower) || /^(?:dockers|dockworkers|miners|crews?|union|members|teachers|players)$/.test(t.lower));
}

/** The trigger of a layoff, a lockout or an insolvency told by a phrase starting at `i`, if any. */
export function businessActAt(tokens: readonly Token[], i: number): Trigger | undefined {
  if (lockedOut(tokens, i)) return { first: i, last: i + 1, type: 'protest', nominal: false, lemma: 'lock out', fixed: true };
  if (laidOff(tokens, i)) return { first: i, last: i + 1, type: 'economic', nominal: false, lemma: 'lay off', fixed: true };
  const bankrupt = wentBankrupt(tokens, i);
  if (bankrupt >= 0) return { first: i, last: bankrupt, type: 'economic', nominal: false, lemma: 'go bankrupt', fixed: true };
  return undefined;
}

/**
 * Business nouns that name a happening only with a word that says what was shut or cut: "the closure of the plant",
 * "a factory closure" (a plant closure; "the closure of the border" is none here), "job cuts", "3,000 job cuts" (a
 * layoff; "spending cuts", "tax cuts" are none). 'economic' or null for the noun at `i`; undefined for other nouns.
 * Ids: `event-cues/sites-closed`, `event-cues/jobs-cut`.
 */
export function businessNounType(tokens: readonly Token[], i: number, base: string): 'economic' | null | undefined {
  const prev = tokens[i - 1];
  if (/^closures?$/.test(base)) {
    const of = tokens[i + 1]?.lower === 'of' ? tokens.slice(i + 2, i + 6).findIndex((t) => SITES_CLOSED.test(t.lower)) : -1;
    return of >= 0 || SITES_CLOSED.test(prev?.lower ?? '') ? 'economic' : null;
  }
  // ("the workers cut their hours": only "job" makes "cut" a noun, whatever the tagger read)
  if (base === 'cuts' || base === 'cut') return prev !== undefined && /^jobs?$/.test(prev.lower) && !/[,;:]/.test(prev.post) ? 'economic' : undefined;
  return undefined;
}
