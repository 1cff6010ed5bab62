/**
 * Documents as subjects and "according to" sources: "A Gallup poll found", "The survey also showed", "according
 * to a statement by the ministry" speak for the body that wrote them. Moved out of `claims.ts` in round 14, behaviour
 * unchanged.
 */
import { ORG_ANAPHOR_NOUNS, ORG_ANAPHORS } from '../../nlp/lexicon/organizations.js';
import type { TaggedSentence, Token } from '../../nlp/tokens.js';
import { firstAtOrAfter } from '../spans-index.js';
import type { Cue } from './cues.js';
import { DATA_FINDING_CUES, DOCUMENT_CUES, documentAfter, documentBefore, HOLDER_PARTICIPLES, isDocumentWord, type DocumentPhrase } from './document-source.js';
import { accordingSpeaker, lowerFirst, makeSpeaker } from './subject-speaker.js';
import { mentionsIn, organizationAnaphor, resolveAnaphor, type Resolver } from './speaker-resolver.js';

/**
 * A document as the subject of the cue ("A Vantage Institute poll released last week found", "a study by Greenfield
 * showed", "A statement from the ministry said", "The indictment alleges"): its author when the phrase names one (a
 * name before the noun or after "by/from/of", an anaphor there: "the ministry's statement"), else the author of an
 * earlier document of its kind or the actor named where it was introduced, else the document itself as a speaker.
 */
export function documentSpeaker(text: string, sentence: TaggedSentence, cue: Cue, resolver: Resolver): string | null {
  const doc = DOCUMENT_CUES.has(cue.lemma) ? documentBefore(sentence.tokens, cue.first, DATA_FINDING_CUES.has(cue.lemma)) : null;
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
    // ("The ruling by Judge Ann Lee said", "the opinion by federal judge Ivo Lind": a title between "by" and the name;
    // "A survey published on Sunday by the Kastor Institute found": a time of the participle before "by", round 20,
    // `speaker/author-after-dated-participle`)
    // ("A review of the trials published by the Kastor Institute concluded": a topic of up to three words before the
    // participle; round 23, `speaker/author-after-topic`)
    ?? mentions.find((m) => m.start >= noun.end && m.end <= cueStart && (/^\s+(?:(?:of|on|into|about)\s+(?:[\p{L}\d,-]+\s+){1,3}?(?=\p{Ll}+(?:ed|en|wn)\s+by\s))?(?:\p{L}+\s+){0,2}?(?:(?:on|last|this|in|early|late)\s+\p{L}+\s+)?(?:by|from|of|for)\s+(?:the\s+)?(?:(?:\p{Lu}[\p{L}.]*|federal|district|circuit|appeals|chief|senior|judge|justice|magistrate)\s+){0,3}$/u.test(text.slice(noun.end, m.start)) || AUTHOR_IN_ASIDE.test(text.slice(noun.end, m.start)))
      // ("An email obtained by The Washington Post showed": who holds the document did not write it)
      && !text.slice(noun.end, m.start).split(/\s+/).some((w) => HOLDER_PARTICIPLES.test(w)));
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
  return makeSpeaker(resolver.book, lowerFirst(name), 'organization', { start: (tokens[doc.first] as Token).start, end: noun.end, text: name }).id;
}

/**
 * The author named inside a participle's aside after the document ("The report, released Wednesday by the Pentagon's
 * inspector general, concluded", "The survey of 800 voters, conducted by Baldwin Research between May 8 and 12,
 * showed"): the text from the noun to the author's name, with the noun's topic ("of 800 voters") before the comma.
 * Id: `speaker/author-in-aside` (round 19; the round-18 leftover).
 */
