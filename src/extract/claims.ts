import type { Actor } from '../schema/actor.js';
import { own } from '../nlp/lexicon/own.js';
import type { Span } from '../schema/span.js';
import type { Time } from '../schema/time.js';
import { GROUP_NOUNS, ORG_ANAPHORS } from '../nlp/lexicon/organizations.js';
import type { TaggedSentence, Token } from '../nlp/tokens.js';
import { recordId } from '../ids.js';
import { groupBySentence, within } from './spans-index.js';
import { insideQuote } from './quotes.js';
import type { EntityMention } from './entities.js';
import { resolveTitleHolder } from './anaphors.js';
import { ROLE_NOUNS, SPOKESPERSON_NOUNS, TITLE_ANAPHOR_NOUNS } from '../nlp/lexicon/titles.js';
import { findCues, isCoordinated, type Cue } from './claim/cues.js';
import { DOCUMENT_CUES, documentBefore } from './claim/document-source.js';
import { findImpersonalCues } from './claim/impersonal.js';
import { clauseBoundaryBefore, onlyCircumstancesAfter, quoteWithin, skipLead, trimContent } from './claim/content.js';
import { linkDisputes } from './claim/disputes.js';
import { claimDate } from './claim/date.js';
import { refineKind } from './claim/kind.js';
import { MENTAL_STATE_LEMMAS, reportingLemma, ANSWERED_CLAIM_NOUNS } from '../nlp/lexicon/reporting-verbs.js';
import { pluralAnaphorSpeakers, pluralOfBodies } from './claim/plural-anaphor.js';
import { IRREGULAR_PAST, WEEKDAYS } from './time/lexicon.js';
import { absoluteGroup, accordingSpeaker, courtModifier, isGroupMember, isSpeakerRole, knownActor, makeSpeaker, postposedSource, sentenceOpener, type SpeakerBook } from './claim/subject-speaker.js';
import type { ClaimDraft } from './claim/draft.js';
import { describedThenNamed } from './claim/named-later.js';
import { genderClash, personGenders } from './claim/clause-antecedent.js';
import { firstAgent, mentionsIn, type Resolver, SUBJECT_PRONOUNS } from './claim/speaker-resolver.js';
import { describedAfter, describedPerson, describedSubject, descriptionHead, FRONTED, frontedPhraseEnd, lastNamedPerson, namedInDescription } from './claim/description-speaker.js';
import { kinSpeaker, speakerBefore, subjectHeadBefore } from './claim/speaker-before.js';
import { relativeAsideBefore, subjectWithAside } from './claim/relative-aside.js';
import { POSTPOSED_NAME, POSTPOSED_TITLED_NAME, speakerAfter } from './claim/speaker-after.js';
import { accordingDocument, noteMessageChannel } from './claim/document-speaker.js';
import { type InterviewTurn, turnOf } from './claim/interview-turns.js';

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
/** Longest evidence span a claim gets when a quote pulls in earlier sentences (readers cite a passage, not a page). */
const MAX_EVIDENCE = 1100;

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
 * The day of a saying right after a postposed cue and before a comma ("said on Tuesday, as ...", "announced early on
 * Monday, the first ..."): what follows the comma is read as if it followed the cue. Id: `claims/saying-day-before-aside`
 * (round 14).
 */
const SAYING_DAY_BEFORE_COMMA = /^(?:(?:early|late)\s+)?(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight)(?:\s+(?:morning|afternoon|evening|night))?(?=\s*,)/iu;

/**
 * "An airstrike killed 12 people, local officials said, as fighting intensified": after a postposed attribution a
 * comma and a subordinating or contrasting conjunction open the writer's own clause, not the claim. Id:
 * `claims/aside-after-postposed-cue`. ("Two people were shot dead in Kisumu, a hospital official said, and dozens were
 * arrested": ", and" after the attribution opens the writer's next clause too; round 17.) ("A quake struck on Monday, the
 * agency said, with tremors felt as far away as Cyprus", "Prices rose 3 percent, the office said, driven by fuel
 * costs": an absolute "with" phrase or a participle's cause after it adds to the clause before, which is the claim;
 * round 19.)
 */
const ASIDE_CLAUSE_AFTER = /^,\s*(?:compared\s+(?:with|to)|up\s+from|down\s+from|versus|in\s+line\s+with|(?:even|just)\s+as|as|in\s+(?:a|an|what|the\s+(?:latest|newest|deadliest|worst|biggest|largest|first|second|third))|while|whereas|amidst|amid|but|and|although|though|because|after|before|when|despite|following|until|ahead\s+of|days\s+after|hours\s+after|weeks\s+after|with|without|(?:driven|led|fu?elled|helped|boosted|hit|hurt|dragged|pushed|weighed)\s+(?:down\s+|up\s+)?by)\s/iu;

/** Conjunctions that join a clause with a subject of its own to a claim's clause. */
const CLAUSE_JOINERS = /^(?:although|though|while|whilst|whereas|but|and|as)$/i;

/**
 * "..., although industry analysts say ...", "..., but the union says ...": the index of the conjunction
 * opening the clause of `cue` when a short subject phrase (no verb, no comma) stands between the two and the
 * conjunction follows the earlier cue (`after`); null otherwise.
 */
function joinedClauseStart(sentence: TaggedSentence, cue: Cue, after: number, objectCue = false): number | null {
  // ("..., while the United States, which voted against, said": the subject's relative aside is skipped; round 25)
  const aside = relativeAsideBefore(sentence.tokens, cue.first);
  const from = aside > after + 1 ? aside : cue.first;
  for (let j = from - 1; j > after && j >= from - 6; j--) {
    const t = sentence.tokens[j] as Token;
    // ("has denied wrongdoing and his lawyers argued that": after a cue whose object is a noun phrase, "and" with a
    // subject of its own before the next cue opens another source's clause, comma or not)
    // ('showed "a pattern of poor judgment," while X told': the comma may stand inside the closing quote mark; round 18)
    if (CLAUSE_JOINERS.test(t.lower)) return j < from - 1 && (/,\s*["”’]?\s*$/.test(sentence.tokens[j - 1]?.post ?? '') || (objectCue && nounObjectBefore(sentence.tokens, after, j))) ? j : null;
    if ((/[,;:]/.test(t.post) && !(from < cue.first && j === from - 1)) || (t.tags.has('Verb') && !t.tags.has('Auxiliary'))) return null;
  }
  return null;
}

/**
 * Cues whose object is a noun phrase, not a clause ("denied wrongdoing", "criticised the bill", "welcomed the
 * ruling"): what follows their object after "and" is never part of it. Id: `content/noun-object-cues`.
 */
const NOUN_OBJECT_CUES: ReadonlySet<string> = new Set([
  'deny', 'reject', 'dismiss', 'criticise', 'criticize', 'condemn', 'welcome', 'praise', 'blame', 'denounce', 'hail', 'applaud', 'deplore', 'dispute', 'concede',
  // ("refused to accept the result and called for a recount"; round 17, `cues/refused-recognition`)
  'refuse',
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

/** Cues of a court's or an inquiry's decision, whose clause is commonly followed by its order ("ruled that ..., and ordered"). */
const RULING_LEMMAS: ReadonlySet<string> = new Set(['rule', 'find', 'decide', 'conclude', 'determine', 'hold']);

/** Verbs of a quantity's change, which go on the claimed clause's subject ("sales rose 4 percent, and fell in May"). */
const CHANGE_VERBS = /^(?:rose|fell|grew|dropped|climbed|declined|slipped|jumped|surged|increased|decreased|gained|lost|slid|soared|plunged|eased|edged|tumbled|rallied|recovered|doubled|tripled|halved)$/;

/**
 * The index of a past verb with no subject after ", and" that follows a cue's clause ("ruled that the law
 * discriminated against black voters, and ordered the state to restore ...", "said the plan had failed, and resigned
 * on Friday"): the speaker's next act, no part of the claim (a comma before "and" joins it to the cue's verb). Else -1.
 * Id: `content/clause-next-act` (round 14).
 */
function actJoinedAfterClause(sentence: TaggedSentence, cue: Cue): number {
  const { tokens } = sentence;
  let verbs = 0;
  for (let j = cue.last + 1; j < tokens.length - 1; j++) {
    const t = tokens[j] as Token;
    if (/[;:"“”]/.test(t.post) || /["“”]/.test(t.pre)) return -1;
    // ("said the rebels attacked the town, and burned the market": after a plain past of the clause's own subject a
    // second past may go on that subject; only a ruling's clause, or one in another tense ("had failed", "would
    // close"), leaves the second past to the speaker)
    if (verbs === 0 && t.tags.has('Verb') && !t.tags.has('Noun') && t.tags.has('PastTense') && !t.tags.has('Auxiliary') && !t.tags.has('Copula') && !RULING_LEMMAS.has(cue.lemma)) return -1;
    if (t.tags.has('Verb') && !t.tags.has('Noun')) verbs++;
    if (t.lower !== 'and' || !/,\s*$/.test((tokens[j - 1] as Token).post) || verbs === 0) continue;
    const verb = tokens[j + 1] as Token;
    const past = verb.tags.has('PastTense') && !verb.tags.has('Noun') && !verb.tags.has('Gerund') && !verb.tags.has('Adjective') && !verb.tags.has('Auxiliary') && !verb.tags.has('Copula');
    const after = tokens[j + 2];
    return past && !CHANGE_VERBS.test(verb.lower) && !after?.tags.has('Value') && reportingLemma(verb.lower) === undefined ? j + 1 : -1;
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
  const ctx: ReadContext = { text, times, quotes, options, resolver, claims: [], paragraphEnds, lastBlock: -1, lastClaimBlock: -1, turn: null, questionSeen: false };
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
  /** The interview turn (question or answer) the last sentence stood in, and whether a question was seen. */
  turn: InterviewTurn | null;
  questionSeen: boolean;
}

/** The claims of one sentence: one per cue, or the continuation of the previous paragraph's quote. */
function readSentence(ctx: ReadContext, sentence: TaggedSentence): void {
  const { claims, resolver } = ctx;
  const claimsBefore = claims.length;
  // ("Q: Will you raise rates? / A: We do not see room for a rise.": the question claims nothing, the answer is the
  // interviewee's; `claims/interview-answer`, round 21)
  const turn = sentence.blockKind === 'paragraph' ? turnOf(ctx.text, sentence, ctx.turn, ctx.questionSeen) : null;
  ctx.turn = turn;
  if (turn?.kind === 'question') ctx.questionSeen = true;
  if (turn?.kind === 'answer') readAnswer(ctx, sentence, turn);
  if (sentence.blockKind === 'paragraph' && turn === null) {
    const cues = findCues(sentence, ctx.quotes);
    const subject: SentenceSubject = { id: null };
    cues.forEach((cue, k) => readCue(ctx, sentence, cues, k, subject));
  }
  // a paragraph that opens with a quote and has no cue of its own goes on with the previous paragraph's speaker
  const previous = claims.findLast((c) => c.claimantId !== null);
  if (claims.length === claimsBefore && previous && turn === null && sentence.blockKind === 'paragraph' && sentence.blockIndex !== ctx.lastBlock && ctx.lastClaimBlock === sentence.blockIndex - 1) {
    const paragraphEnd = ctx.paragraphEnds.get(sentence.blockIndex) ?? sentence.end;
    const continued = quoteContinuation(ctx.text, sentence, ctx.quotes, previous, paragraphEnd, `${ctx.options.idPrefix}${claims.length + 1}`);
    if (continued) claims.push(continued);
  }
  if (claims.length === claimsBefore && turn === null && sentence.blockKind === 'paragraph' && ctx.lastClaimBlock === sentence.blockIndex) quoteGoesOn(ctx, sentence);
  if (claims.length > claimsBefore) ctx.lastClaimBlock = sentence.blockIndex;
  ctx.lastBlock = sentence.blockIndex;
  if (sentence.blockKind === 'paragraph' && turn === null) readImpersonal(ctx, sentence);
  const sentenceClaims = claims.slice(claimsBefore).filter((c) => c.end === sentence.end);
  const sentenceMentions = resolver.bySentence.get(sentence.index) ?? [];
  updateSalience(resolver, sentenceMentions.filter((m) => !CHANNEL_BEFORE.test(ctx.text.slice(Math.max(0, m.start - 60), m.start))), resolver.actors, sentenceClaims, sentenceOpener(ctx.text, sentence, ctx.resolver.book), describedSubject(sentence, sentenceMentions.filter((m) => resolver.actors.get(m.recordId)?.kind === 'person')));
}

/**
 * The claim of an interview's answer, at the sentence that opens its line: said by the person whose claim came last
 * (the interviewee of the introduction, or of the answer before), its words the answer's line. Later sentences of the
 * line are in its quote. Id: `claims/interview-answer` (round 21).
 */
function readAnswer(ctx: ReadContext, sentence: TaggedSentence, turn: InterviewTurn): void {
  const { text, claims, resolver } = ctx;
  if (turn.contentStart < sentence.start || turn.contentStart > sentence.end) return;
  const previous = claims.findLast((c) => c.claimantId !== null && resolver.actors.get(c.claimantId)?.kind === 'person');
  if (!previous) return;
  const content = trimContent(text, turn.contentStart, sentence.end);
  if (content.end <= content.start) return;
  const end = Math.min(turn.lineEnd, sentence.start + MAX_EVIDENCE);
  const cue = { text: text.slice(sentence.start, sentence.start + 1), start: sentence.start, end: sentence.start + 1 };
  claims.push(spokenOnDraft(text, sentence, previous, content, `${ctx.options.idPrefix}${claims.length + 1}`, { cue, quote: text.slice(turn.contentStart, end).trim(), end }));
}

/**
 * A claim that goes on with the previous claim's speaker, cue and date over a span of words with no cue of its own (a
 * quoted paragraph, an interview's answer): its kind read from those words as a "said" claim's is.
 */
function spokenOnDraft(
  text: string, sentence: TaggedSentence, previous: ClaimDraft, content: { start: number; end: number }, idSuffix: string,
  words: { quote: string; end: number; cue?: { text: string; start: number; end: number } },
): ClaimDraft {
  const claimText = text.slice(content.start, content.end);
  return {
    id: recordId('claim', idSuffix),
    claimantId: previous.claimantId,
    cue: words.cue?.text ?? previous.cue,
    kind: refineKind('statement', claimText, within(sentence.tokens, content), 'say'),
    content: claimText,
    quote: words.quote,
    start: sentence.start,
    end: words.end,
    ...(words.cue ? { cueStart: words.cue.start, cueEnd: words.cue.end } : {}),
    date: previous.date,
    disputes: [],
    about: { actorIds: [], placeIds: [], eventIds: [] },
    contentStart: content.start,
    contentEnd: content.end,
  };
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
  const clauseAct = objectCue ? -1 : actJoinedAfterClause(sentence, cue);
  if (clauseAct >= 0) clauseEnd = Math.min(clauseEnd, (sentence.tokens[clauseAct - 2] as Token).end);
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
    ?? REACTION_AFTER.exec(text.slice(cueEndTok.end, clauseEnd)) ?? CLAIM_NAMED_AFTER.exec(text.slice(cueEndTok.end, clauseEnd)) ?? SPEAKER_NEXT_ACT.exec(text.slice(cueEndTok.end, clauseEnd));
  if (answer) clauseEnd = cueEndTok.end + answer.index;
  // "announced new sanctions, a move that angered Beijing", "appealed for help, a rare request from ...": the writer's
  // apposition naming the act or the view is no part of what was said
  const named = ACT_APPOSITION.exec(text.slice(cueEndTok.end, clauseEnd));
  if (named) clauseEnd = cueEndTok.end + named.index;
  // "accused Comey of interfering, a day after he told lawmakers that ...": a time set off after the claim dates
  // the saying, not the claim (id `claims/time-frame-after`)
  // ("said that the timing, 11 days before the election, was extraordinary": a time frame closed by a comma and a
  // verb is an aside inside the claim's own subject; round 15, `claims/time-frame-aside`)
  const timed = TIME_FRAME_AFTER.exec(text.slice(cueEndTok.end, clauseEnd));
  if (timed && !TIME_FRAME_ASIDE.test(text.slice(cueEndTok.end + timed.index + timed[0].length, clauseEnd))) clauseEnd = cueEndTok.end + timed.index;
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
 * "said it was reviewing the ruling and declined to comment further", "said the cut was deeper than expected and
 * lowered their price target": after "and" with no subject, declining to say more or an analyst's change of rating or
 * target is the speaker's next act, no part of the claim (comma or not). Id: `content/speaker-next-act` (round 16).
 */
// (round 18, `content/speaker-reticence`: "said civilians had also been wounded, but gave no figure", "confirmed the
// arrests but would not name the suspects", "said two soldiers died, but did not give details": what the speaker did
// not say, after "but" too)
const SPEAKER_NEXT_ACT = /(?:,?\s+and|,?\s+but)\s+(?:(?:declined|refused)\s+to\s+(?:comment|elaborate|say|discuss|disclose|speculate|specify|name|identify|(?:give|provide)\s+(?:further\s+|more\s+|any\s+)?details|answer\s+questions)|(?:gave|provided|offered)\s+no\s+(?:further\s+|other\s+|more\s+)?(?:figures?|details|reasons?|numbers?|names?|timeline|timetable|date|evidence|explanation|breakdown|estimate)|(?:did|would|could)\s+not\s+(?:say|give|provide|elaborate|disclose|specify|name|identify|comment|confirm\s+the\s+(?:number|figure|toll|names?))\b|(?:lowered|raised|cut|trimmed|reduced|upgraded|downgraded|reiterated|maintained)\s+(?:their|its|his|her)\s+(?:[\p{L}-]+\s+){0,3}?(?:price\s+targets?|target\s+prices?|targets?|ratings?|recommendations?|estimates?))\b/u;

/**
 * ", a day after ...", ", two weeks before ...", ", just hours after ...", ", days after ...": a span of time before or
 * after another happening, set off by a comma at the end of a reported clause; news style puts the saying in time so.
 */
const TIME_FRAME_AFTER = /,\s+(?:(?:just|only|barely|mere|less\s+than|more\s+than|nearly|almost)\s+)?(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|\d+)\s+)?(?:days?|weeks?|months?|hours?|years?|minutes?)\s+(?:after|before)\s/iu;

/** The rest of a time frame that closes with a comma and then a verb of the clause it interrupts (", was", ", had been"). */
const TIME_FRAME_ASIDE = /^[^,;:"“”]{1,60},\s+(?:was|were|is|are|had|has|have|would|will|could|might|may|should|must|remains?|remained|seemed|seems)\b/iu;

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
 * "..., but the claim could not be independently verified", "..., though the report could not be confirmed", "ruled
 * that the law was void, but an appeals court put that ruling on hold", "..., but the government appealed the
 * decision": a clause that names the claim itself by a noun (the claim, that ruling, the decision) and tells what
 * became of it is the writer's, no part of the claim. Id: `claims/claim-named-after` (round 14).
 */
const CLAIM_REFERENCE = String.raw`(?:the|that|this|these|those|its|their|his|her)\s+(?:[\p{L}-]+\s+)?(?:claims?|reports?|accounts?|assertions?|allegations?|ruling|decision|order|verdict|judgment|judgement|findings?)`;
const CLAIM_NAMED_AFTER = new RegExp(String.raw`,\s+(?:but|though|although|while|yet|and)\s+(?:${CLAIM_REFERENCE}\s+(?:could|can|has|have|had|was|were|is|are)(?:\s+not|n['’]t)?\s+(?:(?:yet|since|later|quickly|also)\s+)?(?:been\s+|be\s+)?(?:(?:independently|immediately|officially)\s+)?(?:verified|confirmed|corroborated|disputed|contradicted|denied|rejected|overturned|reversed|challenged|appealed|suspended|stayed|questioned)|(?:an?|the)\s+(?:[\p{L}.'’-]+\s+){0,4}?(?:put|stayed|blocked|suspended|overturned|reversed|struck\s+down|halted|froze|lifted|appealed|challenged|disputed|rejected|contested|denied)\s+${CLAIM_REFERENCE})\b`, 'u');

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
function readCue(ctx: ReadContext, sentence: TaggedSentence, cues: readonly Cue[], k: number, subject: SentenceSubject): void {
  const cue = cues[k] as Cue;
  if (sourceParticiple(sentence, cues, k) || predictedInThatClause(sentence, cue, cues.slice(0, k)) || comparedWithCue(ctx.text, sentence, cue)) return;
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
        ? readParticipial(ctx, sentence, cue, clauseEnd, subject.id, cue.participial ? ownClause(ctx, sentence, cues[0], cue) : null)
        : readFinite(ctx, sentence, cue, clauseEnd);
  // "Quint accused X, and she vowed ...": a pronoun with no antecedent yet takes the sentence's earlier speaker;
  // "Observers said ..., though they noted ...": "they" is the sentence's earlier group speaker, not the last body named
  // "Kenya and Uganda agreed ..., the two countries said": each actor the plural stands for speaks
  const referents = finite ? pluralAnaphorSpeakers(sentence.tokens, cue.first, mentionsIn(ctx.resolver, sentence.index), mentionsIn(ctx.resolver, sentence.index - 1), (id) => ctx.resolver.actors.get(id)?.kind) : null;
  const claimantId = referents?.[referents.length - 1] ?? pluralPronounOfSentence(ctx, sentence, cue, subject.id) ?? joinedPronounOfSentence(ctx, sentence, cue, subject.id) ?? reading.claimantId ?? sameSentenceAntecedent(ctx, sentence, cue, subject.id);
  if (claimantId === null || (finite && noOneSaid(sentence, cue))) return;
  const cueStartTok = sentence.tokens[cue.first] as Token;
  if (saysNothing(sentence, cue, reading)) return;
  // "Maria Delgado answered on Twitter.", "Lee replied in a statement.": a saying with nothing said is no claim a
  // reader would list; its speaker still goes on for the next quote or pronoun. Id: `claims/empty-content`
  if (emptyReading(ctx.text, reading, cue)) {
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
  if (wraps) endWrappedClaims(ctx, outer, reading.content.end);
  // ... unless it has a subject of its own, named right before it ("said Harlan told her that ...", "reported that a
  // Greenpeace study has found ..."): political-news annotation counts such nested attributions
  if (outer && !wraps && !absorbs && (!cue.participial || cue.purpose) && !isCoordinated(sentence, cue) && !(outer.claimantId !== claimantId && namedRightBefore(ctx, sentence, cue, claimantId))) return;
  // a nested claim's subject is no subject of the sentence: "told analysts the carrier expected ..., but warned that"
  // goes on with the one who told
  const speakers = jointSpeakers(subject, cue, coordinated, claimantId) ?? speakersOfClaim(ctx, sentence, cue, claimantId, finite && !outer, !outer, referents);
  if (!cue.participial && !outer) Object.assign(subject, { id: claimantId, all: speakers });
  recordClaims(ctx, sentence, cue, { ...reading, claimantId }, speakers, outer === undefined);
}

/** The subject of a sentence's claims so far: its last speaker and every speaker of its last finite claim. */
interface SentenceSubject {
  id: string | null;
  all?: readonly string[];
}

/**
 * "France, Germany and Britain said they regretted the outcome and urged all parties to ...": a finite cue joined to
 * the sentence's earlier claim by "and" is made by every subject of that claim, as the first cue is (only the last
 * listed one spoke the second cue before). Id: `claims/joined-cue-all-subjects` (round 25, joint statements).
 */
function jointSpeakers(subject: SentenceSubject, cue: Cue, coordinated: boolean, claimantId: string): readonly string[] | undefined {
  const all = subject.all;
  if (!coordinated || cue.participial || cue.according || cue.passive || subject.id !== claimantId || all === undefined || all.length < 2) return undefined;
  return all[all.length - 1] === claimantId ? all : undefined;
}

/** Records the claim read at `cue` once for each of its speakers; the reading's claimant spoke last. */
function recordClaims(ctx: ReadContext, sentence: TaggedSentence, cue: Cue, reading: CueReading & { claimantId: string }, speakers: readonly string[], unnested: boolean): void {
  for (const speaker of speakers) ctx.claims.push(claimRecord(ctx, sentence, cue, { ...reading, claimantId: speaker }));
  if (unnested && !cue.according) noteMessageChannel(sentence, reading.claimantId, ctx.resolver);
  ctx.resolver.lastClaimant = reading.claimantId;
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
function predictedInThatClause(sentence: TaggedSentence, cue: Cue, earlier: readonly Cue[] = []): boolean {
  const { tokens } = sentence;
  let j = cue.first - 1;
  while (j > 0 && /^(?:not|never|also|still)$/.test((tokens[j] as Token).lower)) j--;
  if (!/^(?:would|will|could|might|may|should)$/.test(tokens[j]?.lower ?? '') || cue.participial || cue.according) return false;
  for (let i = j - 1; i >= Math.max(0, j - 8); i--) {
    const t = tokens[i] as Token;
    if (/[,;:"“”]/.test(t.post)) return false;
    if (t.lower === 'that') return i > 0;
    // ("The ministry said Armenian forces would respond to any further attack", "Officials said the president would
    // announce new measures": a modal cue in the clause of an earlier cue, with no "that", is the same prediction; it
    // read the sentence's quote before it as its content; round 16)
    if (i < j - 1 && earlier.some((c) => c.last === i && !c.according && !c.nominal && !c.passive)) return true;
  }
  return false;
}

/**
 * Whether the cue says nothing: "President Tembo, who is seeking a third term, has not commented." (a negated cue
 * with nothing after it; the words before it are its subject, not a claim), "She did not say whether he would ...",
 * "would not say how long ..." (not saying which claims nothing), "did not comment on the report" (nor what it was
 * not about), "gathered outside the court, chanting and waving
 * flags" (a participle joined by "and" to another with no object of its own).
 */
function saysNothing(sentence: TaggedSentence, cue: Cue, reading: CueReading): boolean {
  const next = sentence.tokens[cue.last + 1]?.lower ?? '';
  if (cue.participial && /^(?:and|or)$/.test(next) && !/[,;:]/.test((sentence.tokens[cue.last] as Token).post)) return true;
  const cueStart = (sentence.tokens[cue.first] as Token).start;
  // ("The rebels did not immediately comment on the report": what was not commented on is no content; round 14)
  // ("Trump did not deny the report", "The ministry has not confirmed the deaths": an answer not given answers
  // nothing; round 17, `claims/negated-answer`)
  return negated(sentence, cue) && (reading.content.end <= cueStart || /^(?:whether|if|how|why|what|when|where|who|which|on|about|regarding|upon)$/.test(next) || NEGATED_ANSWERS.has(cue.lemma));
}

/** Answers that, negated, say nothing: not denying, confirming or rejecting is no denial, report or rejection. */
const NEGATED_ANSWERS: ReadonlySet<string> = new Set(['deny', 'confirm', 'reject', 'dispute', 'contest', 'refute', 'rebut', 'acknowledge', 'admit', 'concede']);

/** Whether a postposed attribution wraps the claim `outer` whose content holds its cue (see `readCue`). */
function wrapsOuter(sentence: TaggedSentence, cue: Cue, reading: CueReading, outer: ClaimDraft, claimantId: string): boolean {
  const sameSpeaker = outer.claimantId === claimantId;
  if (sameSpeaker && !((spokespersonOfPronoun(sentence, cue) || spokespersonFor(sentence, cue)) && reportingLemma(outer.cue.toLowerCase()) !== 'say')) return false;
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

/**
 * Whether the cue's subject, after a comma, is a spokesperson "for" a body ("Al-Shabaab denied that its fighters had
 * retreated, a spokesman for the group told Reuters"): the body's own answer, wrapped by its spokesperson's saying.
 * Id: `claims/spokesperson-for-wraps` (round 15).
 */
function spokespersonFor(sentence: TaggedSentence, cue: Cue): boolean {
  const lead = sentence.text.slice(0, (sentence.tokens[cue.first] as Token).start - sentence.start);
  return /,\s*(?:a|an|the)\s+(?:[\p{Ll}-]+\s+)?(?:spokes(?:man|woman|person)|representative)\s+for\s+(?:the\s+)?[\p{L}\s.'’-]{1,40}$/u.test(lead);
}

/** Whether a reading claims no words at all: an empty content and no quote joined to it. */
/**
 * "Harlan responded within minutes on Twitter.", "The ministry reacted angrily.", "Lee hit back hours later.": a reply
 * whose words are only its time or manner says nothing a reader would list. Id: `claims/circumstance-only` (round 14).
 */
const CIRCUMSTANCE_ONLY = /^(?:\s*(?:(?:with)?in\s+(?:(?:a\s+few|a|an|several|\d+|two|three)\s+)?(?:seconds?|minutes?|hours?|days?)|(?:(?:a\s+few|several|\d+|two|three)\s+)?(?:seconds|minutes|hours|days)\s+later|(?:shortly|soon)\s+(?:after(?:wards?)?|afterwards)|in\s+kind|at\s+once|later|\p{Ll}+ly)\s*,?)+[.!?]?$/u;
const REPLY_LEMMAS: ReadonlySet<string> = new Set(['respond', 'reply', 'react', 'answer', 'retort', 'hit', 'fire', 'shoot', 'strike']);

/**
 * "Khan responded on CNN, saying ...", "The ministry hit back in a statement on Monday.": a reply whose words are only
 * its channel (an outlet or platform named, or a message noun) says nothing either. Id: `claims/reply-channel-only`
 * (round 18).
 */
const CHANNEL_ONLY = /^(?:on|in|via|through)\s+(?:(?:a|an|the|his|her|its|their)\s+(?:[\p{L}'’-]+\s+){0,2}?(?:statement|interview|tweets?|posts?|video|message|letter|broadcast|briefing|television|radio|op-ed|speech)|Twitter|Facebook|Instagram|Telegram|X|television|radio|social\s+media|\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})(?:\s+on\s+\p{L}+day)?[.!?]?$/u;

function emptyReading(text: string, reading: CueReading, cue: Cue): boolean {
  const content = text.slice(reading.content.start, reading.content.end);
  if (reading.joinedQuote !== null) return false;
  return !/[\p{L}\p{N}]/u.test(content) || (REPLY_LEMMAS.has(cue.lemma) && (CIRCUMSTANCE_ONLY.test(content) || CHANNEL_ONLY.test(content))) || (STIMULUS_LEMMAS.has(cue.lemma) && STIMULUS_ONLY.test(content));
}

/**
 * "The army responded to the attack with airstrikes", "Police reacted to the protest by firing tear gas", "The
 * ministry responded to the report within hours": what a reply answers is no word of it; with no clause, colon or
 * quote after it the reply claims nothing (its speaker still goes on). Id: `claims/reply-stimulus-only` (round 16).
 */
const STIMULUS_LEMMAS: ReadonlySet<string> = new Set(['respond', 'react', 'reply']);
// ("The union responded angrily to the plans", "The ministry reacted sharply to the report": a manner adverb may
// stand before what is answered; round 18, `claims/reply-stimulus-after-adverb`)
const STIMULUS_ONLY = /^(?:\p{Ll}+ly\s+)?to\s(?![^"“”:]*(?:["“”:]|\bthat\s|\bsaying\b))/iu;

/**
 * Ends at `end` the claim of every speaker of the wrapped cue ("The leaders stressed the need for a solution, it said"
 * gave each leader's claim; round 15).
 */
function endWrappedClaims(ctx: ReadContext, outer: ClaimDraft, end: number): void {
  for (const c of ctx.claims.filter((c) => c.start === outer.start && c.cueStart === outer.cueStart)) endClaimAt(ctx, c, end);
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
    // ("Secretary of State John Kerry and ... announced": "of" inside a capitalised title joins no phrase; round 14,
    // `speaker/coordinated-titled`)
    // ("Officials of Kenya and Uganda said": a plural capitalised as the sentence's first word is no title; round 19,
    // `speaker/group-of-named-list`)
    if (t.lower === 'of' && /^\p{Lu}/u.test(tokens[j - 1]?.text ?? '') && /^\p{Lu}/u.test(tokens[j + 1]?.text ?? '') && !(j - 1 === 0 && tokens[0]?.tags.has('Plural'))) continue;
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

/** Quantifiers that say no one spoke ("Nobody in the government has said", "None of the witnesses said"). */
const NO_SPEAKER = /^(?:nobody|none|neither|noone)$/;

/**
 * Whether the cue's subject says that no one spoke: a negative quantifier opening the clause within ten words before the
 * cue, with no comma between ("Nobody in the government has said the plant will close", "No one at the ministry told
 * the families that", "None of the witnesses said they saw a gun", "Neither side said it would attend"). Nobody claimed
 * the content, least of all the body in the subject's complement. Id: `claims/no-one-said` (round 21).
 */
function noOneSaid(sentence: TaggedSentence, cue: Cue): boolean {
  const { tokens } = sentence;
  for (let k = cue.first - 1; k >= Math.max(0, cue.first - 10); k--) {
    const t = tokens[k] as Token;
    const opensClause = k === 0 || /[,;:"“”—–]\s*$/.test((tokens[k - 1] as Token).post) || /^(?:and|but)$/.test(tokens[k - 1]?.lower ?? '');
    if (opensClause) return NO_SPEAKER.test(t.lower) || (t.lower === 'no' && /^(?:one|single|official|officials|one's)$/.test(tokens[k + 1]?.lower ?? ''));
    if (/[,;:]/.test(t.post)) return false;
  }
  return false;
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
// ("Sen. Mark Kirk of Illinois, who faces ..., went further and said": the affiliation may end where a relative aside
// begins; "The minister, Tom Harlan, later returned ... and told": a comma may close a name in apposition; round 15)
// ("Mary Lee, the mayor, visited the site and said", "Ana Ruiz, a spokeswoman for the ministry, declined to comment
// but said": a role in apposition set off by commas; round 16 lead)
const AFFILIATED_ACT = /^(?:,\s*(?:a|an|the|his|her|its|their|\p{Lu}[\p{L}'’-]*['’]s)\s+[^,;:"“”()]{1,60}?,)?,?\s*(?:(?:of|from|at)\s+(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+(?:of|for|and|the|\p{Lu}[\p{L}.'’-]*))*(?:\s+|$))?(?:(?:has|have|had|also|then|later|on \p{L}+day)\s+)*$/u;

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
  if (anaphor < 0) return describedSubjectOfAct(ctx, sentence, cue, from, verb);
  if (!tokens.slice(anaphor + 1, verb).every((t) => t.tags.has('Adverb') || t.tags.has('Auxiliary'))) return null;
  return speakerBefore(ctx.text, sentence, { ...cue, first: verb, last: verb, nominal: false }, ctx.resolver);
}

/**
 * "Norway's central bank kept its rate unchanged and said ...", "The Velmar central bank held rates and said ...": a
 * body named by a description opening the clause, with no comma before its verb, is the subject the joined cue shares;
 * it is read as the subject of a cue standing at the verb, as "Norway's central bank said" is read. Id:
 * `speaker/described-subject-of-act` (round 23).
 */
function describedSubjectOfAct(ctx: ReadContext, sentence: TaggedSentence, cue: Cue, from: number, verb: number): string | null {
  const { tokens } = sentence;
  const phrase = tokens.slice(from, verb);
  if (phrase.length < 2 || phrase.length > 6 || phrase.some((t) => /[,;:()"“”]/.test(t.post) || t.tags.has('Verb'))) return null;
  if (!/^(?:the|a|an)$/.test(tokens[from]?.lower ?? '') && !/['’]s?$/.test(tokens[from]?.text ?? '')) return null;
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
    // ("Tom Reed, the ministry's spokesman, declined to comment but said": an infinitive's verb is the one that
    // governs it; round 16 lead)
    if (tokens[j - 1]?.lower === 'to') continue;
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
  const commaAfter = pastSourceRelative(text, sentence, text.indexOf(',', after ? after.end : cueEndTok.end));
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

/** "As Reyes put it (in an interview), the party needs ...": the subject of "put" speaks; the claim follows the comma. */
/**
 * "..., according to three workers, who spoke on condition of anonymity.", "According to Ana Lee, who heads the
 * union, the strike will go on": a relative clause set off after the source tells of the source; the comma that
 * closes it (or none, at the sentence's end) is where the source's phrase ends. Id: `content/according-source-relative`
 * (round 22).
 */
function pastSourceRelative(text: string, sentence: TaggedSentence, comma: number): number {
  if (comma < 0 || comma >= sentence.end || !/^\s*(?:who|whom|whose|which)\s/i.test(text.slice(comma + 1, sentence.end))) return comma;
  const next = text.indexOf(',', comma + 1);
  return next > 0 && next < sentence.end ? next : sentence.end;
}

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
function readParticipial(ctx: ReadContext, sentence: TaggedSentence, cue: Cue, clauseEnd: number, sentenceSubject: string | null, own: OwnClause | null = null): CueReading {
  const { text, resolver } = ctx;
  const cueStartTok = sentence.tokens[cue.first] as Token;
  const quotedAs = cue.participial && sentence.tokens[cue.first - 1]?.lower === 'as';
  // "quoted Haddad as saying": the name before "as", known by surname when the mention was left out
  const asName = sentence.tokens[cue.first - 2];
  const named = quotedAs && asName && /^\p{Lu}/u.test(asName.text) ? knownActor(ctx.resolver.book, asName.text) : undefined;
  const claimantId = quotedAs
    ? (quotedPassiveSubject(ctx, sentence, cue) ?? named?.id ?? quotedUnnamed(text, sentence, cue.first - 1, resolver) ?? mentionsIn(resolver, sentence.index).filter((m) => m.end <= cueStartTok.start).pop()?.recordId ?? null)
    : own !== null
      ? ownClauseSpeaker(ctx, sentence, cue, own, sentenceSubject)
      : (sentenceSubject ?? participleSubject(ctx, sentence, cue, cueStartTok));
  // ("The border will stay closed, Lind was quoted as saying by Interfax.": postposed, the clause before is the claim)
  const be = quotedAs ? postposedQuotedAs(text, sentence, cue, clauseEnd) : -1;
  if (be >= 0) return readBeforeCue(ctx, sentence, { ...cue, first: be }, claimantId);
  // "to warn residents that the dam could burst": past the addressee, as after a finite cue
  const that = cue.purpose ? sentence.tokens.slice(cue.last + 1, cue.last + 5).find((t) => t.lower === 'that') : undefined;
  // ("..., ruling 5-3 that ...": a court's vote before "that", as after a finite cue)
  const from = that ? that.end : skipLead(text, (sentence.tokens[cue.last] as Token).end, clauseEnd, cue.lemma);
  return { claimantId, content: trimContent(text, from, clauseEnd), evidenceStart: sentence.start, joinedQuote: null };
}

/** Where a participle's own clause opens (its conjunction) and its verb stands (token indexes). */
interface OwnClause {
  conjunction: number;
  verb: number;
}

/** Conjunctions that open a clause with a subject of its own ("..., but the coalition refused to concede, saying"). */
const CLAUSE_CONJUNCTIONS = /^(?:but|while|whereas|yet)$/;

/**
 * "The opposition claimed victory, but the government refused to concede, saying ...": a participle after a clause
 * that a conjunction opens with its own subject and verb is said by that subject, not by the earlier cue's speaker.
 * That clause's conjunction and verb, else null. Id: `speaker/participle-of-own-clause` (round 21).
 */
function ownClause(ctx: ReadContext, sentence: TaggedSentence, first: Cue | undefined, cue: Cue): OwnClause | null {
  const { tokens } = sentence;
  if (first === undefined || first === cue) return null;
  const sentenceClaims = ctx.claims.filter((c) => c.contentEnd > sentence.start && c.contentStart < sentence.end);
  for (let j = cue.first - 2; j > first.last; j--) {
    const t = tokens[j] as Token;
    // (inside an earlier claim's content the clause is what was said: "said the vote was fair, but the count ...")
    if (sentenceClaims.some((c) => c.contentStart <= t.start && t.end <= c.contentEnd)) break;
    if (!CLAUSE_CONJUNCTIONS.test(t.lower) && !(t.lower === 'and' && /,/.test(tokens[j - 1]?.post ?? ''))) continue;
    const opener = tokens[j + 1];
    if (!opener || !(opener.tags.has('Determiner') || opener.tags.has('ProperNoun') || opener.tags.has('Pronoun') || opener.tags.has('Noun')) || opener.tags.has('Verb')) continue;
    const verb = tokens.findIndex((v, m) => m > j + 1 && m < Math.min(cue.first, j + 8) && v.tags.has('Verb') && !v.tags.has('Gerund') && !v.tags.has('Infinitive') && !v.tags.has('Noun') && !v.tags.has('Adjective'));
    if (verb >= 0) return { conjunction: j, verb };
  }
  return null;
}

/**
 * The subject of a participle's own clause (see `ownClause`): the speaker before its verb, unless that is only the
 * earlier cue's speaker reached back over the conjunction ("..., but the ruling coalition refused to concede, saying":
 * an unnamed subject gives no claim rather than the other side's).
 */
function ownClauseSpeaker(ctx: ReadContext, sentence: TaggedSentence, cue: Cue, own: OwnClause, earlier: string | null): string | null {
  const { tokens } = sentence;
  const found = speakerBefore(ctx.text, sentence, { ...cue, first: own.verb, last: own.verb, participial: false }, ctx.resolver);
  if (found === null || found !== earlier) return found;
  if (tokens.slice(own.conjunction + 1, own.verb).some((t) => t.tags.has('Pronoun'))) return found;
  const from = (tokens[own.conjunction] as Token).end;
  return mentionsIn(ctx.resolver, sentence.index).some((m) => m.recordId === found && m.start >= from && m.start < (tokens[own.verb] as Token).start) ? found : null;
}

/** What may open the circumstances after a postposed "quoted as saying": its outlet, a day, a place. */
const QUOTED_CIRCUMSTANCE = /^(?:by|on|in|at|late|early|last|this|earlier|from)$/;

/**
 * "Iran will not halt enrichment, Foreign Minister Hossein Amiri was quoted as saying on Thursday by the official IRNA
 * news agency.", '"We will respond," Lind was quoted as saying.': a passive "quoted as saying" after a clause set off
 * by a comma or a quote, with only its outlet and circumstances after it, reports the clause before it (the content
 * was the circumstances, or nothing). The index of the auxiliary before "quoted", else -1. Id:
 * `claims/postposed-quoted-as` (round 19).
 */
function postposedQuotedAs(text: string, sentence: TaggedSentence, cue: Cue, clauseEnd: number): number {
  const { tokens } = sentence;
  // ("was quoted by Interfax as saying": the outlet may stand between)
  const q = tokens.findLastIndex((t, j) => j < cue.first - 1 && j >= cue.first - 8 && t.lower === 'quoted');
  if (q < 1 || tokens.slice(q + 1, cue.first - 1).some((t) => /[,;:"“”]/.test(t.post)) || !/^(?:is|was|were|are|been|being)$/.test(tokens[q - 1]?.lower ?? '')) return -1;
  const be = /^(?:been|being)$/.test((tokens[q - 1] as Token).lower) && q >= 2 ? q - 2 : q - 1;
  if (!/[,"”»›]/.test(text.slice(sentence.start, (tokens[be] as Token).start))) return -1;
  const rest = tokens.filter((t) => t.index > cue.last && t.end <= clauseEnd);
  if (rest.length > 0 && !QUOTED_CIRCUMSTANCE.test((rest[0] as Token).lower)) return -1;
  // ("by state media": a word right after a preposition is no verb of a clause)
  return rest.some((t, k) => t.lower === 'that' || /[,;:]/.test(t.post) || (t.tags.has('Verb') && !t.tags.has('Gerund') && !t.tags.has('Noun') && !(rest[k - 1] as Token | undefined)?.tags.has('Preposition'))) ? -1 : be;
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
  // ("..., the council announced early on Monday, the first time ...": the day of the saying stands before the aside)
  const afterTime = restAfter.replace(SAYING_DAY_BEFORE_COMMA, '');
  // "..., Lee said on Monday.", "..., Lee told reporters.": only the circumstances of the saying follow the cue
  // '"We will rebuild," Ortega said in an interview with the BBC.', '..., two officials told Reuters.'
  const leadClause = /[,"”»›]/.test(text.slice(sentence.start, cueStartTok.start));
  const nothingFollows = /^[.!?"”’']*$/.test(restAfter) || SAYING_CIRCUMSTANCE.test(restAfter) || (leadClause && onlyCircumstancesAfter(sentence.tokens, cue.last, clauseEnd, cue.lemma))
    || (leadClause && ASIDE_CLAUSE_AFTER.test(afterTime) && !/,\s+that\s/.test(afterTime)) || (leadClause && REMARK_APPOSITION_AFTER.test(restAfter))
    || (leadClause && SUMMARY_APPOSITION_AFTER.test(afterTime))
    // "..., an allegation the aides dismissed as a distraction": what is dismissed is the clause answered, not "as ..."
    || (/^as\s/i.test(restAfter) && answersInApposition(text, sentence, cue))
    // '"...," he wrote, joined by Justices X and Y.', '"...," she said, speaking at a rally.': the saying's circumstance
    || (leadClause && PARTICIPLE_AFTER_CUE.test(restAfter)) || (leadClause && TIME_CLAUSE_AFTER.test(restAfter));
  // "a letter by King that criticized Sessions": after a relative pronoun the name is the object, not a speaker
  // ("an elder who had long opposed the Taliban": auxiliaries and adverbs may stand between; round 15)
  const relativeCue = /^(?:that|which|who)$/.test(sentence.tokens[wordBeforeVerbGroup(sentence.tokens, cue.first)]?.lower ?? '');
  // "..., said the text failed to condemn Hamas.": the name after an infinitive cue is its object, never its speaker;
  // "Ana Velde, who chairs the committee, warned of delays": the words before the cue are its subject with a relative
  // aside, never what was said (ids `content/infinitive-cue-object`, `content/subject-relative-aside`, round 25)
  const infinitive = sentence.tokens[cue.first - 1]?.lower === 'to';
  const speakerFollows = !relativeCue && !infinitive && !subjectWithAside(sentence.tokens, cue.first) && (nothingFollows || ((POSTPOSED_NAME.test(restAfter) || POSTPOSED_TITLED_NAME.test(restAfter)) && restAfter.length <= 60)) && (cueStartTok.start - sentence.start > 20 || /["”»›]\s*\S/.test(text.slice(sentence.start, cueStartTok.start)));
  if (inverted !== null || (speakerFollows && (claimantId === null || nothingFollows))) {
    return readBeforeCue(ctx, sentence, cue, claimantId ?? speakerAfter(text, sentence, cue, resolver));
  }
  return readAfterCue(ctx, sentence, cue, clauseEnd, claimantId);
}

/** The index of the word before the auxiliaries and adverbs that open the verb group at `first` ("who [had long] opposed"). */
function wordBeforeVerbGroup(tokens: readonly Token[], first: number): number {
  let j = first - 1;
  while (j >= 0 && /^\s+$/.test((tokens[j] as Token).post) && ((tokens[j] as Token).tags.has('Auxiliary') || (tokens[j] as Token).tags.has('Adverb')) && !/^(?:not|never)$/.test((tokens[j] as Token).lower)) j--;
  return j;
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
  return Math.max(lastClauseComma(lead), lead.lastIndexOf('”'), lead.lastIndexOf('"'), lead.lastIndexOf('»'), lead.lastIndexOf('›'));
}

/**
 * The last comma of `lead` that separates words, not the digits of a number ("killed 2,000 people, officials
 * said": the comma of "2,000" opens no apposition). Id: `content/thousands-comma` (round 15).
 */
function lastClauseComma(lead: string): number {
  let at = lead.lastIndexOf(',');
  while (at > 0 && /\d/.test(lead[at - 1] ?? '') && /\d/.test(lead[at + 1] ?? '')) at = lead.lastIndexOf(',', at - 1);
  return at;
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
    // ("Excluding autos, sales rose sharply, the department said": "rose" may be tagged a noun; round 16 lead)
    && !words.some((t, k) => t.tags.has('Verb') || CHANGE_VERBS.test(t.lower) || (t.tags.has('Preposition') && !titleOf(t, k)) || t.tags.has('Conjunction') || /^(?:and|or|but|who|which|that)$/.test(t.lower))
    && !(words[0] as Token).tags.has('Preposition')
    // ("..., killing at least 24 people, officials said": a participle phrase is the claim's, no apposition of the
    // speaker; round 14, `content/participle-before-postposed`)
    && !/^\p{Ll}+ing$/u.test((words[0] as Token).text);
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
  // ('"We will not surrender," Ruiz wrote in a post that was viewed a million times.': a relative clause on the
  // channel, whose "that" no skip read as a complementiser, tells of the post; the quote before is the claim. Id:
  // `content/channel-relative-after-quote`, round 20)
  const channelRelative = closer > 0 && /^(?:that|which)\s/i.test(text.slice(content.start, content.end));
  if ((content.end <= content.start || channelRelative) && closer > 0) content = trimContent(text, sentence.start, sentence.start + closer + 1);
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
  return spokenOnDraft(text, sentence, previous, content, idSuffix, { quote: text.slice(q.start, q.end), end: Math.min(q.end + 1, text.length) });
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

/**
 * The speaker of a participial cue: the main clause's subject, found as a finite cue's would be ("A Malaysian court
 * sentenced Najib Razak ... after finding him guilty", "U.S. regulators blocked the merger of X and Y, saying ..."),
 * never the first name of the sentence when that is the main verb's object ("The court jailed Ana Ruiz after finding
 * her guilty": the court named before, else nobody). Else the first name acting, the first name, the first verb's
 * subject, the last claim's speaker.
 */
/**
 * "Relatives of nine people who died after taking the drug sued its maker, alleging ...", "Families of miners who were
 * killed in the blast sued the operator, claiming ...": the first verb of the sentence may be a restrictive relative
 * clause's inside the subject; the subject phrase ends at the relative pronoun, where its head speaks. The index of
 * that pronoun, else `verb`. Id: `speaker/participle-subject-relative` (round 22).
 */
function relativeOpenerBefore(tokens: readonly Token[], verb: number): number {
  let at = verb;
  while (at > 1 && ((tokens[at - 1] as Token).tags.has('Auxiliary') || (tokens[at - 1] as Token).tags.has('Adverb')) && !/[,;:]/.test((tokens[at - 1] as Token).post)) at--;
  const opener = tokens[at - 1];
  return opener !== undefined && at - 1 >= 1 && /^(?:who|that|which)$/.test(opener.lower) && !/[,;:]/.test(tokens[at - 2]?.post ?? ',') ? at - 1 : verb;
}

function participleSubject(ctx: ReadContext, sentence: TaggedSentence, cue: Cue, cueStartTok: Token): string | null {
  const { tokens } = sentence;
  // ("Juba had shut down oil production, accusing Khartoum ...": the tagger may read a past participle after a perfect
  // auxiliary as a noun; the word after "had" is the verb; id `speaker/perfect-participle-verb`, round 13)
  const verb = tokens.findIndex((t, j) => j > 0 && j < cue.first && ((t.tags.has('Verb') && !t.tags.has('Auxiliary') && !t.tags.has('Gerund') && !t.tags.has('Adjective'))
    || (/^(?:had|has|have)$/.test(tokens[j - 1]?.lower ?? '') && /^\p{Ll}+$/u.test(t.text) && !t.tags.has('Adverb') && !/[,;:]/.test((tokens[j - 1] as Token).post))));
  const unnamed = verb >= 1 && /^(?:a|an|the)$/.test((tokens[0] as Token).lower) && !mentionsIn(ctx.resolver, sentence.index).some((m) => m.end <= (tokens[verb] as Token).start);
  const subjectEnd = verb >= 1 ? relativeOpenerBefore(tokens, verb) : -1;
  const mainSubject = verb >= 1 ? speakerBefore(ctx.text, sentence, { ...cue, first: subjectEnd, last: subjectEnd, participial: false }, ctx.resolver) : null;
  if (unnamed || mainSubject !== null) return mainSubject;
  return firstAgent(ctx.resolver, sentence.index, cueStartTok.start, true) ?? firstVerbSubject(ctx, sentence, cue) ?? firstAgent(ctx.resolver, sentence.index, cueStartTok.start) ?? ctx.claims[ctx.claims.length - 1]?.claimantId ?? null;
}


function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

/**
 * The text before a platform or outlet named as the channel of a message ("in a statement posted on Facebook", "said
 * on Twitter", "appeared on CNN"): such a body is no antecedent of the next "it" ("... posted on Facebook. It accused
 * the brigade" is the government's). Id: `speaker/channel-not-antecedent` (round 16).
 */
const CHANNEL_BEFORE = /\b(?:posted|published|shared|wrote|written|said|says|announced|broadcast|tweeted|streamed|uploaded|appeared|appearing|aired)\s+(?:\p{L}+\s+){0,2}?(?:on|via)\s+$/u;

function updateSalience(
  r: Resolver,
  sentenceMentions: readonly EntityMention[],
  actors: ReadonlyMap<string, Actor>,
  sentenceClaims: readonly ClaimDraft[],
  opener: Actor | null,
  described: string | null = null,
): void {
  // "The veteran lawmaker was greeted by the mayor and Ana Velasco.": a description as subject goes on with the
  // person the text was about; the persons named later in its sentence do not take over the next "she"; an
  // unnamed source it does not describe is not that person ("An aide said ... The nominee attacked Trump. 'He
  // stiffed workers,' she said"; `speaker/campaign-description-named`)
  if (described !== null) r.lastPerson = lastNamedPerson(r, described);
  const keepPerson = described !== null && r.lastPerson !== null;
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
  // ("X, who denied the charges, will appeal, his lawyer Y said": a claim inside another claim's content, a relative
  // clause's denial, is no subject of the sentence; its outer claim's speaker is; round 25, `speaker/outer-claim-centering`)
  const main = sentenceClaims.find((c) => !sentenceClaims.some((o) => o !== c && o.contentStart <= (c.cueStart ?? c.contentStart) && (c.cueEnd ?? c.contentEnd) <= o.contentEnd));
  const first = main ?? sentenceClaims[0];
  const speaker = first?.claimantId ? actors.get(first.claimantId) : undefined;
  if (speaker?.kind === 'person') r.lastPerson = speaker.id;
  else if (opener?.kind === 'person') r.lastPerson = opener.id;
  // ("Amnesty International said security forces had tortured supporters of Boko Haram. ... It called on the
  // government to investigate": a body that spoke is the next "it", not the body its claim named last; round 15,
  // `speaker/it-centering`)
  else if (speaker?.kind === 'organization' || speaker?.kind === 'government') r.lastThing = speaker.id;
  if (r.lastPerson !== null) remember(r.personHistory, r.lastPerson);
}

/** Moves `id` to the end of the history (most recent last), which keeps at most 20 persons. */
function remember(history: string[], id: string): void {
  const at = history.indexOf(id);
  if (at >= 0) history.splice(at, 1);
  history.push(id);
  if (history.length > 20) history.shift();
}
