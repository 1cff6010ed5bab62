import { lookupCity, lookupCountry, lookupDemonym } from '../nlp/gazetteer.js';
import { isEnglishWord } from '../nlp/gazetteer/common-words.js';
import { FIRM_HEADS, INDUSTRY_WORDS_OF_STATE_COMPANIES, ORG_HEAD_WORDS } from '../nlp/lexicon/organizations.js';
import { FIRST_LEVEL_REGIONS } from '../nlp/gazetteer/lexicon.js';
import { TITLE_PHRASES } from '../nlp/lexicon/titles.js';
import type { TaggedSentence } from '../nlp/tokens.js';
import type { NameMention, ProposedName } from './names.js';

/**
 * Repairs of the tagger's proposals around offices and institutions: the place whose office a titled person holds,
 * an institution's name cut at its inner "of". Like
 * ./name-usage-repairs.ts, each works in place on one sentence's proposals and was found on invented reports
 * (NOTES.md, issue 12, round 16).
 */

/** The repairs of this module, in order, for one sentence's proposals (called after ./name-usage-repairs.ts). */
export function nameOfficeRepairs(text: string, sentence: TaggedSentence, proposals: ProposedName[], ruleNames: readonly NameMention[], givenNames: ReadonlySet<string>): void {
  placesBeforeTitles(text, sentence, proposals);
  institutionsCutAtOf(text, proposals, ruleNames);
  companiesOpenedByCountries(text, proposals, ruleNames, givenNames);
  firmHeadsCutFromTheirName(text, sentence, proposals);
  hyphenatedCompaniesSplit(text, proposals);
  proposals.sort((a, b) => a.start - b.start);
}

