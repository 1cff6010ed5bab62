import { ARMED_GROUPS_BY_NAME, GLUED_BANK_NAME, PARTY_MEMBER_NOUNS } from '../nlp/lexicon/organizations.js';
import type { TaggedSentence } from '../nlp/tokens.js';
import { lookupCity, lookupCountry, lookupDemonym } from '../nlp/gazetteer.js';
import { replaceWithin } from './name-kind-repairs.js';
import type { NameMention, ProposedName } from './names.js';

/**
 * Repairs of the tagger's proposals by the written form around a name: a party member's noun before a person's full
 * name, a wire dateline's city of several words in capitals, a body spelled out before its bracketed acronym. Like
 * ./name-cue-repairs.ts, each works in place on one sentence's proposals and was found on invented reports
 * (NOTES.md, issue 12, round 14).
 */

/** The repairs of this module, in order, for one sentence's proposals (called after ./name-cue-repairs.ts). */
export function nameFormRepairs(text: string, sentence: TaggedSentence, proposals: ProposedName[], ruleNames: readonly NameMention[]): void {
  partyMembersBeforePersons(text, proposals);
  datelineCitiesInCapitals(text, sentence, proposals, ruleNames);
  bodiesSpelledByAcronyms(text, sentence, proposals, ruleNames);
  armedGroupsByName(text, proposals, ruleNames);
  givenNamesReadAsTitles(text, proposals);
  banksByTheirWord(text, proposals, ruleNames);
  partiesBeforePartyNouns(text, sentence, proposals);
  proposals.sort((a, b) => a.start - b.start);
}

/**
 * "Republican Donald Trump said", "Democrat Hillary Clinton campaigned", "the race between Democrat Jason Kander and
 * Republican Roy Blunt": a party member's noun (PARTY_MEMBER_NOUNS) before a person's name of two words or more
 * says which party the person belongs to; it is no part of the name (US copy writes it where British copy writes
 * "the Republican candidate"). A name of one word after it stays whole ("Democrat Smith" is rare and ambiguous).
 */
function partyMembersBeforePersons(text: string, proposals: ProposedName[]): void {
  for (const p of proposals) {
    if (p.type !== 'PER') continue;
    const name = text.slice(p.start, p.end);
    const m = [ONE_WORD_OPENING, TWO_WORD_OPENING].map((re) => re.exec(name)).find((x) => x && PARTY_MEMBER_NOUNS.has(x[1] as string));
    if (m) p.start += m[0].length;
  }
}

/** A capitalised opening word (or two), then at least two capitalised words of a name. */
const ONE_WORD_OPENING = /^(\p{Lu}\p{Ll}+)\s+(?=\p{Lu}[\p{L}'’.-]*\s+\p{Lu}[\p{L}'’.-]*)/u;
const TWO_WORD_OPENING = /^(\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+)\s+(?=\p{Lu}[\p{L}'’.-]*\s+\p{Lu}[\p{L}'’.-]*)/u;

/**
 * "ADDIS ABABA, Ethiopia (Reuters) -", "DAR ES SALAAM —", "KUALA LUMPUR, Nov 3 -": a wire dateline's city of several
 * words in capitals is one place; the tagger, reading capitals as acronyms, proposes its last word alone ("ABABA").
 * A proposal inside the dateline's opening run of capitals widens to the whole run.
 */
function datelineCitiesInCapitals(text: string, sentence: TaggedSentence, proposals: ProposedName[], ruleNames: readonly NameMention[]): void {
  if (sentence.blockKind !== 'dateline' && !(sentence.blockKind === 'paragraph' && /^\p{Lu}{2,}/u.test(sentence.text))) return;
  const run = /^\p{Lu}[\p{Lu}'’.-]+(?: \p{Lu}[\p{Lu}'’.-]+){1,3}(?=\s*(?:,|\(|[—–-]\s|$))/u.exec(text.slice(sentence.start, sentence.end));
  if (!run) return;
  const end = sentence.start + run[0].length;
  // in a paragraph that opens with a dateline the rule layer must read the run as one place too
  if (sentence.blockKind === 'paragraph' && !ruleNames.some((r) => r.start === sentence.start && r.end === end && r.cls === 'place')) return;
  if (!proposals.some((p) => p.start > sentence.start && p.end <= end)) return;
  replaceWithin(proposals, { start: sentence.start, end, type: 'LOC' });
}

