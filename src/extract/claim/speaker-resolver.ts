/**
 * What the speaker finders of the claims stage share: the article's mentions by sentence, the salience
 * of the last person, thing, group and claimant, and the resolution of pronouns and organisation anaphors
 * ("he", "the company") to an actor id. Moved out of `claims.ts` in round 14, behaviour unchanged.
 */
import type { Actor } from '../../schema/actor.js';
import type { Span } from '../../schema/span.js';
import { ANAPHOR_NAME_HEADS, companyNoun, institutionName, ORG_ANAPHOR_NOUNS } from '../../nlp/lexicon/organizations.js';
import type { Token } from '../../nlp/tokens.js';
import { firstAtOrAfter } from '../spans-index.js';
import type { EntityMention } from '../entities.js';
import { namedLikeAnaphor, resolveOrganizationAnaphor } from '../anaphors.js';
import type { SpeakerBook } from './subject-speaker.js';
import { type Gender, genderClash } from './clause-antecedent.js';

export const SUBJECT_PRONOUNS: Readonly<Record<string, 'person' | 'plural' | 'thing'>> = {
  he: 'person', she: 'person', they: 'plural', it: 'thing', we: 'plural', i: 'person',
};


export interface Resolver {
  mentions: readonly EntityMention[];
  book: SpeakerBook;
  /** The article's mentions in text order; questions about what came before an offset look them up by position. */
  bySentence: ReadonlyMap<number, EntityMention[]>;
  actors: ReadonlyMap<string, Actor>;
  lastPerson: string | null;
  lastThing: string | null;
  lastPlural: string | null;
  lastClaimant: string | null;
  /** The article's actors as a list, for the entity stage's resolvers. */
  actorList: readonly Actor[];
  /** Where each sentence starts, by its index: how far back a description ("the aid group") looks. */
  sentenceStarts: ReadonlyMap<number, number>;
  /** The author of the last document of each kind that spoke ("A Gallup poll found ... The survey also showed"), by `documentKey`. */
  documentAuthors: Map<string, string>;
  /** The sentences where a speaker said something "in a statement" or "in a press release", with that speaker (`noteMessageChannel`). */
  messageChannels?: Array<{ from: number; to: number; author: string }>;
  /** The article's quotes: a pronoun inside one is the quoted speaker's, not the sentence's. */
  quotes: readonly Span[];
  /** Persons' genders, as their given names or honorifics tell them (`personGenders`). */
  genders: ReadonlyMap<string, Gender>;
  /** Persons in the order they last took the next "he"/"she" (`lastPerson` last), for a pronoun of the other gender. */
  personHistory: string[];
}

export function mentionsIn(resolver: Resolver, sentenceIndex: number): EntityMention[] {
  return (resolver.bySentence.get(sentenceIndex) ?? []).filter((m) => m.record === 'actor');
}

/** "the company said": the entity stage's resolver over the article's actors and the speakers made here, else the last thing named. */
export function organizationAnaphor(text: string, resolver: Resolver, t: Token): string | null {
  // ("The UN refugee agency said ... The agency added": the body that spoke last, made by this stage and so in no
  // entity mention, is the nearest antecedent of its kind; round 19)
  const last = resolver.lastThing === null ? undefined : resolver.actors.get(resolver.lastThing);
  if (last?.kind === 'organization' && ANAPHOR_NAME_HEADS.has(t.lower) && namedLikeAnaphor(t.lower, last.name)) return last.id;
  const actors = [...resolver.actorList, ...resolver.book.created];
  const found = resolveOrganizationAnaphor(actors, resolver.mentions, t.lower, t.start, (m) => text.slice(m.end, m.end + 80), (m) => text.slice(Math.max(0, m.start - 40), m.start))?.id;
  if (found) return found;
  // a named kind of body ("the ministry") is never the last thing named; "the company" in an article that names
  // no company is not the government named last
  if (ORG_ANAPHOR_NOUNS.get(t.lower) !== null || ANAPHOR_NAME_HEADS.has(t.lower)) return null;
  // (nor a public institution: "The Environmental Protection Agency fined ... The company denied")
  return last?.kind !== 'organization' || (companyNoun(t.lower) && institutionName(last.name)) ? null : resolver.lastThing;
}

/** Possessive pronouns before a claim noun, by the kind of antecedent they take. */
export const POSSESSIVE_PRONOUN_KINDS: Readonly<Record<string, 'person' | 'plural' | 'thing'>> = { his: 'person', her: 'person', their: 'plural', its: 'thing' };

