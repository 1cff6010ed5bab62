import type { Token } from '../../nlp/tokens.js';

/**
 * Wire copy names an organisation once and then describes it: "Doctors Without Borders said ... The medical
 * charity said", "Hamas said ... The militant group said", "The World Food Programme warned ... The agency said".
 * This module says when a subject phrase is such a description and which recently named organisation it points
 * back to. Source: the descriptive nouns of English news style (agencies' and NGOs' self-descriptions); id
 * `speaker/described-body`.
 */

/** Nouns that describe a non-commercial body in news copy ("the aid group", "the rights watchdog"). */
export const DESCRIPTION_NOUNS: ReadonlySet<string> = new Set([
  'group', 'agency', 'charity', 'organisation', 'organization', 'body', 'watchdog', 'monitor', 'ngo', 'movement',
  'network', 'alliance', 'coalition', 'militia', 'outfit', 'company', 'firm',
]);

/**
 * "The medical charity said", "the rights group said", "The aid agency said": token `k` is a description noun after
 * "the" and one to three modifiers (nouns, adjectives, hyphenated words; no verb, preposition or name of its own),
 * the phrase opening its clause. Returns the index of "the", or -1. A capitalised modifier the entity stage named
 * ("the U.N. refugee agency") makes a new description, not an anaphor: `named` says whether a token is in a mention.
 */
export function describedBodyStart(tokens: readonly Token[], k: number, named: (t: Token) => boolean): number {
  if (!DESCRIPTION_NOUNS.has((tokens[k] as Token).lower)) return -1;
  for (let j = k - 1; j >= Math.max(0, k - 4); j--) {
    const t = tokens[j] as Token;
    if (t.lower === 'the') {
      const before = tokens[j - 1];
      const opens = !before || /[,;:"“”—–]\s*$/.test(before.post) || /^(?:and|but|while)$/.test(before.lower);
      return j < k - 1 && opens ? j : -1;
    }
    if (/[,;:"“”()]/.test(t.post) || named(t) || t.tags.has('Preposition') || t.tags.has('Determiner') || (t.tags.has('Verb') && !t.tags.has('Hyphenated') && !/(?:ed|ing)$/.test(t.lower))) return -1;
    if (!(t.tags.has('Noun') || t.tags.has('Adjective') || t.tags.has('Hyphenated') || /(?:ed|ing)$/.test(t.lower))) return -1;
  }
  return -1;
}

/** An organisation named recently, with whether it was the subject of a clause or an object ("told Reuters"). */
export interface RecentOrganization {
  id: string;
  /** The word before its mention: "told", "to", "by" ... make it an addressee, an agent or a complement. */
  wordBefore: string;
}

const NOT_A_SUBJECT = /^(?:told|tell|tells|to|by|with|from|of|for|at|against|on|in|into|about|than)$/i;

/**
 * The organisation a description points back to: the last claimant when it is among the organisations named
 * recently as subjects, else the only such organisation; null when there are none or several.
 */
export function describedReferent(recent: readonly RecentOrganization[], lastClaimant: string | null): string | null {
  const ids = [...new Set(recent.filter((r) => !NOT_A_SUBJECT.test(r.wordBefore)).map((r) => r.id))];
  if (lastClaimant !== null && ids.includes(lastClaimant)) return lastClaimant;
  return ids.length === 1 ? (ids[0] as string) : null;
}
