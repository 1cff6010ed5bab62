import type { Token } from '../../nlp/tokens.js';

/*
 * Documents as the subject of a reporting verb ("The indictment alleges that ...", "A statement from the ministry
 * said ...", "A new Gallup survey shows ..."). Political-news annotation (PARC, PolNeAR) counts them as
 * attributions; the source is the document's author when the phrase names one, else the document itself.
 */

/** Study-like documents: any of them may take up the author of an earlier one ("A Gallup poll found ... The survey also showed"). */
export const STUDY_DOCUMENTS: ReadonlySet<string> = new Set([
  'poll', 'polls', 'survey', 'surveys', 'study', 'studies', 'report', 'reports', 'analysis', 'research', 'review',
  'investigation', 'inquiry', 'audit', 'census', 'assessment', 'findings', 'probe', 'estimate', 'estimates',
  'projection', 'projections',
  // round 15 (claims17): examinations that find things with no person named ("An autopsy found that he had died of
  // a heart attack", "A post-mortem showed", "Tests confirmed that the water was contaminated", "The inspection
  // revealed cracks"); id `speaker/examination-document`. Source: the findings the issue lists (report, poll,
  // study, investigation, court) widened to the examinations of disaster and crime reports.
  // ("post-mortem" is tokenised as "post" and "mortem")
  'autopsy', 'autopsies', 'mortem', 'mortems', 'postmortem', 'postmortems', 'examination', 'examinations', 'inspection',
  'inspections', 'evaluation', 'test', 'tests', 'inquest', 'audits', 'reviews', 'analyses',
]);

/** Messages: without a named author they speak for whoever spoke last ("X issued a statement. The statement said"). */
export const MESSAGE_DOCUMENTS: ReadonlySet<string> = new Set([
  'statement', 'letter', 'memo', 'memorandum', 'email', 'communique', 'communiqué', 'release', 'message', 'note', 'cable', 'post', 'tweet',
  // round 15 (claims17): a call's readout ("A White House readout said the leaders discussed trade")
  'readout',
  // round 22: leaked messages in the plural ("Emails obtained by the newspaper show that", "Internal memos reviewed by
  // the agency reveal", "Text messages seen by the court indicate"); "statements" stays out ("Bank statements show"
  // are accounts, no public message). Id: `speaker/plural-messages`.
  'emails', 'letters', 'memos', 'memoranda', 'messages', 'cables',
  // round 23: the record of a board's meeting, which speaks for the body that met ("The central bank held rates ...
  // Minutes of the April meeting showed that two members wanted a cut"; "Minutes later, police said" is a time, and
  // "later" is no word of a document phrase). Id: `speaker/meeting-minutes`.
  'minutes',
]);

/** Legal and official papers that speak as themselves ("the indictment alleges", "the lawsuit claims"). */
export const LEGAL_DOCUMENTS: ReadonlySet<string> = new Set([
  'indictment', 'indictments', 'lawsuit', 'suit', 'complaint', 'filing', 'filings', 'affidavit', 'ruling', 'resolution',
  'document', 'documents', 'warrant', 'motion', 'petition', 'bill', 'legislation', 'transcript', 'records', 'charges',
]);

/** Words that may stand between a document noun and its verb: its author phrase, a participle, a time. */
const POST_MODIFIER = /^(?:from|by|of|for|released|published|issued|filed|obtained|seen|sent|signed|posted|made|conducted|commissioned|passed|adopted|approved|drafted|written|prepared|circulated|leaked|unsealed|in|on|at|last|this|the|a|an|federal|state|court|monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year|also|has|have|had|further|previously|earlier|today|yesterday)$/i;

/**
 * Participles of getting hold of a document, whose agent after "by" is who holds it now, not who wrote it ("an email
 * obtained by The Washington Post showed", "a memo seen by Reuters said", "according to a letter reviewed by the
 * BBC"). Source: the sourcing formulas of wire and newspaper reports of leaks. Id: `speaker/document-holder-not-author`
 * (round 18).
 */
export const HOLDER_PARTICIPLES = /^(?:obtained|seen|reviewed|viewed|acquired|examined|shared)$/i;

