/**
 * Nominal and pronoun subjects before the cue: "he said", "the company said", "the senator said", "its chairman
 * said", "the aid group said", "the union said", resolved to an earlier actor. Moved out of `claims.ts` in round 14,
 * behaviour unchanged.
 */
import { outletAnaphor } from './outlet-speaker.js';
import { own } from '../../nlp/lexicon/own.js';
import { GROUP_NOUNS, ORG_ANAPHOR_NOUNS, ORG_ANAPHORS } from '../../nlp/lexicon/organizations.js';
import type { TaggedSentence, Token } from '../../nlp/tokens.js';
import { firstAtOrAfter } from '../spans-index.js';
import { insideQuote } from '../quotes.js';
import type { EntityMention } from '../entities.js';
import { resolveTitleHolder } from '../anaphors.js';
import { PARTY_MEMBER_NOUNS, ROLE_NOUNS, SPOKESPERSON_NOUNS, TIME_BOUNDED_MODIFIERS, TITLE_ANAPHOR_NOUNS, TITLE_PHRASES } from '../../nlp/lexicon/titles.js';
import type { Cue } from './cues.js';
import { describedBodyStart, describedReferent, type RecentOrganization } from './described-body.js';
import { answeringNoun, apposedActNounAt, isGroupMember, isSpeakerRole, makeSpeaker } from './subject-speaker.js';
import { genderClash, sameSentenceSubject } from './clause-antecedent.js';
import { escapeRegExp } from '../../text/escape-regexp.js';
import { ANAPHOR_WINDOW, mentionsIn, organizationAnaphor, POSSESSIVE_PRONOUN_KINDS, resolveAnaphor, resolvePronoun, type Resolver, SUBJECT_PRONOUNS } from './speaker-resolver.js';
import { describedPerson, namedInDescription } from './description-speaker.js';
import { whoseSpokespersonOwner } from './whose-owner.js';
import { bareRoleSpeaker } from './bare-role.js';
import { documentSubjectBefore } from './document-speaker.js';

/**
 * "Some analysts were more cautious.", "Economists were divided.": the plural of people or bodies one of the two
 * sentences before opens with (after a quantifier, or capitalised), made a group; else null.
 */
function quantifiedGroupBefore(text: string, sentence: TaggedSentence, resolver: Resolver): string | null {
  for (let back = 1; back <= 2; back++) {
    const start = resolver.sentenceStarts.get(sentence.index - back);
    const end = resolver.sentenceStarts.get(sentence.index - back + 1) ?? sentence.start;
    if (start === undefined) return null;
    // ("Relatives of the victims were divided", "Residents of the town fled": a complement with "of" after the group;
    // round 16)
    const m = /^\s*(?:(?:Some|Many|Most|Several|A few|(?:Hundreds|Thousands|Dozens|Scores) of)\s+((?:\p{Ll}[\p{Ll}-]+\s+)?\p{Ll}[\p{Ll}-]+s)|(\p{Lu}\p{Ll}+s(?:\s+of\s+(?:the\s+)?(?:\p{Ll}[\p{Ll}-]+\s+)?\p{Ll}[\p{Ll}-]+)?))\s+(?:were|are|have|had|remain|remained|said|say|disagreed|differed|appeared|seemed|fled|gathered|waited|mourned|wept|queued|returned|reacted|described|recalled|recounted|spoke|told|expressed|welcomed|criticized|criticised|protested|marched|shouted|chanted)\b/u.exec(text.slice(start, end));
    const phrase = m?.[1] ?? m?.[2];
    if (!m || !phrase) continue;
    const head = (phrase.split(/\s+of\s+/)[0]?.split(/\s+/).pop() as string).toLowerCase();
    if (!(GROUP_NOUNS.has(head) || isGroupMember(head.replace(/s$/, '')) || /(?:ers|ors|ists|ians|ants|ents|men)$/.test(head))) continue;
    const name = m[1] ? phrase : phrase.toLowerCase();
    const at = start + m[0].indexOf(phrase);
    return makeSpeaker(resolver.book, name, 'group', { start: at, end: at + phrase.length, text: phrase }).id;
  }
  return null;
}

