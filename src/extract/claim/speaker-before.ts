/**
 * The speaker of a cue from its left: named subjects, relation and relative phrases ("Lawyers representing the
 * state argued", "Families of the victims said"), kin, bare spokespersons, claim-noun owners, documents and
 * descriptions, in the order `speakerBefore` tries them. Moved out of `claims.ts` in round 14, behaviour unchanged.
 */
import type { Actor } from '../../schema/actor.js';
import { own } from '../../nlp/lexicon/own.js';
import { companyNoun, ORG_ANAPHOR_NOUNS, ORG_ANAPHORS } from '../../nlp/lexicon/organizations.js';
import type { TaggedSentence, Token } from '../../nlp/tokens.js';
import { ROLE_NOUNS, TIME_BOUNDED_MODIFIERS, TITLE_ANAPHOR_NOUNS } from '../../nlp/lexicon/titles.js';
import type { Cue } from './cues.js';
import { relativeAsideBefore } from './relative-aside.js';
import { reportingLemma } from '../../nlp/lexicon/reporting-verbs.js';
import { accordingSpeaker, isGroupMember, isSpeakerRole, KIN_NOUNS, makeSpeaker, RELATION_WORDS, sourceWithRelation, type SpeakerBook, subjectPhraseSpeaker, unnamedPersonNoun, unnamedWithComplement } from './subject-speaker.js';
import { genderClash } from './clause-antecedent.js';
import { firstAgent, mentionsIn, POSSESSIVE_PRONOUN_KINDS, resolvePronoun, type Resolver } from './speaker-resolver.js';
import { documentSpeaker } from './document-speaker.js';
import { issuedDocumentBeforeWhich } from './document-source.js';
import { appositionOwner, mentionBeforeCue, participleBeforeBy } from './mention-speaker.js';
import { anaphorBeforeCue, opensClauseAfter } from './nominal-speaker.js';
import { describedSpeaker } from './description-speaker.js';
import { objectBeforeRelativeSpeaker } from './object-relative-speaker.js';
import { possessedRoleSource, roleForSource } from './unresolved-source.js';

/** Subject to the left of the cue: the nearest actor mention with only adverbs, appositions or relative clauses between. */
export function speakerBefore(text: string, sentence: TaggedSentence, cue: Cue, resolver: Resolver): string | null {
  const describedNamed = describedBodyNamed(text, sentence, cue, resolver);
  if (describedNamed) return describedNamed;
  // "Lawyers representing the state argued": the head speaks; "She liked to tell students that": the habit's subject
  const participle = Math.max(relationParticipleBefore(sentence.tokens, cue.first), habitualSayingBefore(sentence.tokens, cue.first));
  if (participle > 0) return speakerBefore(text, sentence, { ...cue, first: participle, last: participle }, resolver);
  // "the company that operates the dam said", "the group which organised the march said": the head speaks
  const restrictive = restrictiveRelativeBefore(sentence.tokens, cue.first);
  if (restrictive > 0) return speakerBefore(text, sentence, { ...cue, first: restrictive, last: restrictive }, resolver) ?? describedByRelative(sentence, restrictive, cue.first, resolver);
  // "The rebels, loyal to First Vice President Riek Machar, said", "Fighters allied with Omar Daoud said": the
  // name is the object of a relation phrase; the phrase's head speaks
  const source = sourceWithRelation(text, sentence.tokens, cue.first, resolver.book);
  if (source) return source.id;
  const relation = relationPhraseBefore(sentence.tokens, cue.first);
  if (relation > 0) return speakerBefore(text, sentence, { ...cue, first: relation, last: relation }, resolver);
  // "The embassy in Kabul said": the body, not the place; else a document before it (`speaker/placed-body-in-aside`)
  const place = placeComplementBefore(text, sentence, cue.first, resolver);
  if (place > 0) return speakerBefore(text, sentence, { ...cue, first: place, last: place }, resolver) ?? documentSpeaker(text, sentence, cue, resolver);
  // "Activists gathered outside the court vowed": the plural before a reduced relative speaks, not the place in it
  const reduced = reducedParticipleBefore(sentence.tokens, cue.first);
  // (a document before it speaks for the author its participle names: `speaker/author-after-topic`, round 23)
  if (reduced > 0) return documentSpeaker(text, sentence, cue, resolver) ?? speakerBefore(text, sentence, { ...cue, first: reduced, last: reduced }, resolver);
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
  const owner = documentSpeaker(text, sentence, cue, resolver) || personBeforeAgentOrComplement(text, sentence, cue, resolver);
  if (owner !== undefined) return owner;
  const named = mentionBeforeCue(text, sentence, cue, resolver);
  if (named !== undefined) return named;
  // "her warning that": the owner of a claim noun
  const possessive = cue.nominal ? own(POSSESSIVE_PRONOUN_KINDS, sentence.tokens[cue.first - 1]?.lower ?? '') : undefined;
  if (possessive) return claimNounOwner(sentence, cue, possessive, resolver);
  // ("Her party said": the person's party before any other anaphor)
  const anaphor = personsBodySpeaker(text, sentence, subjectHeadBefore(sentence.tokens, cue.first), resolver) ?? anaphorBeforeCue(text, sentence, cue, resolver);
  if (anaphor !== undefined) return anaphor ?? possessedRoleSource(sentence, cue, resolver); // (round 24: unresolved-source.ts)
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
  return unnamedSourceBefore(sentence, cue, aside, resolver) ?? possessedRoleSource(sentence, cue, resolver) ?? roleForSource(sentence, cue, resolver);
}