/** A word of a title or a place before a person's name: capitalised, or a lower-case "of" inside "Secretary of State". */
const WORD = /\p{Lu}[\p{L}\p{M}.'’-]*|of/gu;
/** One whole word of `WORD`'s form (built once: `trailingRun` tests every word before a name with it). */
const WHOLE_WORD = new RegExp(`^(?:${WORD.source})$`, 'u');
/** Words that join a place's name to a bigger name before it ("Bank of America", "Trinidad and Tobago"). */
const JOINING_WORDS: ReadonlySet<string> = new Set(['of', 'and', '&', 'de', 'for', 'the']);
/** A party's name or member noun between a place and a title ("Ohio Republican Sen. X", "Texas Democratic Rep. X"). */
const PARTY_WORDS: ReadonlySet<string> = new Set(['republican', 'democratic', 'democrat', 'gop', 'liberal', 'conservative', 'labor', 'labour']);
/** A town the gazetteer holds must be this large to be read as the seat of an office ("Denver Mayor X"). */
const MIN_SEAT_POPULATION = 50_000;

/**
 * "Ohio Secretary of State Jon Husted said", "Kansas Gov. Sam Brownback signed", "Denver Mayor Michael Hancock said":
 * a place, a title and a person name the person's office and the place it governs; the tagger proposes the person
 * and leaves the place out (its training data holds few such offices), and the rule layer's place is not kept. A run of
 * one to three capitalised words right before a title of the lists (`NAME_TITLES`, optionally after a party word) that
 * the gazetteer knows as a country, a first-level region or a town of 50,000 people or more, and that no proposal
 * covers, is a place. A capitalised word or a joining word before the run makes it part of a bigger name ("Bank of
 * America Chief Executive X", "Texas Instruments Chief Executive X") and it stays out. A place read over the party word
 * ("Ohio Republican") loses it.
 */
function placesBeforeTitles(text: string, sentence: TaggedSentence, proposals: ProposedName[]): void {
  for (const p of [...proposals]) {
    if (p.type !== 'PER') continue;
    const words = [...text.slice(sentence.start, p.start).matchAll(/\S+/gu)].slice(-8).map((m) => ({ text: m[0], start: sentence.start + (m.index ?? 0) }));
    // the words must run up to the person with single spaces
    const tail = trailingRun(text, words, p.start);
    const titleLength = longestTitle(tail);
    if (titleLength === 0) continue;
    let placeWords = tail.slice(0, tail.length - titleLength);
    const party = placeWords.length > 1 && PARTY_WORDS.has((placeWords[placeWords.length - 1]?.text ?? '').toLowerCase()) ? placeWords[placeWords.length - 1] : undefined;
    if (party) placeWords = placeWords.slice(0, -1);
    const place = seatBefore(text, words, placeWords);
    if (!place) continue;
    // "Ohio Republican" read as one place: the party word is no part of it
    const withParty = party && proposals.find((q) => q.type === 'LOC' && q.start === place.start && q.end === party.start + party.text.length);
    if (withParty) withParty.end = place.end;
    else if (!proposals.some((q) => q.start < place.end && place.start < q.end)) proposals.push({ start: place.start, end: place.end, type: 'LOC' });
  }
}

interface Word {
  text: string;
  start: number;
}

/** The words at the end of `words` that are capitalised (or "of") and separated by single spaces up to `end`. */
function trailingRun(text: string, words: readonly Word[], end: number): Word[] {
  const run: Word[] = [];
  let next = end;
  for (let k = words.length - 1; k >= 0; k--) {
    const w = words[k] as Word;
    if (text.slice(w.start + w.text.length, next) !== ' ' || !WHOLE_WORD.test(w.text)) break;
    run.unshift(w);
    next = w.start;
  }
  return run;
}

/** How many words at the end of `run` are a title of the lists ("Secretary of State", "Gov."), longest first. */
function longestTitle(run: readonly Word[]): number {
  for (let n = Math.min(4, run.length - 1); n >= 1; n--) {
    const phrase = run.slice(run.length - n).map((w) => w.text).join(' ').toLowerCase().replace(/\./g, '');
    if (TITLE_PHRASES.has(phrase)) return n;
  }
  return 0;
}

/** The place that the capitalised words before a title name, as a span, when they name one whole. */
function seatBefore(text: string, words: readonly Word[], placeWords: readonly Word[]): { start: number; end: number } | undefined {
  const first = placeWords.findIndex((w) => w.text !== 'The' && w.text !== 'of');
  const run = first < 0 ? [] : placeWords.slice(first);
  if (run.length === 0 || run.length > 3 || run.some((w) => w.text === 'of')) return undefined;
  const firstWord = run[0] as Word;
  const lastWord = run[run.length - 1] as Word;
  // a word before the run that is not a sentence's "The" joins it to a bigger name
  const at = words.findIndex((w) => w.start === firstWord.start);
  const before = at > 0 ? (words[at - 1] as Word).text : '';
  if (before !== '' && (JOINING_WORDS.has(before.toLowerCase()) && before !== 'The' || (/^\p{Lu}/u.test(before) && before !== 'The' && !/[.,;:]$/.test(before)))) return undefined;
  const span = { start: firstWord.start, end: lastWord.start + lastWord.text.length };
  const name = text.slice(span.start, span.end);
  if (!/^\p{Lu}\p{Ll}/u.test(name)) return undefined;
  const city = lookupCity(name);
  const known = FIRST_LEVEL_REGIONS.has(name) || lookupCountry(name) !== undefined || (city !== undefined && city.population >= MIN_SEAT_POPULATION);
  return known ? span : undefined;
}

/** A name that ends in "of" and one capitalised word ("Congress of South", "Board of Muslim"). */
const ENDS_IN_OF_WORD = /\sof\s+(?:the\s+)?\p{Lu}[\p{L}\p{M}-]*$/u;
/** What may continue such a name: capitalised words and the glue inside institutions' names. */
const NAME_CONTINUATION = /^(?:\s+(?:\p{Lu}[\p{L}\p{M}-]*|and|of|the|&))*\s+\p{Lu}[\p{L}\p{M}-]*$/u;

/**
 * "the Congress of South African Trade Unions called a strike", "backed by the Congress of South Sudanese Trade
 * Unions": the tagger cuts a long institution's name before a demonym inside its of-phrase ("Congress of South"). A
 * body ending in "of <one capitalised word>" runs on to the end of the rule layer's name over it when only
 * capitalised words and glue follow ("African Trade Unions"). Names proposed inside join the body; a person there
 * stops the repair.
 */
function institutionsCutAtOf(text: string, proposals: ProposedName[], ruleNames: readonly NameMention[]): void {
  for (const q of [...proposals]) {
    if (q.type !== 'ORG') continue;
    if (!ENDS_IN_OF_WORD.test(text.slice(q.start, q.end))) continue;
    const r = ruleNames.find((n) => n.start <= q.start && n.end > q.end && NAME_CONTINUATION.test(text.slice(q.end, n.end)));
    if (r) absorb(proposals, q, q.start, r.end);
  }
}

/** Widens body `q` to [start, end), taking in the proposals inside; leaves all as they were when a person is there. */
function absorb(proposals: ProposedName[], q: ProposedName, start: number, end: number): void {
  const inside = proposals.filter((p) => p !== q && p.start < end && start < p.end);
  if (inside.some((p) => p.type === 'PER' || p.start < start || p.end > end)) return;
  for (const p of inside) proposals.splice(proposals.indexOf(p), 1);
  q.start = start;
  q.end = end;
}

/**
 * "British Petroleum said", "Saudi Aramco said it would list shares", "China Mobile added 5 million subscribers",
 * "Japan Tobacco said sales rose": a name opening with a country or its demonym is a company when the tagger reads it
 * as a person (no person's name opens with a demonym unless a given name follows it: "Irish Leo Varadkar") or as a place
 * whose last word is an industry's (`names.industry-words-of-state-companies`: a place's name never ends in "Mobile",
 * "Tobacco" or "Petroleum"). The country is one word ("China") or two ("South Korea"). The rule layer's name of that
 * form is the company where the tagger proposed nothing ("Swiss Steel cut 800 jobs") or cut its last word ("Korea
 * Electric" of "Korea Electric Power").
 */
function companiesOpenedByCountries(text: string, proposals: ProposedName[], ruleNames: readonly NameMention[], givenNames: ReadonlySet<string>): void {
  for (const p of proposals) {
    if (p.type === 'ORG') continue;
    const words = text.slice(p.start, p.end).split(/\s+/);
    const lead = [2, 1].find((n) => words.length > n && (lookupCountry(words.slice(0, n).join(' ')) !== undefined || (n === 1 && lookupDemonym(words[0] as string) !== undefined)));
    if (lead === undefined || !words.every((w) => /^\p{Lu}/u.test(w))) continue;
    const next = (words[lead] as string).toLowerCase();
    const industry = INDUSTRY_WORDS_OF_STATE_COMPANIES.has((words[words.length - 1] as string).toLowerCase());
    // ("Georgia Mills of the rail union": a country's name that is a given name opens a person's name)
    const person = givenNames.has(next) || givenNames.has((words[0] as string).toLowerCase());
    if ((p.type === 'PER' && !person) || (p.type === 'LOC' && industry)) p.type = 'ORG';
  }
  for (const r of ruleNames) {
    if (r.cls === 'person' || r.cls === 'place' || !countryOpensIndustry(r.text)) continue;
    const cut = proposals.find((p) => p.type === 'ORG' && p.start === r.start && p.end < r.end);
    if (cut) cut.end = r.end;
    else if (!proposals.some((p) => p.start < r.end && r.start < p.end)) proposals.push({ start: r.start, end: r.end, type: 'ORG' });
  }
}

/** Whether a name is a country or demonym, then capitalised words ending in an industry's ("Swiss Steel", "Korea Electric Power"). */
function countryOpensIndustry(name: string): boolean {
  const words = name.split(/\s+/);
  if (words.length < 2 || !words.every((w) => /^\p{Lu}/u.test(w)) || !INDUSTRY_WORDS_OF_STATE_COMPANIES.has((words[words.length - 1] as string).toLowerCase())) return false;
  return lookupDemonym(words[0] as string) !== undefined || lookupCountry(words[0] as string) !== undefined || (words.length > 2 && lookupCountry(words.slice(0, 2).join(' ')) !== undefined);
}

/** Words that open a sentence and never a firm's name ("The Holdings of the fund", "In Group talks"). */
const FUNCTION_TAGS = ['Determiner', 'Preposition', 'Pronoun', 'Conjunction', 'QuestionWord'];

/**
 * "Arm Holdings agreed to be bought", "Anchor Group said": a firm named by an English word and a firm's head
 * (`names.firm-heads`) opening a sentence loses the word (the tagger reads a sentence's capitalised first word as no
 * name) and keeps the head alone, as a body or a person ("Field Holdings agreed to sell" gave a person "Holdings"). A
 * name that is only a firm's head, right after a capitalised word no proposal holds and no function word, takes the
 * word back and is a body.
 */
function firmHeadsCutFromTheirName(text: string, sentence: TaggedSentence, proposals: ProposedName[]): void {
  for (const p of proposals) {
    if (p.type === 'LOC' || !FIRM_HEADS.has(text.slice(p.start, p.end))) continue;
    const k = sentence.tokens.findIndex((t) => t.start === p.start);
    const before = k > 0 ? sentence.tokens[k - 1] : undefined;
    if (!before || text.slice(before.end, p.start) !== ' ' || !/^\p{Lu}\p{Ll}+$/u.test(before.text) || FUNCTION_TAGS.some((t) => before.tags.has(t))) continue;
    if (proposals.some((q) => q.start < before.end && before.start < q.end)) continue;
    p.start = before.start;
    p.type = 'ORG';
  }
}

/**
 * "Bristol-Myers Squibb said sales rose": a company named by a place, a hyphen and more names is read as the place and a
 * person ("Bristol" + "Myers Squibb"). A place, a hyphen with no space and a name of two words or more read as a person
 * are one company; hyphenated persons ("Jean-Claude Juncker") open with a given name, not a place, and stay.
 */
function hyphenatedCompaniesSplit(text: string, proposals: ProposedName[]): void {
  for (let k = proposals.length - 2; k >= 0; k--) {
    const p = proposals[k] as ProposedName;
    const q = proposals[k + 1] as ProposedName;
    if (p.type !== 'LOC' || q.type !== 'PER' || text.slice(p.end, q.start) !== '-' || !/\s/.test(text.slice(q.start, q.end))) continue;
    proposals.splice(k, 2, { start: p.start, end: q.end, type: 'ORG' });
  }
}

/** A lower-case title of one to three words and a capitalised word after it ("president Peter", "prime minister X"). */
const LOWER_TITLE_AFTER = /^ (\p{Ll}+(?: \p{Ll}+){0,2}) \p{Lu}/u;

/**
 * "Incumbent president Peter Mutharika won", "Caretaker prime minister X named a cabinet": a sentence's capitalised
 * first word before a lower-case title and a name describes the person; the rule layer reads it as a body. An English
 * word there that is no body's head ("Army chief X"), no party word ("Labour leader X"), country or demonym is no name
 * (called by `keptRuleName` in ./entities.ts for the rule layer's names the tagger did not propose).
 */
export function wordOpeningBeforeTitle(text: string, name: { start: number; end: number; text: string }): boolean {
  const word = name.text;
  if (!/^\p{Lu}\p{Ll}+$/u.test(word) || !/(?:^|\n|[.!?]["”’]?\s)\s*$/u.test(text.slice(Math.max(0, name.start - 4), name.start))) return false;
  const title = LOWER_TITLE_AFTER.exec(text.slice(name.end, name.end + 40))?.[1];
  const lower = word.toLowerCase();
  if (title === undefined || !TITLE_PHRASES.has(title) || !isEnglishWord(lower) || ORG_HEAD_WORDS.has(lower) || PARTY_WORDS.has(lower)) return false;
  return lookupCountry(word) === undefined && lookupDemonym(word) === undefined;
}
