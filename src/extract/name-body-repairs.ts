import { lookupCapital, lookupCity, lookupCountry, lookupDemonym } from '../nlp/gazetteer.js';
import { NON_ACTOR_ACRONYMS } from '../nlp/lexicon/non-actors.js';
import { ACRONYM_SKIPS } from '../nlp/lexicon/name-cues.js';
import { isEnglishWord } from '../nlp/gazetteer/common-words.js';
import { CORPORATE_SUFFIXES } from '../nlp/lexicon/non-actors.js';
import { CLUB_NAME_PREFIXES, COMPANY_NAME_OPENERS, FIRM_HEADS, FOREIGN_BODY_OPENERS, INSTITUTION_OPENERS, ORG_HEAD_WORDS, STOCK_EXCHANGE_CODES } from '../nlp/lexicon/organizations.js';
import { capitalInitials, knownPlaceName } from './name-repairs.js';
import type { TaggedSentence } from '../nlp/tokens.js';
import type { ProposedName } from './names.js';

/**
 * Repairs of the tagger's proposals (./names/tagger.ts) that tell bodies from persons and places by what is written
 * in or around the name: a company's legal suffix, a ticker, a club's name around a city, an institution's opening
 * adjective, a person "of" a party. Like ./name-boundary-repairs.ts, each works in place on one sentence's
 * proposals and was found on invented reports (NOTES.md, issue 12, round 11).
 */

/** The repairs of this module, in order, for one sentence's proposals (called after ./name-boundary-repairs.ts). */
export function nameBodyRepairs(text: string, sentence: TaggedSentence, proposals: ProposedName[], ruleNames: readonly { start: number; end: number; cls: string }[]): void {
  dropTickerCodes(text, proposals);
  companiesBySuffix(text, proposals, ruleNames);
  clubsAroundCities(text, proposals);
  institutionsTakenForPersons(text, proposals);
  foreignBodiesUnproposed(text, sentence, proposals);
  personsOfBodies(text, proposals, ruleNames);
  committeesNamedPac(text, sentence, proposals);
  placesBeforePartyMembers(text, proposals);
  companiesOwnedOrHeld(text, proposals);
  acronymsBeforeLowerCaseTitles(text, proposals);
  namesBeforeMovementNouns(text, proposals);
  advocacyGroupsFor(text, sentence, proposals);
  placesListedBeforeUnits(text, proposals, ruleNames);
  hyphenatedCompanyPairs(text, sentence, proposals, ruleNames);
  bodiesControlledBy(text, proposals, ruleNames);
  companiesListedAfterShares(text, proposals, ruleNames);
  bodiesOfFighters(text, proposals);
  bodiesBeforeAcronyms(text, proposals, ruleNames);
  bodiesRunBackToAcronyms(text, proposals);
}

/** The capitalised words of a name, as written. */
function wordsOf(name: string): string[] {
  return name.split(/\s+/).filter((w) => w.length > 0);
}

