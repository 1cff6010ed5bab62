import { subjectWithAside } from './relative-aside.js';
import { CONVENED } from '../../nlp/lexicon/event-cues.js';
import type { ClaimKind } from '../../schema/claim.js';
import type { Span } from '../../schema/span.js';
import type { TaggedSentence, Token } from '../../nlp/tokens.js';
import { own } from '../../nlp/lexicon/own.js';
import { ATTACK_VERBS, BELIEF_ADJECTIVES, CLAIM_NOUNS, COGNITION_VERBS, cognitionLemma, FOR_PHRASE_VERBS, JUDGED_OBJECT_VERBS, QUESTION_OPENERS, QUESTION_VERBS, QUOTE_FRAME_VERBS, REPORTING_VERBS, reportingLemma } from '../../nlp/lexicon/reporting-verbs.js';
import { insideQuote } from '../quotes.js';
import { isDocumentWord, STUDY_DOCUMENTS } from './document-source.js';

/*
 * Reporting cues of a sentence: a reporting verb outside quotes ("said", "denied", "are stating", ", saying",
 * "by saying", "was rejected by"), "according to", and the filters that keep verbs of acting ("found the car",
 * "responded by closing", "asked whether") from reading as claims.
 */

export interface Cue {
  first: number;
  last: number;
  lemma: string;
  kind: ClaimKind;
  text: string;
  /** Participial cue after a comma ("..., saying ..."): its speaker is the main clause's subject. */
  participial: boolean;
  /** "according to X": speaker follows. */
  according: boolean;
  /** "was rejected by X": the speaker is the agent after "by". */
  passive?: boolean;
  /** A claim noun ("her warning that"): a possessive pronoun before it names the speaker. */
  nominal?: boolean;
  /** "As X put it, ...": the speaker stands between "as" and the cue, the claim after the comma. */
  asPut?: boolean;
  /** ", with party leaders warning of ...": the index of "with" opening an absolute clause whose noun phrase speaks. */
  absoluteWith?: number;
  /** "used loudspeakers to warn residents that ...": an infinitive of purpose; the main clause's subject speaks. */
  purpose?: boolean;
}

const BE_FORMS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);

const INDIRECT_QUESTION: ReadonlySet<string> = new Set(['if', 'whether', 'how', 'why', 'what', 'when', 'where', 'who', 'about']);

/** A day right after a cue and before "that" ("suggested on Sunday that", "found last week that"). */
const DAY_BEFORE_THAT = /^\s+(?:on\s+)?(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:last|this)\s+(?:week|month|year)|in\s+(?:january|february|march|april|may|june|july|august|september|october|november|december))\s+that\b/i;

/** A court's vote between "ruled" and "that" ("ruled 5-3 that", "ruled 7 to 2 that", "ruled unanimously on Monday that"). Id: `cues/ruling-tally`. */
const TALLY_BEFORE_THAT = /^\s+(?:\d+\s*(?:-|–|to)\s*\d+|unanimously)(?:\s+on\s+\p{L}+day)?\s+that\b/iu;

/** Verbs of finding and showing, which report only with a clause or a study, poll or report as subject. */
const FINDING_VERBS: ReadonlySet<string> = new Set(['find', 'show', 'indicate', 'reveal', 'suggest']);

/**
 * Documents whose findings news attributes ("a poll by X shows", "the report found", "an estimate by the budget
 * office found"): the study documents of the document-source stage, and data that show without an author.
 */
const STUDY_NOUNS: ReadonlySet<string> = new Set([...STUDY_DOCUMENTS, 'data', 'figures', 'statistics']);

