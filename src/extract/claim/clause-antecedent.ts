import type { Actor } from '../../schema/actor.js';
import type { Token } from '../../nlp/tokens.js';
import type { EntityMention } from '../entity-mention.js';

/**
 * "Tom Dale held a rally in Florida, and he said the election was rigged", "When the governor's plane landed in
 * Flint, she told reporters ...", "The Foreign Ministry summoned the ambassador, and it said ...": a subject pronoun
 * opening a later clause of the sentence refers to the subject of the sentence's first clause, not to the person or
 * body of the sentence before (English subject continuity within a sentence, centering's "continue" transition).
 * Id: `speaker/same-sentence-subject`.
 */

/** Words after which a pronoun opens a clause of its own ("..., and he said", "where she told"). */
// ("charges of fraud, which she denies": the subject of an object relative clause)
const CLAUSE_OPENERS = /^(?:and|but|yet|so|then|where|when|after|before|as|while|because|although|though|which)$/;

/** Subordinators that may open the sentence's first clause ("When X arrived ..., he said"). */
const SUBORDINATORS = /^(?:when|after|as|while|because|before|since|although|though|once|if|until|whilst)$/;

/** Object pronouns between the subject and the pronoun say the pronoun may be the other person ("When Varga called him, he said"). */
const OBJECT_PRONOUNS = /^(?:him|her|them|it)$/;

/**
 * The honorifics and given names that tell a person's gender. Source: English honorifics; the given names are
 * compromise's MaleName/FemaleName lexicon (its tags on the name's tokens).
 */
const MALE_HONORIFICS = /^(?:mr|sir|lord|king|prince)$/;
const FEMALE_HONORIFICS = /^(?:mrs|ms|miss|madam|dame|lady|queen|princess)$/;

/**
 * Role nouns that tell the gender of the name right after them ("Spokesman Dina Mufti", "Chairwoman Ann Lee"), over
 * the given-name lexicon, which reads some names of other languages as the other gender (Dina, Andrea). Source: the
 * gendered compounds of English role nouns; kin nouns are left out ("the wife of Tom Hale" is no title of Tom). Id:
 * `speaker/gendered-role-before-name` (round 18).
 */
const MALE_ROLES = /^(?:spokesman|chairman|congressman|councilman|assemblyman|businessman|policeman|anchorman|sportsman|frontman|kinsman|statesman|alderman|clergyman|cameraman|fisherman|tribesman|gunman)$/;
const FEMALE_ROLES = /^(?:spokeswoman|chairwoman|congresswoman|councilwoman|assemblywoman|businesswoman|policewoman|anchorwoman|sportswoman|stateswoman|actress|waitress|nun)$/;

export type Gender = 'male' | 'female';

/**
 * The gender a person's mention tells, from a gendered role noun right before it ("Spokesman"), the honorific in the
 * two words before its first token ("Mrs", "Sir") or its given name (its first token only: a surname may be a given name too, "Megyn Kelly", "John Kelly").
 */
function genderOf(tokens: readonly Token[], first: number): Gender | undefined {
  const role = tokens[first - 1]?.lower ?? '';
  if (MALE_ROLES.test(role)) return 'male';
  if (FEMALE_ROLES.test(role)) return 'female';
  for (let j = Math.max(0, first - 2); j <= first; j++) {
    const t = tokens[j] as Token;
    if (MALE_HONORIFICS.test(t.lower) || (j === first && t.tags.has('MaleName'))) return 'male';
    if (FEMALE_HONORIFICS.test(t.lower) || (j === first && t.tags.has('FemaleName'))) return 'female';
  }
  return undefined;
}

/** A gendered role noun in the apposition right after a name ("Dina Mufti, a ministry spokesman, said"). */
function roleInApposition(tokens: readonly Token[], last: number): Gender | undefined {
  if (!/^,\s*$/.test(tokens[last]?.post ?? '') || !/^(?:a|an|the)$/.test(tokens[last + 1]?.lower ?? '')) return undefined;
  for (let j = last + 2; j <= last + 4 && j < tokens.length; j++) {
    const w = (tokens[j] as Token).lower;
    if (MALE_ROLES.test(w)) return 'male';
    if (FEMALE_ROLES.test(w)) return 'female';
    if (/[,;:]/.test((tokens[j] as Token).post)) return undefined;
  }
  return undefined;
}

