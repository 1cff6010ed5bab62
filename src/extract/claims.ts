import type { Actor } from '../schema/actor.js';
import { own } from '../nlp/lexicon/own.js';
import type { Span } from '../schema/span.js';
import type { Time } from '../schema/time.js';
import { GROUP_NOUNS, ORG_ANAPHOR_NOUNS, ORG_ANAPHORS, ORG_HEAD_WORDS, companyNoun, institutionName } from '../nlp/lexicon/organizations.js';
import type { TaggedSentence, Token } from '../nlp/tokens.js';
import { recordId } from '../ids.js';
import { firstAtOrAfter, groupBySentence, within } from './spans-index.js';
import { insideQuote } from './quotes.js';
import type { EntityMention } from './entities.js';
import { resolveOrganizationAnaphor, resolveTitleHolder } from './anaphors.js';
import { US_STATE_ABBREVIATIONS } from '../nlp/lexicon/name-cues.js';
import { NAME_TITLES_LOWER, PARTY_MEMBER_NOUNS, POST_NOMINALS, ROLE_NOUNS, TIME_BOUNDED_MODIFIERS, TITLE_ANAPHOR_NOUNS } from '../nlp/lexicon/titles.js';
import { findCues, isCoordinated, type Cue } from './claim/cues.js';
import { DOCUMENT_CUES, documentAfter, documentBefore, type DocumentPhrase } from './claim/document-source.js';
import { findImpersonalCues } from './claim/impersonal.js';
import { clauseBoundaryBefore, onlyCircumstancesAfter, quoteWithin, skipLead, trimContent } from './claim/content.js';
import { linkDisputes } from './claim/disputes.js';
import { claimDate } from './claim/date.js';
import { refineKind } from './claim/kind.js';
import { MENTAL_STATE_LEMMAS, reportingLemma, ANSWERED_CLAIM_NOUNS } from '../nlp/lexicon/reporting-verbs.js';
import { pluralAnaphorSpeakers, pluralOfBodies } from './claim/plural-anaphor.js';
import { IRREGULAR_PAST, WEEKDAYS } from './time/lexicon.js';
import { DESCRIPTION_NOUNS, describedBodyStart, describedReferent, type RecentOrganization } from './claim/described-body.js';
import { KIN_NOUNS, RELATION_WORDS, unnamedPersonNoun, absoluteGroup, accordingSpeaker, complementOfGroup, courtModifier, peoplePlural, isGroupMember, isSpeakerRole, knownActor, namedGroupBeforeComplement, makeSpeaker, postposedSource, sentenceOpener, subjectPhraseSpeaker, sourceWithRelation, type SpeakerBook } from './claim/subject-speaker.js';
import type { ClaimDraft } from './claim/draft.js';
import { describedThenNamed } from './claim/named-later.js';
import { personDescribedAs } from './claim/described-person.js';
import { genderClash, personGenders, sameSentenceSubject, type Gender } from './claim/clause-antecedent.js';
import { escapeRegExp } from '../text/escape-regexp.js';

export interface ClaimOptions {
  /** Publication date (YYYY-MM-DD) used as the claim date when the sentence gives none. */
  referenceDate: string | null;
  idPrefix: string;
}

export type { ClaimDraft } from './claim/draft.js';

/** Claims, and the speakers the claims stage had to name itself (see `claim/subject-speaker.ts`). */
export interface ClaimResult {
  claims: ClaimDraft[];
  /** Actors made from a cue's subject phrase that the entity stage did not find; add them to the article's actors. */
  speakers: Actor[];
}

const SUBJECT_PRONOUNS: Readonly<Record<string, 'person' | 'plural' | 'thing'>> = {
  he: 'person', she: 'person', they: 'plural', it: 'thing', we: 'plural', i: 'person',
};
/**
 * Adverbs and auxiliaries that may stand between a speaker and the cue ("Merkel has also said").
 * `(?=(x))\1` makes `\w+` and `[^,]{0,40}` atomic: backtracking into them let the repeated group split
 * one gap in exponentially many ways (200 characters took seconds).
 */
const BETWEEN_SUBJECT_AND_CUE = /^(?:\s|,|has|have|had|is|are|was|were|also|himself|herself|itself|themselves|then|later|again|previously|reportedly|separately|publicly|repeatedly|once|further|would|will|could|may|might|did|does|do|not|never|still|already|earlier|quickly|flatly|firmly|strongly|immediately|initially|long|privately|falsely|wrongly|consistently|frequently|often|always|openly|bluntly|recently|subsequently|quietly|explicitly|today|yesterday|officially|meanwhile|however|though|too|now|instead|in turn|in response|in reply|at the time|at the same time|for (?:his|her|its|their) part|this week|last week|on (?=(\w+))\1(?: \d+)?|in a (?:statement|speech|post|letter|interview)(?=((?: [^,]{0,40})?))\2|in an interview(?=((?: [^,]{0,40})?))\3)*$/i;
/**
 * A participial phrase set off by commas: ", speaking at a rally,", ", reached by telephone,", ", asked about the vote,",
 * and irregular participles (", known as Timochenko,", ", better known as X,", ", born in Lisbon,", ", led by ...,").
 */
/**
 * "The Syrian government, in a statement carried by the state news agency SANA, said": a channel set off by commas
 * between the subject and its cue, with the outlet that carried it; the outlet is no subject. Id:
 * `speaker/channel-aside`.
 */
const CHANNEL_ASIDE_SOURCE = String.raw`,\s*(?:in|through|via)\s+(?:a|an|the|its|his|her|their)\s+(?:[\p{L}-]+\s+){0,3}?(?:statement|letter|communiqu[eé]|interview|post|message|broadcast|address|video|note)\b`;
const CHANNEL_ASIDE = new RegExp(`^${CHANNEL_ASIDE_SOURCE}`, 'u');
const CHANNEL_ASIDE_GAP = new RegExp(`${CHANNEL_ASIDE_SOURCE}[^,]*,`, 'gu');

const PARTICIPIAL_ASIDE = new RegExp(String.raw`,\s*(?:having\s+|(?:better|also|widely|commonly|popularly)\s+)?(?:\p{Ll}+(?:ing|ed|en)|known|born|led|held|sworn|seen|kept|brought|caught|sent|set|hit|put|built|thought)\b[^,]*` +
  // (", based in Jericho, N.Y.,": a city's abbreviated state inside the aside; ", speaking at his club in Jupiter,
  // Florida,": a city's state or country written out)
  String.raw`(?:,\s*(?:${Object.keys(US_STATE_ABBREVIATIONS).map(escapeRegExp).join('|')}|\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?))?,`, 'gu');
