import type { Actor } from '../../schema/actor.js';
import type { Token } from '../../nlp/tokens.js';
import type { EntityMention } from '../entity-mention.js';

/**
 * "Donald Trump held a rally in Florida, and he said the election was rigged", "When the governor's plane landed in
 * Flint, she told reporters ...", "The Foreign Ministry summoned the ambassador, and it said ...": a subject pronoun
 * opening a later clause of the sentence refers to the subject of the sentence's first clause, not to the person or
 * body of the sentence before (English subject continuity within a sentence, centering's "continue" transition).
 * Id: `speaker/same-sentence-subject`.
 */

/** Words after which a pronoun opens a clause of its own ("..., and he said", "where she told"). */
const CLAUSE_OPENERS = /^(?:and|but|yet|so|then|where|when|after|before|as|while|because|although|though)$/;

/** Subordinators that may open the sentence's first clause ("When X arrived ..., he said"). */
const SUBORDINATORS = /^(?:when|after|as|while|because|before|since|although|though|once|if|until|whilst)$/;

/** Object pronouns between the subject and the pronoun say the pronoun may be the other person ("When Obama called him, he said"). */
const OBJECT_PRONOUNS = /^(?:him|her|them|it)$/;

/**
 * The honorifics and given names that tell a person's gender. Source: English honorifics; the given names are
 * compromise's MaleName/FemaleName lexicon (its tags on the name's tokens).
 */
const MALE_HONORIFICS = /^(?:mr|sir|lord|king|prince)$/;
const FEMALE_HONORIFICS = /^(?:mrs|ms|miss|madam|dame|lady|queen|princess)$/;

/** 'male', 'female' or undefined for the person named by the tokens `from`..`to` (with up to two words before). */
function genderOf(tokens: readonly Token[], from: number, to: number): 'male' | 'female' | undefined {
  for (let j = Math.max(0, from - 2); j <= to; j++) {
    const t = tokens[j] as Token;
    if (MALE_HONORIFICS.test(t.lower) || (j >= from && t.tags.has('MaleName'))) return 'male';
    if (FEMALE_HONORIFICS.test(t.lower) || (j >= from && t.tags.has('FemaleName'))) return 'female';
  }
  return undefined;
}

/** Whether the actor fits the pronoun: he/she a person of no other known gender, it a body, they a group. */
function fits(pronoun: string, actor: Actor, gender: 'male' | 'female' | undefined): boolean {
  if (pronoun === 'he') return actor.kind === 'person' && gender !== 'female';
  if (pronoun === 'she') return actor.kind === 'person' && gender !== 'male';
  if (pronoun === 'it') return actor.kind === 'organization' || actor.kind === 'government';
  if (pronoun === 'they') return actor.kind === 'group';
  return false;
}

/**
 * Whether the pronoun at token `k` opens a clause: after a comma or a clause opener, past a short time phrase
 * ("..., and on Sunday she urged", "and later he said").
 */
function opensClause(tokens: readonly Token[], k: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - 4); j--) {
    const t = tokens[j] as Token;
    if (CLAUSE_OPENERS.test(t.lower) || /,\s*$/.test(t.post)) return true;
    if (!(t.tags.has('Date') || t.tags.has('Adverb') || /^(?:on|at|in|last|this|that)$/.test(t.lower))) return false;
  }
  return false;
}

/** "The mayor, Ann Ruiz, toured ...": a name set off by commas, followed by the clause's verb. */
function subjectBeforeAside(tokens: readonly Token[], last: number): boolean {
  if (!/,\s*$/.test(tokens[last]?.post ?? '')) return false;
  for (let j = last + 1; j < Math.min(tokens.length - 1, last + 10); j++) {
    if (/[;:"“”]/.test((tokens[j] as Token).post)) return false;
    if (/,\s*$/.test((tokens[j] as Token).post)) return (tokens[j + 1] as Token).tags.has('Verb') && !(tokens[j + 1] as Token).tags.has('Gerund');
  }
  return false;
}

/**
 * The actor a subject pronoun at token `k` refers to when the sentence's first clause has a named subject that fits
 * it: the first actor mention of the sentence, opening its clause (at the start, after a fronted phrase closed by a
 * comma, or after a subordinator) and followed by its verb; undefined when there is none.
 */
export function sameSentenceSubject(
  tokens: readonly Token[],
  k: number,
  mentions: readonly EntityMention[],
  actors: ReadonlyMap<string, Actor>,
  inQuote: (at: number) => boolean,
): string | undefined {
  const pronoun = tokens[k] as Token;
  if (inQuote(pronoun.start) || !opensClause(tokens, k)) return undefined;
  const first = mentions.find((m) => m.record === 'actor' && m.end <= pronoun.start);
  if (!first || !(first.agentive || subjectBeforeAside(tokens, first.lastToken)) || inQuote(first.start)) return undefined;
  const actor = actors.get(first.recordId);
  if (!actor || !fits(pronoun.lower, actor, genderOf(tokens, first.firstToken, first.lastToken))) return undefined;
  // the clause opens at the sentence's start, after a comma or after a subordinator, with only title words between
  for (let j = first.firstToken - 1; j >= 0; j--) {
    const t = tokens[j] as Token;
    if (/[,;:—–]\s*$/.test(t.post) || SUBORDINATORS.test(t.lower)) break;
    if (t.tags.has('Verb') || t.tags.has('Preposition') || /["“”]/.test(t.post)) return undefined;
  }
  // another actor or an object pronoun between the two may be the one meant ("When Obama called him, he said")
  if (tokens.slice(first.lastToken + 1, k).some((t) => OBJECT_PRONOUNS.test(t.lower) && pronoun.lower !== 'it')) return undefined;
  const rivals = mentions.filter((m) => m.record === 'actor' && m.start > first.end && m.end <= pronoun.start && m.recordId !== first.recordId && actors.get(m.recordId)?.kind === actor.kind);
  return rivals.some((m) => fits(pronoun.lower, actors.get(m.recordId) as Actor, genderOf(tokens, m.firstToken, m.lastToken))) ? undefined : first.recordId;
}