/** Verbs a document says things with ("the indictment alleges", "the poll found", "a resolution asked"); not acts ("the findings called into question"). */
export const DOCUMENT_CUES: ReadonlySet<string> = new Set([
  'say', 'allege', 'claim', 'state', 'find', 'show', 'conclude', 'suggest', 'indicate', 'reveal', 'estimate', 'note',
  'argue', 'charge', 'accuse', 'warn', 'predict', 'assert', 'report', 'ask', 'urge', 'demand', 'describe', 'add',
  'contend', 'maintain', 'insist', 'acknowledge', 'admit', 'confirm', 'deny', 'announce', 'recommend', 'call for',
  // round 13: statements and communiqués judge ("A statement issued after the summit expressed concern", "The
  // communiqué condemned the attack", "the resolution welcomed the truce")
  'express', 'condemn', 'welcome', 'praise', 'criticize', 'criticise', 'reject', 'call on',
  // round 15 (claims17): findings ("An inquiry determined that the fire had been set", "The audit established that")
  'determine', 'establish',
]);

// (round 18: ordinals and words of sequence count the documents of one author, "A second tweet accused the media",
// "In a later statement, ..., a separate letter said": `speaker/ordinal-document`)
const DETERMINER = /^(?:the|a|an|this|that|its|his|her|their|one|another|new|latest|recent|second|third|fourth|fifth|later|subsequent|separate|further|follow-up|earlier|first|final|last)$/i;

/** Where a document phrase before a cue sits: its head noun, its first word and the class of document. */
export interface DocumentPhrase {
  /** Index of the document noun. */
  noun: number;
  /** Index of the phrase's first word (after determiners and possessors). */
  first: number;
  /** Index of the possessor word ("the ministry's statement"), or -1. */
  possessor: number;
  kind: 'study' | 'message' | 'legal';
}

/**
 * "The letter, which was sent to eight committee chairmen, said": the last word before a relative clause closed by a
 * comma right before the cue; else the word right before the cue.
 */
