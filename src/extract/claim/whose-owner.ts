/**
 * "The ruling was a win for Tom Brandt, whose lawyer said the verdict cleared his name", "Kordel Mining, whose
 * spokesman said the pit would reopen": a spokesperson opening a possessive relative clause speaks for the relative's
 * antecedent, as "Brandt's lawyer said" speaks for Brandt. Id: `speaker/whose-spokesperson` (round 23).
 */
import type { TaggedSentence, Token } from '../../nlp/tokens.js';
import type { Cue } from './cues.js';
import { mentionsIn, type Resolver } from './speaker-resolver.js';
import { SPOKESPERSON_NOUNS } from '../../nlp/lexicon/titles.js';

/** Words that may stand between the role and the cue ("whose lawyer later said"; the tagger reads "later" as an adjective). */
const BEFORE_CUE = /^(?:later|also|then|earlier|again|previously|once|has|had|have)$/;

/** Officers who speak for a body, not a person ("Hollis Bank, whose chief executive said"). */
const BODY_OFFICERS = /^(?:executive|chairman|chairwoman|chair|chairperson|president|chief|head|director|spokesperson)$/;

/** The actor named right before ", whose <spokesperson>" ending at the cue; undefined when the phrase is not there. */
export function whoseSpokespersonOwner(sentence: TaggedSentence, cue: Cue, resolver: Resolver): string | undefined {
  const { tokens } = sentence;
  let k = cue.first - 1;
  while (k > 0 && (tokens[k]?.tags.has('Adverb') || BEFORE_CUE.test(tokens[k]?.lower ?? ''))) k--;
  const role = tokens[k];
  // one lower-case modifier may stand before the role ("whose chief executive", "whose defence lawyer")
  const whose = tokens[k - 1]?.lower === 'whose' ? k - 1 : tokens[k - 2]?.lower === 'whose' && /^\p{Ll}+$/u.test(tokens[k - 1]?.text ?? '') ? k - 2 : -1;
  if (!role || whose < 1 || !(SPOKESPERSON_NOUNS.test(role.lower) || BODY_OFFICERS.test(role.lower))) return undefined;
  const before = tokens[whose - 1] as Token;
  if (!/,\s*$/.test(before.post)) return undefined;
  // the antecedent is the name that ends right at the comma, never a name further back
  const named = mentionsIn(resolver, sentence.index).filter((m) => m.end === before.end).at(-1);
  const kind = named ? resolver.actors.get(named.recordId)?.kind : undefined;
  if (!named || kind === undefined || (kind === 'person' && !SPOKESPERSON_NOUNS.test(role.lower))) return undefined;
  return named.recordId;
}
