/**
 * A named subject before the cue: the nearest actor mention before "said" with only adverbs, appositions,
 * asides or relative clauses between ("Ana Ruiz, the party's leader, said"; "The Syrian government, in a statement
 * carried by SANA, said"). Moved out of `claims.ts` in round 14, behaviour unchanged.
 */
import type { TaggedSentence, Token } from '../../nlp/tokens.js';
import type { EntityMention } from '../entities.js';
import { US_STATE_ABBREVIATIONS } from '../../nlp/lexicon/name-cues.js';
import { NAME_TITLES_LOWER, POST_NOMINALS, ROLE_NOUNS, TITLE_ANAPHOR_NOUNS } from '../../nlp/lexicon/titles.js';
import type { Cue } from './cues.js';
import { complementOfGroup, KIN_NOUNS, makeSpeaker, namedGroupBeforeComplement, peoplePlural, subjectPhraseSpeaker } from './subject-speaker.js';
import { escapeRegExp } from '../../text/escape-regexp.js';
import { mentionsIn, type Resolver } from './speaker-resolver.js';

/**
 * Adverbs and auxiliaries that may stand between a speaker and the cue ("Merkel has also said").
 * `(?=(x))\1` makes `\w+` and `[^,]{0,40}` atomic: backtracking into them let the repeated group split
 * one gap in exponentially many ways (200 characters took seconds).
 */
export const BETWEEN_SUBJECT_AND_CUE = /^(?:\s|,|has|have|had|is|are|was|were|also|himself|herself|itself|themselves|then|later|again|previously|reportedly|separately|publicly|repeatedly|once|further|would|will|could|may|might|did|does|do|not|never|still|already|earlier|quickly|flatly|firmly|strongly|immediately|initially|long|privately|falsely|wrongly|consistently|frequently|often|always|openly|bluntly|recently|subsequently|quietly|explicitly|today|yesterday|officially|meanwhile|however|though|too|now|instead|in turn|in response|in reply|at the time|at the same time|for (?:his|her|its|their) part|(?:this|last|earlier this|late last|early last) (?:week|month|year|night|weekend|morning|spring|summer|fall|autumn|winter)|on (?=(\w+))\1(?: \d+)?|in a (?:statement|speech|post|letter|interview)(?=((?: [^,]{0,40})?))\2|in an interview(?=((?: [^,]{0,40})?))\3)*$/i;
/**
 * "The Syrian government, in a statement carried by the state news agency SANA, said": a channel set off by commas
 * between the subject and its cue, with the outlet that carried it; the outlet is no subject. Id:
 * `speaker/channel-aside`.
 */
const CHANNEL_ASIDE_SOURCE = String.raw`,\s*(?:in|through|via)\s+(?:a|an|the|its|his|her|their)\s+(?:[\p{L}-]+\s+){0,3}?(?:statement|letter|communiqu[eé]|interview|post|message|broadcast|address|video|note)\b`;
const CHANNEL_ASIDE = new RegExp(`^${CHANNEL_ASIDE_SOURCE}`, 'u');
const CHANNEL_ASIDE_GAP = new RegExp(`${CHANNEL_ASIDE_SOURCE}[^,]*,`, 'gu');

/**
 * A participial phrase set off by commas: ", speaking at a rally,", ", reached by telephone,", ", asked about the vote,",
 * and irregular participles (", known as Timochenko,", ", better known as X,", ", born in Lisbon,", ", led by ...,").
 */
const PARTICIPIAL_ASIDE = new RegExp(String.raw`,\s*(?:having\s+|(?:better|also|widely|commonly|popularly)\s+)?(?:\p{Ll}+(?:ing|ed|en)|known|born|led|held|sworn|seen|kept|brought|caught|sent|set|hit|put|built|thought)\b[^,]*` +
  // (", based in Jericho, N.Y.,": a city's abbreviated state inside the aside; ", speaking at his club in Jupiter,
  // Florida,": a city's state or country written out)
  String.raw`(?:,\s*(?:${Object.keys(US_STATE_ABBREVIATIONS).map(escapeRegExp).join('|')}|\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?))?,`, 'gu');
/** An aside naming members of the subject ("Ten Democrats, including Senator Ruth Dale, said"). */
const INCLUSION_ASIDE = /^,\s*(?:including|among\s+them|such\s+as)\s[^,]*$/i;
/** The start of an apposition or relative clause: ", the U.S. general who oversees ...". */
// (", contacted by The Times,", ", interviewed on Monday by Reuters,": the agent of a participle set off by commas
// is no subject; round 20, `speaker/participle-agent-aside`)
const APPOSITION_OPENER = /^,\s*(?:who|which|whose|where|a|an|the|head|chief|leader|one|former|then|also|(?:(?:better|also|widely|commonly|popularly)\s+)?(?:known|dubbed|nicknamed)|\p{Ll}+(?:ed|en)\s+(?:[^,]*\s)?by)\b[^,]*$/iu;

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

