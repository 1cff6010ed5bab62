/**
 * Sources a reader never names but still knows are sources: a role owned by a pronoun with no antecedent ("The
 * minister resigned, his spokesman said" when "the minister" is nobody the entity stage named) and a role speaking for
 * something the article does not name ("a lawyer for the crew said"). The resolvers before these give up on such
 * phrases; without a speaker the claim would be lost, though the gold format counts it (claimant "*": an unnamed
 * source, any resolved claimant accepted). So the phrase becomes an unnamed source of its own, as "a spokesman said"
 * does with nobody named before it. Round 24 (lead).
 */
import type { ActorKind } from '../../schema/actor.js';
import type { TaggedSentence, Token } from '../../nlp/tokens.js';
import { SPOKESPERSON_NOUNS } from '../../nlp/lexicon/titles.js';
import type { Cue } from './cues.js';
import { isSpeakerRole, KIN_NOUNS, makeSpeaker } from './subject-speaker.js';
import { opensClauseAfter } from './nominal-speaker.js';
import type { Resolver } from './speaker-resolver.js';

/**
 * Nouns of those who speak for someone they stand in a relation to, beyond the spokespersons, roles and kin the
 * claims stage knows ("their employer said", "its owner said", "his doctors said", "its director said"), with the
 * kind of actor each makes. Source: the unnamed-source phrases of English wire copy, written for this library. Id:
 * `speaker-words/relation-sources`.
 */
const RELATION_SOURCES: ReadonlyMap<string, ActorKind> = new Map([
  ['owner', 'organization'], ['owners', 'organization'], ['employer', 'organization'], ['operator', 'organization'],
  ['newspaper', 'organization'], ['paper', 'organization'], ['publisher', 'organization'], ['club', 'organization'],
  ['team', 'organization'], ['agent', 'person'], ['coach', 'person'], ['manager', 'person'], ['doctor', 'person'],
  ['director', 'person'], ['chairman', 'person'], ['chairwoman', 'person'], ['editor', 'person'], ['doctors', 'group'], ['friends', 'group'], ['colleagues', 'group'], ['relatives', 'group'], ['supporters', 'group'],
]);

/** The kind of speaker a source noun makes, or undefined when the noun names no source ("his car", "their homes"). */
function sourceKind(noun: string): ActorKind | undefined {
  const relation = RELATION_SOURCES.get(noun);
  if (relation) return relation;
  const singular = noun.replace(/s$/, '');
  if (SPOKESPERSON_NOUNS.test(noun) || isSpeakerRole(noun) || KIN_NOUNS.has(noun)) return noun === 'office' || noun === 'campaign' ? 'organization' : noun === 'parents' || noun === 'family' ? 'group' : 'person';
  return isSpeakerRole(singular) ? 'group' : undefined;
}

const OWNER_PRONOUN = /^(?:his|her|their|its)$/;
/** Lower-case modifiers allowed between the pronoun and the role ("his longtime lawyer", "its new owner"). */
const MAX_MODIFIERS = 2;

/**
 * "..., his spokesman said", "Their employer said ...", "Her longtime lawyer said ...": a possessive pronoun opening the
 * clause, at most two lower-case modifiers and a source noun right before the cue (past adverbs): an unnamed source
 * named by the phrase after the pronoun ("spokesman", "longtime lawyer"). Only called once every resolver of the
 * pronoun failed, and for "his"/"her" only when no person was named before. Id: `speaker/possessed-role-unresolved`.
 */
export function possessedRoleSource(sentence: TaggedSentence, cue: Cue, resolver: Resolver): string | null {
  const { tokens } = sentence;
  let k = cue.first - 1;
  while (k > 0 && ((tokens[k] as Token).tags.has('Adverb') || (tokens[k] as Token).tags.has('Auxiliary'))) k--;
  const noun = tokens[k];
  const kind = noun ? sourceKind(noun.lower) : undefined;
  if (!noun || !kind || /[,;:()"“”]/.test(noun.post)) return null;
  let p = k - 1;
  while (p >= 0 && k - p <= MAX_MODIFIERS && !OWNER_PRONOUN.test((tokens[p] as Token).lower) && /^\p{Ll}[\p{Ll}-]*$/u.test((tokens[p] as Token).text) && !/[,;:()"“”]/.test((tokens[p] as Token).post)) p--;
  const pronoun = tokens[p];
  if (!pronoun || !OWNER_PRONOUN.test(pronoun.lower) || (p > 0 && !opensClauseAfter(tokens[p - 1] as Token))) return null;
  // ("Senator Ana Ruiz said ... His office said": a gendered pronoun whose only candidates are of the other gender goes
  // to nobody, the round-13 convention; only a "his"/"her" with no person named at all makes a source here)
  if (/^(?:his|her)$/.test(pronoun.lower) && resolver.lastPerson !== null) return null;
  const first = tokens[p + 1] as Token;
  const phrase = sentence.text.slice(first.start - sentence.start, noun.end - sentence.start);
  return makeSpeaker(resolver.book, phrase.toLowerCase(), kind, { start: first.start, end: noun.end, text: phrase }).id;
}

/** Words that open a source phrase before its role ("a lawyer", "one spokeswoman", "two doctors"). */
const ROLE_DETERMINERS = /^(?:a|an|the|one|another|two|three|several|some)$/;
/** Words of the phrase a role speaks for, after its preposition ("the two men", "the victim's family"). */
const MAX_SPOKEN_FOR_WORDS = 4;

/**
 * "..., a lawyer for the crew said", "A spokeswoman for the hospital said ...", "Two doctors at the clinic said": a
 * role with a determiner opening the clause, then "for", "of" or "at" and a lower-case phrase nobody named, right
 * before the cue: an unnamed source named by the whole phrase ("lawyer for the crew"). Only called once every
 * resolver failed (a named or known body after the preposition speaks through the role before this). Id:
 * `speaker/role-for-unnamed`.
 */
export function roleForSource(sentence: TaggedSentence, cue: Cue, resolver: Resolver): string | null {
  const { tokens } = sentence;
  const last = cue.first - 1;
  let j = last;
  while (j > 0 && last - j < MAX_SPOKEN_FOR_WORDS && !/^(?:for|of|at)$/.test((tokens[j] as Token).lower) && /^[\p{Ll}\d][\p{Ll}\d'’-]*$/u.test((tokens[j] as Token).text) && !/[,;:()"“”]/.test((tokens[j] as Token).post)) j--;
  const role = tokens[j - 1];
  const det = tokens[j - 2];
  if (j === last || !/^(?:for|of|at)$/.test(tokens[j]?.lower ?? '') || !role || !det || !ROLE_DETERMINERS.test(det.lower)) return null;
  const plural = /s$/.test(role.lower) && isSpeakerRole(role.lower.replace(/s$/, ''));
  if (!(isSpeakerRole(role.lower) || SPOKESPERSON_NOUNS.test(role.lower) || plural) || (j - 2 > 0 && !opensClauseAfter(tokens[j - 3] as Token))) return null;
  const end = (tokens[last] as Token).end;
  const phrase = sentence.text.slice(role.start - sentence.start, end - sentence.start);
  return makeSpeaker(resolver.book, phrase.toLowerCase(), plural ? 'group' : 'person', { start: role.start, end, text: phrase }).id;
}
