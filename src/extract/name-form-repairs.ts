import { PARTY_MEMBER_NOUNS } from '../nlp/lexicon/organizations.js';
import type { TaggedSentence } from '../nlp/tokens.js';
import { lookupCity, lookupCountry } from '../nlp/gazetteer.js';
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