/** Joints of a list of names: a comma, "and", or a comma and "and". */
const NAME_LIST_JOINT = /^(?:\s*,\s*|,?\s+and\s+)$/;

/**
 * The text before the list of names that `m` closes ("Foreign ministers of Ghana, Togo and Burkina Faso", "The
 * presidents of Kenya and Uganda"), so that a group noun heading the list as its complement is seen: the names of a
 * complement are not the subject, whose head is the group. Empty when `m` closes no list. Id:
 * `speaker/group-of-named-list` (round 19).
 */
// ("The heads of state of Ghana and Togo said": a country the entity stage kept as a place, not an actor, is still an
// item of the list; round 21, `speaker/group-of-named-list`)
function beforeNameList(text: string, sentence: TaggedSentence, candidates: readonly EntityMention[], m: EntityMention, places: readonly EntityMention[] = []): string {
  let first = m;
  for (let i = candidates.indexOf(m) + 1; i <= candidates.length; i++) {
    const prev = candidates[i] ?? places.findLast((p) => p.end <= first.start);
    if (prev === undefined || !NAME_LIST_JOINT.test(text.slice(prev.end, first.start))) break;
    first = prev;
    if (candidates[i] === undefined) break;
  }
  return first === m ? '' : text.slice(Math.max(sentence.start, first.start - 60), first.start);
}

/**
 * A person close to someone, or someone who once spoke for them, opening the clause before that person's name ("A
 * former aide to Brandt testified that ...", "A longtime friend of the senator said", "An adviser to Ms Lind told
 * reporters", "A former spokesman for the company said"): a source of their own, whose words the named person never
 * said (a serving spokesperson or lawyer still speaks for the person or body, "A spokesman for Brandt said").
 * Source: unnamed-source conventions of political and court reporting. Id: `speaker/aide-to-named` (round 20).
 */
// (opening its clause: not after a comma, where "Tom Reed, a former aide to Ann Lowe, said" is Reed's apposition)
// ("A former clerk at Hollis Bank testified", "A former mechanic at the Alvor bus company said": anyone who once worked
// for a body or person speaks for themselves, whatever the job; "A cousin of the pilot Ana Ruiz said", "An uncle of the
// victim Pedro Salas said": kin of a named person, after a lower-case role of that person too; round 21,
// `speaker/former-member` and `speaker/kin-of-named`)
const KIN_WORDS = [...KIN_NOUNS].filter((w) => w !== 'family' && w !== 'parents').join('|');
const OWN_SOURCE_BEFORE_NAME = new RegExp(String.raw`(?:^|[;:"“”—–]\s*|\b(?:and|but|while)\s+)((?:(?:a|an|one|another|the)\s+)?((?:(?:former|senior|close|longtime|long-time|top|veteran|trusted|ex-)\s*)*(?:aides?|advisers?|advisors?|staffers?|confidants?|confidantes?|friends?|ally|allies|associates?|assistants?|protégés?|proteges?)|(?:former|ex-)\s*(?:[\p{Ll}-]+\s+)?[\p{Ll}-]+|(?:${KIN_WORDS})s?)\s+(?:to|of|for|at|with)\s+(?:the\s+)?(?:(?:late|former|dead|missing|murdered|jailed|detained)\s+)?(?:(?:pilot|victim|driver|captain|singer|player|journalist|reporter|activist|soldier|officer|teacher|student|doctor|nurse|suspect|defendant|worker|miner|fisherman|farmer|passenger|hostage|prisoner|detainee|president|senator|minister|leader)\s+)?(?:(?:Mr|Ms|Mrs|Dr)\.?\s+|(?:\p{Lu}[\p{L}.'’-]*\s+){1,3})?)$`, 'u');
/** Lower-case words closing a body's name after the mention ("the Alvor bus company", "the Kessler steel plant"). */
const BODY_TAIL = /^\s+(?:[\p{Ll}-]+\s+){0,2}(?:company|firm|bank|group|agency|ministry|department|plant|factory|mill|mine|airline|carrier|hospital|clinic|school|university|club|party|team|council|prison|embassy|newspaper)\b/u;