/**
 * "One official, who asked not to be named, said": an unnamed source, before its relative clause (at `aside`) too;
 * ("One worker, speaking on condition of anonymity, said", "One resident, reached by telephone, said": before a
 * participial aside too; round 16, `speaker/unnamed-before-participle`).
 */
function unnamedSourceBefore(sentence: TaggedSentence, cue: Cue, aside: number, resolver: Resolver): string | null {
  const participial = aside > 0 ? -1 : participialAsideBefore(sentence.tokens, cue.first);
  const before = aside > 0 ? aside : participial;
  return bareSpokesperson(sentence, cue, resolver) ?? (before > 0 ? bareSpokesperson(sentence, { ...cue, first: before, last: before }, resolver) : null);
}

/**
 * The index of a participle opening an aside set off by commas that ends right before the cue (", speaking on
 * condition of anonymity,", ", reached by telephone,"), when a subject phrase stands before it; else -1.
 */
function participialAsideBefore(tokens: readonly Token[], cueFirst: number): number {
  if (cueFirst < 4 || !/,\s*$/.test((tokens[cueFirst - 1] as Token).post)) return -1;
  for (let k = cueFirst - 2; k >= 2 && cueFirst - k <= 12; k--) {
    const t = tokens[k] as Token;
    if (/[;:"“”()]/.test(t.post) || /,/.test(t.post)) return -1;
    if (/,\s*$/.test((tokens[k - 1] as Token).post)) return /^\p{Ll}+(?:ing|ed)$/u.test(t.text) && t.tags.has('Verb') ? k : -1;
  }
  return -1;
}

/** Heads of a body's description beyond the organisation anaphors ("a super PAC", "a political party"). */
const DESCRIBED_BODY_HEADS = /^(?:pac|pacs|party|movement|fund|charity|campaign|committee|network|outfit|lobby|watchdog|think-tank|militia|faction)$/;

/**
 * "A super PAC supporting Trump, Rebuilding America Now, said", "A rights group based in London, Civic Watch, said": a
 * body described by "a/an" with a participle phrase, then its name in apposition right before the cue: the name (a
 * known actor, else made an organisation), not the person or place inside the description. Id:
 * `speaker/described-body-named` (round 16).
 */
function describedBodyNamed(text: string, sentence: TaggedSentence, cue: Cue, resolver: Resolver): string | null {
  const { tokens } = sentence;
  const last = cue.first - 1;
  if (last < 4 || !/^,\s*$/.test((tokens[last] as Token).post) || !/^\p{Lu}/u.test((tokens[last] as Token).text)) return null;
  let nameFirst = last;
  while (nameFirst > 0 && /^\p{Lu}/u.test((tokens[nameFirst - 1] as Token).text) && !/[,;:()"“”]/.test((tokens[nameFirst - 1] as Token).post)) nameFirst--;
  const opener = tokens[nameFirst - 1]?.lower === 'the' ? nameFirst - 2 : nameFirst - 1;
  if (opener < 3 || !/^,\s*$/.test((tokens[opener] as Token).post)) return null;
  // the description: "a/an", up to two modifiers, a body noun, then a participle ("supporting", "based", "backed")
  const det = tokens.findIndex((t, i) => i < opener && /^(?:a|an)$/.test(t.lower) && (i === 0 || opensClauseAfter(tokens[i - 1] as Token)));
  if (det < 0) return null;
  const head = tokens.slice(det + 1, det + 4).findIndex((t) => ORG_ANAPHORS.has(t.lower) || DESCRIBED_BODY_HEADS.test(t.lower));
  const participle = tokens[det + 2 + head];
  if (head < 0 || !participle || !/^\p{Ll}+(?:ing|ed)$/u.test(participle.text) || det + 2 + head > opener) return null;
  const start = (tokens[nameFirst] as Token).start;
  const end = (tokens[last] as Token).end;
  const known = mentionsIn(resolver, sentence.index).find((m) => m.record === 'actor' && m.start <= start && m.end >= end);
  if (known) return known.recordId;
  const made = makeSpeaker(resolver.book, text.slice(start, end), 'organization', { start, end, text: text.slice(start, end) });
  resolver.lastThing = made.id;
  return made.id;
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

/** Bodies and roles that a place phrase may follow before their verb ("A federal appeals court in Richmond ruled"). */
// (round 13: spokespersons too, "A Foreign Ministry spokesman in Berlin said"; id `speaker/placed-spokesperson`)
const PLACED_BODIES = /^(?:court|panel|tribunal|jury|judge|embassy|consulate|mission|office|ministry|spokesman|spokeswoman|spokesperson)$/;

/**
 * The index of "in"/"at" when a place phrase (places the entity stage found, with commas between: "in Richmond,
 * Virginia,") follows a court or mission noun opening the clause and ends right before the cue; else -1 (a role in
 * apposition, "Lena Varga, an activist in Velmar, announced", keeps its name). ("The lawsuit, filed in federal court
 * in Tulsa, alleges": a placed court inside a document's participle aside names no speaker; `speakerBefore` then
 * reads the document before the aside. Id: `speaker/placed-body-in-aside`, round 22.)
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
    // ("Harlan's running mate said", "the party's leading candidate said": after a possessive the word modifies the
    // noun it stands before, no relation of the possessor; round 14, `speaker/possessed-modifier`)
    const head = tokens[j - 1] as Token;
    // ("The National Prosecuting Authority said": a capitalised participle inside a sentence is a word of a name; round
    // 25, `speaker/participle-in-name`)
    if (RELATION_PARTICIPLES.has(t.lower) && /^\p{Lu}/u.test(t.text)) return -1;
    if (RELATION_PARTICIPLES.has(t.lower)) return head.tags.has('Noun') && !/[,;:()"“”]/.test(head.post) && !/['’]s?$/.test(head.text) ? j : -1;
    if (t.tags.has('Verb') && !t.tags.has('Noun') && !t.tags.has('Adjective')) return -1;
  }
  return -1;
}

/**
 * "the company that operates it said", "The group which organised the march said": a restrictive relative clause
 * (no comma) after a common noun and running into the cue; the index of its "that"/"which", else -1. Its words are
 * no subject of the cue ("it" is the clause's object). Id: `speaker/restrictive-relative`.
 */
/** Bodies a restrictive relative clause may single out ("the group that organised the march"). */
const RELATIVE_BODY_HEADS: ReadonlySet<string> = new Set([...ORG_ANAPHOR_NOUNS.keys(), 'charity', 'coalition', 'alliance', 'network', 'union', 'association', 'campaign']);

/**
 * "The group that organised the march said", "The charity which runs the camp said": with no such body named before,
 * the body the relative clause singles out speaks, named by its head and the clause (a made organisation). Id:
 * `speaker/body-by-relative` (round 14).
 */
function describedByRelative(sentence: TaggedSentence, relative: number, cueFirst: number, resolver: Resolver): string | null {
  const head = sentence.tokens[relative - 1] as Token;
  const determiner = sentence.tokens[relative - 2];
  // (not a business noun: "the company that operates it said" with no company named names nobody, as "the company
  // said" does)
  if (!RELATIVE_BODY_HEADS.has(head.lower) || companyNoun(head.lower) || !/^(?:the|a|an)$/.test(determiner?.lower ?? '')) return null;
  const last = sentence.tokens[cueFirst - 1] as Token;
  const name = sentence.text.slice(head.start - sentence.start, last.end - sentence.start);
  return makeSpeaker(resolver.book, name, 'organization', { start: head.start, end: last.end, text: name }).id;
}

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

/**
 * The speaker of a subject whose phrase ends in a name or place that is not the subject: the head before a participle
 * and its agent ("A farmer interviewed on the quay by Reuters said"), or one unnamed person with a complement ("A
 * midwife at the clinic said": round 20, `speaker/unnamed-person-complement`); undefined when neither reads so.
 * (After documents: "A resolution passed by the parliament asked" is the parliament's.)
 */
function personBeforeAgentOrComplement(text: string, sentence: TaggedSentence, cue: Cue, resolver: Resolver): string | null | undefined {
  const agentive = agentParticipleBefore(sentence.tokens, cue.first);
  if (agentive > 0) return speakerBefore(text, sentence, { ...cue, first: agentive, last: agentive }, resolver);
  const namedBodyIn = (start: number, end: number): boolean => mentionsIn(resolver, sentence.index).some((m) => m.record === 'actor' && m.start >= start && m.end <= end);
  return unnamedWithComplement(text, sentence.tokens, cue.first, resolver.book, namedBodyIn)?.id;
}

/**
 * "A farmer interviewed by Reuters said", "a fisherman reached on the quay by the state news agency Xinhua said": a
 * past participle after the subject's noun, at most three words of its phrase, "by" and its agent running to the cue
 * make a reduced relative; the agent is no subject. The participle's index, else -1. Id:
 * `speaker/participle-agent-phrase` (round 20).
 */
function agentParticipleBefore(tokens: readonly Token[], cueFirst: number): number {
  const by = tokens.findLastIndex((t, i) => i < cueFirst && t.lower === 'by');
  if (by < 2 || cueFirst - by > 8) return -1;
  for (let i = by; i < cueFirst; i++) {
    const t = tokens[i] as Token;
    if (/[,;:()"“”—–]/.test(t.post) || (i > by && t.tags.has('Verb') && !/^\p{Lu}/u.test(t.text))) return -1;
  }
  const k = participleBeforeBy(tokens, by);
  const head = tokens[k - 1];
  return head !== undefined && head.tags.has('Noun') && !head.tags.has('Pronoun') && !/[,;:()"“”—–]/.test(head.post) ? k : -1;
}

/** Prepositions that open the phrase of a reduced relative's participle ("gathered outside the court"). */
const REDUCED_RELATIVE_PREPOSITIONS = /^(?:by|outside|inside|in|at|near|from|on|across|around|along|into|to|for|under|over|behind|before|after|during|since)$/;

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
    const plainSubject = subject.tags.has('Plural') && !subject.tags.has('Pronoun') && !/[,;:()"“”—–]/.test(subject.post);
    if (/^\p{L}+(?:ed|en|wn)$/u.test(t.text) && t.tags.has('Verb') && REDUCED_RELATIVE_PREPOSITIONS.test(tokens[j + 1]?.lower ?? '') && plainSubject) return j;
    // ("Ministers meeting in Brussels agreed that", "Delegates attending the talks said", "Doctors working in the camp
    // said": an -ing participle with its phrase or object after a plural is a reduced relative too; round 19,
    // `speaker/reduced-relative-ing`)
    const next = tokens[j + 1];
    // (the tagger reads "meeting", "gathering" as nouns: only with a phrase of place or time after them)
    const ingVerb = t.tags.has('Verb') ? next !== undefined && (REDUCED_RELATIVE_PREPOSITIONS.test(next.lower) || next.tags.has('Determiner') || next.tags.has('Possessive'))
      : /^(?:in|at|near|outside|inside|on)$/.test(next?.lower ?? '');
    if (/^\p{Ll}+ing$/u.test(t.text) && ingVerb && plainSubject && subject.tags.has('Noun') && reportingLemma(t.lower) === undefined) return j;
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

/** "Marsh repeated her warning that": the subject of the sentence owns the claim noun, else the pronoun's antecedent. */
function claimNounOwner(sentence: TaggedSentence, cue: Cue, possessive: 'person' | 'plural' | 'thing', resolver: Resolver): string | null {
  const subject = firstAgent(resolver, sentence.index, (sentence.tokens[cue.first] as Token).start);
  const kind = subject ? resolver.actors.get(subject)?.kind : undefined;
  const fits = possessive === 'person' ? kind === 'person' : possessive === 'plural' ? kind === 'group' || kind === 'government' : kind !== 'person' && kind !== undefined;
  return subject && fits && !genderClash(sentence.tokens[cue.first - 1]?.lower ?? '', resolver.genders.get(subject)) ? subject : resolvePronoun(possessive, resolver, sentence.tokens[cue.first - 1]?.lower);
}


/** The index of the last word of the subject before a cue, past adverbs and auxiliaries; -1 when none. */
export function subjectHeadBefore(tokens: readonly Token[], cueFirst: number): number {
  let k = cueFirst - 1;
  while (k >= 0 && ((tokens[k] as Token).tags.has('Adverb') || (tokens[k] as Token).tags.has('Auxiliary') || (tokens[k] as Token).tags.has('Negative'))) k--;
  return k;
}

/**
 * "His uncle said", "Haddad's uncle told CNN": a kin noun with a possessor is a person of its own, named after the
 * possessor ("Haddad's uncle", also known by the possessor's full name); the pronoun takes the last person named.
 */
export function kinSpeaker(text: string, sentence: TaggedSentence, k: number, resolver: Resolver): string | null {
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

/** Bodies a person leads or belongs to, named by a possessive pronoun ("her party", "his coalition"). */
const PERSONS_BODY_NOUNS = /^(?:party|coalition|alliance|bloc|movement|faction)$/;
/** How far back (in characters) a body named with that noun is taken for "her party": about two sentences. */
const NAMED_BODY_WINDOW = 300;

/**
 * "Prime Minister Ana Lee lost the vote. Her party said ...", "His coalition said ...": a party or alliance owned by a
 * pronoun opening its clause is a body named after the person the pronoun stands for (of its gender), as "Lee's party
 * said" is named; "Lee's party" also under the owner's full name. Id: `speaker/pronoun-owned-party` (round 18; "His
 * government said" stays the body "government", "His campaign said" the candidate).
 */
function personsBodySpeaker(text: string, sentence: TaggedSentence, k: number, resolver: Resolver): string | null {
  const { tokens } = sentence;
  const noun = tokens[k];
  const possessor = tokens[k - 1];
  if (!noun || !possessor || !PERSONS_BODY_NOUNS.test(noun.lower) || !/^(?:his|her)$/.test(possessor.lower)) return null;
  const before = tokens[k - 2];
  if (before && !/[,;:"“”—–]\s*$/.test(before.post) && !/^(?:and|but|while|as|when|after)$/.test(before.lower)) return null;
  const ownerId = resolvePronoun('person', resolver, possessor.lower);
  const owner = ownerId === null ? undefined : resolver.actors.get(ownerId);
  if (!owner || owner.kind !== 'person') return null;
  // ("Ana Lee of the Liberal Democratic Party lost the vote. Her party said": a body of that kind named in the sentences
  // just before is the one meant)
  // (a name ending in the noun as a word: "Liberal Democratic Party" for "party"; no pattern built per call)
  const endsInNoun = (name: string): boolean => {
    const lower = name.toLowerCase();
    return lower.endsWith(noun.lower) && !/\w/.test(lower.charAt(lower.length - noun.lower.length - 1));
  };
  const named = resolver.mentions.filter((m) => m.end <= possessor.start && possessor.start - m.end < NAMED_BODY_WINDOW).reverse()
    .find((m) => resolver.actors.get(m.recordId)?.kind === 'organization' && endsInNoun(resolver.actors.get(m.recordId)?.name ?? ''));
  if (named) return named.recordId;
  const surname = owner.name.split(/\s+/).pop() as string;
  const actor = makeSpeaker(resolver.book, `${surname}'s ${noun.lower}`, 'organization', { start: possessor.start, end: noun.end, text: text.slice(possessor.start, noun.end) });
  const full = `${owner.name}'s ${noun.lower}`;
  if (full !== actor.name && !actor.aliases.includes(full) && resolver.book.created.includes(actor)) actor.aliases.push(full);
  return actor.id;
}

/**
 * "Eleanor Vance liked to say that ...", "She used to tell students that ...", "The company loved to boast that ...":
 * a habit of saying, as obituaries and profiles report it; the index of the habit's verb, whose subject speaks, else
 * -1. Id: `speaker/habitual-saying` (round 19).
 */
function habitualSayingBefore(tokens: readonly Token[], cueFirst: number): number {
  const verb = tokens[cueFirst - 2];
  return tokens[cueFirst - 1]?.lower === 'to' && verb !== undefined && /^(?:liked|loved|likes|loves|used)$/.test(verb.lower) && !/^(?:is|are|was|were|be|been|being)$/.test(tokens[cueFirst - 3]?.lower ?? '') ? cueFirst - 2 : -1;
}

/**
 * "Norway's competition authority, which said the merger would harm consumers, opened an inquiry", "The port
 * authority, which said the berths were full, turned the ship away": a body named by common nouns opening the
 * sentence, then ", which said", speaks as it would before "said" ("Norway's competition authority said"). Only when
 * no verb stands between the sentence's start and the relative. Id: `speaker/unnamed-body-which` (round 22, the
 * round-21 lead leftover).
 */
function unnamedOpenerAntecedent(text: string, sentence: TaggedSentence, cue: Cue, pronoun: number, resolver: Resolver): string | null {
  const lead = sentence.tokens.slice(0, pronoun);
  if (sentence.tokens[pronoun]?.lower !== 'which' || lead.length < 2 || lead.some((t, j) => (t.tags.has('Verb') && !t.tags.has('Noun')) || t.tags.has('Pronoun') || (j < pronoun - 1 && /[,;:()"“”]/.test(t.post)))) return null;
  // (a body of several words, "The Velmoran health ministry", is read as the source phrase of "according to" is)
  return speakerBefore(text, sentence, { ...cue, first: pronoun, last: pronoun }, resolver) ?? accordingSpeaker(text, sentence, 0, resolver.book)?.id ?? null;
}

/**
 * "Tomas Riva, head of the water board, who said ...", "the ministry, which said ...": the antecedent of a
 * relative pronoun right before the cue speaks (a person for "who"). Undefined when the cue has no relative
 * pronoun before it; null when it has one but no antecedent was found.
 */
function relativeAntecedent(text: string, sentence: TaggedSentence, cue: Cue, resolver: Resolver): string | null | undefined {
  // "The ministry issued a statement, which said": the subject of the verb that put the document out speaks
  const issuer = issuedDocumentBeforeWhich(sentence.tokens, cue.first);
  if (issuer > 0) return speakerBefore(text, sentence, { ...cue, first: issuer, last: issuer }, resolver);
  let k = cue.first - 1;
  while (k >= 0 && /^(?:also|later|then|has|had|have|previously|once)$/i.test((sentence.tokens[k] as Token).lower)) k--;
  const pronoun = sentence.tokens[k];
  if (!pronoun || !/^(?:who|which)$/.test(pronoun.lower) || !/,\s*$/.test(sentence.tokens[k - 1]?.post ?? '')) return undefined;
  const candidates = mentionsIn(resolver, sentence.index).filter((m) => m.end <= pronoun.start).reverse();
  const m = candidates[0];
  // the antecedent stands right before ", who", or before its own apposition (", head of the board, who")
  if (!m || !/^['’]?\s*,(?:\s*[^,]{1,80},)?\s*$/.test(text.slice(m.end, pronoun.start))) {
    // ("The plan drew criticism from environmental groups, who say": a common object phrase before the pronoun)
    return unnamedOpenerAntecedent(text, sentence, cue, k, resolver) ?? objectBeforeRelativeSpeaker(text, sentence, k, cue.first, resolver.book)?.id ?? null;
  }
  const owner = appositionOwner(text, sentence, candidates, m, resolver);
  if (owner) return owner;
  const kind = resolver.actors.get(m.recordId)?.kind;
  if (pronoun.lower === 'who' ? kind !== 'person' && kind !== 'group' : kind === 'person') return null;
  return m.recordId;
}