const AUTHOR_IN_ASIDE = /^(?:\s+(?:of|on|into|about)\s+[^,;:()"“”]{1,50})?,\s+(?:\p{Ll}+(?:ed|en|wn|ne|ght|lt)|carried\s+out|put\s+out)\s+(?:[\p{L}\d.,-]+\s+){0,4}?(?:by|from)\s+(?:the\s+)?(?:(?:\p{Lu}[\p{L}.]*|federal|state|chief|senior)\s+){0,3}$/u;

/**
 * A sentence opening with a document as its subject ("The survey put Labour on 40 percent.", "The report was
 * released on Monday."): the document noun's word and offset. The article, a determiner or a possessive, and up to two
 * modifiers, may stand before the noun; a verb, "of", "by" or a comma follows it.
 */
const DOCUMENT_SUBJECT = /^\s*(?:the|this|that|its|their|his|her)\s+(?:(?:new|latest|annual|full|final|second|first|separate|same|\p{Lu}[\p{L}.&-]*)\s+){0,2}(\p{Ll}+)(?=\s+(?:\p{Ll}+(?:s|ed)|put|found|shows?|has|had|was|is|of|by|also)\b|\s*,)/iu;

/**
 * "The survey put Labour on 40 percent. It also found that ...": "it" opening the next sentence is the document
 * the sentence before had as its subject, and speaks for that document's author; undefined when the sentence before
 * opens with no document or no author is known (the pronoun then resolves as before). Id:
 * `speaker/it-after-document-subject` (round 23).
 */
export function documentSubjectBefore(text: string, sentence: TaggedSentence, resolver: Resolver): string | undefined {
  const start = resolver.sentenceStarts.get(sentence.index - 1);
  if (start === undefined) return undefined;
  const m = DOCUMENT_SUBJECT.exec(text.slice(start, sentence.start));
  const word = m?.[1]?.toLowerCase();
  if (!m || !word || !isDocumentWord(word)) return undefined;
  const at = start + m[0].length - word.length;
  const known = resolver.documentAuthors.get(documentKey(word));
  if (known) return known;
  // ("according to a Kastor poll. The survey put ...": a poll is a survey, so either word introduced it)
  for (const w of documentKey(word) === 'poll' ? ['poll', 'survey'] : [word]) {
    const author = earlierDocumentAuthor(text, { start: at, end: at + word.length, lower: w, text: w } as Token, resolver);
    if (author) return author;
  }
  return undefined;
}

/** One key for the forms and synonyms of a document noun: a poll is a survey, "polls" a poll; a report is no poll. */
function documentKey(noun: string): string {
  const singular = noun.replace(/ies$/, 'y').replace(/(?<!s)s$/, '');
  if (PUBLIC_MESSAGES.has(singular)) return 'statement';
  return singular === 'survey' ? 'poll' : singular;
}

/**
 * A body's public announcement, whatever it is called: "the ministry said in a press release ... The statement said",
 * "issued a communique ... The statement added" name one message. Id: `speaker/announcement-synonyms` (round 16).
 */
const PUBLIC_MESSAGES: ReadonlySet<string> = new Set(['statement', 'release', 'communique', 'communiqué']);
const PUBLIC_MESSAGE_WORDS = String.raw`(?:statements?|press\s+releases?|communiqu[eé]s?)`;

/** A public message's noun anywhere ("statement", "press release", ...), built once for both look-backs below. */
const PUBLIC_MESSAGE = new RegExp(String.raw`\b${PUBLIC_MESSAGE_WORDS}\b`, 'gi');

/** How far back (characters) a document looks for the sentence that introduced it. */
const DOCUMENT_WINDOW = 1500;

/**
 * "The European Parliament passed a resolution ... The resolution also stated": the actor named last before the
 * document noun's previous occurrence, in that occurrence's sentence.
 */
function earlierDocumentAuthor(text: string, noun: Token, resolver: Resolver): string | null {
  const from = Math.max(0, noun.start - DOCUMENT_WINDOW);
  const channel = lastChannelAuthor(text, noun, resolver);
  if (channel) return channel;
  const re = documentKey(noun.lower) === 'statement' ? PUBLIC_MESSAGE : new RegExp(`\\b${noun.lower.replace(/s$/, '')}s?\\b`, 'gi');
  let previous = -1;
  for (const m of text.slice(from, noun.start).matchAll(re)) previous = from + (m.index ?? 0);
  if (previous < 0) return null;
  const before = resolver.mentions.slice(0, firstAtOrAfter(resolver.mentions, previous)).findLast((m) => m.record === 'actor' && m.end <= previous);
  // in the same sentence as the earlier occurrence
  if (before && !/[.!?]["”’]?\s/.test(text.slice(before.end, previous))) return before.recordId;
  // ("In one tweet, Harlan wrote ... A second tweet accused the media": the author named after the document in the
  // phrase that introduced it; round 18, `speaker/ordinal-document`)
  const after = resolver.mentions.slice(firstAtOrAfter(resolver.mentions, previous)).find((m) => m.record === 'actor' && m.start < noun.start);
  return after && after.start - previous < 60 && !/[.!?]["”’]?\s/.test(text.slice(previous, after.start)) ? after.recordId : null;
}

/**
 * "Pakistan's foreign ministry summoned the envoy, the ministry said in a press release. The statement said ...", "In a
 * statement, the army said ... The statement added ...": the statement named next is the one the speaker issued; the
 * saying's speaker, not the last actor named before the channel, is its author (the sentence's own record, set by
 * `noteMessageChannel`). Only when that channel is the last mention of a statement before the noun. Id:
 * `speaker/statement-of-channel` (round 16).
 */
function lastChannelAuthor(text: string, noun: Token, resolver: Resolver): string | null {
  if (documentKey(noun.lower) !== 'statement' || !resolver.messageChannels?.length) return null;
  const from = Math.max(0, noun.start - DOCUMENT_WINDOW);
  let previous = -1;
  for (const m of text.slice(from, noun.start).matchAll(PUBLIC_MESSAGE)) previous = from + (m.index ?? 0);
  return resolver.messageChannels.findLast((c) => c.from <= previous && previous < c.to)?.author ?? null;
}

/** A saying's channel that is a public message: "in a statement", "in its press release", "issued a communique". */
const MESSAGE_CHANNEL = new RegExp(String.raw`\b(?:(?:in|via|through)\s+(?:a|an|its|his|her|their|the)|(?:issued|released|put\s+out|published)\s+(?:a|an))\s+(?:[\p{L}-]+\s+){0,2}?${PUBLIC_MESSAGE_WORDS}\b`, 'iu');

/** Records the speaker of a saying whose sentence names its channel as a public message (see `lastChannelAuthor`). */
export function noteMessageChannel(sentence: TaggedSentence, claimantId: string, resolver: Resolver): void {
  if (!MESSAGE_CHANNEL.test(sentence.text)) return;
  (resolver.messageChannels ??= []).push({ from: sentence.start, to: sentence.start + sentence.text.length, author: claimantId });
}

/** "A statement from the ministry", "the ministry's statement": an organisation anaphor as the document's author. */
function documentAnaphor(text: string, sentence: TaggedSentence, doc: DocumentPhrase, cue: Cue, resolver: Resolver): string | null {
  const { tokens } = sentence;
  const possessed = doc.possessor >= 0 ? (tokens[doc.possessor] as Token) : undefined;
  const word = possessed?.lower.replace(/['’]s?$/, '');
  if (possessed && word && ORG_ANAPHORS.has(word) && tokens[doc.possessor - 1]?.lower === 'the') {
    return ORG_ANAPHOR_NOUNS.has(word) ? organizationAnaphor(text, resolver, { ...possessed, lower: word }) : resolveAnaphor(word, resolver, possessed.start);
  }
  const modifier = modifierBody(text, tokens, doc, resolver);
  if (modifier !== undefined) return modifier;
  for (let j = doc.noun + 2; j < cue.first; j++) {
    const t = tokens[j] as Token;
    if (!ORG_ANAPHORS.has(t.lower) || tokens[j - 1]?.lower !== 'the' || !/^(?:from|by|of)$/.test(tokens[j - 2]?.lower ?? '')) continue;
    return ORG_ANAPHOR_NOUNS.has(t.lower) ? organizationAnaphor(text, resolver, t) : resolveAnaphor(t.lower, resolver, t.start);
  }
  return null;
}

/**
 * "A ministry statement said", "a company filing showed", "An army statement said", "a police report said": a body's
 * common noun right before the document's noun, as its only modifier, names the author as "the ministry's statement"
 * does: the body of that kind named before, else the body or group by its common noun; undefined when the noun before
 * the document is no such modifier. Id: `speaker/body-modifier-document` (round 23).
 */
function modifierBody(text: string, tokens: readonly Token[], doc: DocumentPhrase, resolver: Resolver): string | null | undefined {
  const t = tokens[doc.noun - 1];
  const police = t?.lower === 'police';
  if (doc.noun - 1 !== doc.first || t === undefined || !/^\p{Ll}+$/u.test(t.text) || !(ORG_ANAPHORS.has(t.lower) || police)) return undefined;
  const found = ORG_ANAPHOR_NOUNS.has(t.lower) || police ? organizationAnaphor(text, resolver, t) : resolveAnaphor(t.lower, resolver, t.start);
  return found ?? makeSpeaker(resolver.book, t.lower, police ? 'group' : 'organization', { start: t.start, end: t.end, text: t.text }).id;
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
 * "according to a statement by the army", "according to results released by the election commission": the author
 * named after by/from (a body the source reader knows or makes), else an earlier author of the same document
 * ("The UN issued a report ... according to the report"), else the document itself, as "A statement released on
 * Monday said" speaks; null when no document follows. Id: `speaker/according-to-document` (round 13).
 */
export function accordingDocument(text: string, sentence: TaggedSentence, cue: Cue, resolver: Resolver): string | null {
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
  return makeSpeaker(resolver.book, lowerFirst(name), 'organization', { start, end: noun.end, text: name }).id;
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
