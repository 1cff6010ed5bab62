import type { TaggedSentence } from '../nlp/tokens.js';
import { isCommonWordName, isEnglishWord } from '../nlp/gazetteer/common-words.js';
import { ORG_HEAD_WORDS } from '../nlp/lexicon/organizations.js';
import { HONORIFICS, NAME_TITLES_LOWER, ROLE_NOUNS } from '../nlp/lexicon/titles.js';
import { splitPersonOfOrganisation } from './name-repairs.js';
import { CALENDAR_WORDS } from '../nlp/gazetteer/lexicon.js';
import { lookupCountry, lookupDemonym } from '../nlp/gazetteer.js';
import type { NameMention, ProposedName } from './names.js';

/**
 * Repairs of the tagger's proposals where the sentence says what a name is, probed in round 23 (NOTES.md, issue 12,
 * round 23, helper names24): a settlement or district named by a word no list knows, set in apposition ("Dabuko, a
 * village 30 km from the border,") or in a copula ("Oruzgan is a remote district in the south"), which the tagger
 * left out (it has no place feature and the gazetteer lacks the word) and the rule layer left unknown; the owner of
 * a party, a person; a name made of acronyms only, never a person; and an assembly that votes, never a person.
 */

/** The per-sentence repairs of this module, in order (called after ./name-pattern-repairs.ts). */
export function nameDefinitionRepairs(text: string, sentence: TaggedSentence, proposals: ProposedName[], ruleNames: readonly NameMention[], givenNames: ReadonlySet<string>): void {
  placesDefinedAsSettlements(text, sentence, proposals, givenNames);
  ownersOfParties(text, proposals);
  namesOfInitialsOnly(text, sentence, proposals, ruleNames);
  assembliesActingAfterThe(text, sentence, proposals);
  personsCutAfterSaid(text, proposals, givenNames);
  proposals.sort((a, b) => a.start - b.start);
}

/** Nouns of a settlement or an administrative area that define a place in apposition or after "is a". */
const SETTLEMENT_NOUNS = 'town|village|city|district|province|region|island|county|port|settlement|suburb|municipality|hamlet|oasis|commune|township|neighbourhood|neighborhood|enclave|outpost|atoll';

/**
 * One to three capitalised words, then ", a/an/the" or " is/was a/an", at most three modifiers (words in lower
 * case, numbers, hyphenated compounds), and a settlement noun ("Dabuko, a farming village", "Sokwere, the nearest
 * town", "Oruzgan is a remote district"). Compiled once.
 */
const DEFINED_AS_SETTLEMENT = new RegExp(
  String.raw`(?<![\p{L}\p{M}'’.-])(\p{Lu}[\p{L}\p{M}'’-]+(?: \p{Lu}[\p{L}\p{M}'’-]+){0,2})(?:, (?:a|an|the) | (?:is|was) (?:a|an|the) )(?:[\p{Ll}\d][\p{Ll}\d,.-]* ){0,3}(?:${SETTLEMENT_NOUNS})(?![\p{L}'’-])`,
  'gu',
);

/**
 * What may follow the settlement noun when it heads the phrase: the end of the clause, a number or a preposition
 * or relative word. A noun after it makes it a modifier ("a village elder", "a town councillor", "the city
 * council"): the name is then a person's or a body's.
 */
const HEAD_FOLLOWER = /^(?:\s*[,.;:)!?—–-]|\s*$|\s+\d|\s+(?:of|in|on|near|north|south|east|west|northeast|northwest|southeast|southwest|about|some|with|where|which|that|whose|along|at|outside|close|just|around|by|from|across|inside|known|home|located|situated|bordering|and|overlooking|famous)\b)/u;

/** Words that open a clause before a name and are not part of it ("In Dabuko, a village ..."). */
const OPENING_WORD = /^(?:In|At|On|From|Near|To|The|And|But|By|Of|For|With|Outside|Inside|Around|After|Before|Across|Into|Toward|Towards)\s+/u;

/**
 * "Gunmen attacked Dabuko, a village 30 km from the border", "Oruzgan is a remote district in the south",
 * "The bodies were taken to Sokwere, the nearest town, where": a name defined as a settlement or an area is that
 * place. With no proposal on it, a place is proposed (later repairs carry it to the article's other mentions); a
 * person proposed over exactly its span is retyped unless it opens with a given name the lexicons know. A body or
 * a longer proposal is left ("Lake Port Holdings, a port operator," never matches: "operator" follows the noun).
 */