/**
 * "Economists were divided. Some said ...": a quantifier standing alone as the subject at token `k` is the group named
 * last; undefined when the token is no such subject or no group is found.
 */
function quantifierSpeaker(text: string, sentence: TaggedSentence, cue: Cue, k: number, resolver: Resolver): string | null | undefined {
  const t = sentence.tokens[k] as Token;
  // ("Some said they had forgiven him, while others said ...": a contrast's subordinator opens the clause too)
  const opens = k === 0 || opensClauseAfter(sentence.tokens[k - 1] as Token);
  if (!QUANTIFIER_SUBJECTS.test(t.lower) || !opens || !sentence.tokens.slice(k + 1, cue.first).every((x) => x.tags.has('Adverb') || x.tags.has('Auxiliary'))) return undefined;
  // ("Several senators praised the deal, but others said it went too far": a group that spoke earlier in the same
  // sentence is the one contrasted, before any group of the sentences before; round 18, `speaker/others-same-sentence`)
  // ("Economists say the tax works, but many warn that ...": any quantifier after the group's claim; round 22,
  // `speaker/quantifier-same-sentence`)
  if (k > 0) {
    const earlier = sameSentenceGroupClaimant(sentence, t, resolver);
    if (earlier !== null) return earlier;
  }
  // ("Prosecutors said ... Relatives of the victims were divided. Some said ...": a group named last paragraphs ago
  // yields to the group the sentences just before open with; round 16, `speaker/quantifier-recent-group`)
  if (resolver.lastPlural !== null && !stalePlural(resolver, sentence)) return resolver.lastPlural;
  // "Some analysts were more cautious. Others pointed out ...": the group the sentence before opened with; a lone
  // quantifier is never a name of its own
  const opened = quantifiedGroupBefore(text, sentence, resolver);
  if (opened !== null || t.lower === 'others' || t.lower === 'some') return opened ?? resolver.lastPlural;
  return resolver.lastPlural ?? undefined;
}

/** The group that made the claim read last, when it is named in `sentence` before `t`; else null. */
function sameSentenceGroupClaimant(sentence: TaggedSentence, t: Token, resolver: Resolver): string | null {
  const id = resolver.lastClaimant;
  if (id === null) return null;
  const actor = resolver.actors.get(id) ?? resolver.book.created.find((a) => a.id === id);
  // (a plural group or party, "Several Democrats praised the plan, but others argued": no person, no body in the singular)
  if (actor === undefined || actor.kind === 'person' || !/s$/i.test(actor.name)) return null;
  const inSentence = (m: { start: number; end: number }): boolean => m.start >= sentence.start && m.end <= t.start;
  return mentionsIn(resolver, sentence.index).some((m) => m.recordId === id && inSentence(m)) || actor.mentions.some(inSentence) ? id : null;
}