function relativeClauseStart(tokens: readonly Token[], cueFirst: number): number {
  // ("The poll, which questioned 1,200 adults, also found": adverbs of the verb group after the aside's comma;
  // round 20, `speaker/document-relative-adverb`)
  let c = cueFirst;
  while (c > 1 && /^(?:also|later|further|previously|then|has|have|had)$/.test(tokens[c - 1]?.lower ?? '') && /^\s+$/.test(tokens[c - 1]?.post ?? '')) c--;
  if (!/,\s*$/.test(tokens[c - 1]?.post ?? '')) return cueFirst - 1;
  for (let j = c - 2; j >= Math.max(1, c - 25); j--) {
    const t = tokens[j] as Token;
    // "The Quinnipiac survey, conducted Aug. 3-7, found", "A Gallup poll, released on Monday, showed": a past
    // participle's aside after the noun
    if (/,\s*$/.test(t.post) && participleAside(tokens[j + 1])) return j;
    if (/[;:()"“”]/.test(t.post) || (/,/.test(t.post) && !/^(?:which|that)$/.test(tokens[j + 1]?.lower ?? ''))) return cueFirst - 1;
    if (/^(?:which|that)$/.test(t.lower) && /,\s*$/.test((tokens[j - 1] as Token).post)) return j - 1;
  }
  return cueFirst - 1;
}

/** Words that end a participle's phrase after a document: a clause of its own starts there. */
const CLAUSE_WORDS = /^(?:that|which|who|whom|whose|and|but|or|is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|he|she|it|they|we|i|you)$/;

/**
 * "A statement issued at the end of the summit in Vientiane expressed", "A statement released after the talks said":
 * a document noun followed by a past participle whose phrase (any words but a clause's, no punctuation) runs to
 * `last`, the word before the cue, or a study followed by its topic ("An official inquiry into the sinking of a
 * ferry that killed 47 people has found"); the noun's index, else -1. Id: `speaker/document-participle-phrase`
 * (round 13).
 */
function participlePhraseNoun(tokens: readonly Token[], last: number, dataToo = false): number {
  let clause = false;
  for (let k = last - 1; k >= Math.max(0, last - 14); k--) {
    const t = tokens[k] as Token;
    if (/[,;:()"“”]/.test(t.post) || /^(?:and|but|or)$/.test(t.lower)) return -1;
    clause ||= CLAUSE_WORDS.test(t.lower);
    if (!(documentKind(t.lower) ?? dataKind(t.lower, dataToo)) || /^(?:of|from|by)$/.test(tokens[k - 1]?.lower ?? '')) continue;
    // ("An official inquiry into the sinking of a ferry that killed 47 people has found": a study's topic after
    // "into"/"on" may hold a relative clause of its own)
    if (participleAside(tokens[k + 1]) && !clause) return k;
    if (STUDY_DOCUMENTS.has(t.lower) && /^(?:into|on|about|of)$/.test(tokens[k + 1]?.lower ?? '')) return k;
    return -1;
  }
  return -1;
}

/** A past participle opening an aside about a document ("conducted", "released", "published", "carried out"). */
function participleAside(t: Token | undefined): boolean {
  return t !== undefined && /^\p{Ll}+(?:ed|en|wn|ne|ght|lt)$/u.test(t.text) && t.tags.has('Verb') && !t.tags.has('Gerund');
}

/**
 * "An Elysee readout of the call said", "A transcript of the hearing shows": the head noun of the document's topic
 * after "of/on/about/into the"; "An investigation by the newspaper found": its author's, after "by/from the". Id:
 * `speaker/document-topic` (round 15, claims17).
 */
/** What a study yields, standing before "of" and the study ("the results of the autopsy"). */
const RESULT_NOUNS = /^(?:results|findings|conclusions|outcome)$/;

function topicNoun(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k] as Token;
  if (!t.tags.has('Noun') || t.tags.has('Pronoun')) return false;
  // ("Minutes of the April meeting showed", "A transcript of the board meeting shows": one modifier may stand between
  // the article and the topic; round 23, `speaker/meeting-minutes`)
  const m = /^\p{L}+$/u.test(tokens[k - 1]?.text ?? '') && tokens[k - 1]?.tags.has('Noun') === true && !/[,;:]/.test(tokens[k - 1]?.post ?? '') ? 1 : 0;
  return /^(?:the|a|an|this|that)$/.test(tokens[k - 1 - m]?.lower ?? '') && /^(?:of|on|about|into|by|from)$/.test(tokens[k - 2 - m]?.lower ?? '');
}

/** Whether a word names a document or data ("records", "figures", "statement"), whatever the tagger made of it. */
export function isDocumentWord(word: string): boolean {
  return documentKind(word) !== null || DATA_DOCUMENTS.has(word);
}

function documentKind(word: string): DocumentPhrase['kind'] | null {
  if (STUDY_DOCUMENTS.has(word)) return 'study';
  if (MESSAGE_DOCUMENTS.has(word)) return 'message';
  if (LEGAL_DOCUMENTS.has(word)) return 'legal';
  return null;
}

/**
 * The document phrase that is the subject of the cue at `cueFirst`: a document noun, then at most six words of
 * its author or circumstances ("from the ministry", "released Monday", "filed in federal court"), then the cue;
 * the phrase opens its clause. Null when the words before the cue are no such phrase.
 */
export function documentBefore(tokens: readonly Token[], cueFirst: number, dataToo = false): DocumentPhrase | null {
  const last = relativeClauseStart(tokens, cueFirst);
  let noun = participlePhraseNoun(tokens, last, dataToo);
  for (let k = last; noun < 0 && k >= Math.max(0, last - 8); k--) {
    const t = tokens[k] as Token;
    if (/[,;:()"“”]/.test(t.post) && k !== last) return null;
    if (/[,;:()"“”]/.test(t.post) && last === cueFirst - 1) return null;
    // ("Data from the statistics office showed": a data word inside the author phrase is no head)
    const authorWord = /^(?:of|from|by)$/.test(tokens[k - 2]?.lower ?? '') && DETERMINER.test(tokens[k - 1]?.lower ?? '');
    const kind = documentKind(t.lower) ?? (authorWord ? null : dataKind(t.lower, dataToo));
    if (kind && !/^(?:of|from|by)$/.test(tokens[k - 1]?.lower ?? '')) {
      noun = k;
      break;
    }
    if (!POST_MODIFIER.test(t.lower) && !/^\p{Lu}/u.test(t.text) && !topicNoun(tokens, k)) return null;
  }
  if (noun < 0) return null;
  // "The ruling National Congress said": a document noun right before a name modifies it, as an adjective would
  const after = tokens[noun + 1];
  if (noun < last && after !== undefined && /^\p{Lu}/u.test(after.text) && !POST_MODIFIER.test(after.lower)) return null;
  // premodifiers: adjectives, nouns, capitalised words, a possessor; the phrase starts after its determiners
  let first = noun;
  let possessor = -1;
  for (let j = noun - 1; j >= Math.max(0, noun - 4); j--) {
    const t = tokens[j] as Token;
    if (/[,;:()"“”]/.test(t.post) || DETERMINER.test(t.lower) || (t.tags.has('Verb') && !imperativeMisread(tokens, j) && !handledDocument(tokens, j)) || t.tags.has('Preposition') || t.tags.has('Pronoun')) break;
    if (/['’]s?$/.test(t.text) && /['’]/.test(t.text)) {
      possessor = j;
      break;
    }
    if (!(t.tags.has('Adjective') || t.tags.has('Noun') || t.tags.has('Value') || /^\p{Lu}/u.test(t.text) || handledDocument(tokens, j))) break;
    first = j;
  }
  let opener = (possessor >= 0 ? possessor : first) - 1;
  // determiners, but not "that" ("that a poll found": "that" opens the clause, "a" the phrase)
  while (opener >= 0 && DETERMINER.test((tokens[opener] as Token).lower) && (tokens[opener] as Token).lower !== 'that') opener--;
  // ("The results of the autopsy showed", "The findings of the inquiry showed": what a study found speaks as the
  // study; round 15, claims17, `speaker/results-of-study`)
  if (tokens[opener]?.lower === 'of' && RESULT_NOUNS.test(tokens[opener - 1]?.lower ?? '') && documentKind((tokens[noun] as Token).lower) === 'study') {
    opener -= 2;
    while (opener >= 0 && DETERMINER.test((tokens[opener] as Token).lower) && (tokens[opener] as Token).lower !== 'that') opener--;
  }
  const before = tokens[opener];
  // ("resigned after an inquiry found that ...": a subordinator opens the document's clause as "when" does)
  if (before && !/[,;:"“”—–]/.test(before.post) && !/^(?:and|but|that|while|as|when|after|before|since|because|although|though|once|until)$/i.test(before.lower)) return null;
  const word = (tokens[noun] as Token).lower;
  return { noun, first, possessor, kind: (documentKind(word) ?? dataKind(word, dataToo)) as DocumentPhrase['kind'] };
}

/**
 * Past participles that tell what was done to a paper, as modifiers before its noun: "The leaked memo warned", "A
 * leaked email said", "Leaked documents show", "the signed letter said", "a redacted report found" (the tagger reads
 * them as past verbs, which ended the phrase: no speaker, no claim). Only opening the phrase, after a determiner or
 * the sentence's start. Source: the sourcing formulas of leak reports. Id: `speaker/handled-document` (round 25).
 */
const HANDLING_PARTICIPLES = /^(?:leaked|signed|unsigned|redacted|unredacted|classified|declassified|revised|amended|updated|unsealed|sealed|handwritten|printed|circulated|published|unpublished|attached|obtained|intercepted|hacked|stolen)$/;
function handledDocument(tokens: readonly Token[], j: number): boolean {
  const before = tokens[j - 1];
  return HANDLING_PARTICIPLES.test((tokens[j] as Token).lower) && (before === undefined || DETERMINER.test(before.lower) || /[,;:"“”—–]\s*$/.test(before.post));
}

/**
 * "Court records show", "Police records show", "Budget documents show": a capitalised noun opening the sentence that
 * the tagger reads as an imperative verb is a premodifier of the document noun after it. Id:
 * `speaker/document-premodifier-misread` (round 22).
 */
function imperativeMisread(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j] as Token;
  return j === 0 && /^\p{Lu}\p{Ll}+$/u.test(t.text) && !t.tags.has('Auxiliary') && !t.tags.has('PastTense') && !t.tags.has('Gerund');
}

/**
 * Data as the subject of a finding ("Results announced on Friday showed that ...", "Figures from the statistics office
 * show that ...", "Official data indicated"): they find as a study does, through the author the phrase names, else as
 * themselves; only with the verbs of `DATA_FINDING_CUES` ("Opposition figures said" are people). Id:
 * `speaker/data-finding` (round 20; the round-19 leftovers).
 */
export const DATA_FINDING_CUES: ReadonlySet<string> = new Set(['show', 'indicate', 'reveal', 'confirm', 'find']);
function dataKind(word: string, dataToo: boolean): DocumentPhrase['kind'] | null {
  return dataToo && DATA_DOCUMENTS.has(word) ? 'study' : null;
}

/** Data that speak as documents after "according to" ("according to figures released by the ministry"). */
const DATA_DOCUMENTS: ReadonlySet<string> = new Set(['results', 'figures', 'data', 'statistics', 'returns', 'tallies', 'count']);

/** Where a document phrase after "according to" sits: its noun, and the first word of its author after by/from, or -1. */
export interface DocumentAfter {
  noun: number;
  /** Index of the phrase's first word after determiners. */
  first: number;
  author: number;
}

/**
 * "according to a statement by the army", "according to results released by the state party", "according to a
 * communiqué issued after their meeting in Seoul": a document noun within the first words after "according to"
 * (`first`), perhaps with a participle, and the author after "by"/"from" when one is named before the phrase's
 * comma. Null when the phrase holds no document noun there ("according to plan", "according to the police").
 * Id: `speaker/according-to-document` (round 13).
 */
export function documentAfter(tokens: readonly Token[], first: number): DocumentAfter | null {
  // ("according to those figures": data named before, inside the claim that named them)
  if (/^(?:those|these|this|that)$/.test(tokens[first]?.lower ?? '')) return null;
  let from = first;
  while (DETERMINER.test(tokens[from]?.lower ?? '')) from++;
  let noun = -1;
  for (let k = from; k < tokens.length && k <= from + 3; k++) {
    const t = tokens[k] as Token;
    // ("according to the Turkish media reports": "reports" is a cue of its own, read by the cue finder)
    if ((documentKind(t.lower) || DATA_DOCUMENTS.has(t.lower)) && t.lower !== 'reports') {
      noun = k;
      break;
    }
    if (/[,;:()"“”]/.test(t.post) || t.tags.has('Verb') || t.tags.has('Preposition')) return null;
  }
  if (noun < 0) return null;
  const author = authorAfter(tokens, noun);
  // data and legal papers speak only through an author ("according to figures released by the ministry"; "according
  // to official figures", "according to the bill" name nobody; legal papers are read by `legalPaperSource`)
  const word = (tokens[noun] as Token).lower;
  return author < 0 && (DATA_DOCUMENTS.has(word) || documentKind(word) === 'legal') ? null : { noun, first: from, author };
}

/**
 * The first word of a document's author after "by"/"from" (or "in" right after the noun before a capitalised name:
 * "a report in the Velmar Daily"), past a participle and its circumstances ("figures released April 3 by Kordwerk
 * Research"); -1 when none is named before the phrase's comma.
 */
function authorAfter(tokens: readonly Token[], noun: number): number {
  for (let k = noun + 1; k < tokens.length && k <= noun + 6; k++) {
    const t = tokens[k] as Token;
    const next = tokens[k + 1];
    if (/^(?:by|from)$/.test(t.lower) && HOLDER_PARTICIPLES.test(tokens[k - 1]?.lower ?? '')) return -1;
    if (next && (/^(?:by|from)$/.test(t.lower) || (t.lower === 'in' && k === noun + 1 && /^\p{Lu}/u.test(next.text)))) return k + 1;
    if (/[,;:()"“”]/.test(t.post) || CLAUSE_WORDS.test(t.lower) || (t.tags.has('Verb') && !participleAside(t))) return -1;
  }
  return -1;
}

/** Verbs that put a document out, whose subject wrote it ("issued a statement", "published a report"). */
const ISSUING_VERBS = /^(?:issued|issues|released|releases|published|publishes|sent|sends|posted|posts|wrote|writes|filed|files|circulated|delivered|signed|tweeted|drafted|unveiled|adopted|passed|made|put)$/;

/**
 * "The ministry issued a statement, which said ...", "Reuters published a report on Monday, which said ...", "The
 * union sent a letter to members, which warned ...": a relative "which" after a document that the clause's verb put
 * out speaks for that verb's subject; the index of the verb, else -1 (the speaker finders then read the subject
 * before it). Id: `speaker/issued-document-which` (round 19).
 */
export function issuedDocumentBeforeWhich(tokens: readonly Token[], cueFirst: number): number {
  let k = cueFirst - 1;
  while (k >= 0 && /^(?:also|later|then|has|had|have|previously)$/.test((tokens[k] as Token).lower)) k--;
  if (tokens[k]?.lower !== 'which' || !/^,\s*$/.test(tokens[k - 1]?.post ?? '')) return -1;
  let noun = -1;
  for (let j = k - 1; j >= Math.max(0, k - 5); j--) {
    const t = tokens[j] as Token;
    if (j < k - 1 && /[,;:()"“”]/.test(t.post)) return -1;
    if (documentKind(t.lower)) { noun = j; break; }
    if (t.tags.has('Verb') && !t.tags.has('Noun')) return -1;
  }
  for (let j = noun - 1; noun > 0 && j >= Math.max(0, noun - 5); j--) {
    const t = tokens[j] as Token;
    if (/[,;:()"“”]/.test(t.post)) return -1;
    if (ISSUING_VERBS.test(t.lower)) return j;
  }
  return -1;
}