/** An aside naming members of the subject ("Ten Democrats, including Senator Ruth Dale, said"). */
const INCLUSION_ASIDE = /^,\s*(?:including|among\s+them|such\s+as)\s[^,]*$/i;
/** The start of an apposition or relative clause: ", the U.S. general who oversees ...". */
const APPOSITION_OPENER = /^,\s*(?:who|which|whose|where|a|an|the|head|chief|leader|one|former|then|also|(?:(?:better|also|widely|commonly|popularly)\s+)?(?:known|dubbed|nicknamed))\b[^,]*$/i;
/** A speaker phrase after the cue that ends the sentence or opens an apposition: "..., said the Calloway Motors chief, ...". */
const POSTPOSED_NAME = /^\s*(?:(?:the|a|an|of|and|for|chief|minister|president|spokes\w+|officials?|executive|head|director|secretary|general)\s+|\p{Lu}[\p{L}.'’-]*\s*)+(?:[.!?"”’]*\s*$|,)/u;
/**
 * '..., said police spokeswoman Ana Ruiz.', '..., said fire service spokesman Rafi Karim.': lower-case modifiers of
 * a title before the name (at most four, no pronoun, auxiliary or clause word), then a capitalised name that ends
 * the sentence or opens an apposition.
 */
const POSTPOSED_TITLED_NAME = /^\s*(?:(?!(?:he|she|it|they|we|i|you|there|this|that|these|those|who|which|would|will|could|should|may|might|must|can|had|has|have|was|were|is|are|be|been|not|no|to|in|on|at|by|with|from|after|before|when|while|if)\s)\p{Ll}[\p{Ll}-]*\s+){1,4}(?:\p{Lu}[\p{L}.'’-]*\s*){1,4}(?:[.!?"”’]*\s*$|,)/u;
/** Longest evidence span a claim gets when a quote pulls in earlier sentences (readers cite a passage, not a page). */
const MAX_EVIDENCE = 1100;


interface Resolver {
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
  /** The article's quotes: a pronoun inside one is the quoted speaker's, not the sentence's. */
  quotes: readonly Span[];
  /** Persons' genders, as their given names or honorifics tell them (`personGenders`). */
  genders: ReadonlyMap<string, Gender>;
  /** Persons in the order they last took the next "he"/"she" (`lastPerson` last), for a pronoun of the other gender. */
  personHistory: string[];
}

function mentionsIn(resolver: Resolver, sentenceIndex: number): EntityMention[] {
  return (resolver.bySentence.get(sentenceIndex) ?? []).filter((m) => m.record === 'actor');
}

/** Subject to the left of the cue: the nearest actor mention with only adverbs, appositions or relative clauses between. */
function speakerBefore(text: string, sentence: TaggedSentence, cue: Cue, resolver: Resolver): string | null {
  // "The union representing federal workers said", "Lawyers representing the state argued": the head speaks
  const participle = relationParticipleBefore(sentence.tokens, cue.first);
  if (participle > 0) return speakerBefore(text, sentence, { ...cue, first: participle, last: participle }, resolver);
  // "the company that operates the dam said", "the group which organised the march said": the head speaks
  const restrictive = restrictiveRelativeBefore(sentence.tokens, cue.first);
  if (restrictive > 0) return speakerBefore(text, sentence, { ...cue, first: restrictive, last: restrictive }, resolver);
  // "The rebels, loyal to First Vice President Riek Machar, said", "Fighters allied with Omar Daoud said": the
  // name is the object of a relation phrase; the phrase's head speaks
  const source = sourceWithRelation(text, sentence.tokens, cue.first, resolver.book);
  if (source) return source.id;
  const relation = relationPhraseBefore(sentence.tokens, cue.first);
  if (relation > 0) return speakerBefore(text, sentence, { ...cue, first: relation, last: relation }, resolver);
  // "A federal appeals court in Richmond, Virginia, ruled", "The embassy in Kabul said": the body, not the place
  const place = placeComplementBefore(text, sentence, cue.first, resolver);
  if (place > 0) return speakerBefore(text, sentence, { ...cue, first: place, last: place }, resolver);
  // "Activists gathered outside the court vowed", "Residents evacuated from the town told reporters": the plural before
  // a reduced relative speaks, not the place or body in its phrase
  const reduced = reducedParticipleBefore(sentence.tokens, cue.first);
  if (reduced > 0) return speakerBefore(text, sentence, { ...cue, first: reduced, last: reduced }, resolver);
  const relative = relativeAntecedent(text, sentence, cue, resolver);
  if (relative !== undefined) return relative;
  // "The airline, which is part-owned by the governments of Sweden and Norway, blamed ...": the subject is the
  // phrase before the relative clause, never a name inside it
  // (only when a name stands inside the clause or the head refers back, "the company": unnamed sources and documents
  // are read past the clause below)
  const aside = relativeAsideBefore(sentence.tokens, cue.first);
  const asideStart = aside > 0 ? (sentence.tokens[aside] as Token).start : Infinity;
  const cueStart = (sentence.tokens[cue.first] as Token).start;
  const headWord = sentence.tokens[aside - 1]?.lower ?? '';
  const anaphoricHead = ORG_ANAPHOR_NOUNS.has(headWord) || TITLE_ANAPHOR_NOUNS.has(headWord);
  if (aside > 0 && (anaphoricHead || mentionsIn(resolver, sentence.index).some((m) => m.start > asideStart && m.end <= cueStart))) {
    const head = speakerBefore(text, sentence, { ...cue, first: aside, last: aside }, resolver);
    if (head !== null) return head;
  }
  const owner = documentSpeaker(text, sentence, cue, resolver);
  if (owner) return owner;
  const named = mentionBeforeCue(text, sentence, cue, resolver);
  if (named !== undefined) return named;
  // "her warning that": the owner of a claim noun
  const possessive = cue.nominal ? own(POSSESSIVE_PRONOUN_KINDS, sentence.tokens[cue.first - 1]?.lower ?? '') : undefined;
  if (possessive) return claimNounOwner(sentence, cue, possessive, resolver);
  const anaphor = anaphorBeforeCue(text, sentence, cue, resolver);
  if (anaphor !== undefined) return anaphor;
  // "The Nevada Democrat, who is seeking re-election, told reporters": a description goes on with the person
  // the text is about (titles with one holder were resolved above)
  const kin = kinSpeaker(text, sentence, subjectHeadBefore(sentence.tokens, cue.first), resolver);
  if (kin) return kin;
  const described = describedSpeaker(text, sentence, cue, resolver);
  if (described) return described;
  const made = subjectPhraseSpeaker(text, sentence, cue.first, resolver.book) ?? bodyNamedInApposition(text, sentence, cue, resolver.book);
  if (made) {
    if (made.kind === 'organization') resolver.lastThing = made.id;
    return made.id;
  }
  // "One official, who asked not to be named, said": an unnamed source before its relative clause
  return bareSpokesperson(sentence, cue, resolver) ?? (aside > 0 ? bareSpokesperson(sentence, { ...cue, first: aside, last: aside }, resolver) : null);
}

/**
 * "His party, the Democratic Center, said", "Its parent company, Velmar Holdings, said": a body named by a possessed
 * organisation noun with its name in apposition, when the entity stage did not find the name: the name, made an
 * organisation. Id: `speaker/body-named-in-apposition`.
 */
function bodyNamedInApposition(text: string, sentence: TaggedSentence, cue: Cue, book: SpeakerBook): Actor | null {
  const { tokens } = sentence;
  const last = cue.first - 1;
  if (last < 3 || !/^,\s*$/.test((tokens[last] as Token).post)) return null;
  // the name: capitalised words closed by the comma before the cue, perhaps after "the"
  let nameFirst = last;
  while (nameFirst > 0 && /^\p{Lu}/u.test((tokens[nameFirst - 1] as Token).text) && !/[,;:()"“”]/.test((tokens[nameFirst - 1] as Token).post)) nameFirst--;
  if (!/^\p{Lu}/u.test((tokens[last] as Token).text) || !/^\p{Lu}/u.test((tokens[nameFirst] as Token).text)) return null;
  let noun = nameFirst - 1;
  if (tokens[noun]?.lower === 'the' && !/,/.test((tokens[noun] as Token).post)) noun--;
  if (noun < 1 || !/^,\s*$/.test((tokens[noun] as Token).post)) return null;
  // the noun opens the clause with its possessor: "His party", "Its parent company", "The senator's party"
  const nounTok = tokens[noun] as Token;
  const owner = tokens[nounTok.lower === 'company' && tokens[noun - 1]?.lower === 'parent' ? noun - 2 : noun - 1];
  const possessed = owner !== undefined && (/^(?:his|her|its|their)$/.test(owner.lower) || /['’]s?$/.test(owner.text));
  if (!possessed || !(ORG_ANAPHORS.has(nounTok.lower) || /^(?:party|movement|subsidiary|unit|affiliate)$/.test(nounTok.lower))) return null;
  const start = (tokens[nameFirst] as Token).start;
  const end = (tokens[last] as Token).end;
  return makeSpeaker(book, text.slice(start, end), 'organization', { start, end, text: text.slice(start, end) });
}

/**
 * The index of "which"/"who"/"whose" opening a relative clause set off by commas that ends right before the cue
 * ("The airline, which is part-owned by ..., blamed"), when a subject phrase stands before it; else -1.
 */
function relativeAsideBefore(tokens: readonly Token[], cueFirst: number): number {
  if (cueFirst < 4 || !/,\s*$/.test((tokens[cueFirst - 1] as Token).post)) return -1;
  for (let k = cueFirst - 2; k >= 1 && cueFirst - k <= 25; k--) {
    const t = tokens[k] as Token;
    if (/[;:"“”]/.test(t.post)) return -1;
    if (/^(?:which|who|whose)$/.test(t.lower) && /,\s*$/.test((tokens[k - 1] as Token).post)) return k;
  }
  return -1;
}

/** Bodies and roles that a place phrase may follow before their verb ("A federal appeals court in Richmond ruled"). */
// (round 13: spokespersons too, "A Foreign Ministry spokesman in Berlin said"; id `speaker/placed-spokesperson`)
const PLACED_BODIES = /^(?:court|panel|tribunal|jury|judge|embassy|consulate|mission|office|ministry|spokesman|spokeswoman|spokesperson)$/;

/**
 * The index of "in"/"at" when a place phrase (places the entity stage found, with commas between: "in Richmond,
 * Virginia,") follows a court or mission noun opening the clause and ends right before the cue; else -1 (a role in
 * apposition, "Lena Varga, an activist in Velmar, announced", keeps its name).
 */
function placeComplementBefore(text: string, sentence: TaggedSentence, cueFirst: number, resolver: Resolver): number {
  const { tokens } = sentence;
  const places = (resolver.bySentence.get(sentence.index) ?? []).filter((m) => m.record === 'place');
  const cueStart = (tokens[cueFirst] as Token).start;
  for (let j = cueFirst - 2; j >= Math.max(1, cueFirst - 8); j--) {
    const prep = tokens[j] as Token;
    if (!/^(?:in|at)$/.test(prep.lower)) continue;
    const head = tokens[j - 1] as Token;
    // "The National Farmers Union in the United States said": a named body placed, as a court or a mission is
    const namedBody = (resolver.bySentence.get(sentence.index) ?? []).some((m) => m.record === 'actor' && m.end === head.end && resolver.actors.get(m.recordId)?.kind === 'organization');
    // ("Lee, a judge in Velmar, said" is an apposition; "..., the U.S. embassy in Kabul said" runs into its cue)
    if (!(PLACED_BODIES.test(head.lower) || namedBody) || /[,;:]/.test(head.post) || (inApposition(tokens, j - 1) && /,\s*$/.test(tokens[cueFirst - 1]?.post ?? ''))) return -1;
    let rest = text.slice(prep.end, cueStart);
    for (const m of places) if (m.start >= prep.end && m.end <= cueStart) rest = rest.slice(0, m.start - prep.end) + ' '.repeat(m.end - m.start) + rest.slice(m.end - prep.end);
    return /^(?:[\s,]|\bthe\b)*$/.test(rest) ? j : -1;
  }
  return -1;
}

/**
 * "Some analysts were more cautious.", "Economists were divided.": the plural of people or bodies one of the two
 * sentences before opens with (after a quantifier, or capitalised), made a group; else null.
 */
function quantifiedGroupBefore(text: string, sentence: TaggedSentence, resolver: Resolver): string | null {
  for (let back = 1; back <= 2; back++) {
    const start = resolver.sentenceStarts.get(sentence.index - back);
    const end = resolver.sentenceStarts.get(sentence.index - back + 1) ?? sentence.start;
    if (start === undefined) return null;
    const m = /^\s*(?:(?:Some|Many|Most|Several|A few)\s+((?:\p{Ll}[\p{Ll}-]+\s+)?\p{Ll}[\p{Ll}-]+s)|(\p{Lu}\p{Ll}+s))\s+(?:were|are|have|had|remain|remained|said|say|disagreed|differed|appeared|seemed)\b/u.exec(text.slice(start, end));
    const phrase = m?.[1] ?? m?.[2];
    if (!m || !phrase) continue;
    const head = (phrase.split(/\s+/).pop() as string).toLowerCase();
    if (!(GROUP_NOUNS.has(head) || isGroupMember(head.replace(/s$/, '')) || /(?:ers|ors|ists|ians|ants|ents|men)$/.test(head))) continue;
    const name = m[1] ? phrase : phrase.toLowerCase();
    const at = start + m[0].indexOf(phrase);
    return makeSpeaker(resolver.book, name, 'group', { start: at, end: at + phrase.length, text: phrase }).id;
  }
  return null;
}

/** Whether the noun phrase headed at `head` stands in apposition after a comma ("Lee, a judge in Velmar, said"). */
function inApposition(tokens: readonly Token[], head: number): boolean {
  for (let d = head - 1; d >= Math.max(0, head - 5); d--) {
    if (/^(?:a|an|the)$/.test((tokens[d] as Token).lower)) return d > 0 && /,\s*$/.test((tokens[d - 1] as Token).post);
  }
  return false;
}

/** Present participles that tie a speaker to those it acts for or against ("the union representing nurses"). */
const RELATION_PARTICIPLES: ReadonlySet<string> = new Set([
  'representing', 'backing', 'supporting', 'opposing', 'seeking', 'leading', 'running', 'defending', 'challenging',
  'suing', 'monitoring', 'investigating', 'advising', 'prosecuting', 'overseeing',
]);

/**
 * The index of a relation participle modifying the subject's head right before the cue ("The union representing
 * federal workers said": "representing"), with a noun before it and no comma or verb between it and the cue; else -1.
 */
function relationParticipleBefore(tokens: readonly Token[], cueFirst: number): number {
  for (let j = cueFirst - 1; j >= Math.max(1, cueFirst - 7); j--) {
    const t = tokens[j] as Token;
    if (/[,;:()"“”]/.test(t.post)) return -1;
    if (RELATION_PARTICIPLES.has(t.lower)) return (tokens[j - 1] as Token).tags.has('Noun') && !/[,;:()"“”]/.test((tokens[j - 1] as Token).post) ? j : -1;
    if (t.tags.has('Verb') && !t.tags.has('Noun') && !t.tags.has('Adjective')) return -1;
  }
  return -1;
}

/**
 * "the company that operates it said", "The group which organised the march said": a restrictive relative clause
 * (no comma) after a common noun and running into the cue; the index of its "that"/"which", else -1. Its words are
 * no subject of the cue ("it" is the clause's object). Id: `speaker/restrictive-relative`.
 */
function restrictiveRelativeBefore(tokens: readonly Token[], cueFirst: number): number {
  for (let j = cueFirst - 2; j >= Math.max(2, cueFirst - 7); j--) {
    const t = tokens[j] as Token;
    if (/[,;:()"“”—–]/.test(t.post)) return -1;
    if (!/^(?:that|which)$/.test(t.lower)) continue;
    const head = tokens[j - 1] as Token;
    const verb = tokens[j + 1] as Token;
    // ("a result that analysts said would ...": a subject of its own after "that" makes the cue the relative's verb)
    return j + 2 < cueFirst && head.tags.has('Noun') && /^\p{Ll}/u.test(head.text) && !/[,;:()"“”—–]/.test(head.post) && verb.tags.has('Verb') && reportingLemma(verb.lower) === undefined ? j : -1;
  }
  return -1;
}

/** Prepositions that open the phrase of a reduced relative's participle ("gathered outside the court"). */
const REDUCED_RELATIVE_PREPOSITIONS = /^(?:outside|inside|in|at|near|from|on|across|around|along|into|to|for|under|over|behind|before|after|during|since)$/;

/**
 * "Activists gathered outside the court vowed", "Protesters massed outside the embassy said": a past participle right
 * after a plural noun, with its prepositional phrase running to the cue, is a reduced relative clause (two past
 * verbs cannot follow one subject unjoined); the participle's index, else -1. "by" phrases are read by
 * `reducedRelativeHead`. Id: `speaker/reduced-relative-plural` (round 13).
 */
function reducedParticipleBefore(tokens: readonly Token[], cueFirst: number): number {
  for (let j = cueFirst - 2; j >= Math.max(1, cueFirst - 8); j--) {
    const t = tokens[j] as Token;
    if (/[,;:()"“”—–]/.test(t.post)) return -1;
    const subject = tokens[j - 1] as Token;
    if (/^\p{L}+(?:ed|en|wn)$/u.test(t.text) && t.tags.has('Verb') && REDUCED_RELATIVE_PREPOSITIONS.test(tokens[j + 1]?.lower ?? '')
      && subject.tags.has('Plural') && !subject.tags.has('Pronoun') && !/[,;:()"“”—–]/.test(subject.post)) return j;
    if (t.tags.has('Verb') && !t.tags.has('Noun') && !t.tags.has('Adjective')) return -1;
  }
  return -1;
}

/**
 * "The rebels, loyal to First Vice President Riek Machar, said", "Fighters allied with Omar Daoud said", "The
 * militia, backed by Iran, said": the index of a relation adjective or participle with its preposition
 * (`RELATION_WORDS`) after the subject's head, its phrase running to the cue (set off by commas or not); else -1.
 * Id: `speaker/relation-phrase-object`.
 */
function relationPhraseBefore(tokens: readonly Token[], cueFirst: number): number {
  const closing = /,\s*$/.test(tokens[cueFirst - 1]?.post ?? '');
  for (let j = cueFirst - 1; j >= Math.max(1, cueFirst - 9); j--) {
    const t = tokens[j] as Token;
    if (/[;:()"“”]/.test(t.post) || (j < cueFirst - 1 && /,/.test(t.post))) return -1;
    if (RELATION_WORDS.test(t.lower) && /^(?:to|with|by)$/.test(tokens[j + 1]?.lower ?? '')) {
      const head = tokens[j - 1] as Token;
      const commas = /,\s*$/.test(head.post);
      return head.tags.has('Noun') && commas === closing && !/[;:()"“”]/.test(head.post) ? j : -1;
    }
    if (t.tags.has('Verb') && !t.tags.has('Noun') && !t.tags.has('Adjective')) return -1;
  }
  return -1;
}

/**
 * "Korvel Holdings cut 300 jobs. A spokesman said ...": a spokesperson named by the role alone, as the whole
 * subject of the clause, speaks for the organisation or government last named; null when none was named.
 */
function bareSpokesperson(sentence: TaggedSentence, cue: Cue, resolver: Resolver): string | null {
  const { tokens } = sentence;
  let k = cue.first - 1;
  const between = (t: Token): boolean => t.tags.has('Adverb') || t.tags.has('Auxiliary') || /^(?:later|also|then|now)$/.test(t.lower);
  while (k > 0 && between(tokens[k] as Token)) k--;
  const role = tokens[k];
  // "a local medic said", "one young rebel told the BBC": a member of a group with a modifier or two
  let d = k - 1;
  // (not a title, nor a time-bounded one: "A former minister said" describes someone the article should name)
  const modifiable = role !== undefined && isGroupMember(role.lower) && !TITLE_ANAPHOR_NOUNS.has(role.lower) && !ROLE_NOUNS.has(role.lower);
  while (modifiable && d > k - 3 && d > 0 && tokens[d]?.tags.has('Adjective') === true && /^\p{Ll}/u.test((tokens[d] as Token).text) && !TIME_BOUNDED_MODIFIERS.has((tokens[d] as Token).lower) && !/[,;:]/.test((tokens[d] as Token).post)) d--;
  const det = tokens[d];
  if (!role || !det) return null;
  // "One resident told reporters", "a rebel said": one member of a group that speaks is an unnamed source too
  const member = /^(?:a|an|one|another)$/.test(det.lower) && (isGroupMember(role.lower) || unnamedPersonNoun(role));
  if (!(member || (isSpeakerRole(role.lower) && /^(?:a|an|the|one|another)$/.test(det.lower)))) return null;
  if (d > 0 && !opensClauseAfter(tokens[d - 1] as Token)) return null;
  if (/^spokes(?:man|woman|person)$/.test(role.lower)) {
    // "The Yemeni government blamed the rebels, a spokesman said": after the clause it attributes, the spokesperson
    // speaks for a body that clause names, and for no other ("Yemen's exiled government blamed ..., a spokesman
    // said" must not go to the body of the sentence before when the entity stage missed the government)
    if (k - 1 > 0) {
      const named = mentionsIn(resolver, sentence.index).filter((m) => m.end <= det.start).map((m) => resolver.actors.get(m.recordId));
      return named.find((a) => a?.kind === 'organization' || a?.kind === 'government')?.id ?? null;
    }
    const last = resolver.lastThing === null ? undefined : resolver.actors.get(resolver.lastThing);
    return last && (last.kind === 'organization' || last.kind === 'government') ? last.id : null;
  }
  const from = (tokens[d + 1] as Token).start;
  return makeSpeaker(resolver.book, ctxText(sentence, from, role.end).toLowerCase(), 'person', { start: from, end: role.end, text: ctxText(sentence, from, role.end) }).id;
}

function ctxText(sentence: TaggedSentence, from: number, to: number): string {
  return sentence.text.slice(from - sentence.start, to - sentence.start);
}

/**
 * "Calloway Power Company (CPC) reported": the short form in brackets goes with the name before it ('next': read the
 * mention before); "The UN mission in South Sudan (UNMISS) said": where no name ends before the bracket, the acronym
 * names the body the phrase describes and speaks for it (its id). Undefined when `m` stands in no brackets.
 */
function shortFormInBrackets(text: string, candidates: readonly EntityMention[], m: EntityMention, gap: string): string | 'next' | undefined {
  if (!/^\s*\)/.test(gap) || text[m.start - 1] !== '(') return undefined;
  const named = candidates.some((x) => x !== m && /^\s*$/.test(text.slice(x.end, m.start - 1)));
  return named || !BETWEEN_SUBJECT_AND_CUE.test(gap.replace(/^\s*\)/, ' ')) ? 'next' : m.recordId;
}

/**
 * The nearest actor mention before the cue with only adverbs, appositions or relative clauses between: its id (or
 * null when a participle's agent stands there and no subject phrase is found), undefined when there is none.
 */
function mentionBeforeCue(text: string, sentence: TaggedSentence, cue: Cue, resolver: Resolver): string | null | undefined {
  const cueTok = sentence.tokens[cue.first] as Token;
  const candidates = mentionsIn(resolver, sentence.index).filter((m) => m.end <= cueTok.start).reverse();
  for (const m of candidates) {
    // "Critics of the senator argue": the name is a complement of the subject; the group speaks
    const before = text.slice(Math.max(sentence.start, m.start - 60), m.start);
    if (complementOfGroup(before)) break;
    // "Democrats in the state legislature praised": a named plural with its complement speaks
    const group = namedGroupBeforeComplement(before, Math.max(sentence.start, m.start - 60));
    // ("Shares of Kessler Bank fell after the lender said": a plural capitalised only as the sentence's first word
    // names people only when it is a people's word)
    if (group >= 0 && (group > sentence.start || peoplePlural(/^\p{L}+/u.exec(text.slice(group))?.[0] ?? ''))) return namedGroupSpeaker(text, sentence, candidates, group, resolver);
    // "Ana Ruiz, speaking in Lyon, France, said": a state written after a place and a comma completes the place
    if (afterPlaceAndComma(text, m, resolver.bySentence.get(sentence.index) ?? [])) continue;
    let gap = text.slice(m.end, cueTok.start);
    const bracketed = shortFormInBrackets(text, candidates, m, gap);
    if (bracketed === 'next') continue;
    if (bracketed !== undefined) return bracketed;
    // "Analysts polled by Norstat had expected": the agent of a participle is not the subject; the noun before it is
    const agentOf = reducedRelativeHead(text, sentence, m);
    if (agentOf !== undefined) {
      if (!BETWEEN_SUBJECT_AND_CUE.test(gap)) break;
      const head = subjectPhraseSpeaker(text, sentence, agentOf, resolver.book);
      return head?.id ?? null;
    }
    // a name inside an apposition or relative clause that closes right before the cue is not the subject
    const lastComma = text.lastIndexOf(',', m.start);
    // ("The group's president, the Rev. Ann Lee, said": a title and the name alone are the apposition's head, not inside it)
    const opened = text.slice(lastComma, m.start);
    if (/^\s*,/.test(gap) && lastComma > sentence.start && ((APPOSITION_OPENER.test(opened) && !/^,\s*the\s+(?:\p{Lu}[\p{L}.]*\s+)*$/u.test(opened) && !titledApposition(opened)) || CHANNEL_ASIDE.test(opened))) continue;
    // "Ten Democrats, including Senator Ruth Dale, said": the members named inside an aside are not the subject, also
    // with their home states ("four senators, including Rand Paul of Kentucky and Ted Cruz of Texas, said")
    const asideGap = resolver.actors.get(m.recordId)?.kind === 'person' ? withoutHomePlace(gap, m.end, resolver.bySentence.get(sentence.index) ?? []) : gap;
    if (/^\s*,/.test(asideGap) && lastComma > sentence.start && INCLUSION_ASIDE.test(opened)) continue;
    gap = withoutSpeakerTrappings(text, sentence, m, gap, resolver);
    // and a participial phrase of the speaker: ", speaking in Lisbon,", ", reached by telephone,", ", visiting the
    // region on Monday,"
    gap = gap.replace(PARTICIPIAL_ASIDE, ' ').replace(CHANNEL_ASIDE_GAP, ' ');
    gap = gap.replace(/\([^()]*\)/g, ' '); // [^()] keeps a run of unclosed brackets linear
    if (BETWEEN_SUBJECT_AND_CUE.test(gap)) {
      // "Ann Lee, chief executive of Acme Corp said": the organisation closes an apposition of the person
      return appositionOwner(text, sentence, candidates, m, resolver) ?? personBeforeApposition(text, candidates, m, resolver) ?? personOfBody(text, candidates, m, resolver) ?? m.recordId;
    }
    // a name inside an apposition ("Ann Lee, one of Varga's deputies, said") is not the subject: look further left
    if (!/,/.test(gap)) break;
  }
  return undefined;
}

/**
 * ", former South African president Thabo Mbeki,", ", former treasury official Ann Lee,": an apposition that is a
 * title phrase and the name, with no preposition, possessive or clause in the title: the name is the apposition's
 * head (the subject's name), not a name inside it ("Lee, a former aide to Ann Lowe," keeps Smith out). Id:
 * `speaker/titled-name-apposition` (round 13).
 */
function titledApposition(opened: string): boolean {
  const words = opened.replace(/^,\s*/, '').trim().split(/\s+/);
  const last = (words.at(-1) ?? '').toLowerCase();
  return words.length >= 2 && words.length <= 6 && (ROLE_NOUNS.has(last) || NAME_TITLES_LOWER.has(last) || TITLE_ANAPHOR_NOUNS.has(last))
    && !words.some((w) => /^(?:of|to|for|with|by|in|at|from|on|and|or|who|which|whose|that|one)$/i.test(w) || /['’]/.test(w));
}

/** Whether a place mention and a comma stand right before `m` ("Lyon, France"): `m` then names where the place is. */
function afterPlaceAndComma(text: string, m: EntityMention, mentions: readonly EntityMention[]): boolean {
  const lead = text.slice(Math.max(0, m.start - 4), m.start);
  const comma = /,\s*$/.exec(lead);
  if (!comma) return false;
  const at = m.start - lead.length + comma.index;
  return mentions.some((p) => p.record === 'place' && p.end === at);
}

/**
 * The gap between a mention and its cue without what goes with the speaker: a campaign or spokesperson that speaks
 * for it, a possessive, a post-nominal honour, "Jr.", a home place, appositions, relative clauses and a bare role.
 */
function withoutSpeakerTrappings(text: string, sentence: TaggedSentence, m: EntityMention, gap: string, resolver: Resolver): string {
  const person = resolver.actors.get(m.recordId)?.kind === 'person';
  // "X's campaign argues", "X's spokesman said": the campaign or spokesperson speaks for X
  gap = gap.replace(/^['’]s\s+(?:election\s+)?(?:campaign|camp|office|press office|spokes(?:man|woman|person)|team|lawyers?|attorneys?|aides?)\b/i, '');
  // "the Reyes campaign said": a person's campaign, office or team speaks for them
  if (/^\s+(?:campaign|camp|team|office)\b/i.test(gap) && /\bthe\s+$/i.test(text.slice(Math.max(sentence.start, m.start - 5), m.start)) && person) gap = gap.replace(/^\s+\S+/, '');
  gap = gap.replace(/^['’]s?/, ''); // possessive left on the mention
  // "The Houthi movement said", "the Wagner group said": the kind of body written after an organisation's name is
  // the head of its phrase, not a gap (id `speaker/body-kind-after-name`)
  if (resolver.actors.get(m.recordId)?.kind === 'organization') gap = gap.replace(/^\s+(?:movement|militia|faction|group|organi[sz]ation|network|alliance|coalition|front|party)\b/i, '');
  // "Tom Brandt KC, said": an honour or office written after a person's name is no part of the gap
  const postNominal = /^\s+(\p{Lu}{2,3})\b/u.exec(gap);
  if (postNominal && POST_NOMINALS.has(postNominal[1] as string) && person) gap = gap.slice(postNominal[0].length);
  // "Edward L. Hennessy Jr., chairman, said": nor is a generational suffix the name data leaves out of the name
  const generation = /^,?\s+(?:Jr|Sr)\.?(?![\p{L}\p{M}])/u.exec(gap);
  if (generation && person) gap = gap.slice(generation[0].length);
  // "Sen. Ruth Dale of Velmar said": a person's home state or body after "of" is no subject of its own
  if (person) gap = withoutHomePlace(gap, m.end, resolver.bySentence.get(sentence.index) ?? []);
  // drop appositions and relative clauses: ", who was in Ireland at the time," / ", head of X,"
  gap = gap.replace(/,\s*(?:who|which|whose|a|an|the|head|chief|leader|one|including|among\s+them|such\s+as)\b[^,]*,/gi, ' ');
  // and a bare role of a person ("Ann Lee, chairman and chief executive officer, said")
  if (person) gap = gap.replace(/^,\s*(\p{Ll}[\p{Ll}-]*)\b[^,]*,/u, (aside, word: string) => (ROLE_NOUNS.has(word) ? ' ' : aside));
  return gap;
}

/**
 * The named plural at offset `at` ("Democrats" in "Democrats in the Senate praised", "Kurds in northern Syria
 * said") when it opens the clause: its actor, found or made as a group; else null (the plural is no subject: "a bill
 * backed by Democrats in the Senate passed").
 */
function namedGroupSpeaker(text: string, sentence: TaggedSentence, candidates: readonly EntityMention[], at: number, resolver: Resolver): string | null {
  const m = candidates.find((x) => x.start <= at && x.end > at);
  const start = m?.start ?? at;
  if (!/^\s*$|[,;:"“”—–]\s*$|,\s*(?:but|and|while)\s+$/.test(text.slice(sentence.start, start))) return null;
  if (m) return m.recordId;
  const word = /^\p{L}+/u.exec(text.slice(at))?.[0] ?? '';
  return makeSpeaker(resolver.book, word, 'group', { start: at, end: at + word.length, text: word }).id;
}

/** Sentences a description ("the aid group said") looks back over, its own included. */
const DESCRIPTION_SENTENCES = 2;

/**
 * Organisations named in the sentence before offset `before` and the two before it, the claims stage's own
 * speakers included, each with the word before its mention ("told Reuters" names an addressee).
 */
function recentOrganizations(text: string, sentence: TaggedSentence, before: number, resolver: Resolver): RecentOrganization[] {
  const from = resolver.sentenceStarts.get(sentence.index - DESCRIPTION_SENTENCES) ?? resolver.sentenceStarts.get(sentence.index - 1) ?? sentence.start;
  const wordBefore = (at: number) => /([\p{L}]+)[^\p{L}]*$/u.exec(text.slice(Math.max(0, at - 20), at))?.[1] ?? '';
  const out: RecentOrganization[] = [];
  const found = [
    // the sentence and the ones before it, looked up by index (not a scan of every sentence of the article)
    ...Array.from({ length: DESCRIPTION_SENTENCES + 1 }, (_, d) => resolver.bySentence.get(sentence.index - DESCRIPTION_SENTENCES + d) ?? []).flat(),
    ...resolver.book.created.flatMap((a) => a.mentions.map((m) => ({ recordId: a.id, record: 'actor' as const, start: m.start, end: m.end }))),
  ].filter((m) => m.record === 'actor' && m.start >= from && m.end <= before).sort((a, b) => a.start - b.start);
  for (const m of found) {
    if (resolver.actors.get(m.recordId)?.kind === 'organization') out.push({ id: m.recordId, wordBefore: wordBefore(m.start) });
  }
  return out;
}

/** "Marsh repeated her warning that": the subject of the sentence owns the claim noun, else the pronoun's antecedent. */
function claimNounOwner(sentence: TaggedSentence, cue: Cue, possessive: 'person' | 'plural' | 'thing', resolver: Resolver): string | null {
  const subject = firstAgent(resolver, sentence.index, (sentence.tokens[cue.first] as Token).start);
  const kind = subject ? resolver.actors.get(subject)?.kind : undefined;
  const fits = possessive === 'person' ? kind === 'person' : possessive === 'plural' ? kind === 'group' || kind === 'government' : kind !== 'person' && kind !== undefined;
  return subject && fits && !genderClash(sentence.tokens[cue.first - 1]?.lower ?? '', resolver.genders.get(subject)) ? subject : resolvePronoun(possessive, resolver, sentence.tokens[cue.first - 1]?.lower);
}

/**
 * A pronoun or an anaphoric noun phrase right before the cue ("she said", "the ministry said", "her lawyer said",
 * "the governor's office said"): its antecedent or null; undefined when none stands there.
 */
function anaphorBeforeCue(text: string, sentence: TaggedSentence, cue: Cue, resolver: Resolver): string | null | undefined {
  const owner = ownedRoleAnaphor(text, sentence, cue, resolver);
  if (owner !== undefined) return owner;
  for (let k = cue.first - 1; k >= Math.max(0, cue.first - 4); k--) {
    const t = sentence.tokens[k] as Token;
    const pron = own(SUBJECT_PRONOUNS, t.lower);
    // "Dale held a rally in Florida, and he said ...": the subject of the sentence's first clause
    if (pron) return sameSentenceSubject(sentence.tokens, k, mentionsIn(resolver, sentence.index), resolver.actors, (at) => insideQuote(resolver.quotes, at), resolver.genders) ?? resolvePronoun(pron, resolver, t.lower);
    // "Economists were divided. Some said ...": a quantifier standing alone as the subject is the group named last
    if (QUANTIFIER_SUBJECTS.test(t.lower) && (k === 0 || opensClauseAfter(sentence.tokens[k - 1] as Token)) && sentence.tokens.slice(k + 1, cue.first).every((x) => x.tags.has('Adverb') || x.tags.has('Auxiliary'))) {
      if (resolver.lastPlural !== null) return resolver.lastPlural;
      // "Some analysts were more cautious. Others pointed out ...": the group the sentence before opened with; a lone
      // quantifier is never a name of its own
      if (t.lower === 'others' || t.lower === 'some') return quantifiedGroupBefore(text, sentence, resolver);
    }
    // "the Oslo-listed company said": adjectives may stand between "the" and a generic organisation noun
    if (ORG_ANAPHOR_NOUNS.has(t.lower) && ORG_ANAPHOR_NOUNS.get(t.lower) === null && describedAnaphor(sentence.tokens, k)) {
      return organizationAnaphor(text, resolver, t);
    }
    // "The medical charity said", "the rights group said": a description of an organisation named just before
    // (a modifier the entity stage named on its own, "the U.N. refugee agency", makes a new description)
    const describedAt = describedBodyStart(sentence.tokens, k, (x) => (resolver.bySentence.get(sentence.index) ?? []).some((m) => m.start < x.end && m.end > x.start && m.end < t.end));
    if (describedAt >= 0) {
      const referent = describedReferent(recentOrganizations(text, sentence, (sentence.tokens[describedAt] as Token).start, resolver), resolver.lastClaimant);
      if (referent) return referent;
    }
    // "The union said", "The union representing workers at the plants said": the labour union named last, else an
    // unnamed union of its own
    if (t.lower === 'union' && sentence.tokens[k - 1]?.lower === 'the' && !/^(?:to|of|for|with|by|from|on|in)$/.test(sentence.tokens[k - 2]?.lower ?? '')) {
      return labourUnion(resolver, t.start) ?? makeSpeaker(resolver.book, 'union', 'organization', { start: t.start, end: t.end, text: t.text }).id;
    }
    // not the object of a preposition ("officials close to the ministry said": the officials speak)
    if (ORG_ANAPHORS.has(t.lower) && sentence.tokens[k - 1]?.lower === 'the' && !/^(?:to|of|for|with|by|from|on|in)$/.test(sentence.tokens[k - 2]?.lower ?? '')) {
      // "the ministry", "the company": the entity stage's resolver; "the government", "the army": the focal one
      if (!ORG_ANAPHOR_NOUNS.has(t.lower)) {
        // "the army" in an article that names neither an army nor a government: the phrase itself, made below
        const resolved = resolveAnaphor(t.lower, resolver, t.start);
        if (resolved) return resolved;
        // "The administration contended that ..." with no government named: the administration of the story, a body
        // of its own (as "the ministry said" with no ministry named; id `speaker/unnamed-administration`)
        if (t.lower === 'administration') return makeSpeaker(resolver.book, 'administration', 'organization', { start: t.start, end: t.end, text: t.text }).id;
        break;
      }
      const resolved = organizationAnaphor(text, resolver, t);
      // "the ministry said" when no ministry was named: a body of its own, not the last thing named
      if (resolved !== null || ORG_ANAPHOR_NOUNS.get(t.lower) === null) return resolved;
      // "The World Food Programme warned ... The agency said": the organisation that spoke just before (agencies
      // are often named without the word; a ministry, court or party is named with it)
      const recent = t.lower === 'agency' ? recentOrganizations(text, sentence, (sentence.tokens[k - 1] as Token).start, resolver) : [];
      if (resolver.lastClaimant !== null && recent.some((r) => r.id === resolver.lastClaimant)) return resolver.lastClaimant;
      return makeSpeaker(resolver.book, t.lower, 'organization', { start: t.start, end: t.end, text: t.text }).id;
    }
    const titled = titledAnaphorAt(text, sentence, cue, k, resolver);
    if (titled !== undefined) return titled;
    // ("His campaign later accused": adverbs of time the tagger reads as adjectives; round 13)
    if (!(t.tags.has('Adverb') || t.tags.has('Auxiliary') || t.tags.has('Modal') || t.tags.has('Negative') || /^(?:now|then|also|further|later|earlier|again|previously|privately|publicly|separately)$/.test(t.lower))) break;
  }
  return undefined;
}

/**
 * The speaker of a role or title noun at token `k` before the cue: "her lawyer said", "the governor's office said",
 * "the general said", "The campaign said", "the regional governor said"; undefined when the noun is none of these.
 */
function titledAnaphorAt(text: string, sentence: TaggedSentence, cue: Cue, k: number, resolver: Resolver): string | null | undefined {
  const t = sentence.tokens[k] as Token;
  // "her lawyer said", "its spokesman said": the one a spokesperson, lawyer or aide speaks for, as "X's lawyer said"
  // ("Its chairman said", "Its commission chairman said": an officer of the body "its" refers to speaks for it, as
  // its spokesman does; id `speaker/officer-of-its-body`)
  // ("Its commission chairman said", "its board chairwoman said": one lower-case noun of the body's part between;
  // round 13)
  const modifierOfIts = OFFICER_NOUNS.test(t.lower) && sentence.tokens[k - 2]?.lower === 'its' && /^\p{Ll}+$/u.test(sentence.tokens[k - 1]?.text ?? '') && sentence.tokens[k - 1]?.tags.has('Noun') === true;
  const p = modifierOfIts ? k - 1 : k;
  const officerOfIts = OFFICER_NOUNS.test(t.lower) && sentence.tokens[p - 1]?.lower === 'its' && (p - 1 === 0 || /[,;:"“”]\s*$/.test(sentence.tokens[p - 2]?.post ?? ''));
  const ownerPronoun = SPOKESPERSON_NOUNS.test(t.lower) || officerOfIts ? own(POSSESSIVE_PRONOUN_KINDS, sentence.tokens[p - 1]?.lower ?? '') : undefined;
  // ("an upset that his campaign said showed ...": also opening a relative clause)
  if (ownerPronoun && (p - 1 === 0 || /[,;:"“”]\s*$/.test(sentence.tokens[p - 2]?.post ?? '') || /^(?:and|but|that|which)$/.test(sentence.tokens[p - 2]?.lower ?? ''))) {
    // "Tom Lee denied the charges and his lawyer said": the person the sentence named before the pronoun, of the
    // pronoun's gender ("Angela Merkel spoke to Pavel Orlov ..., her spokesman said" is Merkel's; id
    // `speaker/possessor-gender-in-sentence`)
    const word = sentence.tokens[p - 1]?.lower ?? '';
    const before = ownerPronoun === 'person' ? mentionsIn(resolver, sentence.index).filter((m) => m.end <= (sentence.tokens[p - 1] as Token).start && resolver.actors.get(m.recordId)?.kind === 'person' && !genderClash(word, resolver.genders.get(m.recordId))) : [];
    return before.length > 0 ? (before[before.length - 1] as EntityMention).recordId : resolvePronoun(ownerPronoun, resolver, sentence.tokens[p - 1]?.lower);
  }
  // "the general said", "the minister added": the person last named with that title
  // "the governor's office said", "the president's spokesman said": the title's one holder speaks through them
  const ownerTitle = /^(?:office|campaign|spokes(?:man|woman|person)|aides?|lawyers?|team)$/.test(t.lower) ? /^(\p{L}+)['’]s$/u.exec(sentence.tokens[k - 1]?.text ?? '') : null;
  if (ownerTitle && sentence.tokens[k - 2]?.lower === 'the' && TITLE_ANAPHOR_NOUNS.has((ownerTitle[1] as string).toLowerCase())) {
    const holder = resolveTitleHolder(resolver.actorList, (ownerTitle[1] as string).toLowerCase(), { mentions: resolver.mentions, at: t.start })?.id;
    if (holder) return holder;
  }
  // "The Vermont senator's campaign said", "the Ohio Republican's aides said": a described person's campaign or aides
  // speak for the person the description names (id `speaker/described-owner`)
  if (ownerTitle) {
    const owner = describedOwner(text, sentence, k - 1, resolver);
    if (owner) return owner;
  }
  // ("critics of the senator argue": "the senator" is a complement, not the subject)
  const complement = /^(?:of|for|from|with|to|by)$/.test(sentence.tokens[k - 2]?.lower ?? '');
  if (sentence.tokens[k - 1]?.lower === 'the' && !ORG_ANAPHORS.has(t.lower) && !complement) {
    // the entity stage's resolver: the one current holder of that title ("Former President A" holds none)
    const titled = TITLE_ANAPHOR_NOUNS.has(t.lower) ? resolveTitleHolder(resolver.actorList, t.lower, { mentions: resolver.mentions, at: t.start })?.id ?? null : null;
    if (titled) return titled;
  }
  // "The campaign said": the candidate whose campaign the article named ("the Dale campaign", "Dale's campaign")
  if (t.lower === 'campaign' && sentence.tokens[k - 1]?.lower === 'the' && (k - 1 === 0 || opensClauseAfter(sentence.tokens[k - 2] as Token))) {
    return campaignOwner(text, t.start, resolver);
  }
  // "the regional governor said": a title with modifiers right before the cue
  const nextToCue = k === cue.first - 1 || sentence.tokens.slice(k + 1, cue.first).every((x) => x.tags.has('Adverb'));
  return nextToCue ? modifiedTitleSpeaker(text, sentence.tokens, k, resolver) : undefined;
}

/**
 * The person a description ending in a possessive role at `at` names ("the Vermont senator's"), when the description
 * opens its clause with "the" and at most three modifiers before the role; else null.
 */
function describedOwner(text: string, sentence: TaggedSentence, at: number, resolver: Resolver): string | null {
  const { tokens } = sentence;
  const role = (tokens[at] as Token).lower.replace(/['’]s?$/, '');
  if (!(TITLE_ANAPHOR_NOUNS.has(role) || ROLE_NOUNS.has(role) || PARTY_MEMBER_NOUNS.has(role))) return null;
  let opener = at - 1;
  while (opener > 0 && at - opener <= 3 && tokens[opener]?.lower !== 'the' && !/[,;:"“”]/.test((tokens[opener] as Token).post) && ((tokens[opener] as Token).tags.has('Adjective') || /^\p{Lu}/u.test((tokens[opener] as Token).text))) opener--;
  if (tokens[opener]?.lower !== 'the' || opener === at - 1 || (opener > 0 && !opensClauseAfter(tokens[opener - 1] as Token))) return null;
  if (namedInDescription(resolver, sentence.index, (tokens[opener] as Token).start, (tokens[at] as Token).end)) return null;
  return describedPerson(text, resolver, sentence, opener, at, role);
}

/** The person whose campaign the text names last before `before` ("the Dale campaign", "Ruth Dale's campaign"), else null. */
function campaignOwner(text: string, before: number, resolver: Resolver): string | null {
  const from = firstAtOrAfter(resolver.mentions, before);
  for (let i = from - 1; i >= Math.max(0, from - ANAPHOR_WINDOW); i--) {
    const m = resolver.mentions[i] as EntityMention;
    if (m.record !== 'actor' || resolver.actors.get(m.recordId)?.kind !== 'person') continue;
    if (/^(?:['’]s?)?\s+(?:(?:presidential|re-?election|senate|gubernatorial|primary|mayoral)\s+)?campaign\b/iu.test(text.slice(m.end, m.end + 40))) return m.recordId;
  }
  return null;
}

/**
 * The person the article names beside a role phrase anywhere, before or after ("Pavlo Ruden, the regional governor,"
 * "the regional governor, Pavlo Ruden,", "regional governor Pavlo Ruden"): the earliest such person, else null.
 */
function personInApposition(text: string, phrase: string, resolver: Resolver): string | null {
  const words = phrase.split(/\s+/).map(escapeRegExp).join('\\s+');
  const at = new RegExp(`\\b${words}\\b`, 'giu');
  for (const m of text.matchAll(at)) {
    const start = m.index;
    const end = start + m[0].length;
    const person = resolver.mentions.find((x) => x.record === 'actor' && resolver.actors.get(x.recordId)?.kind === 'person'
      && (/^,\s*(?:the\s+)?$/iu.test(text.slice(x.end, start)) || /^,?\s+$/.test(text.slice(end, x.start))));
    if (person) return person.recordId;
  }
  return null;
}

/** Heads of an official's title that a modifier makes an unnamed role of its own ("the regional governor"). */
const MODIFIED_TITLE_HEADS: ReadonlySet<string> = new Set([...TITLE_ANAPHOR_NOUNS, 'chief', 'head', 'official', 'commander']);

/**
 * "The regional governor said", '..., the local police chief said': a title with lower-case modifiers and no name
 * is the one person holding that title; when nobody in the article holds it, an unnamed official of its own, named
 * by the phrase (as "a senior aide said" is), since readers and annotators keep an unnamed official as the source.
 * Null when several hold it; undefined when the words before the head are no such phrase (a bare "the governor"
 * is the entity stage's resolver's; "the former prosecutor" is a description of a person).
 */
function modifiedTitleSpeaker(text: string, tokens: readonly Token[], k: number, resolver: Resolver): string | null | undefined {
  const head = tokens[k] as Token;
  if (!MODIFIED_TITLE_HEADS.has(head.lower) || head.tags.has('Plural')) return undefined;
  let j = k - 1;
  while (j > k - 4 && j > 0 && /^\p{Ll}[\p{Ll}-]*$/u.test((tokens[j] as Token).text) && !/[,;:()"“”]/.test((tokens[j] as Token).post) && !(tokens[j] as Token).tags.has('Verb') && (tokens[j] as Token).lower !== 'the') j--;
  if (j === k - 1 || tokens[j]?.lower !== 'the') return undefined;
  const modifiers = tokens.slice(j + 1, k);
  if (modifiers.some((m) => TIME_BOUNDED_MODIFIERS.has(m.lower) || m.tags.has('Preposition') || m.tags.has('Determiner'))) return undefined;
  // the phrase opens its clause ("Critics of the regional governor said" is a complement)
  if (j > 0 && !opensClauseAfter(tokens[j - 1] as Token)) return undefined;
  const holder = TITLE_ANAPHOR_NOUNS.has(head.lower) ? resolveTitleHolder(resolver.actorList, head.lower, { mentions: resolver.mentions, at: head.start }) : undefined;
  if (holder) return holder.id;
  const anyHolder = resolver.actorList.some((a) => a.kind === 'person' && a.titles.some((x) => x.toLowerCase().split(/\s+/).includes(head.lower)));
  if (anyHolder) return null;
  const first = tokens[j + 1] as Token;
  const named = personInApposition(text, text.slice(first.start, head.end), resolver);
  if (named) return named;
  return makeSpeaker(resolver.book, text.slice(first.start, head.end), 'person', { start: first.start, end: head.end, text: text.slice(first.start, head.end) }).id;
}

/** Quantifiers that stand for a group named before ("Some said", "Others warned", "Many believe"). */
const QUANTIFIER_SUBJECTS = /^(?:some|others|many|most|several)$/;

/** Whether a phrase right after `before` opens its clause: `before` ends in punctuation or is "and"/"but". */
function opensClauseAfter(before: Token): boolean {
  return /[,;:"“”—–]\s*$/.test(before.post) || /^(?:and|but)$/.test(before.lower);
}

/**
 * "The company's chief executive said", "the ministry's spokesman said": a role that a generic organisation noun
 * owns speaks for the organisation the noun refers to, as "Korvel's spokesman said" speaks for Korvel. Undefined
 * when the subject is no such phrase or the noun refers to no organisation (the phrase is then read as before).
 */
function ownedRoleAnaphor(text: string, sentence: TaggedSentence, cue: Cue, resolver: Resolver): string | undefined {
  const { tokens } = sentence;
  let k = cue.first - 1;
  while (k > 0 && (tokens[k] as Token).tags.has('Adverb')) k--;
  const head = tokens[k];
  if (!head || !(isSpeakerRole(head.lower) || ROLE_NOUNS.has(head.lower))) return undefined;
  let j = k - 1;
  while (j > k - 4 && j > 0 && /^\p{Ll}+$/u.test((tokens[j] as Token).text) && !/['’]s$/.test((tokens[j] as Token).text)) j--;
  const possessor = tokens[j];
  const noun = possessor ? /^(\p{Ll}+)['’]s$/u.exec(possessor.text)?.[1] : undefined;
  if (!possessor || noun === undefined || !ORG_ANAPHOR_NOUNS.has(noun) || tokens[j - 1]?.lower !== 'the') return undefined;
  // the phrase opens its clause ("Critics of the company's chief executive said" is a complement)
  const before = tokens[j - 2];
  if (before && !opensClauseAfter(before)) return undefined;
  return organizationAnaphor(text, resolver, { ...possessor, lower: noun }) ?? undefined;
}

/** Officers who head a body and speak for it when "its" names the body ("Its chairman said"). */
const OFFICER_NOUNS = /^(?:chairman|chairwoman|chair|chairperson|president|chief|head|director|leader|secretary-general|commissioner)$/;

/** Those who speak for someone else, as "X's lawyer said" speaks for X. */
const SPOKESPERSON_NOUNS = /^(?:spokes(?:man|woman|person)|lawyers?|attorneys?|aides?|campaign|office|representatives?)$/;


/** The index of the last word of the subject before a cue, past adverbs and auxiliaries; -1 when none. */
function subjectHeadBefore(tokens: readonly Token[], cueFirst: number): number {
  let k = cueFirst - 1;
  while (k >= 0 && ((tokens[k] as Token).tags.has('Adverb') || (tokens[k] as Token).tags.has('Auxiliary') || (tokens[k] as Token).tags.has('Negative'))) k--;
  return k;
}

/**
 * "His uncle said", "Haddad's uncle told CNN": a kin noun with a possessor is a person of its own, named after the
 * possessor ("Haddad's uncle", also known by the possessor's full name); the pronoun takes the last person named.
 */
function kinSpeaker(text: string, sentence: TaggedSentence, k: number, resolver: Resolver): string | null {
  const { tokens } = sentence;
  const noun = tokens[k];
  const possessor = tokens[k - 1];
  if (!noun || !possessor || !KIN_NOUNS.has(noun.lower)) return null;
  let owner: Actor | undefined;
  if (/^(?:his|her)$/.test(possessor.lower)) owner = resolver.lastPerson === null ? undefined : resolver.actors.get(resolver.lastPerson);
  else if (/['’]s?$/.test(possessor.text) && /['’]/.test(possessor.text)) {
    const m = mentionsIn(resolver, sentence.index).find((x) => x.end >= possessor.start && x.start < possessor.end);
    owner = m ? resolver.actors.get(m.recordId) : undefined;
  }
  if (!owner || owner.kind !== 'person') return null;
  const surname = owner.name.split(/\s+/).pop() as string;
  const name = `${surname}'s ${noun.lower}`;
  const actor = makeSpeaker(resolver.book, name, 'person', { start: possessor.start, end: noun.end, text: text.slice(possessor.start, noun.end) });
  const full = `${owner.name}'s ${noun.lower}`;
  if (full !== name && !actor.aliases.includes(full) && resolver.book.created.includes(actor)) actor.aliases.push(full);
  return actor.id;
}

/** "the company said": the entity stage's resolver over the article's actors and the speakers made here, else the last thing named. */
function organizationAnaphor(text: string, resolver: Resolver, t: Token): string | null {
  const actors = [...resolver.actorList, ...resolver.book.created];
  const found = resolveOrganizationAnaphor(actors, resolver.mentions, t.lower, t.start, (m) => text.slice(m.end, m.end + 80), (m) => text.slice(Math.max(0, m.start - 40), m.start))?.id;
  if (found) return found;
  // a named kind of body ("the ministry") is never the last thing named; "the company" in an article that names
  // no company is not the government named last
  if (ORG_ANAPHOR_NOUNS.get(t.lower) !== null) return null;
  const last = resolver.lastThing === null ? undefined : resolver.actors.get(resolver.lastThing);
  // (nor a public institution: "The Environmental Protection Agency fined ... The company denied")
  return last?.kind !== 'organization' || (companyNoun(t.lower) && institutionName(last.name)) ? null : resolver.lastThing;
}

/**
 * "Sen. Ruth Dale of Velmar said": `gap` (the text after a person's mention at `from`) without an "of" phrase
 * naming a place the entity stage found there (a home state, a city); other "of" phrases are kept.
 */
function withoutHomePlace(gap: string, from: number, sentenceMentions: readonly EntityMention[]): string {
  const of = /^\s+of\s+/.exec(gap);
  if (!of) return gap;
  const place = sentenceMentions.find((x) => x.record === 'place' && x.start === from + of[0].length);
  return place ? ' ' + gap.slice(place.end - from) : gap;
}

/**
 * "Analysts polled by Norstat", "economists surveyed by the agency": when mention `m` is the agent of a participle
 * right before it, the index of that participle (the subject phrase ends before it); undefined otherwise.
 */
function reducedRelativeHead(text: string, sentence: TaggedSentence, m: EntityMention): number | undefined {
  if (!/\p{L}(?:ed|en|wn)\s+by\s+(?:the\s+)?$/u.test(text.slice(Math.max(sentence.start, m.start - 40), m.start))) return undefined;
  const by = sentence.tokens.findLastIndex((t) => t.end <= m.start && t.lower === 'by');
  const participle = sentence.tokens[by - 1];
  if (!participle || !participle.tags.has('Verb') || by < 2 || /[,;:]/.test((sentence.tokens[by - 2] as Token).post)) return undefined;
  return by - 1;
}

/** Second halves of hyphenated business descriptions ("Oslo-listed", "Michigan-based", "state-owned"). */
const LOCATED_PARTICIPLES = /^(?:based|listed|owned|run|backed)$/;

/**
 * "the Oslo-listed company", "the German carmaker", "the struggling lender", "the Dearborn, Michigan-based
 * automaker": "the" and up to three modifiers before token `k`: adjectives (no other nouns), participles, proper
 * adjectives, and a place with its state before "-based".
 */
function describedAnaphor(tokens: readonly Token[], k: number): boolean {
  // the tokenizer splits "Michigan-based" at its hyphen: "Michigan" (post "-") and "based"
  const basedAfter = (i: number) => tokens[i]?.post === '-' && LOCATED_PARTICIPLES.test(tokens[i + 1]?.lower ?? '');
  for (let j = k - 1; j >= Math.max(0, k - 6); j--) {
    const t = tokens[j] as Token;
    if (t.lower === 'the') return j < k - 1;
    // "Dearborn, Michigan-based": a comma only between a place and its state before "-based"
    const placeComma = /^,\s*$/.test(t.post) && /^\p{Lu}/u.test(t.text) && basedAfter(j + 1);
    if (/[,;:"“”]/.test(t.post) && !placeComma) return false;
    const modifier = (t.tags.has('Adjective') && !t.tags.has('Noun')) || /^\p{Lu}\p{Ll}+$/u.test(t.text) || basedAfter(j) ||
      (tokens[j - 1]?.post === '-' && basedAfter(j - 1)) || /^\p{Ll}+(?:ing|ed)$/u.test(t.text) || rankModifier(tokens, j);
    if (!modifier) return false;
  }
  return false;
}

/**
 * A rank in a company's description ("the No. 3 U.S. automaker", "the nation's third-largest automaker", "the
 * world's biggest miner"): "No." and its number, an abbreviated country, an ordinal or superlative, and the owner of
 * the ranking (the nation, the country, the world).
 */
function rankModifier(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j] as Token;
  if (/^\d+$/.test(t.text) && tokens[j - 1]?.lower === 'no') return true;
  if (t.lower === 'no' && /^\.\s*$/.test(t.post) && /^\d+$/.test(tokens[j + 1]?.text ?? '')) return true;
  if (/^\p{Lu}(?:\.\p{Lu})+\.?$/u.test(t.text)) return true;
  if (/^(?:nation|country|world|region|state|industry|continent)['’]s$/.test(t.lower)) return true;
  return /^(?:first|second|third|fourth|fifth|largest|biggest|smallest|oldest|leading|top|number)$/.test(t.lower) || t.post === '-';
}

/**
 * A document as the subject of the cue ("A Vantage Institute poll released last week found", "a study by Greenfield
 * showed", "A statement from the ministry said", "The indictment alleges"): its author when the phrase names one (a
 * name before the noun or after "by/from/of", an anaphor there: "the ministry's statement"), else the author of an
 * earlier document of its kind or the actor named where it was introduced, else the document itself as a speaker.
 */
function documentSpeaker(text: string, sentence: TaggedSentence, cue: Cue, resolver: Resolver): string | null {
  const doc = DOCUMENT_CUES.has(cue.lemma) ? documentBefore(sentence.tokens, cue.first) : null;
  if (!doc) return null;
  const { tokens } = sentence;
  const noun = tokens[doc.noun] as Token;
  const phraseStart = (tokens[doc.possessor >= 0 ? doc.possessor : doc.first] as Token).start;
  const cueStart = (tokens[cue.first] as Token).start;
  const mentions = mentionsIn(resolver, sentence.index);
  // "the Centre for Strategic and International Studies said": a document's noun written with its capital inside a
  // body's name is that name's last word, not a study (round 12)
  if (/^\p{Lu}/u.test(noun.text) && doc.noun > 0 && mentions.some((m) => m.start < noun.start && m.end >= noun.end)) return null;
  const named = mentions.find((m) => m.start >= phraseStart && m.end <= noun.start)
    // ("The ruling by Judge Ann Lee said", "the opinion by federal judge Ivo Lind": a title between "by" and the name)
    ?? mentions.find((m) => m.start >= noun.end && m.end <= cueStart && /^\s+(?:\p{L}+\s+){0,2}?(?:by|from|of|for)\s+(?:the\s+)?(?:(?:\p{Lu}[\p{L}.]*|federal|district|circuit|appeals|chief|senior|judge|justice|magistrate)\s+){0,3}$/u.test(text.slice(noun.end, m.start)));
  const author = named?.recordId ?? documentAnaphor(text, sentence, doc, cue, resolver) ?? documentNamer(text, tokens, doc, resolver);
  if (author) {
    resolver.documentAuthors.set(documentKey(noun.lower), author);
    return author;
  }
  const earlier = resolver.documentAuthors.get(documentKey(noun.lower)) ?? earlierDocumentAuthor(text, noun, resolver);
  if (earlier) return earlier;
  // "The ministry's estimates show": a body named by a common noun owns the document, as "the ministry said" names one
  const owner = doc.possessor >= 0 ? /^(\p{Ll}+)['’]s?$/u.exec((tokens[doc.possessor] as Token).text)?.[1] : undefined;
  if (owner !== undefined && ORG_ANAPHORS.has(owner)) {
    const at = tokens[doc.possessor] as Token;
    return makeSpeaker(resolver.book, owner, 'organization', { start: at.start, end: at.start + owner.length, text: owner }).id;
  }
  const name = text.slice((tokens[doc.first] as Token).start, noun.end);
  return makeSpeaker(resolver.book, name.charAt(0).toLowerCase() + name.slice(1), 'organization', { start: (tokens[doc.first] as Token).start, end: noun.end, text: name }).id;
}

/** One key for the forms and synonyms of a document noun: a poll is a survey, "polls" a poll; a report is no poll. */
function documentKey(noun: string): string {
  const singular = noun.replace(/ies$/, 'y').replace(/(?<!s)s$/, '');
  return singular === 'survey' ? 'poll' : singular;
}

/** How far back (characters) a document looks for the sentence that introduced it. */
const DOCUMENT_WINDOW = 1500;

/**
 * "The European Parliament passed a resolution ... The resolution also stated": the actor named last before the
 * document noun's previous occurrence, in that occurrence's sentence.
 */
function earlierDocumentAuthor(text: string, noun: Token, resolver: Resolver): string | null {
  const from = Math.max(0, noun.start - DOCUMENT_WINDOW);
  const re = new RegExp(`\\b${noun.lower.replace(/s$/, '')}s?\\b`, 'gi');
  let previous = -1;
  for (const m of text.slice(from, noun.start).matchAll(re)) previous = from + (m.index ?? 0);
  if (previous < 0) return null;
  const before = resolver.mentions.slice(0, firstAtOrAfter(resolver.mentions, previous)).findLast((m) => m.record === 'actor' && m.end <= previous);
  // in the same sentence as the earlier occurrence
  return before && !/[.!?]["”’]?\s/.test(text.slice(before.end, previous)) ? before.recordId : null;
}

/** "A statement from the ministry", "the ministry's statement": an organisation anaphor as the document's author. */
function documentAnaphor(text: string, sentence: TaggedSentence, doc: DocumentPhrase, cue: Cue, resolver: Resolver): string | null {
  const { tokens } = sentence;
  const possessed = doc.possessor >= 0 ? (tokens[doc.possessor] as Token) : undefined;
  const word = possessed?.lower.replace(/['’]s?$/, '');
  if (possessed && word && ORG_ANAPHORS.has(word) && tokens[doc.possessor - 1]?.lower === 'the') {
    return ORG_ANAPHOR_NOUNS.has(word) ? organizationAnaphor(text, resolver, { ...possessed, lower: word }) : resolveAnaphor(word, resolver, possessed.start);
  }
  for (let j = doc.noun + 2; j < cue.first; j++) {
    const t = tokens[j] as Token;
    if (!ORG_ANAPHORS.has(t.lower) || tokens[j - 1]?.lower !== 'the' || !/^(?:from|by|of)$/.test(tokens[j - 2]?.lower ?? '')) continue;
    return ORG_ANAPHOR_NOUNS.has(t.lower) ? organizationAnaphor(text, resolver, t) : resolveAnaphor(t.lower, resolver, t.start);
  }
  return null;
}

/** "A Quinnipiac poll", "a new Gallup survey": capitalised words before the noun that the entity stage left unnamed. */
function documentNamer(text: string, tokens: readonly Token[], doc: DocumentPhrase, resolver: Resolver): string | null {
  let first = -1;
  for (let j = doc.noun - 1; j >= doc.first; j--) {
    const t = tokens[j] as Token;
    if (!/^\p{Lu}/u.test(t.text) || t.tags.has('Date') || /^(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/.test(t.lower)) break;
    first = j;
  }
  // a capitalised first word of the sentence alone ("Court documents show") is no name
  if (first < 0 || (first === 0 && first === doc.noun - 1)) return null;
  const start = (tokens[first] as Token).start;
  const end = (tokens[doc.noun - 1] as Token).end;
  return makeSpeaker(resolver.book, text.slice(start, end), 'organization', { start, end, text: text.slice(start, end) }).id;
}

/**
 * A participle of the saying's circumstance right after a postposed cue (", joined by ...", ", speaking at a rally",
 * ", flanked by aides"): no claim of its own and none of the content. Id: `claims/circumstance-after-cue`.
 */
const PARTICIPLE_AFTER_CUE = /^,\s*(?:joined|backed|flanked|accompanied|surrounded|speaking|standing|sitting|appearing|visiting|campaigning|addressing|reading|writing|gesturing|pointing|referring|responding|reacting|answering|testifying|wearing)\b[^,;]*[.!?"”’']*$/u;

/**
 * '"I will look at it at the time," Brennan said when the moderator pressed him.', '"This is a sad day," Lee told
 * reporters after the verdict was read.': a clause of time after a cue whose claim stands before it is the saying's
 * circumstance, not its content (an addressee or a day may come first; "as many as" is no clause; a main clause
 * after a comma, "said when the dam broke, 40 people died", and a "that" after the clause, "said after a review that ...",
 * report after the cue). Id: `claims/time-clause-after-cue`.
 */
const TIME_CLAUSE_AFTER = /^(?![^.;]*\bthat\s)(?:(?:reporters|journalists|the\s+(?:court|jury|crowd|audience|committee|judge)|(?:on\s+)?\p{L}+day)\s+)?(?:when|as(?!\s+(?:many|much|well|long|soon|far|part|of|if|though|a\s+result)\b)|after|before|while|once|until|(?:moments|shortly|hours|days|minutes|soon)\s+(?:after|before))\s[^,;]*(?:,\s*(?:adding|saying|noting|before|after|as)\b[^;]*)?[.!?"”’']*$/iu;

const SAYING_CIRCUMSTANCE = /^(?:(?:on|last|this|late|early)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year|night|morning|afternoon|evening)|yesterday|today|tonight|reporters|journalists|(?:by|over\s+the)\s+(?:tele)?phone|by\s+(?:e-?mail|text(?:\s+message)?|video\s+link)|(?:in|at|during|on|via|through|to)\s+(?:a|an|the|his|her|its|their)\s+(?:[\p{L}-]+\s+){0,3}?(?:statement|interview|speech|letter|message|post|video|conference|briefing|meeting|rally|hearing|broadcast|reporters|journalists))(?:\s+on\s+\p{L}+day)?[.!?"”’']*$/iu;

/**
 * "An airstrike killed 12 people, local officials said, as fighting intensified": after a postposed attribution a
 * comma and a subordinating or contrasting conjunction open the writer's own clause, not the claim. Id:
 * `claims/aside-after-postposed-cue`.
 */
const ASIDE_CLAUSE_AFTER = /^,\s*(?:compared\s+(?:with|to)|up\s+from|down\s+from|versus|in\s+line\s+with|(?:even|just)\s+as|as|in\s+(?:a|an|what|the\s+(?:latest|newest|deadliest|worst|biggest|largest|first|second|third))|while|whereas|amidst|amid|but|although|though|because|after|before|when|despite|following|until|ahead\s+of|days\s+after|hours\s+after|weeks\s+after)\s/iu;

/** Possessive pronouns before a claim noun, by the kind of antecedent they take. */
const POSSESSIVE_PRONOUN_KINDS: Readonly<Record<string, 'person' | 'plural' | 'thing'>> = { his: 'person', her: 'person', their: 'plural', its: 'thing' };

/** Conjunctions that join a clause with a subject of its own to a claim's clause. */
const CLAUSE_JOINERS = /^(?:although|though|while|whilst|whereas|but|and|as)$/i;

/**
 * "..., although industry analysts say ...", "..., but the union says ...": the index of the conjunction
 * opening the clause of `cue` when a short subject phrase (no verb, no comma) stands between the two and the
 * conjunction follows the earlier cue (`after`); null otherwise.
 */
function joinedClauseStart(sentence: TaggedSentence, cue: Cue, after: number, objectCue = false): number | null {
  for (let j = cue.first - 1; j > after && j >= cue.first - 6; j--) {
    const t = sentence.tokens[j] as Token;
    // ("has denied wrongdoing and his lawyers argued that": after a cue whose object is a noun phrase, "and" with a
    // subject of its own before the next cue opens another source's clause, comma or not)
    if (CLAUSE_JOINERS.test(t.lower)) return j < cue.first - 1 && (/,\s*$/.test(sentence.tokens[j - 1]?.post ?? '') || (objectCue && nounObjectBefore(sentence.tokens, after, j))) ? j : null;
    if (/[,;:]/.test(t.post) || (t.tags.has('Verb') && !t.tags.has('Auxiliary'))) return null;
  }
  return null;
}

/**
 * Cues whose object is a noun phrase, not a clause ("denied wrongdoing", "criticised the bill", "welcomed the
 * ruling"): what follows their object after "and" is never part of it. Id: `content/noun-object-cues`.
 */
const NOUN_OBJECT_CUES: ReadonlySet<string> = new Set([
  'deny', 'reject', 'dismiss', 'criticise', 'criticize', 'condemn', 'welcome', 'praise', 'blame', 'denounce', 'hail', 'applaud', 'deplore', 'dispute', 'concede',
]);

/**
 * The index of a past verb right after "and" that follows a noun-object cue's object ("condemned the killings and
 * ordered ...", "denied the report and resigned"), else -1. Id: `content/noun-object-next-act`.
 */
function nextActAfterObject(sentence: TaggedSentence, cue: Cue): number {
  const { tokens } = sentence;
  for (let j = cue.last + 1; j < tokens.length - 1; j++) {
    const t = tokens[j] as Token;
    if (/[;:"“”]/.test(t.post)) return -1;
    if (t.lower !== 'and') continue;
    const verb = tokens[j + 1] as Token;
    const past = verb.tags.has('PastTense') && !verb.tags.has('Noun') && !verb.tags.has('Gerund') && !verb.tags.has('Adjective');
    return past && nounObjectBefore(tokens, cue.last, j) ? j + 1 : -1;
  }
  return -1;
}

/** Possessives that open a clause's subject ("and its shares fell"). */
const POSSESSIVE_OPENERS = /^(?:its|his|her|their|our)$/;

/** A tensed verb, not a noun or gerund the tagger also reads ("fell", "is", "will", "raised"). */
function tensedVerb(w: Token): boolean {
  if (w.tags.has('Noun') || w.tags.has('Gerund') || w.tags.has('Adjective')) return false;
  return w.tags.has('PastTense') || (w.tags.has('Verb') && (w.tags.has('PresentTense') || w.tags.has('Copula') || w.tags.has('Auxiliary') || w.tags.has('Modal')));
}

/**
 * The index of "and" or "but" after a comma that follows a cue's object with no verb in it ("asked the European Union
 * for help, and Italy and Croatia sent aircraft", "condemned the attack, but the army denied it"), when a subject of up
 * to four words and a tensed verb follow ("reported a rise in earnings, and Exxon is due to report", "and its shares
 * fell"): a clause of its own, no part of what was said or asked. Else -1. Id: `content/clause-after-object`.
 */
function otherClauseAfterObject(sentence: TaggedSentence, cue: Cue): number {
  const { tokens } = sentence;
  for (let j = cue.last + 2; j < tokens.length - 2; j++) {
    const t = tokens[j] as Token;
    if (/[;:"“”]/.test(t.post)) return -1;
    if (!/^(?:and|but)$/.test(t.lower) || !/,\s*$/.test((tokens[j - 1] as Token).post)) continue;
    if (!nounObjectBefore(tokens, cue.last, j)) return -1;
    for (let k = j + 1; k <= Math.min(tokens.length - 1, j + 5); k++) {
      const w = tokens[k] as Token;
      if (k > j + 1 && tensedVerb(w)) return j;
      // ("and police arrested": the tagger may read a group noun opening the clause as a verb)
      const opener = k === j + 1 && !w.tags.has('PastTense');
      if (!(opener || w.tags.has('Noun') || w.tags.has('ProperNoun') || w.tags.has('Determiner') || w.tags.has('Adjective') || POSSESSIVE_OPENERS.test(w.lower) || w.lower === 'and') || /[,;:]/.test(w.post)) return -1;
    }
    return -1;
  }
  return -1;
}

/**
 * The index of "on" opening a day right after a noun-object cue's object ("conceded defeat on Sunday", "denied the
 * report on Friday, saying ..."), else -1. Id: `content/noun-object-day`.
 */
function dayAfterObject(sentence: TaggedSentence, cue: Cue): number {
  const { tokens } = sentence;
  for (let j = cue.last + 2; j < Math.min(tokens.length - 1, cue.last + 8); j++) {
    const t = tokens[j] as Token;
    // ("blamed the flooding on years of underinvestment": "on" of blame, and a span of years, open no day)
    const day = tokens[j + 1] as Token;
    if (t.lower === 'on' && day.tags.has('Date') && !/^(?:years?|months?|weeks?|days?|decades?|centuries|hours?)$/.test(day.lower) && cue.lemma !== 'blame' && nounObjectBefore(tokens, cue.last, j)) return j;
    if (/[,;:"“”]/.test(t.post)) return -1;
  }
  return -1;
}

/** Tokens after..before-1 are a noun phrase: no verb but a gerund or participle modifier. */
function nounObjectBefore(tokens: readonly Token[], after: number, before: number): boolean {
  const words = tokens.slice(after + 1, before);
  return words.length > 0 && words.every((t) => !t.tags.has('Verb') || t.tags.has('Noun') || t.tags.has('Gerund') || t.tags.has('Adjective'));
}

/**
 * "Tom Kale of the rights group Liberty said", "Ben Ode of the British rights organization, Liberty, said": a person
 * named with "of" and the body he belongs to speaks, not the body; the person, or undefined. Id: `speaker/person-of-body`.
 */
function personOfBody(text: string, candidates: readonly EntityMention[], m: EntityMention, resolver: Resolver): string | undefined {
  if (resolver.actors.get(m.recordId)?.kind === 'person') return undefined;
  const lead = text.slice(Math.max(0, m.start - 80), m.start);
  const of = /\s+of\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,4}?(?:,\s*)?$/u.exec(lead);
  if (!of) return undefined;
  const at = m.start - lead.length + of.index;
  const owner = candidates.find((x) => x.end === at && resolver.actors.get(x.recordId)?.kind === 'person');
  return owner?.recordId;
}

/** "Ann Lee, chief executive of Acme": the person whose apposition ends at `at`, or undefined. */
function appositionOwner(text: string, sentence: TaggedSentence, candidates: readonly EntityMention[], m: EntityMention, resolver: Resolver): string | undefined {
  const lead = text.slice(Math.max(sentence.start, m.start - 80), m.start);
  const appos = /,\s*[^,]{0,60}\b(?:of|at|for|from|with)\s+(?:the\s+)?$/i.exec(lead);
  if (!appos) return undefined;
  const commaAt = m.start - lead.length + appos.index;
  const owner = candidates.find((x) => x.end <= commaAt && /^['’]?\s*$/.test(text.slice(x.end, commaAt)));
  return owner && resolver.actors.get(owner.recordId)?.kind === 'person' ? owner.recordId : undefined;
}

/**
 * "Owen Prandt, Member of Parliament for Harlow, said", "Ben Ode of the farmers' union, Agrifront, said": a
 * body or title named between commas right after a person is that person's apposition; the person speaks.
 */
function personBeforeApposition(text: string, candidates: readonly EntityMention[], m: EntityMention, resolver: Resolver): string | undefined {
  if (resolver.actors.get(m.recordId)?.kind === 'person') return undefined;
  const person = candidates.find((x) => x.end <= m.start && x !== m && resolver.actors.get(x.recordId)?.kind === 'person');
  // "Ana Ruiz, of the Velmar Civic Union, said" and "Ana Ruiz of the Velmar Civic Union said": the person speaks
  const between = text.slice(person?.end ?? 0, m.start);
  if (!person || !(/^\s*(?:(?:of|at|for|from|with)\s+[^,]{1,60})?,\s*$/.test(between) || /^\s+(?:of|at|from)\s+(?:the\s+)?$/.test(between))) return undefined;
  return person.recordId;
}

/**
 * "Tomas Riva, head of the water board, who said ...", "the ministry, which said ...": the antecedent of a
 * relative pronoun right before the cue speaks (a person for "who"). Undefined when the cue has no relative
 * pronoun before it; null when it has one but no antecedent was found.
 */
function relativeAntecedent(text: string, sentence: TaggedSentence, cue: Cue, resolver: Resolver): string | null | undefined {
  let k = cue.first - 1;
  while (k >= 0 && /^(?:also|later|then|has|had|have|previously|once)$/i.test((sentence.tokens[k] as Token).lower)) k--;
  const pronoun = sentence.tokens[k];
  if (!pronoun || !/^(?:who|which)$/.test(pronoun.lower) || !/,\s*$/.test(sentence.tokens[k - 1]?.post ?? '')) return undefined;
  const candidates = mentionsIn(resolver, sentence.index).filter((m) => m.end <= pronoun.start).reverse();
  const m = candidates[0];
  // the antecedent stands right before ", who", or before its own apposition (", head of the board, who")
  if (!m || !/^['’]?\s*,(?:\s*[^,]{1,80},)?\s*$/.test(text.slice(m.end, pronoun.start))) return null;
  const owner = appositionOwner(text, sentence, candidates, m, resolver);
  if (owner) return owner;
  const kind = resolver.actors.get(m.recordId)?.kind;
  if (pronoun.lower === 'who' ? kind !== 'person' && kind !== 'group' : kind === 'person') return null;
  return m.recordId;
}

function speakerAfter(text: string, sentence: TaggedSentence, cue: Cue, resolver: Resolver): string | null {
  const cueTok = sentence.tokens[cue.last] as Token;
  // '"We are heartbroken," one father told Reuters': who is told is the addressee; these verbs never invert
  if (ADDRESSEE_VERBS.has(cue.lemma) && !cue.according) return null;
  const after = mentionsIn(resolver, sentence.index).filter((x) => x.start >= cueTok.end);
  // "said Ann Lee", "said Senator Ann Lee", "said the bank's chief economist Ann Lee"
  const m = after.find((x) => x.start - cueTok.end <= 6 || /^[\s\p{L}.'’-]{0,40}$/u.test(text.slice(cueTok.end, x.start)));
  if (m) {
    // "said Norvik Inc. CEO Dana Velk": the name phrase runs on through titles to the person at its head
    let head = m;
    for (const next of after.slice(after.indexOf(m) + 1)) {
      const gap = text.slice(head.end, next.start);
      if (/[,;:]/.test(gap) || gap.length > 40) break;
      head = next;
    }
    const person = [m, head].reverse().find((x) => resolver.actors.get(x.recordId)?.kind === 'person');
    return (person ?? m).recordId;
  }
  const next = sentence.tokens[cue.last + 1];
  const pronoun = next ? own(SUBJECT_PRONOUNS, next.lower) : undefined;
  if (pronoun) return resolvePronoun(pronoun, resolver, next?.lower);
  return null;
}

/** Cues whose object is whom the speaker addresses ("told Reuters", "assured investors"). Id: `speaker/addressee-after`. */
const ADDRESSEE_VERBS: ReadonlySet<string> = new Set(['tell', 'inform', 'assure', 'brief', 'remind', 'notify']);

/** How many persons back a "she" or "he" looks for one of its gender when the last person is of the other. */
const GENDER_LOOKBACK = 6;

/**
 * The antecedent of a pronoun of `kind`; for "he"/"she"/"his"/"her" (`word`), the last person unless their known
 * gender is the other one, then the latest earlier person whose gender is not ("Dale spoke after Reyes ... He
 * said"; id `speaker/pronoun-gender`), and nobody when every person named so far is of the other gender ("Senator
 * Paula Reyes ... His office said" is no claim of Reyes; id `speaker/pronoun-no-gender-match`).
 */
function resolvePronoun(kind: 'person' | 'plural' | 'thing', r: Resolver, word?: string): string | null {
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

/**
 * Names that "the union" points back to: unions of workers ("United Auto Workers", "Teamsters", "National Union of
 * Mineworkers") or of states ("the European Union ... the union said"). Id: `speaker/labour-union`.
 */
const UNION_NAME = /\b(?:union|workers|teamsters|federation|brotherhood|guild|syndicate|confederation)\b/i;

/** The union named last before offset `before` (within the anaphor window), or null. */
function labourUnion(r: Resolver, before: number): string | null {
  const from = Math.max(0, firstAtOrAfter(r.mentions, before) - ANAPHOR_WINDOW);
  const named = r.mentions.slice(from, firstAtOrAfter(r.mentions, before)).map((m) => r.actors.get(m.recordId));
  const union = named.findLast((a) => a !== undefined && (a.kind === 'organization' || a.kind === 'government') && UNION_NAME.test(a.name));
  return union?.id ?? null;
}

/** How many earlier names an anaphor ('the ministry', 'the government') looks back over. */
const ANAPHOR_WINDOW = 400;

function resolveAnaphor(noun: string, r: Resolver, before: number): string | null {
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

/**
 * Finds attributed claims: a reporting cue, its speaker (subject, postposed speaker, "according to",
 * participial clause, pronoun or anaphor), its content clause and any quote in it; then links denials and
 * dismissals to the claims they answer.
 */
export function extractClaimRecords(
  text: string,
  sentences: readonly TaggedSentence[],
  mentions: readonly EntityMention[],
  actors: readonly Actor[],
  times: readonly Time[],
  quotes: readonly Span[],
  options: ClaimOptions,
): ClaimResult {
  const actorById = new Map(actors.map((a) => [a.id, a]));
  const book: SpeakerBook = { actors: actorById, created: [] };
  const resolver: Resolver = { mentions, bySentence: groupBySentence(mentions), book, actors: actorById, lastPerson: null, lastThing: null, lastPlural: null, lastClaimant: null, actorList: actors, documentAuthors: new Map(), sentenceStarts: new Map(sentences.map((x) => [x.index, x.start])), quotes, genders: new Map(), personHistory: [] };
  const tokensByIndex = new Map(sentences.map((x) => [x.index, x.tokens]));
  resolver.genders = personGenders(mentions, (i) => tokensByIndex.get(i), actorById);
  const paragraphEnds = new Map<number, number>();
  for (const s of sentences) paragraphEnds.set(s.blockIndex, Math.max(paragraphEnds.get(s.blockIndex) ?? s.end, s.end));
  const ctx: ReadContext = { text, times, quotes, options, resolver, claims: [], paragraphEnds, lastBlock: -1, lastClaimBlock: -1 };
  for (const sentence of sentences) readSentence(ctx, sentence);
  const speakers = describedThenNamed(sentences, ctx.claims, book.created, actorById);
  linkDisputes(ctx.claims, actorById);
  return { claims: ctx.claims, speakers };
}

/** What reading an article's sentences in order shares: the inputs, the speaker state and the claims so far. */
interface ReadContext {
  text: string;
  times: readonly Time[];
  quotes: readonly Span[];
  options: ClaimOptions;
  /** The speaker state, with the mentions and the speakers book. */
  resolver: Resolver;
  claims: ClaimDraft[];
  /** The end of each paragraph, by block index. */
  paragraphEnds: ReadonlyMap<number, number>;
  lastBlock: number;
  lastClaimBlock: number;
}

/** The claims of one sentence: one per cue, or the continuation of the previous paragraph's quote. */
function readSentence(ctx: ReadContext, sentence: TaggedSentence): void {
  const { claims, resolver } = ctx;
  const claimsBefore = claims.length;
  if (sentence.blockKind === 'paragraph') {
    const cues = findCues(sentence, ctx.quotes);
    const subject: { id: string | null } = { id: null };
    cues.forEach((cue, k) => readCue(ctx, sentence, cues, k, subject));
  }
  // a paragraph that opens with a quote and has no cue of its own goes on with the previous paragraph's speaker
  const previous = claims.findLast((c) => c.claimantId !== null);
  if (claims.length === claimsBefore && previous && sentence.blockKind === 'paragraph' && sentence.blockIndex !== ctx.lastBlock && ctx.lastClaimBlock === sentence.blockIndex - 1) {
    const paragraphEnd = ctx.paragraphEnds.get(sentence.blockIndex) ?? sentence.end;
    const continued = quoteContinuation(ctx.text, sentence, ctx.quotes, previous, paragraphEnd, `${ctx.options.idPrefix}${claims.length + 1}`);
    if (continued) claims.push(continued);
  }
  if (claims.length === claimsBefore && sentence.blockKind === 'paragraph' && ctx.lastClaimBlock === sentence.blockIndex) quoteGoesOn(ctx, sentence);
  if (claims.length > claimsBefore) ctx.lastClaimBlock = sentence.blockIndex;
  ctx.lastBlock = sentence.blockIndex;
  if (sentence.blockKind === 'paragraph') readImpersonal(ctx, sentence);
  const sentenceClaims = claims.slice(claimsBefore).filter((c) => c.end === sentence.end);
  const sentenceMentions = resolver.bySentence.get(sentence.index) ?? [];
  updateSalience(resolver, sentenceMentions, resolver.actors, sentenceClaims, sentenceOpener(ctx.text, sentence, ctx.resolver.book), describedSubject(sentence, sentenceMentions.filter((m) => resolver.actors.get(m.recordId)?.kind === 'person')));
}

/** Where the clause of cue `k` ends: the next coordinated cue, a clause of another source, ';' or the sentence end. */
function clauseEndOf(text: string, sentence: TaggedSentence, cues: readonly Cue[], k: number): number {
  const cue = cues[k] as Cue;
  const cueEndTok = sentence.tokens[cue.last] as Token;
  // the clause of this cue runs to the next cue that continues the same speaker, or to ';' or the end
  const nextCoordinated = cues.slice(k + 1).find((c) => (c.participial && !c.purpose) || c.absoluteWith !== undefined || isCoordinated(sentence, c));
  const semicolon = text.indexOf(';', cueEndTok.end);
  // ", with party leaders warning of ...": an absolute clause of another speaker ends this one at its "with"
  const nextStart = nextCoordinated ? (sentence.tokens[nextCoordinated.absoluteWith ?? nextCoordinated.first] as Token).start : sentence.end;
  let clauseEnd = nextCoordinated ? clauseBoundaryBefore(text, cueEndTok.end, nextStart) : sentence.end;
  // "rejected the plan, although analysts say ...": another source's clause joined on ends this one
  const objectCue = NOUN_OBJECT_CUES.has(cue.lemma) && sentence.tokens[cue.last + 1]?.lower !== 'that';
  const joined = cues.slice(k + 1).map((c) => joinedClauseStart(sentence, c, cue.last, objectCue)).find((j) => j !== null);
  if (joined != null) clauseEnd = Math.min(clauseEnd, clauseBoundaryBefore(text, cueEndTok.end, (sentence.tokens[joined] as Token).start));
  // "condemned the killings and ordered security stepped up": after a noun object, "and" with a verb of the speaker's
  // next act ends the claim
  const act = objectCue ? nextActAfterObject(sentence, cue) : -1;
  if (act >= 0) clauseEnd = Math.min(clauseEnd, clauseBoundaryBefore(text, cueEndTok.end, (sentence.tokens[act] as Token).start));
  // "asked the EU for help, and Italy sent aircraft": after an object with no verb, ", and" with a subject and a past
  // verb of its own opens the writer's next clause
  const other = otherClauseAfterObject(sentence, cue);
  if (other >= 0) clauseEnd = Math.min(clauseEnd, (sentence.tokens[other - 1] as Token).end);
  // "conceded defeat on Sunday, before the results were declared": a day right after the noun object dates the saying
  // and ends what was said
  const day = objectCue ? dayAfterObject(sentence, cue) : -1;
  if (day >= 0) clauseEnd = Math.min(clauseEnd, (sentence.tokens[day - 1] as Token).end);
  if (semicolon >= 0 && semicolon < clauseEnd) clauseEnd = semicolon;
  // "Hungary, which had threatened to block the package, dropped ...": a cue inside a relative clause set off by
  // commas claims only up to the clause's closing comma; the main clause goes on with its own verb
  const relativeEnd = relativeClauseEnd(sentence, cue);
  if (relativeEnd !== undefined && relativeEnd < clauseEnd) clauseEnd = relativeEnd;
  // "..., a claim the army denied": another source's answer in apposition is no part of this claim
  // (the answer's source may stand in commas, "a result the opposition candidate, Joseph Mwale, rejected", which
  // reads as a next cue joined by a comma: the apposition is looked for up to the sentence's end)
  const apposed = RESPONSE_APPOSITION.exec(text.slice(cueEndTok.end, sentence.end));
  const answer = (apposed && apposed.index < clauseEnd - cueEndTok.end ? apposed : null) ?? RESPONSE_RELATIVE.exec(text.slice(cueEndTok.end, clauseEnd)) ?? DISAGREEMENT_AFTER.exec(text.slice(cueEndTok.end, clauseEnd))
    ?? REACTION_AFTER.exec(text.slice(cueEndTok.end, clauseEnd));
  if (answer) clauseEnd = cueEndTok.end + answer.index;
  // "announced new sanctions, a move that angered Beijing", "appealed for help, a rare request from ...": the writer's
  // apposition naming the act or the view is no part of what was said
  const named = ACT_APPOSITION.exec(text.slice(cueEndTok.end, clauseEnd));
  if (named) clauseEnd = cueEndTok.end + named.index;
  // "accused Comey of interfering, a day after he told lawmakers that ...": a time set off after the claim dates
  // the saying, not the claim (id `claims/time-frame-after`)
  const timed = TIME_FRAME_AFTER.exec(text.slice(cueEndTok.end, clauseEnd));
  if (timed) clauseEnd = cueEndTok.end + timed.index;
  // "accused Senator Lind of planning tax cuts ..., as both candidates prepared for their first debate": a clause opened by
  // ", as" with a subject and a finite verb of its own is the writer's frame, not the claim
  // "Acme cut its forecast, blaming weak demand, and its shares fell": after a participle's complement, a clause
  // joined by ", and/but" with a subject and a finite verb of its own goes back to the writer (id `claims/participle-ends-at-clause`)
  const frame = writerFrameStart(sentence, cueEndTok.end, clauseEnd, cue.participial && !cue.purpose ? /^(?:as|and|but)$/ : /^as$/);
  if (frame !== undefined) clauseEnd = frame;
  const fronted = frontedClauseEnd(sentence, cue);
  if (fronted !== undefined && fronted < clauseEnd) clauseEnd = fronted;
  return clauseEnd;
}

/**
 * ", a day after ...", ", two weeks before ...", ", just hours after ...", ", days after ...": a span of time before or
 * after another happening, set off by a comma at the end of a reported clause; news style puts the saying in time so.
 */
const TIME_FRAME_AFTER = /,\s+(?:(?:just|only|barely|mere|less\s+than|more\s+than|nearly|almost)\s+)?(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|\d+)\s+)?(?:days?|weeks?|months?|hours?|years?|minutes?)\s+(?:after|before)\s/iu;

/** Subordinators that open a fronted clause ("After X said ..., fighting resumed"). */
const FRONTED_SUBORDINATORS = /^(?:when|after|before|while|since|because|although|though|once|until|whereas)$/;

/**
 * "Two days after officials said the town was safe, fighting resumed.", "Although Dale said he would accept the
 * result, aides were unsure.": a cue in a fronted subordinate clause claims up to the comma before the main clause
 * (a subject of up to four words and its finite verb); undefined when the cue is in no such clause. Id:
 * `claims/fronted-clause-end`.
 */
function frontedClauseEnd(sentence: TaggedSentence, cue: Cue): number | undefined {
  const { tokens } = sentence;
  const opener = tokens.slice(0, 4).findIndex((t) => FRONTED_SUBORDINATORS.test(t.lower));
  if (opener < 0 || opener >= cue.first || tokens.slice(0, opener).some((t) => !(t.tags.has('Value') || t.tags.has('Date') || t.tags.has('Adverb') || /^(?:a|an|just|only|shortly|soon|days?|hours?|weeks?|months?|years?|minutes?)$/.test(t.lower)))) return undefined;
  if (tokens.slice(opener, cue.first).some((t) => /[,;:"“”]/.test(t.post))) return undefined;
  for (let c = cue.last + 1; c < tokens.length - 2; c++) {
    if (/[;:"“”]/.test((tokens[c] as Token).post)) return undefined;
    if (!/,\s*$/.test((tokens[c] as Token).post)) continue;
    const verb = tokens.slice(c + 2, c + 6).find((x) => x.tags.has('Verb') && !x.tags.has('Gerund') && !x.tags.has('Infinitive') && !x.tags.has('Adjective'));
    if (verb && tokens.slice(c + 1, verb.index).every((x) => x.tags.has('Noun') || x.tags.has('Determiner') || x.tags.has('Adjective') || x.tags.has('Pronoun') || x.tags.has('Auxiliary'))) return (tokens[c] as Token).end;
  }
  return undefined;
}

/** Words after "as" that make no clause of time or reason ("as well", "as expected", "as a result", "as if"). */
const AS_NOT_A_CLAUSE = /^(?:well|expected|usual|a|an|much|many|long|soon|far|if|though|part|of|such|for|to|in|with|recently|planned|promised|required|needed)$/;

/** Where ", (even|just) as <subject> <verb> ..." (or another of `joiners`) opens between `from` and `to`, or undefined. */
function writerFrameStart(sentence: TaggedSentence, from: number, to: number, joiners = /^as$/): number | undefined {
  const { tokens } = sentence;
  for (let k = 1; k < tokens.length - 2; k++) {
    const t = tokens[k] as Token;
    // the claim has words before the comma ("said, as the crowd cheered, that ..." keeps its clause after "that")
    if (t.start < from || t.end > to || !joiners.test(t.lower) || !/,\s*$/.test((tokens[k - 1] as Token).post) || (tokens[k - 1] as Token).end <= from) continue;
    const next = tokens[k + 1] as Token;
    if (AS_NOT_A_CLAUSE.test(next.lower)) continue;
    // a subject of up to four words, then a finite verb ("as both candidates prepared", "as fighting intensified")
    // (compromise may tag a past form after a plural as a noun: "as wages rose", "as fighting spread")
    const verb = tokens.slice(k + 2, k + 6).find((x) => (x.tags.has('Verb') && !x.tags.has('Gerund') && !x.tags.has('Infinitive')) || IRREGULAR_PAST.has(x.lower) || x.lower === 'spread');
    if (!verb || tokens.slice(k + 1, verb.index).some((x) => /[,;:]/.test(x.post) || (x.tags.has('Verb') && !x.tags.has('Noun') && !x.tags.has('Gerund')))) continue;
    return (tokens[k - 1] as Token).end;
  }
  return undefined;
}

/**
 * The end of a non-restrictive relative clause (", which ...,", ", who ...,") that holds the cue, when a comma closes
 * it and a verb of the main clause follows; undefined when the cue is not in one.
 */
function relativeClauseEnd(sentence: TaggedSentence, cue: Cue): number | undefined {
  const { tokens } = sentence;
  let j = cue.first - 1;
  while (j > 0 && !/,\s*$/.test((tokens[j] as Token).post) && !/^(?:which|who)$/.test((tokens[j] as Token).lower)) j--;
  if (j <= 0 || !/^(?:which|who)$/.test((tokens[j] as Token).lower) || !/,\s*$/.test((tokens[j - 1] as Token).post)) return undefined;
  const close = tokens.findIndex((t, k) => k >= cue.last && /,\s*$/.test(t.post));
  const after = tokens[close + 1];
  if (close < 0 || !after || !(after.tags.has('Verb') || after.tags.has('Adverb'))) return undefined;
  return (tokens[close] as Token).end;
}

/**
 * ", a claim the army denied", ", a charge the company rejected", ", an accusation Grant called absurd": a noun of
 * claiming in apposition to the clause, with a relative clause in which another source answers it.
 */
const RESPONSE_APPOSITION = new RegExp(String.raw`,\s+(?:a|an)\s+(?:${ANSWERED_CLAIM_NOUNS.join('|')})\s+(?:that\s+|which\s+)?(?:the\s+)?(?:[\p{L}.'’-]+\s+){0,3}?[\p{L}.'’-]+(?:,\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.'’-]*,)?\s+(?:has\s+|have\s+|had\s+|quickly\s+|later\s+|flatly\s+|strongly\s+)?(?:denied|denies|deny|rejected|rejects|disputed|disputes|dismissed|dismisses|called|calls|described|denounced|contested|contests)\b`, 'u');

/** A cue's speaker, claimed clause, where its evidence starts and a quote joined across its attribution. */
interface CueReading {
  claimantId: string | null;
  content: Span;
  evidenceStart: number;
  joinedQuote: string | null;
}

/** The sentence's earlier speaker when it is a group and "they" is the subject right before the cue; else undefined. */
/**
 * '"Nevertheless, she persisted," he told reporters, a phrase her supporters adopted': the writer's apposition
 * naming the words just quoted, after the cue and perhaps its addressee, is no part of any claim.
 */
const REMARK_APPOSITION_AFTER = /^(?:[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,2}\s*)?,\s*(?:a|an|the)\s+(?:[\p{L}-]+\s+)?(?:phrase|remark|comment|line|reference|slogan|sentiment|quip|rebuke|jab|swipe|dig)\b/u;

/**
 * "Ukraine and Russia exchanged 190 prisoners, officials said, the first such swap in a month", "Prices rose 4 percent,
 * the office said, the fastest pace in a decade": an ordinal or superlative noun phrase after a postposed cue sums up
 * the clause before it in the writer's words; the claim is that clause. Id: `claims/summary-apposition-after-cue`.
 */
const SUMMARY_APPOSITION_AFTER = /^,\s*(?:the|a|an|its|their|his|her)\s+(?:[\p{L}-]+\s+){0,2}?(?:first|second|third|fourth|fifth|latest|newest|only|record|most|least|biggest|largest|highest|lowest|\p{Ll}{2,}est)\s[^;:"“”]*$/u;

/**
 * A writer's apposition after a claim that names the act or the view itself (", a move that ...", ", a rare request
 * from ...", ", a view shared by ..."). Id: `content/act-apposition`.
 */
const ACT_APPOSITION = /,\s+(?:a|an)\s+(?:[\p{L}-]+\s+){0,2}?(?:move|step|request|decision|shift|reversal|departure|turnaround|u-turn|sign|signal|gesture|view|stance|position|setback|blow)\b(?!\s+(?:to|of)\s)/u;

/** Whether the cue is the verb of an answer in apposition to a claim ("..., a claim the army denied"). */
function answersInApposition(text: string, sentence: TaggedSentence, cue: Cue): boolean {
  const cueEnd = (sentence.tokens[cue.first] as Token).end;
  const m = RESPONSE_APPOSITION.exec(text.slice(sentence.start, cueEnd));
  return m !== null && m.index + m[0].length === cueEnd - sentence.start;
}

/** "accused NATO of helping the rebels, which the alliance has denied": the answer in a relative clause ends the claim. */
const RESPONSE_RELATIVE = /,\s+which\s+(?:the\s+)?(?:[\p{L}.'’-]+\s+){1,3}?(?:has\s+|have\s+|had\s+)?(?:repeatedly\s+|strongly\s+|flatly\s+)?(?:denied|denies|deny|rejected|rejects|disputed|disputes|dismissed|dismisses)\b/u;

/**
 * "said the plan would work, but critics disagreed": a clause of another subject that disagrees or doubts, with no
 * claim of its own, is the writer's report of the answer and no part of the claim.
 */
const DISAGREEMENT_AFTER = /,\s+(?:but|while|although|though|whereas)\s+(?!(?:he|she|it|they|we|i|you|this|that)\s)(?:[\p{L}.'’-]+\s+){1,4}?(?:(?:have|has|had|strongly|sharply|quickly)\s+)?(?:disagreed|disagree|disagrees|dissented|objected|differed|demurred|(?:were|was|are|is|remained|remain)\s+(?:(?:far\s+less|less|more|not)\s+)?(?:skeptical|sceptical|unconvinced|doubtful|unimpressed|not\s+convinced|cautious))\b/u;

/**
 * "warned that fuel prices would weigh on margins, sending its shares down 3 percent", "rejected the plan, dealing a
 * blow to the governor": a participle telling what the news did to a market or to someone's fortunes is the
 * writer's, no part of the claim. So is a participle weighing a reported result against what was expected
 * ("reported a 12 percent rise in profit, beating analysts' expectations", ", topping forecasts as demand rose",
 * ", missing Wall Street estimates"). Id: `claims/reaction-after`.
 */
const REACTION_AFTER = /,\s+(?:(?:beating|topping|exceeding|surpassing|missing|trailing|outpacing|matching|falling\s+short\s+of|in\s+line\s+with)\s+(?:the\s+)?(?:[\p{L}'’.-]+\s+){0,3}?(?:expectations|estimates|forecasts?|consensus|projections)\b|(?:sending|pushing|driving|dragging|knocking|lifting|boosting)\s+(?:its|the|their|his|her|\p{Lu}[\p{L}.'’-]*['’]s?)\s+(?:[\p{L}-]+\s+){0,2}?(?:shares|stock|stocks|price|prices|bonds|currency|index|ratings?|valuation)\b|(?:dealing|handing|delivering)\s+(?:a|an)\s+(?:[\p{L}-]+\s+){0,2}?(?:blow|setback|defeat|victory|boost|rebuke)\s+to\b)/u;

function pluralPronounOfSentence(ctx: ReadContext, sentence: TaggedSentence, cue: Cue, earlier: string | null): string | undefined {
  if (earlier === null || cue.participial || cue.according || cue.passive) return undefined;
  const k = subjectHeadBefore(sentence.tokens, cue.first);
  if (sentence.tokens[k]?.lower !== 'they') return undefined;
  const actor = ctx.resolver.actors.get(earlier);
  return actor?.kind === 'group' ? earlier : undefined;
}

/** Reads cue `k` of the sentence into a claim, unless it has no speaker or is reported speech inside another claim. */
function readCue(ctx: ReadContext, sentence: TaggedSentence, cues: readonly Cue[], k: number, subject: { id: string | null }): void {
  const cue = cues[k] as Cue;
  if (sourceParticiple(sentence, cues, k) || predictedInThatClause(sentence, cue) || comparedWithCue(ctx.text, sentence, cue)) return;
  const clauseEnd = clauseEndOf(ctx.text, sentence, cues, k);
  // "..., a result the opposition candidate, Joseph Mwale, rejected": the comma closes the answer's source, it joins no predicate
  const coordinated = isCoordinated(sentence, cue) && !answersInApposition(ctx.text, sentence, cue);
  // "Polls show most voters support peace but doubt that ...": a belief joined to a study's finding is held by the
  // finding's subjects, inside its content; no claim of the study (id `claims/finding-subjects-belief`)
  const found = coordinated ? cues.slice(0, k).findLast((c) => !c.participial) : undefined;
  if (found && found.kind === 'report' && documentBefore(sentence.tokens, found.first)?.kind === 'study' && !DOCUMENT_CUES.has(cue.lemma)) return;
  // "Senator Dale visited the plant and said that ...": a cue joined to an act shares the act's subject
  if (coordinated && subject.id === null && !cue.participial && !cue.according && !cue.passive && joinedByConjunction(sentence, cue)) subject.id = sharedSubject(ctx, sentence, cue);
  const finite = !cue.passive && !cue.according && !cue.asPut && cue.absoluteWith === undefined && !cue.participial && !(coordinated && subject.id !== null);
  const reading = cue.passive
    ? readPassive(ctx, sentence, cue)
    : cue.according
      ? readAccording(ctx, sentence, cue)
      : cue.asPut
        ? readAsPut(ctx, sentence, cue)
      : cue.absoluteWith !== undefined
        ? readAbsolute(ctx, sentence, cue, clauseEnd)
      : cue.participial || (coordinated && subject.id !== null)
        ? readParticipial(ctx, sentence, cue, clauseEnd, subject.id)
        : readFinite(ctx, sentence, cue, clauseEnd);
  // "Quint accused X, and she vowed ...": a pronoun with no antecedent yet takes the sentence's earlier speaker;
  // "Observers said ..., though they noted ...": "they" is the sentence's earlier group speaker, not the last body named
  // "Kenya and Uganda agreed ..., the two countries said": each actor the plural stands for speaks
  const referents = finite ? pluralAnaphorSpeakers(sentence.tokens, cue.first, mentionsIn(ctx.resolver, sentence.index), mentionsIn(ctx.resolver, sentence.index - 1), (id) => ctx.resolver.actors.get(id)?.kind) : null;
  const claimantId = referents?.[referents.length - 1] ?? pluralPronounOfSentence(ctx, sentence, cue, subject.id) ?? joinedPronounOfSentence(ctx, sentence, cue, subject.id) ?? reading.claimantId ?? sameSentenceAntecedent(ctx, sentence, cue, subject.id);
  if (claimantId === null) return;
  const cueStartTok = sentence.tokens[cue.first] as Token;
  if (saysNothing(sentence, cue, reading)) return;
  // "Maria Delgado answered on Twitter.", "Lee replied in a statement.": a saying with nothing said is no claim a
  // reader would list; its speaker still goes on for the next quote or pronoun. Id: `claims/empty-content`
  if (emptyReading(ctx.text, reading)) {
    if (!cue.participial) subject.id = claimantId;
    ctx.resolver.lastClaimant = claimantId;
    return;
  }
  // reported speech inside reported speech ("he added that Velmar found ...") is part of the outer claim
  const outer = ctx.claims.find((c) => c.start === sentence.start && cueStartTok.start >= c.contentStart && cueStartTok.end <= c.contentEnd);
  // "Retailers reported that sales fell, the British Retail Consortium said": a postposed attribution of another
  // source whose claim holds the earlier cue wraps it; the earlier claim ends where the wrapping one's content does
  // (the same speaker too when a spokesperson speaks for them: "Angela Merkel ... demanded an explanation, her
  // spokesman said")
  // ("Kordwerk expects output to fall next year, it said in a statement.": the same source's saying wraps its state of
  // mind; one claim, of the saying; id `claims/saying-wraps-own-belief`, round 13)
  const absorbs = outer !== undefined && outer.claimantId === claimantId && ownBeliefWrapped(sentence, cue, reading, outer);
  if (absorbs) ctx.claims.splice(ctx.claims.indexOf(outer), 1);
  const wraps = outer !== undefined && !absorbs && wrapsOuter(sentence, cue, reading, outer, claimantId);
  if (wraps) endClaimAt(ctx, outer, reading.content.end);
  // ... unless it has a subject of its own, named right before it ("said Harlan told her that ...", "reported that a
  // Greenpeace study has found ..."): political-news annotation counts such nested attributions
  if (outer && !wraps && !absorbs && (!cue.participial || cue.purpose) && !isCoordinated(sentence, cue) && !(outer.claimantId !== claimantId && namedRightBefore(ctx, sentence, cue, claimantId))) return;
  // a nested claim's subject is no subject of the sentence: "told analysts the carrier expected ..., but warned that"
  // goes on with the one who told
  if (!cue.participial && !outer) subject.id = claimantId;
  for (const speaker of speakersOfClaim(ctx, sentence, cue, claimantId, finite && !outer, !outer, referents)) ctx.claims.push(claimRecord(ctx, sentence, cue, { ...reading, claimantId: speaker }));
  ctx.resolver.lastClaimant = claimantId;
}

/**
 * Who makes the claim read at `cue`: the claimant, and before it the other coordinated or listed subjects
 * ("Ruiz and Brandt said", "France, Germany and Britain condemned"); for a plural of bodies after two bodies joined
 * by "and" ("the two banks said"), each of the two instead.
 */
function speakersOfClaim(ctx: ReadContext, sentence: TaggedSentence, cue: Cue, claimantId: string, subjectsOwn: boolean, unnested: boolean, referents: readonly string[] | null): string[] {
  const first = subjectsOwn ? coordinatedSpeaker(ctx, sentence, cue, claimantId) : null;
  const others = first !== null ? [first] : subjectsOwn ? listedSpeakers(ctx, sentence, cue, claimantId) : [];
  // ("Kenya and Uganda agreed ..., the two countries said": the actors a plural anaphor stands for, `claimantId` last)
  if (referents) return [...others, ...referents];
  const pair = unnested ? pairedBodies(ctx, sentence, claimantId) : [];
  return [...others, ...(pair.length > 0 ? pair : [claimantId])];
}

/**
 * "would raise as much as the company hoped", "rose faster than analysts had expected": a cue closing a comparison
 * measures a result against a hope or forecast; no claim of its own (its clause has no content). Id:
 * `claims/compared-with-cue` (round 13).
 */
const COMPARED_BEFORE = /\b(?:than|as\s+(?:much|many|high|low|far|fast|quickly|long|well|big|large|strong|bad|good)\s+as)\s+(?:(?:the|some|many|most)\s+)?(?:[\p{L}'’.-]+\s+){0,3}?(?:had\s+|has\s+|have\s+|once\s+|originally\s+|initially\s+)?$/iu;
function comparedWithCue(text: string, sentence: TaggedSentence, cue: Cue): boolean {
  const cueTok = sentence.tokens[cue.first] as Token;
  return !cue.according && !cue.participial && COMPARED_BEFORE.test(text.slice(Math.max(sentence.start, cueTok.start - 80), cueTok.start))
    && /^\s*(?:[.!?,;"”’']|$)/.test(text.slice((sentence.tokens[cue.last] as Token).end, sentence.end));
}

/**
 * "Traders bet that Saudi Arabia would not oppose a freeze", "investors wagered that the bank would warn": a cue
 * after a modal in a clause opened by "that" is what someone expects another to do, no claim of that other; the
 * expectation belongs to the clause's own source. Id: `claims/predicted-saying` (round 13).
 */
function predictedInThatClause(sentence: TaggedSentence, cue: Cue): boolean {
  const { tokens } = sentence;
  let j = cue.first - 1;
  while (j > 0 && /^(?:not|never|also|still)$/.test((tokens[j] as Token).lower)) j--;
  if (!/^(?:would|will|could|might|may|should)$/.test(tokens[j]?.lower ?? '') || cue.participial || cue.according) return false;
  for (let i = j - 1; i >= Math.max(0, j - 8); i--) {
    const t = tokens[i] as Token;
    if (/[,;:"“”]/.test(t.post)) return false;
    if (t.lower === 'that') return i > 0;
  }
  return false;
}

/**
 * Whether the cue says nothing: "President Tembo, who is seeking a third term, has not commented." (a negated cue
 * with nothing after it; the words before it are its subject, not a claim), "She did not say whether he would ...",
 * "would not say how long ..." (not saying which claims nothing), "gathered outside the court, chanting and waving
 * flags" (a participle joined by "and" to another with no object of its own).
 */
function saysNothing(sentence: TaggedSentence, cue: Cue, reading: CueReading): boolean {
  const next = sentence.tokens[cue.last + 1]?.lower ?? '';
  if (cue.participial && /^(?:and|or)$/.test(next) && !/[,;:]/.test((sentence.tokens[cue.last] as Token).post)) return true;
  const cueStart = (sentence.tokens[cue.first] as Token).start;
  return negated(sentence, cue) && (reading.content.end <= cueStart || /^(?:whether|if|how|why|what|when|where|who|which)$/.test(next));
}

/** Whether a postposed attribution wraps the claim `outer` whose content holds its cue (see `readCue`). */
function wrapsOuter(sentence: TaggedSentence, cue: Cue, reading: CueReading, outer: ClaimDraft, claimantId: string): boolean {
  const sameSpeaker = outer.claimantId === claimantId;
  if (sameSpeaker && !(spokespersonOfPronoun(sentence, cue) && reportingLemma(outer.cue.toLowerCase()) !== 'say')) return false;
  return reading.content.end <= (sentence.tokens[cue.first] as Token).start && reading.content.start <= (outer.cueStart ?? outer.contentStart);
}

/** Whether a postposed "it/he/she/they said" wraps the whole clause of the same speaker's earlier belief or expectation cue. */
function ownBeliefWrapped(sentence: TaggedSentence, cue: Cue, reading: CueReading, outer: ClaimDraft): boolean {
  const pronoun = sentence.tokens[cue.first - 1];
  return MENTAL_STATE_LEMMAS.has(reportingLemma(outer.cue.toLowerCase()) ?? '') && /^(?:it|he|she|they)$/.test(pronoun?.lower ?? '')
    && /,\s*$/.test(sentence.tokens[cue.first - 2]?.post ?? '') && reading.content.end <= (sentence.tokens[cue.first] as Token).start && reading.content.start <= (outer.cueStart ?? outer.contentStart);
}

/** Whether the cue's subject is a spokesperson, lawyer, aide or office of a pronoun ("her spokesman said"). */
function spokespersonOfPronoun(sentence: TaggedSentence, cue: Cue): boolean {
  const k = subjectHeadBefore(sentence.tokens, cue.first);
  return SPOKESPERSON_NOUNS.test(sentence.tokens[k]?.lower ?? '') && /^(?:his|her|its|their)$/.test(sentence.tokens[k - 1]?.lower ?? '');
}

/** Whether a reading claims no words at all: an empty content and no quote joined to it. */
function emptyReading(text: string, reading: CueReading): boolean {
  return reading.joinedQuote === null && !/[\p{L}\p{N}]/u.test(text.slice(reading.content.start, reading.content.end));
}

/** Ends a claim's content at `end` (a wrapping attribution's comma), its quote read again from what is left. Id: `claims/wrapping-attribution`. */
function endClaimAt(ctx: ReadContext, claim: ClaimDraft, end: number): void {
  const content = trimContent(ctx.text, claim.contentStart, Math.min(end, claim.contentEnd));
  if (content.end <= content.start) return;
  claim.content = ctx.text.slice(content.start, content.end);
  claim.contentEnd = content.end;
  claim.quote = quoteWithin(ctx.text, ctx.quotes, content);
}

/**
 * "Democrats and civil rights groups hailed the ruling", "Ana Ruiz and Tom Brandt said", '"...," Ruiz and Brandt
 * said': the cue's reading finds the nearer of two coordinated subjects; the first speaks the same claim. The subject
 * is the whole clause before the cue (from the sentence's start, a closing quote or a comma): two phrases joined by
 * one "and", with no verb, preposition or comma outside a name ("Officials in Lyon and Nantes said" is one group;
 * "The army shelled the town and rebels said" is two clauses). Id: `speaker/coordinated-subjects`.
 */
function coordinatedSpeaker(ctx: ReadContext, sentence: TaggedSentence, cue: Cue, claimantId: string): string | null {
  const { tokens } = sentence;
  // "The African Union and the regional bloc, which sent observers, said": the subject ends before its relative aside
  const aside = relativeAsideBefore(tokens, cue.first);
  if (aside > 0) return coordinatedSpeaker(ctx, sentence, { ...cue, first: aside, last: aside }, claimantId);
  const names = mentionsIn(ctx.resolver, sentence.index);
  let and = -1;
  let j = cue.first - 1;
  // the auxiliaries and adverbs between the subject and its cue ("have long", "on Monday" is left out: no preposition)
  while (j > 0 && ((tokens[j] as Token).tags.has('Adverb') || (tokens[j] as Token).tags.has('Auxiliary') || (tokens[j] as Token).tags.has('Modal')) && !/[,;:"“”]/.test((tokens[j] as Token).post)) j--;
  for (; j >= 0; j--) {
    const t = tokens[j] as Token;
    if (j < cue.first - 1 && /[,;:"“”»—–]\s*$/.test(t.post)) break;
    const named = names.some((m) => m.start <= t.start && m.end >= t.end);
    if (t.lower === 'and' && !named) {
      if (and >= 0) return null;
      and = j;
      continue;
    }
    if (named) continue;
    // ("civil rights groups": the tagger may read a noun modifier as a present verb)
    const modifier = !t.tags.has('PastTense') && !t.tags.has('Gerund') && tokens[j + 1]?.tags.has('Noun') === true && j + 1 < cue.first;
    if ((t.tags.has('Verb') && !t.tags.has('Auxiliary') && !t.tags.has('Plural') && !modifier) || t.tags.has('Preposition') || /^(?:or|nor|but|who|which|that|between)$/.test(t.lower)) return null;
  }
  // the clause opens at the sentence's start, after a closing quote or after a fronted phrase; after any other comma
  // the words may close a list ("Officials in Lyon, Nantes and Lille said")
  // ("Two people were killed, police and residents said.": after a comma that closes a clause with a tensed verb of
  // its own, the words open a postposed attribution, no list)
  const postposed = j >= 0 && /,\s*$/.test((tokens[j] as Token).post) && tokens.slice(0, j + 1).some((t) => t.tags.has('Verb') && (t.tags.has('PastTense') || t.tags.has('PresentTense')) && !t.tags.has('Gerund') && !t.tags.has('Noun'));
  if (j >= 0 && !/["”»]/.test((tokens[j] as Token).post) && j !== frontedPhraseEnd(tokens) && !postposed) return null;
  const opener = j + 1;
  if (and <= opener || and >= cue.first - 1) return null;
  // "Both Ruiz and Brandt said": the quantifier is no part of the first subject
  if (tokens[opener]?.lower === 'neither' || tokens[opener]?.lower === 'either') return null;
  const first = speakerBefore(ctx.text, sentence, { ...cue, first: and, last: and }, ctx.resolver);
  return first !== null && first !== claimantId ? first : null;
}


/**
 * "Northern Trust and Lakeshore Financial agreed to merge. ... , the two banks said", "The companies said": a made
 * group named by a plural of bodies speaks for the two organisations that one of the two sentences before joined by
 * "and" (the last such pair): one claim each, as two coordinated subjects give. [] when the claimant is no such
 * group or no pair was named. Id: `speaker/paired-bodies` (round 13).
 */
function pairedBodies(ctx: ReadContext, sentence: TaggedSentence, claimantId: string): string[] {
  const { resolver, text } = ctx;
  const group = resolver.actors.get(claimantId);
  if (group?.kind !== 'group' || !pluralOfBodies(group.name.toLowerCase().split(/\s+/).at(-1) ?? '')) return [];
  // (the sentences before only: "X and Y agreed to merge, the companies said" keeps the group of its own sentence, as
  // round 9 reads it)
  for (let back = 1; back <= 2; back++) {
    const ms = mentionsIn(resolver, sentence.index - back).filter((m) => resolver.actors.get(m.recordId)?.kind === 'organization');
    for (let i = ms.length - 1; i >= 1; i--) {
      const a = ms[i - 1] as EntityMention;
      const b = ms[i] as EntityMention;
      if (/^\s+and\s+$/.test(text.slice(a.end, b.start)) && a.recordId !== b.recordId) return [a.recordId, b.recordId];
    }
  }
  return [];
}

/** What may join the names of a list of speakers: a comma, "and" (once, last) or a comma and "and", perhaps before a title ("and Senator"). */
const LIST_JOINT = /^\s*,\s+(?:\p{Lu}[\p{L}]*\.?\s+)?$/u;
const LIST_LAST_JOINT = /^,?\s+and\s+(?:\p{Lu}[\p{L}]*\.?\s+)?$/u;

/**
 * "France, Germany and Britain condemned", "A joint statement by France, Germany and Britain condemned", "In a
 * joint statement, Kenya, Uganda and Rwanda said": the other named speakers of a list of three or more names joined
 * by commas and a last "and" that ends right before the cue (adverbs between) or is the author phrase of a document
 * subject; each says what the list says, as two coordinated subjects do. [] when there is no such list or the
 * claimant is none of its names. Id: `speaker/listed-subjects` (round 13).
 */
function listedSpeakers(ctx: ReadContext, sentence: TaggedSentence, cue: Cue, claimantId: string): string[] {
  const { text } = ctx;
  const cueStart = (sentence.tokens[cue.first] as Token).start;
  const names = mentionsIn(ctx.resolver, sentence.index).filter((m) => m.end <= cueStart && ctx.resolver.actors.get(m.recordId)?.kind !== 'group');
  const last = names.at(-1);
  if (!last || !/^(?:\s|has|have|had|also|jointly|together|on\s+\p{L}+day)*$/u.test(text.slice(last.end, cueStart))) return [];
  const list = [last];
  let joints = 0;
  for (let i = names.length - 2; i >= 0; i--) {
    const gap = text.slice((names[i] as EntityMention).end, (list[0] as EntityMention).start);
    const lastJoint = list.length === 1 && LIST_LAST_JOINT.test(gap);
    if (!lastJoint && !(list.length > 1 && LIST_JOINT.test(gap))) break;
    joints += lastJoint ? 1 : 0;
    list.unshift(names[i] as EntityMention);
  }
  if (joints !== 1) return [];
  // the list opens the clause, or follows "by"/"from" after a document noun ("A joint statement by ...", two names
  // too: two coordinated subjects of the clause are `coordinatedSpeaker`'s)
  const before = text.slice(sentence.start, (list[0] as EntityMention).start);
  const authors = DOCUMENT_CUES.has(cue.lemma) && /\b(?:statement|communiqu[eé]|letter|declaration|report|resolution)\s+(?:issued\s+|released\s+|signed\s+)?(?:by|from)\s+(?:\p{Lu}[\p{L}]*\.?\s+)?$/iu.test(before);
  const opens = (/^\s*$|[,:"“”—–]\s*$/.test(before) && list.length >= 3) || authors;
  const ids = [...new Set(list.map((m) => m.recordId))];
  return opens && ids.includes(claimantId) ? ids.filter((id) => id !== claimantId) : [];
}

/**
 * Whether the cue's speaker is named right before it: a mention of a named person, organisation or government (only
 * adverbs between), or a document phrase. Unnamed groups stay inside the outer claim ("said that analysts say ...").
 */
function namedRightBefore(ctx: ReadContext, sentence: TaggedSentence, cue: Cue, claimantId: string): boolean {
  const cueStart = (sentence.tokens[cue.first] as Token).start;
  if (DOCUMENT_CUES.has(cue.lemma) && documentBefore(sentence.tokens, cue.first)) return true;
  // "said that Ankara wanted a fair solution": a nested state of mind stays in the outer claim
  if (MENTAL_STATE_LEMMAS.has(cue.lemma)) return false;
  if (!cue.participial && relativeSubject(sentence.tokens, cue.first)) return true;
  const kind = ctx.resolver.actors.get(claimantId)?.kind;
  if (kind === undefined || kind === 'group') return false;
  // a name, not an anaphor: "added that the company expected revenue to grow" is one claim of the one who added, as
  // "added that it expected" is
  return mentionsIn(ctx.resolver, sentence.index).some((m) => m.recordId === claimantId && m.end <= cueStart && /^(?:\s|has|have|had|also|then|later|previously)*$/.test(ctx.text.slice(m.end, cueStart))
    && !/^\p{Ll}/u.test(ctx.text.slice(m.start, m.end)));
}

/**
 * "said it had won the vote, a result that analysts said would ...", "the plan, which officials said was flawed,": a
 * subject opening a relative clause attributes on its own inside the outer claim, whoever it is (political-news
 * annotation counts such nested attributions). Id: `claims/nested-relative-attribution`.
 */
function relativeSubject(tokens: readonly Token[], cueFirst: number): boolean {
  for (let j = cueFirst - 1; j >= Math.max(0, cueFirst - 5); j--) {
    const t = tokens[j] as Token;
    if (/^(?:which|that)$/.test(t.lower)) {
      const antecedent = tokens[j - 1];
      // ("said in a statement carried by SANA that its forces ...": "that" after a name opens the said clause)
      return j < cueFirst - 1 && antecedent !== undefined && (/^,\s*$/.test(antecedent.post) ? t.lower === 'which' : /^\p{Ll}/u.test(antecedent.text) && antecedent.tags.has('Noun') && !antecedent.tags.has('Pronoun') && !antecedent.tags.has('PastTense') && reportingLemma(antecedent.lower) === undefined);
    }
    // (no test of the subject's words: the tagger reads "that analysts said" as a determiner and a verb)
    if (/[,;:"“”]/.test(t.post) || t.tags.has('Preposition')) return false;
  }
  return false;
}

/**
 * "Local media, citing a military source, reported that ...": a participle set off by commas between the sentence's
 * subject and its reporting verb names where the report comes from; it is part of that attribution, not a claim.
 */
function sourceParticiple(sentence: TaggedSentence, cues: readonly Cue[], k: number): boolean {
  const cue = cues[k] as Cue;
  const next = cues[k + 1];
  const { tokens } = sentence;
  if (!cue.participial || !next || next.participial || next.according || !/,\s*$/.test(tokens[cue.first - 1]?.post ?? '')) return false;
  if (!/,\s*$/.test(tokens[next.first - 1]?.post ?? '') || tokens.slice(cue.first, next.first - 1).some((t) => /[,;:]/.test(t.post))) return false;
  return tokens.slice(0, cue.first).every((t) => !t.tags.has('Verb') || t.tags.has('Adjective'));
}

/** Whether a negation stands among the auxiliaries right before the cue ("has not commented", "did not say", "never said"). */
function negated(sentence: TaggedSentence, cue: Cue): boolean {
  for (let k = cue.first - 1; k >= Math.max(0, cue.first - 3); k--) {
    const t = sentence.tokens[k] as Token;
    if (t.lower === 'not' || t.lower === 'never' || /n['’]t$/.test(t.lower)) return true;
    if (!(t.tags.has('Adverb') || t.tags.has('Auxiliary') || t.tags.has('Modal') || /^(?:has|have|had|did|does|do|would|will|could|yet)$/.test(t.lower))) return false;
  }
  return false;
}

/** "and said", "but later added": the cue follows "and"/"but" with only adverbs or auxiliaries between. */
function joinedByConjunction(sentence: TaggedSentence, cue: Cue): boolean {
  for (let k = cue.first - 1; k >= Math.max(0, cue.first - 3); k--) {
    const t = sentence.tokens[k] as Token;
    if (t.lower === 'and' || t.lower === 'but') return true;
    if (!(t.tags.has('Adverb') || t.tags.has('Auxiliary'))) return false;
  }
  return false;
}

/**
 * Past forms spelt as their base and as a noun, which the tagger reads as nouns after a company's name ("Acme Corp
 * cut its dividend and warned that ..."): source, the English irregular verbs whose three forms are alike.
 */
const SAME_FORM_PASTS: ReadonlySet<string> = new Set(['cut', 'hit', 'set', 'put', 'cost', 'shut', 'quit', 'spread', 'bid', 'split', 'hurt', 'shed', 'let']);

/** A same-form past right after a proper noun, before a determiner or possessive: the clause's verb. */
function sameFormPastAfterName(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j] as Token;
  // ("Anglo Pacific Resources on Tuesday cut its dividend and said": the day of the act between name and verb; round 13)
  const dated = WEEKDAYS.has(tokens[j - 1]?.lower ?? '') && tokens[j - 2]?.lower === 'on';
  const prev = tokens[dated ? j - 3 : j - 1];
  const next = tokens[j + 1];
  return SAME_FORM_PASTS.has(t.lower) && prev !== undefined && prev.tags.has('ProperNoun') && !/[,;:]/.test(prev.post)
    && next !== undefined && (next.tags.has('Determiner') || next.tags.has('Possessive') || next.tags.has('Value') || next.tags.has('Plural'));
}

/** What may stand between a clause's subject and its verb: an affiliation ("of the Upper House") and auxiliaries. */
const AFFILIATED_ACT = /^\s*(?:(?:of|from|at)\s+(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+(?:of|for|and|the|\p{Lu}[\p{L}.'’-]*))*\s+)?(?:(?:has|have|had|also|then|later|on \p{L}+day)\s+)*$/u;

/** The speaker of an earlier cue of the sentence, for a pronoun before this cue that fits its kind; else null. */
/**
 * "Kerry said the sides were closer than ever, though he cautioned that ...": "he" or "she" opening a clause joined to
 * a person's claim of the same sentence is that person (the subject of the clause before), not the person of the
 * sentence before.
 */
function joinedPronounOfSentence(ctx: ReadContext, sentence: TaggedSentence, cue: Cue, earlier: string | null): string | undefined {
  if (earlier === null || cue.participial || cue.according || cue.passive || ctx.resolver.actors.get(earlier)?.kind !== 'person') return undefined;
  const pronoun = sentence.tokens[cue.first - 1];
  const joiner = sentence.tokens[cue.first - 2];
  if (!pronoun || !joiner || !/^(?:he|she)$/.test(pronoun.lower) || genderClash(pronoun.lower, ctx.resolver.genders.get(earlier))) return undefined;
  return /^(?:though|although|but|while|and|yet)$/.test(joiner.lower) && /,\s*$/.test(sentence.tokens[cue.first - 3]?.post ?? '') ? earlier : undefined;
}

function sameSentenceAntecedent(ctx: ReadContext, sentence: TaggedSentence, cue: Cue, earlier: string | null): string | null {
  if (earlier === null) return null;
  const pronoun = sentence.tokens[cue.first - 1];
  const wanted = pronoun ? own(SUBJECT_PRONOUNS, pronoun.lower) : undefined;
  const kind = ctx.resolver.actors.get(earlier)?.kind;
  if (wanted === 'person') return kind === 'person' && !genderClash(pronoun?.lower ?? '', ctx.resolver.genders.get(earlier)) ? earlier : null;
  if (wanted === 'plural' || wanted === 'thing') return kind !== undefined && kind !== 'person' ? earlier : null;
  return null;
}

/** Words that open a fronted phrase before a sentence's subject ("After the vote, ..."). */
const FRONTED = /^(?:after|before|during|in|on|at|with|without|despite|following|when|while|as|since|although|though|if|standing|speaking|meanwhile|however|later|earlier|yesterday|today)$/;

/**
 * The subject of the first verb of the sentence, for a cue coordinated with it ("Police arrested two men and said
 * ..."): read as the speaker of a cue standing at that verb. Null when no verb precedes the cue.
 */
function sharedSubject(ctx: ReadContext, sentence: TaggedSentence, cue: Cue): string | null {
  const { tokens } = sentence;
  let from = 0;
  if (FRONTED.test(tokens[0]?.lower ?? '')) {
    const comma = tokens.findIndex((t, j) => j < cue.first && /,\s*$/.test(t.post));
    if (comma < 0) return null;
    from = comma + 1;
  }
  const verb = tokens.findIndex((t, j) => j > from && j < cue.first && (t.tags.has('Verb') || sameFormPastAfterName(tokens, j)) && !t.tags.has('Gerund') && !insideQuote(ctx.quotes, t.start));
  if (verb < 0) return null;
  const joinedTo = nameBeforeCoordinatedVerb(ctx, sentence, cue, from);
  if (joinedTo) return joinedTo;
  // only a name that opens the clause, right before its verb ("Senator Ruth Dale visited ...")
  const verbTok = tokens[verb] as Token;
  const opener = mentionsIn(ctx.resolver, sentence.index).find((m) => m.end <= verbTok.start && /^[\s\p{Lu}\p{L}.'’-]*$/u.test(ctx.text.slice((tokens[from] as Token).start, m.start)) && AFFILIATED_ACT.test(ctx.text.slice(m.end, verbTok.start)));
  if (opener) return opener.recordId;
  // "It cut its forecast and said ...", "The company cut ... and said": a pronoun or an anaphor of an organisation or
  // title opening the clause, read as the subject of a cue standing at the verb
  // "His uncle spoke with CNN ..., and said": a kin noun with its possessor opening the clause
  const kin = kinSpeaker(ctx.text, sentence, from + 1, ctx.resolver);
  if (kin && verb >= from + 2) return kin;
  const anaphor = own(SUBJECT_PRONOUNS, tokens[from]?.lower ?? '') !== undefined ? from
    : tokens[from]?.lower === 'the' && (ORG_ANAPHORS.has(tokens[from + 1]?.lower ?? '') || TITLE_ANAPHOR_NOUNS.has(tokens[from + 1]?.lower ?? '')) ? from + 1
    // ("The union called a strike and urged ...": a two-word subject the cue's own reading resolves)
    : tokens[from]?.lower === 'the' && verb === from + 2 && (tokens[from + 1] as Token).tags.has('Noun') ? from + 1 : -1;
  if (anaphor < 0 || !tokens.slice(anaphor + 1, verb).every((t) => t.tags.has('Adverb') || t.tags.has('Auxiliary'))) return null;
  return speakerBefore(ctx.text, sentence, { ...cue, first: verb, last: verb, nominal: false }, ctx.resolver);
}

/** A relative clause set off by commas right before a verb: ", whose liberal VVD party came third,". */
const RELATIVE_ASIDE_BEFORE = /,\s*(?:who|whose|which)\b[^,;:"“”]*,\s*$/i;

/**
 * "It came a day after President Bush ordered more troops to Saudi Arabia and warned that ...": the cue's "and"
 * joins it to the verb right before, whose subject is a name standing right before that verb, inside the sentence.
 * Id: `speaker/coordinated-verb-subject`.
 */
function nameBeforeCoordinatedVerb(ctx: ReadContext, sentence: TaggedSentence, cue: Cue, from: number): string | null {
  const { tokens } = sentence;
  if (!/^(?:and|but)$/.test(tokens[cue.first - 1]?.lower ?? '')) return null;
  let verb = -1;
  for (let j = cue.first - 2; j > from; j--) {
    const t = tokens[j] as Token;
    if (/[;:"“”]/.test(t.post) || insideQuote(ctx.quotes, t.start)) return null;
    // ("visited the flooded town": a participle after a determiner describes a noun)
    const adjectival = /^(?:the|a|an|its|his|her|their)$/.test(tokens[j - 1]?.lower ?? '');
    if (t.tags.has('Verb') && !t.tags.has('Gerund') && !t.tags.has('Auxiliary') && !adjectival && (t.tags.has('PastTense') || t.tags.has('PresentTense'))) {
      verb = j;
      break;
    }
  }
  if (verb < 0) return null;
  const verbTok = tokens[verb] as Token;
  // ("Mark Rutte, whose VVD party came third, congratulated him and said": a relative aside between name and verb,
  // whose own names are no subject)
  const aside = RELATIVE_ASIDE_BEFORE.exec(ctx.text.slice(sentence.start, verbTok.start));
  const limit = aside ? sentence.start + aside.index : verbTok.start;
  // ("Martin Lyle of the Velmar Assembly launched the appeal, and stated": the body is the person's complement)
  const named = mentionsIn(ctx.resolver, sentence.index).filter((m) => m.end <= limit
    && !/\b(?:of|from|at|for|with|in)\s+(?:the\s+)?$/i.test(ctx.text.slice(Math.max(sentence.start, m.start - 12), m.start))).pop();
  const kind = named ? ctx.resolver.actors.get(named.recordId)?.kind : undefined;
  return named && kind !== undefined && AFFILIATED_ACT.test(ctx.text.slice(named.end, limit)) ? named.recordId : null;
}

/**
 * Claims with no named speaker ("it was alleged that ...", "X is said to have ..."): claimant null, as the gold's
 * `*`. Not when the cue is reported speech inside a claim of the sentence.
 */
function readImpersonal(ctx: ReadContext, sentence: TaggedSentence): void {
  for (const found of findImpersonalCues(ctx.text, sentence, ctx.quotes)) {
    const cueTok = sentence.tokens[found.cue.first] as Token;
    if (ctx.claims.some((c) => c.end >= sentence.end && c.start <= sentence.start && cueTok.start >= c.contentStart && cueTok.end <= c.contentEnd)) continue;
    const content = trimContent(ctx.text, found.content.start, found.content.end);
    if (content.end <= content.start) continue;
    ctx.claims.push(claimRecord(ctx, sentence, found.cue, { claimantId: null, content, evidenceStart: sentence.start, joinedQuote: null }));
  }
}

/** "the offer was rejected by the admiral": the agent speaks; the subject is what it spoke about. */
function readPassive(ctx: ReadContext, sentence: TaggedSentence, cue: Cue): CueReading {
  const { text } = ctx;
  const byTok = sentence.tokens[cue.last + 1] as Token;
  const claimantId = mentionsIn(ctx.resolver, sentence.index).find((m) => m.start >= byTok.end && /^[\s\p{L}.-]{0,40}$/u.test(text.slice(byTok.end, m.start)))?.recordId ?? null;
  return { claimantId, content: trimContent(text, sentence.start, (sentence.tokens[cue.last] as Token).end), evidenceStart: sentence.start, joinedQuote: null };
}

/** Participles that describe a body by who runs, backs or installed it ("Hamas-run", "Russian-installed"). */
const BACKED_BY = /^(?:run|backed|led|installed|controlled|owned|allied|affiliated|appointed|funded|supported|dominated|linked)$/;

/** Whether the phrase at `first` (after a determiner) opens with "<Name>-run" or the like. */
function backedBodyAfter(sentence: TaggedSentence, first: number): boolean {
  let k = first;
  if (/^(?:the|a|an)$/.test(sentence.tokens[k]?.lower ?? '')) k++;
  const name = sentence.tokens[k];
  const participle = sentence.tokens[k + 1];
  return name !== undefined && participle !== undefined && /^\p{Lu}/u.test(name.text) && /^-$/.test(name.post) && BACKED_BY.test(participle.lower);
}

/** "according to X, ...": the speaker follows the cue, the claim follows the speaker's comma (or precedes the cue). */
function readAccording(ctx: ReadContext, sentence: TaggedSentence, cue: Cue): CueReading {
  const { text, resolver } = ctx;
  const cueEndTok = sentence.tokens[cue.last] as Token;
  // "according to the Hamas-run health ministry": a body described by who runs or backs it speaks, not that one
  // (read once: the source phrase may make a speaker)
  const backed = backedBodyAfter(sentence, cue.last + 1);
  const described = backed ? accordingSpeaker(text, sentence, cue.last + 1, ctx.resolver.book)?.id : undefined;
  const claimantId = described ?? speakerAfter(text, sentence, cue, resolver) ?? (backed ? undefined : accordingSpeaker(text, sentence, cue.last + 1, ctx.resolver.book)?.id) ?? accordingDocument(text, sentence, cue, resolver);
  // the source's name may hold a comma ("according to Velk, Lee & Co"): a mention before the first comma, if any
  const firstComma = text.indexOf(',', cueEndTok.end);
  const after = mentionsIn(resolver, sentence.index).find((m) => m.start >= cueEndTok.end && (firstComma < 0 || m.start < firstComma));
  const commaAfter = text.indexOf(',', after ? after.end : cueEndTok.end);
  // ("..., according to figures released by Kordwerk Research, a market research firm.": a phrase with no verb after the
  // source's comma is its apposition; the claim is before the cue)
  // ("..., according to two people familiar with the decision, as his poll numbers slid", "..., according to
  // projections by the networks, giving her a boost": a subordinate clause or participle after the source's comma
  // goes with the main clause before the cue; round 13)
  const adjunct = commaAfter > 0 && cue.first > 0 && /^\s*(?:as|while|because|since|although|though|amid|after|before|when|even\s+as|\p{Ll}+ing)\s/iu.test(text.slice(commaAfter + 1, sentence.end));
  const apposition = adjunct || (commaAfter > 0 && cue.first > 0 && !sentence.tokens.some((t) => t.start > commaAfter && t.tags.has('Verb')));
  const content = commaAfter > 0 && commaAfter < sentence.end && !apposition
    ? trimContent(text, commaAfter + 1, sentence.end)
    : trimContent(text, sentence.start, (sentence.tokens[cue.first] as Token).start);
  return { claimantId, content, evidenceStart: sentence.start, joinedQuote: null };
}

/**
 * "according to a statement by the army", "according to results released by the election commission": the author
 * named after by/from (a body the source reader knows or makes), else an earlier author of the same document
 * ("The UN issued a report ... according to the report"), else the document itself, as "A statement released on
 * Monday said" speaks; null when no document follows. Id: `speaker/according-to-document` (round 13).
 */
function accordingDocument(text: string, sentence: TaggedSentence, cue: Cue, resolver: Resolver): string | null {
  const doc = documentAfter(sentence.tokens, cue.last + 1);
  if (!doc) return null;
  const author = doc.author >= 0 ? accordingSpeaker(text, sentence, doc.author, resolver.book)?.id ?? null : null;
  if (author) return author;
  // ("a statement from the ministry": the body the anaphor names, as "A statement from the ministry said" takes it)
  const body = sentence.tokens[doc.author + 1];
  if (doc.author >= 0 && sentence.tokens[doc.author]?.lower === 'the' && body && ORG_ANAPHORS.has(body.lower)) {
    const named = ORG_ANAPHOR_NOUNS.has(body.lower) ? organizationAnaphor(text, resolver, body) : resolveAnaphor(body.lower, resolver, body.start);
    if (named) return named;
    // (none named: "the army", "the ministry" speak as themselves, as "The army said" does; "the company" is nobody)
    if (ORG_ANAPHOR_NOUNS.get(body.lower) !== null) return makeSpeaker(resolver.book, body.lower, 'organization', { start: body.start, end: body.end, text: body.text }).id;
  }
  // ("according to projections by the major television networks": an unnamed plural author speaks as a group)
  const plural = doc.author >= 0 ? pluralAuthor(text, sentence, doc.author, resolver) : null;
  if (plural) return plural;
  // (an author named but not known, "a report in the Velmar Daily" read as a place: no speaker rather than the paper)
  if (doc.author >= 0) return null;
  const noun = sentence.tokens[doc.noun] as Token;
  const earlier = resolver.documentAuthors.get(documentKey(noun.lower)) ?? earlierDocumentAuthor(text, noun, resolver);
  if (earlier) return earlier;
  const start = (sentence.tokens[doc.first] as Token).start;
  const name = text.slice(start, noun.end);
  return makeSpeaker(resolver.book, name.charAt(0).toLowerCase() + name.slice(1), 'organization', { start, end: noun.end, text: name }).id;
}

/**
 * "by the major television networks", "from several news agencies": a determiner, lower-case modifiers and a plural
 * noun closing the phrase (comma or sentence end), made a group; else null.
 */
function pluralAuthor(text: string, sentence: TaggedSentence, first: number, resolver: Resolver): string | null {
  const { tokens } = sentence;
  let last = first;
  while (last < tokens.length - 1 && last - first < 5 && !/[,;:]/.test((tokens[last] as Token).post)) last++;
  const words = tokens.slice(first, last + 1);
  const head = tokens[last] as Token;
  if (!/^(?:the|several|two|three|many|some|other)$/.test((tokens[first] as Token).lower) || !/^\p{Ll}[\p{Ll}-]*s$/u.test(head.text) || !head.tags.has('Plural')) return null;
  if (words.slice(1).some((t) => !/^\p{Ll}/u.test(t.text) || t.tags.has('Verb') && !t.tags.has('Plural') || t.tags.has('Preposition'))) return null;
  const from = (tokens[first + 1] as Token).start;
  return makeSpeaker(resolver.book, text.slice(from, head.end), 'group', { start: from, end: head.end, text: text.slice(from, head.end) }).id;
}

/** "As Reyes put it (in an interview), the party needs ...": the subject of "put" speaks; the claim follows the comma. */
function readAsPut(ctx: ReadContext, sentence: TaggedSentence, cue: Cue): CueReading {
  const { text } = ctx;
  const claimantId = speakerBefore(text, sentence, cue, ctx.resolver);
  const comma = text.indexOf(',', (sentence.tokens[cue.last] as Token).end);
  return { claimantId, content: trimContent(text, comma + 1, sentence.end), evidenceStart: sentence.start, joinedQuote: null };
}

/**
 * ", with party leaders warning of a revolt", ", with Speaker Ryan calling for ...": the noun phrase of the absolute
 * clause speaks (a name in it, else a group it names); the claim is what follows the participle.
 */
function readAbsolute(ctx: ReadContext, sentence: TaggedSentence, cue: Cue, clauseEnd: number): CueReading {
  const { tokens } = sentence;
  const from = (cue.absoluteWith as number) + 1;
  const start = (tokens[from] as Token).start;
  const end = (tokens[cue.first - 1] as Token).end;
  const named = mentionsIn(ctx.resolver, sentence.index).filter((m) => m.start >= start && m.end <= end).pop();
  const claimantId = named?.recordId ?? absoluteGroup(ctx.text, tokens, from, cue.first - 1, ctx.resolver.book)?.id ?? (named ? null : absoluteDescription(ctx.text, ctx.resolver, sentence, from, cue.first));
  return { claimantId, content: trimContent(ctx.text, (tokens[cue.last] as Token).end, clauseEnd), evidenceStart: sentence.start, joinedQuote: null };
}

/**
 * ", with the former governor accusing Portman of ...", ", with the Vermont senator calling for ...": a description of
 * a person as the absolute clause's noun phrase is the one holder of its title, else the person the text is about,
 * as it is when it opens a sentence; a bare title ("with the president urging calm") only its one holder.
 */
function absoluteDescription(text: string, resolver: Resolver, sentence: TaggedSentence, from: number, cueFirst: number): string | null {
  const head = descriptionHead(sentence, from);
  if (head !== cueFirst - 1 || namedInDescription(resolver, sentence.index, (sentence.tokens[from] as Token).start, (sentence.tokens[head] as Token).end)) return null;
  const headTok = sentence.tokens[head] as Token;
  if (head === from + 1 && TITLE_ANAPHOR_NOUNS.has(headTok.lower)) return resolveTitleHolder(resolver.actorList, headTok.lower, { mentions: resolver.mentions, at: headTok.start })?.id ?? null;
  // the persons of the main clause are not yet the text's topic: one titled with the head word, else the only one
  const persons = unique(mentionsIn(resolver, sentence.index).filter((m) => m.end <= (sentence.tokens[from] as Token).start && resolver.actors.get(m.recordId)?.kind === 'person').map((m) => m.recordId));
  const titled = persons.filter((id) => resolver.actors.get(id)?.titles.some((t) => t.toLowerCase().split(/\s+/).pop() === headTok.lower));
  if (titled.length === 1) return titled[0] as string;
  return persons.length === 1 ? persons[0] as string : persons.length === 0 ? describedPerson(text, resolver, sentence, from, head) : null;
}

/** "..., saying ...", "and added that ...": the main clause's subject speaks; "quoted X as saying": X does. */
function readParticipial(ctx: ReadContext, sentence: TaggedSentence, cue: Cue, clauseEnd: number, sentenceSubject: string | null): CueReading {
  const { text, resolver } = ctx;
  const cueStartTok = sentence.tokens[cue.first] as Token;
  const quotedAs = cue.participial && sentence.tokens[cue.first - 1]?.lower === 'as';
  // "quoted Haddad as saying": the name before "as", known by surname when the mention was left out
  const asName = sentence.tokens[cue.first - 2];
  const named = quotedAs && asName && /^\p{Lu}/u.test(asName.text) ? knownActor(ctx.resolver.book, asName.text) : undefined;
  const claimantId = quotedAs
    ? (quotedPassiveSubject(ctx, sentence, cue) ?? named?.id ?? quotedUnnamed(text, sentence, cue.first - 1, resolver) ?? mentionsIn(resolver, sentence.index).filter((m) => m.end <= cueStartTok.start).pop()?.recordId ?? null)
    : (sentenceSubject ?? participleSubject(ctx, sentence, cue, cueStartTok));
  // "to warn residents that the dam could burst": past the addressee, as after a finite cue
  const that = cue.purpose ? sentence.tokens.slice(cue.last + 1, cue.last + 5).find((t) => t.lower === 'that') : undefined;
  // ("..., ruling 5-3 that ...": a court's vote before "that", as after a finite cue)
  const from = that ? that.end : skipLead(text, (sentence.tokens[cue.last] as Token).end, clauseEnd, cue.lemma);
  return { claimantId, content: trimContent(text, from, clauseEnd), evidenceStart: sentence.start, joinedQuote: null };
}

/**
 * "Lind is quoted by the BBC as saying ...", "Lind was quoted in the Times as saying ...": in the passive the subject
 * is the one quoted, not the outlet after "by"; the subject's speaker as a finite cue would find it, else undefined.
 */
function quotedPassiveSubject(ctx: ReadContext, sentence: TaggedSentence, cue: Cue): string | undefined {
  const { tokens } = sentence;
  const q = tokens.findLastIndex((t, j) => j < cue.first - 1 && j >= cue.first - 10 && t.lower === 'quoted');
  if (q < 1 || !/^(?:is|was|were|are|been|being)$/.test((tokens[q - 1] as Token).lower)) return undefined;
  const be = /^(?:been|being)$/.test((tokens[q - 1] as Token).lower) && q >= 2 ? q - 2 : q - 1;
  return speakerBefore(ctx.text, sentence, { ...cue, first: be, last: be, participial: false }, ctx.resolver) ?? undefined;
}

/**
 * "Interfax quoted a military spokesman as saying": an unnamed source between "quoted" and "as" (no name inside) is
 * the speaker, named by its phrase ("military spokesman", "local residents"), not the outlet that quoted it.
 */
function quotedUnnamed(text: string, sentence: TaggedSentence, as: number, resolver: Resolver): string | undefined {
  const { tokens } = sentence;
  const q = tokens.findLastIndex((t, j) => j < as && j >= as - 6 && /^quot(?:ed|es|ing)$/.test(t.lower));
  if (q < 0 || as - q < 2) return undefined;
  const phrase = tokens.slice(q + 1, as);
  const head = phrase[phrase.length - 1] as Token;
  if (phrase.some((t) => !/^\p{Ll}[\p{Ll}-]*$/u.test(t.text) || /[,;:()"“”]/.test(t.post)) || resolver.mentions.some((m) => m.start >= (phrase[0] as Token).start && m.end <= head.end)) return undefined;
  const words = phrase.filter((t) => !/^(?:a|an|the|one|some|two|three|several)$/.test(t.lower));
  if (words.length === 0) return undefined;
  const plural = GROUP_NOUNS.has(head.lower) || (head.lower.endsWith('s') && isGroupMember(head.lower.slice(0, -1)));
  if (!plural && !(isSpeakerRole(head.lower) || ROLE_NOUNS.has(head.lower) || isGroupMember(head.lower))) return undefined;
  const first = words[0] as Token;
  const name = text.slice(first.start, head.end);
  return makeSpeaker(resolver.book, name, plural ? 'group' : 'person', { start: first.start, end: head.end, text: name }).id;
}

/**
 * "The army shelled the city, saying ...": the subject of the sentence's first verb, when a plain noun phrase opens
 * the sentence and the verb follows it (no comma between), read as the speaker of a cue standing at that verb.
 */
function firstVerbSubject(ctx: ReadContext, sentence: TaggedSentence, cue: Cue): string | null {
  const { tokens } = sentence;
  // "In Velmar, police arrested two men, saying ...", "On Monday, the army ...": a fronted phrase of place or
  // time closed by a comma stands before the subject
  const fronted = (tokens[0] as Token).tags.has('Preposition') ? tokens.findIndex((t, j) => j < 6 && /,\s*$/.test(t.post)) : -1;
  if ((tokens[0] as Token).tags.has('Preposition') && fronted < 0) return null;
  const from = fronted + 1;
  // ("A federal appeals court": "appeals" names the court, not its act)
  const verb = tokens.findIndex((t, j) => j > from && j < cue.first && t.tags.has('Verb') && !t.tags.has('Auxiliary') && !courtModifier(tokens, j));
  // "A judge in Velmar temporarily blocked the layoffs, saying ...": the subject may carry a place or body
  // phrase and an adverb before its verb
  if (verb < 1 || verb - from > 8 || tokens.slice(from, verb).some((t) => /[,;:"“”]/.test(t.post) || t.tags.has('Pronoun'))) return null;
  let head = verb - 1;
  while (head > from && (tokens[head] as Token).tags.has('Adverb')) head--;
  // "A federal judge on Tuesday blocked the law, ruling that ...": the day of the act stands before the verb
  if (head > from + 1 && tokens[head - 1]?.lower === 'on' && WEEKDAYS.has((tokens[head] as Token).lower)) head -= 2;
  // "A judge in Velmar blocked ...": the role that opens the sentence speaks, not the place named after it
  if (/^(?:a|an|the)$/.test((tokens[from] as Token).lower) && isSpeakerRole(tokens[from + 1]?.lower ?? '') && tokens[from + 2]?.tags.has('Preposition')) head = from + 1;
  if (!(tokens[head] as Token).tags.has('Noun')) return null;
  return speakerBefore(ctx.text, sentence, { ...cue, first: head + 1, last: head + 1, participial: false, nominal: false }, ctx.resolver);
}


/**
 * A finite cue: the subject before it speaks, or a postposed speaker ('"...," said Joe Park', '..., said the
 * minister'), and then the claim is what comes before the cue; otherwise the claim is the clause after it.
 */
function readFinite(ctx: ReadContext, sentence: TaggedSentence, cue: Cue, clauseEnd: number): CueReading {
  const { text, resolver } = ctx;
  const cueStartTok = sentence.tokens[cue.first] as Token;
  const cueEndTok = sentence.tokens[cue.last] as Token;
  const prevPost = sentence.tokens[cue.first - 1]?.post ?? '';
  const before = speakerBefore(text, sentence, cue, resolver);
  // a comma alone may close an apposition of the subject ("Lee, the chief, said"); a closing quote may not
  // after a comma alone, only a name that ends the sentence or opens an apposition is a postposed speaker
  const restText = text.slice(cueEndTok.end, sentence.end);
  const nameEnds = POSTPOSED_NAME.test(restText) || POSTPOSED_TITLED_NAME.test(restText);
  const quoteCloses = /["”»›]\s*$/.test(prevPost);
  const invertible = quoteCloses || (before === null && /,\s*$/.test(prevPost) && nameEnds);
  // a quote of one or two words may stand before the cue ('"Why now?" asked Senator Ruth Dale.'); after a comma
  // alone the clause before must be longer
  const longEnough = quoteCloses ? cue.first >= 1 : cue.first > 2;
  // '"...," said one strategist who advises Senator Ruiz': an unnamed source after the cue, not a name in its clause
  const unnamedAfter = longEnough && invertible && /^(?:one|a|an|another|two|three|four|several|some)$/.test(sentence.tokens[cue.last + 1]?.lower ?? '')
    ? postposedSource(text, sentence, cue.last, resolver.book)?.id ?? null : null;
  const named = unnamedAfter ?? (longEnough && invertible ? speakerAfter(text, sentence, cue, resolver) : null);
  // '..., said two people briefed on the talks.': an unnamed source phrase after the cue
  const inverted = named ?? (before === null && cue.first > 2 && /[,"”»›]\s*$/.test(prevPost) ? describedAfter(text, sentence, cue, resolver) ?? postposedSource(text, sentence, cue.last, resolver.book)?.id ?? null : null);
  const claimantId = inverted ?? before;
  const restAfter = text.slice(cueEndTok.end, sentence.end).trim();
  // "..., Lee said on Monday.", "..., Lee told reporters.": only the circumstances of the saying follow the cue
  // '"We will rebuild," Ortega said in an interview with the BBC.', '..., two officials told Reuters.'
  const leadClause = /[,"”»›]/.test(text.slice(sentence.start, cueStartTok.start));
  const nothingFollows = /^[.!?"”’']*$/.test(restAfter) || SAYING_CIRCUMSTANCE.test(restAfter) || (leadClause && onlyCircumstancesAfter(sentence.tokens, cue.last, clauseEnd, cue.lemma))
    || (leadClause && ASIDE_CLAUSE_AFTER.test(restAfter) && !/,\s+that\s/.test(restAfter)) || (leadClause && REMARK_APPOSITION_AFTER.test(restAfter))
    || (leadClause && SUMMARY_APPOSITION_AFTER.test(restAfter))
    // "..., an allegation the aides dismissed as a distraction": what is dismissed is the clause answered, not "as ..."
    || (/^as\s/i.test(restAfter) && answersInApposition(text, sentence, cue))
    // '"...," he wrote, joined by Justices X and Y.', '"...," she said, speaking at a rally.': the saying's circumstance
    || (leadClause && PARTICIPLE_AFTER_CUE.test(restAfter)) || (leadClause && TIME_CLAUSE_AFTER.test(restAfter));
  // "a letter by King that criticized Sessions": after a relative pronoun the name is the object, not a speaker
  const relativeCue = /^(?:that|which|who)$/.test(sentence.tokens[cue.first - 1]?.lower ?? '');
  const speakerFollows = !relativeCue && (nothingFollows || ((POSTPOSED_NAME.test(restAfter) || POSTPOSED_TITLED_NAME.test(restAfter)) && restAfter.length <= 60)) && (cueStartTok.start - sentence.start > 20 || /["”»›]\s*\S/.test(text.slice(sentence.start, cueStartTok.start)));
  if (inverted !== null || (speakerFollows && (claimantId === null || nothingFollows))) {
    return readBeforeCue(ctx, sentence, cue, claimantId ?? speakerAfter(text, sentence, cue, resolver));
  }
  return readAfterCue(ctx, sentence, cue, clauseEnd, claimantId);
}

/** "..., X said." / "..., said X.": the claim is what comes before the cue, a quote of several sentences whole. */
function readBeforeCue(ctx: ReadContext, sentence: TaggedSentence, cue: Cue, claimantId: string | null): CueReading {
  const { text } = ctx;
  const cueStart = (sentence.tokens[cue.first] as Token).start;
  const lead = text.slice(sentence.start, cueStart);
  const comma = subjectPhraseStart(sentence, lead);
  // a quote of several sentences closed by '..., he said': the attribution covers the whole quote
  const opener = ctx.quotes.find((q) => q.start < sentence.start && q.end > sentence.start && sentence.end - q.start <= MAX_EVIDENCE);
  const evidenceStart = opener ? Math.max(0, opener.start - 1) : sentence.start;
  // "faces charges of fraud, which she denies": what an object relative answers is the phrase it hangs on
  const antecedent = comma > 0 && !opener ? objectRelativeAntecedent(sentence, sentence.start + comma) : undefined;
  const content = trimContent(text, antecedent ?? (opener ? opener.start : sentence.start), comma > 0 ? sentence.start + comma : cueStart);
  // "It was unclear whether the army would respond.": with no comma, quote or colon setting the claim off from its
  // speaker, the words before the cue are the cue's own clause, not what it reports
  if (comma <= 0 && !opener && !/[,;:"“”’»—–]\s*$/.test(lead)) return { claimantId: null, content, evidenceStart, joinedQuote: null };
  return { claimantId, content, evidenceStart, joinedQuote: null };
}

/**
 * "arrested on charges of fraud, which she denies", "accused of shelling the village, which it denied": when the
 * subject phrase ending at the cue is opened by "which" after the comma at `comma`, the start of the noun or gerund
 * phrase before the comma that "which" stands for; else undefined. Id: `content/object-relative-antecedent`.
 */
function objectRelativeAntecedent(sentence: TaggedSentence, comma: number): number | undefined {
  const { tokens } = sentence;
  const after = tokens.findIndex((t) => t.start > comma);
  if (after < 1 || tokens[after]?.lower !== 'which') return undefined;
  let first = after;
  for (let j = after - 1; j >= 0; j--) {
    const t = tokens[j] as Token;
    if (j < after - 1 && /[,;:"“”]/.test(t.post)) break;
    const joined = t.lower === 'of' && (tokens[j - 1]?.tags.has('Noun') ?? false);
    if (!(joined || t.tags.has('Noun') || t.tags.has('Adjective') || t.tags.has('Determiner') || t.tags.has('Gerund') || t.tags.has('Value') || t.tags.has('Possessive')) || (t.tags.has('Verb') && !t.tags.has('Gerund') && !t.tags.has('Noun'))) break;
    first = j;
  }
  return first < after ? (tokens[first] as Token).start : undefined;
}

/** Where the subject phrase before a cue starts (relative to the sentence): after the last comma or closing quote of `lead`. */
function lastSeparator(lead: string): number {
  return Math.max(lead.lastIndexOf(','), lead.lastIndexOf('”'), lead.lastIndexOf('"'), lead.lastIndexOf('»'), lead.lastIndexOf('›'));
}

/**
 * "The bridge fell, the regional governor, Ivo Pohl, wrote on Telegram.": the separator before the subject
 * phrase, which may carry one apposition between commas (a short phrase with no verb, not opened by a
 * preposition or conjunction); -1 when `lead` has none.
 */
function subjectPhraseStart(sentence: TaggedSentence, whole: string): number {
  // "..., the regional governor, Ivo Pohl, wrote": the comma that closes an apposition before the cue
  const lead = /,\s*$/.test(whole) ? whole.replace(/,\s*$/, '') : whole;
  const sep = lastSeparator(lead);
  if (sep <= 0 || lead[sep] !== ',') return sep;
  // '"We are not leaving," one resident, Lea Ortiz, told Reuters': a closing quote ends the clause as a comma does
  const earlier = lastSeparator(lead.slice(0, sep));
  if (earlier <= 0) return sep;
  const from = sentence.start + earlier + 1;
  const to = sentence.start + sep;
  const words = sentence.tokens.filter((t) => t.start >= from && t.end <= to);
  // ('"...," the mayor of Amatrice, Sergio Pirozzi, told': a title "of" a capitalised place or body is one apposition)
  const titleOf = (t: Token, k: number): boolean => t.lower === 'of' && /^\p{Lu}/u.test(words[k + 1]?.text ?? '');
  const apposition = words.length > 0 && words.length <= 6 && !/["“”]/.test(lead.slice(earlier + 1, sep))
    && !words.some((t, k) => t.tags.has('Verb') || (t.tags.has('Preposition') && !titleOf(t, k)) || t.tags.has('Conjunction') || /^(?:and|or|but|who|which|that)$/.test(t.lower))
    && !(words[0] as Token).tags.has('Preposition');
  return apposition ? earlier : sep;
}

/** "X said (that) ...": the claim is the clause after the cue, or the quote before it when nothing follows. */
function readAfterCue(ctx: ReadContext, sentence: TaggedSentence, cue: Cue, clauseEnd: number, claimantId: string | null): CueReading {
  const { text } = ctx;
  const cueStartTok = sentence.tokens[cue.first] as Token;
  const cueEndTok = sentence.tokens[cue.last] as Token;
  let content = trimContent(text, skipLead(text, cueEndTok.end, clauseEnd, cue.lemma), clauseEnd);
  // '"Harsh words deserve a reply", it added; and ...': nothing follows the cue, the quote before is the claim
  const lead = text.slice(sentence.start, cueStartTok.start);
  const closer = Math.max(lead.lastIndexOf('",'), lead.lastIndexOf('”,'), lead.lastIndexOf(',"'), lead.lastIndexOf(',”'));
  if (content.end <= content.start && closer > 0) content = trimContent(text, sentence.start, sentence.start + closer + 1);
  const parts = interruptedQuote(text, ctx.quotes, sentence, cueStartTok.start, cueEndTok.end);
  if (!parts) return { claimantId, content, evidenceStart: sentence.start, joinedQuote: null };
  const joinedQuote = `${text.slice(parts[0].start, parts[0].end).trim()} ${text.slice(parts[1].start, parts[1].end).trim()}`;
  return { claimantId, content: trimContent(text, parts[0].start, parts[0].end), evidenceStart: sentence.start, joinedQuote };
}

/**
 * A wire or web dateline opening a paragraph: a place in one to four capitalised words, perhaps a state and an agency
 * in brackets, then a dash ("Rome —", "SPRINGFIELD, Ill. (AP) —", "KUWAIT CITY (Reuters) -"). Id: `claims/dateline`.
 */
const DATELINE = /^\p{Lu}[\p{L}.'’-]*(?:[ ,]+\p{Lu}[\p{L}.'’-]*){0,3}(?:\s*\([^()]{1,20}\))?\s+[—–-]{1,2}\s+/u;

/** The claim record of a cue read with a speaker: kind, quote, date and what its content is about. */
function claimRecord(ctx: ReadContext, sentence: TaggedSentence, cue: Cue, reading: CueReading): ClaimDraft {
  const { text, options } = ctx;
  const { claimantId } = reading;
  // "Rome — A magnitude 6.2 earthquake struck ..., according to ...": the dateline opening the report is no content
  const dateline = reading.content.start === sentence.start ? DATELINE.exec(sentence.text) : null;
  const content = dateline && dateline[0].length < reading.content.end - reading.content.start ? { start: reading.content.start + dateline[0].length, end: reading.content.end } : reading.content;
  const cueStartTok = sentence.tokens[cue.first] as Token;
  const claimText = text.slice(content.start, content.end);
  const contentTokens = within(sentence.tokens, content);
  const claim: ClaimDraft = {
    id: recordId('claim', `${options.idPrefix}${ctx.claims.length + 1}`),
    claimantId,
    cue: cue.text,
    kind: refineKind(cue.kind, claimText, contentTokens, cue.lemma),
    content: claimText,
    quote: reading.joinedQuote ?? quoteWithin(text, ctx.quotes, content),
    start: reading.evidenceStart,
    end: sentence.end,
    cueStart: cueStartTok.start,
    cueEnd: (sentence.tokens[cue.last] as Token).end,
    date: claimDate(ctx.times, sentence, content, contentTokens, cueStartTok, options.referenceDate),
    disputes: [],
    about: { actorIds: [], placeIds: [], eventIds: [] },
    contentStart: content.start,
    contentEnd: content.end,
  };
  const inside = within(ctx.resolver.mentions, content);
  claim.about.actorIds = unique(inside.filter((m) => m.record === 'actor' && m.recordId !== claimantId).map((m) => m.recordId));
  claim.about.placeIds = unique(inside.filter((m) => m.record === 'place').map((m) => m.recordId));
  return claim;
}

/** The claims of `extractClaimRecords` alone, for callers that keep the entity stage's actors as they are. */
export function extractClaims(...args: Parameters<typeof extractClaimRecords>): ClaimDraft[] {
  return extractClaimRecords(...args).claims;
}

/**
 * A paragraph that is only a quote continues the previous paragraph's speaker ('"We will
 * rebuild."' after a paragraph that quoted the mayor), as readers take it: one claim for the quote, with the
 * previous claim's cue and date. Returns null when the sentence is not such a quote.
 */
function quoteContinuation(text: string, sentence: TaggedSentence, quotes: readonly Span[], previous: ClaimDraft, paragraphEnd: number, idSuffix: string): ClaimDraft | null {
  const q = quotes.find((x) => x.start >= sentence.start && x.start <= sentence.start + 1);
  if (!q || !/^[\s"“«‘'„]*$/.test(text.slice(sentence.start, q.start))) return null;
  // the quote fills the paragraph (or runs on into the next): nothing but closing punctuation after it, so
  // '"We are ready. The docks are finished," he said.' stays one claim of its own cue
  if (q.end < paragraphEnd && !/^[.!?"”’'»›)\s]*$/.test(text.slice(q.end, paragraphEnd))) return null;
  const content = trimContent(text, q.start, Math.min(q.end, q.start + MAX_EVIDENCE));
  if (content.end <= content.start) return null;
  const claimText = text.slice(content.start, content.end);
  return {
    id: recordId('claim', idSuffix),
    claimantId: previous.claimantId,
    cue: previous.cue,
    kind: refineKind('statement', claimText, within(sentence.tokens, content), 'say'),
    content: claimText,
    quote: text.slice(q.start, q.end),
    start: sentence.start,
    end: Math.min(q.end + 1, text.length),
    date: previous.date,
    disputes: [],
    about: { actorIds: [], placeIds: [], eventIds: [] },
    contentStart: content.start,
    contentEnd: content.end,
  };
}

/**
 * '"This is piracy," Renn told reporters. "We expect the crews back."': a sentence that is only a quote, right after a
 * claim that quoted in the same paragraph, goes on with that speaker's words. Its quote joins the claim's `quote`
 * (content, kind and evidence stay the first sentence's): the gold format counts such a second sentence at most as
 * an optional claim, and a claim of its own cost a check-half false positive in round 3.
 */
function quoteGoesOn(ctx: ReadContext, sentence: TaggedSentence): void {
  const { text } = ctx;
  const last = ctx.claims[ctx.claims.length - 1];
  if (!last || last.quote === null || last.claimantId === null || !/^\s*$/.test(text.slice(last.end, sentence.start))) return;
  const q = ctx.quotes.find((x) => x.start >= sentence.start && x.start <= sentence.start + 1);
  if (!q || !/^[\s"“«‘'„]*$/.test(text.slice(sentence.start, q.start)) || q.end - q.start > MAX_EVIDENCE) return;
  // nothing but closing punctuation after the quote: '"We are ready," he added.' is a claim of its own cue
  if (!/^[.!?"”’'»›)]*(?:\s|$)/.test(text.slice(q.end))) return;
  // the comma that closed the first sentence before its attribution stands for its full stop
  const quote = `${last.quote.trim().replace(/,$/, '.')} ${text.slice(q.start, q.end).trim()}`;
  const end = Math.max(sentence.end, Math.min(q.end + 1, text.length));
  if (quote.length > MAX_EVIDENCE || end - last.start > MAX_EVIDENCE) return;
  last.quote = quote;
  last.end = end;
}

/**
 * '"We are ready," Varga said, "and the docks are finished."': a quote that opens the sentence, is interrupted
 * by its attribution and goes on right after the cue is one claim. Returns the two parts, or null.
 */
function interruptedQuote(text: string, quotes: readonly Span[], sentence: TaggedSentence, cueStart: number, cueEnd: number): [Span, Span] | null {
  const first = quotes.find((q) => q.start >= sentence.start && q.end <= cueStart && /^\s*$/.test(text.slice(sentence.start, q.start - 1)));
  const second = quotes.find((q) => q.start > cueEnd && q.start < sentence.end && /^\s*,\s*$/.test(text.slice(cueEnd, q.start - 1)));
  return first && second ? [first, second] : null;
}

/** Campaign descriptions of one person ("the Republican nominee", "the front-runner"); source: US campaign reporting. */
const CANDIDACY_NOUNS: ReadonlySet<string> = new Set(['nominee', 'front-runner', 'frontrunner', 'challenger', 'incumbent', 'hopeful', 'contender', 'businessman', 'businesswoman', 'billionaire']);

/**
 * "Speaking at a rally in Ohio, the nominee told ...", "In an interview on Sunday, the senator said ...": the index
 * of the comma-closed token ending a fronted participial or prepositional phrase of up to twelve words, else -1.
 */
function frontedPhraseEnd(tokens: readonly Token[]): number {
  const first = tokens[0];
  if (!first || !(FRONTED.test(first.lower) || (first.tags.has('Gerund') && /ing$/.test(first.lower)))) return -1;
  for (let j = 0; j < Math.min(tokens.length - 1, 12); j++) {
    if (/[;:"“”()]/.test((tokens[j] as Token).post)) return -1;
    if (/,\s*$/.test((tokens[j] as Token).post)) return j;
  }
  return -1;
}

/** The word at token `j` with the part before a hyphen the tokenizer split off ("front-runner"), lower case. */
function hyphenatedWord(tokens: readonly Token[], j: number): string {
  const t = tokens[j] as Token;
  return tokens[j - 1]?.post === '-' ? `${(tokens[j - 1] as Token).lower}-${t.lower}` : t.lower;
}

/** Whether a description's word names one person: a role, a party member, a candidacy ("the nominee"), singular. */
function namesOnePerson(t: Token, word: string): boolean {
  // the tagger's Actor tag also covers bodies ("the union", "the committee", "the charity"), which are no person
  const personActor = t.tags.has('Actor') && !ORG_HEAD_WORDS.has(t.lower) && !DESCRIPTION_NOUNS.has(t.lower) && !ORG_ANAPHORS.has(t.lower);
  return (personActor || ROLE_NOUNS.has(t.lower) || PARTY_MEMBER_NOUNS.has(t.lower) || CANDIDACY_NOUNS.has(word)) && !t.tags.has('Plural');
}

/**
 * The head of a definite description of one person opening the sentence as its subject ("The Chilean-born
 * lawmaker was greeted ...", "This veteran diplomat said", "The Nevada Democrat, who ..., told"), or -1.
 */
function descriptionHead(sentence: TaggedSentence, opener = frontedPhraseEnd(sentence.tokens) + 1): number {
  const { tokens } = sentence;
  if (!/^(?:the|this|that)$/.test(tokens[opener]?.lower ?? '')) return -1;
  for (let j = opener + 1; j < Math.min(tokens.length - 1, opener + 6); j++) {
    const t = tokens[j] as Token;
    // "the front-runner": the tokenizer splits a hyphenated word; its first part is no verb
    if (t.post === '-') continue;
    const word = hyphenatedWord(tokens, j);
    if (t.tags.has('Verb') && !CANDIDACY_NOUNS.has(word)) return -1;
    const person = namesOnePerson(t, word);
    const next = tokens[j + 1] as Token;
    // the head of the phrase is the person noun a verb or a relative clause follows ("Chilean-French" is no head)
    // "The Republican nominee, speaking to supporters in Ohio, said": a participle aside closes the phrase too
    if (person && /^\s*,\s*$/.test(t.post) && (/^(?:who|whose)$/.test(next.lower) || ASIDE_PARTICIPLE.test(next.lower))) return j;
    if (/[,;:()"“”]/.test(t.post)) return -1;
    if (person && (next.tags.has('Verb') || next.tags.has('Auxiliary') || next.tags.has('Adverb'))) return j;
    // "The former secretary of state said": a described title with its "of" phrase (a bare "The secretary of state"
    // is the title resolver's)
    if (person && next.lower === 'of' && j > opener + 1) {
      for (let k = j + 2; k <= Math.min(j + 3, tokens.length - 2); k++) {
        const after = tokens[k + 1] as Token;
        if (/[,;:()"“”]/.test((tokens[k] as Token).post)) break;
        if (after.tags.has('Verb') || after.tags.has('Auxiliary')) return k;
      }
    }
  }
  return -1;
}

/** Participles that open an aside between a subject and its verb ("The nominee, speaking to supporters, said"). */
const ASIDE_PARTICIPLE = /^(?:speaking|talking|writing|addressing|appearing|standing|campaigning|visiting|responding|answering|reacting|arriving|testifying)$/;

/**
 * Where a description of the cue's subject may open: the sentence's start (past a fronted phrase) or right after
 * a quote closed by a comma ('"We will win," the Utah Republican said').
 */
function descriptionOpener(sentence: TaggedSentence, cue: Cue): number {
  const { tokens } = sentence;
  for (let j = cue.first - 1; j > 0; j--) {
    const before = tokens[j - 1] as Token;
    if (/[,!?]\s*["”’»]\s*$/.test(before.post) && /^(?:the|this)$/.test((tokens[j] as Token).lower)) return j;
    if (/[,;:"“”()]/.test(before.post)) break;
  }
  return frontedPhraseEnd(tokens) + 1;
}

/**
 * The person a description opening the sentence, or its clause after a quote, refers to, when it is the subject of
 * the cue ("The former prosecutor said", '"We will win," the Utah Republican said'); else null.
 */
function describedSpeaker(text: string, sentence: TaggedSentence, cue: Cue, resolver: Resolver): string | null {
  const opener = descriptionOpener(sentence, cue);
  const head = descriptionHead(sentence, opener);
  // a bare title ("The president said") is the entity stage's to resolve; a described one ("The former prosecutor") is not
  if (head < 0 || resolver.lastPerson === null || (head === opener + 1 && TITLE_ANAPHOR_NOUNS.has((sentence.tokens[head] as Token).lower))) return null;
  const headTok = sentence.tokens[head] as Token;
  const from = (sentence.tokens[opener] as Token).start;
  if (namedInDescription(resolver, sentence.index, from, headTok.end)) return null;
  const gap = text.slice(headTok.end, (sentence.tokens[cue.first] as Token).start);
  return BETWEEN_SUBJECT_AND_CUE.test(gap) || /^\s*,\s*(?:(?:who|whose)\b|\p{Ll}+ing\s)[^,]*,\s*$/iu.test(gap) ? describedPerson(text, resolver, sentence, opener, head) : null;
}

/**
 * '"We will win," said the Republican nominee.': a description of one person after the cue, ending the sentence or
 * set off by a comma, refers to the person the text is about (a bare title is the entity stage's to resolve).
 */
function describedAfter(text: string, sentence: TaggedSentence, cue: Cue, resolver: Resolver): string | null {
  const { tokens } = sentence;
  const opener = cue.last + 1;
  if (resolver.lastPerson === null || !/^(?:the|this)$/.test(tokens[opener]?.lower ?? '')) return null;
  for (let j = opener + 1; j < Math.min(tokens.length, opener + 6); j++) {
    const t = tokens[j] as Token;
    if (t.post === '-') continue;
    const word = hyphenatedWord(tokens, j);
    if (t.tags.has('Verb') && !CANDIDACY_NOUNS.has(word)) return null;
    const last = j === tokens.length - 1 || /^[.!?"”’]*\s*,/.test(t.post);
    if (!last) {
      if (/[,;:()"“”.!?]/.test(t.post)) return null;
      continue;
    }
    const person = namesOnePerson(t, word);
    if (!person || (j === opener + 1 && TITLE_ANAPHOR_NOUNS.has(t.lower))) return null;
    const from = (tokens[opener] as Token).start;
    return namedInDescription(resolver, sentence.index, from, t.end) ? null : describedPerson(text, resolver, sentence, opener, j);
  }
  return null;
}

/**
 * Whether a description from `from` to `to` names someone of its own: a person, or a body that is more than the
 * one capitalised modifier of a state or party ("the Alabama senator", "the Massachusetts Democrat" describe).
 */
function namedInDescription(resolver: Resolver, sentenceIndex: number, from: number, to: number): boolean {
  return mentionsIn(resolver, sentenceIndex).some((m) => m.start >= from && m.start < to
    && (resolver.actors.get(m.recordId)?.kind === 'person' || /\s/.test(resolver.actors.get(m.recordId)?.name ?? ' ')));
}

/** The person a description refers to: the one holder of its title ("the Alabama senator"), else the person the text is about. */
function describedPerson(text: string, resolver: Resolver, sentence: TaggedSentence, opener: number, at: number, role?: string): string | null {
  const head = sentence.tokens[at] as Token;
  // (`role`: the head's word without a possessive, "the Vermont senator's campaign")
  const word = role ?? head.lower;
  // "the former prosecutor" held the title once: the person the text is about, not its current holder
  const bounded = sentence.tokens.slice(opener, at).some((t) => TIME_BOUNDED_MODIFIERS.has(t.lower));
  // "The Chief Minister said": a title of several words is held only by those holding all of it, and when nobody
  // does, the speaker is no person of another office ("Union Minister X")
  const phrase = [...sentence.tokens.slice(opener + 1, at).map((t) => t.lower), word].join(' ');
  if (!bounded && at > opener + 1 && NAME_TITLES_LOWER.has(phrase)) {
    return resolveTitleHolder(resolver.actorList, phrase, { mentions: resolver.mentions, at: head.start })?.id ?? null;
  }
  // ("Sanders won Michigan. The Vermont senator said ... Senator Marco Rubio vowed": a capitalised modifier of the
  // description must be in the holder's title, else the description is of the person the text is about)
  const placeWords = sentence.tokens.slice(opener + 1, at).filter((t) => /^\p{Lu}/u.test(t.text)).map((t) => t.lower);
  const fitsHolder = (a: Actor): boolean => placeWords.every((w) => a.titles.some((title) => title.toLowerCase().split(/\s+/).includes(w)));
  const titled = TITLE_ANAPHOR_NOUNS.has(word) && !bounded ? resolveTitleHolder(resolver.actorList, word, { mentions: resolver.mentions, at: head.start }) : undefined;
  const holder = titled && fitsHolder(titled) ? titled : undefined;
  // "Ana Ruiz, a lawyer for the family, ... The lawyer said": the one introduced with the noun, before the one named last
  const introduced = holder?.id ?? personDescribedAs(text, resolver.mentions, resolver.actors, word, sentence.start);
  if (introduced) return introduced;
  // "Opposition leader Raul Mendes accused ... The lawyer said": a bare noun is nobody who holds another title
  const last = resolver.lastPerson === null ? undefined : resolver.actors.get(resolver.lastPerson);
  if (at === opener + 1 && last !== undefined && last.titles.length > 0) return null;
  // ("A senior official said ... The outgoing chairman said": an unnamed source, named by a lower-case phrase, is no
  // person the text is about; id `speaker/described-not-unnamed`, round 13)
  if (last !== undefined && /^\p{Ll}/u.test(last.name)) return null;
  // ("Justice Clarence Thomas wrote ... The Texas attorney general said", "Judge Ann Lee ruled. The Ohio governor
  // said": a described title is nobody who holds only other titles but a person of its own, as "the regional
  // governor" is; id `speaker/described-other-office`, round 13)
  // ("The former prosecutor" after "Governor Tom Reyes" held the office once: the person the text is about)
  const office = !bounded && (TITLE_ANAPHOR_NOUNS.has(word) || ROLE_NOUNS.has(word));
  if (office && last !== undefined && last.titles.length > 0 && !last.titles.some((x) => x.toLowerCase().split(/\s+/).includes(word))) {
    const from = (sentence.tokens[opener + 1] as Token).start;
    return makeSpeaker(resolver.book, text.slice(from, head.end), 'person', { start: from, end: head.end, text: text.slice(from, head.end) }).id;
  }
  return resolver.lastPerson;
}

/** Whether the sentence opens with a description of a person with no person's name inside it. */
function describedSubject(sentence: TaggedSentence, mentions: readonly EntityMention[]): boolean {
  const head = descriptionHead(sentence);
  return head >= 0 && !mentions.some((m) => m.start < (sentence.tokens[head] as Token).end);
}

/**
 * The speaker of a participial cue: the main clause's subject, found as a finite cue's would be ("A Malaysian court
 * sentenced Najib Razak ... after finding him guilty", "U.S. regulators blocked the merger of X and Y, saying ..."),
 * never the first name of the sentence when that is the main verb's object ("The court jailed Ana Ruiz after finding
 * her guilty": the court named before, else nobody). Else the first name acting, the first name, the first verb's
 * subject, the last claim's speaker.
 */
function participleSubject(ctx: ReadContext, sentence: TaggedSentence, cue: Cue, cueStartTok: Token): string | null {
  const { tokens } = sentence;
  // ("Juba had shut down oil production, accusing Khartoum ...": the tagger may read a past participle after a perfect
  // auxiliary as a noun; the word after "had" is the verb; id `speaker/perfect-participle-verb`, round 13)
  const verb = tokens.findIndex((t, j) => j > 0 && j < cue.first && ((t.tags.has('Verb') && !t.tags.has('Auxiliary') && !t.tags.has('Gerund') && !t.tags.has('Adjective'))
    || (/^(?:had|has|have)$/.test(tokens[j - 1]?.lower ?? '') && /^\p{Ll}+$/u.test(t.text) && !t.tags.has('Adverb') && !/[,;:]/.test((tokens[j - 1] as Token).post))));
  const unnamed = verb >= 1 && /^(?:a|an|the)$/.test((tokens[0] as Token).lower) && !mentionsIn(ctx.resolver, sentence.index).some((m) => m.end <= (tokens[verb] as Token).start);
  const mainSubject = verb >= 1 ? speakerBefore(ctx.text, sentence, { ...cue, first: verb, last: verb, participial: false }, ctx.resolver) : null;
  if (unnamed || mainSubject !== null) return mainSubject;
  return firstAgent(ctx.resolver, sentence.index, cueStartTok.start, true) ?? firstVerbSubject(ctx, sentence, cue) ?? firstAgent(ctx.resolver, sentence.index, cueStartTok.start) ?? ctx.claims[ctx.claims.length - 1]?.claimantId ?? null;
}

function firstAgent(r: Resolver, sentenceIndex: number, before: number, agentiveOnly = false): string | null {
  const ms = mentionsIn(r, sentenceIndex).filter((m) => m.end <= before);
  return (ms.find((m) => m.agentive) ?? (agentiveOnly ? undefined : ms[0]))?.recordId ?? null;
}


function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

function updateSalience(
  r: Resolver,
  sentenceMentions: readonly EntityMention[],
  actors: ReadonlyMap<string, Actor>,
  sentenceClaims: readonly ClaimDraft[],
  opener: Actor | null,
  described = false,
): void {
  // "The veteran lawmaker was greeted by the mayor and Ana Velasco.": a description as subject goes on with the
  // person the text was about; the persons named later in its sentence do not take over the next "she"
  const keepPerson = described && r.lastPerson !== null;
  for (const m of sentenceMentions) {
    const a = actors.get(m.recordId);
    if (!a) continue;
    if (a.kind === 'person') {
      if (!keepPerson) r.lastPerson = a.id;
      remember(r.personHistory, a.id);
    }
    else if (a.kind === 'group' || a.kind === 'government' && /s$/.test(a.name)) r.lastPlural = a.id;
    else r.lastThing = a.id;
  }
  // the subject of a sentence is the likeliest antecedent of the next "he" (centering): the speaker of the
  // sentence's first claim, else a person named at its start ("Lee was asked if ...")
  const speaker = sentenceClaims[0]?.claimantId ? actors.get(sentenceClaims[0].claimantId) : undefined;
  if (speaker?.kind === 'person') r.lastPerson = speaker.id;
  else if (opener?.kind === 'person') r.lastPerson = opener.id;
  if (r.lastPerson !== null) remember(r.personHistory, r.lastPerson);
}

/** Moves `id` to the end of the history (most recent last), which keeps at most 20 persons. */
function remember(history: string[], id: string): void {
  const at = history.indexOf(id);
  if (at >= 0) history.splice(at, 1);
  history.push(id);
  if (history.length > 20) history.shift();
}

