import type { ClaimKind } from '../../schema/claim.js';
import type { Token } from '../../nlp/tokens.js';

/**
 * A neutral speech verb ("said", "added", "stated") says nothing of what kind of claim it carries; the claimed
 * clause does. These cues follow the claim kinds of the gold format (warning, call, pledge, assessment) and the
 * usual reading of modal and evaluative language in news (a harm with a future or condition is a threat; "must",
 * "needs" is a call; a commitment of the speaker's side is a pledge; a copula with an evaluative word is a
 * judgement). Only claims whose cue gave `statement` are refined; a cue with its own kind ("warned", "urged")
 * keeps it.
 */

/** Harms a speaker can threaten or warn of. */
const HARM = /\b(?:attack\w*|strike|strikes|punish\w*|destroy\w*|retaliat\w*|fight back|charges|sanctions?|consequences|war|crackdown|reprisals?|assimilat\w*|tough|losses|danger\w*|threat\w*|risks?|collapse|catastroph\w*|disaster|bloodshed|violence)\b/i;
/** Future, possibility, condition or desert: what turns a harm into a warning. */
const NOT_YET = /\b(?:will|would|may|might|could|(?:is|are|am|was|were) going to|deserves?|if|unless|otherwise)\b/i;
/** A denied intention is no threat or pledge: "had no intention of going to war". */
const DISAVOWED = /\b(?:no intention|not (?:going|planning|intending) to|never)\b/i;
/** Obligation: "needs more support", "must withdraw", "should be released". */
const OBLIGATION = /\b(?:needs?|must|should|ought to|has to|have to|calls? (?:for|on))\b/i;
/** Commitment: "will use all resources", "plan to re-write", "their intention to take part". */
const COMMITMENT = /\b(?:intention|intends? to|plans? to|promise[sd]?|vow(?:s|ed)?|commit(?:s|ted)? to|pledge[sd]?|will (?:not )?(?:use|back|support|provide|ensure|defend|protect|help|take part|do everything|keep|continue to|work to|fight for|not rest|hold)|would (?:back|support|defend|protect|help))\b/i;
/** A speaker's own belief: "I hope", "we think". */
const OWN_BELIEF = /\b(?:i|we) (?:hope|think|believe|feel|fear|expect|doubt|trust)\b/i;
/** Nouns that judge: "is just the beginning", "remains a top priority", "a mistake". */
const JUDGING_NOUNS = /\b(?:beginning|priority|mistake|success|failure|disgrace|provocation|victory|defeat|breakthrough|concerns?)\b/i;
const COPULAS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'remain', 'remains', 'remained', 'seems', 'seemed', 'looks']);

/** Whether a copula in the clause is followed by an evaluative adjective ("the enemy is formidable"). */
function judges(tokens: readonly Token[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    if (!COPULAS.has((tokens[i] as Token).lower)) continue;
    for (let k = i + 1; k < Math.min(tokens.length, i + 5); k++) {
      const t = tokens[k] as Token;
      if (t.tags.has('Adjective') && !t.tags.has('Value') && !/(?:ed|en)$/.test(t.lower)) return true;
      if (!(t.tags.has('Adverb') || t.tags.has('Determiner') || t.tags.has('Negative') || t.lower === 'not' || t.lower === 'a')) break;
    }
  }
  return false;
}

/**
 * The kind of a claim from its cue's kind and its content: a `statement` cue becomes `warning`, `call`,
 * `pledge` or `assessment` when the content reads so.
 *
 * @example
 * refineKind('statement', 'they will attack if provoked', []) // 'warning'
 */
export function refineKind(cueKind: ClaimKind, content: string, contentTokens: readonly Token[]): ClaimKind {
  if (DISAVOWED.test(content)) return cueKind;
  // "announced his intention to take part": an announced commitment is a pledge
  if (cueKind === 'report' && COMMITMENT.test(content)) return 'pledge';
  if (cueKind !== 'statement') return cueKind;
  if (HARM.test(content) && NOT_YET.test(content)) return 'warning';
  if (COMMITMENT.test(content)) return 'pledge';
  if (OBLIGATION.test(content)) return 'call';
  if (OWN_BELIEF.test(content) || JUDGING_NOUNS.test(content) || judges(contentTokens)) return 'assessment';
  return cueKind;
}