/**
 * "The Economic Community of West African States (ECOWAS) condemned", "the African Union Mission in Somalia (AMISOM)
 * said": a body's name before its bracketed acronym, where the acronym takes more letters than the capitalised
 * words' initials (the "of" of ECOWAS, the "MIS" and "SOM" of AMISOM). The name is found as Schwartz and Hearst's
 * abbreviation matcher does (Pacific Symposium on Biocomputing 2003): the acronym's letters are matched from the
 * last backwards against the words before the bracket, the first letter at the start of a word, over a run of
 * capitalised words and the small words of names. It is taken when the tagger or the rule layer read part of it as a
 * body; a country or a city of that name ("the Democratic Republic of Congo (DRC)") is left.
 */
function bodiesSpelledByAcronyms(text: string, sentence: TaggedSentence, proposals: ProposedName[], ruleNames: readonly NameMention[]): void {
  for (const m of sentence.text.matchAll(/\((\p{Lu}[\p{Lu}\p{Ll}]{1,7})\)/gu)) {
    const acronym = m[1] as string;
    if (!/^\p{Lu}(?:\p{Lu}|\p{Ll}(?=\p{Lu}))*\p{Lu}$/u.test(acronym) && !/^\p{Lu}{2,}$/u.test(acronym)) continue;
    const bracket = sentence.start + (m.index ?? 0);
    const start = longFormStart(text, sentence.start, bracket, acronym);
    if (start === undefined) continue;
    const end = text.slice(start, bracket).trimEnd().length + start;
    const name = text.slice(start, end);
    if (name.split(/\s+/).length < 3 || lookupCountry(name) || lookupCity(name)) continue;
    // (initials alone are round 13's bodiesRunOnToAcronyms, which asks more of the run: "Gross Domestic Product (GDP)")
    if (name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('') === acronym) continue;
    const inside = (n: { start: number; end: number }) => n.start >= start && n.end <= end;
    if (!proposals.some((p) => p.type === 'ORG' && inside(p)) && !ruleNames.some((r) => r.cls === 'organization' && inside(r))) continue;
    if (proposals.some((p) => p.start === start && p.end === end)) continue;
    replaceWithin(proposals, { start, end, type: 'ORG' });
  }
}

/** Small words inside a body's name, which an acronym may take a letter of or skip. */
const NAME_SMALL_WORDS = /^(?:of|for|and|on|in|the|to|de|du|des|la|le|del|di|da|do|dos|y|et|al)$/u;

/**
 * Where the long form of `acronym` opens in the run of name words that ends at `bracket`, or undefined: the letters
 * are matched last to first, each in a word at or before the previous letter's, the first letter opening a word.
 */
