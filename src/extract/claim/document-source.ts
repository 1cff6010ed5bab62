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
]);

/** Messages: without a named author they speak for whoever spoke last ("X issued a statement. The statement said"). */
export const MESSAGE_DOCUMENTS: ReadonlySet<string> = new Set([
  'statement', 'letter', 'memo', 'memorandum', 'email', 'communique', 'communiqué', 'release', 'message', 'note', 'cable', 'post', 'tweet',
]);

/** Legal and official papers that speak as themselves ("the indictment alleges", "the lawsuit claims"). */
export const LEGAL_DOCUMENTS: ReadonlySet<string> = new Set([
  'indictment', 'indictments', 'lawsuit', 'suit', 'complaint', 'filing', 'filings', 'affidavit', 'ruling', 'resolution',
  'document', 'documents', 'warrant', 'motion', 'petition', 'bill', 'legislation', 'transcript', 'records', 'charges',
]);

/** Words that may stand between a document noun and its verb: its author phrase, a participle, a time. */
const POST_MODIFIER = /^(?:from|by|of|for|released|published|issued|filed|obtained|seen|sent|signed|posted|made|conducted|commissioned|passed|adopted|approved|drafted|written|prepared|circulated|leaked|unsealed|in|on|at|last|this|the|a|an|federal|state|court|monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year|also|has|have|had|further|previously|earlier|today|yesterday)$/i;

/** Verbs a document says things with ("the indictment alleges", "the poll found", "a resolution asked"); not acts ("the findings called into question"). */
export const DOCUMENT_CUES: ReadonlySet<string> = new Set([
  'say', 'allege', 'claim', 'state', 'find', 'show', 'conclude', 'suggest', 'indicate', 'reveal', 'estimate', 'note',
  'argue', 'charge', 'accuse', 'warn', 'predict', 'assert', 'report', 'ask', 'urge', 'demand', 'describe', 'add',
  'contend', 'maintain', 'insist', 'acknowledge', 'admit', 'confirm', 'deny', 'announce', 'recommend', 'call for',
]);

const DETERMINER = /^(?:the|a|an|this|that|its|his|her|their|one|another|new|latest|recent)$/i;

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
  if (!/,\s*$/.test(tokens[cueFirst - 1]?.post ?? '')) return cueFirst - 1;
  for (let j = cueFirst - 2; j >= Math.max(1, cueFirst - 25); j--) {
    const t = tokens[j] as Token;
    // "The Quinnipiac survey, conducted Aug. 3-7, found", "A Gallup poll, released on Monday, showed": a past
    // participle's aside after the noun
    if (/,\s*$/.test(t.post) && participleAside(tokens[j + 1])) return j;
    if (/[;:()"“”]/.test(t.post) || (/,/.test(t.post) && !/^(?:which|that)$/.test(tokens[j + 1]?.lower ?? ''))) return cueFirst - 1;
    if (/^(?:which|that)$/.test(t.lower) && /,\s*$/.test((tokens[j - 1] as Token).post)) return j - 1;
  }
  return cueFirst - 1;
}

/** A past participle opening an aside about a document ("conducted", "released", "published", "carried out"). */
function participleAside(t: Token | undefined): boolean {
  return t !== undefined && /^\p{Ll}+(?:ed|en|wn|ne|ght|lt)$/u.test(t.text) && t.tags.has('Verb') && !t.tags.has('Gerund');
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
export function documentBefore(tokens: readonly Token[], cueFirst: number): DocumentPhrase | null {
  const last = relativeClauseStart(tokens, cueFirst);
  let noun = -1;
  for (let k = last; k >= Math.max(0, last - 8); k--) {
    const t = tokens[k] as Token;
    if (/[,;:()"“”]/.test(t.post) && k !== last) return null;
    if (/[,;:()"“”]/.test(t.post) && last === cueFirst - 1) return null;
    const kind = documentKind(t.lower);
    if (kind && !/^(?:of|from|by)$/.test(tokens[k - 1]?.lower ?? '')) {
      noun = k;
      break;
    }
    if (!POST_MODIFIER.test(t.lower) && !/^\p{Lu}/u.test(t.text)) return null;
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
    if (/[,;:()"“”]/.test(t.post) || DETERMINER.test(t.lower) || t.tags.has('Verb') || t.tags.has('Preposition') || t.tags.has('Pronoun')) break;
    if (/['’]s?$/.test(t.text) && /['’]/.test(t.text)) {
      possessor = j;
      break;
    }
    if (!(t.tags.has('Adjective') || t.tags.has('Noun') || t.tags.has('Value') || /^\p{Lu}/u.test(t.text))) break;
    first = j;
  }
  let opener = (possessor >= 0 ? possessor : first) - 1;
  // determiners, but not "that" ("that a poll found": "that" opens the clause, "a" the phrase)
  while (opener >= 0 && DETERMINER.test((tokens[opener] as Token).lower) && (tokens[opener] as Token).lower !== 'that') opener--;
  const before = tokens[opener];
  // ("resigned after an inquiry found that ...": a subordinator opens the document's clause as "when" does)
  if (before && !/[,;:"“”—–]/.test(before.post) && !/^(?:and|but|that|while|as|when|after|before|since|because|although|though|once|until)$/i.test(before.lower)) return null;
  return { noun, first, possessor, kind: documentKind((tokens[noun] as Token).lower) as DocumentPhrase['kind'] };
}
