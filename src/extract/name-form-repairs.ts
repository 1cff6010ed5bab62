import { ARMED_GROUPS_BY_NAME, GLUED_BANK_NAME, ORG_HEAD_WORDS, PARTY_MEMBERS_BEFORE_NAMES } from '../nlp/lexicon/organizations.js';
import { TIME_BOUNDED_MODIFIERS } from '../nlp/lexicon/titles.js';
import type { TaggedSentence } from '../nlp/tokens.js';
import { lookupCapital, lookupCity, lookupCountry, lookupDemonym } from '../nlp/gazetteer.js';
import { isEnglishWord } from '../nlp/gazetteer/common-words.js';
import { replaceWithin } from './name-kind-repairs.js';
import { escapeRegExp } from '../text/escape-regexp.js';
import { PERSON_ROLES, capitalInitials, knownPlaceName } from './name-repairs.js';
import type { NameMention, ProposedName } from './names.js';

/**
 * Repairs of the tagger's proposals by the written form around a name: a party member's noun before a person's full
 * name, a wire dateline's city of several words in capitals, a body spelled out before its bracketed acronym. Like
 * ./name-cue-repairs.ts, each works in place on one sentence's proposals and was found on invented reports
 * (NOTES.md, issue 12, round 14).
 */

/** The repairs of this module, in order, for one sentence's proposals (called after ./name-cue-repairs.ts). */
export function nameFormRepairs(text: string, sentence: TaggedSentence, proposals: ProposedName[], ruleNames: readonly NameMention[], givenNames: ReadonlySet<string>): void {
  partyMembersBeforePersons(text, proposals);
  datelineCitiesInCapitals(text, sentence, proposals, ruleNames);
  bodiesSpelledByAcronyms(text, sentence, proposals, ruleNames);
  armedGroupsByName(text, proposals, ruleNames);
  givenNamesReadAsTitles(text, proposals);
  banksByTheirWord(text, proposals, ruleNames);
  partiesBeforePartyNouns(text, sentence, proposals);
  possessiveCompanyNames(text, proposals, givenNames);
  outletsBeforeOutletNouns(text, proposals);
  dropPartyStateTags(text, proposals);
  companiesAfterCorporateNouns(text, proposals);
  companiesBeforeCorporateRoles(text, sentence, proposals);
  personsOfNamedBodies(text, sentence, proposals, givenNames);
  camelCaseCompanies(text, proposals);
  proposals.sort((a, b) => a.start - b.start);
}

/**
 * "Republican Tom Harlan said", "Democrat Hillary Clinton campaigned", "the race between Democrat Jason Kander and
 * Republican Roy Blunt": a party member's noun (PARTY_MEMBERS_BEFORE_NAMES) before a person's name of two words or more
 * says which party the person belongs to; it is no part of the name (US copy writes it where British copy writes
 * "the Republican candidate"). A name of one word after it stays whole ("Democrat Harlan" is rare and ambiguous).
 */
