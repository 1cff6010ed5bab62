import type { Token } from '../../nlp/tokens.js';
import { BANNED_ENTRY } from '../../nlp/lexicon/event-cues.js';
import type { Trigger } from './trigger.js';

/*
 * Measures a state takes that are happenings of their own though no act of force is told: emergency rule (a curfew,
 * martial law) and bans on a target's entry (a sanction). Split from `phraseTriggerAt` in triggers.ts (round 17).
 */

/** Courts and judges, whose barring somebody is a ruling, not a sanction. */
const COURT_WORDS = /^(?:court|courts|judge|judges|tribunal|magistrate|justices?)$/;
const BAN_VERBS = /^(?:ban|bans|banned|banning|bar|bars|barred|barring)$/;
const EMERGENCY_VERBS = /^(?:declare|declares|declared|declaring|impose|imposes|imposed|imposing)$/;
const EMERGENCY_MEASURE = /^(?:an? |the )?(?:(?:nationwide|national|overnight|night-time|nighttime|nightly|dusk[ -]to[ -]dawn|(?:\d+|one|two|three|four|five|six|seven|ten)[ -](?:hour|day|week|month)|week-long|month-long|indefinite|total|round-the-clock|partial) )*(?:state of (?:emergency|siege|disaster)|martial law|curfew|lockdown)\b/;

/** The trigger of an emergency measure or an entry ban starting at `i`, if any. */
export function measureTriggerAt(tokens: readonly Token[], i: number): Trigger | undefined {
  const tok = tokens[i] as Token;
  const blackout = shutdownNounAt(tokens, i);
  if (blackout >= 0) return { first: i, last: blackout, type: 'other', nominal: true, lemma: 'shut down internet', fixed: true };
  if (!tok.tags.has('Verb') && !BE.test(tokens[i - 1]?.lower ?? '')) return undefined;
  const cut = networkCutAt(tokens, i);
  if (cut >= 0) return { first: i, last: cut, type: 'other', nominal: false, lemma: 'shut down internet', fixed: true };
  // "A curfew was imposed in the capital", "a state of emergency has been declared": the measure told in the passive
  if (PASSIVE_MEASURE_VERBS.test(tok.lower) && BE.test(tokens[i - 1]?.lower ?? '') && measureSubject(tokens, i - 1)) return { first: i, last: i, type: 'other', nominal: false, lemma: 'declare emergency', fixed: true };
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

const BE = /^(?:was|were|been|is|are|be|being)$/;
const PASSIVE_MEASURE_VERBS = /^(?:imposed|declared|introduced|ordered|enforced)$/;

/** "A curfew", "a nationwide state of emergency", "martial law" as the subject before the verb group ending at `be`. */
function measureSubject(tokens: readonly Token[], be: number): boolean {
  let k = be;
  while (k > 0 && /^(?:has|have|had|been|also|later|already|now|since|then)$/.test((tokens[k - 1] as Token).lower)) k--;
  const before = tokens.slice(Math.max(0, k - 5), k);
  if (before.some((t) => /[,;:]/.test(t.post))) return false;
  const words = before.map((t) => t.lower).join(' ');
  return /\b(?:curfews?|lockdowns?|martial law|state of (?:emergency|siege))$/.test(words);
}

/**
 * Networks a government cuts to silence protest or a region at war: internet shutdowns, told by the state's act (CAMEO
 * 17, coerce, though no type here fits better than other). Round 17. Source: wording of crackdown reports, written for
 * this library. Id: `event-cues/network-shutdowns`.
 */
const NETWORKS = /^(?:internet|online|broadband|mobile|cellular|telecommunications?|communications|social|whatsapp|facebook|twitter|telegram|tiktok)$/;
const CUT_VERBS = /^(?:cut|cuts|cutting|shut|shuts|shutting|blocked|blocks|blocking|block|suspended|suspends|suspending|restricted|restricts|restricting|severed|severs|disconnected|disabled)$/;

/**
 * "authorities cut internet access in the Amhara region", "shut down mobile internet", "blocked social media",
 * "Internet access was cut": the index of the shutdown's last word, or -1.
 */
function networkCutAt(tokens: readonly Token[], i: number): number {
  const tok = tokens[i] as Token;
  if (!CUT_VERBS.test(tok.lower)) return -1;
  let k = i + 1;
  if (/^(?:off|down)$/.test(tokens[k]?.lower ?? '')) k++;
  // the passive: the network is the subject ("Mobile internet was shut down across the region")
  if (BE.test(tokens[i - 1]?.lower ?? '')) {
    const subject = tokens.slice(Math.max(0, i - 5), i - 1);
    return subject.some((t) => NETWORKS.test(t.lower)) && !subject.some((t) => /[,;:]/.test(t.post)) ? k - 1 : -1;
  }
  for (let j = k; j < Math.min(tokens.length, k + 4); j++) {
    const t = tokens[j] as Token;
    // ("cut mobile prices": mobile only before a network word, data or services)
    if (NETWORKS.test(t.lower) && !(/^(?:mobile|social|online)$/.test(t.lower) && !/^(?:internet|networks?|data|services?|media|access|phones?)$/.test(tokens[j + 1]?.lower ?? ''))) return k - 1;
    if (/[,;:.]/.test(t.post) || isNotModifier(t)) return -1;
  }
  return -1;
}

function isNotModifier(t: Token): boolean {
  return !(t.tags.has('Determiner') || t.tags.has('Adjective') || t.tags.has('Noun') || t.tags.has('Possessive'));
}

/** "an internet shutdown", "a communications blackout": the index of the noun after the network word at `i`, or -1. */
function shutdownNounAt(tokens: readonly Token[], i: number): number {
  if (!/^(?:internet|communications|telecommunications|phone|telephone|mobile|network)$/.test((tokens[i] as Token).lower)) return -1;
  const next = tokens[i + 1];
  return next && /^(?:shutdowns?|blackouts?|outage|cuts?|ban|bans)$/.test(next.lower) && !/[,;:]/.test((tokens[i] as Token).post) && !/^(?:data|services?)$/.test(next.lower) ? i + 1 : -1;
}
