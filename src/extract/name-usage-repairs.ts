import { ARMED_GROUPS_BY_NAME, BUSINESS_ACT_OBJECTS, BUSINESS_ACT_VERBS, ORG_ANAPHORS, TAKEOVER_NOUNS, TAKEOVER_VERBS, COLLECTIVE_POSSESSIVE_NOUNS, FIRMS_NAMED_AFTER_FOUNDERS, GROUP_NOUNS_BEFORE_NAMES, IBERIAN_INDUSTRY_WORDS, ORG_HEAD_WORDS, PARTY_MODIFIERS_OF_DEMOCRATS } from '../nlp/lexicon/organizations.js';
import { BURMESE_NAME_SYLLABLES, BUSINESS_NOUNS } from '../nlp/lexicon/name-cues.js';
import { CORPORATE_SUFFIXES } from '../nlp/lexicon/non-actors.js';
import type { TaggedSentence } from '../nlp/tokens.js';
import { lookupCapital, lookupCity, lookupCountry, lookupDemonym } from '../nlp/gazetteer.js';
import { isEnglishWord } from '../nlp/gazetteer/common-words.js';
import { escapeRegExp } from '../text/escape-regexp.js';
import { FIRST_LEVEL_REGIONS } from '../nlp/gazetteer/lexicon.js';
import { longFormStart } from './name-form-repairs.js';
import { replaceWithin } from './name-kind-repairs.js';
import { countriesOwningBodies } from './name-context-repairs.js';
import { TITLE_FIRST_WORDS, knownPlaceName } from './name-repairs.js';
import type { NameMention, ProposedName } from './names.js';

/**
 * Repairs of the tagger's proposals by how a name is used or set in the copy around it: a body's sentence-opening
 * "The", a short form in title case after its long form, parties named by their members,
 * armed groups named after their region, firms named after founders and firms whose shares move. Like
 * ./name-form-repairs.ts, each works in place on one sentence's proposals and was found on invented reports
 * (NOTES.md, issue 12, round 15).
 */

/** The repairs of this module, in order, for one sentence's proposals (called after ./name-form-repairs.ts). */
export function nameUsageRepairs(text: string, sentence: TaggedSentence, proposals: ProposedName[], ruleNames: readonly NameMention[], givenNames: ReadonlySet<string>): void {
  openingTheOfBodies(text, sentence, proposals);
  titleCaseShortForms(text, sentence, proposals, ruleNames);
  partiesOfDemocrats(text, sentence, proposals);
  armedGroupsOfRegions(text, proposals);
  firmsNamedAfterFounders(text, sentence, proposals);
  firmsWhoseSharesMove(text, proposals);
  firmsWithCommaAndAmpersand(text, sentence, proposals);
  iberianIndustryCompanies(text, proposals, ruleNames);
  possessiveFirmNames(text, proposals, givenNames);
  burmeseNames(text, sentence, proposals);
  bodiesSharingTheirHead(text, proposals);
  leadersBeforeTheirParties(text, sentence, proposals);
  leadersApartFromTheirParties(text, sentence, proposals);
  familiesBeforeKinNouns(text, proposals);
  groupsKnownByTheirNames(text, sentence, proposals);
  companiesActingOnTheirFigures(text, sentence, proposals, givenNames);
  companiesInTakeovers(text, sentence, proposals, givenNames);
  descriptorsBeforeBodies(text, sentence, proposals);
  clubsPenalised(text, proposals);
  proposals.sort((a, b) => a.start - b.start);
}

/**
 * "The League of Women Voters sued the state", "The League of Arab States said": a sentence's capitalised "The" is no
 * part of the name of a body built as "<head> of/for/to ..." after it (the NER guidelines the tagger learned from
 * leave it out). An outlet keeps it: this project names "The Economist", "The Times of India" with their article.
 */