function longFormStart(text: string, from: number, bracket: number, acronym: string): number | undefined {
  const words: { text: string; start: number }[] = [];
  for (const w of text.slice(from, bracket).matchAll(/[\p{L}\p{M}\p{N}'’-]+/gu)) words.push({ text: w[0], start: from + (w.index ?? 0) });
  // the run: name words back from the bracket, a capitalised word last and first
  let first = words.length;
  while (first > 0 && (/^\p{Lu}/u.test((words[first - 1] as { text: string }).text) || NAME_SMALL_WORDS.test((words[first - 1] as { text: string }).text))) first--;
  const run = words.slice(first);
  if (run.length === 0 || !/^\p{Lu}/u.test((run[run.length - 1] as { text: string }).text)) return undefined;
  const letters = acronym.toLowerCase();
  let w = run.length - 1;
  let c = (run[w] as { text: string }).text.length - 1;
  for (let i = letters.length - 1; i >= 0; i--) {
    const letter = letters[i] as string;
    for (;;) {
      if (w < 0) return undefined;
      const word = (run[w] as { text: string }).text.toLowerCase();
      if (c >= 0 && word[c] === letter && (i > 0 || c === 0)) break;
      c--;
      if (c < 0) {
        w--;
        c = w >= 0 ? (run[w] as { text: string }).text.length - 1 : -1;
      }
    }
    if (i > 0) {
      c--;
      if (c < 0) {
        w--;
        c = w >= 0 ? (run[w] as { text: string }).text.length - 1 : -1;
      }
    }
  }
  // at most as many words as Schwartz and Hearst allow a long form: min(letters + 5, 2 x letters)
  if (run.length - w > Math.min(letters.length + 5, 2 * letters.length)) return undefined;
  const opening = run[w] as { text: string; start: number };
  return /^\p{Lu}/u.test(opening.text) && opening.text !== 'The' ? opening.start : undefined;
}

/**
 * "Islamic State claimed the attack", "Al-Shabaab stormed a hotel in Mogadishu": an armed group that conflict copy
 * names alone (ARMED_GROUPS_BY_NAME) is a body where the tagger read a person; one the tagger left out is taken from
 * the rule layer. A name that runs on ("Islamic State West Africa Province") is a name of its own.
 */
function armedGroupsByName(text: string, proposals: ProposedName[], ruleNames: readonly NameMention[]): void {
  // (a place reading is left: "al-Qaeda" retyped from a place cost the wikinews check half an actor and a claim)
  for (const p of proposals) if (p.type === 'PER' && ARMED_GROUPS_BY_NAME.has(text.slice(p.start, p.end))) p.type = 'ORG';
  for (const r of ruleNames) {
    if (ARMED_GROUPS_BY_NAME.has(text.slice(r.start, r.end)) && !proposals.some((q) => q.start < r.end && r.start < q.end)) proposals.push({ start: r.start, end: r.end, type: 'ORG' });
  }
}

/**
 * Arabic given names that are also titles: "Qatar's minister of state, Sultan bin Saad Al Muraikhi, attended",
 * "Sultan bin Salman, the first Arab astronaut": right before "bin", "ibn" or "bint" (son or daughter of) the word is
 * the person's given name, since a title is followed by the given name ("Sultan Haitham bin Tariq"). Source: Arabic
 * given names of the Gulf states that are also titles or ranks; id `names.given-names-as-titles` (NOTES.md, issue
 * 12, round 14).
 */
const GIVEN_NAMES_AS_TITLES = /(?<![\p{L}\p{M}'’-])(?:Sultan|Amir|Malik|Sheikha?|Emir)\s+$/u;

function givenNamesReadAsTitles(text: string, proposals: ProposedName[]): void {
  for (const p of proposals) {
    if (p.type !== 'PER' || !/^(?:bin|ibn|bint)\s+\p{Lu}/u.test(text.slice(p.start, p.end))) continue;
    const m = GIVEN_NAMES_AS_TITLES.exec(text.slice(Math.max(0, p.start - 12), p.start));
    if (m) p.start -= m[0].length;
  }
}

/**
 * "It was bought by Sberbank", "Denizbank said profit rose", "Commerzbank and Deutsche Bank shares fell": a coined
 * word ending in "bank" (German, Dutch, Russian and Turkish banks glue the word to their name) is a bank, whatever
 * person or place the tagger read; one the tagger left out is taken from the rule layer.
 */
function banksByTheirWord(text: string, proposals: ProposedName[], ruleNames: readonly NameMention[]): void {
  for (const p of proposals) if (GLUED_BANK_NAME.test(text.slice(p.start, p.end))) p.type = 'ORG';
  for (const r of ruleNames) {
    if (GLUED_BANK_NAME.test(text.slice(r.start, r.end)) && !proposals.some((q) => q.start < r.end && r.start < q.end)) proposals.push({ start: r.start, end: r.end, type: 'ORG' });
  }
}

/**
 * A party's name written between a determiner, "ruling", "opposition" or an owner and a lower-case party noun:
 * "Poland's ruling Law and Justice party (PiS) lost", "Andrej Babiš's ANO movement won", "The opposition Peace and
 * Development party boycotted". The name is an acronym, or capitalised words joined by "and", "of" or "for" (which
 * the tagger and the rule layer cut at "and" or left out); a demonym or a US party's adjective ("the Democratic
 * and Republican party leaders") names no party of its own.
 */
const PARTY_BEFORE_NOUN = /(?<=\b(?:the|The|ruling|opposition|governing|[\p{L}\p{M}]+['’]s)\s+)(\p{Lu}{2,6}|\p{Lu}[\p{L}\p{M}-]+(?:\s+(?:and|of|for)\s+\p{Lu}[\p{L}\p{M}-]+)+)\s+(?:party|movement|alliance|coalition|bloc)\b/gu;

function partiesBeforePartyNouns(text: string, sentence: TaggedSentence, proposals: ProposedName[]): void {
  for (const m of text.slice(sentence.start, sentence.end).matchAll(PARTY_BEFORE_NOUN)) {
    const name = m[1] as string;
    const words = name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
    if (words.some((w) => lookupDemonym(w) || lookupCountry(w) || /^(?:Democratic|Republican)$/u.test(w)) || (words.length === 1 && lookupCountry(name))) continue;
    const start = sentence.start + (m.index ?? 0);
    if (proposals.some((p) => p.type === 'ORG' && p.start === start && p.end === start + name.length)) continue;
    replaceWithin(proposals, { start, end: start + name.length, type: 'ORG' });
  }
}
