/**
 * Speakers named by a description: "The 69-year-old former senator said", "the Republican nominee said", and
 * "..., said the Vermont senator" resolve to the one person the description fits. Moved out of `claims.ts` in
 * round 14, behaviour unchanged.
 */
import type { Actor } from '../../schema/actor.js';
import { ORG_ANAPHORS, ORG_HEAD_WORDS } from '../../nlp/lexicon/organizations.js';
import type { TaggedSentence, Token } from '../../nlp/tokens.js';
import type { EntityMention } from '../entities.js';
import { resolveTitleHolder } from '../anaphors.js';
import { NAME_TITLES_LOWER, PARTY_MEMBER_NOUNS, ROLE_NOUNS, TIME_BOUNDED_MODIFIERS, TITLE_ANAPHOR_NOUNS } from '../../nlp/lexicon/titles.js';
import type { Cue } from './cues.js';
import { DESCRIPTION_NOUNS } from './described-body.js';
import { makeSpeaker } from './subject-speaker.js';
import { introducedRoles, personDescribedAs } from './described-person.js';
import { mentionsIn, type Resolver } from './speaker-resolver.js';
import { BETWEEN_SUBJECT_AND_CUE } from './mention-speaker.js';

/** Role nouns that introduce a person in apposition or before the name ("a ministry spokesman, X,"). */
const INTRODUCING_ROLES: ReadonlySet<string> = new Set([...ROLE_NOUNS, ...TITLE_ANAPHOR_NOUNS]);

/** Words that open a fronted phrase before a sentence's subject ("After the vote, ..."). */
export const FRONTED = /^(?:after|before|during|in|on|at|with|without|despite|following|when|while|as|since|although|though|if|standing|speaking|meanwhile|however|later|earlier|yesterday|today)$/;

/**
 * Participles of questioning that open a press-conference sentence before its subject ("Asked about the red card,
 * the coach said", "Pressed on the deficit, the minister said", "Questioned about the resignation of her deputy, the
 * minister declined"); the question may run longer than other fronted phrases. Source: the Q&A formulas of
 * press-conference and interview reports. Id: `speaker/fronted-question` (round 19).
 */
const ASKED_OPENERS = /^(?:asked|questioned|pressed|quizzed|challenged|interviewed|grilled)$/;

/** Campaign descriptions of one person ("the Republican nominee", "the front-runner"); source: US campaign reporting. */
const CANDIDACY_NOUNS: ReadonlySet<string> = new Set(['nominee', 'front-runner', 'frontrunner', 'challenger', 'incumbent', 'hopeful', 'contender', 'businessman', 'businesswoman', 'billionaire']);

/**
 * "Speaking at a rally in Ohio, the nominee told ...", "In an interview on Sunday, the senator said ...": the index
 * of the comma-closed token ending a fronted participial or prepositional phrase of up to twelve words, else -1.
 */
export function frontedPhraseEnd(tokens: readonly Token[]): number {
  const first = tokens[0];
  const asked = first !== undefined && ASKED_OPENERS.test(first.lower);
  if (!first || !(FRONTED.test(first.lower) || asked || (first.tags.has('Gerund') && /ing$/.test(first.lower)))) return -1;
  for (let j = 0; j < Math.min(tokens.length - 1, asked ? 20 : 12); j++) {
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
export function descriptionHead(sentence: TaggedSentence, opener = frontedPhraseEnd(sentence.tokens) + 1): number {
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
    // ("The candidate himself blamed ...": an emphatic reflexive between the head and its verb)
    if (person && (next.tags.has('Verb') || next.tags.has('Auxiliary') || next.tags.has('Adverb') || /^(?:himself|herself)$/.test(next.lower))) return j;
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
export function describedSpeaker(text: string, sentence: TaggedSentence, cue: Cue, resolver: Resolver): string | null {
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
export function describedAfter(text: string, sentence: TaggedSentence, cue: Cue, resolver: Resolver): string | null {
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
export function namedInDescription(resolver: Resolver, sentenceIndex: number, from: number, to: number): boolean {
  return mentionsIn(resolver, sentenceIndex).some((m) => m.start >= from && m.start < to
    && (resolver.actors.get(m.recordId)?.kind === 'person' || /\s/.test(resolver.actors.get(m.recordId)?.name ?? ' ')));
}

/** The person a description refers to: the one holder of its title ("the Alabama senator"), else the person the text is about. */
export function describedPerson(text: string, resolver: Resolver, sentence: TaggedSentence, opener: number, at: number, role?: string): string | null {
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
  // (the roles the text introduced the person with count as titles: "A ministry spokesman, Ahmad Mostaghni, said ...
  // The Afghan president said" is no claim of the spokesman; round 17, `speaker/introduced-role`)
  const lastTitles = last === undefined ? [] : [...last.titles, ...introducedRoles(text, last, INTRODUCING_ROLES)];
  if (at === opener + 1 && last !== undefined && lastTitles.length > 0) return null;
  // ("A senior official said ... The outgoing chairman said": an unnamed source, named by a lower-case phrase, is no
  // person the text is about; id `speaker/described-not-unnamed`, round 13)
  // ("Marco Rubio ... One donor said ... The candidate said": a campaign description is the candidate named last,
  // past the unnamed sources quoted since; id `speaker/campaign-description-named`, round 16 second wave)
  if (last !== undefined && /^\p{Ll}/u.test(last.name)) return CANDIDACY_NOUNS.has(word) || word === 'candidate' ? lastNamedPerson(resolver, word) : null;
  // ("Justice Clarence Thomas wrote ... The Texas attorney general said", "Judge Ann Lee ruled. The Ohio governor
  // said": a described title is nobody who holds only other titles but a person of its own, as "the regional
  // governor" is; id `speaker/described-other-office`, round 13)
  // ("The former prosecutor" after "Governor Tom Reyes" held the office once: the person the text is about)
  const office = !bounded && (TITLE_ANAPHOR_NOUNS.has(word) || ROLE_NOUNS.has(word));
  if (office && last !== undefined && lastTitles.length > 0 && !lastTitles.some((x) => x.toLowerCase().split(/\s+/).includes(word))) {
    const from = (sentence.tokens[opener + 1] as Token).start;
    // ("The Afghan president's office said": the person, without the possessive)
    const name = text.slice(from, head.end).replace(/['’]s?$/u, '');
    return makeSpeaker(resolver.book, name, 'person', { start: from, end: from + name.length, text: name }).id;
  }
  return resolver.lastPerson;
}

/**
 * The person a description with head word `word` goes on with: the last person, unless that is an unnamed source
 * the word does not describe ("One donor said ... The candidate blamed ...", "An aide said ... The nominee
 * attacked ..."), then the latest person named by name before it. Id: `speaker/campaign-description-named`.
 */
export function lastNamedPerson(resolver: Resolver, word: string): string | null {
  const last = resolver.lastPerson === null ? undefined : resolver.actors.get(resolver.lastPerson);
  if (last === undefined || !/^\p{Ll}/u.test(last.name) || last.name.toLowerCase().split(/\s+/).includes(word)) return resolver.lastPerson;
  return resolver.personHistory.findLast((id) => /^\p{Lu}/u.test(resolver.actors.get(id)?.name ?? '')) ?? null;
}

/** The head word of a description of a person opening the sentence with no person's name inside it, else null. */
export function describedSubject(sentence: TaggedSentence, mentions: readonly EntityMention[]): string | null {
  const head = descriptionHead(sentence);
  return head >= 0 && !mentions.some((m) => m.start < (sentence.tokens[head] as Token).end) ? hyphenatedWord(sentence.tokens, head) : null;
}