export function placesDefinedAsSettlements(text: string, sentence: TaggedSentence, proposals: ProposedName[], givenNames: ReadonlySet<string>): void {
  const slice = text.slice(sentence.start, sentence.end);
  for (const m of slice.matchAll(DEFINED_AS_SETTLEMENT)) {
    if (!HEAD_FOLLOWER.test(slice.slice((m.index as number) + m[0].length))) continue;
    const opening = OPENING_WORD.exec(m[1] as string)?.[0].length ?? 0;
    const name = (m[1] as string).slice(opening);
    const start = sentence.start + (m.index as number) + opening;
    if (!/^\p{Lu}\p{Ll}/u.test(name) || closedClassWordAt(sentence, start)) continue;
    const end = start + name.length;
    const overlapping = proposals.filter((p) => p.start < end && start < p.end);
    const same = overlapping[0];
    if (overlapping.length > 1 || (same && (same.start !== start || same.end !== end || same.type === 'ORG'))) continue;
    if (same?.type === 'PER' && givenNames.has((name.split(' ')[0] as string).toLowerCase())) continue;
    if (same) same.type = 'LOC';
    else proposals.push({ start, end, type: 'LOC' });
  }
}

/** Tags of words that define nothing by name ("It is the largest town", "This was a village", "There is a port"). */
const CLOSED_CLASS_TAGS = ['Pronoun', 'Determiner', 'Adverb', 'Conjunction', 'Preposition', 'QuestionWord'];

/** Whether the token opening at `start` is a pronoun, determiner or other closed-class word. */
function closedClassWordAt(sentence: TaggedSentence, start: number): boolean {
  const t = sentence.tokens.find((k) => k.start === start);
  return t !== undefined && CLOSED_CLASS_TAGS.some((tag) => t.tags.has(tag));
}

/** Head nouns of a party's name, which persons own and companies do not ("X's National Rainbow Party"). */
const PARTY_NAME_HEADS = /\s(?:Party|Movement|Alliance|Congress|Front|Coalition|Bloc)$/u;

/** Two or three capitalised words, each a plain word (no initials, no acronym, no hyphen). */
const PLAIN_FULL_NAME = /^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,2}$/u;

/**
 * "Raiko Odhinga's Orange Democratic Movement said", "Adebayo Okonjo's Labour Party filed": a name of two or three
 * plain words written with a possessive right before a party's name is its leader, a person; the tagger, reading
 * given names the lexicons lack, took the owner for a body like the one it owns. Companies own companies, not
 * parties, so "Morgan Stanley's wealth unit" and "Kestrel Holdings' Vantor Air" are untouched.
 */