function isPassive(tokens: readonly Token[], i: number): boolean {
  const tok = tokens[i] as Token;
  // (irregular participles of perceiving and knowing too: "Tremors were felt", "the flash was seen")
  if (!/(?:ed|told|said|found|shown|thought|written|sworn|felt|seen|heard|known|understood)$/.test(tok.lower)) return false;
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    const t = tokens[k] as Token;
    // '"It is going to be close," said two strategists': a quote's last words are no auxiliary of the cue
    if (/["”»]/.test(t.post)) return false;
    if (BE_FORMS.has(t.lower)) return true;
    if (!(t.tags.has('Adverb') || t.tags.has('Negative'))) return false;
  }
  return false;
}

function byAgent(tokens: readonly Token[], last: number): boolean {
  return tokens[last + 1]?.lower === 'by';
}

/** Participles that modify a study before its verb ("a poll released last week found"). */
const STUDY_PARTICIPLES = /^(?:released|published|conducted|commissioned|issued|compiled|carried|out|presented|made|public|filed|obtained|posted|leaked|prepared|submitted|circulated|unveiled|delivered)$/;

/**
 * The index of the study, poll or report that is the subject of the cue at i ("A poll by the institute shows",
 * "a poll released last week found"), or -1.
 */
export function studyNounBefore(tokens: readonly Token[], i: number): number {
  for (let k = i - 1; k >= Math.max(0, i - 8); k--) {
    const t = tokens[k] as Token;
    // "According to media reports, police found a body": a comma ends the phrase before the study noun
    if (/[,;:]/.test(t.post)) return -1;
    if (STUDY_NOUNS.has(t.lower)) return k;
    if ( (t.tags.has('Verb') && !t.tags.has('Auxiliary') && !STUDY_PARTICIPLES.test(t.lower))) return -1;
  }
  return -1;
}

function studySubject(tokens: readonly Token[], i: number): boolean {
  return studyNounBefore(tokens, i) >= 0;
}

/**
 * "Documents show the board discussed the defect", "Court records show the company paid", "Internal memos reveal the
 * plan was dropped": a leaked or legal paper (any document word of the document-source stage) as the subject of a
 * finding verb with a clause after it, "that" or not; "The letter shows the company's logo" has no clause. Before, only
 * a study, data or a "that" made the finding a claim. Id: `cues/document-finding` (round 25, leaked documents).
 */
// ("According to a report in X, an internal memo showed the company had ...": the finding is the outer source's
// content, as a nested saying without its own "that" is)
function documentFinding(tokens: readonly Token[], i: number): boolean {
  if (tokens.some((t, k) => k < i && t.lower === 'according' && tokens[k + 1]?.lower === 'to')) return false;
  for (let k = i - 1; k >= Math.max(0, i - 8); k--) {
    const t = tokens[k] as Token;
    if (/[,;:]/.test(t.post)) return false;
    if (isDocumentWord(t.lower)) return opensClause(tokens, i + 1);
    if (t.tags.has('Verb') && !t.tags.has('Auxiliary') && !STUDY_PARTICIPLES.test(t.lower) && !/^(?:seen|reviewed|viewed|sent)$/.test(t.lower)) return false;
  }
  return false;
}

/** Words after which a reporting participle continues the clause's subject ("justified it by saying"). */
const PARTICIPLE_INTRODUCERS: ReadonlySet<string> = new Set(['by', 'in', 'after', 'before', 'while', 'when', 'as', 'later', 'also', 'then', 'further']);

/**
 * "endorsed Clinton, ending a bitter fight and urging his supporters to vote": an -ing form joined by "and" to a
 * participle set off by a comma is a participle of the same clause, with no finite verb between. Id:
 * `cues/joined-participle`.
 */
function joinedToParticiple(tokens: readonly Token[], i: number): boolean {
  if (!/^(?:and|but)$/.test(tokens[i - 1]?.lower ?? '')) return false;
  for (let j = i - 2; j >= Math.max(1, i - 12); j--) {
    const t = tokens[j] as Token;
    if (/[;:"“”]/.test(t.post)) return false;
    if (t.lower.endsWith('ing') && /,\s*$/.test((tokens[j - 1] as Token).post)) return true;
    if (t.tags.has('Verb') && !t.tags.has('Gerund') && !t.lower.endsWith('ing') && !t.tags.has('Participle') && !t.tags.has('Adjective')) return false;
  }
  return false;
}

/** Messages that carry what their author says ("a statement saying", "a letter stating"). */
const MESSAGE_NOUNS: ReadonlySet<string> = new Set(['statement', 'letter', 'memo', 'post', 'message', 'note', 'tweet', 'release', 'communique', 'communiqué', 'email', 'video', 'speech', 'report', 'interview', 'directors', 'board',
  // ("because of reports stating that ...", "after letters saying ...")
  'reports', 'letters', 'statements', 'documents', 'emails', 'messages', 'posts', 'tweets']);

export function findCues(sentence: TaggedSentence, quotes: readonly Span[]): Cue[] {
  const cues: Cue[] = [];
  for (let i = 0; i < sentence.tokens.length; i++) {
    if (insideQuote(quotes, (sentence.tokens[i] as Token).start)) continue;
    const cue = cueAt(sentence, i);
    if (!cue) continue;
    cues.push(cue);
    if (cue.according) i++;
    // ("refused to accept": the verb refused is inside the cue)
    if (cue.lemma === 'refuse') i = cue.last;
  }
  return cues.filter((cue, k) => !stateJoinedToSaid(sentence, cues, k));
}

/** Sayings whose clause a speaker's plan or wish joined by "and" goes on ("said it would ... and planned to ..."). */
const CLAUSE_SAYINGS: ReadonlySet<string> = new Set(['say', 'tell', 'announce', 'add', 'state', 'confirm', 'explain', 'insist', 'note', 'claim']);
/** Plans, wishes and expectations with an infinitive ("planned to", "hoped to", "expected the government to"). */
const JOINED_STATES: ReadonlySet<string> = new Set(['plan', 'hope', 'intend', 'expect', 'want', 'wish']);

/**
 * "Nordwind said it would cut 2,000 jobs and planned to close two bases", "said Britain condemned the attack and
 * expected the government to act": a plan, wish or expectation joined by "and" to the clause of an earlier saying in
 * the sentence, with an infinitive after it, goes on with what was said; no claim of its own that cuts the saying's
 * content short. The said clause must hold a verb of its own (a tensed verb or a modal), so "said and planned" is not
 * read so. Id: `cues/state-joined-to-said` (round 17).
 */
function stateJoinedToSaid(sentence: TaggedSentence, cues: readonly Cue[], k: number): boolean {
  const cue = cues[k] as Cue;
  const { tokens } = sentence;
  if (!JOINED_STATES.has(cue.lemma) || cue.participial || cue.nominal || cue.according || tokens[cue.first - 1]?.lower !== 'and') return false;
  if (!tokens.slice(cue.last + 1, cue.last + 5).some((t) => t.lower === 'to')) return false;
  const saying = cues.slice(0, k).findLast((c) => CLAUSE_SAYINGS.has(c.lemma) && !c.according && !c.nominal);
  if (!saying) return false;
  const clause = tokens.slice(saying.last + 1, cue.first - 1);
  return clause.length >= 2 && clause.some((t) => t.tags.has('Modal') || (t.tags.has('Verb') && (t.tags.has('PastTense') || t.tags.has('PresentTense')) && !t.tags.has('Infinitive')));
}

/** The cue at token `i`: "according to", a claim noun, an adjective of belief, or a reporting verb. */
function cueAt(sentence: TaggedSentence, i: number): Cue | null {
  const { tokens } = sentence;
  const tok = tokens[i] as Token;
  if (tok.lower === 'according' && tokens[i + 1]?.lower === 'to') {
    return { first: i, last: i + 1, lemma: 'according to', kind: 'report', text: `${tok.text} ${(tokens[i + 1] as Token).text}`, participial: false, according: true };
  }
  const ruledOut = ruledOutCue(sentence, i) ?? refusedRecognitionCue(sentence, i) ?? viewFrameCue(sentence, i);
  if (ruledOut) return ruledOut;
  const lemma = reportingLemma(tok.lower);
  // "her warning that", "the governor's claim that": a claim noun (some are also verb forms) with its possessor
  const nominal = claimNounCue(tokens, i);
  const belief = lemma ? null : beliefAdjectiveCue(tokens, i);
  const extra = nominal ?? belief;
  if (extra) {
    return { ...extra, text: sentence.text.slice((tokens[extra.first] as Token).start - sentence.start, tok.end - sentence.start) };
  }
  // "State media said ...", "State television reported ...": a bare verb form opening the sentence before a noun
  // has no subject and reports nothing (the tagger reads "State" as an imperative)
  if (lemma && i === 0 && tok.tags.has('Infinitive') && tokens[1]?.tags.has('Noun') && !/[,:"“]/.test(tok.post)) return null;
  if (lemma && statesAsNoun(tokens, i)) return null;
  // ("As Reyes put it, ...": the saying's own frame before the figure-giving "put" of the lexicon)
  if (lemma) return (lemma === 'put' ? asPutCue(sentence, i) : null) ?? verbCue(sentence, i, lemma);
  return cognitionCue(sentence, i) ?? asPutCue(sentence, i) ?? quoteFrameCue(sentence, i) ?? retortCue(sentence, i);
}

/**
 * "He ruled out further job cuts this year", "The minister ruled out a snap election", "..., ruling out talks with the
 * rebels": excluding a course of action is a rejection of it, whatever the object (a ruling's "ruled that" stays a
 * cognition cue; "ruled the goal out" splits the particle and stays no claim). Id: `cues/ruled-out` (round 16).
 */
function ruledOutCue(sentence: TaggedSentence, i: number): Cue | null {
  const { tokens } = sentence;
  const tok = tokens[i] as Token;
  const next = tokens[i + 1];
  if (!/^(?:ruled|rules|rule|ruling)$/.test(tok.lower) || next?.lower !== 'out' || /[,;:.!?]/.test(tok.post) || /[;:.!?]/.test(next.post) || i + 2 >= tokens.length) return null;
  const afterComma = /,\s*$/.test(tokens[i - 1]?.post ?? '');
  if (tok.lower === 'ruling' && !afterComma) return null;
  // (an infinitive or a modal before it keeps the act unperformed: "refused to rule out", "could not rule out" still
  // reject, as their negation is the speaker's; "did not rule out" leaves the door open, no rejection)
  if (/^(?:not|never|n['’]t)$/.test(tokens[i - 1]?.lower ?? '') || /n['’]t$/.test(tokens[i - 1]?.lower ?? '')) return null;
  return { first: i, last: i + 1, lemma: 'rule out', kind: 'rejection', text: sentence.text.slice(tok.start - sentence.start, next.end - sentence.start), participial: tok.lower === 'ruling', according: false };
}

/** Stances a refusal withholds: accepting, recognising, acknowledging or endorsing a result, a vote or a body. */
const REFUSED_STANCES = /^(?:accept|recognise|recognize|acknowledge|endorse|concede)$/;

/**
 * "Opposition parties refused to accept the result", "The rebels refused to recognise the new government", "declined
 * to accept the offer": a refusal of a stance is the speaker's rejection of its object (a refusal of an act, "refused
 * to leave", is none). Id: `cues/refused-recognition` (round 17).
 */
function refusedRecognitionCue(sentence: TaggedSentence, i: number): Cue | null {
  const { tokens } = sentence;
  const tok = tokens[i] as Token;
  if (!/^(?:refused|refuses|refuse|refusing|declined|declines|decline|declining)$/.test(tok.lower) || tokens[i + 1]?.lower !== 'to') return null;
  const verb = tokens[i + 2];
  if (!verb || !REFUSED_STANCES.test(verb.lower) || /[,;:.!?]/.test(verb.post) || i + 3 >= tokens.length) return null;
  const afterComma = /,\s*$/.test(tokens[i - 1]?.post ?? '');
  return { first: i, last: i + 2, lemma: 'refuse', kind: 'rejection', text: sentence.text.slice(tok.start - sentence.start, verb.end - sentence.start), participial: /ing$/.test(tok.lower) && afterComma, according: false };
}

/**
 * "The two Gulf states met", "Floods hit Assam and Bihar states.", "the Baltic states said": "states" after a
 * capitalised word, then a verb or the sentence's end, is the plural noun of countries or provinces, no reporting
 * verb ("The report states that", "Smith states the obvious" keep the verb). Id `cues/states-noun` (round 11, names11).
 */
function statesAsNoun(tokens: readonly Token[], i: number): boolean {
  const tok = tokens[i] as Token;
  const prev = tokens[i - 1];
  if (tok.lower !== 'states' || !prev || /[,;:"“]/.test(prev.post)) return false;
  if (governedPlural(tokens, i)) return true;
  if (!/^\p{Lu}/u.test(prev.text) || /[,;:"“]/.test(tok.post)) return false;
  const next = tokens[i + 1];
  return next === undefined || /^[.!?]/.test(tok.post.trim()) || (next.tags.has('Verb') && next.lower !== 'that');
}

/** Words that only a noun phrase can follow: prepositions and quantifiers ("for the", "several", "two"). */
const NOUN_PHRASE_OPENERS: ReadonlySet<string> = new Set(['of', 'for', 'by', 'from', 'with', 'among', 'between', 'to', 'on', 'in', 'at', 'against', 'behalf', 'several', 'many', 'some', 'all', 'other', 'both', 'most', 'few', 'two', 'three', 'four', 'five', 'six', 'member']);

/**
 * "speaking on behalf of the Baltic states, said", "backed by the Nordic states", "Several Arab states said": "states"
 * closing a noun phrase that a preposition or a quantifier opens, past at most a determiner and two modifiers, is the
 * plural noun whatever follows it (a comma closing an aside hid it: "the Baltic states" gave a false claim "states"
 * spoken by "Baltic"). Id: `cues/states-noun` (round 25).
 */
function governedPlural(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    const t = tokens[k] as Token;
    if (k < i - 1 && /[,;:"“]/.test(t.post)) return false;
    if (NOUN_PHRASE_OPENERS.has(t.lower)) return true;
    if (!(t.lower === 'the' || /^\p{Lu}/u.test(t.text) || t.tags.has('Adjective'))) return false;
  }
  return false;
}

/**
 * Verbs of attack that answer in speech with "back": "shot back that", "fired back:", "hit back, saying", '"...," she
 * snapped back'. Only before "that", a colon or a quote, or closing a quote: "fired back at the troops", "hit back
 * with air strikes" act. The verbs stay out of the reporting lexicon, where the event stage reads them as attacks.
 * Id: `cues/retort-back`.
 */
const RETORT_BACK = /^(?:fire[sd]?|firing|shot|shoots?|shooting|hit|hits|hitting|snap(?:s|ped)?|snapping|str(?:ike|ikes|uck)|striking)$/;
function retortCue(sentence: TaggedSentence, i: number): Cue | null {
  const { tokens } = sentence;
  const tok = tokens[i] as Token;
  const back = tokens[i + 1];
  if (!RETORT_BACK.test(tok.lower) || back?.lower !== 'back' || /[,;:"“”]/.test(tok.post)) return null;
  const after = tokens[i + 2];
  const opens = after?.lower === 'that' || /^\s*[,:]?\s*["“«]/.test(back.post) || /^\s*:/.test(back.post) || /["“«]/.test(after?.pre ?? '');
  const closesQuote = i > 0 && /["”»]/.test(sentence.text.slice(0, tok.start - sentence.start)) && /^[.!?"”»\s]*$/.test(back.post + sentence.text.slice(back.end - sentence.start));
  if (!opens && !closesQuote) return null;
  const participial = tok.lower.endsWith('ing') && /,\s*$/.test(tokens[i - 1]?.post ?? '');
  return { first: i, last: i + 1, lemma: 'retort', kind: 'statement', text: `${tok.text} ${back.text}`, participial, according: false };
}

/**
 * "In his view, the levy would push employers to cut jobs.", "In Ms Feld's opinion, the trials prove the case.": a
 * fronted "in <possessor> view/opinion" frames the clause after its comma as the possessor's judgement, as "As Reyes
 * put it, ..." frames a saying (PARC counts such source phrases). Only opening the sentence, with a possessive right
 * before the noun; "in the view of" and "in view of the risks" are left out. Id: `cues/in-my-view` (round 23).
 */
function viewFrameCue(sentence: TaggedSentence, i: number): Cue | null {
  const { tokens } = sentence;
  const tok = tokens[i] as Token;
  if (!/^(?:view|opinion|judgment|judgement|estimation)$/.test(tok.lower) || !/^\s*,/.test(tok.post)) return null;
  const owner = tokens[i - 1];
  const possessive = owner !== undefined && (/^(?:his|her|their|its)$/.test(owner.lower) || /^\p{Lu}.*['’]s?$/u.test(owner.text));
  const opener = tokens.findIndex((t) => t.lower === 'in');
  if (!possessive || opener !== 0 || i - opener > 4) return null;
  return { first: i, last: i, lemma: 'view', kind: 'assessment', text: tok.text, participial: false, according: false, asPut: true, nominal: true };
}

/** "As Reyes put it in an interview, the party needs ...": "put it" after "as" and a subject of one to four words. */
function asPutCue(sentence: TaggedSentence, i: number): Cue | null {
  const { tokens } = sentence;
  const tok = tokens[i] as Token;
  if (!/^(?:put|puts)$/.test(tok.lower) || tokens[i + 1]?.lower !== 'it') return null;
  const as = tokens.slice(Math.max(0, i - 5), i).findLastIndex((t) => t.lower === 'as');
  if (as < 0 || !/,/.test(sentence.text.slice((tokens[i + 1] as Token).end - sentence.start))) return null;
  return { first: i, last: i + 1, lemma: 'put', kind: 'statement', text: `${tok.text} it`, participial: false, according: false, asPut: true };
}

/** Words that may open a clause without "that" ("knows the race is close", "realized she had lost"). */
function opensClause(tokens: readonly Token[], i: number): boolean {
  const first = tokens[i];
  if (!first || !(first.tags.has('Determiner') || first.tags.has('Pronoun') || first.tags.has('ProperNoun'))) return false;
  if (/^(?:him|her|them|me|us|it|this|these|those|that)$/.test(first.lower) && !tokens[i + 1]?.tags.has('Verb')) return false;
  for (let k = i + 1; k < Math.min(tokens.length, i + 6); k++) {
    const t = tokens[k] as Token;
    if (t.tags.has('Verb') && !t.tags.has('Gerund') && !t.tags.has('Infinitive')) return !/^to$/.test(tokens[k - 1]?.lower ?? '');
    if (/[,;:]/.test(t.post) || t.tags.has('Preposition')) return false;
  }
  return false;
}

/**
 * "knows the race is close", "learned that her aide had leaked the memo", "agreed that the vote should wait": a
 * verb of knowing or perceiving with a clause, as a finite verb of its subject (not passive, not a participle).
 */
function cognitionCue(sentence: TaggedSentence, i: number): Cue | null {
  const { tokens } = sentence;
  const tok = tokens[i] as Token;
  const lemma = cognitionLemma(tok.lower);
  const next = tokens[i + 1];
  // "ruled on Tuesday that", "determined in March that": the day of the ruling stands before "that"; "ruled 5-3
  // that", "ruled unanimously that": so does the vote of a court
  const rest = sentence.text.slice(tok.end - sentence.start);
  const gapThat = next?.lower !== 'that' && (DAY_BEFORE_THAT.test(rest) || (lemma === 'rule' && TALLY_BEFORE_THAT.test(rest)));
  const thatAt = next?.lower === 'that' ? i + 1 : gapThat ? tokens.findIndex((t, k) => k > i && t.lower === 'that') : -1;
  // "..., ruling that it targeted black voters": a participle after a comma with "that" reports for the subject
  const participial = /ing$/.test(tok.lower) && /,\s*$/.test(tokens[i - 1]?.post ?? '') && thatAt > i;
  if (!lemma || !(tok.tags.has('Verb') || participial || quantifierSubjectVerb(tokens, i)) || (tok.tags.has('Gerund') && !participial) || isPassive(tokens, i)) return null;
  const entry = COGNITION_VERBS[lemma] as { kind: ClaimKind; needsThat: boolean };
  // ("held that post", "has held that seat": "that" before a noun is a determiner; a holding needs its own clause)
  const clause = thatAt > i ? (lemma === 'hold' ? heldClause(tokens, thatAt + 1) : !(tokens[thatAt + 1]?.tags.has('Verb') ?? true)) : !entry.needsThat && opensClause(tokens, i + 1);
  const characterised = lemma === 'remember' && rememberedAs(tokens, i);
  if (!clause && !characterised && !(lemma === 'hear' && courtHeardAfter(sentence, i))) return null;
  return { first: i, last: i, lemma, kind: characterised ? 'assessment' : entry.kind, text: tok.text, participial, according: false };
}

/**
 * "remembered him as a generous mentor", "Colleagues remember Aasen as fearless": a tribute that characterises a
 * person, as "described him as" does (an `assessment`); a name or pronoun of one to three words, then "as" and a noun
 * phrase or an adjective. Not "remembered the day as if", "remember it as a child" keeps the phrase too (rare in
 * news). Id: `cues/remembered-as` (round 25, obituaries and tributes).
 */
function rememberedAs(tokens: readonly Token[], i: number): boolean {
  for (let k = i + 1; k <= Math.min(tokens.length - 2, i + 3); k++) {
    const t = tokens[k] as Token;
    if (/[,;:.!?]/.test(t.post)) return false;
    const next = tokens[k + 1] as Token;
    if (next.lower === 'as') {
      const after = tokens[k + 2];
      return after !== undefined && after.lower !== 'if' && after.lower !== 'well' && (after.tags.has('Determiner') || after.tags.has('Adjective') || after.tags.has('Possessive'));
    }
    if (!(t.tags.has('Pronoun') || t.tags.has('ProperNoun'))) return false;
  }
  return false;
}

/**
 * The clause after a court's "held that": a subject and its verb ("held that the agency had exceeded", "held that
 * plaintiffs lacked standing"); not "held that post until 2010". Id: `cues/court-held-that` (round 23).
 */
function heldClause(tokens: readonly Token[], i: number): boolean {
  const first = tokens[i];
  const second = tokens[i + 1];
  if (first?.tags.has('Plural') && second?.tags.has('Verb') && !second.tags.has('Gerund')) return true;
  return opensClause(tokens, i);
}

/** Bodies that hear evidence in court reports ("the court heard", "the inquiry heard", "Southwark Crown Court heard"). */
const HEARING_BODIES = /^(?:court|jury|tribunal|inquiry|inquest|hearing|committee|panel|trial)$/;

/**
 * "Chadwick claimed more than £20,000 for a second home, Southwark Crown Court heard.", "He had repaid the money, the
 * inquest heard.": "heard" closing the sentence after a hearing body set off by a comma attributes the clause before
 * it (UK court reporting). Id: `cues/court-heard-after` (round 13).
 */
function courtHeardAfter(sentence: TaggedSentence, i: number): boolean {
  const { tokens } = sentence;
  const tok = tokens[i] as Token;
  if (!HEARING_BODIES.test(tokens[i - 1]?.lower ?? '') || !/^[.!?"”’'\s]*$/.test(sentence.text.slice(tok.end - sentence.start))) return false;
  for (let k = i - 2; k >= Math.max(1, i - 6); k--) {
    const t = tokens[k] as Token;
    if (/,\s*$/.test(t.post)) return true;
    if (!/^\p{Lu}/u.test(t.text) && t.lower !== 'the') return false;
  }
  return false;
}

/**
 * '"..., " Weller continued.', 'she joked: "..."': a verb that reports only when it frames a quote, right after
 * the quote and its speaker (ending the sentence), or right before a quote.
 */
/** What may follow a quote-framing verb after the quote: nothing, or one short phrase of circumstance with no clause. */
const QUOTE_FRAME_REST = /^\s*(?:(?:from|at|to|in|on|into|across|over|through|after|before|during|with|amid|outside|inside|again|later|once more)(?:\s+[^\s,;:"“”.!?]+){0,5}?)?[.!?"”»\s]*$/u;

function quoteFrameCue(sentence: TaggedSentence, i: number): Cue | null {
  const { tokens } = sentence;
  const tok = tokens[i] as Token;
  const lemma = own(QUOTE_FRAME_VERBS, tok.lower);
  if (!lemma) return null;
  const opensQuote = /^\s*[,:]\s*["“«]/.test(tok.post) || (/^\s*[,:]\s*$/.test(tok.post) && /["“«]/.test(tokens[i + 1]?.pre ?? ''));
  // the speaker (one to four words) stands between the closing quote and the verb, and nothing follows it
  let k = i - 1;
  while (k > 0 && i - k < 4 && !/["”»]/.test((tokens[k - 1] as Token).post) && /^\p{Lu}|^(?:he|she|they|it|we|i)$/u.test((tokens[k] as Token).text)) k--;
  // ('"We were robbed!" Morales shouted from the stage.', '"...," she continued after a pause.': one phrase of place,
  // time or manner may follow the verb; round 18, `cues/quote-frame-circumstance`)
  const closesQuote = k > 0 && /["”»]/.test((tokens[k - 1] as Token).post) && QUOTE_FRAME_REST.test(tok.post + sentence.text.slice(tok.end - sentence.start));
  if (!opensQuote && !closesQuote) return null;
  return { first: i, last: i, lemma, kind: 'statement', text: tok.text, participial: false, according: false };
}

/** Whether the word at `i` is a verb here, where compromise's tags may read it as a noun. */
function readsAsVerb(tokens: readonly Token[], i: number): boolean {
  const tok = tokens[i] as Token;
  const prevTok = tokens[i - 1];
  // (a comma may close a quoted programme title first: 'told ABC's "Good Morning America," insisting ...'; round 14,
  // `cues/participle-after-quoted-title`)
  const afterComma = prevTok !== undefined && /,\s*["”]?\s*$/.test(prevTok.post);
  // compromise sometimes tags a participle after a comma as a noun ("these, saying ...")
  // ... and one after the noun phrase of an absolute "with" clause ("with party leaders warning of ...")
  const participleForm = tok.lower.endsWith('ing') && (afterComma || (prevTok !== undefined && PARTICIPLE_INTRODUCERS.has(prevTok.lower)) || /^[,:]?\s*["“]/.test(tok.post) || (/^[,:]\s*$/.test(tok.post) && /["“]/.test(tokens[i + 1]?.pre ?? '')) || absoluteWithAt(tokens, i) >= 0);
  const intentionTo = /^(?:plans|hopes|wants|intends|expects|vows|promises|pledges|threatens)$/.test(tok.lower) && tokens[i + 1]?.lower === 'to';
  // "in Tuesday's primary, said that": compromise may read "said" as a noun after an adjective-like word; the
  // forms of "say" and "tell" are never nouns except after an article ("the said property")
  const sayForm = /^(?:said|says|told|tells)$/.test(tok.text) && !(prevTok && /^(?:the|a|an)$/.test(prevTok.lower));
  // ("Some analysts counter that ...", "many economists retort that ...": a lower-case plural subject too; round 18,
  // `cues/present-after-plural`)
  const forecastVerb = forecastAsVerb(tokens, i) || presentAfterPlural(tokens, i);
  // ("Some Democrats worry that ...", "Conservatives argue that ...": after a plural name the tagger may read the bare
  // verb as a noun; before "that" it is the verb; round 18, `cues/verb-after-plural-name`)
  const afterPluralName = prevTok !== undefined && /^\p{Lu}\p{Ll}+s$/u.test(prevTok.text) && /^\s+$/.test(prevTok.post) && tokens[i + 1]?.lower === 'that' && reportingLemma(tok.lower) === tok.lower;
  const afterQuantifier = quantifierSubjectVerb(tokens, i);
  const isVerb = tok.tags.has('Verb') || tok.tags.has('Gerund') || participleForm || framesQuote(tokens, i) || intentionTo || sayForm || forecastVerb || afterPluralName || afterQuantifier;
  if (!isVerb || afterQuantifier) return isVerb;
  // "Quint's campaign plans to spend": a verb of intention after a noun and before "to" (not "the plans to")
  const intends = intentionTo && prevTok !== undefined && prevTok.tags.has('Noun') && !prevTok.tags.has('Determiner') && !/[,;:]/.test(prevTok.post);
  return !(tok.tags.has('Noun') && !tok.tags.has('Gerund') && !participleForm && !intends && !sayForm && !forecastVerb && !afterPluralName);
}

/** Quantifiers that stand alone as a subject for a group named before ("many warn", "some worry", "most fear"). */
const QUANTIFIER_PRONOUNS = /^(?:many|some|most|others|several|few|both|all)$/;

/**
 * "Economists say the tax works, but many warn that ...", "Doctors say it is safe, but some worry that ...", "Most fear
 * that ...": a base-form verb before "that" after a quantifier opening its clause, which the tagger reads as a noun
 * ("many warn" as a noun phrase). Id: `cues/verb-after-quantifier` (round 22).
 */
function quantifierSubjectVerb(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const before = tokens[i - 2];
  if (prev === undefined || !QUANTIFIER_PRONOUNS.test(prev.lower) || tokens[i + 1]?.lower !== 'that' || /[,;:]/.test(prev.post)) return false;
  const opens = before === undefined || /[,;:"“”—–]\s*$/.test(before.post) || /^(?:and|but|while|whereas|though|although|yet)$/.test(before.lower);
  return opens && /^\p{Ll}+$/u.test((tokens[i] as Token).text) && !/(?:ed|ing|s)$/.test((tokens[i] as Token).lower);
}

/** Whether the word at `i` is a base-form reporting verb between a plural noun subject and "that" ("Critics counter that"). */
function presentAfterPlural(tokens: readonly Token[], i: number): boolean {
  const tok = tokens[i] as Token;
  const prev = tokens[i - 1];
  if (tokens[i + 1]?.lower !== 'that' || prev === undefined || /[,;:'’"”]/.test(prev.post) || /['’]$/.test(prev.text)) return false;
  // ("Census figures show that", "Court records show that": the tagger may read a document noun as a verb and the
  // finding verb after it as a noun; a plural document word is the subject all the same; round 22,
  // `cues/finding-after-document`)
  const plural = prev.tags.has('Plural') || (/s$/.test(prev.lower) && isDocumentWord(prev.lower));
  if (reportingLemma(tok.lower) !== tok.lower) return false;
  return (plural && !prev.tags.has('Determiner') && !prev.tags.has('Pronoun')) || pluralDocumentPhraseBefore(tokens, i);
}

/**
 * "Emails obtained by the newspaper show that", "Internal memos reviewed by the agency reveal that": a plural document
 * noun with its participle's phrase before a base-form verb and "that"; the tagger reads the verb as a noun after the
 * phrase's last noun. Id: `cues/finding-after-document` (round 22).
 */
function pluralDocumentPhraseBefore(tokens: readonly Token[], i: number): boolean {
  for (let j = i - 1; j >= Math.max(0, i - 8); j--) {
    const t = tokens[j] as Token;
    if (/[,;:()"“”]/.test(t.post)) return false;
    if (/s$/.test(t.lower) && isDocumentWord(t.lower)) return j === i - 1 || /^\p{Ll}+ed$/u.test(tokens[j + 1]?.text ?? '') || /^(?:from|by|of)$/.test(tokens[j + 1]?.lower ?? '');
  }
  return false;
}

/** Subjects of a forecast in business news, besides names: the company of the story, forecasters, pronouns. */
const FORECASTERS = /^(?:company|group|firm|bank|carrier|airline|retailer|lender|insurer|carmaker|automaker|ministry|government|treasury|agency|fund|it|they|he|she|we|analysts|economists|forecasters|traders|investors|executives)$/;

/**
 * "The company forecast full-year earnings of $4.10 a share", "Analysts had forecast earnings of $1.79", "Kordwerk
 * forecast that ...": "forecast(s)" the tagger reads as a noun is the verb after an auxiliary, or after a
 * forecaster or a capitalised name that opens the clause, before its object or "that" ("the profit forecast rose",
 * "Kordwerk's forecast", "The IMF forecast for 2017 was cut" stay nouns). Id: `cues/forecast-verb` (round 13).
 */
function forecastAsVerb(tokens: readonly Token[], i: number): boolean {
  const tok = tokens[i] as Token;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (!/^forecasts?$/.test(tok.lower) || !prev || !next || /[,;:"“”]/.test(prev.post + tok.post)) return false;
  const object = next.lower === 'that' || ((next.tags.has('Determiner') || next.tags.has('Adjective') || next.tags.has('Value') || next.tags.has('Noun') || next.tags.has('Possessive')) && !next.tags.has('Verb') && !next.tags.has('Preposition'));
  const subject = /^(?:had|has|have|also|previously|earlier|now)$/.test(prev.lower) || FORECASTERS.test(prev.lower) || (/^\p{Lu}/u.test(prev.text) && !/['’]/.test(prev.text));
  return object && subject;
}

/**
 * Verbs that report only with the words their reporting sense takes after them; with anything else they act or
 * mean something else ("appealed the ruling", "pointed at", "Insurance claims rose", "went on to win", "posted a loss").
 */
/**
 * What is claimed as money, a benefit or lives: an amount, or a noun of payment or of loss ("claimed more than £20,000
 * for a second home", "claimed expenses", "The fire claimed 12 lives": claiming them is an act; "claimed
 * responsibility", "claimed victory" report); accepting them too ("had accepted more than $300,000", "accepted bribes";
 * "accepted that he was wrong" reports). Id: `cues/claimed-money` (round 13).
 */
const CLAIMED_THINGS = /^(?:expenses|benefits|allowances|compensation|damages|refunds?|rebates?|subsidies|grants|pensions?|payments?|lives|asylum|overtime|mileage|bribes?|kickbacks?|donations?|gifts?|cash|money|loans?|bailout)$/;

function claimedThing(tokens: readonly Token[], j: number): boolean {
  let k = j;
  // "more than", "nearly", "about", "up to", "the", "his": quantity and determiner words before the amount or noun
  while (k < j + 3 && /^(?:more|less|than|nearly|almost|about|around|over|under|up|to|some|at|least|the|his|her|their|its|a|an|further|additional|unemployment|housing|travel|disability)$/.test(tokens[k]?.lower ?? '')) k++;
  const t = tokens[k];
  if (!t) return false;
  return /^[£$€¥]/.test(t.text) || (t.tags.has('Value') && /^(?:lives|pounds|dollars|euros|million|billion)$/.test(tokens[k + 1]?.lower ?? '')) || CLAIMED_THINGS.test(t.lower);
}

/**
 * "testified against the mayor", "testified before the committee for six hours": testimony reports only with "that", a
 * clause or a quote after it ("testified that he had been paid", "testified before Congress that ..."), or a quote
 * closed before the cue ('"We should have been more aggressive," Gina McCarthy testified.'; round 15,
 * `cues/testified-after-quote`).
 */
function testimonyGiven(tokens: readonly Token[], i: number): boolean {
  const tok = tokens[i] as Token;
  const next = tokens[i + 1];
  return /^[,:]?\s*["“]/.test(tok.post) || /["“]/.test(next?.pre ?? '') || opensClause(tokens, i + 1) || thatBeforeComma(tokens, i + 1) || tokens.slice(0, i).some((t) => /[,.!?]\s*["”]/.test(t.post));
}

/**
 * "would consider them carefully", "will consider the proposal", "considered the bill on Tuesday": an object with
 * nothing said of it (the sentence's end, a comma, an adverb, a preposition or "and" follows) is weighed, no belief
 * ("considers the plan a disaster", "considered him a threat" judge). Id: `cues/consider-object` (round 13).
 */
function weighsObject(tokens: readonly Token[], j: number): boolean {
  const first = tokens[j] as Token;
  let end = j;
  if (/^(?:them|it|this|that|these|those)$/.test(first.lower)) end = j;
  else if (/^(?:the|a|an|its|his|her|their|our)$/.test(first.lower)) {
    // (an adjective after the head noun is said of it: "considers the economy weak")
    const extends_ = (t: Token): boolean => !t.tags.has('Pronoun') && (t.tags.has('Noun') || (t.tags.has('Adjective') && !(tokens[end] as Token).tags.has('Noun')));
    while (end + 1 < tokens.length && end - j < 4 && !/[,;:.]/.test((tokens[end] as Token).post) && extends_(tokens[end + 1] as Token)) end++;
    if (end === j) return false;
  } else return false;
  const after = tokens[end + 1];
  return after === undefined || /[,;:.!?]/.test((tokens[end] as Token).post) || /^(?:carefully|closely|seriously|further|fully|again|and|or|on|at|in|before|after|during|next|this|when|if|whether)$/.test(after.lower);
}

/**
 * "His spokeswoman, Hope Hicks, did not respond", "adviser Grant Harlan said": a capitalised cue word inside the
 * sentence right before another capitalised word is a given name (round 15, `cues/given-name-not-cue`).
 */
function givenNameCue(tokens: readonly Token[], i: number): boolean {
  const tok = tokens[i] as Token;
  return i > 0 && /^\p{Lu}\p{Ll}/u.test(tok.text) && /^\s+$/.test(tok.post) && /^\p{Lu}\p{Ll}/u.test(tokens[i + 1]?.text ?? '') && !/[.!?:"“”]\s*$/.test((tokens[i - 1] as Token).post);
}

/**
 * "after writing down the value of its unit", "wrote off $2 billion in loans": the accounting verbs, no writing
 * (round 15, `cues/write-down-off`).
 */
function accountingWrite(tokens: readonly Token[], i: number, lemma: string): boolean {
  return lemma === 'write' && /^(?:down|off|up)$/.test(tokens[i + 1]?.lower ?? '') && !/[,:]/.test((tokens[i] as Token).post);
}

/**
 * "must report to prison", "the agency reports to the ministry": reporting to a place or a superior is an act unless
 * "that" or a quote follows ("reported to police that ..."); "is reported to have fled" (an infinitive) still reports.
 * "The report added to signs the economy is recovering", "the strike added to pressure on the government": adding "to"
 * a thing increases it; a speaker adds to someone only before a quote or "that" (round 16 lead, `cues/added-to`).
 */
function toPlaceOrThing(tokens: readonly Token[], i: number, lemma: string): boolean {
  if (tokens[i + 1]?.lower !== 'to' || thatBeforeComma(tokens, i + 1) || /["“]/.test(tokens.slice(i + 1, i + 8).map((t) => t.pre + t.post).join(''))) return false;
  if (lemma === 'report') return !(tokens[i + 2]?.tags.has('Verb') && !tokens[i + 2]?.tags.has('Noun'));
  return lemma === 'add' && !/[,:]/.test((tokens[i] as Token).post);
}

/**
 * 'followed "outrageous" remarks by French officials', "comments by the minister", "reports by local media": a
 * reporting word in -s right before "by" is a plural noun with its author, never a present verb (the tagger reads
 * "remarks" after an adjective as one). Round 16 lead, id `cues/noun-before-agent`.
 */
function nounBeforeAgent(tokens: readonly Token[], i: number): boolean {
  return /s$/.test((tokens[i] as Token).lower) && tokens[i + 1]?.lower === 'by' && !/[,:;"“”]/.test((tokens[i] as Token).post);
}

/**
 * "reports quarterly results next week", "will announce its full-year figures on Thursday", "reported third-quarter
 * earnings on Tuesday": a company's results named only as a thing, with at most when, tell no figure and no clause,
 * so the verb is the business act of publishing them ("reported a net loss of 2 billion euros", "reported that sales
 * rose" still report). Id: `cues/results-as-act` (round 17).
 */
const RESULTS_ONLY = /^\s*(?:(?:its|their|the|his|her|our)\s+)?(?:(?:quarterly|annual|half-year|half-yearly|full-year|year-end|interim|preliminary|final|fiscal|financial|latest|[\p{L}]+-quarter|[\p{L}]+-half|first|second|third|fourth|\d{4})\s+){0,3}(?:results|earnings|figures|accounts)(?=\s*(?:[.;,)]|$)|\s+(?:on|next|later|this|last|after|before|at|in\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)|(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b)/iu;

function resultsAsAct(sentence: TaggedSentence, i: number, lemma: string): boolean {
  if (lemma !== 'report' && lemma !== 'announce') return false;
  const tok = sentence.tokens[i] as Token;
  return RESULTS_ONLY.test(sentence.text.slice(tok.end - sentence.start));
}

function actsRatherThanReports(tokens: readonly Token[], i: number, lemma: string): boolean {
  const tok = tokens[i] as Token;
  const next = tokens[i + 1];
  // "appealed for calm", "appealed to voters to ...": a call; "said it would appeal", "appealed the ruling": a lawsuit
  if (lemma === 'appeal' && !(next && /^(?:for|to|on)$/.test(next.lower))) return true;
  if (lemma === 'point' && next?.lower !== 'out') return true;
  // "planned the bombing with two cousins", "denied that he had been involved in planning attacks", "were arrested
  // while planning a raid": planning a thing is an act; a plan is stated only with what is to be done ("planned to
  // run again", "plans on running", "planned that ..."); round 18, `cues/plan-needs-act`
  if (lemma === 'plan' && next !== undefined && !/^(?:to|on|that)$/.test(next.lower) && !/[,:]/.test(tok.post)) return true;
  // "pleaded guilty", "pleaded not guilty to fraud", "pleaded no contest": a plea in court is an act, not a call
  if (lemma === 'plead' && next && /^(?:guilty|not|no|innocent)$/.test(next.lower)) return true;
  if (askedOfSpeaker(tokens, i) || questionedAct(tokens, i)) return true;
  // "The Kansas Senate rejected the governor's plan", "Voters rejected the measure": a chamber's or an
  // electorate's rejection of a bill is a vote, an act; "Democrats rejected the plan as a gimmick" is a stance
  if ((lemma === 'reject' || lemma === 'rebuff') && votedDown(tokens, i)) return true;
  // "..., state news agency SANA reported", "state television said": "state" before a noun modifies it
  if (tok.lower === 'state' && next !== undefined && next.tags.has('Noun') && !next.tags.has('Pronoun') && !next.tags.has('Determiner') && next.lower !== 'that') return true;
  // "would only encourage the rebels", "invited reporters to the palace": a call only with what is called for
  // ("encouraged voters to turn out", "invited the rebels to join the talks", "encouraged that ...")
  if (/^(?:encourage|invite|implore|press|lobby|push|pressure)$/.test(lemma) && !callsForAct(tokens, i)) return true;
  // "booed and chanted during the session", "chanted outside the embassy": chanting with no words given (no
  // object, quote or "that" after it) says nothing (id `cues/chant-needs-words`)
  if (lemma === 'chant' && !/["“]/.test(tok.post + (next?.pre ?? '')) && (next === undefined || /[,;:.!?]/.test(tok.post) || next.tags.has('Preposition') || CHANT_WITHOUT_WORDS.test(next.lower))) return true;
  // "was considering its options", "is considering whether to appeal": weighing, in the progressive, is no belief
  if (tok.lower === 'considering' && /^(?:is|was|are|were|been|be|am|'s|’s)$/.test(tokens[i - 1]?.lower ?? '')) return true;
  // "would consider rolling back the cuts", "is considering selling the unit": weighing an act is no belief
  if (lemma === 'consider' && next !== undefined && ((/ing$/.test(next.lower) && next.tags.has('Gerund')) || weighsObject(tokens, i + 1))) return true;
  // "rarely comments on elections", "does not comment on intelligence matters": a habit or a refusal of commenting
  // says nothing ("commented that ..." and a quote still do)
  if (lemma === 'comment' && NOT_SAYING_BEFORE.test(tokens[i - 1]?.lower ?? '') && next?.lower !== 'that' && !/^[,:]?\s*["“]/.test(tok.post)) return true;
  if (lemma === 'testify' && !testimonyGiven(tokens, i)) return true;
  if (FOR_PHRASE_VERBS.has(lemma) && !judgedFor(tokens, i, lemma) && !whatTheyCalled(tokens, i) && !judgedObject(tokens, i, lemma) && !attackedAct(tokens, i, lemma)) return true;
  if (tok.lower === 'claims' && claimsAsNoun(tokens, i)) return true;
  // "hinted that he would run", not "hinting at the incident"
  if (lemma === 'hint' && next?.lower !== 'that') return true;
  // "went on to win": only "went on (to say) that" reports
  if (lemma === 'go' && (next?.lower !== 'on' || !(tokens[i + 2]?.lower === 'that' || (tokens[i + 2]?.lower === 'to' && reportingLemma(tokens[i + 3]?.lower ?? '') !== undefined)))) return true;
  // "maintained its forecast", "maintains ties with Iran": keeping something is no speech ("maintained that ...",
  // "maintained his innocence" still are)
  // "accepted the recommendation", "writes the laws", "wrote a book": a plain object is no speech ("accepted that
  // ...", "wrote that ...", "wrote in a letter that ...", "wrote the plan would fail" and a quote still are)
  const keeps = lemma === 'maintain' && next?.lower !== 'innocence' && tokens[i + 2]?.lower !== 'innocence';
  if ((lemma === 'accept' || lemma === 'write' || keeps) && next && !invertedAfterQuote(tokens, i, lemma) && !/[,:]/.test(tok.post) && (next.tags.has('Determiner') || next.tags.has('Possessive') || next.tags.has('Noun')) && next.lower !== 'that' && !next.tags.has('Pronoun') && !opensClause(tokens, i + 1)) return true;
  // "countered the attack", "charged the phone", "joked about it": these report only before "that", a clause or a
  // quote, or after a quote they close ('"We are not afraid," she joked')
  // (a remembered experience is a gerund: "recalled being told to leave"; "recommended buying the shares" stays none)
  if (CLAUSE_ONLY_CUES.has(lemma) && !(next?.lower === 'that' || (lemma === 'recall' && next !== undefined && /^\p{Ll}+ing$/u.test(next.text) && next.tags.has('Verb') && /^\s+$/.test(tok.post)) || framesQuote(tokens, i) || tokens.slice(Math.max(0, i - 4), i).some((t) => /["”»]/.test(t.post)) || /^[,:]?\s*["“]/.test(tok.post) || /["“]/.test(next?.pre ?? '') || (lemma !== 'charge' && opensClause(tokens, i + 1)))) return true;
  if (objectMakesAct(tokens, i, lemma)) return true;
  // "did not respond to a request for comment", "responded to questions by email": answering nothing is no claim
  if ((lemma === 'respond' || lemma === 'reply') && next?.lower === 'to' && /^(?:an?|requests?|questions?|calls?|emails?|messages?|inquiries)$/.test(tokens[i + 2]?.lower ?? '') && /\b(?:requests?|questions?|calls?|emails?|messages?|inquiries|inquiry)\b/.test(tokens.slice(i + 2, i + 6).map((t) => t.lower).join(' '))) return true;
  // "branded the plan a disaster", "labelled him a liar": naming reports only with an object after it; "its Audi
  // and Porsche brands sell well", "store labels." are nouns the tagger read as verbs
  if (NAMING_VERBS.has(lemma) && !namesAnObject(tok, next)) return true;
  if (toPlaceOrThing(tokens, i, lemma)) return true;
  // "posted a loss": posting reports only on a channel or with a clause ("posted on X that")
  return lemma === 'post' && !(next?.lower === 'on' || next?.lower === 'that');
}

/**
 * "Insurance claims rose": "claims" is a verb only before "that", a clause, "to" or a quote; ("Insurance claims that
 * were filed last year rose": "that" followed by a verb opens a relative clause on the noun; round 18,
 * `cues/claims-noun-relative`).
 */
function claimsAsNoun(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  const after = tokens[i + 2];
  const relativeThat = next?.lower === 'that' && after !== undefined && after.tags.has('Verb') && !after.tags.has('Noun') && !after.tags.has('Pronoun');
  return relativeThat || !(next?.lower === 'that' || next?.lower === 'to' || /[,:]/.test((tokens[i] as Token).post) || opensClause(tokens, i + 1));
}

/** Nouns of a count or an amount a source puts at a figure ("the death toll", "the number of dead", "the cost"). */
const FIGURE_NOUNS = /^(?:toll|number|figure|count|cost|costs|damage|losses|casualties|dead|deaths|injured|wounded|missing|turnout)$/;

/**
 * "The government put the death toll at 17", "officials put the number of dead at 40": "put" gives a figure (a
 * report) only with a count noun in its object and "at" before a number; "put pressure on", "put the plan on hold"
 * act. Id: `cues/put-figure-at` (round 14).
 */
function putsFigureAt(tokens: readonly Token[], i: number): boolean {
  let figure = false;
  for (let k = i + 1; k < Math.min(tokens.length - 1, i + 9); k++) {
    const t = tokens[k] as Token;
    if (FIGURE_NOUNS.test(t.lower)) figure = true;
    if (t.lower === 'at') return figure && (/^(?:about|around|nearly|almost|more|less|over|least|some)$/.test(tokens[k + 1]?.lower ?? '') || /\d/.test(tokens[k + 1]?.text ?? '') || tokens[k + 1]?.tags.has('Value') === true);
    if (/[,;:.!?]/.test(t.post) || (t.tags.has('Verb') && !t.tags.has('Noun'))) return false;
  }
  return false;
}

/** Verbs whose object makes them an act: a plea, a refusal, a convening, a proclamation, a telephone call, a vote. */
function objectMakesAct(tokens: readonly Token[], i: number, lemma: string): boolean {
  const next = tokens[i + 1];
  // "had denied six counts of fraud", "denies murder": denying a criminal charge in court is a plea, as "pleaded not
  // guilty" is; "denied the charges", "denied the allegations" still answer what someone claimed
  if (lemma === 'deny') return deniesOffence(tokens, i) || refusesRequest(tokens, i);
  // "called a strike ballot for next month", "called snap elections": calling a gathering convenes it
  // "When Okafor called him, he said", "Varga called Lindqvist on Tuesday to offer condolences": a telephone call
  if (lemma === 'call') return (!(next && (next.lower === 'for' || next.lower === 'on')) && convenes(tokens, i)) || telephones(tokens, i);
  // "declared a unilateral ceasefire", "declared a state of emergency": a proclamation that makes what it names
  if (lemma === 'declare') return proclaims(tokens, i);
  if (lemma === 'put') return !putsFigureAt(tokens, i);
  // "confirmed Jeff Sessions as attorney general", "confirmed her to the court": a vote on a nominee, no speech
  return lemma === 'confirm' && next !== undefined && next.lower !== 'that' && confirmsNominee(tokens, i);
}

/** Words after "chanted" that give no words chanted: a conjunction or a preposition of place or time. */
const CHANT_WITHOUT_WORDS = /^(?:and|or|as|while|when|outside|inside|in|at|on|during|for|near|through|throughout|before|after|until|into|across|around|along|past|together|loudly|again)$/;

/**
 * Whether a call verb at `i` names what it calls for: "to" and a verb, "that", "for" or a quote within the next
 * eight words, before a comma. Id: `cues/call-needs-act`.
 */
function callsForAct(tokens: readonly Token[], i: number): boolean {
  if (/^[,:]?\s*["“]/.test((tokens[i] as Token).post)) return true;
  for (let k = i + 1; k < Math.min(tokens.length, i + 9); k++) {
    const t = tokens[k] as Token;
    if (t.lower === 'that' || t.lower === 'for') return true;
    // ("pressed Harlan on his past claim that ...", "pushed the minister about the delays": pressing on a topic
    // questions, it calls for nothing; round 14, `cues/pressed-on-topic`)
    if (/^(?:on|about|over|regarding)$/.test(t.lower) && k > i + 1) return false;
    if (t.lower === 'to' && (tokens[k + 1]?.tags.has('Verb') === true || tokens[k + 1]?.tags.has('Infinitive') === true)) return true;
    // "lobbied the governor to veto the bill", "to intervene directly": a verb the tagger reads as a noun, with its
    // own object or an adverb of manner after it
    if (t.lower === 'to' && tokens[k + 1]?.tags.has('Singular') === true && !/[,;:.!?]/.test(tokens[k + 1]?.post ?? '') && (tokens[k + 2]?.tags.has('Determiner') === true || tokens[k + 2]?.tags.has('Possessive') === true || /^\p{Ll}+ly$/u.test(tokens[k + 2]?.text ?? ''))) return true;
    if (/[,;:.!?]/.test(t.post)) return false;
  }
  return false;
}

/**
 * What a declaration brings about rather than asserts ("declared a ceasefire", "declared a state of emergency",
 * "declared war", "declared bankruptcy"): source, the performative objects of "declare" in news. "declared victory"
 * and "declared that ..." still claim. Id: `cues/declared-act`.
 */
const DECLARED_ACTS = /^(?:ceasefires?|cease-fire|truce|emergency|war|independence|martial|curfew|bankruptcy|insolvency|holiday|mourning|amnesty|disaster|quarantine|lockdown|moratorium|dividends?|candidacy)$/;

/** Whether "declare" at `i` proclaims an act: an act noun heads its object (within five words, before punctuation, "that" or a preposition). */
function proclaims(tokens: readonly Token[], i: number): boolean {
  for (let k = i + 1; k < Math.min(tokens.length, i + 6); k++) {
    const t = tokens[k] as Token;
    if (t.lower === 'that' || /^["“]/.test(t.pre)) return false;
    if (DECLARED_ACTS.test(t.lower)) return true;
    if (/[,;:.!?"”]/.test(t.post) || (t.tags.has('Preposition') && t.lower !== 'of')) return false;
  }
  return false;
}

/** Object pronouns a telephone call takes ("called him"). */
const CALLED_PRONOUNS = /^(?:him|her|them|me|us)$/;

/**
 * "called him, ...", "called Angela Merkel on Tuesday", "called her back": "call" with a person (an object pronoun or
 * a name) and no second object after it, only the clause's end, a preposition, a time or "back", is a telephone
 * call; naming takes a second object ("called him a liar", "called Dale dangerous", 'called her "crooked"').
 * Id: `cues/telephone-call`.
 */
function telephones(tokens: readonly Token[], i: number): boolean {
  let j = i + 1;
  if (CALLED_PRONOUNS.test(tokens[j]?.lower ?? '')) j++;
  else while (j < i + 5 && tokens[j]?.tags.has('ProperNoun') && !tokens[j]?.tags.has('Possessive') && !/['’]s?$/.test(tokens[j]?.text ?? '')) j++;
  if (j === i + 1 || /["“”]/.test((tokens[j - 1] as Token).post)) return false;
  const after = tokens[j];
  if (!after || /[,.;:!?]/.test((tokens[j - 1] as Token).post)) return true;
  if (/["“]/.test(after.pre)) return false;
  return after.lower === 'back' || after.lower === 'to' || after.tags.has('Date') || (after.tags.has('Preposition') && after.lower !== 'as' && after.lower !== 'of');
}

/** Bodies whose rejection of a bill is a vote. Id: `cues/voted-down`. */
const VOTING_BODIES = /^(?:senate|house|assembly|parliament|congress|legislature|chamber|council|committee|commons|lords|knesset|duma|bundestag|voters|electorate|lawmakers|legislators|parliamentarians|mps|shareholders|delegates)$/;
/** What a vote rejects. */
const VOTED_ITEMS = /^(?:bills?|plans?|proposals?|measures?|motions?|amendments?|budgets?|legislation|nominations?|nominees?|resolutions?|ordinances?|initiatives?|referendums?|offers?|deals?|contracts?|merger|takeover|bid)$/;

/**
 * "The Kansas Senate on Tuesday rejected Gov. Dale's plan to raise taxes", "Voters rejected the measure": a voting
 * body (within the four words before the verb, before any comma) rejecting a bill or plan (within the six words
 * after, before any comma); an answer in words ("rejected the plan as a gimmick") is left a claim.
 */
function votedDown(tokens: readonly Token[], i: number): boolean {
  const body = tokens.slice(Math.max(0, i - 5), i).findLast((t) => VOTING_BODIES.test(t.lower));
  if (!body || tokens.slice(body.index, i).some((t) => /[,;:"“”]/.test(t.post))) return false;
  for (let k = i + 1; k < Math.min(tokens.length, i + 8); k++) {
    const t = tokens[k] as Token;
    if (t.lower === 'as') return false;
    if (VOTED_ITEMS.test(t.lower)) return !tokens.slice(k + 1, k + 8).some((x) => x.lower === 'as');
    if (/[,;:"“”]/.test(t.post)) return false;
  }
  return false;
}

/**
 * Adverbs of habit and negations before "comment" that make it say nothing ("rarely comments", "does not comment",
 * "typically would not comment"). Id: `cues/habitual-comment`.
 */
const NOT_SAYING_BEFORE = /^(?:not|n't|never|rarely|seldom|typically|usually|generally|normally|routinely|traditionally|often|frequently|does|do)$/;

/**
 * Criminal offences a defendant denies as a plea ("denies murder", "denied manslaughter"); with a count or charge
 * noun the offence may be any ("denied six counts of fraud", "denies two charges of bribery"). Id: `cues/plea-denial`.
 */
const OFFENCES = /^(?:murder|manslaughter|rape|assault|robbery|burglary|theft|fraud|arson|kidnapping|kidnap|bribery|extortion|perjury|blackmail|embezzlement|treason|terrorism|causing|attempted|conspiracy|possession|wounding|affray)$/;

/** Whether the object of "deny" at `i` is a criminal charge (a plea), not a claim: a count of charges or an offence ending the clause. */
function deniesOffence(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (!next) return false;
  let k = i + 1;
  if (/^(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|all|several|multiple|both|\d+)$/.test(next.lower)) k++;
  const noun = tokens[k];
  if (noun && /^(?:counts?|charges?)$/.test(noun.lower) && tokens[k + 1]?.lower === 'of' && k > i + 1) return true;
  return OFFENCES.test(next.lower) && (/[,;.]/.test(next.post) || k === tokens.length - 1 || /^(?:and|or|charges?|at|in|before)$/.test(tokens[i + 2]?.lower ?? '.') || OFFENCES.test(tokens[i + 2]?.lower ?? ''));
}

/**
 * What an authority refuses rather than disputes ("denied his asylum application", "denied the request for bail",
 * "was denied entry", "denied them access"): source, the objects of "deny" in its sense of refusing to grant.
 */
const REQUESTS = /^(?:applications?|requests?|visas?|permits?|permission|bail|entry|access|asylum|parole|petitions?|motions?|licen[cs]es?|passports?|clearance|approval)$/;

/**
 * Whether "deny" at `i` refuses a request: a request noun heads its object (within five words, before any
 * punctuation, preposition or "that"). Id: `cues/denied-request`.
 */
function refusesRequest(tokens: readonly Token[], i: number): boolean {
  for (let k = i + 1; k < Math.min(tokens.length, i + 6); k++) {
    const t = tokens[k] as Token;
    if (t.lower === 'that' || /^["“]/.test(t.pre) || t.tags.has('Preposition')) return false;
    if (REQUESTS.test(t.lower)) return true;
    if (/[,;:.!?"”]/.test(t.post)) return false;
  }
  return false;
}

/** People "questioned" as an interrogation ("questioned the suspect", "questioned two men"). */
const QUESTIONED_PEOPLE = /^(?:suspects?|m[ae]n|wom[ae]n|people|persons?|witness(?:es)?|drivers?|detainees?|passengers?|boys?|girls?|youths?|staff|employees?|workers?|officers?|soldiers?|residents?|members?|students?|him|her|them|teenagers?|journalists?|crew|brothers?|sisters?|fathers?|mothers?|sons?|daughters?|wife|wives|husbands?|uncles?|aunts?|cousins?|nephews?|nieces?|relatives?|family|friends?|neighbou?rs?|partners?|parents?|child|children|lawyers?)$/;

/**
 * "questioned Comey's decision", "questioned the wisdom of the plan", "questioned the timing of the sale": the
 * object of "question" is a thing owned or determined (a possessive, or "the"/"a" before a noun that is no person);
 * "questioned the suspect", "questioned two men", "questioned Ana Ruiz" interrogate. Id: `cues/questioned-thing`.
 */
function questionedThing(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (!next || /[,;:.!?]/.test((tokens[i] as Token).post)) return false;
  let k = i + 1;
  const possessive = /^(?:his|her|its|their|our|my|your)$/.test(next.lower) || /['’]s?$/.test(next.text) || /^['’]s?\s/.test(next.post);
  if (!possessive && !/^(?:the|a|an|this|that)$/.test(next.lower)) return false;
  // the head: the last noun before a preposition, a comma or the clause's end
  while (k + 1 < tokens.length && !/[,;:.!?]/.test((tokens[k] as Token).post) && !(tokens[k + 1] as Token).tags.has('Preposition') && !(tokens[k + 1] as Token).tags.has('Verb') && k < i + 6) k++;
  const head = tokens[k] as Token;
  return head.tags.has('Noun') && !head.tags.has('Person') && !QUESTIONED_PEOPLE.test(head.lower) && !/^\p{Lu}/u.test(head.text);
}

/** Words that ask about a clause opened by "whether" or "if" ("asked whether", "wondered if", "unclear whether"). */
const ASKING_WORDS = /^(?:asked|asking|ask|asks|wondered|wondering|wonder|unclear|uncertain|questioned|questioning|know|knew|decide|decided)$/;

/**
 * "Asked whether the United States would respond militarily, Toner said ...", "reporters asked if the company would
 * comment": a reporting verb inside an indirect question is the act asked about, no claim. Id: `cues/questioned-act`
 * (round 14).
 */
function questionedAct(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(1, i - 12); k--) {
    const t = tokens[k] as Token;
    if (/[,;:.!?"“”]/.test(t.post)) return false;
    if (t.lower === 'whether' || t.lower === 'if') return ASKING_WORDS.test((tokens[k - 1] as Token).lower);
  }
  return false;
}

/**
 * "asked Comey why the bureau had not investigated", "asked the minister whether the dam was safe": an addressee of
 * one to four words with no verb, then a question opener; the question is the claim, as after "asked whether". Id:
 * `cues/asked-addressee-question` (round 14).
 */
function addresseeThenQuestion(tokens: readonly Token[], i: number): boolean {
  if (reportingLemma(tokens[i]?.lower ?? '') !== 'ask') return false;
  for (let k = i + 1; k <= Math.min(tokens.length - 2, i + 5); k++) {
    const t = tokens[k] as Token;
    if (k > i + 1 && QUESTION_OPENERS.has(t.lower)) return true;
    if (/[,;:"“”]/.test(t.post) || (t.tags.has('Verb') && !t.tags.has('Noun')) || t.tags.has('Preposition') || t.lower === 'to') return false;
  }
  return false;
}

/**
 * "McConnell, asked whether the Senate would act, said only that ...": a participle set off by commas between a
 * subject and its verb is a passive, not a question (`cues/asked-aside`); "Asked whether the plant would close, the
 * company's spokesman said ...": a participle opening the sentence is the passive of a question somebody else put,
 * and its answer follows (round 22, `cues/asked-opening`).
 */
function askedOfSpeaker(tokens: readonly Token[], i: number): boolean {
  if ((tokens[i] as Token).lower !== 'asked') return false;
  if (/,\s*$/.test(tokens[i - 1]?.post ?? '') && askedAside(tokens, i)) return true;
  return (i === 0 || (i === 1 && /^(?:when|if|once|after)$/.test((tokens[0] as Token).lower))) && closedByComma(tokens, i);
}

/** Whether a comma closes the phrase opened at `i` within 16 words, before any colon, semicolon or quotation mark. */
function closedByComma(tokens: readonly Token[], i: number): boolean {
  for (let k = i; k < Math.min(tokens.length - 1, i + 16); k++) {
    const t = tokens[k] as Token;
    if (/[;:"“”]/.test(t.post)) return false;
    if (/,\s*$/.test(t.post)) return true;
  }
  return false;
}

/** Whether "asked" at `i` opens an aside closed by a comma that a verb follows ("X, asked about the vote, said"). */
function askedAside(tokens: readonly Token[], i: number): boolean {
  for (let k = i; k < Math.min(tokens.length - 1, i + 16); k++) {
    const t = tokens[k] as Token;
    if (/[;:"“”]/.test(t.post)) return false;
    if (/,\s*$/.test(t.post)) {
      const next = tokens[k + 1] as Token;
      return next.tags.has('Verb') || next.tags.has('Adverb') || next.tags.has('Auxiliary');
    }
  }
  return false;
}

/** Whether "that" opens a clause within the next ten words, before any comma or other stop ("before Congress that"). */
function thatBeforeComma(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < Math.min(tokens.length, from + 10); k++) {
    const t = tokens[k] as Token;
    if (t.lower === 'that') return true;
    if (/[,;:.!?"“”]/.test(t.post)) return false;
  }
  return false;
}

/** Words that open the time or agent of a participle in a reduced relative clause ("announced last month", "reported by"). */
const PARTICIPLE_ADJUNCTS = /^(?:last|this|earlier|early|late|in|on|at|by|yesterday|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/;

/**
 * "the government's plan to clean up bad loans, announced last month, would not be enough": a past participle set
 * off by commas after a common noun, with its time or agent and no subject, describes the noun; it reports nothing.
 */
function reducedRelative(tokens: readonly Token[], i: number): boolean {
  const tok = tokens[i] as Token;
  const prev = tokens[i - 1];
  if (!prev || !/^,\s*$/.test(prev.post) || !/ed$|^(?:said|told|written|shown|found)$/.test(tok.lower) || /[,:"“]/.test(tok.post)) return false;
  if (!/^\p{Ll}/u.test(prev.text) || !prev.tags.has('Noun') || prev.tags.has('Pronoun')) return false;
  if (!PARTICIPLE_ADJUNCTS.test(tokens[i + 1]?.lower ?? '')) return false;
  // the aside closes with a comma within a few words, and no finite verb stands inside it
  for (let k = i + 1; k < Math.min(tokens.length, i + 8); k++) {
    const t = tokens[k] as Token;
    if (t.tags.has('Verb') && !t.tags.has('Noun') && k > i + 1) return false;
    if (/^,\s*$/.test(t.post)) return true;
  }
  return false;
}

/** Time words that may open or fill the phrase of a reduced relative's participle ("declared overnight", "issued last week"). */
const PARTICIPLE_TIME_WORDS = /^(?:last|this|next|overnight|yesterday|today|early|earlier|late|later)$/;

/**
 * "Results declared overnight gave Labour 31 seats", "Figures announced on Friday showed that ...": a participle in -ed
 * right after a noun, with no comma, followed by its time or prepositional phrases and then a finite verb, modifies the
 * noun (a reduced relative); the verb after the phrase is the clause's. A new noun phrase with no preposition before the
 * verb is a subject of its own ("The ministry announced on Friday the deal had collapsed" reports). Id:
 * `cues/bare-reduced-relative` (round 19).
 */
function bareReducedRelative(tokens: readonly Token[], i: number): boolean {
  const tok = tokens[i] as Token;
  const prev = tokens[i - 1];
  if (!prev || !/ed$/.test(tok.lower) || !/^\s+$/.test(prev.post) || !/^\s+$/.test(tok.post) || !prev.tags.has('Noun') || prev.tags.has('Pronoun')) return false;
  if ((prev.tags.has('ProperNoun') && prev.index > 0) || !(PARTICIPLE_ADJUNCTS.test(tokens[i + 1]?.lower ?? '') || PARTICIPLE_TIME_WORDS.test(tokens[i + 1]?.lower ?? ''))) return false;
  let inPhrase = false;
  let head = false;
  for (let k = i + 1; k < Math.min(tokens.length, i + 10); k++) {
    const t = tokens[k] as Token;
    // (the tagger reads "put", "set", "cut" after a time word as nouns: "Figures reported overnight put the toll at 40")
    if (k > i + 1 && head && ((t.tags.has('Verb') && !t.tags.has('Noun') && !t.tags.has('Adjective') && !t.tags.has('Gerund')) || /^(?:put|set|cut)$/.test(t.lower))) return true;
    if (t.tags.has('Preposition') && !/^(?:that|than|as)$/.test(t.lower)) {
      inPhrase = true;
      head = false;
    } else if (t.tags.has('Date') || PARTICIPLE_TIME_WORDS.test(t.lower)) {
      head = true;
    } else if (t.tags.has('Determiner') || t.tags.has('Possessive') || t.tags.has('Adjective') || t.tags.has('Noun') || t.tags.has('Value')) {
      if (!inPhrase || (head && t.tags.has('Determiner'))) return false;
      if (t.tags.has('Noun')) head = true;
    } else return false;
    if (/[^\s]/.test(t.post)) return false;
  }
  return false;
}

/**
 * Verbs of accusing and judging whose active form needs an object before its preposition ("accused the army of
 * ...", "blamed the rebels for ..."): the participle followed at once by that preposition ("a minister accused of
 * taking bribes", "three officers suspected of torture were suspended", "a group blamed for the kidnappings") is
 * passive, said of the noun before it by nobody named, so it reports nothing of the clause's subject. Source: the
 * complement patterns of these verbs in English usage guides. Id: `cues/accused-of-participle` (round 18).
 */
const PASSIVE_COMPLEMENT: Readonly<Record<string, RegExp>> = {
  accuse: /^of$/, suspect: /^of$/, blame: /^for$/, praise: /^for$/, criticize: /^for$/, criticise: /^for$/,
  condemn: /^for$/, commend: /^for$/, fault: /^for$/, credit: /^with$/,
};
function passiveComplement(tokens: readonly Token[], i: number, lemma: string): boolean {
  const tok = tokens[i] as Token;
  const preposition = own(PASSIVE_COMPLEMENT, lemma);
  return preposition !== undefined && /ed$/.test(tok.lower) && !/[^\s]/.test(tok.post) && preposition.test(tokens[i + 1]?.lower ?? '');
}

/** Verbs of naming, which report a judgement only with the object they name ("branded the move a betrayal"). */
const NAMING_VERBS: ReadonlySet<string> = new Set(['brand', 'label', 'dub', 'term']);

/** Whether a naming verb's next word opens the object it names: no punctuation between, no preposition or verb. */
function namesAnObject(tok: Token, next: Token | undefined): boolean {
  if (!next || /[^\s]/.test(tok.post)) return false;
  return !next.tags.has('Preposition') && !next.tags.has('Conjunction') && !(next.tags.has('Verb') && !next.tags.has('Noun'));
}

/**
 * Cues of rebuttal and aside that report only before "that", a clause or a quote. Id: `cues/clause-only`. "recall"
 * too: with a noun object it withdraws goods or an envoy ("recalled 50,000 cars", "recalled its ambassador"; round 19).
 */
const CLAUSE_ONLY_CUES: ReadonlySet<string> = new Set(['counter', 'retort', 'charge', 'quip', 'joke', 'lament', 'bemoan', 'speculate', 'recommend', 'recall', 'interject']);

/**
 * Gatherings and actions that "call" convenes or orders ("called an election", "called a strike ballot", "called
 * a halt to the talks"): the event stage's convened nouns (`CONVENED`, `nlp/lexicon/event-cues.ts`) and the
 * gatherings of party politics. Id: `cues/convened-by-call`.
 */
// (round 22: "called a press briefing", "called a news briefing" as a conference is)
const CONVENED_BY_CALL = /^(?:ballots?|recess|polls?|walkouts?|debates?|primar(?:y|ies)|caucus(?:es)?|conventions?|reviews?|investigations?|briefings?)$/;
function convenedNoun(word: string): boolean {
  return CONVENED.test(word) || CONVENED_BY_CALL.test(word);
}

/**
 * "called a strike ballot for next month", "called snap elections": the object of "call" is a gathering (`convenedNoun`) ending the phrase (before the sentence's end, a comma or a preposition); "called the election a
 * sham" names it and judges it.
 */
function convenes(tokens: readonly Token[], i: number): boolean {
  // "The protest was called by the opposition", "a strike called by the union": the gathering called is the subject
  // of the passive or the noun the participle follows
  const be = /^(?:was|were|is|are|been|being|be)$/.test(tokens[i - 1]?.lower ?? '') ? i - 1 : i;
  if (tokens.slice(Math.max(0, be - 3), be).some((t) => convenedNoun(t.lower)) && (be < i || tokens[i + 1]?.lower === 'by')) return true;
  // ("called a 48-hour nationwide strike", "called a three-day general strike": a counted length and an adjective
  // put the gathering six words on; a preposition or a verb ends the noun phrase first)
  for (let k = i + 1; k < Math.min(tokens.length, i + 7); k++) {
    const t = tokens[k] as Token;
    if (k > i + 1 && t.tags.has('Preposition')) return false;
    if (convenedNoun(t.lower)) {
      const after = tokens[k + 1];
      // "a strike ballot": the gathering may head a compound
      if (after && !/[,.;:!?]/.test(t.post) && convenedNoun(after.lower)) continue;
      // ("called an emergency cabinet meeting and formed a panel": a conjunction ends the phrase too)
      // ("called a news conference to announce ...": a purpose infinitive ends it too; round 22, `cues/convened-for-purpose`)
      return !after || /[,.;:!?]/.test(t.post) || after.tags.has('Preposition') || /^(?:and|or|but|to)$/.test(after.lower);
    }
    if (/[,;:"“”]/.test(t.post) || (k > i + 1 && t.tags.has('Verb') && !t.tags.has('Adjective') && !t.tags.has('Noun'))) return false;
  }
  return false;
}

/** The kind of reporting verb `lemma` at token `i` as the words around it decide, else `kind` (its lexicon kind). */
function kindInContext(tokens: readonly Token[], i: number, lemma: string, kind: ClaimKind): ClaimKind {
  // "described the plan as reckless" judges; "described the conditions in the camp" reports what was seen
  if (lemma === 'describe' && tokens.slice(i + 1, i + 8).some((t) => t.lower === 'as')) return 'assessment';
  // '"Why now?" asked Senator Dale', '"Is it legal?" Ana Ruiz asked': a quoted question is asked, not a call
  if (lemma === 'ask' && tokens.slice(Math.max(0, i - 7), i).some((t) => /^\?["”’»]/.test(t.post))) return QUESTION_VERBS.ask ?? kind;
  return kind;
}

/** "reported from Gaza", "while reporting on the war", "was reporting about": a reporter at work, at `i`. */
function journalistAtWork(tokens: readonly Token[], i: number): boolean {
  const next = (tokens[i + 1] as Token).lower;
  if (next === 'from') return true;
  const progressive = /ing$/.test((tokens[i] as Token).lower) && /^(?:while|when|was|were|is|are|been|after|before|years|months|time|spent)$/.test(tokens[i - 1]?.lower ?? '');
  return progressive && /^(?:on|about)$/.test(next);
}

/**
 * A saying that claims nothing: "said nothing", "said little about the plan"; a reporter at work on a topic or from
 * a place ("while reporting on the conflict", "reported from Gaza for the BBC"; id `cues/reporting-on-topic`;
 * "reported on Monday that" still claims, and so does a finished report on a topic, "Al-Jazeera reported on one such
 * group, whose investigators found").
 */
function claimsNothing(sentence: TaggedSentence, i: number, lemma: string): boolean {
  const next = sentence.tokens[i + 1];
  if (!next) return false;
  if (/^(?:nothing|little|anything)$/.test(next.lower)) return true;
  if (lemma === 'tell' && toldNarrative(sentence.tokens, i)) return true;
  return lemma === 'report' && journalistAtWork(sentence.tokens, i) && !DAY_BEFORE_THAT.test(sentence.text.slice((sentence.tokens[i] as Token).end - sentence.start));
}

/**
 * "told a story about her father", "told the tale of his escape", "told jokes": telling a narrative names what was
 * told, no claim; a "that" or a quote after it still reports ("told the story that ..."). Id: `cues/told-narrative`.
 */
function toldNarrative(tokens: readonly Token[], i: number): boolean {
  // ("told reporters a story", "told the crowd the story of": a short addressee may come first)
  for (let k = i + 1; k <= Math.min(tokens.length - 1, i + 5); k++) {
    const t = tokens[k] as Token;
    if (/^(?:stor(?:y|ies)|tales?|jokes?|anecdotes?|parables?)$/.test(t.lower)) {
      // ("told reporters a different story was emerging": the noun is the subject of a clause told)
      const next = tokens[k + 1];
      if (next?.tags.has('Verb') && !next.tags.has('Gerund')) return false;
      const after = tokens.slice(k + 1, k + 3).map((x) => x.lower);
      return !after.includes('that') && !/["“]/.test(t.post + (next?.pre ?? ''));
    }
    if (/[,;:"“”]/.test(t.post) || (t.tags.has('Verb') && k > i + 1)) return false;
  }
  return false;
}

/** The cue of reporting verb `lemma` at token `i`, unless the verb acts, asks nothing, or is passive without agent. */
function verbCue(sentence: TaggedSentence, i: number, lemma: string): Cue | null {
  const { tokens } = sentence;
  const tok = tokens[i] as Token;
  const prevTok = tokens[i - 1];
  const afterComma = prevTok !== undefined && /,\s*["”]?\s*$/.test(prevTok.post);
  if (!readsAsVerb(tokens, i) || reducedRelative(tokens, i) || bareReducedRelative(tokens, i) || passiveComplement(tokens, i, lemma)) return null;
  let kind = kindInContext(tokens, i, lemma, own(REPORTING_VERBS, lemma) as ClaimKind);
  let last = i;
  const next = tokens[i + 1];
  if ((lemma === 'call' || lemma === 'appeal') && next && (next.lower === 'for' || next.lower === 'on')) {
    kind = 'call';
    last = i + 1;
  }
  if (givenNameCue(tokens, i) || accountingWrite(tokens, i, lemma) || resultsAsAct(sentence, i, lemma) || nounBeforeAgent(tokens, i) || actsRatherThanReports(tokens, i, lemma) || ((lemma === 'claim' || lemma === 'accept') && claimedThing(tokens, i + 1))) return null;
  // "pointed out", "went on": the particle is part of the cue
  if (lemma === 'point' || lemma === 'go') last = i + 1;
  // "asked whether the budget was enough": a question is a claim of its asker
  const questionKind = own(QUESTION_VERBS, lemma);
  if (questionKind && next && (QUESTION_OPENERS.has(next.lower) || addresseeThenQuestion(tokens, i)) && !isPassive(tokens, i)) {
    return { first: i, last: i, lemma, kind: questionKind, text: tok.text, participial: afterComma && tok.lower.endsWith('ing'), according: false };
  }
  // "questioned the suspect", "wondered aloud": only a question (or a framed quote) is a claim of these
  // "questioned Comey's decision", "questioned the wisdom of the plan": doubting a thing is a claim of its own
  if (lemma === 'question' && !isPassive(tokens, i) && questionedThing(tokens, i)) return { first: i, last: i, lemma, kind: own(QUESTION_VERBS, lemma) ?? kind, text: tok.text, participial: afterComma && tok.lower.endsWith('ing'), according: false };
  if ((lemma === 'question' || lemma === 'wonder') && !(next && QUESTION_OPENERS.has(next.lower) && !isPassive(tokens, i))) return quoteFrameCue(sentence, i);
  // "can add applications", "added 300 jobs": adding a thing is no speech (a clause, a quote or a name follows speech)
  if (lemma === 'add' && next && !/[,:]/.test(tok.post) && (next.tags.has('Value') || (next.tags.has('Noun') && !next.tags.has('Pronoun') && !/^\p{Lu}/u.test(next.text)))) return null;
  if (claimsNothing(sentence, i, lemma)) return null;
  // "would not predict how long ...", "said how": any other indirect question claims nothing
  if (next && INDIRECT_QUESTION.has(next.lower) && lemma !== 'say' && !whatTheyCalled(tokens, i)) return null;
  if (replyAsAct(tokens, i, lemma)) return null;
  // "Police found the body": finding verbs report only with a clause ("found that"), a study as subject or as a participle
  const participleLike = tok.lower.endsWith('ing') && (afterComma || (prevTok !== undefined && PARTICIPLE_INTRODUCERS.has(prevTok.lower)));
  // "suggested the vote could be rigged": a suggestion takes a clause without "that" too
  const suggestsClause = lemma === 'suggest' && opensClause(tokens, i + 1);
  // "suggested on Sunday that": a day between the verb and "that"
  const thatAfterDay = next?.lower === 'that' || (DAY_BEFORE_THAT.test(sentence.text.slice(tok.end - sentence.start)));
  if (FINDING_VERBS.has(lemma) && !thatAfterDay && !participleLike && !suggestsClause && !studySubject(tokens, i) && !documentFinding(tokens, i)) return null;
  // "He was asked", "the plan was rejected": the subject of a passive cue is not its speaker
  const passive = isPassive(tokens, i);
  if (passive && !byAgent(tokens, last)) return null;
  // "..., saying", "by saying", "in a letter stating", "quoted him as saying": a participle that reports
  // a participle that opens a quote reports it whatever precedes ("noted his opposition saying, \"...\"")
  const opensQuote = /^[,:]?\s*["“]/.test(tok.post) || /["“]/.test(tokens[i + 1]?.pre ?? '');
  const introducer = prevTok !== undefined && (PARTICIPLE_INTRODUCERS.has(prevTok.lower) || MESSAGE_NOUNS.has(prevTok.lower) || opensQuote || joinedToParticiple(tokens, i));
  const participial = (tok.tags.has('Gerund') || tok.lower.endsWith('ing')) && (afterComma || introducer);
  // a gerund that is not after a comma ("are pushing back") is not a reporting cue, unless progressive ("are stating that")
  const progressive = prevTok !== undefined && /^(?:is|are|was|were|am)$/.test(prevTok.lower);
  if ((tok.tags.has('Gerund') || tok.lower.endsWith('ing')) && !participial && !progressive) {
    const absoluteWith = absoluteWithAt(tokens, i);
    if (absoluteWith < 0) return null;
    return { first: i, last, lemma, kind, text: tok.text, participial: false, according: false, passive, absoluteWith };
  }
  // "to say", "will say" without subject are handled like finite cues
  if (FINDING_VERBS.has(lemma) && studySubject(tokens, i)) kind = 'report';
  const purpose = purposeInfinitive(tokens, i);
  return { first: i, last, lemma, kind, text: sentence.text.slice(tok.start - sentence.start, (tokens[last] as Token).end - sentence.start), participial: participial || purpose, according: false, passive, ...(purpose ? { purpose } : {}) };
}

/**
 * "responded by clearing the square": an act, not speech; ("said it was responding to provocations", "forces were
 * reacting to the shelling": a reply in the progressive with what it answers is an act going on, no saying; round 16,
 * `claims/reply-stimulus-only`).
 */
function replyAsAct(tokens: readonly Token[], i: number, lemma: string): boolean {
  const next = tokens[i + 1];
  if ((lemma === 'respond' || lemma === 'reply') && next && (next.lower === 'by' || next.lower === 'with')) return true;
  return /^(?:respond|reply|react)$/.test(lemma) && next?.lower === 'to' && /^(?:is|are|was|were|been|be)$/.test(tokens[i - 1]?.lower ?? '');
}

/** Nouns whose "to" infinitive is no purpose of an act but the noun's own complement ("the right to say", "a plan to announce"). */
const INFINITIVE_COMPLEMENT_NOUNS = /^(?:right|plan|plans|decision|attempt|effort|bid|chance|opportunity|time|need|way|intention|promise|order|orders|permission|refusal|reluctance|failure|move|call|calls|pressure|freedom|power|ability)$/;

/** Sayings that take their clause with no addressee before it ("to say the vote was rigged", "to deny it had happened"). */
const SAY_WITHOUT_ADDRESSEE: ReadonlySet<string> = new Set(['say', 'deny', 'insist', 'argue', 'claim', 'announce', 'declare', 'assert', 'suggest', 'predict', 'confirm', 'reveal', 'admit']);

/**
 * "Police used loudspeakers to warn residents that the dam could burst", "went on television to announce that ...":
 * a reporting verb after "to" and the object of an act, with a clause after it (past an addressee), is an infinitive
 * of purpose: the act's subject speaks. Not after a verb of intention or a noun the infinitive complements
 * ("plans to say", "the right to say that"), and not "declined/refused to say". Id: `cues/purpose-infinitive`.
 */
function purposeInfinitive(tokens: readonly Token[], i: number): boolean {
  const to = tokens[i - 1];
  const object = tokens[i - 2];
  // ("used megaphones to warn": the tagger may read a plural object after a past verb as a present verb; round 16)
  const misreadObject = object !== undefined && object.tags.has('PresentTense') && /s$/.test(object.lower) && tokens[i - 3]?.tags.has('PastTense') === true;
  if (to?.lower !== 'to' || !object || !(object.tags.has('Noun') || misreadObject) || object.tags.has('Pronoun') || INFINITIVE_COMPLEMENT_NOUNS.test(object.lower) || /[,;:]/.test(object.post)) return false;
  // an act before the object: a finite verb of the clause within five words
  const from = Math.max(0, i - 7);
  const at = tokens.slice(from, i - 2).findLastIndex((t) => t.tags.has('Verb') && !t.tags.has('Auxiliary') && !t.tags.has('Modal'));
  const act = tokens[from + at];
  // ("called a news conference to announce that ...": calling a gathering is an act, no saying)
  if (at < 0 || !act || (reportingLemma(act.lower) !== undefined && !(reportingLemma(act.lower) === 'call' && convenes(tokens, from + at)))) return false;
  // a clause follows: "that", or a clause, right after the verb or after an addressee of one to three words
  // ("took to X to say the bridge would reopen", "went on television to deny the army had crossed": a verb that takes
  // no addressee has its clause right after it; round 22, `cues/purpose-say-clause`)
  const lemma = reportingLemma((tokens[i] as Token).lower) ?? '';
  const noAddressee = SAY_WITHOUT_ADDRESSEE.has(lemma);
  // ("took to social media to denounce the ruling as a betrayal", "used the rally to blame the mayor for the cuts": a
  // judgement with what it is for is a purpose's saying too; round 25, `cues/purpose-judgement`)
  if (FOR_PHRASE_VERBS.has(lemma) && judgedFor(tokens, i, lemma)) return true;
  for (let k = i + 1; k <= Math.min(tokens.length - 1, i + 4); k++) {
    const t = tokens[k] as Token;
    if (t.lower === 'that' || ((k > i + 1 || noAddressee) && opensClause(tokens, k))) return true;
    if (/[,;:.!?"“”]/.test(t.post) || t.tags.has('Verb')) return false;
  }
  return false;
}

/**
 * "condemned what it called an execution", "rejected what he described as lies", "slammed what she termed a witch
 * hunt": the object is the speaker's own naming of a thing, no indirect question; the verb judges it.
 */
function whatTheyCalled(tokens: readonly Token[], i: number): boolean {
  if (tokens[i + 1]?.lower !== 'what') return false;
  const namer = tokens[i + 2];
  const verb = tokens[i + 3];
  return namer !== undefined && verb !== undefined && (/^(?:it|he|she|they|we|i)$/.test(namer.lower) || namer.tags.has('ProperNoun')) && /^(?:called|calls|described|describes|termed|terms|dubbed|branded|labell?ed|saw|sees|considered|considers)$/.test(verb.lower);
}

/** "confirmed Jeff Sessions as attorney general", "confirmed the nominee to the court": a name or a nominee, then as/to. */
function confirmsNominee(tokens: readonly Token[], i: number): boolean {
  for (let k = i + 1; k < Math.min(tokens.length, i + 7); k++) {
    const t = tokens[k] as Token;
    if (k > i + 1 && /^(?:as|to)$/.test(t.lower)) return true;
    if (/[,;:]/.test(t.post) || t.lower === 'that' || (t.tags.has('Verb') && !t.tags.has('Noun'))) return false;
  }
  return false;
}

/**
 * ", with party leaders warning of a wider effort", "With aides calling for calm, ...": the index of "with" when it
 * opens an absolute clause whose noun phrase (one to six words, no verb or comma) is the subject of the participle
 * at `i`; else -1.
 */
function absoluteWithAt(tokens: readonly Token[], i: number): number {
  for (let j = i - 1; j >= Math.max(0, i - 7); j--) {
    const t = tokens[j] as Token;
    if (/[,;:()"“”]/.test(t.post)) return -1;
    if (t.lower === 'with') {
      const opens = j === 0 || /[,;—–]\s*$/.test((tokens[j - 1] as Token).post);
      return opens && j < i - 1 ? j : -1;
    }
    if (t.tags.has('Verb') && !t.tags.has('Adjective') && !t.tags.has('Noun')) return -1;
  }
  return -1;
}

/**
 * "blamed the rebels for the attack", "blamed the attack on the rebels", "credited the bank with the recovery": the
 * object (one to six words, no comma or verb) and then the preposition of what the judgement is for.
 */
function judgedFor(tokens: readonly Token[], i: number, lemma: string): boolean {
  const prepositions = lemma === 'blame' ? /^(?:for|on)$/ : lemma === 'credit' ? /^(?:for|with)$/ : /^for$/;
  for (let k = i + 1; k < Math.min(tokens.length, i + 12); k++) {
    const t = tokens[k] as Token;
    if (k > i + 1 && prepositions.test(t.lower)) return true;
    // "denounced the veto as a license to kill", "hailed the ruling as historic": the judgement after "as" (not "as
    // he left": a clause)
    if (k > i + 1 && t.lower === 'as' && (tokens[k + 1]?.tags.has('Determiner') === true || (tokens[k + 1]?.tags.has('Adjective') === true && !tokens[k + 1]?.tags.has('Pronoun')))) return true;
    // a verb after a noun may be a plural noun the tagger misread ("higher energy costs for"); after anything else it opens a clause
    const misread = t.tags.has('Verb') && tokens[k - 1]?.tags.has('Noun') === true && /s$/.test(t.lower) && prepositions.test(tokens[k + 1]?.lower ?? '');
    if (/[,;:]/.test(t.post) || (t.tags.has('Verb') && !t.tags.has('Adjective') && k > i + 1 && !misread)) return false;
  }
  return false;
}

/**
 * "blamed the rebel front", "applauded the ruling", "lambasted the board": a verb of JUDGED_OBJECT_VERBS right
 * before a noun phrase (a determiner, possessive, adjective or noun; not a pronoun: "blamed himself", "nobody blamed
 * him"). Id: `cues/judged-object`.
 */
function judgedObject(tokens: readonly Token[], i: number, lemma: string): boolean {
  const next = tokens[i + 1];
  if (!JUDGED_OBJECT_VERBS.has(lemma) || !next || /[,;:.!?]/.test((tokens[i] as Token).post) || next.tags.has('Pronoun')) return false;
  return next.tags.has('Determiner') || next.tags.has('Possessive') || next.tags.has('Adjective') || next.tags.has('Noun');
}

/** Decisions, acts and words that an attack verb judges ("slammed the veto", "blasted the governor's handling"). */
const JUDGED_ACTS = /^(?:decisions?|vetoe?s?|plans?|moves?|bills?|laws?|rulings?|polic(?:y|ies)|proposals?|deals?|handling|response|remarks?|comments?|statements?|orders?|budgets?|agreements?|strategy|approach|record|letter|speech|announcement|votes?|measures?|nominations?|choice|actions?|conduct|rhetoric|tweets?|ads?|claims?|accusations?|stance|position|reforms?|cuts?|tax|tariffs?|sanctions?|ban|verdict|investigation|probe|treatment|failure|refusal|silence|inaction|performance|leadership|administration|platform|agenda)$/;

/**
 * "slammed the veto", "blasted the governor's handling of the strike", "ripped the court's decision": an attack verb
 * (ATTACK_VERBS) whose object, within five words before any punctuation or preposition, is headed by a decision, act
 * or statement. Id: `cues/attacked-act`.
 */
function attackedAct(tokens: readonly Token[], i: number, lemma: string): boolean {
  if (!ATTACK_VERBS.has(lemma) || /[,;:.!?]/.test((tokens[i] as Token).post)) return false;
  for (let k = i + 1; k < Math.min(tokens.length, i + 6); k++) {
    const t = tokens[k] as Token;
    if (JUDGED_ACTS.test(t.lower)) return true;
    if (/[,;:.!?"”]/.test(t.post) || t.tags.has('Preposition') || (t.tags.has('Verb') && !t.tags.has('Noun') && !t.tags.has('Adjective'))) return false;
  }
  return false;
}

const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['i', 'you', 'he', 'she', 'it', 'we', 'they']);

/**
 * 'Velasco said, "Port Elan is ready."': the tagger reads a past form before a capitalised quote as an adjective ("the
 * said Port Elan"); after a subject (a pronoun or a name, not a determiner) and before a quote or a colon it is the verb.
 */
/**
 * '"The market will punish this," wrote Per Aasen, an analyst at the bank.': after a quote it closes, "wrote" is
 * inverted and the name after it is its subject, no object. Id: `cues/inverted-wrote` (round 20).
 */
function invertedAfterQuote(tokens: readonly Token[], i: number, lemma: string): boolean {
  const next = tokens[i + 1];
  return lemma === 'write' && /[,!?]?["”»]\s*$/.test(tokens[i - 1]?.post ?? '') && (/^\p{Lu}/u.test(next?.text ?? '') || /^(?:the|one|an?)$/.test(next?.lower ?? ''));
}

function framesQuote(tokens: readonly Token[], i: number): boolean {
  const tok = tokens[i] as Token;
  const prev = tokens[i - 1];
  if (!prev || !tok.tags.has('Adjective') || !/(?:ed|said|told|wrote|thought)$/.test(tok.lower)) return false;
  // after its subject, or after "and"/"but" joining it to an earlier verb ("started the petition, and stated:")
  const subject = SUBJECT_PRONOUNS.has(prev.lower) || prev.lower === 'and' || prev.lower === 'but' || (prev.tags.has('Noun') && !prev.tags.has('Pronoun') && !/[,;:]/.test(prev.post));
  const opens = /^\s*[,:]?\s*["“«]/.test(tok.post) || /["“«]/.test(tokens[i + 1]?.pre ?? '') || /^\s*:/.test(tok.post);
  return subject && opens;
}

/** "is convinced that", "remains confident that": an adjective of belief after a copula, before "that". */
function beliefAdjectiveCue(tokens: readonly Token[], i: number): Omit<Cue, 'text'> | null {
  const tok = tokens[i] as Token;
  // "is convinced that ...", or a clause without "that" ("is confident the bill will pass")
  if (!BELIEF_ADJECTIVES.has(tok.lower) || !(tokens[i + 1]?.lower === 'that' || opensClause(tokens, i + 1))) return null;
  let k = i - 1;
  while (k >= 0 && ((tokens[k] as Token).tags.has('Adverb') || (tokens[k] as Token).lower === 'not')) k--;
  if (!/^(?:is|are|was|were|am|remains?|remained|seems?|seemed|feels?|felt|['’]s|['’]re)$/.test(tokens[k]?.lower ?? '')) return null;
  // the copula is part of the cue ("is convinced"), so the subject stands right before it
  return { first: k, last: tokens[i + 1]?.lower === 'that' ? i + 1 : i, lemma: tok.lower, kind: 'assessment', participial: false, according: false };
}

/**
 * "the governor's claim that ...", "his denial that ...": a claim noun with a possessor right before it and
 * "that" right after it. The possessor is found as the cue's subject.
 */
function claimNounCue(tokens: readonly Token[], i: number): Omit<Cue, 'text'> | null {
  const tok = tokens[i] as Token;
  const prev = tokens[i - 1];
  // ('Ana Lee issued a statement: "We will appeal."', "released a statement: ...": a message delivered by a light verb
  // before a colon and a quote frames the quote; round 16)
  const framed = /^\s*:\s*["“]?\s*$/.test(tok.post) && (/["“]/.test(tok.post) || /["“]/.test(tokens[i + 1]?.pre ?? ''));
  if (framed && /^(?:statement|message)$/.test(tok.lower) && prev) {
    const light = lightVerbBefore(tokens, i);
    return light >= 0 ? { first: light, last: i, lemma: tok.lower, kind: 'statement', participial: false, according: false } : null;
  }
  const kind = own(CLAIM_NOUNS, tok.lower);
  if (!kind || !prev || tokens[i + 1]?.lower !== 'that') return null;
  const possessed = /^(?:his|her|their|its)$/.test(prev.lower) || /['’]s?$/.test(prev.text) || /['’]s?\s*$/.test(prev.post);
  if (possessed) return { first: i, last: i + 1, lemma: tok.lower, kind, participial: false, according: false, nominal: true };
  const light = lightVerbBefore(tokens, i);
  return light >= 0 ? { first: light, last: i + 1, lemma: tok.lower, kind, participial: false, according: false } : null;
}

/**
 * "The weather service issued a warning that the river would flood", "the minister gave an assurance that no jobs would
 * go", "sounded a stark warning that": a verb that only delivers the claim noun after "a/an" (and at most one
 * modifier); its subject speaks, as the possessor of "her warning that" does. The index of the verb, else -1. Id:
 * `cues/light-verb-claim-noun` (round 16).
 */
const DELIVERING_VERBS = /^(?:issued|issues|issue|released|releases|published|publishes|posted|posts|gave|gives|give|sounded|sounds|made|makes|delivered|delivers|repeated|repeats|renewed|renews|offered|offers)$/;
function lightVerbBefore(tokens: readonly Token[], i: number): number {
  let k = i - 1;
  if (k > 0 && (tokens[k] as Token).tags.has('Adjective') && !/[,;:]/.test((tokens[k] as Token).post)) k--;
  if (!/^(?:a|an|the)$/.test(tokens[k]?.lower ?? '')) return -1;
  // (a verb that is a cue of its own, "expressed the hope that", "voiced a fear that", keeps its reading)
  const verb = tokens[k - 1]?.lower ?? '';
  return DELIVERING_VERBS.test(verb) && reportingLemma(verb) === undefined ? k - 1 : -1;
}

/** Verbs that put a claim noun of the subject's forward again ("repeated his claim that", "renewed her warning that"). */
const RESTATING_VERBS = /^(?:repeated|repeats|reiterated|reiterates|renewed|renews|restated|restates|made|makes|stood by|defended|defends|doubled)$/;

/** A cue joined to the previous one by "and"/"but" with no subject of its own ("..., but stressed that"). */
export function isCoordinated(sentence: TaggedSentence, cue: Cue): boolean {
  // a list of predicates: "urged calm, warned against violence and pledged ..."
  // ("..., while the company, which employs 900 people, said": the comma closes the subject's relative aside; round 25)
  if (/,\s*$/.test(sentence.tokens[cue.first - 1]?.post ?? '')) return !subjectWithAside(sentence.tokens, cue.first);
  // "promised to bring back jobs and repeated his claim that ...": a claim noun owned by the subject of a verb joined by "and"
  if (cue.nominal && /^(?:his|her|their|its)$/.test(sentence.tokens[cue.first - 1]?.lower ?? '') && RESTATING_VERBS.test(sentence.tokens[cue.first - 2]?.lower ?? '')) {
    return /^(?:and|but|then)$/.test(sentence.tokens[cue.first - 3]?.lower ?? '') || /,\s*$/.test(sentence.tokens[cue.first - 3]?.post ?? '');
  }
  for (let k = cue.first - 1; k >= Math.max(0, cue.first - 3); k--) {
    const t = sentence.tokens[k] as Token;
    if (t.lower === 'and' || t.lower === 'but' || t.lower === 'then') return true;
    if (!(t.tags.has('Adverb') || t.tags.has('Auxiliary'))) return false;
  }
  return false;
}