function ownSourceBeforeName(text: string, sentence: TaggedSentence, m: EntityMention, resolver: Resolver): string | undefined {
  // (the sentence's first word is matched in lower case: "Senior aides to Brandt said")
  const before = text.slice(sentence.start, m.start).replace(/^\p{Lu}/u, (c) => c.toLowerCase());
  const hit = OWN_SOURCE_BEFORE_NAME.exec(before);
  const owner = resolver.actors.get(m.recordId);
  if (!hit || owner?.kind === 'group') return undefined;
  const start = sentence.start + (hit.index + hit[0].length - (hit[1] as string).length) + ((hit[1] as string).length - (hit[1] as string).replace(/^(?:a|an|one|another|the)\s+/i, '').length);
  const role = (hit[2] as string).toLowerCase();
  if (KIN_NOUNS.has(role.replace(/s$/, '')) || KIN_NOUNS.has(role)) return owner?.kind === 'person' ? kinOfNamed(text, start, m, owner.name, role, resolver) : undefined;
  const tail = BODY_TAIL.exec(text.slice(m.end));
  const end = tail ? m.end + tail[0].length : m.end;
  const name = text.slice(start, end);
  const plural = /(?:s|ies)$/.test(role) && !/(?:counsel|boss)$/.test(role);
  return makeSpeaker(resolver.book, name, plural ? 'group' : 'person', { start, end, text: name }).id;
}

/** Kin of a named person, named as `kinSpeaker` names kin ("Ruiz's cousin", also "Ana Ruiz's cousin"). */
function kinOfNamed(text: string, start: number, m: EntityMention, owner: string, role: string, resolver: Resolver): string {
  const surname = owner.split(/\s+/).pop() as string;
  const actor = makeSpeaker(resolver.book, `${surname}'s ${role}`, role.endsWith('s') ? 'group' : 'person', { start, end: m.end, text: text.slice(start, m.end) });
  const full = `${owner}'s ${role}`;
  if (full !== actor.name && !actor.aliases.includes(full) && resolver.book.created.includes(actor)) actor.aliases.push(full);
  return actor.id;
}

/**
 * The nearest actor mention before the cue with only adverbs, appositions or relative clauses between: its id (or
 * null when a participle's agent stands there and no subject phrase is found), undefined when there is none.
 */
export function mentionBeforeCue(text: string, sentence: TaggedSentence, cue: Cue, resolver: Resolver): string | null | undefined {
  const cueTok = sentence.tokens[cue.first] as Token;
  const candidates = mentionsIn(resolver, sentence.index).filter((m) => m.end <= cueTok.start).reverse();
  const places = (resolver.bySentence.get(sentence.index) ?? []).filter((x) => x.record === 'place');
  for (const m of candidates) {
    // "Critics of the senator argue": the name is a complement of the subject; the group speaks
    const before = text.slice(Math.max(sentence.start, m.start - 60), m.start);
    if (complementOfGroup(before) || complementOfGroup(beforeNameList(text, sentence, candidates, m, places))) break;
    const own = ownSourceBeforeName(text, sentence, m, resolver);
    if (own) return own;
    // "Democrats in the state legislature praised": a named plural with its complement speaks
    const group = namedGroupBeforeComplement(before, Math.max(sentence.start, m.start - 60));
    // ("Shares of Kessler Bank fell after the lender said": a plural capitalised only as the sentence's first word
    // names people only when it is a people's word)
    // ("Analyst Tom Reyes of Kessler Bank said": a surname ending in -s is no named plural; round 15,
    // `speaker/surname-not-plural`)
    const surname = group >= 0 && candidates.some((x) => x.start <= group && x.end > group && resolver.actors.get(x.recordId)?.kind === 'person');
    if (group >= 0 && !surname && (group > sentence.start || peoplePlural(/^\p{L}+/u.exec(text.slice(group))?.[0] ?? ''))) return namedGroupSpeaker(text, sentence, candidates, group, resolver);
    // "Ana Ruiz, speaking in Lyon, France, said": a state written after a place and a comma completes the place
    // (a person there names no state: "Its regional director for Europe, Zsuzsanna Jakab, said" is the apposition's
    // head; round 17, `speaker/person-after-place-comma`)
    if (resolver.actors.get(m.recordId)?.kind !== 'person' && afterPlaceAndComma(text, m, resolver.bySentence.get(sentence.index) ?? [])) continue;
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
      return appositionOwner(text, sentence, candidates, m, resolver) ?? personBeforeApposition(text, candidates, m, resolver) ?? personOfBody(text, candidates, m, resolver) ?? titleHolderOfBody(text, sentence, m, resolver) ?? m.recordId;
    }
    // a name inside an apposition ("Ann Lee, one of Varga's deputies, said") is not the subject: look further left
    if (!/,/.test(gap)) break;
  }
  return undefined;
}