function partyMembersBeforePersons(text: string, proposals: ProposedName[]): void {
  for (const p of proposals) {
    if (p.type !== 'PER') continue;
    const name = text.slice(p.start, p.end);
    const m = [ONE_WORD_OPENING, TWO_WORD_OPENING].map((re) => re.exec(name)).find((x) => x && PARTY_MEMBERS_BEFORE_NAMES.has(x[1] as string));
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
 * Head words of parties and movements beside ORG_HEAD_WORDS, which open names built as "<head> for/of ..." ("Rally for
 * the Republic", "Convention for Democracy", "Mission for Peace"). Source: party and movement names of francophone and
 * lusophone Africa in English wire copy; id `names.party-heads` (NOTES.md, issue 12, round 17).
 */
const PARTY_HEADS: ReadonlySet<string> = new Set(['rally', 'convention', 'mission', 'bloc', 'platform', 'initiative', 'gathering', 'forum']);

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
    const inside = (n: { start: number; end: number }) => n.start >= start && n.end <= end;
    const readAsBody = proposals.some((p) => p.type === 'ORG' && inside(p)) || ruleNames.some((r) => r.cls === 'organization' && inside(r));
    // ("The Rally for Democracy and Progress (RDP)", "the Union for the Republic (UNIR)": a run opening with a body's
    // head word and a glue word is a body though neither reading typed a part of it one; round 17)
    const headed = /^(?:The\s+)?(\p{Lu}\p{Ll}+)\s+(?:for|of)\s/u.exec(name)?.[1]?.toLowerCase();
    const bodyHead = headed !== undefined && (ORG_HEAD_WORDS.has(headed) || PARTY_HEADS.has(headed));
    // (initials alone are round 13's bodiesRunOnToAcronyms, which asks more of the run: "Gross Domestic Product (GDP)")
    if ((capitalInitials(name) === acronym && !bodyHead) || (!readAsBody && !bodyHead)) continue;
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
export function longFormStart(text: string, from: number, bracket: number, acronym: string): number | undefined {
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

/**
 * Verbs of a company or an agency right after a name and "'s": "Moody's said", "Shares of McDonald's rose", "Standard &
 * Poor's and Moody's cut the rating". A possessive is followed by what is owned, never by a finite verb, so the "'s"
 * belongs to the name (a firm named after its founder's shop: Moody's, McDonald's, Sotheby's, Sainsbury's).
 */
const VERB_AFTER_POSSESSIVE = /^['’]s\s+(?:said|says|cut|cuts|downgraded|upgraded|rated|rates|raised|lowered|reported|posted|announced|warned|expects|plans|agreed|rose|fell|gained|jumped|slipped|declined)\b/u;

/**
 * (Spoken "X's" is also "X has": "Clinton's said it many times", "Harlan's had a bad week"; "has", "had", "is", "was"
 * and "will" are left out of the verbs, and a surname the article gives after a given name is left.)
 */
function possessiveCompanyNames(text: string, proposals: ProposedName[], givenNames: ReadonlySet<string>): void {
  for (const p of proposals) {
    const name = text.slice(p.start, p.end);
    if (!/^\p{Lu}[\p{L}\p{M}-]+$/u.test(name) || !VERB_AFTER_POSSESSIVE.test(text.slice(p.end, p.end + 20))) continue;
    if ([...text.matchAll(new RegExp(`(\\p{Lu}\\p{Ll}+)\\s+${escapeRegExp(name)}\\b`, 'gu'))].some((m) => givenNames.has((m[1] as string).toLowerCase()))) continue;
    p.end += 2;
    p.type = 'ORG';
  }
}

/**
 * "the official Tass news agency reported", "the Kyodo news agency said", "the pro-government Sabah newspaper": a
 * name the tagger read as a person right before a noun of a news outlet is the outlet (a person is never written
 * before "news agency"; a place is, "a Beirut newspaper", and keeps its reading).
 */
const OUTLET_NOUN_AFTER = /^\s+(?:news\s+agency|newspaper|daily|weekly|broadcaster|television|radio|wire\s+service)\b/u;

function outletsBeforeOutletNouns(text: string, proposals: ProposedName[]): void {
  for (const p of proposals) if (p.type === 'PER' && OUTLET_NOUN_AFTER.test(text.slice(p.end, p.end + 24))) p.type = 'ORG';
}

/**
 * "Rep. Barbara Comstock, R-Va., beat", "Sen. Tim Kaine (D-Va.) said": US copy tags a member of Congress with the
 * party's letter and the state, abbreviated or not; the tag as a whole ("R-Va", "R-Ohio") is no place or person
 * (a state the tagger proposed alone inside it, "Texas" of "R-Texas", is left as it read it).
 */
const PARTY_STATE_TAG = /^[RDI]-\p{Lu}[\p{L}.]*$/u;

function dropPartyStateTags(text: string, proposals: ProposedName[]): void {
  for (let k = proposals.length - 1; k >= 0; k--) if (PARTY_STATE_TAG.test(text.slice((proposals[k] as ProposedName).start, (proposals[k] as ProposedName).end))) proposals.splice(k, 1);
}

/**
 * Words of a company's parts, deals and owners right before a name ("the phone business of Nokia", "a unit of
 * Siemens", "a stake in Zalando", "E.ON spun off Uniper", "the sale of Monsanto to Bayer"), or of what only firms do
 * to firms. A coined one-word name after them that the tagger read as a place is the company (a country, a capital
 * or a city of 100,000 people or more keeps its reading: "the economy of Kenya", "a stake in Lagos" are rarer than
 * the firms, but they are written). Source: the corporate-deal phrases of business wire copy; id
 * `names.corporate-nouns-before` (NOTES.md, issue 12, round 14).
 */
const CORPORATE_NOUN_BEFORE = /(?:\b(?:business|businesses|unit|units|division|divisions|subsidiary|subsidiaries|takeover|acquisition|shareholders|shareholder|stake|merger|owner|parent)\s+(?:of|in|with)|\b(?:spun|spin|spins|spinning)\s+off|\b(?:acquired|acquire|acquires|acquiring|merge|merged|merges|merging)\s+(?:with\s+)?)\s+$/u;
/** "the sale of Monsanto to Bayer": a sale of a name to a capitalised buyer. */
const SALE_OF_BEFORE = /\bsale\s+of\s+$/u;

function companiesAfterCorporateNouns(text: string, proposals: ProposedName[]): void {
  for (const p of proposals) {
    const name = text.slice(p.start, p.end);
    if (p.type !== 'LOC' || !/^\p{Lu}[\p{L}\p{M}.-]+$/u.test(name) || isEnglishWord(name.toLowerCase())) continue;
    if (lookupCountry(name) || lookupCapital(name) || lookupCity(name, { minPopulation: 100_000 })) continue;
    const before = text.slice(Math.max(0, p.start - 40), p.start);
    if (CORPORATE_NOUN_BEFORE.test(before) || (SALE_OF_BEFORE.test(before) && /^\s+to\s+\p{Lu}/u.test(text.slice(p.end, p.end + 8)))) p.type = 'ORG';
  }
}

/**
 * Roles only a company (or a body run like one) has, written between its name and its holder's: "SK Hynix chief
 * financial officer Kim Woo-hyun said", "Air Liquide chief executive Benoit Potier said". Roles a politician's staff
 * also hold ("spokesman", "campaign chairman", "chief strategist") are left out: "Harlan spokesman Jason Miller".
 */
const CORPORATE_ROLE_THEN_NAME = /^\s+(?:chief\s+(?:executive|financial|operating|technology|investment)(?:\s+officer)?|vice[- ]chairman|executive\s+chairman|managing\s+director|CEO|CFO)\s+\p{Lu}/u;

/**
 * The capitalised run right before such a role ("SK Hynix", "Air Liquide") is the company, whatever person the tagger
 * read or word it cut ("Liquide"); a country, a demonym or a city is left ("China chief executive" is no company).
 */
function companiesBeforeCorporateRoles(text: string, sentence: TaggedSentence, proposals: ProposedName[]): void {
  const tokens = sentence.tokens;
  tokens.forEach((t, k) => {
    if (!/^\p{Lu}/u.test(t.text) || !CORPORATE_ROLE_THEN_NAME.test(text.slice(t.end, t.end + 40))) return;
    let first = k;
    while (first > 0 && /^(?:\p{Lu}[\p{L}\p{M}.'’-]*|&)$/u.test((tokens[first - 1] as { text: string }).text) && (tokens[first - 1] as { end: number }).end + 1 === (tokens[first] as { start: number }).start) first--;
    // ("Former Goldman Sachs chief executive X": a word of the holder's time in office opens no company's name)
    while (first <= k && (/^the$/iu.test((tokens[first] as { text: string }).text) || TIME_BOUNDED_MODIFIERS.has((tokens[first] as { text: string }).text.toLowerCase()))) first++;
    if (first > k) return;
    const start = (tokens[first] as { start: number }).start;
    const name = text.slice(start, t.end);
    if (lookupCountry(name) || lookupDemonym(name) || lookupCity(name, { minPopulation: 100_000 }) || proposals.some((p) => p.type === 'ORG' && p.start === start && p.end === t.end)) return;
    replaceWithin(proposals, { start, end: t.end, type: 'ORG' });
  });
}

/** A role perhaps, a given name and a surname, "of", perhaps "the", then a body's capitalised words. */
const PERSON_OF_BODY = /^((?:\p{Lu}\p{Ll}+\s+)?)(\p{Lu}\p{Ll}+)\s+\p{Lu}[\p{L}\p{M}'’-]+\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+(?:and\s+|&\s+)?\p{Lu}[\p{L}\p{M}'’.-]*)+)$/u;

/**
 * "Mat Staver of Liberty Counsel said", "Analyst Dick Bove of Rafferty Capital Markets said": a person named by a given
 * name of the lists (or two words compromise reads as a person's) and a surname, "of", and a body of two capitalised words or more, which the tagger proposed as one
 * body. Round 8's `splitPersonOfOrganisation` (name-repairs.ts) splits such a run when the body ends in a body's head
 * word; here the body's words are any, when they are no known place ("Harlow Brothers of New York" is a company).
 */
function personsOfNamedBodies(text: string, sentence: TaggedSentence, proposals: ProposedName[], givenNames: ReadonlySet<string>): void {
  for (let k = proposals.length - 1; k >= 0; k--) {
    const p = proposals[k] as ProposedName;
    const m = p.type === 'ORG' ? PERSON_OF_BODY.exec(text.slice(p.start, p.end)) : null;
    if (!m) continue;
    const [whole, role, given, body] = m as unknown as [string, string, string, string];
    if ((role && !PERSON_ROLES.has(role.trim().toLowerCase())) || knownPlaceName(body)) continue;
    // the given name is of the lists, or compromise reads both words of the person as a person's ("Mat Staver")
    const personTokens = sentence.tokens.filter((t) => t.start >= p.start + role.length && t.end <= p.start + whole.indexOf(' of '));
    // ("Royal Institute of British Architects": a body's head word before "of" makes the whole one body)
    if (personTokens.some((t) => ORG_HEAD_WORDS.has(t.lower))) continue;
    if (!givenNames.has(given.toLowerCase()) && !(personTokens.length === 2 && personTokens.every((t) => t.tags.has('Person') && !t.tags.has('Organization')))) continue;
    const personEnd = p.start + whole.indexOf(' of ');
    proposals.splice(k, 1, { start: p.start + role.length, end: personEnd, type: 'PER' }, { start: p.end - body.length, end: p.end, type: 'ORG' });
  }
}

/**
 * "JPMorgan Chase and Citigroup were little changed", "BlackRock said": a name opening with a word written in camel
 * case, initials glued to a word ("JPMorgan") or a capital after three lower-case letters ("BlackRock", "SoftBank",
 * "ExxonMobil"), is a company's; persons' names glue a capital after one or two letters ("McCain", "DeSantis",
 * "MacArthur", "LaToya") and keep their reading.
 */
const CAMEL_CASE_WORD = /^(?:\p{Lu}{2,}\p{Ll}{2,}|\p{Lu}\p{Ll}{3,}\p{Lu}\p{Ll}+)(?=\s|$)/u;

function camelCaseCompanies(text: string, proposals: ProposedName[]): void {
  for (const p of proposals) if (p.type === 'PER' && CAMEL_CASE_WORD.test(text.slice(p.start, p.end))) p.type = 'ORG';
}