/**
 * Each person's gender from any of their mentions that tells it (a full name or an honorific), so that a later
 * "Clinton" alone is known too; persons whose mentions disagree are left out.
 */
export function personGenders(mentions: readonly EntityMention[], tokensOf: (sentenceIndex: number) => readonly Token[] | undefined, actors: ReadonlyMap<string, Actor>): Map<string, Gender> {
  const out = new Map<string, Gender>();
  const mixed = new Set<string>();
  for (const m of mentions) {
    if (m.record !== 'actor' || actors.get(m.recordId)?.kind !== 'person' || mixed.has(m.recordId)) continue;
    const tokens = tokensOf(m.sentenceIndex);
    const g = tokens && tokens[m.firstToken] ? roleInApposition(tokens, m.lastToken) ?? genderOf(tokens, m.firstToken) : undefined;
    if (g === undefined) continue;
    if (out.has(m.recordId) && out.get(m.recordId) !== g) {
      out.delete(m.recordId);
      mixed.add(m.recordId);
    }
    else out.set(m.recordId, g);
  }
  return out;
}

/** Whether a personal pronoun ("he", "she", "his", "her") cannot refer to a person of the gender given. */
export function genderClash(pronoun: string, gender: Gender | undefined): boolean {
  if (gender === undefined) return false;
  if (/^(?:he|his|him)$/.test(pronoun)) return gender === 'female';
  if (/^(?:she|her|hers)$/.test(pronoun)) return gender === 'male';
  return false;
}

/** Whether the actor fits the pronoun: he/she a person of no other known gender, it a body, they a group. */
function fits(pronoun: string, actor: Actor, gender: Gender | undefined): boolean {
  if (pronoun === 'he' || pronoun === 'she') return actor.kind === 'person' && !genderClash(pronoun, gender);
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
  genders: ReadonlyMap<string, Gender>,
): string | undefined {
  const gender = (m: EntityMention) => genderOf(tokens, m.firstToken) ?? genders.get(m.recordId);
  const pronoun = tokens[k] as Token;
  if (inQuote(pronoun.start) || !opensClause(tokens, k)) return undefined;
  const first = mentions.find((m) => m.record === 'actor' && m.end <= pronoun.start);
  if (!first || !(first.agentive || subjectBeforeAside(tokens, first.lastToken)) || inQuote(first.start)) return undefined;
  const actor = actors.get(first.recordId);
  if (!actor) return undefined;
  // "Clinton accused Comey of ..., a day after he told lawmakers ...": a subject of the other gender leaves the
  // pronoun to the last person of its gender named before it in the sentence
  if (!fits(pronoun.lower, actor, gender(first))) return actor.kind === 'person' && /^(?:he|she)$/.test(pronoun.lower) ? lastOfGender(mentions, pronoun, actors, gender, inQuote) : undefined;
  // the clause opens at the sentence's start, after a comma or after a subordinator, with only title words between
  for (let j = first.firstToken - 1; j >= 0; j--) {
    const t = tokens[j] as Token;
    if (/[,;:—–]\s*$/.test(t.post) || SUBORDINATORS.test(t.lower)) break;
    if (t.tags.has('Verb') || t.tags.has('Preposition') || /["“”]/.test(t.post)) return undefined;
  }
  // another actor or an object pronoun between the two may be the one meant ("When Varga called him, he said")
  if (tokens.slice(first.lastToken + 1, k).some((t) => OBJECT_PRONOUNS.test(t.lower) && pronoun.lower !== 'it')) return undefined;
  const rivals = mentions.filter((m) => m.record === 'actor' && m.start > first.end && m.end <= pronoun.start && m.recordId !== first.recordId && actors.get(m.recordId)?.kind === actor.kind);
  return rivals.some((m) => fits(pronoun.lower, actors.get(m.recordId) as Actor, gender(m))) ? undefined : first.recordId;
}

/** The last person named before the pronoun in its sentence whose known gender is the pronoun's, else undefined. */
function lastOfGender(mentions: readonly EntityMention[], pronoun: Token, actors: ReadonlyMap<string, Actor>, gender: (m: EntityMention) => Gender | undefined, inQuote: (at: number) => boolean): string | undefined {
  const wanted: Gender = pronoun.lower === 'he' ? 'male' : 'female';
  return mentions.findLast((m) => m.record === 'actor' && m.end <= pronoun.start && actors.get(m.recordId)?.kind === 'person' && gender(m) === wanted && !inQuote(m.start))?.recordId;
}