/**
 * ", former South African president Thabo Mbeki,", ", former treasury official Ann Lee,": an apposition that is a
 * title phrase and the name, with no preposition, possessive or clause in the title: the name is the apposition's
 * head (the subject's name), not a name inside it ("Lee, a former aide to Ann Lowe," keeps Ann Lowe out). Id:
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
  // ("A rebel commander reached by phone by Reuters", "a farmer quoted by the state news agency Xinhua": a short
  // phrase may stand between the participle and "by", and a lower-case description between "by" and the name;
  // round 20, `speaker/participle-agent-phrase`)
  if (!REDUCED_RELATIVE_AGENT.test(text.slice(Math.max(sentence.start, m.start - 60), m.start))) return undefined;
  const { tokens } = sentence;
  const k = participleBeforeBy(tokens, tokens.findLastIndex((t) => t.end <= m.start && t.lower === 'by'));
  return k < 0 || /[,;:]/.test((tokens[k - 1] as Token).post) ? undefined : k;
}

/**
 * The past participle within four words before the "by" at index `by` ("reached by", "reached by phone by",
 * "interviewed on the quay by"), with no punctuation in its phrase and its head noun not inside a prepositional phrase
 * ("in a statement carried by"); -1 otherwise. Shared by `reducedRelativeHead` and the speaker reader's
 * `agentParticipleBefore`.
 */
export function participleBeforeBy(tokens: readonly Token[], by: number): number {
  for (let k = by - 1; k >= Math.max(1, by - 4); k--) {
    const t = tokens[k] as Token;
    if (k < by - 1 && /[,;:()"“”]/.test(t.post)) return -1;
    if (!/^\p{L}+(?:ed|en|wn)$/u.test(t.text) || !t.tags.has('Verb')) continue;
    return headInPrepositionalPhrase(tokens, k - 1) ? -1 : k;
  }
  return -1;
}
/**
 * Whether the noun at `head` stands inside a prepositional phrase of its clause ("The government, in a statement
 * carried by the agency SANA, said": "statement" is no subject, so the participle after it heads no speaker).
 */
function headInPrepositionalPhrase(tokens: readonly Token[], head: number): boolean {
  for (let open = head - 1; open >= 0; open--) {
    const t = tokens[open] as Token;
    if (t.tags.has('Preposition')) return true;
    if (/[,;:()"“”—–]/.test(t.post)) return false;
  }
  return false;
}

/** A participle, at most three words, "by", and at most three lower-case words right before a name. */
const REDUCED_RELATIVE_AGENT = /\p{L}(?:ed|en|wn)\s+(?:[\p{L}\d-]+\s+){0,3}?by\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,3}$/u;

/**
 * "Tom Kale of the rights group Liberty said", "Ben Ode of the British rights organization, Liberty, said": a person
 * named with "of" and the body he belongs to speaks, not the body; the person, or undefined. Id: `speaker/person-of-body`.
 */
/**
 * "Meridian Bank chief executive Ana Lee spoke ... The chief executive of Meridian Bank said": a title of a body with
 * nobody named beside it is the person who holds that title there (a title naming the body, else the one holder of
 * the title in the article); with no holder the body speaks through its officer, as before. Id:
 * `speaker/title-of-body-holder` (round 14).
 */
function titleHolderOfBody(text: string, sentence: TaggedSentence, m: EntityMention, resolver: Resolver): string | undefined {
  const body = resolver.actors.get(m.recordId);
  if (body === undefined || body.kind === 'person') return undefined;
  const lead = /(?:^|\b(?:the|The|a|A)\s+)((?:[\p{Ll}-]+\s+){0,2}[\p{L}-]+)\s+of\s+(?:the\s+)?$/u.exec(text.slice(sentence.start, m.start));
  const title = lead?.[1]?.toLowerCase();
  if (title === undefined || !/^(?:[\p{L}-]+\s+){0,2}(?:chief executive|executive|governor|chairman|chairwoman|chair|president|director|head|chief|secretary|minister|commissioner|leader|founder|owner|manager|treasurer|spokesman|spokeswoman)$/u.test(title)) return undefined;
  const holders = resolver.actorList.filter((a) => a.kind === 'person' && a.titles.some((t) => new RegExp(`(?:^|\\s)${title}$`, 'i').test(t)));
  const ofBody = holders.filter((a) => a.titles.some((t) => t.toLowerCase().includes(body.name.toLowerCase())));
  return (ofBody.length === 1 ? ofBody[0] : holders.length === 1 ? holders[0] : undefined)?.id;
}

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
export function appositionOwner(text: string, sentence: TaggedSentence, candidates: readonly EntityMention[], m: EntityMention, resolver: Resolver): string | undefined {
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