export function ownersOfParties(text: string, proposals: ProposedName[]): void {
  for (const p of proposals) {
    const name = text.slice(p.start, p.end);
    // ("Democratic Alliance's Cape Front": a body's name is made of common words; a person's name holds one at most)
    if (p.type !== 'ORG' || !PLAIN_FULL_NAME.test(name) || name.split(' ').filter((w) => isCommonWordName(w)).length > 1 || name.split(' ').some((w) => ORG_HEAD_WORDS.has(w.toLowerCase()))) continue;
    const owned = proposals.find((q) => q.type === 'ORG' && /^['’]s? $/u.test(text.slice(p.end, q.start)));
    if (owned && PARTY_NAME_HEADS.test(text.slice(owned.start, owned.end))) p.type = 'PER';
  }
}

/** A word of two to five capitals (an acronym: "CMA", "CGM"; longer runs of capitals are shouted words). */
const CAPITALS_WORD = /^\p{Lu}{2,5}$/u;
/** A Roman numeral, which follows a name in capitals ("HOPE VI", "Louis XIV"). */
const ROMAN_NUMERAL = /^[IVXLC]+$/u;

/**
 * "Hapag-Lloyd and CMA CGM said", "Shares of KTX DRB rose": a name of two acronyms or more is a body, never a
 * person (persons' names have lower-case letters), unless the sentence is mostly capitals (a headline or a shouted
 * line). Words in capitals that are English words ("HAS MOVED", "ALTERNATIVE CURES") or Roman numerals are shouting
 * or titles in web text, not acronyms; a single acronym typed a person is often a signature's initials ("TJO").
 */
export function namesOfInitialsOnly(text: string, sentence: TaggedSentence, proposals: ProposedName[], ruleNames: readonly NameMention[]): void {
  const own = text.slice(sentence.start, sentence.end);
  if ((own.match(/\p{Ll}/gu) ?? []).length < (own.match(/\p{Lu}/gu) ?? []).length) return;
  const acronymsOnly = (n: { start: number; end: number }) => {
    const words = text.slice(n.start, n.end).split(/\s+/);
    return words.length > 1 && words.every((w) => CAPITALS_WORD.test(w) && !ROMAN_NUMERAL.test(w) && !isEnglishWord(w.toLowerCase()));
  };
  for (const p of proposals) if (p.type === 'PER' && acronymsOnly(p)) p.type = 'ORG';
  // (a run of two acronyms nobody typed, which the claim stage would make a speaking person: "CMA CGM said")
  for (const r of ruleNames) {
    if (r.cls === 'unknown' && r.agentive && acronymsOnly(r) && !proposals.some((q) => q.start < r.end && r.start < q.end)) proposals.push({ start: r.start, end: r.end, type: 'ORG' });
  }
}

/**
 * What assemblies, courts and boards do as a body (a person casts a vote, a chamber "voted 101 to 40"). Source:
 * invented parliamentary and court reports of round 23.
 */
const ASSEMBLY_ACT_AFTER = /^\s+(?:\p{Ll}+ly\s+)?(?:voted|approved|passed|adopted|rejected|ratified|endorsed|impeached|debated|amended|convened|dissolved|overturned|upheld|ruled|legislated)\b/u;

/**
 * "The Verkhovna Rada voted to extend martial law", "The Milli Majlis ratified the treaty": a name right after "the"
 * that votes, passes or rules as a body is an assembly or a court; the tagger read the foreign words as a person's
 * name. A person takes "the" only after a title or an adjective ("the late Ana Ruiz voted"), which stand between.
 */
export function assembliesActingAfterThe(text: string, sentence: TaggedSentence, proposals: ProposedName[]): void {
  for (const p of proposals) {
    if (p.type !== 'PER' || p.start - 4 < sentence.start || !/^[Tt]he $/u.test(text.slice(p.start - 4, p.start))) continue;
    if (ASSEMBLY_ACT_AFTER.test(text.slice(p.end, p.end + 40))) p.type = 'ORG';
  }
}

/** "said ", "says ", "by ", "according to ", then one or two capitalised words, at the end of the text before a name. */
const SAID_THEN_WORDS = /(?:\bsaid|\bsays|\bby|\b[Aa]ccording\s+to)\s+((?:\p{Lu}\p{Ll}+\s+){1,2})$/u;

/**
 * "said Tran Quoc Bao of Hanoi University" (a body "Bao of Hanoi University"), "said Pham Minh Duc of the Hue
 * Institute" (a person "Minh Duc"): the tagger opened the name inside a run of capitalised words right after a verb
 * of saying or "by", leaving the family name and middle names (Vietnamese, Thai, African, which the lexicons lack)
 * out. The words between the verb and the name belong to it; a body's name that then opens with the person's is
 * split as round 22 splits "Somchai Wongsawat of Chulalongkorn University". Titles and honorifics are left ("said
 * Professor Bao" keeps its title out).
 */
export function personsCutAfterSaid(text: string, proposals: ProposedName[], givenNames: ReadonlySet<string>): void {
  let extended = false;
  for (const p of proposals) {
    const before = text.slice(Math.max(0, p.start - 40), p.start);
    const m = SAID_THEN_WORDS.exec(before);
    if (!m || p.type === 'LOC') continue;
    const written = (m[1] as string).trim().split(/\s+/);
    // ("said Republican Dana Foy": a party's or a creed's word is the person's label, not a name's part)
    if (written.some((w) => isCommonWordName(w) || isEnglishWord(w.toLowerCase()))) continue;
    const words = written.map((w) => w.toLowerCase());
    // ("the ministry said Monday Ruiz had resigned", "said Kenyan Grace Mwangi": a day or a people is no name's part)
    if (words.some((w) => ROLE_NOUNS.has(w) || NAME_TITLES_LOWER.has(w) || HONORIFICS.has(w) || ORG_HEAD_WORDS.has(w) || CALENDAR_WORDS.has(w) || lookupDemonym(w) || lookupCountry(w))) continue;
    const start = p.start - (m[1] as string).length;
    if (proposals.some((q) => q !== p && q.start < p.start && q.end > start)) continue;
    p.start = start;
    extended = true;
  }
  if (extended) splitPersonOfOrganisation(text, proposals, givenNames);
}
