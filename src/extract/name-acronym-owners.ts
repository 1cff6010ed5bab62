/**
 * An acronym written with a possessive before what a body owns is that body (round 23, helper names24): "the ANC's
 * headquarters", "She is the PDP's candidate", "The BJP's Suvendu Adhikari said". Neither the tagger (which
 * proposes no name there) nor the rule layer (which took such an acronym for a body only when it acted, or by
 * compromise's tag, a cue ./kept-rule-names.ts drops as a term's) read it, so party and agency acronyms vanished
 * wherever they owned a member, a leader or a manifesto. A term's acronym owns other things ("the CPU's fan").
 */
import { ROLE_NOUNS } from '../nlp/lexicon/titles.js';
import { BODY_POSSESSION_NOUNS, COMPANY_PART_NOUNS } from '../nlp/lexicon/name-cues.js';
import type { Token } from '../nlp/tokens.js';

/** Lower-case words that may stand between the possessive and the owned noun ("the ANC's national executive"). */
const MAX_MODIFIERS = 2;

function ownedNoun(lower: string): boolean {
  return BODY_POSSESSION_NOUNS.has(lower) || ROLE_NOUNS.has(lower) || COMPANY_PART_NOUNS.has(lower);
}

/**
 * Whether the possessive name ending at token `last` owns a member, a role or a body's part: a noun of those
 * lists after at most two lower-case modifiers, or a capitalised name right after it ("The NPP's Mahamudu Bawumia").
 */
export function ownsBodyPart(tokens: readonly Token[], last: number): boolean {
  const end = tokens[last];
  if (!end || /[,.;:!?()]/.test(end.post)) return false;
  const next = tokens[last + 1];
  if (next && /^\p{Lu}\p{Ll}/u.test(next.text) && !next.tags.has('Date')) return true;
  for (let k = last + 1; k <= last + 1 + MAX_MODIFIERS && k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (!/^[\p{Ll}-]+$/u.test(t.text)) return false;
    if (ownedNoun(t.lower)) return true;
    if (/[,.;:!?()]/.test(t.post)) return false;
  }
  return false;
}