/** Whether the plural named last was last mentioned before the two sentences before `sentence`. */
function stalePlural(resolver: Resolver, sentence: TaggedSentence): boolean {
  const from = resolver.sentenceStarts.get(sentence.index - 2) ?? resolver.sentenceStarts.get(sentence.index - 1) ?? sentence.start;
  return !resolver.mentions.some((m) => m.recordId === resolver.lastPlural && m.start >= from && m.start < sentence.start);
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

/**
 * "Hale accused Ann Lee of lying, a charge she denied": a pronoun answering a claim in apposition is the one the claim
 * was about, the latest person of its gender (for "he"/"she") or body or group (for "it"/"they") named before it in
 * the sentence. Id: `speaker/answering-pronoun` (round 15).
 */
function answeringPronoun(resolver: Resolver, sentence: TaggedSentence, t: Token): string | null {
  const person = t.lower === 'he' || t.lower === 'she';
  const fits = (m: EntityMention): boolean => {
    const kind = resolver.actors.get(m.recordId)?.kind;
    if (kind === undefined) return false;
    return person ? kind === 'person' && !genderClash(t.lower, resolver.genders.get(m.recordId)) : kind !== 'person';
  };
  return mentionsIn(resolver, sentence.index).filter((m) => m.end <= t.start && fits(m)).at(-1)?.recordId ?? null;
}

/**
 * A pronoun or an anaphoric noun phrase right before the cue ("she said", "the ministry said", "her lawyer said",
 * "the governor's office said"): its antecedent or null; undefined when none stands there.
 */
export function anaphorBeforeCue(text: string, sentence: TaggedSentence, cue: Cue, resolver: Resolver): string | null | undefined {
  const owner = whoseSpokespersonOwner(sentence, cue, resolver) ?? ownedRoleAnaphor(text, sentence, cue, resolver);
  if (owner !== undefined) return owner;
  for (let k = cue.first - 1; k >= Math.max(0, cue.first - 4); k--) {
    const t = sentence.tokens[k] as Token;
    const pron = own(SUBJECT_PRONOUNS, t.lower);
    // "Dale held a rally in Florida, and he said ...": the subject of the sentence's first clause
    if (pron && answeringNoun(sentence.tokens, k - 1)) return answeringPronoun(resolver, sentence, t) ?? resolvePronoun(pron, resolver, t.lower);
    if (pron) return sameSentenceSubject(sentence.tokens, k, mentionsIn(resolver, sentence.index), resolver.actors, (at) => insideQuote(resolver.quotes, at), resolver.genders) ?? (t.lower === 'it' && k === 0 ? documentSubjectBefore(text, sentence, resolver) : undefined) ?? resolvePronoun(pron, resolver, t.lower);
    const quantified = quantifierSpeaker(text, sentence, cue, k, resolver);
    if (quantified !== undefined) return quantified;
    // "The newspaper said", "the fact-checking website reported": the outlet named before (round 17)
    const outlet = outletAnaphor(text, sentence, k, resolver);
    if (outlet !== undefined) return outlet;
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
 * "Its chairman said", "Its commission chairman said": an officer of the body "its" refers to speaks for it, as its
 * spokesman does (id `speaker/officer-of-its-body`); one lower-case noun of the body's part may stand between
 * ("its board chairwoman said"; round 13), and the title may be of two words ("Its chief executive said", "its
 * director general said"; round 23, `speaker/two-word-officer-of-its`). `p` is the first word of the role after
 * "its"; `officerOfIts` whether the phrase opens its clause (at the start, after punctuation, "and" or "but").
 */
function officerOfItsAt(tokens: readonly Token[], k: number): { p: number; officerOfIts: boolean } {
  const t = tokens[k] as Token;
  const twoWordOfficer = tokens[k - 2]?.lower === 'its' && TITLE_PHRASES.has(`${tokens[k - 1]?.lower ?? ''} ${t.lower}`);
  const modifierOfIts = twoWordOfficer || (OFFICER_NOUNS.test(t.lower) && tokens[k - 2]?.lower === 'its' && /^\p{Ll}+$/u.test(tokens[k - 1]?.text ?? '') && tokens[k - 1]?.tags.has('Noun') === true);
  const p = modifierOfIts ? k - 1 : k;
  const officerOfIts = (OFFICER_NOUNS.test(t.lower) || twoWordOfficer) && tokens[p - 1]?.lower === 'its' && (p - 1 === 0 || /[,;:"“”]\s*$/.test(tokens[p - 2]?.post ?? '') || /^(?:and|but)$/.test(tokens[p - 2]?.lower ?? ''));
  return { p, officerOfIts };
}

/**
 * The speaker of a role or title noun at token `k` before the cue: "her lawyer said", "the governor's office said",
 * "the general said", "The campaign said", "the regional governor said"; undefined when the noun is none of these.
 */
function titledAnaphorAt(text: string, sentence: TaggedSentence, cue: Cue, k: number, resolver: Resolver): string | null | undefined {
  const t = sentence.tokens[k] as Token;
  // "her lawyer said", "its spokesman said": the one a spokesperson, lawyer or aide speaks for, as "X's lawyer said"
  const { p, officerOfIts } = officerOfItsAt(sentence.tokens, k);
  const ownerPronoun = SPOKESPERSON_NOUNS.test(t.lower) || officerOfIts ? own(POSSESSIVE_PRONOUN_KINDS, sentence.tokens[p - 1]?.lower ?? '') : undefined;
  // ("an upset that his campaign said showed ...": also opening a relative clause)
  // (", a victory her campaign said put ...": after the writer's noun for an act too; round 18, `speaker/act-noun-before-relative`)
  if (ownerPronoun && (p - 1 === 0 || /[,;:"“”]\s*$/.test(sentence.tokens[p - 2]?.post ?? '') || /^(?:and|but|that|which)$/.test(sentence.tokens[p - 2]?.lower ?? '') || apposedActNounAt(sentence.tokens, p - 2))) {
    // "Tom Lee denied the charges and his lawyer said": the person the sentence named before the pronoun, of the
    // pronoun's gender ("Angela Merkel spoke to Pavel Orlov ..., her spokesman said" is Merkel's; id
    // `speaker/possessor-gender-in-sentence`)
    // ("Tarvik Steel cut 200 jobs, and its chief executive said": the body the sentence named before "its"; id
    // `speaker/its-body-in-sentence`, round 23)
    const word = sentence.tokens[p - 1]?.lower ?? '';
    const fits = (m: EntityMention): boolean => {
      const kind = resolver.actors.get(m.recordId)?.kind;
      return ownerPronoun === 'person' ? kind === 'person' && !genderClash(word, resolver.genders.get(m.recordId)) : ownerPronoun === 'thing' && (kind === 'organization' || kind === 'government');
    };
    const before = mentionsIn(resolver, sentence.index).filter((m) => m.end <= (sentence.tokens[p - 1] as Token).start && fits(m));
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
    // ("The senator's campaign said" with nobody titled senator: as "The senator said", nobody the reader can name;
    // no group "senator's campaign"; an office is a body and speaks as one, "The mayor's office said"; round 14,
    // `speaker/bare-title-owner`)
    if (t.lower !== 'office' && sentence.tokens[k - 2]?.lower === 'the' && TITLE_ANAPHOR_NOUNS.has((ownerTitle[1] as string).toLowerCase())) return null;
  }
  // ("critics of the senator argue": "the senator" is a complement, not the subject)
  const complement = /^(?:of|for|from|with|to|by)$/.test(sentence.tokens[k - 2]?.lower ?? '');
  if (sentence.tokens[k - 1]?.lower === 'the' && !ORG_ANAPHORS.has(t.lower) && !complement) {
    // the entity stage's resolver: the one current holder of that title ("Former President A" holds none)
    const titled = TITLE_ANAPHOR_NOUNS.has(t.lower) ? resolveTitleHolder(resolver.actorList, t.lower, { mentions: resolver.mentions, at: t.start })?.id ?? bareRoleSpeaker(sentence, k, resolver) ?? null : bareRoleSpeaker(sentence, k, resolver) ?? null;
    if (titled) return titled;
  }
  // "The campaign said": the candidate whose campaign the article named ("the Dale campaign", "Dale's campaign")
  if (t.lower === 'campaign' && sentence.tokens[k - 1]?.lower === 'the' && (k - 1 === 0 || opensClauseAfter(sentence.tokens[k - 2] as Token) || apposedActNounAt(sentence.tokens, k - 2))) {
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
// ("Relatives gathered outside the court. One said the sentence was too lenient. Another said ...": one member of
// the group speaks; the group stands for the unnamed member, as for "Some said"; round 17,
// `speaker/one-of-recent-group`)
const QUANTIFIER_SUBJECTS = /^(?:some|others|many|most|several|one|another)$/;

/**
 * Whether a phrase right after `before` opens its clause: `before` ends in punctuation, or is "and"/"but" or a
 * concessive or contrastive subordinator ("..., though a spokeswoman said", "while others argued"; these were read
 * for quantifiers alone until round 23, `speaker/after-concessive`).
 */
export function opensClauseAfter(before: Token): boolean {
  return /[,;:"“”—–]\s*$/.test(before.post) || /^(?:and|but|while|whereas|though|although)$/.test(before.lower);
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