/** How many persons back a "she" or "he" looks for one of its gender when the last person is of the other. */
const GENDER_LOOKBACK = 6;

/**
 * The antecedent of a pronoun of `kind`; for "he"/"she"/"his"/"her" (`word`), the last person unless their known
 * gender is the other one, then the latest earlier person whose gender is not ("Dale spoke after Reyes ... He
 * said"; id `speaker/pronoun-gender`), and nobody when every person named so far is of the other gender ("Senator
 * Paula Reyes ... His office said" is no claim of Reyes; id `speaker/pronoun-no-gender-match`).
 */
export function resolvePronoun(kind: 'person' | 'plural' | 'thing', r: Resolver, word?: string): string | null {
  if (kind === 'person') {
    if (word === undefined || r.lastPerson === null || !genderClash(word, r.genders.get(r.lastPerson))) return r.lastPerson;
    const fits = (id: string): boolean => !genderClash(word, r.genders.get(id));
    return r.personHistory.slice(-GENDER_LOOKBACK).findLast(fits) ?? r.personHistory.findLast(fits) ?? null;
  }
  if (kind === 'plural') return r.lastPlural ?? r.lastThing;
  // "The Israeli army said ... It said the strike was a response": a force or body named by a singular collective
  // noun that spoke last is "it", though the entity stage types it a group
  const last = r.lastClaimant === null ? undefined : r.actors.get(r.lastClaimant) ?? r.book.created.find((a) => a.id === r.lastClaimant);
  if (last?.kind === 'group' && SINGULAR_COLLECTIVE.test(last.name)) return last.id;
  return r.lastThing;
}

/** Group names headed by a singular collective noun, referred to as "it" ("the Israeli army", "the rebel movement"). */
const SINGULAR_COLLECTIVE = /\b(?:army|military|navy|air force|militia|coalition|alliance|movement|government|regime|junta|opposition)$/i;

/** How many earlier names an anaphor ('the ministry', 'the government') looks back over. */
export const ANAPHOR_WINDOW = 400;

export function resolveAnaphor(noun: string, r: Resolver, before: number): string | null {
  // only what was named before the anaphor, including speakers the claims stage named itself
  const named = [
    // the last few hundred names before it: enough for any anaphor, and a long article stays linear
    ...r.mentions.slice(Math.max(0, firstAtOrAfter(r.mentions, before) - ANAPHOR_WINDOW), firstAtOrAfter(r.mentions, before)).map((m) => ({ id: m.recordId, start: m.start, end: m.end })),
    ...r.book.created.flatMap((a) => a.mentions.filter((m) => m.start < before).map((m) => ({ id: a.id, start: m.start, end: m.end }))),
  ].sort((a, b) => a.start - b.start || a.end - b.end); // the longer name of two at one place wins ("al-Rimah in Ardenia")
  const orgs = named
    .map((n) => r.actors.get(n.id))
    .filter((a): a is Actor => a !== undefined && (a.kind === 'organization' || a.kind === 'government'))
    .reverse();
  // "the government" is the state the article is about so far: the government named most often, the latest on a tie;
  // "the army", "the military" are its forces when no army was named, never a ministry or company named last
  const forces = noun === 'army' || noun === 'military';
  // "the administration" is one named so ("the Federal Aviation Administration") or the government, never a court
  // or a company named last
  const administration = noun === 'administration';
  if (forces || administration) {
    const named = orgs.find((a) => a.name.toLowerCase().includes(noun));
    if (named) return named.id;
  }
  if (noun === 'government' || forces || administration) {
    const counts = new Map<string, number>();
    for (const n of named) counts.set(n.id, (counts.get(n.id) ?? 0) + 1);
    const govs = orgs.filter((a) => a.kind === 'government');
    const focal = govs.reduce<Actor | undefined>((best, a) => (best === undefined || (counts.get(a.id) ?? 0) > (counts.get(best.id) ?? 0) ? a : best), undefined);
    if (focal) return focal.id;
    if (forces || administration) return null;
  }
  // "the ministry" is the ministry last named, before any other organisation last named
  const byNoun = orgs.find((a) => a.name.toLowerCase().includes(noun));
  return (byNoun ?? orgs.find((a) => a.kind === 'organization'))?.id ?? r.lastThing;
}

export function firstAgent(r: Resolver, sentenceIndex: number, before: number, agentiveOnly = false): string | null {
  const ms = mentionsIn(r, sentenceIndex).filter((m) => m.end <= before);
  return (ms.find((m) => m.agentive) ?? (agentiveOnly ? undefined : ms[0]))?.recordId ?? null;
}