const BODY_OF_AFTER_THE = /^The\s+(\p{Lu}\p{Ll}+)(?:\s+\p{Lu}[\p{L}\p{M}'’-]*)*\s+(?:of|for|to)\s+/u;
const OUTLET_HEADS: ReadonlySet<string> = new Set(['times', 'post', 'journal', 'gazette', 'tribune', 'herald', 'telegraph', 'news', 'press', 'economist', 'guardian', 'observer']);

function openingTheOfBodies(text: string, sentence: TaggedSentence, proposals: ProposedName[]): void {
  for (const p of proposals) {
    if (p.type !== 'ORG' || p.start !== sentence.start) continue;
    const m = BODY_OF_AFTER_THE.exec(text.slice(p.start, p.end));
    if (m && !OUTLET_HEADS.has((m[1] as string).toLowerCase())) p.start += /^The\s+/u.exec(m[0])?.[0].length ?? 0;
  }
}

/**
 * "The Financial Industry Regulatory Authority (Finra) fined the broker ... Finra said", "the Organisation of the
 * Petroleum Exporting Countries (Opec)": British and some US copy writes a body's short form as a word in title case;
 * the tagger reads it as a person's name. A word in title case that the text writes in brackets right after a run of
 * capitalised words whose letters spell it (Schwartz and Hearst's matcher, as round 14's acronyms) is the body's
 * short form, an organisation, here and wherever the tagger read it as a person or a place. The long form must read
 * as a body: three words or more, or a body's head word in it.
 */
function titleCaseShortForms(text: string, sentence: TaggedSentence, proposals: ProposedName[], ruleNames: readonly NameMention[]): void {
  for (const p of proposals) {
    const word = text.slice(p.start, p.end);
    if (p.type === 'ORG' || !/^\p{Lu}\p{Ll}{2,7}$/u.test(word)) continue;
    if (spelledOutBefore(text, word)) p.type = 'ORG';
  }
  // the bracketed short form itself, where the tagger proposed nothing
  for (const m of text.slice(sentence.start, sentence.end).matchAll(/\((\p{Lu}\p{Ll}{2,7})\)/gu)) {
    const start = sentence.start + (m.index ?? 0) + 1;
    const end = start + (m[1] as string).length;
    if (proposals.some((q) => q.start < end && start < q.end) || !ruleNames.some((r) => r.start < end && start < r.end)) continue;
    if (spelledOutBefore(text, m[1] as string)) proposals.push({ start, end, type: 'ORG' });
  }
}

/** The title-case words an article writes in brackets ("(Finra)"), read once per article (the last one asked about). */
let bracketedWordsOf: { text: string; words: ReadonlySet<string> } | undefined;

function bracketedWords(text: string): ReadonlySet<string> {
  if (bracketedWordsOf?.text !== text) bracketedWordsOf = { text, words: new Set([...text.matchAll(/\((\p{Lu}\p{Ll}{2,7})\)/gu)].map((m) => m[1] as string)) };
  return bracketedWordsOf.words;
}

/**
 * Whether `word` is written in brackets after capitalised words that spell it and read as a body (above). Most
 * one-word names of an article are written in no brackets: they are ruled out without a scan of the text.
 */
function spelledOutBefore(text: string, word: string): boolean {
  if (!bracketedWords(text).has(word)) return false;
  for (const m of text.matchAll(new RegExp(`\\(${escapeRegExp(word)}\\)`, 'gu'))) {
    const bracket = m.index ?? 0;
    const lineStart = text.lastIndexOf('\n', bracket) + 1;
    const start = longFormStart(text, Math.max(lineStart, bracket - 160), bracket, word);
    if (start === undefined) continue;
    const words = text.slice(start, bracket).trim().split(/\s+/);
    if (words.length >= 3 || words.some((w) => ORG_HEAD_WORDS.has(w.toLowerCase()))) return true;
  }
  return false;
}

/**
 * "Sweden's Social Democrats won the most votes", "The Christian Democrats lost seats", "the Free Democrats joined the
 * coalition": a modifier of PARTY_MODIFIERS_OF_DEMOCRATS and "Democrats" name a party, which the tagger read as a
 * person ("Democrats", "Christian Democrats") or left out.
 */
const DEMOCRATS_PARTY = /(?<![\p{L}\p{M}'’-])(\p{Lu}\p{Ll}+)\s+Democrats\b/gu;

function partiesOfDemocrats(text: string, sentence: TaggedSentence, proposals: ProposedName[]): void {
  for (const m of text.slice(sentence.start, sentence.end).matchAll(DEMOCRATS_PARTY)) {
    if (!PARTY_MODIFIERS_OF_DEMOCRATS.has(m[1] as string)) continue;
    const start = sentence.start + (m.index ?? 0);
    const end = start + m[0].length;
    if (proposals.some((q) => q.type === 'ORG' && q.start === start && q.end === end)) continue;
    replaceWithin(proposals, { start, end, type: 'ORG' });
  }
}

/**
 * "Al-Qaeda in the Arabian Peninsula claimed the attack", "al-Qaeda in the Islamic Maghreb (AQIM)", "Islamic State in
 * the Greater Sahara": an armed group named alone (ARMED_GROUPS_BY_NAME), "in the" and a region's capitalised name
 * is one body, the group's branch there; the tagger reads the region as a place of its own.
 */
function armedGroupsOfRegions(text: string, proposals: ProposedName[]): void {
  for (let k = proposals.length - 2; k >= 0; k--) {
    const p = proposals[k] as ProposedName;
    const next = proposals[k + 1] as ProposedName;
    if (!ARMED_GROUPS_BY_NAME.has(text.slice(p.start, p.end)) || !/^\s+in\s+the\s+$/u.test(text.slice(p.end, next.start))) continue;
    if (!/^\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*){0,2}$/u.test(text.slice(next.start, next.end))) continue;
    proposals.splice(k, 2, { start: p.start, end: next.end, type: 'ORG' });
  }
}

/**
 * "Morgan Stanley advised the buyer", "Bear Stearns was sold to JPMorgan", "Charles Schwab said it would buy": a name
 * of FIRMS_NAMED_AFTER_FOUNDERS in the text, written with no title before it, is the firm, whatever person the tagger
 * read or part of the name it cut ("Stearns"). A name of one word ("Lazard") only where the tagger proposed exactly it.
 */
function firmsNamedAfterFounders(text: string, sentence: TaggedSentence, proposals: ProposedName[]): void {
  const s = text.slice(sentence.start, sentence.end);
  for (const m of s.matchAll(/\p{Lu}[\p{L}\p{M}]+(?:\s+\p{Lu}[\p{L}\p{M}]+){0,2}/gu)) {
    // the longest name of the list that the run opens with
    const words = m[0].split(/\s+/);
    let name = '';
    for (let n = words.length; n >= 1 && !name; n--) if (FIRMS_NAMED_AFTER_FOUNDERS.has(words.slice(0, n).join(' '))) name = words.slice(0, n).join(' ');
    if (!name) continue;
    const start = sentence.start + (m.index ?? 0);
    const end = start + name.length;
    const title = /(\p{L}+)\.?\s+$/u.exec(text.slice(Math.max(0, start - 20), start))?.[1]?.toLowerCase();
    if (title !== undefined && TITLE_FIRST_WORDS.has(title)) continue;
    if (!/\s/.test(name)) {
      const p = proposals.find((q) => q.start === start && q.end === end);
      if (p) p.type = 'ORG';
      continue;
    }
    if (proposals.some((q) => q.type === 'ORG' && q.start === start && q.end === end)) continue;
    // a longer name the list's name opens ("Dean Witter Reynolds", "Drexel Burnham Lambert Group Inc." read from
    // "Burnham") is the firm's, with its span from the list's name on
    const longer = proposals.find((q) => q.start >= start && q.start < end && q.end > end);
    if (longer) {
      for (let k = proposals.length - 1; k >= 0; k--) if (proposals[k] !== longer && (proposals[k] as ProposedName).start >= start && (proposals[k] as ProposedName).end <= longer.start) proposals.splice(k, 1);
      longer.start = start;
      longer.type = 'ORG';
      continue;
    }
    // ("Morgan Stanley Capital International" and other longer names of the firm keep the tagger's span)
    if (proposals.some((q) => q.start <= start && q.end >= end && (q.start < start || q.end > end))) continue;
    replaceWithin(proposals, { start, end, type: 'ORG' });
  }
}

/**
 * "Charles Schwab shares rose 6 percent", "Halvorsen Mercer shares fell after the report": a name right before
 * "shares" or "stock" and a verb of a price moving is a listed company's, whatever person the tagger read (a person's
 * shares are "X's shares").
 */
const SHARES_MOVE_AFTER = /^\s+(?:shares|stock)\s+(?:rose|fell|jumped|gained|dropped|slid|climbed|surged|tumbled|plunged|plummeted|soared|sank|slumped|edged|ended|closed|were|have|had)\b/u;

function firmsWhoseSharesMove(text: string, proposals: ProposedName[]): void {
  for (const p of proposals) if (p.type === 'PER' && SHARES_MOVE_AFTER.test(text.slice(p.end, p.end + 30))) p.type = 'ORG';
}

/**
 * "Moody's Investors Service cut the rating", "Moody's Analytics said": a firm named after its founder's shop writes
 * the founder's name and "'s" before the common words of its own name; the tagger reads a person ("Moody") and a
 * body ("Investors Service"). A one-word person, "'s" and a body of English words ending in a firm's head are one
 * body, unless the text names the person with a given name ("Rupert Murdoch ... Murdoch's News Corp").
 */
const FIRM_HEADS_AFTER_POSSESSIVE: ReadonlySet<string> = new Set(['service', 'analytics', 'ratings', 'investors', ...CORPORATE_SUFFIXES]);

function possessiveFirmNames(text: string, proposals: ProposedName[], givenNames: ReadonlySet<string>): void {
  for (let k = proposals.length - 1; k >= 0; k--) {
    const p = proposals[k] as ProposedName;
    const m = POSSESSIVE_FIRM.exec(text.slice(p.start, p.start + 80));
    if (!m || p.end > p.start + m[0].length || !firmWords((m[2] as string).split(/\s+/))) continue;
    const founder = m[1] as string;
    // a place the tagger read keeps its reading when it is a state or a city of its own ("London's Metropolitan Police Service")
    if (p.type === 'LOC' && (lookupCountry(founder) || lookupCapital(founder) || lookupCity(founder, { minPopulation: 100_000 }))) continue;
    if ([...text.matchAll(new RegExp(`(\\p{Lu}\\p{Ll}+)\\s+${escapeRegExp(founder)}\\b`, 'gu'))].some((g) => givenNames.has((g[1] as string).toLowerCase()))) continue;
    replaceWithin(proposals, { start: p.start, end: p.start + m[0].length, type: 'ORG' });
  }
}

/** Whether capitalised words are English words or firms' heads, the last a firm's head ("Investors Service"). */
function firmWords(words: readonly string[]): boolean {
  const lower = (w: string) => w.toLowerCase().replace(/\.$/, '');
  return words.every((w) => isEnglishWord(lower(w)) || FIRM_HEADS_AFTER_POSSESSIVE.has(lower(w))) && FIRM_HEADS_AFTER_POSSESSIVE.has(lower(words[words.length - 1] as string));
}

/** One capitalised word, "'s", then capitalised words: "Moody's Investors Service". */
const POSSESSIVE_FIRM = /^(\p{Lu}\p{Ll}+)['’]s\s+(\p{Lu}\p{Ll}+\.?(?:\s+\p{Lu}\p{Ll}+\.?){0,3})(?![\p{L}\p{M}])/u;

/**
 * "Supporters of Aung San Suu Kyi's party", "Senior General Min Aung Hlaing said", "President Htin Kyaw": a run of
 * two or more capitalised syllables of Burmese names (BURMESE_NAME_SYLLABLES), not all of them English words, is one
 * person; the tagger cuts such names ("San Suu Kyi") or reads a body ("Min Aung Hlaing").
 */
function burmeseNames(text: string, sentence: TaggedSentence, proposals: ProposedName[]): void {
  for (const m of text.slice(sentence.start, sentence.end).matchAll(/(?<![\p{L}\p{M}'’-])\p{Lu}\p{Ll}*(?:\s\p{Lu}\p{Ll}*)+(?![\p{L}\p{M}-])/gu)) {
    const words = m[0].split(/\s/);
    // the longest run of syllables inside the capitalised run
    let best: { from: number; to: number } | undefined;
    for (let i = 0; i < words.length; i++) {
      let j = i;
      while (j < words.length && BURMESE_NAME_SYLLABLES.has(words[j] as string)) j++;
      if (j - i >= 2 && (!best || j - i > best.to - best.from)) best = { from: i, to: j };
      if (j > i) i = j - 1;
    }
    if (!best || words.slice(best.from, best.to).every((w) => isEnglishWord(w.toLowerCase()))) continue;
    const start = sentence.start + (m.index ?? 0) + words.slice(0, best.from).reduce((n, w) => n + w.length + 1, 0);
    const end = start + words.slice(best.from, best.to).join(' ').length;
    if (proposals.some((q) => q.type === 'PER' && q.start === start && q.end === end)) continue;
    replaceWithin(proposals, { start, end, type: 'PER' });
  }
}

/**
 * "The Securities and Exchange Commission said", "a filing with the Securities and Exchange Commission", "the Commodity
 * and Futures Commission": a plain English word the tagger read as a body of its own, "and", and a public body
 * ending in a public body's head word are one body whose head both words share; the tagger and the rule layer cut
 * it at "and" ("Securities" | "Exchange Commission"). Heads of companies ("Inc", "Group") are left out: "Twitter and
 * Facebook Inc" are two.
 */
const PUBLIC_BODY_HEADS: ReadonlySet<string> = new Set(['commission', 'committee', 'administration', 'agency', 'department', 'ministry', 'bureau', 'authority', 'council', 'board', 'office', 'institute', 'service']);

function bodiesSharingTheirHead(text: string, proposals: ProposedName[]): void {
  for (let k = proposals.length - 2; k >= 0; k--) {
    const p = proposals[k] as ProposedName;
    const q = proposals[k + 1] as ProposedName;
    const word = text.slice(p.start, p.end);
    if (p.type !== 'ORG' || q.type !== 'ORG' || !/^\p{Lu}\p{Ll}+$/u.test(word) || !isEnglishWord(word.toLowerCase()) || text.slice(p.end, q.start) !== ' and ') continue;
    const head = /(\p{L}+)$/u.exec(text.slice(q.start, q.end))?.[1]?.toLowerCase() ?? '';
    if (PUBLIC_BODY_HEADS.has(head)) proposals.splice(k, 2, { start: p.start, end: q.end, type: 'ORG' });
  }
}

/**
 * "Erdogan's AK Party lost its majority", "Mayawati's Bahujan Samaj Party came third", "Thaksin's Pheu Thai Party won":
 * a one-word name, "'s" and a party's or a government's name are a leader and the body he or she leads; the tagger
 * reads one body over all of it. The body after "'s" ends in a political body's head; the name before it is a
 * person, or a place where the gazetteer or compromise reads one ("Kerala's Left Democratic Front"). A plural noun of
 * people in the possessive opens the party's own name and stays ("the People's National Movement", round 16).
 */
const POLITICAL_HEADS: ReadonlySet<string> = new Set(['party', 'congress', 'league', 'front', 'movement', 'alliance', 'coalition', 'government', 'administration']);
const LEADER_AND_BODY = /^(\p{Lu}[\p{L}\p{M}-]+)['’]s\s+(\p{Lu}.*\s(\p{L}+))$/u;

function leadersBeforeTheirParties(text: string, sentence: TaggedSentence, proposals: ProposedName[]): void {
  for (let k = proposals.length - 1; k >= 0; k--) {
    const p = proposals[k] as ProposedName;
    const m = p.type === 'ORG' ? LEADER_AND_BODY.exec(text.slice(p.start, p.end)) : null;
    if (!m || !POLITICAL_HEADS.has((m[3] as string).toLowerCase())) continue;
    const owner = m[1] as string;
    // "the People's National Movement", "the Workers' Party": a plural noun of people opens the name, owning nothing
    if (COLLECTIVE_POSSESSIVE_NOUNS.has(owner.toLowerCase())) continue;
    const token = sentence.tokens.find((t) => t.start === p.start);
    const place = lookupCountry(owner) !== undefined || lookupCapital(owner) !== undefined || lookupDemonym(owner) !== undefined || lookupCity(owner) !== undefined || (token?.tags.has('Place') ?? false);
    const bodyStart = p.end - (m[2] as string).length;
    proposals.splice(k, 1, { start: p.start, end: p.start + owner.length, type: place ? 'LOC' : 'PER' }, { start: bodyStart, end: p.end, type: 'ORG' });
  }
}

/**
 * "Hasina's Awami League won 288 seats", "Mutharika's Democratic Progressive Party won": a one-word name the tagger
 * proposes apart, "'s" and a party's name are a leader and the party he or she leads, as in
 * `leadersBeforeTheirParties` where the tagger read both as one body. The tagger types the leader a body and may cut
 * the party's opening words ("Democratic"): capitalised words between "'s" and the party it left out join the party.
 * An acronym ("the ANC's Youth League"), an English word ("Congress's United Progressive Alliance"), a place and a
 * plural noun of people ("People's") own bodies as bodies and stay (NOTES.md, issue 12, round 16).
 */
const OWNER_APOSTROPHE = /^['’]s\s+((?:\p{Lu}[\p{L}\p{M}-]*\s+){0,3})$/u;

function leadersApartFromTheirParties(text: string, sentence: TaggedSentence, proposals: ProposedName[]): void {
  for (let k = 0; k + 1 < proposals.length; k++) {
    const p = proposals[k] as ProposedName;
    const q = proposals[k + 1] as ProposedName;
    const gap = OWNER_APOSTROPHE.exec(text.slice(p.end, q.start));
    const head = /(\p{L}+)$/u.exec(text.slice(q.start, q.end))?.[1]?.toLowerCase() ?? '';
    if (!gap || q.type !== 'ORG' || p.type === 'LOC' || !POLITICAL_HEADS.has(head)) continue;
    const owner = text.slice(p.start, p.end);
    if (!/^\p{Lu}\p{Ll}[\p{L}\p{M}-]*$/u.test(owner) || isEnglishWord(owner.toLowerCase()) || COLLECTIVE_POSSESSIVE_NOUNS.has(owner.toLowerCase())) continue;
    const token = sentence.tokens.find((t) => t.start === p.start);
    if (lookupCountry(owner) !== undefined || lookupCapital(owner) !== undefined || lookupDemonym(owner) !== undefined || lookupCity(owner) !== undefined || (token?.tags.has('Place') ?? false)) continue;
    p.type = 'PER';
    q.start -= (gap[1] as string).length;
  }
}

/**
 * "The Koch brothers' network spent", "donors close to the Mercer family": a name between "the" and a lower-case kin
 * noun is a family's name, a person's (the NER guidelines type it so), never a body's.
 */
const KIN_NOUN_AFTER = /^\s+(?:brothers|sisters|family|families|twins|clan|dynasty)\b/u;

function familiesBeforeKinNouns(text: string, proposals: ProposedName[]): void {
  for (const p of proposals) {
    if (p.type !== 'ORG' || /\s/.test(text.slice(p.start, p.end)) || !/\b[Tt]he\s+$/u.test(text.slice(Math.max(0, p.start - 5), p.start))) continue;
    if (KIN_NOUN_AFTER.test(text.slice(p.end, p.end + 12))) p.type = 'PER';
  }
}

/** A country's name (one to three capitalised words) and "'s" right before a name. */
const COUNTRY_POSSESSIVE_BEFORE = /(?<![\p{L}\p{M}'’.-])(\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*){0,2})['’]s\s+$/u;

/**
 * "Japan's Rakuten said it would buy", "Brazil's Vale said output rose", "Mexico's Cemex cut its forecast", "Chile's
 * SQM said": business copy names a company after its country's possessive. A body the tagger read over the country
 * ("Chile's SQM", "Saudi Arabia's Kingdom Holding") is the country and the body (round 8's `countriesOwningBodies`,
 * run again on what later repairs built); a one-word person there is the company unless the text names that person
 * with a given name ("Brazil's Temer" after "Michel Temer") or the word is a given name ("Japan's Abe"); a coined
 * word the tagger left out, which the rule layer reads as a name and which is no English word or name of the lists,
 * is the company too. Called after the paragraph repairs of entities.ts, which may read the country into a body
 * before an apposition ("Chile's SQM, the world's second-largest lithium producer,").
 */
export function companiesOfCountries(text: string, sentence: TaggedSentence, proposals: ProposedName[], ruleNames: readonly NameMention[], givenNames: ReadonlySet<string>): void {
  countriesOwningBodies(text, proposals);
  const afterCountry = (start: number) => {
    const m = COUNTRY_POSSESSIVE_BEFORE.exec(text.slice(Math.max(sentence.start, start - 40), start));
    return m !== null && lookupCountry(m[1] as string) !== undefined;
  };
  // a capitalised word right before the name elsewhere, a given name or a title ("Michel Temer", "Prime Minister Modi")
  const namedInFull = (word: string) => new RegExp(`\\p{Lu}\\p{Ll}+\\.?\\s${escapeRegExp(word)}\\b`, 'u').test(text);
  for (const p of proposals) {
    const word = text.slice(p.start, p.end);
    if (p.type !== 'PER' || !/^\p{Lu}[\p{L}\p{M}-]+$/u.test(word) || givenNames.has(word.toLowerCase()) || !afterCountry(p.start) || namedInFull(word)) continue;
    p.type = 'ORG';
  }
  for (const r of ruleNames) {
    // the rule layer's name, less a country's possessive that opens it ("Chile's SQM")
    const opening = /^(\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*){0,2})['’]s\s+(?=\p{Lu})/u.exec(r.text);
    const start = opening && lookupCountry(opening[1] as string) ? r.start + opening[0].length : r.start;
    const name = text.slice(start, r.end);
    const oneWord = /^\p{Lu}[\p{L}\p{M}]+$/u.test(name);
    if (r.titles.length > 0 || (oneWord && (isEnglishWord(name.toLowerCase()) || givenNames.has(name.toLowerCase()))) || (!oneWord && start === r.start)) continue;
    if (!/^\p{Lu}[\p{L}\p{M}]*(?:\s\p{Lu}[\p{L}\p{M}]*)*$/u.test(name) || proposals.some((q) => q.start < r.end && start < q.end) || !afterCountry(start) || namedInFull(name)) continue;
    proposals.push({ start, end: r.end, type: 'ORG' });
  }
  proposals.sort((a, b) => a.start - b.start);
}

/**
 * "Kidder, Peabody & Co. reported heavy selling", "Goldman, Sachs & Co. declined to comment", "Smith Barney, Harris
 * Upham & Co.": older American partnerships write a comma between their founders' names before the "&" and its
 * closing word; the tagger reads the first name as a person and the rest as a body. Capitalised words, a comma,
 * capitalised words, "&" and "Co." or a capitalised word are one firm, where the tagger proposed a body inside it
 * (a list of persons "Smith, Jones & Brown" without one stays). Authors cited with a year keep their reading.
 */
const COMMA_AMPERSAND_FIRM = /(?<![\p{L}\p{M}'’.&-])\p{Lu}[\p{L}\p{M}'’-]+(?:\s\p{Lu}[\p{L}\p{M}'’-]+)?,\s\p{Lu}[\p{L}\p{M}'’-]+(?:\s\p{Lu}[\p{L}\p{M}'’-]+)?\s&\s(?:Co\.|Co\b|Cie\b|\p{Lu}[\p{L}\p{M}'’-]+)/gu;

function firmsWithCommaAndAmpersand(text: string, sentence: TaggedSentence, proposals: ProposedName[]): void {
  for (const m of text.slice(sentence.start, sentence.end).matchAll(COMMA_AMPERSAND_FIRM)) {
    const start = sentence.start + (m.index ?? 0);
    const end = start + m[0].length;
    if (/^\s*,?\s*(?:\d{4}\b|\[\d|\()/u.test(text.slice(end, end + 8))) continue;
    if (!proposals.some((q) => q.type === 'ORG' && q.start > start && q.start < end)) continue;
    replaceWithin(proposals, { start, end, type: 'ORG' });
  }
}

/**
 * "Pampa Energia said it would build a plant", "Minera Escondida said workers went on strike", "Aerolineas Argentinas
 * cancelled flights": a name of two words or more that opens or closes with a Spanish or Portuguese word of an
 * industry (IBERIAN_INDUSTRY_WORDS) is a company, where the tagger read a person or a place the gazetteer lacks, or proposed nothing and the rule
 * layer reads a name there.
 */
function iberianIndustryCompanies(text: string, proposals: ProposedName[], ruleNames: readonly NameMention[]): void {
  const industrial = (name: string) => {
    const words = name.split(/\s+/);
    return words.length >= 2 && /^\p{Lu}/u.test(words[words.length - 1] as string) && (IBERIAN_INDUSTRY_WORDS.has((words[0] as string).toLowerCase()) || IBERIAN_INDUSTRY_WORDS.has((words[words.length - 1] as string).toLowerCase()));
  };
  // ("The road builder, Construcciones Valderrama, paid": a place the gazetteer does not know reads so too; round 22)
  for (const p of proposals) if ((p.type === 'PER' || (p.type === 'LOC' && !knownPlaceName(text.slice(p.start, p.end)))) && industrial(text.slice(p.start, p.end))) p.type = 'ORG';
  for (const r of ruleNames) {
    if (r.cls === 'place' || !industrial(r.text) || proposals.some((q) => q.start < r.end && r.start < q.end)) continue;
    proposals.push({ start: r.start, end: r.end, type: 'ORG' });
  }
}

/**
 * "the militia known as Fano seized a town", "a group calling itself the Freedom Brigade claimed the attack",
 * "protesters known as the Red Shirts", "an armed faction called the Sons of Liberty": a group noun
 * (GROUP_NOUNS_BEFORE_NAMES) and "known as", "calling itself/themselves", "which calls itself" or, after "a"/"an",
 * "called"/"named"/"dubbed" introduce the group's name, a body; the tagger read a place ("Fano", a town's name too)
 * or nothing. "The rebels called the president" is a verb: "called" counts only after an indefinite article.
 */
const GROUP_NAME_RUN = String.raw`\p{Lu}[\p{L}\p{M}'’-]*(?:\s+(?:of|for|and|de|al)(?:\s+the)?\s+\p{Lu}[\p{L}\p{M}'’-]*|\s+\p{Lu}[\p{L}\p{M}'’-]*)*`;
const GROUP_KNOWN_AS = new RegExp(String.raw`(?<![\p{L}\p{M}'’-])(\p{L}\p{Ll}+(?:\s+group)?),?\s+(known\s+as|calling\s+(?:itself|themselves)|(?:which|that|who)\s+calls?\s+(?:itself|themselves)|styling\s+(?:itself|themselves)|called|named|dubbed)\s+(?:the\s+)?(${GROUP_NAME_RUN})`, 'gu');

/** "a" or "an" and up to two lower-case modifiers right before a group noun ("an armed faction", "a little-known group"). */
const INDEFINITE_BEFORE = /(?<![\p{L}\p{M}])[Aa]n?\s+(?:[\p{Ll}-]+\s+){0,2}$/u;

function groupsKnownByTheirNames(text: string, sentence: TaggedSentence, proposals: ProposedName[]): void {
  for (const m of text.slice(sentence.start, sentence.end).matchAll(GROUP_KNOWN_AS)) {
    if (!GROUP_NOUNS_BEFORE_NAMES.has((m[1] as string).toLowerCase())) continue;
    const at = sentence.start + (m.index ?? 0);
    if (/^(?:called|named|dubbed)$/u.test(m[2] as string) && !INDEFINITE_BEFORE.test(text.slice(Math.max(sentence.start, at - 40), at))) continue;
    const name = m[3] as string;
    const end = sentence.start + (m.index ?? 0) + m[0].length;
    const start = end - name.length;
    if (TITLE_FIRST_WORDS.has((name.split(/\s/)[0] as string).toLowerCase())) continue;
    if (proposals.some((q) => q.type === 'ORG' && q.start === start && q.end === end)) continue;
    // a longer proposal over the name (the tagger's own wider span) stays; shorter ones inside it give way
    for (const q of proposals) if (q.start <= start && q.end >= end && q.type !== 'ORG') q.type = 'ORG';
    replaceWithin(proposals, { start, end, type: 'ORG' });
  }
}

/**
 * "Westpac raised mortgage rates", "Nokia and Ericsson said they would cut jobs", "Danone lowered its forecast": one
 * capitalised word, hyphenated or not ("Rolls-Royce posted a loss", round 17), or two joined by "and", opening a clause, then a business act (BUSINESS_ACT_VERBS and
 * BUSINESS_ACT_OBJECTS, after "said it/they would" or an auxiliary at most) is a company, where the tagger read
 * nothing, a town ("Nokia") or a person ("Ericsson"). Not for an English word, a given name, a country, a demonym, a
 * capital or a city of 100,000 people, nor for a word the text writes after another capitalised word ("Peter Dutton
 * ... Dutton cut", a person named in full).
 */
const CLAUSE_OPENING = String.raw`(?:^|[;:]\s+|,\s+while\s+|,\s+and\s+|\bsaid\s+(?:that\s+)?|\s[-–—]\s+)(\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?)(?:\s+and\s+(\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?))?\s+(?:said\s+(?:it|they)\s+(?:would|will|had|has|have)\s+|(?:has|have|had|will|would|also)\s+)?`;
let clauseOpeningActors: RegExp | undefined;
/** The clause-opening name and business act (above), built once from the lexicon's lists. */
function businessActPattern(): RegExp {
  const alt = (xs: ReadonlySet<string>) => [...xs].join('|');
  clauseOpeningActors ??= new RegExp(String.raw`${CLAUSE_OPENING}(?:${alt(BUSINESS_ACT_VERBS)})\s+(?:(?:its|their|a|an|the)\s+)?(?:[\p{Ll}-]+\s+){0,2}(?:${alt(BUSINESS_ACT_OBJECTS)})\b`, 'gu');
  clauseOpeningActors.lastIndex = 0;
  return clauseOpeningActors;
}

function companiesActingOnTheirFigures(text: string, sentence: TaggedSentence, proposals: ProposedName[], givenNames: ReadonlySet<string>): void {
  const s = text.slice(sentence.start, sentence.end);
  for (const m of s.matchAll(businessActPattern())) {
    const firstStart = sentence.start + (m.index ?? 0) + m[0].indexOf(m[1] as string);
    const names: Array<[string, number]> = [[m[1] as string, firstStart]];
    if (m[2] !== undefined) names.push([m[2] as string, firstStart + m[0].slice(m[0].indexOf(m[1] as string)).indexOf(m[2] as string, (m[1] as string).length)]);
    for (const [word, start] of names) if (companyWord(text, word, givenNames)) retypeAsCompany(text, proposals, start, start + word.length);
  }
}

/** Whether a one-word name may be a company's (above): no word, given name, state, demonym, capital or large city. */
function companyWord(text: string, word: string, givenNames: ReadonlySet<string>): boolean {
  const lower = word.toLowerCase();
  if (isEnglishWord(lower) || givenNames.has(lower) || TITLE_FIRST_WORDS.has(lower)) return false;
  if (lookupCountry(word) || lookupDemonym(word) || lookupCapital(word) || lookupCity(word, { minPopulation: 100_000 })) return false;
  return !new RegExp(String.raw`\p{Lu}[\p{L}]*\.? ${escapeRegExp(word)}\b`, 'u').test(text);
}

/** A place the tagger read stays one unless it is a town's name ("Nokia"): a state or region acts as a government ("Queensland raised fares"). */
function retypeAsCompany(text: string, proposals: ProposedName[], start: number, end: number): void {
  const exact = proposals.find((q) => q.start === start && q.end === end);
  if (exact?.type === 'LOC' && lookupCity(text.slice(start, end)) === undefined) return;
  if (exact) exact.type = 'ORG';
  else if (!proposals.some((q) => q.start < end && start < q.end)) proposals.push({ start, end, type: 'ORG' });
}

/**
 * "Pfizer agreed to buy Hospira for $17 billion", "Sanofi will acquire Bioverativ", "Dow merged with DuPont", "its
 * takeover of Monsanto": a one-word name that opens the clause of a takeover verb (TAKEOVER_VERBS, after an auxiliary
 * or "agreed to" at most) or is its object (after a lower-case modifier or two: "buy smaller rival Hospira") is a
 * company; the tagger read a person, a place or nothing (issue 12, round 17). The word must pass `companyWord` (no
 * English word, given name, state, demonym or large city, nor a surname written after a given name: "Elon Musk ...
 * Musk agreed to buy"); an object the gazetteer knows as a place or region stays one ("buy land in Texas" never
 * matches: a preposition is no modifier).
 */
const DEAL_OPENING = String.raw`(?:^|[;:]\s+|,\s+while\s+|,\s+and\s+|\bsaid\s+(?:that\s+)?|\s[-–—]\s+|\b(?:after|before|when|since|because|as|until|once|if)\s+)`;
const DEAL_AUXILIARY = String.raw`(?:(?:has|have|had|will|would|also|is|was|could|may|might|said\s+(?:it|they)\s+(?:would|will|had))\s+)?(?:(?:(?:has|have|had)\s+)?(?:agreed|agrees|offered|offers|plans|planned|wants|wanted|sought|seeks|aims|aimed|moved|decided|is\s+set|was\s+set|is\s+expected|was\s+expected|is|was|are)\s+to\s+)?`;
const DEAL_MODIFIERS = String.raw`(?:(?!(?:in|at|on|from|into|to|of|the|a|an|its|their|land|shares|stakes?)\s)[\p{Ll}-]+\s+){0,2}`;
const ONE_WORD_NAME = String.raw`(\p{Lu}[\p{Ll}\p{M}]+)(?=\s*[,.;:)]|\s*$|\s+(?:for|in|from|and|or|at|on|by|last|this|next|earlier|later|after|before|to|which|that|as|with|was|is|will|would)\b)`;
let dealPatterns: { subject: RegExp; object: RegExp } | undefined;

function takeoverPatterns(): { subject: RegExp; object: RegExp } {
  const alt = (xs: ReadonlySet<string>) => [...xs].map((x) => x.replace(/ /g, String.raw`\s+`)).join('|');
  dealPatterns ??= {
    subject: new RegExp(String.raw`(?:${DEAL_OPENING}(\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?)\s+${DEAL_AUXILIARY}(?:${alt(TAKEOVER_VERBS)})\s|(?<!\p{Lu}[\p{L}\p{M}&.-]*\s|[\p{L}\p{M}&-])(\p{Lu}[\p{Ll}\p{M}]+)['’]s\s+(?:${alt(TAKEOVER_NOUNS)}))`, 'gu'),
    object: new RegExp(String.raw`(?<![\p{L}\p{M}])(?:${alt(TAKEOVER_VERBS)}|(?:${alt(TAKEOVER_NOUNS)})(?:\s+of)?)\s+${DEAL_MODIFIERS}${ONE_WORD_NAME}`, 'gu'),
  };
  dealPatterns.subject.lastIndex = 0;
  dealPatterns.object.lastIndex = 0;
  return dealPatterns;
}

/** The first word of every takeover verb and noun: a sentence holding none of them matches neither pattern (a cheap test first). */
const TAKEOVER_FIRST_WORD = new RegExp([...TAKEOVER_VERBS, ...TAKEOVER_NOUNS].map((x) => x.split(' ')[0] as string).join('|'), 'u');

function companiesInTakeovers(text: string, sentence: TaggedSentence, proposals: ProposedName[], givenNames: ReadonlySet<string>): void {
  const s = text.slice(sentence.start, sentence.end);
  if (!TAKEOVER_FIRST_WORD.test(s)) return;
  const { subject, object } = takeoverPatterns();
  for (const pattern of [subject, object]) {
    for (const m of s.matchAll(pattern)) {
      const word = (m[1] ?? m[2]) as string;
      const start = sentence.start + (m.index ?? 0) + (pattern === subject ? m[0].indexOf(word) : m[0].lastIndexOf(word));
      if (!companyWord(text, word, givenNames) || FIRST_LEVEL_REGIONS.has(word.toLowerCase()) || (pattern === object && lookupCity(word))) continue;
      const exact = proposals.find((q) => q.start === start && q.end === start + word.length);
      if (exact) exact.type = 'ORG';
      else if (!proposals.some((q) => q.start < start + word.length && start < q.end)) proposals.push({ start, end: start + word.length, type: 'ORG' });
    }
  }
}

/**
 * "Forestry agency Conaf said", "Steel company Velkor cut jobs", "Opposition party Ndoro said": a capitalised word
 * opening the sentence, a body's noun in lower case (ORG_ANAPHORS, BUSINESS_NOUNS, "group", "watchdog", "regulator",
 * "charity", "union") and then the name: the tagger's span over all three keeps the description in the name; the body
 * is the name after the noun (issue 12, round 17).
 */
const DESCRIBED_NAME = /^(\p{Lu}[\p{Ll}-]+\s+)((?:[\p{Ll}-]+\s+)?)([\p{Ll}-]+)\s+(?=\p{Lu})/u;
const DESCRIPTOR_NOUNS: ReadonlySet<string> = new Set([...ORG_ANAPHORS, ...BUSINESS_NOUNS, 'group', 'watchdog', 'regulator', 'charity', 'union', 'body']);

function descriptorsBeforeBodies(text: string, sentence: TaggedSentence, proposals: ProposedName[]): void {
  for (const p of proposals) {
    const m = DESCRIBED_NAME.exec(text.slice(p.start, p.end));
    if (!m || p.start !== sentence.start || !DESCRIPTOR_NOUNS.has(m[3] as string)) continue;
    p.start += m[0].length;
    p.type = 'ORG';
  }
}

/**
 * Whether the rule layer's name `r` is only the capitalised opener of such a description ("Forestry" of "Forestry
 * agency Conaf"), right before the body noun and a name kept from the tagger (`mine`): no body of its own.
 */
export function describesNameAfter(text: string, r: { end: number }, mine: readonly { start: number }[]): boolean {
  const after = /^\s+(?:[\p{Ll}-]+\s+)?([\p{Ll}-]+)\s+/u.exec(text.slice(r.end, r.end + 40));
  return after !== null && DESCRIPTOR_NOUNS.has(after[1] as string) && mine.some((m) => m.start === r.end + after[0].length);
}

/**
 * "Fisheries agency Sernapesca said", "the energy regulator Aneel approved", "Media watchdog Ofcom opened": a name
 * the rule layer could not type, right after a body's noun of this list, that acts is that body (issue 12, round 17;
 * nouns that end a phrase before a person, "told the court Smith lied", are left out).
 */
const BODY_NOUN_BEFORE = /(?<![\p{L}\p{M}'’-])(?:agency|regulator|watchdog|charity|group|body|institute|foundation|association|federation|commission|committee|ngo|organi[sz]ation|network|alliance|coalition|movement|fund|authority|monitor)\s+$/u;

export function bodyNounRightBefore(text: string, start: number): boolean {
  return BODY_NOUN_BEFORE.test(text.slice(Math.max(0, start - 30), start));
}

/**
 * "UEFA fined Barcelona 500,000 euros", "The league docked Derby 21 points", "Marseille were fined": a town's name as
 * the object of a verb of sporting or regulatory penalty, or before "were"/"have been" and such a participle (a
 * British plural verb after a singular name), is the club or company named after it, not the place (issue 12, round
 * 17). A country or capital is left to the state rules ("sanctioned Moscow").
 */
const PENALTY = String.raw`(?:fined|docked|banned|suspended|charged|sanctioned|punished|relegated|expelled|disqualified|penalised|penalized)`;
const PENALISED_OBJECT = new RegExp(String.raw`\b${PENALTY}\s+$`, 'u');
const PENALISED_SUBJECT = new RegExp(String.raw`^\s+(?:were|have\s+been|had\s+been)\s+(?:\p{Ll}+ly\s+)?${PENALTY}\b`, 'u');

function clubsPenalised(text: string, proposals: ProposedName[]): void {
  for (const p of proposals) {
    const name = text.slice(p.start, p.end);
    if (p.type !== 'LOC' || /\s/.test(name) || lookupCountry(name) || lookupCapital(name) || FIRST_LEVEL_REGIONS.has(name.toLowerCase()) || !lookupCity(name)) continue;
    if (PENALISED_OBJECT.test(text.slice(Math.max(0, p.start - 20), p.start)) || PENALISED_SUBJECT.test(text.slice(p.end, p.end + 40))) p.type = 'ORG';
  }
}
