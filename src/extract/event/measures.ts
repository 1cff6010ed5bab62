import type { Token } from '../../nlp/tokens.js';
import { BANNED_ENTRY } from '../../nlp/lexicon/event-cues.js';
import type { EventType } from '../../schema/event.js';

/*
 * Measures a state takes that are happenings of their own though no act of force is told: emergency rule (a curfew,
 * martial law) and bans on a target's entry (a sanction). Split from `phraseTriggerAt` in triggers.ts (round 17).
 */

/** A trigger of two or more words whose rule decided its type (the shape of `Trigger` in triggers.ts, which imports this file). */
export interface MeasureTrigger {
  first: number;
  last: number;
  type: EventType;
  nominal: false;
  lemma: string;
  fixed: true;
}

/** Courts and judges, whose barring somebody is a ruling, not a sanction. */
const COURT_WORDS = /^(?:court|courts|judge|judges|tribunal|magistrate|justices?)$/;
const BAN_VERBS = /^(?:ban|bans|banned|banning|bar|bars|barred|barring)$/;
const EMERGENCY_VERBS = /^(?:declare|declares|declared|declaring|impose|imposes|imposed|imposing)$/;
const EMERGENCY_MEASURE = /^(?:an? |the )?(?:(?:nationwide|national|overnight|night-time|nighttime|nightly|dusk[ -]to[ -]dawn|(?:\d+|one|two|three|four|five|six|seven|ten)[ -](?:hour|day|week|month)|week-long|month-long|indefinite|total|round-the-clock|partial) )*(?:state of (?:emergency|siege|disaster)|martial law|curfew)\b/;

/** The trigger of an emergency measure or an entry ban starting at `i`, if any. */
export function measureTriggerAt(tokens: readonly Token[], i: number): MeasureTrigger | undefined {
  const tok = tokens[i] as Token;
  if (!tok.tags.has('Verb')) return undefined;
  // "declared a state of emergency", "declared martial law", "imposed a curfew": an emergency measure
  // ("declared a 60-day state of emergency", "imposed a dusk-to-dawn curfew": its length or hours before it; round 15)
  if (EMERGENCY_VERBS.test(tok.lower)) {
    const measure = EMERGENCY_MEASURE.exec(tokens.slice(i + 1, i + 9).map((t) => t.lower).join(' '));
    if (measure) return { first: i, last: i + measure[0].trim().split(' ').length, type: 'other', nominal: false, lemma: 'declare emergency', fixed: true };
  }
  if (entryBanFrom(tokens, i) >= 0) return { first: i, last: i, type: 'sanction', nominal: false, lemma: 'ban', fixed: true };
  return undefined;
}

/**
 * "Canada banned the general from entering the country", "the EU barred 20 officials from travelling to the bloc": a
 * state keeping its target out is a travel ban, a sanction (CAMEO 163); the index of the "from" after the ban verb at
 * `i`, or -1. A court barring somebody rules ("the court barred him from leaving the country" is legal, `bar/court`).
 * Id: `event-cues/sanction-bans` (round 17).
 */
function entryBanFrom(tokens: readonly Token[], i: number): number {
  if (!BAN_VERBS.test((tokens[i] as Token).lower) || tokens.slice(Math.max(0, i - 4), i).some((t) => COURT_WORDS.test(t.lower))) return -1;
  for (let k = i + 1; k < Math.min(tokens.length - 1, i + 8); k++) {
    const t = tokens[k] as Token;
    if (t.lower === 'from') return BANNED_ENTRY.test((tokens[k + 1] as Token).lower) ? k : -1;
    if (/[,;:.]/.test(t.post) || (t.tags.has('Verb') && !t.tags.has('Noun'))) return -1;
  }
  return -1;
}

/** "from entering" after an entry ban: the act kept from happening is the ban's content, no happening of its own. */
export function bannedEntry(tokens: readonly Token[], i: number): boolean {
  if (tokens[i - 1]?.lower !== 'from' || !BANNED_ENTRY.test((tokens[i] as Token).lower)) return false;
  for (let k = i - 2; k >= Math.max(0, i - 8); k--) if (entryBanFrom(tokens, k) === i - 1) return true;
  return false;
}