/** Whether a name's last word is a company's legal form or a firm's head ("Linde AG", "Bain Capital"). */
function endsAsCompany(name: string): boolean {
  const words = wordsOf(name);
  if (words.length < 2) return false;
  const last = (words[words.length - 1] as string).replace(/['’]s$/u, '');
  // a legal form is written with its capitals ("AG", "Inc"); "co" or "sa" in lower case is no suffix
  if (CORPORATE_SUFFIXES.has(last.toLowerCase()) && /^\p{Lu}/u.test(last)) return true;
  return FIRM_HEADS.has(last) && !knownPlaceName(name);
}

/**
 * "(NYSE: DIS)", "(Nasdaq: AAPL)", "(DIS.N)", "(7203.T)": a ticker in brackets after a company's name is no name
 * of its own (the tagger reads the letters as a place); proposals inside such brackets go.
 */
const TICKER_BRACKETS = new RegExp(String.raw`\(\s*(?:(?:${[...STOCK_EXCHANGE_CODES].join('|')})\s*:\s*[A-Z0-9][A-Z0-9.]{0,7}|[A-Z0-9]{1,6}\.[A-Z]{1,3})\s*\)`, 'gu');

function dropTickerCodes(text: string, proposals: ProposedName[]): void {
  if (proposals.length === 0) return;
  const from = (proposals[0] as ProposedName).start;
  const to = (proposals[proposals.length - 1] as ProposedName).end;
  for (const m of text.slice(Math.max(0, from - 20), to + 20).matchAll(TICKER_BRACKETS)) {
    const start = Math.max(0, from - 20) + (m.index ?? 0);
    const end = start + m[0].length;
    for (let k = proposals.length - 1; k >= 0; k--) if ((proposals[k] as ProposedName).start >= start && (proposals[k] as ProposedName).end <= end) proposals.splice(k, 1);
  }
}

/**
 * "Linde AG and Praxair Inc said", "Elliott Management, an activist investor", "a consortium led by Bain Capital":
 * a name ending in a company's legal form, or in a firm's head word after another name ("Capital", "Management",
 * "Partners"), is a company, though the tagger read a person or a place. A company name the tagger or the rule
 * layer cut after a word that is also a title or a compass point takes that word back ("General Electric Co",
 * "Western Digital Corp", "Southern Co"); a possessive, an article or a sentence's function word stops it.
 */
function companiesBySuffix(text: string, proposals: ProposedName[], ruleNames: readonly { start: number; end: number; cls: string }[]): void {
  for (const p of proposals) if (p.type !== 'ORG' && endsAsCompany(text.slice(p.start, p.end))) p.type = 'ORG';
  // a legal form the tagger left alone, that the rule layer read with at most one word before it ("Southern Co")
  const lone: ProposedName[] = [];
  for (const r of ruleNames) {
    const words = wordsOf(text.slice(r.start, r.end));
    const last = words[words.length - 1] ?? '';
    // (or a firm's head after one word: "Apple and Meta Platforms face" had no proposal; round 13)
    const firm = words.length === 2 && endsAsCompany(text.slice(r.start, r.end));
    if (words.length > 2 || !(firm || CORPORATE_SUFFIXES.has(last.toLowerCase())) || !/^\p{Lu}/u.test(last) || proposals.some((q) => q.start < r.end && r.start < q.end)) continue;
    const added: ProposedName = { start: r.start, end: r.end, type: 'ORG' };
    proposals.push(added);
    if (words.length === 1) lone.push(added);
    proposals.sort((a, b) => a.start - b.start);
  }
  companyOpeners(text, proposals);
  // a legal form alone that took no word back is no name ("Co. Antrim" read as "Co")
  for (const q of lone) if (wordsOf(text.slice(q.start, q.end)).length === 1) proposals.splice(proposals.indexOf(q), 1);
}

/** "General Electric Co", "21st Century Fox Inc": a word before a company's name and legal form that the tagger cut off. */
function companyOpeners(text: string, proposals: ProposedName[]): void {
  for (const p of proposals) {
    const words = wordsOf(text.slice(p.start, p.end));
    const last = words[words.length - 1] ?? '';
    if (p.type !== 'ORG' || words.length > 2 || !CORPORATE_SUFFIXES.has(last.toLowerCase())) continue;
    const opener = /(?<![\p{L}\p{M}'’.-])(\d+(?:st|nd|rd|th)\s+\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+)\s$/u.exec(text.slice(Math.max(0, p.start - 30), p.start));
    if (!opener) continue;
    const word = (opener[1] as string).split(/\s+/).pop() as string;
    if (!COMPANY_NAME_OPENERS.has(word) && !/^\d/.test(opener[1] as string)) continue;
    if (proposals.some((q) => q !== p && q.end > p.start - (opener[1] as string).length - 1 && q.start < p.start)) continue;
    p.start -= (opener[1] as string).length + 1;
  }
}

/** A score written as figures ("2-1", "3–0"). */
export const SCORE = String.raw`\d{1,2}\s?[-–]\s?\d{1,2}\b`;
/** Verbs of a match's result between two sides ("beat", "drew with", "lost to"). */
export const RESULT_VERBS = String.raw`(?:beat|beats|defeated|defeats|edged|thrashed|routed|stunned|upset|hammered|crushed|overcame|eliminated|drew\s+with|draws\s+with|lost\s+to|loses\s+to|lost\s+at|held)`;
/** "beat Liverpool 2-1": the side beaten, then the score. */
const BEATEN_SIDE_BEFORE = new RegExp(String.raw`\b${RESULT_VERBS}\s+$`, 'u');
const SCORE_AFTER = new RegExp(String.raw`^\s+${SCORE}`, 'u');
/** "Liverpool beat X 2-1", "Leeds drew 1-1 with X": the winning or drawing side, a result verb, a score within the clause. */
const RESULT_AFTER = new RegExp(String.raw`^\s+(?:${RESULT_VERBS}|drew|lost|won)\s+[^.;]{0,50}?${SCORE}`, 'u');

/**
 * "Real Madrid and Atletico Madrid were banned", "Manchester United beat Liverpool 2-1": a city's name after a
 * club's prefix ("Real", "Atletico", "Inter", "FC") is the club, and a city that beats, draws with or loses to a
 * side by a score is a club too. A country is left: national sides are the country's name as a place in the NER
 * conventions, and the state is no club.
 */
function clubsAroundCities(text: string, proposals: ProposedName[]): void {
  for (const p of proposals) {
    const name = text.slice(p.start, p.end);
    if (lookupCountry(name) || lookupDemonym(name)) continue;
    // the prefix inside the proposal ("Atletico Madrid" read as a person)
    const inner = /^(\p{L}+)\s+(.+)$/u.exec(name);
    if (inner && CLUB_NAME_PREFIXES.has(inner[1] as string) && lookupCity(inner[2] as string)) {
      p.type = 'ORG';
      continue;
    }
    const prefix = /(?<![\p{L}\p{M}'’.-])(\p{L}+)\s$/u.exec(text.slice(Math.max(0, p.start - 14), p.start))?.[1];
    if (prefix !== undefined && CLUB_NAME_PREFIXES.has(prefix) && !proposals.some((q) => q !== p && q.end > p.start - prefix.length - 1 && q.start < p.start)) {
      p.start -= prefix.length + 1;
      p.type = 'ORG';
      continue;
    }
    if (p.type === 'ORG' || !lookupCity(name)) continue;
    const beaten = BEATEN_SIDE_BEFORE.test(text.slice(Math.max(0, p.start - 20), p.start)) && SCORE_AFTER.test(text.slice(p.end, p.end + 12));
    if (beaten || RESULT_AFTER.test(text.slice(p.end, p.end + 80))) p.type = 'ORG';
  }
}

/**
 * "the National Registry said", "the Federal Tribunal ruled": a name opening with an adjective of public
 * institutions ("National", "Federal", "Constitutional") is no person, whatever the tagger read; it is a body. So is
 * one opening with a body's word in another language ("Banco Santander", "Deutsche Lufthansa"; round 14).
 */
function institutionsTakenForPersons(text: string, proposals: ProposedName[]): void {
  for (const p of proposals) {
    const words = wordsOf(text.slice(p.start, p.end));
    const first = words[0] as string;
    if (p.type === 'PER' && words.length >= 2 && (INSTITUTION_OPENERS.has(first) || FOREIGN_BODY_OPENERS.has(first))) p.type = 'ORG';
    // ("Grupo Televisa" proposed as "Televisa": the opener the tagger left out is the name's first word)
    const opener = /(?<![\p{L}\p{M}'’.-])(\p{Lu}[\p{L}\p{M}]+) $/u.exec(text.slice(Math.max(0, p.start - 14), p.start))?.[1];
    if (p.type !== 'LOC' && opener !== undefined && FOREIGN_BODY_OPENERS.has(opener) && !proposals.some((q) => q !== p && q.end > p.start - opener.length - 1 && q.start < p.start)) {
      p.start -= opener.length + 1;
      p.type = 'ORG';
    }
  }
}

/**
 * A body's word in another language and one to three capitalised words after it: "Grupo Televisa", "Banco do Brasil",
 * "Junts per Catalunya", "Fratelli d'Italia", "Partij van de Arbeid" (the last three particles added in round 18).
 */
const FOREIGN_BODY_RUN = new RegExp(String.raw`(?<![\p{L}\p{M}'’.-])(?:${[...FOREIGN_BODY_OPENERS].join('|')})(?: (?:de|do|da|del|di|des|du|della|per|van de|van der|für) | d['’](?=\p{Lu}))?(?: ?\p{Lu}[\p{L}\p{M}'’-]+){1,3}(?![\p{L}\p{M}'’-])`, 'gu');

/**
 * "Grupo Televisa cut its forecast": a name opening with a body's word in another language that the tagger did not
 * propose at all (it misses such names most at a sentence's start) is an organisation.
 */
function foreignBodiesUnproposed(text: string, sentence: { start: number; end: number }, proposals: ProposedName[]): void {
  const part = text.slice(sentence.start, sentence.end);
  for (const m of part.matchAll(FOREIGN_BODY_RUN)) {
    const start = sentence.start + (m.index as number);
    const end = start + m[0].length;
    if (proposals.some((q) => q.start < end && start < q.end)) continue;
    proposals.push({ start, end, type: 'ORG' });
  }
  proposals.sort((a, b) => a.start - b.start);
}

/** Two or three capitalised words, none an English word or a place: read as a person's name ("Tendai Kamau"). */
function personLikeName(name: string): boolean {
  const words = wordsOf(name);
  return words.length >= 2 && words.length <= 3 && words.every((w) => /^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?$/u.test(w) && !isEnglishWord(w.toLowerCase()) && !knownPlaceName(w));
}

/** " of the Popular Unity Movement", " of ZANU-PF": what follows a person named with their party or body. */
const OF_BODY = /^\s+of\s+(?:the\s+)?/u;

/**
 * "Tendai Kamau of the Popular Unity Movement rejected", "declared Emmerson Mnangagwa of ZANU-PF the winner": a
 * name of two or three capitalised words, then "of" and a body's name, is a person of that body. A proposal the
 * tagger made of the whole is split there when the rule layer read the body alone as an organisation; a name the
 * tagger left out, or read as a place though no word of it is a place, is a person when the body is a proposed
 * organisation or an acronym, and an acronym there is an organisation. A place, a name with a body's head word ("National Bank of the South") or an English word
 * opening the name ("Friends of the Earth") is left.
 */
function personsOfBodies(text: string, proposals: ProposedName[], ruleNames: readonly { start: number; end: number; cls: string }[]): void {
  const personLike = (start: number, end: number): boolean => personLikeName(text.slice(start, end));
  for (const p of [...proposals]) {
    const m = /^(.+?)\s+of\s+(?:the\s+)?(.+)$/u.exec(text.slice(p.start, p.end));
    if (p.type !== 'ORG' || !m) continue;
    const bodyStart = p.end - (m[2] as string).length;
    if (!ruleNames.some((r) => r.cls === 'organization' && r.start === bodyStart && r.end === p.end) || !personLike(p.start, p.start + (m[1] as string).length)) continue;
    proposals.splice(proposals.indexOf(p), 1, { start: p.start, end: p.start + (m[1] as string).length, type: 'PER' }, { start: bodyStart, end: p.end, type: 'ORG' });
  }
  for (const r of ruleNames) {
    // a name the tagger left out, or read as a place though no word of it is one ("Tendai Mushonga of ZANU-PF")
    const placeRead = proposals.find((q) => q.type === 'LOC' && q.start === r.start && q.end === r.end);
    if (r.cls !== 'unknown' || !personLike(r.start, r.end) || (!placeRead && proposals.some((q) => q.start < r.end && r.start < q.end))) continue;
    const of = OF_BODY.exec(text.slice(r.end, r.end + 12));
    if (!of) continue;
    const at = r.end + of[0].length;
    const acronym = /^\p{Lu}{2,6}(?:-\p{Lu}{1,4})?(?![\p{L}\p{M}])/u.exec(text.slice(at, at + 12))?.[0];
    const body = proposals.find((q) => q.type === 'ORG' && q.start === at);
    if (!body && (acronym === undefined || lookupCountry(acronym))) continue;
    if (placeRead) placeRead.type = 'PER';
    else proposals.push({ start: r.start, end: r.end, type: 'PER' });
    if (!body && acronym !== undefined && !proposals.some((q) => q.start < at + acronym.length && at < q.end)) proposals.push({ start: at, end: at + acronym.length, type: 'ORG' });
    proposals.sort((a, b) => a.start - b.start);
  }
}

/** A run of capitalised words ending in "PAC" or "Super PAC" ("Make America Great Again PAC", "Women Vote PAC"). */
const PAC_NAME = /(?<![\p{L}\p{M}'’-])((?:\p{Lu}[\p{L}\p{M}'’-]*\s+){1,6}(?:Super\s+)?PAC)(?![\p{L}\p{M}])/gu;

/**
 * "Make America Great Again PAC, a pro-Dale group, filed", "donations to the Women Vote PAC": a run of capitalised
 * words ending in "PAC" (a political action committee) is one body, whatever the tagger proposed inside it (a
 * country, a person). An article or a sentence's first function word before the run is no part of it.
 */
function committeesNamedPac(text: string, sentence: { start: number; end: number }, proposals: ProposedName[]): void {
  for (const m of text.slice(sentence.start, sentence.end).matchAll(PAC_NAME)) {
    const run = (m[1] as string).replace(/^(?:The|A|An|In|On|At|By|For|From|And|But)\s+/u, '');
    const end = sentence.start + (m.index ?? 0) + (m[1] as string).length;
    const start = end - run.length;
    if (proposals.some((q) => (q.start < start && q.end > start) || (q.start < end && q.end > end))) continue;
    for (let k = proposals.length - 1; k >= 0; k--) if ((proposals[k] as ProposedName).start >= start && (proposals[k] as ProposedName).end <= end) proposals.splice(k, 1);
    proposals.push({ start, end, type: 'ORG' });
    proposals.sort((a, b) => a.start - b.start);
  }
}

/** Nouns for a member of a party written after a state's name ("a Wisconsin Republican", "the Ohio Democrat"). */
const PARTY_MEMBER_AFTER = /\s+(?:Republican|Republicans|Democrat|Democrats|Conservative|Conservatives|Liberal|Liberals|Tory|Tories|Socialist|Socialists)$/u;

/**
 * "House Speaker Paul Ryan, a Wisconsin Republican, said": a place the tagger proposed with a party member's noun
 * after it is the place alone (the member is the person described).
 */
function placesBeforePartyMembers(text: string, proposals: ProposedName[]): void {
  for (const p of proposals) {
    const name = text.slice(p.start, p.end);
    const m = PARTY_MEMBER_AFTER.exec(name);
    // the state's name alone, or after the article of the description ("a Wisconsin Republican")
    const described = m !== null && (knownPlaceName(name.slice(0, m.index)) || /\b(?:a|an|the)\s+$/u.test(text.slice(Math.max(0, p.start - 5), p.start)));
    if (p.type !== 'LOC' || !m || !described) continue;
    p.end -= m[0].length;
  }
}

/** What makes the next name a company: its owner, parent, unit, a stake or a takeover of it ("the owner of ", "a stake in "). */
const COMPANY_OBJECT_BEFORE = /\b(?:owner|owners|parent|unit|subsidiary|division|shareholder|shareholders|stake|stakes|takeover|acquisition|buyout|rival|rivals)\s+(?:of|in)\s+$/u;

/**
 * "Comcast Corp, the owner of NBCUniversal,", "a 10 percent stake in Spotify", "the takeover of Monsanto": a name
 * after such a noun and "of"/"in" is a company when the gazetteer knows no place of that name (the tagger read a
 * place). A known place there is left ("a stake in Ukraine" is rare, "the parent of Kyiv" no phrase).
 */
function companiesOwnedOrHeld(text: string, proposals: ProposedName[]): void {
  for (const p of proposals) {
    if (p.type === 'ORG' || !COMPANY_OBJECT_BEFORE.test(text.slice(Math.max(0, p.start - 30), p.start))) continue;
    if (!knownPlaceName(text.slice(p.start, p.end).replace(/['’]s?$/u, ''))) p.type = 'ORG';
  }
}

/** An acronym, then a title in lower case, right before its holder's name ("UEFA president ", "IOC chief "). */
const ACRONYM_BEFORE_LOWER_TITLE = /(?<![\p{L}\p{M}-])(\p{Lu}{3,8}(?:-\p{Lu}{1,4})?)\s+(?:president|chief|chairman|chairwoman|head|secretary-general|director-general|spokesman|spokeswoman|leader|boss)\s+$/u;

/**
 * "UEFA president Michel Platini", "FIFA chief X": an acronym of three letters or more right before a title in lower
 * case and its holder's name is the body the holder heads (the tagger leaves it out; round 10 built the capitalised
 * title, "WHO Director-General"). The document's vote then types its other mentions ("complain to UEFA", read as a
 * place). A country's short form ("USA president") is left to the state rules. Reading every long acronym the
 * tagger calls a place a body cost gum-ner-train one name: some are places the gazetteer lacks.
 */
function acronymsBeforeLowerCaseTitles(text: string, proposals: ProposedName[]): void {
  const body = (word: string): boolean => !NON_ACTOR_ACRONYMS.has(word) && !lookupCountry(word) && !lookupCity(word) && !lookupCapital(word);
  for (const p of [...proposals]) {
    if (p.type !== 'PER') continue;
    const m = ACRONYM_BEFORE_LOWER_TITLE.exec(text.slice(Math.max(0, p.start - 40), p.start));
    const acronym = m?.[1];
    if (!m || acronym === undefined || !body(acronym)) continue;
    const start = Math.max(0, p.start - 40) + m.index;
    const end = start + acronym.length;
    if (proposals.some((q) => q.start < end && start < q.end)) continue;
    proposals.push({ start, end, type: 'ORG' });
    proposals.sort((a, b) => a.start - b.start);
  }
}

/** Lower-case nouns of political and armed bodies after their name ("the Colombia Humana movement"). */
const MOVEMENT_NOUN_AFTER = /^\s+(?:movement|party|alliance|coalition|front|militia|faction|bloc)\b/u;

/**
 * "the Colombia Humana movement would fight on", "the Nueva Patria alliance": a name of two words or more that the
 * tagger read as a place, before a lower-case noun of a political body, is the body when the whole is no known place
 * ("the Kurdistan region" has no such noun; "the Paris party" would be a place of one word and is left).
 */
function namesBeforeMovementNouns(text: string, proposals: ProposedName[]): void {
  for (const p of proposals) {
    const name = text.slice(p.start, p.end);
    if (p.type === 'LOC' && /\s/.test(name) && MOVEMENT_NOUN_AFTER.test(text.slice(p.end, p.end + 14)) && !knownPlaceName(name)) p.type = 'ORG';
  }
}

/** "Americans for Prosperity", "Citizens for Responsibility and Ethics": a capitalised plural, "for", a capitalised run. */
const PLURAL_FOR_RUN = /(?<![\p{L}\p{M}'’-])(\p{Lu}\p{Ll}+s)\s+for\s+(?:the\s+)?(\p{Lu}[\p{L}\p{M}'’-]*(?:\s+(?:and\s+|of\s+|in\s+)?\p{Lu}[\p{L}\p{M}'’-]*)*)/gu;

/**
 * "The Koch-backed Americans for Prosperity said", "Citizens for Responsibility and Ethics in Washington filed": a
 * people's plural or a plural of people ("Citizens", "Parents", "Doctors") then "for" and a capitalised run is an
 * advocacy group's name. A person or a known place after "for" is left ("Democrats for Varga" is no body's name
 * the tagger can tell; "Americans for America").
 */
function advocacyGroupsFor(text: string, sentence: { start: number; end: number }, proposals: ProposedName[]): void {
  for (const m of text.slice(sentence.start, sentence.end).matchAll(PLURAL_FOR_RUN)) {
    const [whole, plural, object] = m as unknown as [string, string, string];
    if (!lookupDemonym(plural) && !ADVOCATE_PLURALS.has(plural)) continue;
    const start = sentence.start + (m.index ?? 0);
    const end = start + whole.length;
    const objectStart = end - object.length;
    // a hamlet's name is no place here ("Prosperity" is a town of 1,000 in GeoNames)
    if (lookupCountry(object) || lookupCapital(object) || lookupCity(object, { minPopulation: 50_000 }) || proposals.some((q) => q.type === 'PER' && q.start >= objectStart && q.end <= end)) continue;
    if (proposals.some((q) => q.start < end && start < q.end && (q.start < start || q.end > end))) continue;
    for (let k = proposals.length - 1; k >= 0; k--) if ((proposals[k] as ProposedName).start >= start && (proposals[k] as ProposedName).end <= end) proposals.splice(k, 1);
    proposals.push({ start, end, type: 'ORG' });
    proposals.sort((a, b) => a.start - b.start);
  }
}

/** Plurals of people that open advocacy groups' names before "for" ("Citizens for ...", "Physicians for ..."). Id names.advocate-plurals. */
const ADVOCATE_PLURALS: ReadonlySet<string> = new Set([
  'Citizens', 'Parents', 'Families', 'Doctors', 'Physicians', 'Lawyers', 'Scientists', 'Veterans', 'Women', 'Students',
  'Mothers', 'Voters', 'Taxpayers', 'Friends', 'Engineers', 'Journalists', 'Reporters', 'Teachers', 'Nurses',
]);

/** A plural noun of administrative units after the last of a list of places ("Lagos, Kano and Rivers states"). */
const UNITS_AFTER = /^\s+(?:states|provinces|regions|districts|counties|prefectures|governorates|oblasts|departments|municipalities|territories)\b/u;

/**
 * "results from Lagos, Kano and Rivers states", "floods in Assam, Bihar and Meghalaya states": the names of a list
 * before a plural noun of administrative units are places like the list's member the tagger read as a place, though
 * they are also plain words or names it passed over ("Rivers", "Delta", "Ogun").
 */
function placesListedBeforeUnits(text: string, proposals: ProposedName[], ruleNames: readonly { start: number; end: number; cls: string }[]): void {
  const link = (end: number, start: number): boolean => /^\s*(?:,\s*|,?\s+and\s+)$/u.test(text.slice(end, start));
  for (const r of ruleNames) {
    if (!UNITS_AFTER.test(text.slice(r.end, r.end + 16)) || proposals.some((q) => q.start < r.end && r.start < q.end)) continue;
    // back along the list over names the tagger passed over ("Ogun"), to a member it read as a place
    const chain = [r];
    let head = r as { start: number; end: number };
    for (;;) {
      const proposed = proposals.filter((q) => q.end <= head.start).pop();
      const unproposed = ruleNames.filter((n) => n.end <= head.start && !proposals.some((q) => q.start < n.end && n.start < q.end)).pop();
      const previous = unproposed && (!proposed || unproposed.start > proposed.start) ? unproposed : proposed;
      if (!previous || !link(previous.end, head.start)) break;
      if (previous === proposed) {
        if (proposed.type === 'LOC') for (const c of chain) proposals.push({ start: c.start, end: c.end, type: 'LOC' });
        break;
      }
      chain.push(previous as typeof r);
      head = previous;
    }
    proposals.sort((a, b) => a.start - b.start);
  }
}

/**
 * "Air France-KLM said", "ArcelorMittal-Nippon Steel", "Renault-Nissan": two companies joined by a hyphen into the
 * name of their group, which the rule layer reads whole as an organisation and the tagger as two names cut at the
 * hyphen ("France", "KLM"), are one organisation. A pair before a noun names a relation between the two, no group
 * ("the Google-Mozilla relationship", "Google-Mozilla/Firefox": each stays a name of its own).
 */
function hyphenatedCompanyPairs(text: string, sentence: TaggedSentence, proposals: ProposedName[], ruleNames: readonly { start: number; end: number; cls: string }[]): void {
  for (const r of ruleNames) {
    if (r.cls !== 'organization' || !/\p{L}-\p{Lu}/u.test(text.slice(r.start, r.end)) || /[/]/.test(text.slice(r.start, r.end + 1))) continue;
    const next = sentence.tokens.find((t) => t.start >= r.end);
    if (next && next.start - r.end <= 1 && next.tags.has('Noun') && !next.tags.has('Verb') && /^\p{Ll}/u.test(next.text)) continue;
    const inside = proposals.filter((q) => q.start < r.end && r.start < q.end);
    if (inside.length < 2 || inside.some((q) => q.start < r.start || q.end > r.end)) continue;
    // the hyphen lies between two of the pieces
    const joint = /\p{L}-\p{Lu}/u.exec(text.slice(r.start, r.end));
    const at = r.start + (joint?.index ?? 0) + 1;
    if (!inside.some((q) => q.end <= at) || !inside.some((q) => q.start > at)) continue;
    for (const q of inside) proposals.splice(proposals.indexOf(q), 1);
    proposals.push({ start: r.start, end: r.end, type: 'ORG' });
    proposals.sort((a, b) => a.start - b.start);
  }
}

/** What follows a body's name in an apposition about its owner: ", controlled by", ", owned by", ", a unit of". */
const CONTROLLED_AFTER = /^,\s+(?:(?:which\s+is\s+)?(?:controlled|owned|majority-owned|wholly\s+owned|part-owned)\s+by|a\s+(?:unit|subsidiary|division)\s+of)\s/u;

/**
 * "Liberty Global, controlled by billionaire John Malone, said", "Velmar Foods, owned by the Ruiz family,": a name
 * that is controlled or owned, or is a unit of something, is a company (persons are not owned in news copy). A
 * name the tagger left out is proposed from the rule layer's reading; a known place is left ("Gibraltar, controlled
 * by Britain since 1713").
 */
function bodiesControlledBy(text: string, proposals: ProposedName[], ruleNames: readonly { start: number; end: number; cls: string }[]): void {
  const controlled = (q: { start: number; end: number }): boolean => CONTROLLED_AFTER.test(text.slice(q.end, q.end + 40)) && !knownPlaceName(text.slice(q.start, q.end));
  for (const p of proposals) if (p.type !== 'ORG' && controlled(p)) p.type = 'ORG';
  for (const r of ruleNames) {
    if (r.cls !== 'unknown' || !/\s/.test(text.slice(r.start, r.end)) || !controlled(r) || proposals.some((q) => q.start < r.end && r.start < q.end)) continue;
    proposals.push({ start: r.start, end: r.end, type: 'ORG' });
    proposals.sort((a, b) => a.start - b.start);
  }
}

/** "Shares in ", "shares of ": what opens a list of listed companies. */
const SHARES_BEFORE = /\b[Ss]hares\s+(?:in|of)\s+$/u;

/**
 * "Shares in BHP Billiton, Rio Tinto and Anglo American rose": every member of a list after "shares in/of" is a
 * listed company, though a member is also a city ("Rio Tinto") or was passed over by the tagger ("Anglo American").
 * A country in the list is left.
 */
function companiesListedAfterShares(text: string, proposals: ProposedName[], ruleNames: readonly { start: number; end: number; cls: string }[]): void {
  const items = [...proposals, ...ruleNames.filter((r) => !proposals.some((q) => q.start < r.end && r.start < q.end)).map((r) => ({ start: r.start, end: r.end, type: 'ORG' as const, unproposed: true }))].sort((a, b) => a.start - b.start);
  for (let k = 0; k < items.length; k++) {
    if (!SHARES_BEFORE.test(text.slice(Math.max(0, (items[k] as ProposedName).start - 20), (items[k] as ProposedName).start))) continue;
    for (let j = k; j < items.length; j++) {
      const item = items[j] as ProposedName & { unproposed?: boolean };
      if (j > k && !/^\s*(?:,\s*|,?\s+(?:and|or)\s+)$/u.test(text.slice((items[j - 1] as ProposedName).end, item.start))) break;
      if (lookupCountry(text.slice(item.start, item.end))) continue;
      if (item.unproposed) proposals.push({ start: item.start, end: item.end, type: 'ORG' });
      else item.type = 'ORG';
    }
  }
  proposals.sort((a, b) => a.start - b.start);
}

/** Nouns of an armed or political body's members and holds before "of" ("the last stronghold of ", "fighters of "). */
const MEMBERS_OF_BEFORE = /\b(?:stronghold|strongholds|fighters|militants|remnants|affiliate|affiliates|cells?|wing|commanders?|members|supporters|loyalists)\s+of\s+(?:the\s+)?$/u;

/**
 * "the last stronghold of Islamic State", "fighters of Jaish al-Adl": a name after the members' or holds' noun of an
 * armed or political body is that body when the gazetteer knows no place of that name (the tagger read a place);
 * "supporters of Brazil", "a stronghold of Aleppo" keep the place.
 */
function bodiesOfFighters(text: string, proposals: ProposedName[]): void {
  for (const p of proposals) {
    if (p.type === 'ORG' || !MEMBERS_OF_BEFORE.test(text.slice(Math.max(0, p.start - 30), p.start))) continue;
    const name = text.slice(p.start, p.end);
    if (/\s/.test(name) && !knownPlaceName(name) && !knownPlaceName(name.split(/\s+/).pop() as string)) p.type = 'ORG';
  }
}

/** Heads of political and armed bodies' names (a subset of ORG_HEAD_WORDS): "Movement", "Front", "Party". */
const POLITICAL_BODY_HEADS: ReadonlySet<string> = new Set(['movement', 'party', 'front', 'alliance', 'coalition', 'congress', 'union', 'league', 'brigades', 'army']);

/** A bracketed acronym right after a name ("Democratic Unity Roundtable (MUD)", "Movement for Socialism (MAS)"). */
const ACRONYM_IN_BRACKETS_AFTER = /^\s*\((\p{Lu}{2,8})\)/u;

/**
 * "the opposition Democratic Unity Roundtable (MUD) said", "Evo Morales of the Movement for Socialism (MAS)": a run
 * of two capitalised words or more that the rule layer could not type and the tagger left out, followed by an
 * acronym in brackets, is a body (a person's name is not followed by initials in news copy; a country with one,
 * "United Arab Emirates (UAE)", is known to the gazetteer and typed before). The acronym is its short name. An
 * English term with its initials ("Gross Domestic Product (GDP)") is left unless a political body's head word is in
 * it: every such run typed a body cost gum-ner-test 4 and gum-ner-train 13 false organisations, any head word of
 * ORG_HEAD_WORDS still 6 on gum-ner-train.
 */
export function bodiesBeforeAcronyms(text: string, proposals: ProposedName[], ruleNames: readonly { start: number; end: number; cls: string }[]): void {
  for (const r of ruleNames) {
    const m = ACRONYM_IN_BRACKETS_AFTER.exec(text.slice(r.end, r.end + 14));
    const name = text.slice(r.start, r.end);
    if (!m || r.cls !== 'unknown' || !/\s/.test(name) || knownPlaceName(name)) continue;
    // an English term shortened by its initials is no body ("Gross Domestic Product (GDP)"): initials that match
    // need a body's head word in the run; a body named in translation has other initials ("(MUD)", "(MAS)")
    const initials = capitalInitials(name);
    if (initials === m[1] && !wordsOf(name).some((w) => POLITICAL_BODY_HEADS.has(w.toLowerCase()))) continue;
    // a proposal inside the run gives way ("Movement" of "Movement for Socialism"); one reaching out of it is left
    const inside = proposals.filter((q) => q.start < r.end && r.start < q.end);
    if (inside.some((q) => q.start < r.start || q.end > r.end)) continue;
    for (const q of inside) proposals.splice(proposals.indexOf(q), 1);
    proposals.push({ start: r.start, end: r.end, type: 'ORG' });
    const at = r.end + m[0].indexOf('(') + 1;
    const acronym = m[1] as string;
    if (!proposals.some((q) => q.start < at + acronym.length && at < q.end)) proposals.push({ start: at, end: at + acronym.length, type: 'ORG' });
    proposals.sort((a, b) => a.start - b.start);
  }
}

/** Head words of a body whose name an acronym spells ("Forum", "Front", "Council", "Party"). */
const SPELLED_BODY_HEADS: ReadonlySet<string> = new Set([...ORG_HEAD_WORDS, ...POLITICAL_BODY_HEADS, 'forum', 'initiative', 'platform', 'bloc', 'convention', 'mission', 'rally']);

/** Capitalised words and the small words an acronym skips, right before a proposal: " Forum for ". */
const WORDS_BEFORE_NAME = new RegExp(String.raw`(?:(?:\p{Lu}[\p{L}\p{M}'’-]*|${[...ACRONYM_SKIPS].join('|')}) +){1,5}$`, 'u');

/**
 * "the Forum for Democratic Change (FDC)" proposed as "Democratic Change": a bracketed acronym after a name spells
 * the whole name, so when its last letters are the proposal's initials and the words right before the proposal
 * give the first letters exactly, the name starts there (a body's head word before "for" or "of" is where the
 * tagger most often starts too late). Works in place. The mirror of ./name-cue-repairs.ts `bodiesRunOnToAcronyms`
 * (a body cut before its acronym runs on to it); acronyms that take more than initials are ./name-form-repairs.ts's.
 */
function bodiesRunBackToAcronyms(text: string, proposals: ProposedName[]): void {
  for (const p of proposals) {
    const m = ACRONYM_IN_BRACKETS_AFTER.exec(text.slice(p.end, p.end + 14));
    const acronym = m?.[1];
    const own = capitalInitials(text.slice(p.start, p.end));
    if (acronym === undefined || own === acronym || own.length === 0 || !acronym.endsWith(own)) continue;
    const before = WORDS_BEFORE_NAME.exec(text.slice(Math.max(0, p.start - 80), p.start))?.[0] ?? '';
    const words = [...before.matchAll(/\S+/gu)];
    // the shortest run of words before the proposal, opening on a capital, that spells the rest of the acronym
    for (let k = words.length - 1; k >= 0; k--) {
      const first = words[k] as RegExpMatchArray;
      if (!/^\p{Lu}/u.test(first[0])) continue;
      const spelled = capitalInitials(words.slice(k).map((w) => w[0]).join(' ')) + own;
      if (spelled.length > acronym.length) break;
      if (spelled !== acronym) continue;
      const start = p.start - before.length + (first.index as number);
      // ("Gross Domestic Product (GDP)": a term spelled by its initials is no body; a body's head word must be in it)
      if (!wordsOf(text.slice(start, p.end)).some((w) => SPELLED_BODY_HEADS.has(w.toLowerCase()))) break;
      if (proposals.some((q) => q !== p && q.start < p.start && q.end > start)) break;
      p.start = start;
      p.type = 'ORG';
      break;
    }
  }
}
